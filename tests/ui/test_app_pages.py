"""Every page of the Streamlit app, driven by streamlit.testing AppTest against the test profile.

The app reads its settings from the environment (CANDOR_PROFILE=test, CANDOR_DATA_DIR=<tmp>): fake
transcriber/diarizer and the hash embedder, the real offline extractor and real Chroma in the temp dir.
"""

from __future__ import annotations

import importlib.util
import json
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from assistant.container import Services, build_services
from assistant.settings import Settings
from ui.state import ENGAGEMENT_KEY, FLASH_KEY, LLM_KEY_KEY, NAV_KEY

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "ui" / "app.py"
FIXTURE = REPO / "tests" / "fixtures" / "ui" / "firewall_sync_2024-03-19.txt"
TIMEOUT = 120
AS_OF = date(2024, 3, 27)
# assistant/qa.py is written concurrently by another team member; until it lands the Ask page says so.
needs_qa = pytest.mark.skipif(
    importlib.util.find_spec("assistant.qa") is None, reason="assistant/qa.py missing"
)  # after Friday 22 March, the firewall change's due date


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "candor-data"
    monkeypatch.setenv("CANDOR_PROFILE", "test")
    monkeypatch.setenv("CANDOR_DATA_DIR", str(path))
    return path


@pytest.fixture
def svc(data_dir: Path) -> Services:
    return build_services(Settings(profile="test", data_dir=data_dir))


@pytest.fixture
def acme(svc: Services) -> str:
    """An engagement with the firewall sync transcript ingested (facts extracted)."""
    eng = svc.engagements.create("Acme ERP")
    [result] = svc.ingest.ingest(eng.id, [FIXTURE])
    assert result.status == "ingested", result
    return eng.id


def app(engagement_id: str | None = None, page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    if engagement_id:
        at.session_state[ENGAGEMENT_KEY] = engagement_id
    at.run()
    if page:
        at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    """Everything the page shows as text, for 'is it on the page' checks."""
    parts: list[str] = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "success",
        "error",
        "warning",
        "info",
    ):
        parts.extend(str(e.value) for e in at.get(kind))
    parts.extend(str(e.value) for e in at.get("code"))
    for c in at.get("chat_message"):
        parts.extend(str(e.value) for e in c.get("markdown"))
    return "\n".join(parts)


def by_label(widgets: Any, label: str) -> Any:
    found = [w for w in widgets if w.label == label]
    assert found, f"no widget labelled {label!r}: {[w.label for w in widgets]}"
    return found[0]


def wait_for_jobs(data_dir: Path, timeout: float = 60.0) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while True:
        jobs = [json.loads(p.read_text()) for p in (data_dir / "jobs").glob("*.json")]
        if jobs and all(j["state"] not in ("queued", "running") for j in jobs):
            return jobs
        assert time.monotonic() < deadline, f"ingest jobs still running: {jobs}"
        time.sleep(0.1)


# ---------------------------------------------------------------------------- engagements


def test_a_pm_creates_an_engagement_and_lands_on_its_home_view(data_dir: Path, svc: Services) -> None:
    at = app()
    assert "No engagements yet" in texts(at)
    by_label(at.text_input, "New engagement").input("Acme ERP")
    by_label(at.button, "Create engagement").click().run()
    assert not at.exception
    assert [e.name for e in svc.engagements.list()] == ["Acme ERP"]
    assert at.session_state[ENGAGEMENT_KEY] == "acme-erp"
    page = texts(at)
    assert "Acme ERP" in page and "Status" in page
    assert "No meetings yet" in page


def test_the_home_view_shows_colour_open_items_overdue_and_last_meeting(acme: str) -> None:
    at = app(acme)
    page = texts(at)
    assert any(colour in page for colour in ("RED", "AMBER", "GREEN"))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Last meeting"] == "2024-03-19"
    assert int(metrics["Open items"]) >= 1
    assert int(metrics["Overdue"]) >= 1  # the Friday firewall change is long past due
    assert any("Firewall sync" in t for t in at.dataframe[0].value["title"])


def test_renaming_works_and_deleting_needs_the_typed_name(acme: str, svc: Services) -> None:
    at = app(acme)
    by_label(at.text_input, "New name").input("Acme ERP rollout")
    by_label(at.button, "Rename").click().run()
    assert svc.engagements.get(acme).name == "Acme ERP rollout"

    by_label(at.text_input, "Type 'Acme ERP rollout' to confirm").input("wrong")
    by_label(at.button, "Delete engagement").click().run()
    assert "type the engagement's name" in texts(at)
    assert [e.id for e in svc.engagements.list()] == [acme]

    by_label(at.text_input, "Type 'Acme ERP rollout' to confirm").input("Acme ERP rollout")
    by_label(at.button, "Delete engagement").click().run()
    assert svc.engagements.list() == []
    assert at.session_state[ENGAGEMENT_KEY] is None
    assert "No engagements yet" in texts(at)


def test_an_empty_or_blank_engagement_name_is_refused_with_a_message(acme: str, svc: Services) -> None:
    at = app(acme)
    for blank in ("", "   "):
        by_label(at.text_input, "New engagement").input(blank)
        by_label(at.button, "Create engagement").click().run()
        assert "Give the engagement a name" in texts(at)
    assert [e.id for e in svc.engagements.list()] == [acme]
    by_label(at.text_input, "New name").input("  ")
    by_label(at.button, "Rename").click().run()
    assert "The new name is empty" in texts(at)
    assert svc.engagements.get(acme).name == "Acme ERP"


