"""A later decision that changes an earlier one on the same thing ("go-live moves from the January payroll to the
February payroll" after "two parallel runs, then go-live on the January payroll") marks the earlier one superseded
with the new decision's quote (assistant.tracking); Ask answers with the decision in force first and says which one
was superseded (assistant.qa)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from assistant.engines.embedder import HashEmbedder
from assistant.models import Decision, Evidence, FactBase, Meeting, Person
from assistant.qa import Answer, QAService
from assistant.storage import Repository
from assistant.tracking import merge_meeting_facts, superseded_by
from tests.unit.test_qa import _add_meeting

PEOPLE = [Person(name="Imogen Hart"), Person(name="Ruth Okoye")]
DAY1, DAY2 = date(2026, 9, 16), date(2026, 11, 11)


def _meeting(mid: str, day: date) -> Meeting:
    from datetime import datetime
    return Meeting(meeting_id=mid, engagement_id="e", title="Status", date=day, source_file="x.vtt", sha256=mid,
                   source_kind="import", speaker_names={}, ingested_at=datetime.combine(day, datetime.min.time()))


def _decision(mid: str, seg: int, text: str) -> Decision:
    return Decision(text=text, meeting_id=mid, evidence=[Evidence(meeting_id=mid, segment_id=seg, start=seg * 10.0,
                                                                  end=seg * 10.0 + 8,
                                                                  speaker="Imogen Hart", quote=text)])


def _merge(*calls: tuple[str, date, list[FactBase]]) -> list[FactBase]:
    meetings = [_meeting(mid, day) for mid, day, _ in calls]
    facts: list[FactBase] = []
    for m, (_, _, new) in zip(meetings, calls, strict=True):
        facts = merge_meeting_facts(facts, new, m, None, meetings=meetings, people=PEOPLE)
    return facts


def _ask_after_two_calls(tmp_path: Path, call1: list[tuple[str, str]], call2: list[tuple[str, str]],
                         decided2: list[int], question: str) -> Answer:
    """Ask an engagement of two status calls whose decisions are call 1's turn 3 and the given turns of call 2."""
    r = Repository(tmp_path / "data")
    r.create_engagement("Wingtip")
    names = {"S1": "Imogen Hart", "S2": "Ruth Okoye"}
    _add_meeting(r, "wingtip", "m1", "Status", DAY1, call1, names)
    _add_meeting(r, "wingtip", "m2", "Status", DAY2, call2, names)
    facts = _merge(("m1", DAY1, [_decision("m1", 3, call1[3][1])]),
                   ("m2", DAY2, [_decision("m2", i, call2[i][1]) for i in decided2]))
    r.save_facts("wingtip", facts)
    return QAService(r, embedder=HashEmbedder()).ask("wingtip", question, as_of=date(2026, 11, 12))


def test_a_later_decision_changing_the_same_thing_supersedes_the_earlier_one() -> None:
    facts = _merge(
        ("m1", DAY1, [_decision("m1", 3, "Two parallel runs alongside the old payroll, then go-live on the "
                                         "January payroll."),
                      _decision("m1", 9, "Drivers log in with their employee number and a PIN.")]),
        ("m2", DAY2, [_decision("m2", 4, "Go-live moves from the January payroll to the February payroll, and "
                                         "January becomes a third parallel run.")]),
    )
    by_text = {f.text.split()[0]: f for f in facts}
    later = superseded_by(by_text["Two"])
    assert later is not None and later.at == DAY2 and "February payroll" in later.note
    assert later.evidence and later.evidence[0].meeting_id == "m2"
    assert superseded_by(by_text["Drivers"]) is None  # another subject
    assert superseded_by(by_text["Go-live"]) is None  # the decision in force


