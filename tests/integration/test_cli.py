"""The `candor` command as scripts and CI use it: exit codes, one-line errors and the documented JSON shapes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CANDOR = [sys.executable, "-m", "assistant.cli"]

VTT = """WEBVTT

00:00:01.000 --> 00:00:05.000
<v Priya Sharma>I'll send the firewall rule change to network security by Friday.</v>

00:00:05.500 --> 00:00:09.000
<v Mark Jones>Thanks Priya. We decided to pilot with the finance team first.</v>

00:00:09.500 --> 00:00:14.000
<v Priya Sharma>We are blocked until network security approves the rule.</v>
"""


def run(args: list[str], data: Path, *, ok: bool = True, profile: str = "test") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR_")}
    env.update({"CANDOR_DATA_DIR": str(data), "CANDOR_PROFILE": profile, "ANONYMIZED_TELEMETRY": "False"})
    proc = subprocess.run(CANDOR + args, capture_output=True, text=True, env=env, cwd=REPO, timeout=300)
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_ingest_json_reports_each_file_and_transcript_show_has_the_documented_shape(
    data: Path, tmp_path: Path
) -> None:
    run(["engagement", "create", "Acme"], data)
    vtt = tmp_path / "status.vtt"
    vtt.write_text(VTT)
    bad = tmp_path / "broken.srt"
    bad.write_text("this is not an srt file")
    proc = run(
        ["ingest", "--engagement", "Acme", str(vtt), str(bad), "--json"], data, ok=False
    )
    assert proc.returncode == 1
    rows = json.loads(proc.stdout)
    assert [r["status"] for r in rows] == ["ingested", "error"]
    assert rows[0]["file"].endswith("status.vtt") and rows[0]["meeting_id"]
    assert rows[1]["error"].startswith("broken.srt")
    again = json.loads(run(["ingest", "-e", "Acme", str(vtt), "--json"], data).stdout)
    assert again[0]["status"] == "unchanged" and again[0]["meeting_id"] == rows[0]["meeting_id"]

    view = json.loads(run(["transcript", "show", "-e", "Acme", rows[0]["meeting_id"], "--json"], data).stdout)
    assert set(view) >= {"meeting_id", "title", "date", "duration_s", "speakers", "segments"}
    assert view["speakers"] == ["Priya Sharma", "Mark Jones"]
    assert set(view["segments"][0]) >= {"start", "end", "speaker", "text"}


def test_ingest_sets_title_and_date_for_one_file(data: Path, tmp_path: Path) -> None:
    run(["engagement", "create", "Acme"], data)
    vtt = tmp_path / "x.vtt"
    vtt.write_text(VTT)
    rows = json.loads(
        run(["ingest", "-e", "Acme", str(vtt), "--date", "2026-03-03", "--title", "Kick-off", "--json"], data).stdout
    )
    view = json.loads(run(["transcript", "show", "-e", "Acme", rows[0]["meeting_id"], "--json"], data).stdout)
    assert (view["title"], view["date"]) == ("Kick-off", "2026-03-03")
    bad_date = run(["ingest", "-e", "Acme", str(vtt), "--date", "03/03/2026"], data, ok=False)
    assert bad_date.returncode == 1 and "YYYY-MM-DD" in bad_date.stderr


def test_facts_json_lists_owner_due_status_and_evidence(data: Path, tmp_path: Path) -> None:
    run(["engagement", "create", "Acme"], data)
    vtt = tmp_path / "status.vtt"
    vtt.write_text(VTT)
    run(["ingest", "-e", "Acme", str(vtt), "--date", "2026-03-02"], data)
    facts = json.loads(run(["facts", "--engagement", "Acme", "--json"], data).stdout)
    assert facts, "the call states an action item, a decision and a blocker"
    for fact in facts:
        assert set(fact) >= {"kind", "owner", "text", "due", "status", "evidence"}
        for ev in fact["evidence"]:
            assert set(ev) >= {"meeting_id", "speaker", "start", "end", "quote"}
    actions = [f for f in facts if f["kind"] == "action_item"]
    assert any(a["owner"] == "Priya Sharma" and a["due"] == "2026-03-06" for a in actions), actions
    only = json.loads(run(["facts", "-e", "Acme", "--kind", "action_item", "--json"], data).stdout)
    assert {f["kind"] for f in only} == {"action_item"}


def test_ask_json_cites_the_evidence_and_judges_overdue_as_of_the_given_day(data: Path, tmp_path: Path) -> None:
    run(["engagement", "create", "Acme"], data)
    vtt = tmp_path / "status.vtt"
    vtt.write_text(VTT)
    run(["ingest", "-e", "Acme", str(vtt), "--date", "2026-03-02"], data)
    owner = json.loads(run(["ask", "-e", "Acme", "who owns the firewall rule change?", "--json"], data).stdout)
    assert set(owner) == {"answer", "citations"} and "Priya Sharma" in owner["answer"]
    assert set(owner["citations"][0]) >= {"meeting_id", "speaker", "start", "quote"}
    before = run(["ask", "-e", "Acme", "what is overdue?", "--as-of", "2026-03-05"], data).stdout
    after = run(["ask", "-e", "Acme", "what is overdue?", "--as-of", "2026-03-09"], data).stdout
    assert "firewall" not in before and "firewall" in after and "Priya Sharma" in after
    bad = run(["ask", "-e", "Acme", "what is overdue?", "--as-of", "next week"], data, ok=False)
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr


def test_stakeholders_set_records_what_the_pm_knows(data: Path) -> None:
    run(["engagement", "create", "Acme"], data)
    run(
        ["stakeholders", "set", "-e", "Acme", "Karen", "--role", "sponsor", "--side", "customer",
         "--influence", "high", "--interest", "low", "--expected-attendee"],
        data,
    )
    bad = run(["stakeholders", "set", "-e", "Acme", "Karen", "--side", "partner"], data, ok=False)
    assert bad.returncode == 1 and "--side" in bad.stderr
    run(["stakeholders", "set", "-e", "Acme", "Dean", "--role", "device reseller", "--side", "third_party"], data)
    people = json.loads((data / "engagements" / "acme" / "people.json").read_text())
    karen = next(p for p in people if p["name"] == "Karen")
    assert (karen["role"], karen["side"], karen["influence"], karen["expected_attendee"]) == (
        "sponsor", "customer", "high", True,
    )
    assert next(p for p in people if p["name"] == "Dean")["side"] == "third_party"


def test_report_plan_show_and_set_edit_the_communication_plan(data: Path, tmp_path: Path) -> None:
    run(["engagement", "create", "Acme"], data)
    plan = json.loads(run(["report", "plan", "show", "-e", "Acme", "--json"], data).stdout)
    assert plan["audiences"]["it sponsor"]["style"] == "dashboard"
    assert "sponsor: short" in run(["report", "plan", "show", "-e", "Acme"], data).stdout

    plan["audiences"]["steering committee"] = {"style": "dashboard", "cadence": "monthly"}
    good = tmp_path / "plan.json"
    good.write_text(json.dumps(plan))
    run(["report", "plan", "set", "-e", "Acme", "--file", str(good)], data)
    shown = json.loads(run(["report", "plan", "show", "-e", "Acme", "--json"], data).stdout)
    assert shown["audiences"]["steering committee"]["cadence"] == "monthly"

    for text, message in (
        ('{"audiences": {', "not valid JSON"),
        ('{"audiences": {"sponsor": {"style": "poster"}}}', "needs style short, detailed or dashboard, not 'poster'"),
    ):
        bad = tmp_path / "bad.json"
        bad.write_text(text)
        proc = run(["report", "plan", "set", "-e", "Acme", "--file", str(bad)], data, ok=False)
        assert proc.returncode == 1 and message in proc.stderr and "Traceback" not in proc.stderr
    missing = run(["report", "plan", "set", "-e", "Acme", "--file", str(tmp_path / "nope.json")], data, ok=False)
    assert missing.returncode == 1 and "cannot read" in missing.stderr
    assert json.loads(run(["report", "plan", "show", "-e", "Acme", "--json"], data).stdout) == shown

    run(["report", "plan", "set", "-e", "Acme", "--audience", "sponsor", "--cadence", "fortnightly"], data)
    after = json.loads(run(["report", "plan", "show", "-e", "Acme", "--json"], data).stdout)
    assert after["audiences"]["sponsor"] == {**shown["audiences"]["sponsor"], "cadence": "fortnightly"}


def test_stakeholders_set_with_an_initial_updates_the_known_person(data: Path) -> None:
    run(["engagement", "create", "Acme"], data)
    run(["stakeholders", "set", "-e", "Acme", "Priya Shah", "--role", "IT lead"], data)
    proc = run(["stakeholders", "set", "-e", "Acme", "Priya S.", "--influence", "high", "--json"], data)
    assert json.loads(proc.stdout)["name"] == "Priya Shah"
    assert "'Priya S.' is Priya Shah" in proc.stderr
    people = json.loads(run(["stakeholders", "-e", "Acme", "--json"], data).stdout)
    assert [(p["name"], p["role"], p["influence"]) for p in people if p["source"] == "people"] == [
        ("Priya Shah", "IT lead", "high")
    ]
    run(["stakeholders", "set", "-e", "Acme", "Priya Sharma"], data)
    proc = run(["stakeholders", "set", "-e", "Acme", "Priya", "--role", "sponsor"], data, ok=False)
    assert proc.returncode == 1
    assert "could be any of 'Priya Shah', 'Priya Sharma'" in proc.stderr and "Traceback" not in proc.stderr
    # 'Priya S.' was confirmed as Priya Shah above: it is her alias now, so it still finds her
    proc = run(["stakeholders", "set", "-e", "Acme", "Priya S.", "--interest", "low"], data)
    assert proc.stdout.startswith("Updated Priya Shah: role IT lead,")


def test_errors_are_one_line_without_a_traceback(data: Path, tmp_path: Path) -> None:
    proc = run(["ingest", "-e", "ghost", str(tmp_path / "none.wav")], data, ok=False)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("error: unknown engagement 'ghost'")
    assert "Traceback" not in proc.stderr
    proc = run(["engagement", "delete", "ghost", "--yes"], data, ok=False)
    assert "unknown engagement" in proc.stderr and "create it with" not in proc.stderr


def test_ingest_into_an_engagement_not_created_yet_says_how_to_create_it(data: Path, tmp_path: Path) -> None:
    vtt = tmp_path / "status.vtt"
    vtt.write_text(VTT)
    proc = run(["ingest", "-e", "acme", str(vtt)], data, ok=False)
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        "error: unknown engagement 'acme' (known: none yet); create it with: candor engagement create \"acme\""
    )
    proc = run(["ask", "-e", "Acme Rollout", "who owns it?"], data, ok=False)
    assert 'create it with: candor engagement create "Acme Rollout"' in proc.stderr


def test_help_is_instant_because_engines_load_lazily(data: Path) -> None:
    code = "import sys, assistant.cli; print(sorted(m for m in ('faster_whisper','chromadb','onnxruntime','langchain_openai') if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert proc.stdout.strip() == "[]"


def test_a_usage_error_prints_the_usage_and_the_problem_without_a_traceback(data: Path) -> None:
    # The engagement option given before the subcommand belongs to the group, so `set` misses it.
    proc = run(["stakeholders", "-e", "acme", "set", "Karen Lee", "--role", "sponsor"], data, ok=False)
    assert proc.returncode == 2
    assert "Missing option '--engagement'" in proc.stderr and "Usage:" in proc.stderr
    assert "Traceback" not in proc.stderr and "╭" not in proc.stderr
    proc = run(["facts", "--bogus"], data, ok=False)
    assert proc.returncode == 2 and "No such option: --bogus" in proc.stderr and "Traceback" not in proc.stderr


def test_a_date_or_title_for_several_files_and_an_empty_question_are_refused_with_a_clear_error(
    data: Path, tmp_path: Path
) -> None:
    run(["engagement", "create", "Acme"], data)
    first, second = tmp_path / "a.vtt", tmp_path / "b.vtt"
    first.write_text(VTT)
    second.write_text(VTT.replace("Friday", "Monday"))
    proc = run(["ingest", "-e", "Acme", "--date", "2026-04-01", str(first), str(second)], data, ok=False)
    assert proc.returncode == 1 and "apply to one file" in proc.stderr
    assert json.loads(run(["meetings", "list", "-e", "Acme", "--json"], data).stdout) == []  # nothing ingested
    proc = run(["ask", "-e", "Acme", "   "], data, ok=False)
    assert proc.returncode == 1 and "the question is empty" in proc.stderr


def test_an_empty_owner_or_due_date_in_facts_edit_clears_it(data: Path, tmp_path: Path) -> None:
    run(["engagement", "create", "Acme"], data)
    vtt = tmp_path / "a.vtt"
    vtt.write_text(VTT)
    run(["ingest", "-e", "Acme", str(vtt)], data)
    [item] = [f for f in json.loads(run(["facts", "-e", "Acme", "--json"], data).stdout) if f["kind"] == "action_item"]
    assert item["owner"] and item["due"]
    run(["facts", "edit", "-e", "Acme", item["id"], "--owner", "", "--due", ""], data)
    [after] = [f for f in json.loads(run(["facts", "-e", "Acme", "--json"], data).stdout) if f["id"] == item["id"]]
    assert after["owner"] is None and after["due"] is None


def test_deleting_a_meeting_with_facts_the_pm_edited_needs_yes(data: Path, tmp_path: Path) -> None:
    run(["engagement", "create", "Acme"], data)
    vtt = tmp_path / "a.vtt"
    vtt.write_text(VTT)
    [row] = json.loads(run(["ingest", "-e", "Acme", str(vtt), "--json"], data).stdout)
    [item] = [f for f in json.loads(run(["facts", "-e", "Acme", "--json"], data).stdout) if f["kind"] == "action_item"]
    run(["facts", "confirm", "-e", "Acme", item["id"]], data)
    proc = run(["meetings", "delete", "-e", "Acme", row["meeting_id"]], data, ok=False)
    assert proc.returncode == 1 and "you edited or confirmed" in proc.stderr
    assert json.loads(run(["meetings", "list", "-e", "Acme", "--json"], data).stdout)  # still there
    run(["meetings", "delete", "-e", "Acme", row["meeting_id"], "--yes"], data)
    assert json.loads(run(["meetings", "list", "-e", "Acme", "--json"], data).stdout) == []


def test_every_report_command_writes_every_format_to_the_out_file(data: Path, tmp_path: Path) -> None:
    run(["engagement", "create", "Acme"], data)
    vtt = tmp_path / "status.vtt"
    vtt.write_text(VTT)
    run(["ingest", "-e", "Acme", str(vtt), "--date", "2026-03-02"], data)
    commands = {
        "status": ["status", "--audience", "sponsor"],
        "reset_agenda": ["reset-agenda"],
        "wiifm": ["wiifm", "--stakeholder", "Priya Sharma"],
    }
    for kind, command in commands.items():
        for fmt in ("md", "docx", "json", "email"):
            target = tmp_path / f"{kind}.{fmt}"
            proc = run(
                ["report", *command, "-e", "Acme", "--as-of", "2026-03-09", "--format", fmt, "--out", str(target)],
                data,
            )
            assert proc.stdout.strip() == f"wrote {target}", (kind, fmt)
            assert target.stat().st_size > 0, (kind, fmt)
        written = json.loads((tmp_path / f"{kind}.json").read_text(encoding="utf-8"))
        assert written["kind"] == kind and written["engagement"] == "Acme"
    printed = json.loads(run(["report", "reset-agenda", "-e", "Acme", "--format", "json"], data).stdout)
    assert printed["kind"] == "reset_agenda"  # without --out, JSON still goes to stdout for scripts
    nowhere = tmp_path / "missing-dir" / "status.json"
    proc = run(["report", "status", "-e", "Acme", "--format", "json", "--out", str(nowhere)], data, ok=False)
    assert proc.returncode == 1 and f"cannot write {nowhere}" in proc.stderr and "Traceback" not in proc.stderr


def test_stakeholders_set_team_on_a_persons_alias_is_refused_and_person_turns_a_team_back(data: Path) -> None:
    run(["engagement", "create", "Acme"], data)
    run(["stakeholders", "set", "-e", "Acme", "Sven Olsen", "--alias", "network team", "--role", "network lead",
         "--expected-attendee"], data)
    proc = run(["stakeholders", "set", "-e", "Acme", "Network team", "--team", "--not-expected"], data, ok=False)
    assert proc.returncode == 1 and "is an alias of Sven Olsen, a person; nothing changed" in proc.stderr
    assert 'candor stakeholders set -e "Acme" "Sven Olsen" --remove-alias "Network team"' in proc.stderr
    run(["stakeholders", "set", "-e", "Acme", "Sven Olsen", "--remove-alias", "Network team"], data)
    team = json.loads(
        run(["stakeholders", "set", "-e", "Acme", "Network team", "--team", "--not-expected", "--json"], data).stdout
    )
    assert (team["name"], team["kind"], team["expected_attendee"]) == ("Network team", "team", False)
    back = json.loads(run(["stakeholders", "set", "-e", "Acme", "Network team", "--person", "--json"], data).stdout)
    assert back["kind"] == "person"
    people = {p["name"]: p for p in json.loads((data / "engagements" / "acme" / "people.json").read_text())}
    sven = people["Sven Olsen"]
    assert (sven["kind"], sven["role"], sven["expected_attendee"], sven["aliases"]) == (
        "person", "network lead", True, []
    )


def test_a_bad_ingest_date_is_the_only_line_printed_and_nothing_is_ingested(data: Path, tmp_path: Path) -> None:
    run(["engagement", "create", "Acme"], data)
    vtt = tmp_path / "status.vtt"
    vtt.write_text(VTT)
    proc = run(["ingest", "-e", "Acme", str(vtt), "--date", "2026-13-45"], data, ok=False)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.strip() == "error: --date '2026-13-45' is not a date in the form YYYY-MM-DD"
    assert json.loads(run(["meetings", "list", "-e", "Acme", "--json"], data).stdout) == []


def test_not_found_errors_name_the_engagement_as_the_pm_named_it_not_its_storage_id(
    data: Path, tmp_path: Path
) -> None:
    run(["engagement", "create", "Northwind Finance ERP rollout"], data)
    vtt = tmp_path / "status.vtt"
    vtt.write_text(VTT)
    run(["ingest", "-e", "northwind-finance-erp-rollout", str(vtt)], data)
    for args, error in (
        (["report", "wiifm", "--stakeholder", "Nobody"], "unknown stakeholder 'Nobody' in engagement"),
        (["meetings", "delete", "zzz"], "unknown meeting 'zzz' in engagement"),
        (["transcript", "show", "zzz"], "unknown meeting 'zzz' in engagement"),
    ):
        proc = run([*args[:2], "-e", "northwind-finance-erp-rollout", *args[2:]], data, ok=False)
        assert proc.returncode == 1
        assert f"{error} 'Northwind Finance ERP rollout'" in proc.stderr, proc.stderr


def test_facts_for_an_owner_nobody_is_called_says_so_and_lists_the_known_owners(data: Path, tmp_path: Path) -> None:
    run(["engagement", "create", "Acme"], data)
    vtt = tmp_path / "status.vtt"
    vtt.write_text(VTT)
    run(["ingest", "-e", "Acme", str(vtt)], data)
    proc = run(["facts", "-e", "Acme", "--owner", "Nobody"], data)  # an empty listing exits 0, as all do
    assert proc.stdout.strip() == (
        "no person or team called 'Nobody' in this engagement; known owners: Priya Sharma, Mark Jones"
    )
    scripted = run(["facts", "-e", "Acme", "--owner", "Nobody", "--json"], data)
    assert json.loads(scripted.stdout) == [] and "no person or team called 'Nobody'" in scripted.stderr
    # A known person who owns nothing of that kind is simply no match.
    assert run(["facts", "-e", "Acme", "--owner", "Mark", "--kind", "risk"], data).stdout.strip() == "no facts match"


def test_stakeholders_list_and_facts_list_print_the_same_listing_as_the_bare_commands(
    data: Path, tmp_path: Path
) -> None:
    run(["engagement", "create", "Acme"], data)
    vtt = tmp_path / "status.vtt"
    vtt.write_text(VTT)
    run(["ingest", "-e", "Acme", str(vtt), "--date", "2026-03-02"], data)
    for group in ("stakeholders", "facts"):
        bare = run([group, "-e", "Acme", "--as-of", "2026-03-09", "--json"], data).stdout
        assert json.loads(bare), group
        assert run([group, "list", "-e", "Acme", "--as-of", "2026-03-09", "--json"], data).stdout == bare
        # options given before `list` belong to the group; the listing uses them too
        assert run([group, "-e", "Acme", "--as-of", "2026-03-09", "list", "--json"], data).stdout == bare
    owned = run(["facts", "list", "-e", "Acme", "--owner", "Priya", "--kind", "action_item", "--json"], data).stdout
    assert {f["owner"] for f in json.loads(owned)} == {"Priya Sharma"}
