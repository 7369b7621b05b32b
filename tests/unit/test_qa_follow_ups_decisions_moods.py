"""Follow-ups of follow-ups, 'what about X?', decisions found by who decided and the words around them, moods."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.engines.embedder import HashEmbedder
from assistant.models import ActionItem, Decision, Evidence, FactBase, FactEvent, SentimentSignal
from assistant.qa import QAService
from assistant.storage import Repository
from tests.unit.test_qa import _add_meeting

ENG = "wingtip"
NAMES = {"S1": "Dana Whitfield", "S2": "Lena Novak", "S3": "Tom Becker", "S4": "Sandra Okafor", "S5": "Jenny Cho"}
CALL1 = [
    ("S1", "First thing, the platform decision. Sandra, Snowflake versus Synapse?"),
    ("S4", "I've made the call. We're going with Snowflake on AWS."),
    ("S2", "We'll deliver the first full POS extract by November 5th."),
    ("S3", "I'll set up the staging schemas by Friday. Nothing says fun like a four hundred column spreadsheet."),
]
CALL2 = [
    ("S2", "We need another week on the POS file. So the twelfth."),
    ("S5", "I'm genuinely thrilled, honestly."),
    ("S3", "Wow. A happy customer."),
    ("S4", "Let me say something about scope. I've decided to phase this. Stores go live in January."),
]


def _ev(mid: str, seg: int, turns: list[tuple[str, str]]) -> Evidence:
    label, text = turns[seg]
    return Evidence(meeting_id=mid, segment_id=seg, speaker=NAMES[label], start=seg * 10.0, end=seg * 10.0 + 8,
                    quote=text)


def _facts() -> list[FactBase]:
    pos = ActionItem(text="We'll deliver the first full POS extract by November 5th.", owner="Lena Novak",
                     due=date(2026, 11, 12), status="slipped", meeting_id="m1",
                     evidence=[_ev("m1", 2, CALL1), _ev("m2", 0, CALL2)],
                     history=[FactEvent(at=date(2026, 10, 27), event="created", due=date(2026, 11, 5)),
                              FactEvent(at=date(2026, 11, 3), event="slipped", due=date(2026, 11, 12),
                                        evidence=[_ev("m2", 0, CALL2)])])
    facts: list[FactBase] = [
        pos,
        ActionItem(text="I'll set up the staging schemas by Friday.", owner="Tom Becker", due=date(2026, 10, 30),
                   meeting_id="m1", evidence=[_ev("m1", 3, CALL1)]),
        Decision(text="We're going with Snowflake on AWS.", meeting_id="m1", evidence=[_ev("m1", 1, CALL1)]),
        Decision(text="Stores go live in January.", meeting_id="m2", evidence=[_ev("m2", 3, CALL2)]),
        SentimentSignal(text="Tom Becker sounded negative", person="Tom Becker", polarity=-0.5, intensity=0.6,
                        meeting_id="m1", evidence=[_ev("m1", 3, CALL1)]),
        SentimentSignal(text="Tom Becker sounded negative", person="Tom Becker", polarity=-0.4, intensity=0.6,
                        meeting_id="m2", evidence=[_ev("m2", 2, CALL2)]),
        SentimentSignal(text="Jenny Cho sounded positive", person="Jenny Cho", polarity=0.7, intensity=0.7,
                        meeting_id="m2", evidence=[_ev("m2", 1, CALL2)]),
    ]
    for f in facts:
        f.assign_id()
    return facts


@pytest.fixture
def qa(tmp_path: Path) -> QAService:
    r = Repository(tmp_path / "data")
    r.create_engagement("Wingtip")
    _add_meeting(r, ENG, "m1", "Status", date(2026, 10, 27), CALL1, NAMES)
    _add_meeting(r, ENG, "m2", "Status", date(2026, 11, 3), CALL2, NAMES)
    r.save_facts(ENG, _facts())
    return QAService(r, embedder=HashEmbedder())


AS_OF = date(2026, 11, 10)


def test_a_follow_up_of_a_follow_up_still_points_at_the_item_first_asked_about(qa: QAService) -> None:
    history = [("who owns the POS extract?", "Lena Novak owns it"), ("and when is it due?", "2026-11-12")]
    a = qa.ask(ENG, "has it slipped?", history=history, as_of=AS_OF)
    assert "POS extract" in a.answer and "slipped once" in a.answer and "2026-11-05 -> 2026-11-12" in a.answer
    assert "staging schemas" not in a.answer


def test_what_about_a_person_asks_the_previous_question_about_that_person(qa: QAService) -> None:
    a = qa.ask(ENG, "what about Tom?", history=[("what is Lena's open work?", "")], as_of=AS_OF)
    assert a.answer.startswith("Tom Becker owes") and "staging schemas" in a.answer
    b = qa.ask(ENG, "what about Tom?", history=[("what is overdue?", "")], as_of=AS_OF)
    assert "staging schemas" in b.answer and "POS" not in b.answer and "said about" not in b.answer


def test_a_decision_is_found_by_who_decided_and_by_the_words_around_it(qa: QAService) -> None:
    a = qa.ask(ENG, "what did Sandra decide about the platform?", as_of=AS_OF)
    assert "Snowflake on AWS" in a.answer and "No decision" not in a.answer
    b = qa.ask(ENG, "what was decided about scope?", as_of=AS_OF)
    assert "Stores go live in January" in b.answer and "No decision" not in b.answer


def test_a_mood_question_is_answered_from_the_persons_sentiment_signals(qa: QAService) -> None:
    a = qa.ask(ENG, "is Tom frustrated?", as_of=AS_OF)
    assert a.source == "facts" and "recent sentiment is -0.45" in a.answer
    assert "Nothing says fun" in a.answer and "mentions" not in a.answer


def test_who_is_happy_ranks_people_by_their_sentiment_not_by_the_word_happy(qa: QAService) -> None:
    a = qa.ask(ENG, "who is happy with the project?", as_of=AS_OF)
    lines = [x for x in a.answer.splitlines() if x.startswith("- ")]
    assert lines and lines[0].startswith("- Jenny Cho") and "genuinely thrilled" in lines[0]
    assert not any("Tom Becker" in x for x in lines)
