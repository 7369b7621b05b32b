"""Ask: whether a piece of work is done and who does it, however the question is worded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.engines.embedder import HashEmbedder
from assistant.models import ActionItem, Attendance, Blocker, Decision, Evidence, FactBase, FactEvent
from assistant.qa import QAService, _intent
from assistant.storage import Repository
from tests.unit.test_qa import _add_meeting

NAMES = {
    "N": "Nina Vance", "K": "Karl Berg", "L": "Lena Fox", "R": "Rohan Mehta", "I": "Ingrid Dahl",
    "T": "Tom Reilly", "M": "Maya Stone", "A": "Aisha Kamara", "O": "Owen Bright",
}
CALL_1 = [
    ("N", "Morning. Karl, the test scripts need a sign-off from you before testing starts. Can you go through them by Friday?"),
    ("K", "Fine. Friday."),
    ("L", "We'll get the test scripts over by Wednesday."),
    ("N", "And from me, the cutover approach document. Which weekend, what order, rollback. I'm aiming for the fifteenth."),
    ("R", "Just so everyone's clear, I can't start the trial load until I've got the extract."),
    ("N", "Ingrid, the data protection assessment needs an owner on your side. Could you own that one?"),
    ("I", "Yes, I'll own it. I'll have a draft by the twentieth."),
    ("T", "I'll set up the punch-out demo by the twelfth."),
    ("O", "I'll get the assessment template over to Ingrid by Wednesday."),
    ("O", "I'll build the label rules for the three printers."),
    ("N", "Karl, we still need the printer list for the label rules. You'll send that over?"),
    ("N", "Colin sends his apologies today."),
    ("R", "You'll have a first cut of the GL mapping workbook by Friday."),
    ("K", "I'll get the thresholds signed off by Friday."),
    ("K", "Thresholds, near enough done."),
]
CALL_2 = [
    ("R", "I've got the extract, so I'm unblocked on the trial load. I'm aiming for Friday."),
    ("K", "Honestly? Can Maya take the status code table? I'm drowning. I've started it, but --"),
    ("M", "Yeah, I'll take it. Same date, the ninth."),
    ("N", "Tom, the punch-out demo, let's park that, it's not needed."),
    ("I", "I'm going to need until the fourth of June for the assessment draft, sorry."),
    ("O", "The assessment template went over on Tuesday."),
    ("L", "Sorry, going back to the GL mapping. I want to be realistic about sign-off."),
    ("N", "Go on."),
    ("L", "Let's say I sign it off by the twenty-ninth."),
    ("L", "The workflow config is stuck until Karl signs off the thresholds."),
]
CALL_3 = [
    ("N", "Rohan, trial load?"),
    ("R", "Ran it on Thursday."),
    ("A", "Colin signed the work order on Monday."),
    ("N", "Agreed, go-live moves to the twenty-ninth of June."),
    ("N", "I'll reissue the plan with the new go-live date."),
]
DAYS = {"c1": date(2026, 5, 4), "c2": date(2026, 5, 11), "c3": date(2026, 5, 18)}
CALLS = {"c1": CALL_1, "c2": CALL_2, "c3": CALL_3}


def _ev(mid: str, seg: int, quote: str = "") -> Evidence:
    label, text = CALLS[mid][seg]
    return Evidence(meeting_id=mid, segment_id=seg, speaker=NAMES[label], start=seg * 10.0, end=seg * 10.0 + 8,
                    quote=quote or text)


def _item(text: str, owner: str, mid: str, seg: int, due: date | None, *events: FactEvent,
          status: str = "open") -> ActionItem:
    """An item quoted by its own sentence (the extractor's quote), not the whole turn it was said in."""
    created = FactEvent(at=DAYS[mid], event="created", meeting_id=mid, due=due)
    evidence = [_ev(mid, seg, text), *(e for ev in events for e in ev.evidence)]
    last_due = next((e.due for e in reversed(events) if e.due), due)
    return ActionItem(text=text, owner=owner, due=last_due, status=status, meeting_id=mid,  # type: ignore[arg-type]
                      evidence=evidence, history=[created, *events])


def _event(kind: str, mid: str, *segs: int, due: date | None = None) -> FactEvent:
    return FactEvent(at=DAYS[mid], event=kind, meeting_id=mid, due=due,  # type: ignore[arg-type]
                     evidence=[_ev(mid, s) for s in segs])


@pytest.fixture
def qa(tmp_path: Path) -> QAService:
    return depot_qa(tmp_path)


def depot_qa(tmp_path: Path) -> QAService:
    r = Repository(tmp_path / "data")
    r.create_engagement("Depot")
    for mid, turns in CALLS.items():
        _add_meeting(r, "depot", mid, f"Weekly {mid[1]}", DAYS[mid], turns,
                     names={label: NAMES[label] for label, _ in turns})
    blocker = Blocker(text="I can't start the trial load until I've got the extract.", status="resolved",
                      meeting_id="c1", evidence=[_ev("c1", 4), _ev("c2", 0)],
                      history=[FactEvent(at=DAYS["c1"], event="created", meeting_id="c1"), _event("done", "c2", 0)])
    facts: list[FactBase] = [
        _item("Can you go through them by Friday?", "Karl Berg", "c1", 0, date(2026, 5, 8)),
        _item("We'll get the test scripts over by Wednesday.", "Lena Fox", "c1", 2, date(2026, 5, 6),
              _event("done", "c2", 0), status="done"),
        _item("Which weekend, what order, rollback. I'm aiming for the fifteenth.", "Nina Vance", "c1", 3,
              date(2026, 5, 15)),
        blocker,
        _item("I'm unblocked on the trial load. I'm aiming for Friday.", "Rohan Mehta", "c2", 0, date(2026, 5, 15),
              _event("done", "c3", 1, 0), status="done"),
        _item("Yes, I'll own it. I'll have a draft by the twentieth.", "Ingrid Dahl", "c1", 6, date(2026, 5, 20),
              _event("slipped", "c2", 4, due=date(2026, 6, 4)), status="slipped"),
        _item("I'll set up the punch-out demo by the twelfth.", "Tom Reilly", "c1", 7, date(2026, 5, 12),
              _event("dropped", "c2", 3), status="dropped"),
        _item("I'll get the assessment template over to Ingrid by Wednesday.", "Owen Bright", "c1", 8, date(2026, 5, 6),
              _event("done", "c2", 5), status="done"),
        _item("Colin's going to sign the work order, he told me by the end of next week.", "Colin", "c1", 4,
              date(2026, 5, 15), _event("done", "c3", 2), status="done"),
    ]
    facts += [
        _item("I'll build the label rules for the three printers.", "Owen Bright", "c1", 9, date(2026, 5, 8),
              _event("done", "c2", 5), status="done"),
        _item("Karl, we still need the printer list for the label rules. You'll send that over?", "Karl Berg", "c1",
              10, date(2026, 5, 6)),
        Decision(text="Agreed, go-live moves to the twenty-ninth of June.", meeting_id="c3", evidence=[_ev("c3", 3)]),
        _item("I'll reissue the plan with the new go-live date.", "Nina Vance", "c3", 4, None),
        _item("You'll have a first cut of the GL mapping workbook by Friday.", "Rohan Mehta", "c1", 12,
              date(2026, 5, 8)),
        _item("Let's say I sign it off by the twenty-ninth.", "Lena Fox", "c2", 8, date(2026, 5, 29)),
        _item("I'll get the thresholds signed off by Friday.", "Karl Berg", "c1", 13, date(2026, 5, 8),
              _event("done", "c1", 14), status="done"),
        Blocker(text="The workflow config is stuck until Karl signs off the thresholds.", waiting_on="Karl Berg",
                meeting_id="c2", evidence=[_ev("c2", 9)],
                history=[FactEvent(at=DAYS["c2"], event="created", meeting_id="c2")]),
        Attendance(text="Colin sent apologies", person="Colin", present=False, meeting_id="c1",
                   evidence=[_ev("c1", 11)]),
    ]
    for f in facts:
        f.assign_id()
    r.save_facts("depot", facts)
    return QAService(r, embedder=HashEmbedder())


def ask(qa: QAService, question: str) -> str:
    return qa.ask("depot", question, as_of=date(2026, 5, 20)).answer


@pytest.mark.parametrize(
    "question",
    ["Has the work order been signed?", "Did Colin sign the work order?", "Is the work order signed yet?"],
)
def test_whether_work_is_done_is_answered_from_its_commitment_whatever_verb_the_question_uses(
    qa: QAService, question: str
) -> None:
    a = qa.ask("depot", question, as_of=date(2026, 5, 20))
    assert a.source == "facts"
    assert a.answer.startswith("Yes, reported done on 2026-05-18: Colin's going to sign the work order"), a.answer
    assert 'Closed by: "Colin signed the work order on Monday."' in a.answer


def test_is_the_work_done_answers_from_the_commitment_not_the_blocker_that_waited_for_it(qa: QAService) -> None:
    a = ask(qa, "Is the trial load done?")
    assert a.startswith("Yes, reported done on 2026-05-18: I'm unblocked on the trial load"), a
    # The words that report it, not the PM's prompt they answered.
    assert 'Closed by: "Ran it on Thursday."' in a and "Rohan, trial load?" not in a


def test_work_recorded_done_that_a_later_open_blocker_still_waits_for_is_not_a_plain_yes(qa: QAService) -> None:
    a = ask(qa, "Has Karl signed off the thresholds?")
    assert a.startswith("Recorded as done on 2026-05-04: get the thresholds signed off by Friday (Karl Berg) [1]; "
                        "but a blocker raised on 2026-05-11 still waits on Karl Berg for it: \"The workflow config "
                        "is stuck until Karl signs off the thresholds.\" [2]."), a
    assert not a.startswith("Yes")


def test_work_that_was_dropped_is_answered_no_with_the_words_that_dropped_it(qa: QAService) -> None:
    a = ask(qa, "Is the punch-out demo still happening?")
    assert a.startswith("No, it was dropped on 2026-05-11 (not done): set up the punch-out demo by the twelfth"), a
    assert 'Dropped by: "Tom, the punch-out demo, let\'s park that, it\'s not needed."' in a


def test_a_sign_off_is_the_commitment_whose_own_turn_names_it_not_the_delivery_of_what_is_signed(
    qa: QAService,
) -> None:
    done = ask(qa, "Is the test script sign-off done?")
    assert done.startswith("Not recorded as done: Can you go through them by Friday (Karl Berg)"), done
    owner = ask(qa, "Who owns the test script sign-off?")
    assert owner.startswith("Karl Berg owns it: Can you go through them by Friday"), owner


def test_a_sign_off_named_before_a_listeners_go_on_is_the_owners_own_turn(qa: QAService) -> None:
    a = ask(qa, "Who owns the GL mapping sign-off?")
    assert a.startswith("Lena Fox owns it: Let's say I sign it off by the twenty-ninth"), a


def test_the_status_of_a_piece_of_work_is_its_state_from_the_facts_not_the_projects_colour(qa: QAService) -> None:
    done = ask(qa, "What's the status of the trial load?")
    assert done.startswith("Done, reported on 2026-05-18: I'm unblocked on the trial load"), done
    open_ = ask(qa, "Where are we with the data protection assessment?")
    assert open_ == (
        "Open, slipped once: own it. I'll have a draft by the twentieth (Ingrid Dahl) (due 2026-06-04) [1]. Latest, "
        "2026-05-11: \"I'm going to need until the fourth of June for the assessment draft, sorry.\" [2]."
    ), open_
    late = qa.ask("depot", "Any update on Karl's printer list?", as_of=date(2026, 5, 20)).answer
    assert late.startswith("Open: Karl, we still need the printer list") and "(due 2026-05-06, overdue)" in late, late


def test_work_named_only_in_the_question_its_commitment_answered_is_found(qa: QAService) -> None:
    a = ask(qa, "Is the data protection assessment done?")
    assert a.startswith("Not recorded as done: own it. I'll have a draft by the twentieth (Ingrid Dahl)"), a
    assert "status: slipped, due 2026-06-04" in a


def test_a_person_named_in_a_done_question_says_whose_work_it_is_not_which_words_to_match(qa: QAService) -> None:
    a = ask(qa, "Has Ingrid finished the assessment?")
    assert "(Ingrid Dahl)" in a and "template" not in a, a


@pytest.mark.parametrize(
    ("question", "owner"),
    [("Who is running the trial load?", "Rohan Mehta"), ("Who's sending the assessment template?", "Owen Bright")],
)
def test_who_is_doing_the_work_with_its_own_verb_asks_for_the_owner(qa: QAService, question: str, owner: str) -> None:
    a = ask(qa, question)
    assert a.startswith(f"{owner} owns it:"), a


def test_a_question_cut_off_in_its_turn_brings_the_reply_of_the_person_it_asked(qa: QAService) -> None:
    a = ask(qa, "Who is doing the status code table?")
    assert "answered by Maya Stone: \"Yeah, I'll take it. Same date, the ninth.\"" in a, a


def test_who_does_the_work_names_the_item_with_every_word_asked_before_an_open_one_with_some(qa: QAService) -> None:
    a = ask(qa, "Who is building the label rules?")
    assert a.startswith("Owen Bright owns it: build the label rules for the three printers"), a


@pytest.mark.parametrize("question", ["Did the go-live slip?", "Has the go-live been pushed back?"])
def test_whether_a_date_slipped_is_answered_by_the_decision_that_moved_it(qa: QAService, question: str) -> None:
    a = ask(qa, question)
    assert a.startswith("Yes, it was moved by a decision on 2026-05-18 in Weekly 3: Agreed, go-live moves to the "
                        "twenty-ninth of June (said by Nina Vance) [1]."), a


def test_someone_whose_absence_was_excused_once_missed_every_meeting_they_were_not_at(qa: QAService) -> None:
    a = ask(qa, "Has Colin been attending the calls?")
    assert a.startswith("Colin attended 0 of 3 recorded meetings and was recorded as absent from 3: Weekly 1 "
                        "(2026-05-04, apologies sent), Weekly 2 (2026-05-11, not heard), Weekly 3 (2026-05-18, not "
                        "heard)."), a


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("did the go-live slip?", "overdue"),
        ("was the cutover delayed?", "overdue"),
        ("did Alan come back on the content freeze date?", "done"),
        ("are the firewall ports open?", "done"),
        ("who is going to write the runbook?", "owner"),
        ("who's on the hook for the network diagram?", "owner"),
        ("what's the status of the trial load?", "progress"),
        ("where are we with the GL mapping?", "progress"),
        ("how is the data load going?", "progress"),
        ("what is the latest on the firewall?", "progress"),
    ],
)
def test_a_question_is_taken_for_what_it_asks_whatever_verb_it_uses(question: str, intent: str) -> None:
    assert _intent(question)[0] == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("is the data sharing agreement done?", "done"),  # "agreement" is no agreeing
        ("did Fiona attend the calls?", "attendance"),
        ("has Fiona been attending the calls?", "attendance"),
        ("was Karen in?", "attendance"),
        ("how often has Rosalind been on the calls?", "attendance"),
        ("does the sponsor ever turn up?", "attendance"),
        ("did we agree on the go-live?", "decision"),
        ("is Gareth content with the plan?", "mood"),
        ("who is blocking the port?", "blocker"),
        ("are there any open items?", "open"),
        ("what's the status of the project?", "status"),
        ("what's the status?", "status"),
        ("how is the project going?", "status"),
        ("any updates?", "changes"),
    ],
)
def test_the_wider_done_and_owner_questions_leave_other_intents_their_questions(question: str, intent: str) -> None:
    assert _intent(question)[0] == intent


@pytest.mark.parametrize("question", ["Has the test with Tom been done?", "Did Tom do the test scripts?"])
def test_is_it_done_naming_a_person_never_answers_yes_with_someone_elses_item(qa: QAService, question: str) -> None:
    # Lena's done "test scripts" share the words; nothing recorded involves Tom and a test
    said = ask(qa, question)
    assert not said.startswith("Yes") and "Lena Fox" not in said


def test_is_it_done_naming_the_owner_still_answers_from_their_item(qa: QAService) -> None:
    assert ask(qa, "Has Lena sent the test scripts?").startswith("Yes, reported done")