def test_a_later_decision_that_changes_nothing_supersedes_nothing() -> None:
    facts = _merge(
        ("m1", DAY1, [_decision("m1", 3, "Two parallel runs, then go-live on the January payroll.")]),
        ("m2", DAY2, [_decision("m2", 4, "The parallel runs are signed off by the payroll manager.")]),
    )
    assert all(superseded_by(f) is None for f in facts)


def test_re_merging_the_later_meeting_does_not_mark_it_twice() -> None:
    m1 = [_decision("m1", 3, "Two parallel runs, then go-live on the January payroll.")]
    m2 = [_decision("m2", 4, "Go-live moves to the February payroll; January becomes a third parallel run.")]
    meetings = [_meeting("m1", DAY1), _meeting("m2", DAY2)]
    facts = merge_meeting_facts([], m1, meetings[0], None, meetings=meetings, people=PEOPLE)
    for _ in range(2):
        facts = merge_meeting_facts(facts, m2, meetings[1], None, meetings=meetings, people=PEOPLE)
    first = next(f for f in facts if f.meeting_id == "m1")
    assert sum(e.event == "updated" for e in first.history) == 1


def test_ask_puts_the_decision_in_force_first_and_names_the_superseded_one(tmp_path: Path) -> None:
    call1 = [("S1", "Anything else?"), ("S2", "No."), ("S1", "Okay."),
             ("S1", "Great, so that's agreed then, two parallel runs and January go-live.")]
    call2 = [("S1", "Hello."), ("S2", "Hi."), ("S1", "So."), ("S1", "Right."),
             ("S1", "Go-live moves from the January payroll to the February payroll, and January becomes a third "
                    "parallel run.")]
    a = _ask_after_two_calls(tmp_path, call1, call2, [4], "what was decided about the go-live?")
    lines = a.answer.splitlines()
    assert "February payroll" in lines[1] and "superseded" not in lines[1]
    assert "January go-live" in lines[2] and f"superseded on {DAY2.isoformat()}" in lines[2]


def test_the_status_report_leads_with_the_latest_date_move_and_marks_the_superseded_decision(tmp_path: Path) -> None:
    from assistant.drafting import DraftingService
    from assistant.models import FactEvent
    from tests.builders import ev, fact
    from tests.unit.test_drafting import AS_OF, DAYS
    from tests.unit.test_drafting import PEOPLE as REPORT_PEOPLE
    from tests.unit.test_drafting import add_meeting as add_report_meeting

    repo = Repository(tmp_path / "data")
    eng = repo.create_engagement("Globex").id
    add_report_meeting(repo, eng, 1, [("Sam Ortiz", "Kickoff."), ("Dana Cole", "The cutover moves to the 2nd of "
                                                                               "April, decided.")])
    add_report_meeting(repo, eng, 2, [("Sam Ortiz", "Hello."), ("Dana Cole", "The cutover slips from the 2nd to "
                                                                             "the 9th of April, decided.")])
    repo.save_people(eng, REPORT_PEOPLE)
    first = Decision(text="The cutover moves to the 2nd of April.", meeting_id="m1",
                     evidence=[ev("m1", 1, "Dana Cole", "The cutover moves")])
    latest = Decision(text="The cutover slips from the 2nd to the 9th of April.", meeting_id="m2",
                      evidence=[ev("m2", 1, "Dana Cole", "The cutover slips")])
    first.history = [FactEvent(at=DAYS[0], event="created", meeting_id="m1"),
                     FactEvent(at=DAYS[1], event="updated", meeting_id="m2",
                               note="superseded by a later decision: " + latest.text, evidence=latest.evidence)]
    repo.save_facts(eng, [fact(first), fact(latest)])
    md = DraftingService(repo).status_report(eng, "business lead", AS_OF, record=False).markdown
    summary = md.split("## Summary", 1)[1].split("##", 1)[0]
    assert "The cutover slips from the 2nd to the 9th of April" in summary
    assert "moves to the 2nd of April" not in summary
    decisions = md.split("## Decisions", 1)[1].split("##", 1)[0]
    assert f"The cutover moves to the 2nd of April. (superseded on {DAYS[1].isoformat()})" in decisions