def test_the_first_engagement_shows_in_the_sidebar_at_once_and_a_new_session_selects_the_only_one(
    data_dir: Path, svc: Services
) -> None:
    at = app()
    by_label(at.text_input, "New engagement").input("Acme ERP")
    by_label(at.button, "Create engagement").click().run()
    assert "No engagements yet" not in texts(at)
    assert at.session_state[FLASH_KEY] == ["Created engagement 'Acme ERP'."]

    fresh = app(None, "facts")  # another browser, nothing chosen yet
    assert "Select or create an engagement first" not in texts(fresh)
    assert "Facts — Acme ERP" in texts(fresh)
    svc.engagements.create("Globex CRM")
    assert "Select or create an engagement first" in texts(app(None, "facts"))  # two: the PM chooses


# ---------------------------------------------------------------------------- upload


def test_uploaded_files_are_ingested_in_the_background_and_a_bad_one_is_explained(
    data_dir: Path, svc: Services
) -> None:
    eng = svc.engagements.create("Acme ERP")
    at = app(eng.id, "upload")
    uploader = at.file_uploader[0]
    assert uploader.accept_multiple_files
    uploader.set_value(
        [
            (FIXTURE.name, FIXTURE.read_bytes(), "text/plain"),
            ("empty_notes.txt", b"", "text/plain"),
            ("garbled.vtt", b"this is not a vtt file at all", "text/vtt"),
        ]
    )
    at.run()
    by_label(at.button, "Ingest 3 files").click().run()
    assert "Rejected empty_notes.txt: file is empty (0 bytes)" in texts(at)

    [job] = wait_for_jobs(data_dir)
    assert [f["name"] for f in job["files"]] == [FIXTURE.name, "garbled.vtt"]
    assert [f["state"] for f in job["files"]] == ["ingested", "error"]
    at.run()
    page = texts(at)
    assert "Ingest jobs" in page
    assert f"{FIXTURE.name} → meeting" in page
    assert "garbled.vtt:" in page  # the bad file's own one-line error, the good file still ingested
    [meeting] = svc.repo.list_meetings(eng.id)
    assert meeting.source_file == FIXTURE.name
    # Uploads were saved with their original names under the data dir, then discarded after ingest.
    assert not any((data_dir / "incoming").rglob("*.txt"))


def test_each_upload_can_be_given_its_meeting_title_and_date_and_a_dated_file_name_prefills_it(
    data_dir: Path, svc: Services
) -> None:
    eng = svc.engagements.create("Acme ERP")
    at = app(eng.id, "upload")
    body = FIXTURE.read_bytes()
    other = (REPO / "tests" / "fixtures" / "transcripts" / "weekly_sync_2024-03-19.txt").read_bytes()  # another call
    at.file_uploader[0].set_value(
        [
            ("status.txt", body, "text/plain"),
            ("GMT20260310-090000_Recording.txt", other, "text/plain"),
        ]
    )
    at.run()
    first, second = at.date_input[0], at.date_input[1]
    assert first.value is None  # nothing in the name: the transcript's own date or today
    assert second.value == date(2026, 3, 10)
    by_label(at.text_input, "Title · status.txt").input("Weekly status")
    first.set_value(date(2026, 3, 3))
    at.run()
    by_label(at.button, "Ingest 2 files").click().run()
    [job] = wait_for_jobs(data_dir)
    assert [f["state"] for f in job["files"]] == ["ingested", "ingested"], job
    got = sorted((m.date, m.title) for m in svc.repo.list_meetings(eng.id))
    assert got[0] == (date(2026, 3, 3), "Weekly status")
    assert got[1][0] == date(2026, 3, 10)


def test_a_job_cut_off_by_a_server_restart_shows_as_interrupted(data_dir: Path, svc: Services) -> None:
    eng = svc.engagements.create("Acme ERP")
    (data_dir / "jobs").mkdir(parents=True)
    stale = {
        "id": "20240101-000000-abcdef",
        "engagement_id": eng.id,
        "state": "running",
        "process": "a-previous-server",
        "created_at": "2024-01-01T00:00:00+00:00",
        "elapsed_s": 3.0,
        "remaining_s": 10.0,
        "fraction": 0.2,
        "files": [
            {
                "name": "call.wav",
                "path": "/nowhere/call.wav",
                "state": "running",
                "stage": "transcribe",
                "stage_fraction": 0.3,
                "fraction": 0.2,
                "elapsed_s": 3.0,
                "remaining_s": 10.0,
                "result": None,
                "error": None,
            }
        ],
    }
    (data_dir / "jobs" / f"{stale['id']}.json").write_text(json.dumps(stale))
    at = app(eng.id, "upload")
    page = texts(at)
    assert "interrupted" in page and "call.wav: interrupted by a server restart" in page


