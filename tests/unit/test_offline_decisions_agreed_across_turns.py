"""The offline extractor on decisions the chair calls agreed after several turns ("So we're agreed. <the choice>",
"Can we say that's agreed, <the choice>?" - "Agreed.", "I'm hearing that as agreed.") and on conditional offers
("If it helps, I could run a demo"), which settle nothing (hand-written meetings, lexical model)."""

from __future__ import annotations

from assistant.models import Decision
from ingest.extraction import rules
from ingest.extraction.offline import OfflineExtractor
from tests.builders import in_room as run
from tests.builders import of


def test_the_chair_naming_the_agreement_settles_without_a_question_mark() -> None:
    for s in ("So we're agreed.", "Okay, we're all agreed then.", "I'm hearing that as agreed.",
              "Great, I'll record that as decided.", "Let's call that agreed.", "I'll minute that as a decision."):
        assert rules.DECIDED_BACKREF.match(s), s
    for s in ("So we're agreed?", "I'll record that.", "I'm hearing that the vendor agreed."):
        assert not rules.DECIDED_BACKREF.match(s), s


def test_we_are_agreed_then_the_choice_said_next_is_the_decision(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "What I'd propose is we skip the March release and put everything into April."),
        ("Ruth Okoye", "April gives us a clean quarter end."),
        ("Pavel Novak", "Honestly April's the safer answer."),
        ("Imogen Hart", "So we're all agreed. The stores cut over in the April release, and March becomes a dress "
                        "rehearsal."),
    ])
    assert "The stores cut over in the April release, and March becomes a dress rehearsal." in \
        [d.text for d in of(fs, Decision)]


def test_asking_whether_we_can_say_that_is_agreed_and_hearing_assent_records_what_was_put(extractor) -> None:
    fs = run(extractor, [
        ("Felix Brandt", "We could leave the contractors on passwords and put staff on single sign-on."),
        ("Ruth Okoye", "That suits us."),
        ("Imogen Hart", "Can we call that decided, single sign-on for staff, passwords for contractors, and the "
                        "lockout policy later?"),
        ("Ruth Okoye", "Agreed."),
        ("Pavel Novak", "Yes."),
    ])
    assert [d.text for d in of(fs, Decision)] == [
        "Single sign-on for staff, passwords for contractors, and the lockout policy later."]


def test_asking_whether_everyone_is_happy_to_agree_then_putting_the_choice_records_it(extractor) -> None:
    fs = run(extractor, [
        ("Ruth Okoye", "My view is the archived cases stay in the old system and only open ones move."),
        ("Felix Brandt", "That works technically."),
        ("Imogen Hart", "So are we happy to agree that? Open cases move, archived ones stay in the old system?"),
        ("Ruth Okoye", "Yes, that's my position."),
        ("Felix Brandt", "Agreed."),
    ])
    assert "Open cases move, archived ones stay in the old system." in [d.text for d in of(fs, Decision)]


def test_hearing_a_summary_as_agreed_makes_it_the_decision(extractor) -> None:
    fs = run(extractor, [
        ("Pavel Novak", "Then fine, let's do it."),
        ("Felix Brandt", "So the overseas enquiries get their own queue, run by the regional team."),
        ("Imogen Hart", "I'm hearing that as agreed. Ruth, anything from you?"),
    ])
    assert "The overseas enquiries get their own queue, run by the regional team." in \
        [d.text for d in of(fs, Decision)]


def test_a_conditional_offer_is_no_decision(extractor) -> None:
    # (the turn model may like an offer: the rule check is what keeps it out)
    for s in ("If there's appetite, I could do a drop-in for the store managers on the new tills.",
              "I could maybe do a handover session for the support team in January, if that helps."):
        assert OfflineExtractor._not_decision(s, set()), s
    assert not OfflineExtractor._not_decision("Then let's go with the nightly file, I can live with that.", set())
    fs = run(extractor, [
        ("Imogen Hart", "Anything else before we close?"),
        ("Felix Brandt", "If there's appetite, I could do a drop-in for the store managers on the new tills."),
        ("Ruth Okoye", "If it helps, I could probably run a short demo for the directors at some point."),
    ])
    assert of(fs, Decision) == []


def test_settling_words_after_an_assent_settle_the_summary_before_it_not_the_assent(extractor) -> None:
    fs = run(extractor, [
        ("Ruth Okoye", "So we're agreed then, the Leeds pilot on the 12th, the other depots from the 16th."),
        ("Pavel Novak", "Agreed."),
        ("Felix Brandt", "Works for me, gives me some breathing space."),
        ("Imogen Hart", "Brilliant, I'll note that as decided. So, um, actions."),
    ])
    texts = [d.text for d in of(fs, Decision)]
    assert "Works for me, gives me some breathing space." not in texts
    assert any("Leeds pilot on the 12th" in t for t in texts)
