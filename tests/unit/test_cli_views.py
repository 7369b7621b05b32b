"""What the `candor` text views tell a PM: a readable stakeholder confirmation, every quote of a fact followed
across meetings, and no invented clock time for a plain-text transcript that had none."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from assistant import cli
from assistant.container import Services
from assistant.models import ActionItem, Evidence


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


# --------------------------------------------------------------------------- facts: every quote


def _item(text: str, quotes: list[str]) -> ActionItem:
    item = ActionItem(
        text=text, owner="Priya Sharma", meeting_id="m0",
        evidence=[Evidence(meeting_id=f"m{i}", segment_id=i, speaker="Priya Sharma", start=60.0 * i + 5,
                           end=60.0 * i + 9, quote=q) for i, q in enumerate(quotes)],
    )
    item.assign_id()
    return item


def test_facts_lists_every_quote_of_an_item_followed_across_meetings(
    acme: Services, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    quotes = ["I'll send the rule change by Friday", "The rule change slipped to Tuesday", "The rule change is done"]
    acme.repo.save_facts("acme", [_item("Send the rule change.", quotes)])
    lines = run_cli(monkeypatch, capsys, "facts", "-e", "Acme").splitlines()
    assert lines[1:] == [
        '      "I\'ll send the rule change by Friday" — Priya Sharma, m0 00:05',
        '      "The rule change slipped to Tuesday" — Priya Sharma, m1 01:05',
        '      "The rule change is done" — Priya Sharma, m2 02:05',
    ]


def test_facts_keeps_the_first_and_the_last_three_quotes_of_a_long_history(
    acme: Services, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    quotes = [f"update {i} on the rule change" for i in range(7)]
    acme.repo.save_facts("acme", [_item("Send the rule change.", quotes)])
    lines = run_cli(monkeypatch, capsys, "facts", "-e", "Acme").splitlines()
    assert [line.split(" — ")[0].strip() for line in lines[1:]] == [
        '"update 0 on the rule change"', "(3 more)", '"update 4 on the rule change"',
        '"update 5 on the rule change"', '"update 6 on the rule change"',
    ]


def test_facts_marks_an_item_doubtful_as_a_commitment_until_it_is_confirmed(
    acme: Services, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    aside = _item("I'll tell them it's a festive colour.", ["I'll tell them it's a festive colour."])
    aside.doubtful = True
    offer = _item("I could maybe look at the rota.", ["I could maybe look at the rota."])
    offer.conditional = True
    acme.repo.save_facts("acme", [aside, offer])
    out = run_cli(monkeypatch, capsys, "facts", "-e", "Acme")
    assert "festive colour. [maybe no commitment: confirm or delete it]" in out
    assert "look at the rota. [an offer, not a promise]" in out
    run_cli(monkeypatch, capsys, "facts", "confirm", "-e", "Acme", aside.id)
    out = run_cli(monkeypatch, capsys, "facts", "-e", "Acme")
    assert "festive colour.\n" in out and "maybe no commitment" not in out


# --------------------------------------------------------------------------- untimed transcripts


VTT = """WEBVTT

00:01:01.000 --> 00:01:06.000
<v Priya Sharma>I'll send the firewall rule change to network security by Friday.</v>

00:01:07.000 --> 00:01:12.000
<v Mark Jones>Thanks Priya. We decided to pilot with the finance team first.</v>
"""


TXT = """Priya Sharma: I'll send the firewall rule change to network security by Friday.
Mark Jones: Thanks Priya. We decided to pilot with the finance team first.
Priya Sharma: We are blocked until network security approves the rule.
"""


def _ingest(services: Services, tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    [result] = services.ingest.ingest("Acme", [path], meeting_date=date(2026, 3, 2))
    assert result.status == "ingested", result.error
    return str(result.meeting_id)


def test_a_plain_text_transcript_without_times_is_cited_by_turn_not_by_an_invented_time(
    acme: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    mid = _ingest(acme, tmp_path, "notes.txt", TXT)
    assert acme.repo.get_meeting("acme", mid).timed is False
    shown = run_cli(monkeypatch, capsys, "transcript", "show", "-e", "Acme", mid)
    assert "[turn 3] Priya Sharma: We are blocked until network security approves the rule." in shown
    assert "[00:" not in shown and "~00:" in shown  # the length is marked as estimated
    facts = run_cli(monkeypatch, capsys, "facts", "-e", "Acme", "--kind", "blocker")
    assert facts.splitlines()[1].endswith(f"Priya Sharma, {mid} turn 3")
    listed = run_cli(monkeypatch, capsys, "meetings", "list", "-e", "Acme")
    assert "estimated" in listed
    answer = run_cli(monkeypatch, capsys, "ask", "-e", "Acme", "who owns the firewall rule change?")
    assert f"Priya Sharma, {mid} turn 1:" in answer
    data = json.loads(run_cli(monkeypatch, capsys, "ask", "-e", "Acme", "who owns the firewall rule change?", "--json"))
    cite = data["citations"][0]
    assert cite["timed"] is False and isinstance(cite["start"], float)
    view = json.loads(run_cli(monkeypatch, capsys, "transcript", "show", "-e", "Acme", mid, "--json"))
    assert view["timed"] is False and isinstance(view["segments"][2]["start"], float)
    report = run_cli(monkeypatch, capsys, "report", "status", "-e", "Acme", "--as-of", "2026-03-09")
    assert "(Priya Sharma, 2 Mar turn 3)" in report and "00:00:" not in report


def test_a_timed_export_keeps_its_clock_times_in_every_view(
    acme: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    mid = _ingest(acme, tmp_path, "call.vtt", VTT)
    shown = run_cli(monkeypatch, capsys, "transcript", "show", "-e", "Acme", mid)
    assert "[01:01] Priya Sharma: I'll send the firewall rule change" in shown and "turn" not in shown
    answer = run_cli(monkeypatch, capsys, "ask", "-e", "Acme", "who owns the firewall rule change?")
    assert f"Priya Sharma, {mid} 01:01:" in answer
    data = json.loads(run_cli(monkeypatch, capsys, "ask", "-e", "Acme", "who owns the firewall rule change?", "--json"))
    assert data["citations"][0]["timed"] is True
    report = run_cli(monkeypatch, capsys, "report", "status", "-e", "Acme", "--as-of", "2026-03-09")
    assert "(Priya Sharma, 2 Mar 00:01:01)" in report and "Mar turn" not in report