def test_a_finished_upload_shows_what_the_pm_should_check_and_a_failed_extraction(
    data_dir: Path, svc: Services
) -> None:
    eng = svc.engagements.create("Acme ERP")
    (data_dir / "jobs").mkdir(parents=True)
    done = {
        "id": "20240101-000000-fedcba", "engagement_id": eng.id, "state": "done", "process": "this",
        "created_at": "2024-01-01T00:00:00+00:00", "elapsed_s": 3.0, "remaining_s": 0.0, "fraction": 1.0,
        "files": [{
            "name": "call.srt", "path": "/nowhere/call.srt", "state": "done", "stage": "done", "stage_fraction": 1.0,
            "fraction": 1.0, "elapsed_s": 3.0, "remaining_s": 0.0, "error": None,
            "result": {"file": "call.srt", "meeting_id": "20251117-abc", "status": "ingested", "title": "Call",
                       "warnings": ["the date given, 2025-11-17, differs from 2026-11-17 in the file name"],
                       "extract_error": "model file missing"},
        }],
    }
    (data_dir / "jobs" / f"{done['id']}.json").write_text(json.dumps(done))
    at = app(eng.id, "upload")
    assert any("differs from 2026-11-17" in w.value for w in at.warning)
    assert any("fact extraction failed: model file missing" in e.value and "candor extract" in e.value
               for e in at.error)


# ---------------------------------------------------------------------------- meetings


def test_deleting_a_meeting_warns_when_facts_the_pm_edited_or_confirmed_would_go_with_it(
    acme: str, svc: Services
) -> None:
    assert "edited or confirmed by you" not in " ".join(w.value for w in app(acme, "meetings").warning)
    fact = next(f for f in svc.facts.list(acme, kind="action_item"))
    svc.facts.confirm(acme, fact.id)
    at = app(acme, "meetings")
    assert any("1 fact(s) of this meeting were edited or confirmed by you" in w.value for w in at.warning)


def test_the_meetings_page_shows_the_transcript_and_editable_facts(acme: str, svc: Services) -> None:
    at = app(acme, "meetings")
    transcript = at.dataframe[0].value
    assert "I'll send the firewall rule change by Friday." in transcript["text"].tolist()
    assert "Priya Sharma" in transcript["speaker"].tolist()
    assert "turn 1" in transcript["time"].tolist()  # the fixture has no timestamps: its lines are turns
    page = texts(at)
    assert "Facts (" in page and "Priya Sharma" in page

    firewall = next(f for f in svc.facts.list(acme, kind="action_item") if "firewall" in f.text.lower())
    at.button(key=f"e:{acme}:fact:{firewall.id}:confirm").click().run()
    assert svc.facts.get(acme, firewall.id).confirmed
    at.button(key=f"e:{acme}:fact:{firewall.id}:delete").click().run()
    at.button(key=f"e:{acme}:fact:{firewall.id}:delete_yes").click().run()
    assert all(f.id != firewall.id for f in svc.facts.list(acme))


def test_play_buttons_show_only_for_a_meeting_with_a_recording(acme: str, svc: Services) -> None:
    at = app(acme, "meetings")
    assert [f for f in svc.facts.list(acme) if f.evidence]
    assert not [b for b in at.button if b.label == "▶"]  # an imported transcript has nothing to play

    [result] = svc.ingest.ingest(acme, [REPO / "tests" / "fixtures" / "audio" / "demo_opening.flac"])
    recorded = result.meeting_id
    assert [f for f in svc.facts.list(acme, meeting=recorded) if f.evidence]
    at.run()  # the new meeting joins the picker
    at.selectbox(key=f"e:{acme}:meeting").set_value(recorded).run()
    assert not at.exception, [e.value for e in at.exception]
    play = [b for b in at.button if b.label == "▶"]
    assert play
    play[-1].click().run()
    assert at.session_state[f"e:{acme}:play:{recorded}"] >= 0.0


def test_opening_a_fact_in_its_meeting_keeps_the_engagement_in_the_url(acme: str) -> None:
    at = app(acme, "facts")
    next(b for b in at.button if b.label.startswith("Open ")).click().run()
    assert any("Meetings" in t.value for t in at.title)
    assert at.query_params["eng"] == acme


# ---------------------------------------------------------------------------- ask


@needs_qa
def test_ask_answers_who_owns_the_firewall_change_with_a_citation_that_opens_the_moment(acme: str) -> None:
    at = app(acme, "ask")
    at.chat_input[0].set_value("who owns the firewall change?").run()
    assert not at.exception, [e.value for e in at.exception]
    page = texts(at)
    assert "Priya" in page
    assert "I'll send the firewall rule change by Friday" in page  # the cited quote
    cite = next(b for b in at.button if b.label.startswith("[1]"))
    cite.click().run()
    assert not at.exception
    # The citation switched to the Meetings page with the moment selected.
    assert any("Meetings" in t.value for t in at.title)
    meeting_id = at.session_state[f"e:{acme}:meeting"]
    assert at.session_state[f"e:{acme}:play:{meeting_id}"] >= 0.0
    assert NAV_KEY not in at.session_state