def test_a_later_decision_setting_another_date_for_the_same_thing_supersedes_the_earlier_one() -> None:
    facts = _merge(
        ("m1", DAY1, [_decision("m1", 3, "General first, the first of Feb, the other two sites four weeks after."),
                      _decision("m1", 9, "UAT uses the anonymised patient set, no live copies.")]),
        ("m2", DAY2, [_decision("m2", 4, "Decided: General on the 8th of March, the other two sites four weeks "
                                         "later.")]),
    )
    by_text = {f.text.split()[0]: f for f in facts}
    later = superseded_by(by_text["General"])
    assert later is not None and "8th of March" in later.note
    assert superseded_by(by_text["UAT"]) is None and superseded_by(by_text["Decided:"]) is None


def test_the_thing_moved_to_another_date_supersedes_the_decision_that_set_the_first_one() -> None:
    facts = _merge(
        ("m1", DAY1, [_decision("m1", 3, "Okay, pilot on the 16th of October."),
                      _decision("m1", 9, "Training on the 14th of October for the pilot depot.")]),
        ("m2", DAY2, [_decision("m2", 4, "So the pilot moves to the 23rd of October.")]),
    )
    by_text = {f.text.split()[1]: f for f in facts}
    assert superseded_by(by_text["pilot"]) is not None
    assert superseded_by(by_text["on"]) is None  # the training: another thing, though it names the pilot


def test_the_same_date_said_again_or_a_dated_decision_on_another_thing_supersedes_nothing() -> None:
    facts = _merge(
        ("m1", DAY1, [_decision("m1", 3, "General first, the first of Feb, the other two sites four weeks after.")]),
        ("m2", DAY2, [_decision("m2", 4, "Confirmed, General on the first of Feb, the other two sites four weeks "
                                         "after."),
                      _decision("m2", 6, "The super-user training runs on the 8th of March.")]),
    )
    assert all(superseded_by(f) is None for f in facts)


def test_ask_about_go_live_answers_the_decision_that_moved_it_and_not_one_about_live_copies(tmp_path: Path) -> None:
    call1 = [("S1", "Anything else?"), ("S2", "No."), ("S1", "Okay."),
             ("S1", "Okay, decided, General goes live on the twenty-second of February, the other two four weeks "
                    "after.")]
    call2 = [("S1", "Hello."), ("S2", "Hi."), ("S1", "So, UAT uses the anonymised patient set, no live copies."),
             ("S1", "Right."), ("S1", "So decided: General on the 8th of March, the other two four weeks later.")]
    a = _ask_after_two_calls(tmp_path, call1, call2, [2, 4], "what was decided about the go-live date?")
    lines = a.answer.splitlines()
    assert "8th of March" in lines[1] and "superseded" not in lines[1]
    assert "twenty-second of February" in lines[2] and f"superseded on {DAY2.isoformat()}" in lines[2]
    assert "UAT" not in a.answer


def test_ask_lists_the_decision_the_answered_one_changed_though_it_does_not_name_the_topic(tmp_path: Path) -> None:
    call1 = [("S1", "Anything else?"), ("S2", "No."), ("S1", "Okay."),
             ("S1", "That's agreed, three pilot practices on the 16th of November, the rest in January.")]
    call2 = [("S1", "Hello."), ("S2", "Hi."), ("S1", "So."), ("S1", "Right."),
             ("S1", "Decided, the pilot go-live moves from the 16th to the 30th of November, same three practices.")]
    a = _ask_after_two_calls(tmp_path, call1, call2, [4], "what was decided about the go-live date?")
    lines = a.answer.splitlines()
    assert "30th of November" in lines[1] and "superseded" not in lines[1]
    assert "16th of November" in lines[2] and f"superseded on {DAY2.isoformat()}" in lines[2]
