"""What the `candor` text views tell a PM: a readable confirmation of what `stakeholders set` recorded."""

from __future__ import annotations

import json
import sys

import pytest

from assistant import cli
from assistant.container import Services


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run `candor ARGS` in this test's instance; its stdout (the command must succeed)."""
    monkeypatch.setenv("CANDOR_PROFILE", "test")
    monkeypatch.setattr(sys, "argv", ["candor", *args])
    with pytest.raises(SystemExit) as done:
        cli.main()
    out, err = capsys.readouterr()
    assert not done.value.code, err
    return out


@pytest.fixture
def acme(services: Services) -> Services:
    services.engagements.create("Acme")
    return services


# --------------------------------------------------------------------------- stakeholders set


def test_stakeholders_set_confirms_in_words_what_is_now_recorded_about_the_person(
    acme: Services, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_cli(monkeypatch, capsys, "stakeholders", "set", "-e", "Acme", "Priya Shah", "--role", "IT sponsor",
                  "--side", "customer", "--influence", "high", "--interest", "medium", "--expected-attendee")
    assert out == ("Added Priya Shah: role IT sponsor, side customer, influence high, interest medium, "
                   "expected attendee yes\n")
    out = run_cli(monkeypatch, capsys, "stakeholders", "set", "-e", "Acme", "Priya S.", "--not-expected")
    assert out == ("Updated Priya Shah: role IT sponsor, side customer, influence high, interest medium, "
                   "expected attendee no (aliases: Priya S.)\n")
    out = run_cli(monkeypatch, capsys, "stakeholders", "set", "-e", "Acme", "Carrier", "--team", "--side", "third_party")
    assert out == "Added Carrier (team): side third party\n"


def test_stakeholders_set_with_json_prints_the_person_for_scripts(
    acme: Services, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_cli(monkeypatch, capsys, "stakeholders", "set", "-e", "Acme", "Karen", "--role", "sponsor", "--json")
    person = json.loads(out)
    assert (person["name"], person["role"], person["kind"]) == ("Karen", "sponsor", "person")
    assert "voice_profile" not in person