@needs_qa
def test_a_follow_up_question_sends_the_history(
    acme: str, svc: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = app(acme, "ask")
    at.chat_input[0].set_value("who owns the firewall change?").run()
    at.chat_input[0].set_value("and when is it due?").run()
    history = at.session_state[f"e:{acme}:chat"]
    assert [m["role"] for m in history] == ["user", "assistant", "user", "assistant"]
    assert history[2]["content"] == "and when is it due?"


# ---------------------------------------------------------------------------- status report


def draft_status(at: AppTest, acme: str, override: str | None = None) -> AppTest:
    at.date_input(key=f"e:{acme}:as_of").set_value(AS_OF)
    if override:
        at.selectbox(key=f"e:{acme}:override").set_value(override)
    return by_label(at.button, "Draft status report").click().run()


def test_drafting_a_status_report_shows_colour_reasons_owner_and_exports(acme: str) -> None:
    at = draft_status(app(acme, "status_report"), acme)
    assert not at.exception, [e.value for e in at.exception]
    page = texts(at)
    assert "Overall" in page
    assert "AMBER" in page or "RED" in page  # an overdue commitment is not green
    assert "Schedule" in page and "overdue" in page.lower()
    text = by_label(at.text_area, "Report (edit before sending)").value
    assert "Priya Sharma" in text and "firewall" in text.lower()
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Download Markdown", "Download DOCX", "Download email text"]
    email = next(c.value for c in at.get("code"))
    assert email.startswith("Subject: Acme ERP status") and "Priya Sharma" in email


def test_an_override_better_than_the_evidence_raises_the_watermelon_warning(acme: str) -> None:
    at = draft_status(app(acme, "status_report"), acme, override="green")
    page = texts(at)
    assert "Watermelon warning" in page
    assert "evidence suggests" in page


def test_the_communication_plan_is_edited_on_the_reports_page_and_a_bad_plan_is_refused(
    acme: str, svc: Services
) -> None:
    at = app(acme, "status_report")
    editor = by_label(at.text_area, "Communication plan (JSON)")
    plan = json.loads(editor.value)
    assert plan["audiences"]["sponsor"]["style"] == "short"

    editor.set_value('{"audiences": {"sponsor": {"style": "poster"}}}')
    at = by_label(at.button, "Save the JSON plan").click().run()
    assert "needs style short, detailed or dashboard, not 'poster'" in texts(at)
    assert svc.drafting.get_comm_plan(acme) == plan  # nothing lost

    plan["audiences"]["steering committee"] = {"style": "dashboard", "cadence": "monthly"}
    by_label(at.text_area, "Communication plan (JSON)").set_value(json.dumps(plan))
    at = by_label(at.button, "Save the JSON plan").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "Communication plan saved." in texts(at)
    stored = svc.drafting.get_comm_plan(acme)
    assert stored["audiences"]["steering committee"]["style"] == "dashboard"
    assert "steering committee" in at.selectbox(key=f"e:{acme}:audience").options


def test_the_communication_plan_form_changes_a_style_adds_and_removes_audiences_without_json(
    acme: str, svc: Services
) -> None:
    before = svc.drafting.get_comm_plan(acme)
    assert "it sponsor" in before["audiences"] and before["audiences"]["sponsor"]["style"] == "short"
    at = app(acme, "status_report")
    by_label(at.selectbox, "Style · sponsor").set_value("detailed")
    by_label(at.text_input, "Cadence · sponsor").input("fortnightly")
    by_label(at.checkbox, "Remove · it sponsor").check()
    by_label(at.text_input, "New audience (e.g. steering committee)").input("Steering Committee")
    by_label(at.selectbox, "Style · new audience").set_value("dashboard")
    by_label(at.text_input, "Customer's objective (framed in the reset agenda)").input("Branches live by June")
    at = by_label(at.button, "Save communication plan").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "Communication plan saved." in texts(at)
    after = svc.drafting.get_comm_plan(acme)
    assert after["objective"] == "Branches live by June"
    assert after["audiences"]["sponsor"]["style"] == "detailed"
    assert after["audiences"]["sponsor"]["cadence"] == "fortnightly"
    assert after["audiences"]["sponsor"]["purpose"] == before["audiences"]["sponsor"]["purpose"]  # kept
    assert "it sponsor" not in after["audiences"]
    assert after["audiences"]["steering committee"]["style"] == "dashboard"
    assert set(at.selectbox(key=f"e:{acme}:audience").options) == set(after["audiences"])

    # Removing every audience is refused and changes nothing.
    for name in after["audiences"]:
        by_label(at.checkbox, f"Remove · {name}").check()
    at = by_label(at.button, "Save communication plan").click().run()
    assert "Communication plan saved." not in texts(at)
    assert svc.drafting.get_comm_plan(acme) == after


def test_the_edited_report_text_is_what_gets_emailed(acme: str) -> None:
    at = draft_status(app(acme, "status_report"), acme)
    editor = by_label(at.text_area, "Report (edit before sending)")
    editor.set_value("# Acme\n\nAll fine except the firewall, owned by Priya Sharma.").run()
    email = next(c.value for c in at.get("code"))
    assert "All fine except the firewall, owned by Priya Sharma." in email


EDIT = "Dear sponsor, my own words first.\n"


def test_hand_edits_to_a_drafted_report_survive_leaving_the_page_and_drafting_again_asks_first(
    acme: str,
) -> None:
    at = draft_status(app(acme, "status_report"), acme)
    editor = by_label(at.text_area, "Report (edit before sending)")
    generated = editor.value
    editor.set_value(EDIT + generated).run()

    at.switch_page("pages/facts.py").run()
    at.switch_page("pages/status_report.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert by_label(at.text_area, "Report (edit before sending)").value == EDIT + generated

    by_label(at.button, "Draft status report").click().run()  # not silently over the edits
    assert any("drafting again would replace your edits" in str(w.value) for w in at.warning)
    assert by_label(at.text_area, "Report (edit before sending)").value == EDIT + generated

    by_label(at.checkbox, "Discard my edits when drafting again").check()
    by_label(at.button, "Draft status report").click().run()
    assert by_label(at.text_area, "Report (edit before sending)").value == generated
    assert not [c for c in at.checkbox if c.label == "Discard my edits when drafting again"]


def test_a_draft_for_another_audience_is_not_shown_or_downloadable_and_comes_back_with_its_edits(
    acme: str,
) -> None:
    at = draft_status(app(acme, "status_report"), acme)
    by_label(at.text_area, "Report (edit before sending)").set_value(EDIT).run()

    at.selectbox(key=f"e:{acme}:audience").set_value("sponsor").run()
    stale = [str(w.value) for w in at.warning if "This draft was made for" in str(w.value)]
    assert stale and "business lead" in stale[0]
    assert not at.get("download_button")
    assert not [t for t in at.text_area if t.label == "Report (edit before sending)"]

    at.selectbox(key=f"e:{acme}:audience").set_value("business lead").run()
    assert not any("This draft was made for" in str(w.value) for w in at.warning)
    assert by_label(at.text_area, "Report (edit before sending)").value == EDIT
    assert len(at.get("download_button")) == 3


# ---------------------------------------------------------------------------- commitments


def test_the_commitment_tracker_filters_by_owner_and_shows_history(acme: str) -> None:
    at = app(acme, "commitments")
    at.date_input(key=f"e:{acme}:cm_as_of").set_value(AS_OF).run()
    table = at.dataframe[0].value
    assert "Priya Sharma" in table["owner"].tolist()
    at.multiselect(key=f"e:{acme}:cm_owner").set_value(["Priya Sharma"]).run()
    table = at.dataframe[0].value
    assert set(table["owner"]) == {"Priya Sharma"}
    at.checkbox(key=f"e:{acme}:cm_overdue").check().run()
    table = at.dataframe[0].value
    assert len(table) >= 1 and set(table["overdue"]) == {"⚠️ overdue"}
    page = texts(at)
    assert "History of an item" in page and "created" in page


def test_the_tracker_marks_an_item_doubtful_as_a_commitment_until_the_pm_confirms_it(acme: str, svc: Services) -> None:
    facts = svc.repo.load_facts(acme)
    item = next(f for f in facts if f.kind == "action_item" and f.status == "open")
    item.doubtful = True  # type: ignore[union-attr]
    svc.repo.save_facts(acme, facts)
    at = app(acme, "commitments")
    table = at.dataframe[0].value
    marks = dict(zip(table["id"], table["check"], strict=True))
    assert marks[item.id] == "❓ maybe no commitment"
    assert all(m == "" for i, m in marks.items() if i != item.id)
    svc.facts.confirm(acme, item.id)
    at = app(acme, "commitments")
    assert set(at.dataframe[0].value["check"]) == {""}


# ---------------------------------------------------------------------------- facts


def test_the_facts_page_lists_every_kind_across_meetings_and_filters_like_the_cli(acme: str, svc: Services) -> None:
    at = app(acme, "facts")
    every = svc.facts.list(acme)
    assert f"{len(every)} fact(s)" in texts(at)
    at.selectbox(key=f"e:{acme}:fx_kind").set_value("blocker").run()
    blockers = svc.facts.list(acme, kind="blocker")
    assert blockers and f"{len(blockers)} fact(s)" in texts(at)
    assert all(b.text in texts(at) for b in blockers)
    at.selectbox(key=f"e:{acme}:fx_kind").set_value("action_item").run()
    at.text_input(key=f"e:{acme}:fx_owner").input("Priya").run()
    mine = svc.facts.list(acme, kind="action_item", owner="Priya")
    assert mine and f"{len(mine)} fact(s)" in texts(at)
    opener = next(b for b in at.button if b.label.startswith("Open "))
    opener.click().run()
    assert not at.exception, [e.value for e in at.exception]


def test_a_fact_edited_from_its_card_is_saved_as_a_pm_edit_and_the_edit_popover_closes(
    acme: str, svc: Services
) -> None:
    at = app(acme, "facts")
    at.selectbox(key=f"e:{acme}:fx_kind").set_value("action_item").run()
    fact = svc.facts.list(acme, kind="action_item")[0]
    card = f"e:{acme}:fx:{fact.id}"
    owner = next(w for w in at.text_input if w.label == "Owner" and w.form_id == f"{card}:edit")
    assert owner.value == (fact.owner or "")
    owner.input("Network Security")
    at.session_state[f"{card}:edit_open"] = True  # the PM opened this card's popover
    next(b for b in at.button if b.label == "Save" and b.form_id == f"{card}:edit").click().run()
    assert not at.exception, [e.value for e in at.exception]
    stored = svc.facts.get(acme, fact.id)
    assert stored.owner == "Network Security" and stored.edited
    assert at.session_state[f"{card}:edit_open"] is False


def test_a_blocker_card_shows_who_it_waits_on_and_an_edited_party_reaches_the_home_colour_reasons(
    acme: str, svc: Services
) -> None:
    at = app(acme, "facts")
    at.selectbox(key=f"e:{acme}:fx_kind").set_value("blocker").run()
    storage = next(b for b in svc.facts.list(acme, kind="blocker") if "storage" in b.text)
    firewall = next(b for b in svc.facts.list(acme, kind="blocker") if "firewall" in b.text)
    page = texts(at)
    assert f"· waiting on {storage.waiting_on} ·" in page  # on the card's header, not only in its quote
    # ("blocked on the firewall" names a thing; Priya takes the rule change on in the next turn)
    assert "· waiting on Priya Sharma ·" in page

    card = f"e:{acme}:fx:{firewall.id}"
    waiting = next(w for w in at.text_input if w.label == "Waiting on" and w.form_id == f"{card}:edit")
    assert waiting.value == "Priya Sharma"
    waiting.input("Network team")
    at.session_state[f"{card}:edit_open"] = True
    next(b for b in at.button if b.label == "Save" and b.form_id == f"{card}:edit").click().run()
    assert not at.exception, [e.value for e in at.exception]
    stored = svc.facts.get(acme, firewall.id)
    assert stored.waiting_on == "Network team" and stored.edited
    assert "· waiting on Network team ·" in texts(at)
    at.selectbox(key=f"e:{acme}:fx_kind").set_value("action_item").run()
    assert not [w for w in at.text_input if w.label == "Waiting on"]  # an action item waits on nobody

    home = app(acme)
    assert "waiting on Network team" in texts(home)  # the Home page's "why this colour" reads the edit

    at.selectbox(key=f"e:{acme}:fx_kind").set_value("blocker").run()
    next(w for w in at.text_input if w.label == "Waiting on" and w.form_id == f"{card}:edit").input("")
    at.session_state[f"{card}:edit_open"] = True
    next(b for b in at.button if b.label == "Save" and b.form_id == f"{card}:edit").click().run()
    assert svc.facts.get(acme, firewall.id).waiting_on is None  # empty clears it
    assert "· waiting on (nobody named) ·" in texts(at)


def test_deleting_a_fact_asks_first_can_be_cancelled_and_confirms_what_went(
    acme: str, svc: Services
) -> None:
    at = app(acme, "facts")
    at.selectbox(key=f"e:{acme}:fx_kind").set_value("action_item").run()
    fact = next(f for f in svc.facts.list(acme, kind="action_item") if "firewall" in f.text.lower())
    card = f"e:{acme}:fx:{fact.id}"
    at.button(key=f"{card}:delete").click().run()
    assert any("Delete this fact?" in str(w.value) for w in at.warning)
    assert svc.facts.get(acme, fact.id)  # one click deletes nothing

    at.button(key=f"{card}:delete_no").click().run()
    assert not any("Delete this fact?" in str(w.value) for w in at.warning)
    assert svc.facts.get(acme, fact.id)

    at.button(key=f"{card}:delete").click().run()
    at.button(key=f"{card}:delete_yes").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert all(f.id != fact.id for f in svc.facts.list(acme))
    deleted = "Deleted the action: “I'll send the firewall rule change by Friday.”"
    assert at.session_state[FLASH_KEY] == [deleted]
    svc.facts.extract(acme)  # the PM's deletion is remembered: re-extraction does not bring it back
    assert all("firewall rule change" not in f.text for f in svc.facts.list(acme, kind="action_item"))


# ---------------------------------------------------------------------------- stakeholders


def test_stakeholder_profiles_are_editable_and_a_wiifm_is_drafted(acme: str, svc: Services) -> None:
    at = app(acme, "stakeholders")
    assert not at.exception
    at.selectbox(key=f"e:{acme}:sh_who").set_value("Priya Sharma").run()
    by_label(at.selectbox, "Side").set_value("customer")
    by_label(at.selectbox, "Influence").set_value("high")
    by_label(at.selectbox, "Interest").set_value("high")
    by_label(at.text_input, "Role").input("IT sponsor")
    by_label(at.button, "Save profile").click().run()
    assert not at.exception, [e.value for e in at.exception]
    priya = next(p for p in svc.people.list(acme) if p.name == "Priya Sharma")
    assert (priya.side, priya.influence, priya.interest, priya.role) == (
        "customer",
        "high",
        "high",
        "IT sponsor",
    )
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")  # the power/interest grid
    by_label(at.button, "Draft WIIFM message").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "Priya" in at.text_area[-1].value


# ---------------------------------------------------------------------------- reset agenda


def test_the_reset_agenda_is_drafted_editable_and_downloadable(acme: str) -> None:
    at = app(acme, "reset_agenda")
    by_label(at.button, "Draft reset agenda").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "reset" in at.text_area[0].value.lower()
    assert "Download DOCX" in [b.label for b in at.get("download_button")]


def test_a_reset_agenda_without_a_customer_objective_points_the_pm_to_the_communication_plan(
    acme: str, svc: Services
) -> None:
    at = app(acme, "reset_agenda")
    by_label(at.button, "Draft reset agenda").click().run()
    hint = [str(i.value) for i in at.info if "Customer's objective" in str(i.value)]
    assert hint and "Status report → Communication plan" in hint[0]

    svc.drafting.set_comm_plan(acme, {**svc.drafting.get_comm_plan(acme), "objective": "Branches live by June"})
    by_label(at.button, "Draft reset agenda").click().run()
    assert not [i for i in at.info if "Customer's objective" in str(i.value)]


# ---------------------------------------------------------------------------- settings


def test_settings_rebuild_services_and_the_typed_key_is_never_written(data_dir: Path, acme: str) -> None:
    at = app(acme, "settings")
    by_label(at.checkbox, "Use an LLM").check()
    by_label(at.text_input, "Base URL").input("http://127.0.0.1:9/v1")
    by_label(at.text_input, "API key (this session only, never saved)").input("sk-typed-secret-123")
    by_label(at.button, "Apply settings").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state[LLM_KEY_KEY] == "sk-typed-secret-123"
    overrides = at.session_state["candor:settings_overrides"]
    assert overrides["llm"]["enabled"] is True and "sk-typed" not in json.dumps(overrides)
    by_label(at.button, "Test LLM connection").click().run()
    page = texts(at)
    assert "127.0.0.1:9" in page  # the failure names the endpoint, it does not crash the page
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"sk-typed-secret-123" not in path.read_bytes(), path
    by_label(at.button, "Reset to environment defaults").click().run()
    assert LLM_KEY_KEY not in at.session_state


def test_without_an_llm_the_connection_test_says_candor_runs_offline(acme: str) -> None:
    at = app(acme, "settings")
    by_label(at.button, "Test LLM connection").click().run()
    assert "Candor runs offline" in texts(at)


def test_the_llm_connection_test_uses_the_values_typed_in_the_form_before_they_are_applied(acme: str) -> None:
    at = app(acme, "settings")
    by_label(at.checkbox, "Use an LLM").check()
    by_label(at.text_input, "Base URL").input("http://127.0.0.1:9/v1")
    by_label(at.button, "Test LLM connection").click().run()
    assert not at.exception, [e.value for e in at.exception]
    page = texts(at)
    assert "Candor runs offline" not in page
    assert "127.0.0.1:9" in page  # the typed endpoint was tried (and is unreachable)
    assert "candor:settings_overrides" not in at.session_state  # testing applies nothing


def test_applying_forgetting_the_key_and_resetting_settings_each_confirm(acme: str) -> None:
    at = app(acme, "settings")
    by_label(at.text_input, "API key (this session only, never saved)").input("sk-typed-secret-123")
    by_label(at.button, "Apply settings").click().run()
    assert at.session_state[FLASH_KEY] == ["Settings applied; services rebuilt."]
    at.session_state[FLASH_KEY] = []
    by_label(at.button, "Forget the typed API key").click().run()
    assert at.session_state[FLASH_KEY] == ["Forgot the typed API key."]
    assert LLM_KEY_KEY not in at.session_state
    at.session_state[FLASH_KEY] = []
    by_label(at.button, "Reset to environment defaults").click().run()
    assert at.session_state[FLASH_KEY] == [
        "Settings reset to the environment defaults (CANDOR_* variables); typed API key forgotten."
    ]
    assert at.session_state["candor:settings_overrides"] == {}


# ---------------------------------------------------------------------------- isolation


def test_nothing_from_one_engagement_shows_on_another_engagements_pages(acme: str, svc: Services) -> None:
    other = svc.engagements.create("Globex CRM").id
    at = app(acme, "meetings")
    assert "Priya Sharma" in at.dataframe[0].value["speaker"].tolist()
    # Switch engagement in the sidebar: everything the session kept about the first one is cleared.
    # (AppTest reports the sidebar's widgets only on a fresh app's first page; the browser test uses it live.)
    at = app(acme)
    at.session_state[f"e:{acme}:chat"] = [{"role": "user", "content": "who owns the firewall change?"}]
    at.sidebar.selectbox[0].set_value(other).run()
    assert at.session_state[ENGAGEMENT_KEY] == other
    assert not [k for k in at.session_state if str(k).startswith(f"e:{acme}:")]
    page = texts(at)
    assert "Priya" not in page and "firewall" not in page.lower()
    for name in ("meetings", "ask", "commitments", "facts", "status_report", "stakeholders", "engagements"):
        at.switch_page(f"pages/{name}.py").run()
        assert not at.exception, (name, [e.value for e in at.exception])
        shown = texts(at) + " ".join(str(d.value) for d in at.dataframe)
        assert "Priya" not in shown and "firewall" not in shown.lower(), name


def test_pages_ask_for_an_engagement_when_none_is_selected(data_dir: Path) -> None:
    at = app(None)
    for name in (
        "upload", "meetings", "ask", "status_report", "commitments", "facts", "stakeholders", "reset_agenda"
    ):
        at.switch_page(f"pages/{name}.py").run()
        assert not at.exception, (name, [e.value for e in at.exception])
        assert "Select or create an engagement first" in texts(at), name


def test_evidence_under_a_status_reason_opens_the_meeting_at_that_moment(acme: str) -> None:
    at = draft_status(app(acme, "status_report"), acme)
    opener = next(b for b in at.button if b.label.startswith("Open "))
    opener.click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Meetings" in t.value for t in at.title)
    meeting_id = at.session_state[f"e:{acme}:meeting"]
    assert at.session_state[f"e:{acme}:play:{meeting_id}"] > 0.0  # the quoted turn, not the start of the call


def test_a_drafted_report_says_so_when_the_audience_or_override_changes_until_drafted_again(
    acme: str,
) -> None:
    at = draft_status(app(acme, "status_report"), acme)
    assert not any("This draft was made for" in str(w.value) for w in at.warning)

    at.selectbox(key=f"e:{acme}:override").set_value("green").run()
    stale = [str(w.value) for w in at.warning if "This draft was made for" in str(w.value)]
    assert stale and "business lead" in stale[0] and "override none" in stale[0]

    by_label(at.button, "Draft status report").click().run()
    assert not any("This draft was made for" in str(w.value) for w in at.warning)
    assert "Watermelon warning" in texts(at)


def test_saving_a_profile_renaming_and_deleting_confirm_after_the_rerun(acme: str, svc: Services) -> None:
    # A st.success right before st.rerun() is never seen: the confirmation is queued for the next run.
    at = app(acme, "stakeholders")
    at.selectbox(key=f"e:{acme}:sh_who").set_value("Priya Sharma").run()
    by_label(at.text_input, "Role").input("IT sponsor")
    by_label(at.button, "Save profile").click().run()
    assert at.session_state[FLASH_KEY] == ["Saved Priya Sharma."]

    at = app(acme)
    by_label(at.text_input, "New name").input("Acme ERP rollout")
    by_label(at.button, "Rename").click().run()
    assert at.session_state[FLASH_KEY] == ["Renamed to 'Acme ERP rollout'."]
    at.session_state[FLASH_KEY] = []
    by_label(at.text_input, "Type 'Acme ERP rollout' to confirm").input("Acme ERP rollout")
    by_label(at.button, "Delete engagement").click().run()
    assert at.session_state[FLASH_KEY] == ["Deleted engagement 'Acme ERP rollout'."]


def _flash_app() -> None:
    import streamlit as st

    from ui import state

    if st.button("Act"):
        state.flash("Done it.")
        st.rerun()
    state.show_flash()


def test_a_queued_confirmation_is_shown_once_as_a_toast() -> None:
    at = AppTest.from_function(_flash_app).run()
    at.button[0].click().run()
    assert [t.value for t in at.toast] == ["Done it."]
    assert not at.run().toast


def test_a_meetings_date_title_and_attendees_are_edited_and_due_dates_follow_the_new_date(
    acme: str, svc: Services
) -> None:
    [meeting] = svc.repo.list_meetings(acme)
    firewall = next(f for f in svc.facts.list(acme, kind="action_item") if "firewall" in f.text.lower())
    assert firewall.due == date(2024, 3, 22)  # "by Friday" said on Tuesday 19 March

    at = app(acme, "meetings")
    by_label(at.text_input, "Title").input("Firewall sync")
    by_label(at.date_input, "Date").set_value(date(2024, 3, 26))
    by_label(at.text_input, "Attended without speaking (comma separated)").input("Karen Lee")
    by_label(at.text_input, "Add people who were expected but absent (comma separated)").input("Tom Berg")
    by_label(at.button, "Save meeting details").click().run()
    assert not at.exception, [e.value for e in at.exception]

    m = svc.repo.get_meeting(acme, meeting.meeting_id)
    assert (m.title, m.date, m.extra_attendees, m.absent) == (
        "Firewall sync",
        date(2024, 3, 26),
        ["Karen Lee"],
        ["Tom Berg"],
    )
    firewall = next(f for f in svc.facts.list(acme, kind="action_item") if "firewall" in f.text.lower())
    assert firewall.due == date(2024, 3, 29)  # the Friday after the new date
    assert at.session_state[FLASH_KEY] == ["Saved the details of “Firewall sync” (2024-03-26)."]

    at.run()
    by_label(at.text_input, "Attended without speaking (comma separated)").input("")
    by_label(at.button, "Save meeting details").click().run()
    assert svc.repo.get_meeting(acme, meeting.meeting_id).extra_attendees == []


def test_people_in_one_cell_of_the_power_interest_grid_do_not_overlap(acme: str, svc: Services) -> None:
    import itertools

    import pyarrow as pa

    for name in ("Ann", "Bob", "Cy", "Dee"):
        svc.people.set(acme, name, influence="high", interest="high")
    at = app(acme, "stakeholders")
    chart = (at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart"))[0]
    frames = [pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in chart.proto.datasets]
    points = next(f for f in frames if "name" in f.columns)
    cell = points[(points["interest"].round() == 3) & (points["influence"].round() == 3)]
    assert set(cell["name"]) >= {"Ann", "Bob", "Cy", "Dee"}
    ys = sorted(cell["influence"])
    assert all(b - a >= 0.1 for a, b in itertools.pairwise(ys))  # a label's height apart
    assert all(abs(y - 3) < 0.5 for y in ys)  # and still inside the high/high cell


def test_a_recording_leaves_the_naming_step_once_every_speaker_has_a_name(
    data_dir: Path, svc: Services
) -> None:
    from assistant.jobs import JobManager

    eng = svc.engagements.create("Acme ERP")
    JobManager(svc).submit(eng.id, [REPO / "tests" / "fixtures" / "audio" / "demo_opening.flac"])
    [job] = wait_for_jobs(data_dir)
    assert job["files"][0]["state"] == "ingested", job
    [meeting] = svc.repo.list_meetings(eng.id)
    labels = svc.repo.load_transcript(eng.id, meeting.sha256).speakers

    at = app(eng.id, "upload")
    assert "Name the speakers" in texts(at)
    svc.people.name_speakers(eng.id, meeting.meeting_id, {label: f"Person {label}" for label in labels})
    at.run()
    page = texts(at)
    assert "Name the speakers" not in page
    assert "Every speaker of the recent recordings has a name" in page


def test_a_team_named_in_a_meeting_is_saved_as_a_team_from_the_profile_form(acme: str, svc: Services) -> None:
    teams = [
        r
        for r in svc.drafting.stakeholder_map(acme, date.today())
        if r.source == "mention" and r.kind == "team"
    ]
    assert teams, "the fixture names a team"
    team = teams[0].name
    at = app(acme, "stakeholders")
    at.selectbox(key=f"e:{acme}:sh_who").set_value(team).run()
    assert f"{team} is not in the stakeholder list yet (named in the meetings as a team)" in texts(at)
    assert by_label(at.selectbox, "Kind").value == "team"
    by_label(at.text_input, "Role").input("approves firewall changes")
    by_label(at.button, "Save profile").click().run()
    saved = next(p for p in svc.people.list(acme) if p.name == team)
    assert (saved.kind, saved.role) == ("team", "approves firewall changes")
