"""`facts edit --status` per kind, and every CLI error exits non-zero with one line on stderr."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistant import cli
from assistant.container import Services
from assistant.errors import CandorError
from assistant.facts import STATUS_WORDS

CALL = """WEBVTT

00:00:01.000 --> 00:00:06.000
<v Ravi Menon>I'll send the test user list by Friday.</v>

00:00:07.000 --> 00:00:12.000
<v Ravi Menon>We are waiting on the device-management vendor to enroll the test laptops.</v>

00:00:13.000 --> 00:00:18.000
<v Lena Kim>There is a risk that the payroll cutover slips if the firewall change is late.</v>
"""


@pytest.fixture
def acme(services: Services, tmp_path: Path) -> Services:
    services.engagements.create("Acme")
    path = tmp_path / "kickoff-2026-03-02.vtt"
    path.write_text(CALL)
    [result] = services.ingest.ingest("Acme", [path])
    assert result.status == "ingested", result.error
    return services


def _one(services: Services, kind: str) -> str:
    [fact] = services.facts.list("Acme", kind=kind)
    return fact.id


@pytest.mark.parametrize(
    ("kind", "word", "status"),
    [
        ("blocker", "done", "resolved"),
        ("blocker", "closed", "resolved"),
        ("risk", "done", "closed"),
        ("risk", "resolved", "closed"),
        ("action_item", "resolved", "done"),
        ("action_item", "Done", "done"),
    ],
)
def test_done_resolved_and_closed_mean_each_kinds_own_finished_status(
    acme: Services, kind: str, word: str, status: str
) -> None:
    fact = acme.facts.edit("Acme", _one(acme, kind), status=word)
    assert fact.status == status  # type: ignore[attr-defined]
    assert fact.history[-1].changes == {"status": status}


def test_a_status_that_makes_no_sense_for_the_kind_is_refused_naming_what_it_accepts(acme: Services) -> None:
    with pytest.raises(CandorError) as err:
        acme.facts.edit("Acme", _one(acme, "blocker"), status="slipped")
    assert str(err.value) == "'slipped' is not a status of a blocker; use open or resolved (done = resolved, closed = resolved)"
    with pytest.raises(CandorError, match="an attendance has no status; only action items, blockers and risks do"):
        acme.facts.edit("Acme", acme.facts.list("Acme", kind="attendance")[0].id, status="done")
    assert acme.facts.list("Acme", kind="blocker")[0].status == "open"  # type: ignore[attr-defined]


def test_the_status_help_lists_what_each_kind_accepts() -> None:
    for kind, words in STATUS_WORDS.items():
        own = "|".join(w for w, v in words.items() if w == v)
        assert f"{kind.replace('_', ' ')}: {own}" in cli.STATUS_HELP


# --------------------------------------------------------------------------- exit codes


def run_cli(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setenv("CANDOR_PROFILE", "test")
    monkeypatch.setattr(sys, "argv", ["candor", *args])
    with pytest.raises(SystemExit) as done:
        cli.main()
    return int(done.value.code or 0)


def test_editing_an_unknown_fact_id_fails_with_a_one_line_error(
    acme: Services, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for sub in (["edit", "-e", "Acme", "act-9cf9f6c34e", "--status", "done"], ["confirm", "-e", "Acme", "act-9cf9f6c34e"],
                ["delete", "-e", "Acme", "act-9cf9f6c34e"]):
        assert run_cli(monkeypatch, "facts", *sub) == 1
        assert capsys.readouterr().err == "error: unknown fact id 'act-9cf9f6c34e'\n"


def test_facts_edit_status_done_on_a_blocker_succeeds_from_the_cli(
    acme: Services, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = _one(acme, "blocker")
    assert run_cli(monkeypatch, "facts", "edit", "-e", "Acme", blocker, "--status", "done") == 0
    assert capsys.readouterr().out == f"edited {blocker}\n"
    assert run_cli(monkeypatch, "facts", "edit", "-e", "Acme", blocker, "--status", "dropped") == 1
    assert "use open or resolved" in capsys.readouterr().err


def test_an_evaluation_dataset_in_the_wrong_format_fails_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"meeting_id": "x"}\n')
    assert run_cli(monkeypatch, "eval", "retrieval", "--dataset", str(bad)) != 0
    assert capsys.readouterr().err.startswith("error: ")
    assert run_cli(monkeypatch, "eval", "extraction", "--dataset", str(bad)) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: dataset ") and "Traceback" not in err and err.count("\n") == 1


def test_an_ingest_whose_extraction_failed_exits_non_zero(
    services: Services, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from assistant.facts import FactService

    def broken(self: FactService, engagement: str, meeting_ref: str | None = None) -> list[object]:
        raise CandorError("the extractor broke")

    services.engagements.create("Acme")
    path = tmp_path / "kickoff.vtt"
    path.write_text(CALL)
    monkeypatch.setattr(FactService, "extract", broken)
    assert run_cli(monkeypatch, "ingest", "-e", "Acme", str(path)) == 1
    assert "kickoff.vtt: ingested, but fact extraction failed: the extractor broke" in capsys.readouterr().err
