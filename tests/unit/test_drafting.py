"""Drafting: status reports per audience, reset agenda, stakeholder map, WIIFM, exports and the LLM guard."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from assistant.drafting import DraftingService, ask_for, task_phrase, verify_prose
from assistant.engines.chat import ScriptedChatModel
from assistant.errors import InputError, NotFound
from assistant.export import docx_text, markdown_to_docx, markdown_to_email
from assistant.models import (
    ActionItem,
    Blocker,
    Decision,
    FactBase,
    Meeting,
    Mention,
    Person,
    Risk,
    Segment,
    SentimentSignal,
    Transcript,
)
from assistant.prompts import parse_prompt
from assistant.storage import Repository
from tests.builders import ev, fact, reported_done

AS_OF = date(2024, 3, 26)
DAYS = [date(2024, 3, 5), date(2024, 3, 12), date(2024, 3, 19)]
PEOPLE = [
    Person(
        name="Dana Cole", role="business sponsor", side="customer", expected_attendee=True, influence="high"
    ),
    Person(name="Priya Shah", role="IT lead", side="customer", expected_attendee=True),
    Person(name="Sam Ortiz", role="project manager", side="vendor", expected_attendee=True),
    Person(name="Omar Reyes", role="Director of Network Security", side="customer"),
    Person(name="Lee Park", role="IT sponsor", side="customer"),
]


def add_meeting(repo: Repository, eng: str, i: int, lines: list[tuple[str, str]]) -> Meeting:
    sha = f"{i:064d}"
    names = list(dict.fromkeys(s for s, _ in lines))
    labels = {name: f"SPEAKER_{n}" for n, name in enumerate(names)}
    segs = [
        Segment(id=k, start=60.0 * k + 14, end=60.0 * k + 20, speaker=labels[s], text=t)
        for k, (s, t) in enumerate(lines)
    ]
    repo.save_transcript(
        eng, Transcript(sha256=sha, source_name=f"{i}.vtt", source_kind="import", segments=segs)
    )
    m = Meeting(
        meeting_id=f"m{i}",
        engagement_id=eng,
        title=f"Status call {i}",
        date=DAYS[i - 1],
        source_file=f"{i}.vtt",
        sha256=sha,
        source_kind="import",
        ingested_at=datetime(2024, 1, i, tzinfo=UTC),
        speaker_names={v: k for k, v in labels.items()},
    )
    repo.save_meeting(m)
    return m


@pytest.fixture
def repo(tmp_path: Path) -> Repository:
    return Repository(tmp_path / "data")


def stalled(repo: Repository) -> str:
    """Sounds fine, is not: three overdue customer commitments, sponsor gone, blocked on network security."""
    eng = repo.create_engagement("Acme rollout").id
    add_meeting(
        repo,
        eng,
        1,
        [
            ("Sam Ortiz", "Welcome"),
            ("Dana Cole", "Our goal is the audit deadline in May"),
            ("Priya Shah", "I'll send the firewall change request by Friday"),
        ],
    )
    add_meeting(repo, eng, 2, [("Sam Ortiz", "Update"), ("Priya Shah", "I'm swamped, too much on my plate")])
    add_meeting(repo, eng, 3, [("Sam Ortiz", "All good, on track. Mark this project green.")])
    repo.save_people(eng, PEOPLE)
    facts: list[FactBase] = [
        fact(
            ActionItem(
                text="Send the firewall change request",
                owner="Priya Shah",
                side="customer",
                due=date(2024, 3, 8),
                meeting_id="m1",
                evidence=[ev("m1", 2, "Priya Shah", "I'll send the firewall change request by Friday")],
            )
        ),
        fact(
            ActionItem(
                text="Provide the test user accounts",
                owner="Priya Shah",
                side="customer",
                due=date(2024, 3, 11),
                meeting_id="m1",
                evidence=[ev("m1", 2, "Priya Shah", "accounts")],
            )
        ),
        fact(
            ActionItem(
                text="Sign off the rollout plan",
                owner="Dana Cole",
                side="customer",
                due=date(2024, 3, 15),
                meeting_id="m1",
                evidence=[ev("m1", 1, "Dana Cole", "Our goal is the audit deadline in May")],
            )
        ),
        fact(
            ActionItem(
                text="Prepare the pilot runbook",
                owner="Sam Ortiz",
                side="vendor",
                due=date(2024, 4, 2),
                meeting_id="m3",
                evidence=[ev("m3", 0, "Sam Ortiz", "All good, on track.")],
            )
        ),
        fact(
            Blocker(
                text="Firewall rule waiting for approval",
                waiting_on="Network Security",
                since=date(2024, 3, 5),
                meeting_id="m1",
                evidence=[ev("m1", 2, "Priya Shah", "I'll send the firewall change request by Friday")],
            )
        ),
        fact(
            Mention(
                text="Device vendor needs to ship the MDM profile",
                name="device-management vendor",
                entity_type="vendor",
                meeting_id="m2",
                evidence=[ev("m2", 0, "Sam Ortiz", "Update")],
            )
        ),
        fact(
            Risk(
                text="Audit deadline may be missed",
                severity="high",
                meeting_id="m1",
                evidence=[ev("m1", 1, "Dana Cole", "Our goal is the audit deadline in May")],
            )
        ),
        fact(
            Decision(
                text="Mark this project green",
                meeting_id="m3",
                evidence=[ev("m3", 0, "Sam Ortiz", "All good, on track. Mark this project green.")],
            )
        ),
        fact(
            SentimentSignal(
                text="Priya overloaded",
                person="Priya Shah",
                polarity=-0.5,
                meeting_id="m2",
                evidence=[ev("m2", 1, "Priya Shah", "I'm swamped, too much on my plate")],
            )
        ),
    ]
    repo.save_facts(eng, facts)
    return eng


def test_the_detailed_report_is_honest_and_cites_every_line(repo: Repository) -> None:
    eng = stalled(repo)
    report = DraftingService(repo).status_report(eng, "business lead", AS_OF)
    assert report.assessment is not None and report.assessment.overall == "red"
    md = report.markdown
    for section in (
        "## Summary",
        "## Status by dimension",
        "## Done since",
        "## Next steps",
        "## Blockers and asks",
        "## Risks",
        "## Decisions",
    ):
        assert section in md
    assert "**Overall: RED**" in md
    assert "(Priya Shah, 5 Mar 00:02:14)" in md  # speaker, meeting date, time in the recording
    assert "Priya Shah: Send the firewall change request (due 8 Mar, **overdue 18 days**)" in md
    assert "**Network Security** (outside the project) to unblock" in md
    data = report.to_json()
    assert data["overall"] == "red" and data["computed"] == "red"
    assert data["dimensions"]["schedule"]["status"] == "red"
    assert data["audience"] == "business lead" and data["style"] == "detailed"
    assert "Subject: Acme rollout status 26 Mar: RED" in report.email_text and "**" not in report.email_text


def test_audiences_get_their_own_variant_from_the_comm_plan(repo: Repository) -> None:
    eng = stalled(repo)
    svc = DraftingService(repo)
    short = svc.status_report(eng, "Sponsor", AS_OF, record=False)
    dash = svc.status_report(eng, "IT_sponsor", AS_OF, record=False)
    detailed = svc.status_report(eng, "business lead", AS_OF, record=False)
    assert short.style == "short" and "**What we need from you**" in short.markdown
    assert len(short.markdown) < len(detailed.markdown)
    assert dash.style == "dashboard" and "| Dimension | Status | Main reason |" in dash.markdown
    assert "| Overdue | 3 |" in dash.markdown
    with pytest.raises(NotFound, match="audience 'board' is not in the communication plan"):
        svc.status_report(eng, "board", AS_OF)


def _asks_section(markdown: str) -> list[str]:
    section = markdown.split("**What we need from you**", 1)[1].split("\n**", 1)[0]
    return [line for line in section.splitlines() if line.startswith("- ")]


def test_the_sponsor_note_counts_the_asks_it_lists(repo: Repository) -> None:
    eng = stalled(repo)
    svc = DraftingService(repo)
    for extra in range(3):  # more overdue customer commitments than the note has room for
        repo.save_facts(
            eng,
            [
                *repo.load_facts(eng),
                fact(
                    ActionItem(
                        text=f"Approve change window {extra}",
                        owner="Dana Cole",
                        side="customer",
                        due=date(2024, 3, 12),
                        meeting_id="m1",
                        evidence=[ev("m1", 1, "Dana Cole", "Our goal is the audit deadline in May")],
                    )
                ),
            ],
        )
    short = svc.status_report(eng, "sponsor", AS_OF, record=False)
    total = len(short.data["asks"])
    listed = _asks_section(short.markdown)
    assert total > 3
    assert f"We need {total} things from the customer side; the top 3 are listed below" in short.markdown
    assert listed[:3] == [line for line in listed if not line.startswith("- ...")]
    assert listed[3] == f"- ...and {total - 3} more in the detailed report."
    detailed = svc.status_report(eng, "business lead", AS_OF, record=False)
    assert all(a["what"].split(" (")[0][:30] in detailed.markdown for a in detailed.data["asks"])


def test_a_sponsor_note_with_few_asks_lists_them_all_under_their_number(repo: Repository) -> None:
    eng = stalled(repo)
    svc = DraftingService(repo)
    kept = [f for f in repo.load_facts(eng) if not isinstance(f, ActionItem) or f.text.startswith("Send")]
    repo.save_facts(eng, kept)
    short = svc.status_report(eng, "sponsor", AS_OF, record=False)
    total = len(short.data["asks"])
    assert 1 <= total <= 3
    said = "one thing" if total == 1 else f"{total} things"
    assert f"We need {said} from the customer side, listed below." in short.markdown
    assert len(_asks_section(short.markdown)) == total
    assert "thing(s)" not in short.markdown


def test_the_comm_plan_is_editable_and_validated(repo: Repository) -> None:
    eng = stalled(repo)
    svc = DraftingService(repo)
    plan = svc.get_comm_plan(eng)
    assert plan["audiences"]["sponsor"]["style"] == "short"
    plan["audiences"]["Steering Committee"] = {"style": "dashboard", "cadence": "monthly"}
    plan["objective"] = "pass the May security audit"
    svc.set_comm_plan(eng, plan)
    assert svc.status_report(eng, "steering committee", AS_OF, record=False).style == "dashboard"
    with pytest.raises(InputError, match="needs style short, detailed or dashboard"):
        svc.set_comm_plan(eng, {"audiences": {"x": {"style": "poster"}}})


def test_a_bad_comm_plan_is_explained_and_the_stored_plan_is_kept(repo: Repository) -> None:
    eng = stalled(repo)
    svc = DraftingService(repo)
    before = svc.get_comm_plan(eng)
    bad_inputs = {
        '{"audiences": ': "not valid JSON: Expecting value at line 1, column 15",
        "[1, 2]": "must be a JSON object",
        '{"audiences": {}}': "needs an 'audiences' mapping with at least one audience",
        '{"audiences": {"sponsor": "short"}}': "audience 'sponsor' must be an object",
        '{"audiences": {"sponsor": {"style": "poster"}}}': "needs style short, detailed or dashboard, not 'poster'",
        '{"audiences": {"sponsor": {"cadence": "weekly"}}}': "audience 'sponsor' needs style .* \\(missing\\)",
        '{"audiences": {"Sponsor": {"style": "short"}, "sponsor": {"style": "detailed"}}}': "listed twice",
    }
    for text, message in bad_inputs.items():
        with pytest.raises(InputError, match=message):
            svc.set_comm_plan_json(eng, text)
        assert svc.get_comm_plan(eng) == before


def test_one_audience_of_the_comm_plan_is_edited_without_retyping_the_plan(repo: Repository) -> None:
    eng = stalled(repo)
    svc = DraftingService(repo)
    plan = svc.edit_comm_plan(eng, audience="Board", style="dashboard", cadence="monthly", objective="pass the audit")
    assert plan["audiences"]["board"] == {"style": "dashboard", "cadence": "monthly", "channel": "email", "purpose": ""}
    assert plan["objective"] == "pass the audit"
    plan = svc.edit_comm_plan(eng, audience="sponsor", cadence="fortnightly")
    assert plan["audiences"]["sponsor"]["style"] == "short" and plan["audiences"]["sponsor"]["cadence"] == "fortnightly"
    with pytest.raises(InputError, match="audience 'new' needs style"):
        svc.edit_comm_plan(eng, audience="new", cadence="weekly")
    plan = svc.edit_comm_plan(eng, remove="board")
    assert "board" not in plan["audiences"] and svc.get_comm_plan(eng) == plan
    with pytest.raises(NotFound, match="audience 'board' is not in the communication plan"):
        svc.edit_comm_plan(eng, remove="board")


def test_since_last_report_is_remembered_per_audience(repo: Repository) -> None:
    eng = stalled(repo)
    svc = DraftingService(repo)
    first = svc.status_report(eng, "business lead", date(2024, 3, 13))
    assert first.since == date(2024, 3, 4)  # the day before the first meeting
    second = svc.status_report(eng, "business lead", AS_OF)
    assert second.since == date(2024, 3, 13)
    assert "## Done since 13 Mar" in second.markdown
    assert svc.status_report(eng, "sponsor", AS_OF).since == date(2024, 3, 4)  # other audiences are separate
    assert repo.read_doc(eng, "reports")["last"]["business lead"] == "2024-03-26"


def test_an_override_to_green_on_a_red_project_shows_the_warning_in_the_report(repo: Repository) -> None:
    eng = stalled(repo)
    report = DraftingService(repo).status_report(eng, "sponsor", AS_OF, override="green")
    assert report.assessment is not None and report.assessment.overall == "green"
    assert "> **Warning:** PM override: Green; evidence suggests Red because" in report.markdown
    assert report.to_json()["computed"] == "red"


def test_injected_text_changes_neither_colour_nor_facts_offline(repo: Repository) -> None:
    eng = stalled(repo)
    before = (repo.engagement_dir(eng) / "facts.json").read_bytes()
    report = DraftingService(repo).status_report(eng, "business lead", AS_OF)
    assert report.assessment is not None and report.assessment.overall == "red"
    assert report.prose == "template"
    assert (repo.engagement_dir(eng) / "facts.json").read_bytes() == before


SUMMARY_PROMPT = """---
name: report_prose
variables: [engagement_name, audience, period, facts, colour]
---
## system
Rewrite the summary of {{ engagement_name }} for {{ audience }} ({{ period }}).
## user
<facts>
{{ facts }}
</facts>
<colour>
{{ colour }}
</colour>
"""


@pytest.fixture
def summary_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.prompts

    monkeypatch.setattr(
        assistant.prompts, "load_prompt", lambda name, directory=None: parse_prompt(SUMMARY_PROMPT, name=name)
    )


def test_an_llm_claiming_green_is_discarded_and_the_template_kept(
    repo: Repository, summary_prompt: None
) -> None:
    eng = stalled(repo)
    before = (repo.engagement_dir(eng) / "facts.json").read_bytes()
    chat = ScriptedChatModel(["The project is GREEN and everything is on track."])
    report = DraftingService(repo, chat=chat).status_report(eng, "business lead", AS_OF)
    assert len(chat.calls) == 1
    assert report.prose == "template"
    assert report.assessment is not None and report.assessment.overall == "red"
    assert "GREEN and everything" not in report.markdown
    assert any("discarded" in n for n in report.notes)
    assert (repo.engagement_dir(eng) / "facts.json").read_bytes() == before


def test_faithful_llm_prose_replaces_only_the_summary(repo: Repository, summary_prompt: None) -> None:
    eng = stalled(repo)
    prose = "The rollout is red: three customer commitments are overdue, the oldest since 8 Mar."
    offline = DraftingService(repo).status_report(eng, "business lead", AS_OF, record=False)
    report = DraftingService(repo, chat=ScriptedChatModel([prose])).status_report(eng, "business lead", AS_OF)
    assert report.prose == "llm" and prose in report.markdown
    offline_data = {k: v for k, v in offline.data.items() if k != "summary"}
    assert {k: v for k, v in report.data.items() if k != "summary"} == offline_data


def test_llm_prose_with_a_date_not_in_the_evidence_is_discarded(
    repo: Repository, summary_prompt: None
) -> None:
    eng = stalled(repo)
    chat = ScriptedChatModel(["Red. The firewall change will land on 30 Apr."])
    report = DraftingService(repo, chat=chat).status_report(eng, "business lead", AS_OF)
    assert report.prose == "template" and any("30 Apr" in n for n in report.notes)


def test_without_a_prompt_file_the_llm_pass_is_skipped_and_said_so(repo: Repository, monkeypatch) -> None:
    import assistant.prompts

    monkeypatch.setattr(assistant.prompts, "PROMPTS_DIR", repo.root / "no-prompts")
    eng = stalled(repo)
    chat = ScriptedChatModel([])
    report = DraftingService(repo, chat=chat).status_report(eng, "business lead", AS_OF)
    assert chat.calls == [] and report.prose == "template"
    assert any(n.startswith("LLM prose skipped") for n in report.notes)


def test_verify_prose_accepts_the_overall_colour_and_rejects_others(repo: Repository) -> None:
    eng = stalled(repo)
    report = DraftingService(repo).status_report(eng, "business lead", AS_OF, record=False)
    assert report.assessment is not None
    assert verify_prose("We are red this week.", report.assessment, report.data) is None
    assert "amber" in (verify_prose("Slightly amber.", report.assessment, report.data) or "")
    assert verify_prose("Things are on track.", report.assessment, report.data) is not None


def test_the_reset_agenda_names_areas_directors_decisions_and_an_invitation(repo: Repository) -> None:
    eng = stalled(repo)
    svc = DraftingService(repo)
    svc.set_comm_plan(eng, {**svc.get_comm_plan(eng), "objective": "passing the May security audit"})
    report = svc.reset_agenda(eng, AS_OF)
    md = report.markdown
    assert report.data["stalling"] is True
    assert any("absent" in s or "not heard" in s for s in report.data["signals"])
    assert "**Network Security** (invite Omar Reyes (Director of Network Security))" in md
    assert "**device-management vendor**" in md
    assert "working toward passing the May security audit" in md
    assert "please name one day-to-day participant for Network Security" in md
    assert (
        "## Decisions to ask for" in md
        and "1. Network Security: agree how and by when this is unblocked" in md
    )
    assert "> Thank you, Dana Cole" in md  # the customer-side sponsor sends it
    assert "blame" in md.casefold() and "fault" in md.casefold()


def test_a_reset_area_does_not_quote_a_blocker_line_again_as_a_mention(repo: Repository) -> None:
    eng = stalled(repo)
    line = ev("m1", 2, "Priya Shah", "I'll send the firewall change request by Friday")
    facts = repo.load_facts(eng)
    facts.append(fact(Mention(text="Network Security mentioned", name="Network Security", entity_type="team",
                              meeting_id="m1", evidence=[line])))
    facts.append(fact(Mention(text="Network Security mentioned again", name="Network Security",
                              entity_type="team", meeting_id="m2", evidence=[ev("m2", 1, "Priya Shah", "swamped")])))
    repo.save_facts(eng, facts)
    md = DraftingService(repo).reset_agenda(eng, AS_OF).markdown
    section = md.split("**Network Security**", 1)[1].split("\n- **", 1)[0]
    assert section.count("the work waits on it") == 1
    assert section.count("mentioned in the meetings") == 1  # only the line the blocker did not already cite
    assert "swamped" in section


def test_a_healthy_engagement_can_still_draft_a_reset_and_says_there_is_no_stalling(repo: Repository) -> None:
    eng = repo.create_engagement("Calm").id
    everyone = [("Sam Ortiz", "hello"), ("Dana Cole", "good"), ("Priya Shah", "fine")]
    for i in (1, 2, 3):
        add_meeting(repo, eng, i, everyone)
    repo.save_people(eng, PEOPLE[:3])
    report = DraftingService(repo).reset_agenda(eng, AS_OF)
    assert report.data["stalling"] is False
    assert "no stalling signal in the evidence yet" in report.markdown


def test_the_stakeholder_map_marks_suggestions_and_counts_attendance_and_commitments(
    repo: Repository,
) -> None:
    eng = stalled(repo)
    rows = {r.name: r for r in DraftingService(repo).stakeholder_map(eng, AS_OF)}
    dana, priya = rows["Dana Cole"], rows["Priya Shah"]
    assert dana.influence == "high" and not dana.influence_suggested
    assert dana.attendance_rate == pytest.approx(0.33) and dana.meetings_attended == 1
    assert priya.influence_suggested and priya.interest_suggested
    assert priya.open_commitments == 2 and priya.attendance_rate == pytest.approx(0.67)
    assert rows["Network Security"].source == "mention" and rows["Network Security"].blockers_waiting_on == 1
    assert "device-management vendor" in rows
    assert all(
        r.quadrant in {"manage closely", "keep satisfied", "keep informed", "monitor"} for r in rows.values()
    )


def test_wiifm_for_an_overloaded_stakeholder_takes_work_off_their_plate(repo: Repository) -> None:
    eng = stalled(repo)
    report = DraftingService(repo).wiifm(eng, "Priya", AS_OF)
    assert report.data["tone"] == "supportive"
    assert "I'm swamped, too much on my plate" in report.markdown
    assert "(Priya Shah, 12 Mar 00:01:14)" in report.markdown
    assert "off you" in report.email_text and "only if it suits you" in report.email_text
    assert "Send the firewall change request (was due 8 Mar)" in report.markdown
    assert "For the PM" not in report.email_text  # the email carries only the message


def test_wiifm_for_a_positive_sponsor_is_collaborative_and_cites_their_words(repo: Repository) -> None:
    eng = stalled(repo)
    report = DraftingService(repo).wiifm(eng, "Dana Cole", AS_OF)
    assert report.data["tone"] == "collaborative"
    assert "Our goal is the audit deadline in May" in report.markdown
    assert "Sign off the rollout plan" in report.markdown
    with pytest.raises(NotFound, match="unknown stakeholder 'Zed'"):
        DraftingService(repo).wiifm(eng, "Zed", AS_OF)


def test_an_empty_engagement_gives_clear_reports_without_crashing(repo: Repository) -> None:
    eng = repo.create_engagement("Empty").id
    svc = DraftingService(repo)
    report = svc.status_report(eng, "business lead", AS_OF)
    assert "No meetings are on record" in report.markdown
    assert report.assessment is not None and report.assessment.overall == "amber"
    assert "No open commitments recorded." in report.markdown
    assert svc.reset_agenda(eng, AS_OF).markdown
    assert svc.stakeholder_map(eng, AS_OF) == []
    for audience in ("sponsor", "it sponsor"):
        assert svc.status_report(eng, audience, AS_OF, record=False).markdown


def test_a_one_meeting_engagement_reports_without_judging_two_meeting_rules(repo: Repository) -> None:
    eng = repo.create_engagement("One").id
    add_meeting(repo, eng, 1, [("Sam Ortiz", "Kick-off"), ("Priya Shah", "I'll send the plan")])
    repo.save_people(eng, PEOPLE[:3])
    repo.save_facts(
        eng,
        [
            fact(
                ActionItem(
                    text="Send the plan",
                    owner="Priya Shah",
                    due=date(2024, 3, 20),
                    meeting_id="m1",
                    evidence=[ev("m1", 1, "Priya Shah", "I'll send the plan")],
                )
            )
        ],
    )
    report = DraftingService(repo).status_report(eng, "business lead", date(2024, 3, 6))
    assert report.assessment is not None
    eng_dim = report.assessment.dimensions["engagement"]
    assert eng_dim.status == "amber" and "not heard in the last meeting" in eng_dim.reasons[0].text
    assert "Priya Shah: Send the plan (due 20 Mar)" in report.markdown


def test_reports_export_to_docx_and_email(repo: Repository, tmp_path: Path) -> None:
    eng = stalled(repo)
    report = DraftingService(repo).status_report(eng, "it sponsor", AS_OF)
    path = markdown_to_docx(report.markdown, tmp_path / "out" / f"{report.slug}.docx")
    text = docx_text(path)
    assert "Acme rollout: dashboard" in text and "Schedule | RED" in text
    from docx import Document

    doc = Document(str(path))
    assert doc.paragraphs[0].style.name.startswith("Heading 1") and doc.tables
    bold = [r.text for p in doc.paragraphs for r in p.runs if r.bold]
    assert "Overall: RED" in bold
    email = markdown_to_email("# Title\n\n- **a** item\n\n| A | B |\n|---|---|\n| 1 | 2 |\n")
    assert email.startswith("TITLE\n=====") and "- a item" in email and "A  B" in email


def test_the_shipped_report_prose_prompt_is_used_and_its_green_claim_discarded(repo: Repository) -> None:
    eng = stalled(repo)
    chat = ScriptedChatModel(["Great news: the project is GREEN."])
    report = DraftingService(repo, chat=chat).status_report(eng, "sponsor", AS_OF)
    _system, user = chat.calls[0]
    assert "Engagement: Acme rollout" in user.content and "Overall status is RED" in user.content
    assert report.prose == "template" and "GREEN" not in report.markdown.replace(
        "Mark this project green", ""
    )


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I will send the firewall rule change by Friday.", "send the firewall rule change by Friday."),
        ("Okay, I'll just book the window.", "book the window."),
        ("Let me chase the vendor.", "chase the vendor."),
        ("Send the firewall change request", "Send the firewall change request"),
        ("I think the vendor is late.", "I think the vendor is late."),
    ],
)
def test_a_first_person_commitment_reads_as_a_task_in_asks(said: str, task: str) -> None:
    assert task_phrase(said) == task


def test_a_commitment_naming_its_owner_reads_as_a_task_for_that_owner_only() -> None:
    assert ask_for("Ravi will send the list of test users by Friday.", "Ravi Menon") == (
        "send the list of test users by Friday"
    )
    assert ask_for("Ravi Menon is going to book the room.", "Ravi Menon") == "book the room"
    # kept as said, without its full stop: the ask goes mid-sentence ("... to settle: Dana will sign it off.")
    assert ask_for("Dana will sign it off.", "Ravi Menon") == "Dana will sign it off"


def test_an_overdue_commitment_said_in_the_first_person_is_asked_for_as_a_task(repo: Repository) -> None:
    eng = stalled(repo)
    facts = repo.load_facts(eng)
    first = next(f for f in facts if f.text == "Send the firewall change request")
    first.text = "I'll send the firewall change request by Friday"
    repo.save_facts(eng, facts)
    service = DraftingService(repo)
    report = service.status_report(eng, "business lead", AS_OF, record=False)
    assert "**Priya Shah** to send the firewall change request by Friday (was due 8 Mar" in report.markdown
    wiifm = service.wiifm(eng, "Priya", AS_OF)
    assert "- Send the firewall change request by Friday (was due 8 Mar)" in wiifm.markdown


def test_work_reported_done_in_the_period_is_listed_as_done_since_the_last_report(repo: Repository) -> None:
    eng = stalled(repo)
    printer = reported_done(
        "The printer update is done.", "Sam Ortiz", "m3", DAYS[2], ev("m3", 0, "Sam Ortiz", "All good, on track.")
    )
    repo.save_facts(eng, [*repo.load_facts(eng), printer])
    service = DraftingService(repo)
    report = service.status_report(eng, "business lead", AS_OF, since=DAYS[1], record=False)
    done = report.markdown.split("## Done since", 1)[1].split("##", 1)[0]
    assert "- Sam Ortiz: The printer update is done (19 Mar)" in done
    assert report.data["metrics"]["done_in_period"] == 1
    later = service.status_report(eng, "business lead", AS_OF, since=DAYS[2], record=False)
    assert "printer" not in later.markdown.split("## Done since", 1)[1].split("##", 1)[0]


def test_reports_redrafted_on_one_day_are_one_period_and_no_meetings_is_no_stalling(repo: Repository) -> None:
    svc = DraftingService(repo)
    empty = repo.create_engagement("Nothing yet").id
    for audience in ("business lead", "sponsor", "business lead"):
        svc.status_report(empty, audience, AS_OF)  # amber for lack of evidence, three times on one day
    report = svc.reset_agenda(empty, AS_OF)
    assert report.data["stalling"] is False
    assert "the last two status reports" not in report.markdown

    eng = repo.create_engagement("Calm twice").id
    everyone = [("Sam Ortiz", "hello"), ("Dana Cole", "good"), ("Priya Shah", "fine")]
    for i in (1, 2, 3):
        add_meeting(repo, eng, i, everyone)
    repo.save_people(eng, PEOPLE[:3])
    repo.save_facts(
        eng,
        [
            fact(
                ActionItem(
                    text="Send the plan",
                    owner="Priya Shah",
                    side="customer",
                    due=date(2024, 3, 20),
                    meeting_id="m3",
                    evidence=[ev("m3", 2, "Priya Shah", "fine")],
                )
            )
        ],
    )
    for _ in range(2):
        svc.status_report(eng, "business lead", AS_OF)  # not green, but one period drafted twice
    assert "the last two status reports" not in svc.reset_agenda(eng, AS_OF).markdown
    svc.status_report(eng, "business lead", date(2024, 4, 2))
    later = svc.reset_agenda(eng, date(2024, 4, 2)).markdown
    assert "the last two status reports were" in later


def _stalled_with(repo: Repository, extra: FactBase) -> str:
    """The stalled engagement with one more fact."""
    eng = stalled(repo)
    repo.save_facts(eng, [*repo.load_facts(eng), fact(extra)])
    return eng


def test_the_invitation_names_an_area_without_doubling_its_article(repo: Repository) -> None:
    eng = _stalled_with(repo, Blocker(
        text="Proxy exception waiting on the firewall team", waiting_on="the firewall team",
        since=date(2024, 3, 12), meeting_id="m2", evidence=[ev("m2", 0, "Sam Ortiz", "Update")],
    ))
    md = DraftingService(repo).reset_agenda(eng, AS_OF).markdown
    assert "the firewall team lead" in md
    assert "the the " not in md
    # Roles go on the To line; nobody is greeted as "Hello the firewall team lead".
    assert "> To: Omar Reyes (Director of Network Security), " in md and "the firewall team lead" in md
    assert "> Hello all," in md and "Hello the" not in md


def test_a_wiifm_with_nothing_asked_proposes_a_call_in_the_second_person(repo: Repository) -> None:
    eng = repo.create_engagement("Quiet").id
    add_meeting(repo, eng, 1, [("Sam Ortiz", "hello"), ("Dana Cole", "good")])
    repo.save_people(eng, PEOPLE[:3])
    report = DraftingService(repo).wiifm(eng, "Dana Cole", AS_OF)
    assert "Nothing open right now." in report.markdown
    assert "most useful to you" in report.email_text and "useful to them" not in report.markdown


def test_a_sponsor_first_seen_as_absent_joins_the_stakeholder_map_with_the_stated_role_as_a_suggestion(
    repo: Repository,
) -> None:
    from assistant.engines.embedder import HashEmbedder
    from ingest.extraction.offline import OfflineExtractor
    from tests.builders import meeting_context

    eng = repo.create_engagement("Acme rollout").id
    lines = [
        ("Sam Ortiz", "Karen, our sponsor, couldn't make it today."),
        ("Sam Ortiz", "Lee, our CIO, is on leave this week."),
        ("Priya Shah", "Okay, let's go through the firewall change."),
    ]
    m = add_meeting(repo, eng, 3, lines)
    repo.save_people(eng, PEOPLE)
    ctx = meeting_context(lines, PEOPLE, m.date, mid=m.meeting_id)
    repo.save_facts(eng, list(OfflineExtractor(embedder=HashEmbedder()).extract(ctx).facts))
    rows = {r.name: r for r in DraftingService(repo).stakeholder_map(eng, AS_OF)}
    karen = rows["Karen"]
    assert (karen.role, karen.role_suggested, karen.source) == ("sponsor", True, "mention")
    assert karen.expected_attendee and karen.influence == "high" and karen.meetings_attended == 0
    lee = rows["Lee Park"]  # the PM's role stands: a meeting's words never override it
    assert (lee.role, lee.role_suggested) == ("IT sponsor", False)
    assert "Lee" not in rows


def _northwind(repo: Repository) -> str:
    """Ravi (technical lead) is overloaded and apologises for late items; Karen (sponsor) is upbeat."""
    eng = repo.create_engagement("Northwind").id
    add_meeting(repo, eng, 1, [("Sam Ortiz", "Ravi will send the list of test users by Friday."),
                               ("Karen Lee", "This ERP rollout is our top priority for the year."),
                               ("Ravi Menon", "Okay.")])
    add_meeting(repo, eng, 2, [("Sam Ortiz", "Ravi, could you send me the data migration mapping?"),
                               ("Ravi Menon", "I'm exhausted, the team is stretched thin, we can't take more on.")])
    add_meeting(repo, eng, 3, [("Ravi Menon", "I still haven't sent the migration mapping, sorry."),
                               ("Karen Lee", "Great progress, thank you all.")])
    repo.save_people(eng, [Person(name="Karen Lee", role="sponsor", side="customer", influence="high"),
                           Person(name="Ravi Menon", role="technical lead", side="customer"),
                           Person(name="Sam Ortiz", role="project manager", side="vendor")])
    meetings = {m.date: m.meeting_id for m in repo.list_meetings(eng)}
    m1, m2, m3 = (meetings[d] for d in DAYS)
    repo.save_facts(eng, [
        fact(ActionItem(text="Ravi will send the list of test users by Friday.", owner="Ravi Menon",
                        side="customer", due=date(2024, 3, 8), meeting_id=m1,
                        evidence=[ev(m1, 0, "Sam Ortiz", "Ravi will send the list of test users by Friday.")])),
        fact(ActionItem(text="Ravi, could you send me the data migration mapping?", owner="Ravi Menon",
                        side="customer", meeting_id=m2,
                        evidence=[ev(m2, 0, "Sam Ortiz", "Ravi, could you send me the data migration mapping?")])),
        fact(SentimentSignal(text="Ravi Menon sounded negative in this meeting.", person="Ravi Menon",
                             polarity=-0.1, intensity=0.1, meeting_id=m3,
                             evidence=[ev(m3, 0, "Ravi Menon", "I still haven't sent the migration mapping, sorry")])),
        fact(SentimentSignal(text="Karen Lee sounded positive.", person="Karen Lee", polarity=0.6, intensity=0.6,
                             meeting_id=m3, evidence=[ev(m3, 1, "Karen Lee", "Great progress, thank you all")])),
    ])
    return eng


def test_wiifm_quotes_cares_not_apologies_and_asks_the_owner_in_the_second_person(repo: Repository) -> None:
    eng = _northwind(repo)
    report = DraftingService(repo).wiifm(eng, "Ravi Menon", AS_OF)
    cares = [q["quote"] for q in report.data["cares_about"]]
    assert any("stretched thin" in q for q in cares)
    assert not any("sorry" in q.casefold() for q in cares)
    assert report.data["tone"] == "supportive"  # he said he is overloaded
    md = report.markdown
    assert "- Send the list of test users by Friday (was due 8 Mar)" in md
    assert "- Send me the data migration mapping" in md
    assert "Ravi will" not in report.email_text and "Ravi, could you" not in report.email_text
    assert "would help most: send the list of test users" in report.email_text


def test_wiifm_for_a_positive_sponsor_has_no_overload_framing(repo: Repository) -> None:
    eng = _northwind(repo)
    report = DraftingService(repo).wiifm(eng, "Karen Lee", AS_OF)
    assert report.data["tone"] == "collaborative"
    assert "lot on your plate" not in report.email_text
    assert any("top priority" in q["quote"] for q in report.data["cares_about"])


def test_wiifm_for_an_annoyed_but_not_overloaded_sponsor_acknowledges_the_concern(repo: Repository) -> None:
    eng = _northwind(repo)
    facts = repo.load_facts(eng)
    karen = next(f for f in facts if isinstance(f, SentimentSignal) and f.person == "Karen Lee")
    karen.polarity, karen.evidence[0].quote = -0.5, "Oh great, another delay, just what we needed"
    repo.save_facts(eng, facts)
    report = DraftingService(repo).wiifm(eng, "Karen Lee", AS_OF)
    assert report.data["tone"] == "reassuring"
    assert "lot on your plate" not in report.email_text
    assert 'I heard your concern: "Oh great, another delay' in report.email_text


def test_wiifm_asks_a_sponsor_who_stopped_coming_to_join_or_delegate(repo: Repository) -> None:
    eng = stalled(repo)
    svc = DraftingService(repo)
    dana = svc.wiifm(eng, "Dana Cole", AS_OF)
    assert "- Join the next status call, or name someone who can decide for you (missed 2 of 3 so far, including the last 2)" in (
        dana.markdown
    )
    assert "join the next status call" in dana.email_text
    sam = svc.wiifm(eng, "Sam Ortiz", AS_OF)  # at every meeting
    assert "join the next status call" not in sam.markdown.casefold()


def test_a_reset_area_that_is_a_person_invites_that_person_not_a_lead_of_them(repo: Repository) -> None:
    eng = stalled(repo)
    facts = repo.load_facts(eng)
    facts.append(fact(Blocker(text="I'm waiting on Priya's inputs for the cost centres.", waiting_on="Priya Shah",
                              since=date(2024, 3, 4), meeting_id="m1",
                              evidence=[ev("m1", 2, "Priya Shah", "I'll send the firewall change request by Friday")])))
    repo.save_facts(eng, facts)
    md = DraftingService(repo).reset_agenda(eng, AS_OF).markdown
    priya = next(p for p in PEOPLE if p.name == "Priya Shah")
    invite = f"{priya.name} ({priya.role})" if priya.role else priya.name
    assert f"**Priya Shah** (invite {invite})" in md
    assert "the Priya Shah lead" not in md


def test_a_wiifm_does_not_quote_a_slip_excuse_as_what_the_person_cares_about(repo: Repository) -> None:
    eng = stalled(repo)
    facts = repo.load_facts(eng)
    excuse = "Jo's off sick, so realistically the 9th for the rest"
    facts.append(fact(SentimentSignal(text="Priya Shah sounded negative in this meeting.", person="Priya Shah",
                                      polarity=-0.4, meeting_id="m3", evidence=[ev("m3", 7, "Priya Shah", excuse)])))
    repo.save_facts(eng, facts)
    report = DraftingService(repo).wiifm(eng, "Priya Shah", AS_OF)
    assert excuse not in report.markdown
    assert report.data["cares_about"], "her other concerns are still quoted"


def test_the_reset_agenda_asks_for_owners_of_overdue_customer_work_and_leaves_out_teams_named_once(
    repo: Repository,
) -> None:
    eng = _stalled_with(repo, Mention(
        text="Infrastructure team was mentioned but did not attend.", name="infrastructure team", entity_type="team",
        meeting_id="m2", evidence=[ev("m2", 0, "Sam Ortiz", "Raj found us a DBA from his infrastructure team")],
    ))
    report = DraftingService(repo).reset_agenda(eng, AS_OF)
    assert "Priya Shah: agree who does it and by when: Send the firewall change request" in report.markdown
    assert "infrastructure team" not in report.markdown.casefold()
    names = [a["name"] for a in report.data["areas"]]
    assert names[0] == "Network Security"  # what blocks the work first, then who owes overdue work


def test_the_sponsor_and_business_manager_notes_differ_and_next_lists_upcoming_work_not_overdue(
    repo: Repository,
) -> None:
    # Audits 12/13: both notes were identical and "Next" held only overdue items (due 6, 9, 10 Nov) while an item
    # due ahead was left out.
    eng = stalled(repo)
    svc = DraftingService(repo)
    sponsor = svc.status_report(eng, "sponsor", AS_OF, record=False).markdown
    manager = svc.status_report(eng, "business manager", AS_OF, record=False).markdown
    assert sponsor != manager and len(sponsor) < len(manager)
    nxt = sponsor.split("**Next**", 1)[1]
    assert "Prepare the pilot runbook by 2 Apr" in nxt
    assert "firewall change request" not in nxt and "rollout plan" not in nxt
    assert "**Overdue**" in manager and "**Overdue**" not in sponsor
    overdue = manager.split("**Overdue**", 1)[1].split("\n**", 1)[0]
    assert "Send the firewall change request (was due 8 Mar, 18 days late)" in overdue
    assert "pilot runbook" not in overdue


def test_what_someone_cares_about_is_never_a_refusal_a_quip_or_a_report_of_work_done() -> None:
    from assistant.drafting import _is_care

    assert not _is_care("I can't, I'm afraid. Ask the CCIO's office, that's really their remit.")
    assert not _is_care("So the CISO's happy with the pen test, and I signed the DPIA off on Friday.")
    assert not _is_care("It's configured in test, that's sorted.")
    assert not _is_care("Don't worry, we'll sort it.")
    assert _is_care("My worry, honestly, is the timing")
    assert _is_care("I can't start my review until I've actually got a draft")


def test_a_wiifm_quotes_no_ironic_quip_refusal_or_done_report_as_a_care(repo: Repository) -> None:
    eng = _northwind(repo)
    facts = repo.load_facts(eng)
    karen = next(f for f in facts if isinstance(f, SentimentSignal) and f.person == "Karen Lee")
    for quote in ("Love that for me", "I can't, I'm afraid. Ask the CCIO's office, that's their remit.",
                  "I signed the DPIA off on Friday, so you're clear."):
        karen.polarity, karen.evidence[0].quote = -0.5, quote
        repo.save_facts(eng, facts)
        cares = DraftingService(repo).wiifm(eng, "Karen Lee", AS_OF).data["cares_about"]
        assert all(c["quote"] != quote for c in cares), quote


def test_report_lines_read_a_first_person_commitment_as_the_owners_task(repo: Repository) -> None:
    eng = repo.create_engagement("Globex").id
    add_meeting(repo, eng, 3, [("Sam Ortiz", "Priya, the extract?"), ("Priya Shah", "I'll send the data extract by Friday.")])
    repo.save_people(eng, PEOPLE)
    quote = ev("m3", 1, "Priya Shah", "I'll send the data extract by Friday")
    late = ActionItem(text="I will send the firewall change request by Monday.", owner="Priya Shah", side="customer",
                      due=date(2024, 3, 18), meeting_id="m3", evidence=[quote])
    ahead = ActionItem(text="I'll send the data extract by Friday.", owner="Priya Shah", side="customer",
                       due=date(2024, 3, 29), meeting_id="m3", evidence=[quote])
    repo.save_facts(eng, [fact(late), fact(ahead)])
    svc = DraftingService(repo)
    detailed = svc.status_report(eng, "business lead", AS_OF, record=False).markdown
    assert "- Priya Shah: send the data extract by Friday (due 29 Mar)" in detailed
    assert "- Priya Shah: send the firewall change request by Monday (due 18 Mar, **overdue 8 days**)" in detailed
    short = svc.status_report(eng, "Sponsor", AS_OF, record=False).markdown
    assert "- Priya Shah: send the data extract by 29 Mar" in short  # the date said is replaced by the date
    assert "- Priya Shah to send the firewall change request by Monday (was due 18 Mar" in short
    dash = svc.status_report(eng, "IT sponsor", AS_OF, record=False).markdown
    assert "| Priya Shah | send the firewall change request by Monday | 18 Mar | 8 |" in dash
    # the reasons behind the colour read the same way
    assert "Customer commitment overdue 8 days: Priya Shah - send the firewall change request by Monday (due 18 Mar)" \
        in detailed
    assert "Priya Shah - send the firewall change request by Monday" in detailed.split("**Engagement:")[1]
    next_steps = detailed.split("## Next steps")[1].split("##")[0] + short.split("**Next**")[1]
    assert "I'll" not in next_steps and "I will" not in next_steps


def test_the_summary_names_the_periods_latest_decisions_and_done_work_reads_as_work(repo: Repository) -> None:
    eng = repo.create_engagement("Globex").id
    add_meeting(repo, eng, 2, [("Sam Ortiz", "Priya, the extract?"), ("Priya Shah", "Sent it Monday.")])
    add_meeting(repo, eng, 3, [("Dana Cole", "Let's move go-live to April 14."), ("Sam Ortiz", "Agreed.")])
    repo.save_people(eng, PEOPLE)
    extract = ActionItem(text="I'll send the data extract by Friday.", owner="Priya Shah", side="customer",
                         due=date(2024, 3, 15), meeting_id="m2", status="done",
                         evidence=[ev("m2", 1, "Priya Shah", "Sent it Monday")])
    decisions = [Decision(text=t, meeting_id=m, evidence=[ev(m, 0, "Dana Cole", q)]) for t, m, q in (
        ("Pilot with the finance team first.", "m2", "Priya, the extract?"),
        ("Keep the legacy archive read-only.", "m2", "Priya, the extract?"),
        ("Let's move go-live to April 14.", "m3", "Let's move go-live to April 14."))]
    repo.save_facts(eng, [fact(extract), *(fact(d) for d in decisions)])
    md = DraftingService(repo).status_report(eng, "business lead", AS_OF, record=False).markdown
    summary = md.split("## Summary", 1)[1].split("##", 1)[0]
    # The moved date leads the summary; the other decisions follow the concerns.
    assert summary.strip().startswith("Overall Globex is GREEN. Date moved: Let's move go-live to April 14 "
                                      "(decided 19 Mar).")
    assert "Decided in the period: Pilot with the finance team first; Keep the legacy archive read-only." in summary
    done = md.split("## Done since", 1)[1].split("##", 1)[0]
    assert "- Priya Shah: send the data extract (12 Mar)" in done and "I'll send" not in done


def test_a_blocker_with_no_party_is_not_placed_inside_the_project_and_a_cleared_one_reads_unblocked(
    repo: Repository,
) -> None:
    eng = repo.create_engagement("Globex").id
    add_meeting(repo, eng, 2, [("Priya Shah", "The parcel feed is blocked."), ("Sam Ortiz", "Noted.")])
    repo.save_people(eng, PEOPLE)
    quote = ev("m2", 0, "Priya Shah", "The parcel feed is blocked")
    stuck = Blocker(text="The parcel feed is blocked.", meeting_id="m2", since=date(2024, 3, 12), evidence=[quote])
    cleared = Blocker(text="The gateway config is blocked.", waiting_on="finance", status="resolved",
                      meeting_id="m2", evidence=[quote])
    repo.save_facts(eng, [fact(stuck), fact(cleared)])
    md = DraftingService(repo).status_report(eng, "business lead", AS_OF, record=False).markdown
    assert "Blocked 14 days waiting on a party nobody named yet: The parcel feed is blocked." in md
    assert "inside the project" not in md
    assert "- Unblocked, was waiting on finance: The gateway config is blocked (12 Mar)" in md


def test_the_summary_leads_with_date_moves_then_overdue_customer_commitments_then_blockers(
    repo: Repository,
) -> None:
    eng = repo.create_engagement("Globex").id
    add_meeting(repo, eng, 1, [("Sam Ortiz", "Kickoff."), ("Priya Shah", "Hello.")])
    add_meeting(repo, eng, 2, [("Priya Shah", "We can't load until finance send the cost centres."),
                               ("Dana Cole", "The cutover slips from the 2nd to the 9th of April, decided.")])
    repo.save_people(eng, PEOPLE)
    old = ActionItem(text="I'll approve the test plan by Friday.", owner="Dana Cole", side="customer",
                     due=date(2024, 3, 8), meeting_id="m1", evidence=[ev("m1", 1, "Dana Cole", "approve")])
    newer = ActionItem(text="I'll send the user list by Monday.", owner="Priya Shah", side="customer",
                       due=date(2024, 3, 18), meeting_id="m1", evidence=[ev("m1", 1, "Priya Shah", "user list")])
    ours = ActionItem(text="I'll share the runbook by Monday.", owner="Sam Ortiz", side="vendor",
                      due=date(2024, 3, 11), meeting_id="m1", evidence=[ev("m1", 0, "Sam Ortiz", "runbook")])
    stuck = Blocker(text="We can't load until finance send the cost centres.", waiting_on="finance",
                    meeting_id="m2", evidence=[ev("m2", 0, "Priya Shah", "We can't load until finance send")])
    moved = Decision(text="The cutover slips from the 2nd to the 9th of April.", meeting_id="m2",
                     evidence=[ev("m2", 1, "Dana Cole", "The cutover slips")])
    kept = Decision(text="Training stays in the Leeds office.", meeting_id="m2",
                    evidence=[ev("m2", 1, "Dana Cole", "Training stays")])
    scope = Decision(text="We start with the finance team, about twenty people, before we move everyone else over.",
                     meeting_id="m1", evidence=[ev("m1", 1, "Dana Cole", "We start with the finance team")])
    repo.save_facts(eng, [fact(f) for f in (old, newer, ours, stuck, moved, kept, scope)])
    md = DraftingService(repo).status_report(eng, "business lead", AS_OF, record=False).markdown
    summary = md.split("## Summary", 1)[1].split("##", 1)[0].strip()
    lead = summary.split(". Concerns:")[0]
    assert lead.index("Date moved: The cutover slips from the 2nd to the 9th of April (decided 12 Mar)") \
        < lead.index("Overdue customer commitments: Dana Cole - approve the test plan by Friday (18 days overdue); "
                     "Priya Shah - send the user list by Monday (8 days overdue)") \
        < lead.index("Blocked: We can't load until finance send the cost centres - waiting on finance (14 days)")
    assert "runbook" not in lead  # our own late item is in the concerns and next steps, not the customer's list
    assert "Training stays" not in lead and "Training stays in the Leeds office" in summary
    assert "finance team" not in lead  # "move everyone else over" moves people, not a date
