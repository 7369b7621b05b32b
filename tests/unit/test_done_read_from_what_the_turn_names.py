"""Done and slipped read from what a turn names around them: someone's piece of work praised ("Idris's workbook is
great") exists, "they" after a short sentence naming one item's thing ("Can I do the slides? They're on the
portal.") is that thing, a promise after "The branch managers are next." is that other work, not a new date
for the item the prompt asked about, and a report about as close to two items of one owner goes to the one whose
own words it names ("VPN's working now" is the VPN account, not "I'll chase them today")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import FactBase, Person
from ingest.extraction.followup import _new_work_before, done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import weekly_tracker

PEOPLE = [Person(name=n) for n in ("Nora Quinn", "Idris Cole", "Maria Lopez", "Kemi Hart")]
WEEK1 = date(2026, 10, 5)  # a Monday
SLIDES_PROMISED = [("Nora Quinn", "Maria, the training material?"),
                   ("Maria Lopez", "I'll get the training slides recorded by the end of the month.")]


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)  # type: ignore[no-any-return]


@pytest.mark.parametrize("sentence", [
    "Idris's workbook is great.",
    "Lou's cheat sheet is better than my manual.",
    "And Priti's seating plan is brilliant, by the way.",
    "Kemi's checklist was really good.",
])
def test_someones_piece_of_work_praised_is_a_report_of_that_thing(sentence: str) -> None:
    report = done_report(sentence)
    assert report is not None and report.doer == "thing"


@pytest.mark.parametrize("sentence", [
    "Idris's workbook would be great.",       # a wish
    "Idris's workbook isn't great.",
    "Is Idris's workbook great?",
    "The weather is great.",                  # nobody's work
])
def test_praise_that_is_a_wish_a_question_or_of_nobodys_work_is_no_report(sentence: str) -> None:
    assert done_report(sentence) is None


def test_the_owners_work_praised_by_someone_else_closes_their_item(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Nora Quinn", "Idris, the users will need something to follow."),
         ("Idris Cole", "I'll write a workbook for the warehouse users by Friday.")],
        [("Nora Quinn", "Kemi, how did the warehouse session go?"),
         ("Kemi Hart", "Fine. Idris's workbook is great, they all had it open.")],
    )
    assert [(i.owner, i.status) for i in items(facts)] == [("Idris Cole", "done")]


def test_they_after_a_short_sentence_naming_one_items_thing_closes_that_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Maria, the training material?"),
         ("Maria Lopez", "I'll get the how-to clips filmed by the end of the month.")],
        [("Nora Quinn", "Maria, where are we with the floor staff?"),
         ("Kemi Hart", "Can I do the clips? They're on the intranet. I watched the filing one twice.")],
    )
    assert [(i.owner, i.status) for i in items(facts)] == [("Maria Lopez", "done")]


def test_they_after_a_sentence_naming_a_thing_two_items_hold_closes_neither(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [*SLIDES_PROMISED,
         ("Idris Cole", "I'll add captions to the slides by Friday the thirtieth.")],
        [("Nora Quinn", "Training?"),
         ("Kemi Hart", "Can I do the slides? They're on the portal.")],
    )
    assert {i.status for i in items(facts)} == {"open"}


@pytest.mark.parametrize("earlier, other", [
    ("The Newcastle secretaries are next.", True),
    ("Thank you. So, the branch managers are next.", True),
    ("Next up, the branch managers.", True),
    ("Next, the cutover rehearsal.", True),
    ("The videos are next.", False),                 # the item's own thing
    ("What's next on the videos?", False),           # a question
    ("It's next on my list.", False),                # "it" names nothing
    ("Next week is busy.", False),
])
def test_a_sentence_saying_other_work_is_next_gives_the_date_after_it_to_that_work(earlier: str, other: bool) -> None:
    assert _new_work_before(earlier, {"video", "record"}, set()) is other


def test_a_promise_after_other_work_is_said_to_be_next_is_that_work_not_a_slip(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        SLIDES_PROMISED,
        [("Nora Quinn", "Maria, the slides?"),
         ("Maria Lopez", "Recorded, and on the portal."),
         ("Nora Quinn", "Lovely."),
         ("Maria Lopez", "The branch managers are next. I'll have all of them through their induction by Wednesday "
                         "the twenty-first.")],
    )
    slides = next(i for i in items(facts) if "slides" in i.text)
    assert slides.status == "done" and slides.due == date(2026, 10, 30)
    assert any("branch managers" in i.text or "induction" in i.text for i in items(facts) if i is not slides)


def test_a_promise_after_the_items_own_thing_is_said_to_be_next_moves_its_date(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        SLIDES_PROMISED,
        [("Nora Quinn", "Maria, what's left?"),
         ("Maria Lopez", "The training slides are next. I'll have them recorded by Friday the sixth of November.")],
    )
    slides = next(i for i in items(facts) if "slides" in i.text)
    assert slides.status == "slipped" and slides.due == date(2026, 11, 6)


VPN_PROMISED = [("Idris Cole", "And I'll need a way in. VPN or whatever you use."),
                ("Kemi Hart", "Yeah, I'll get your VPN account set up, give me till Tuesday. We use a token thing."),
                ("Nora Quinn", "And the test server?"),
                ("Kemi Hart", "I'll have the test VM built by Wednesday.")]
VPN_WORKING = [("Nora Quinn", "Idris, the mapping?"),
               ("Idris Cole", "Yep. So, good news, I'm in. VPN's working now, thanks Kemi."),
               ("Kemi Hart", "Sorry it took a while.")]


def test_a_report_as_close_to_two_items_goes_to_the_one_whose_own_words_it_names(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        VPN_PROMISED,
        [("Nora Quinn", "Idris, how's the mapping going?"),
         ("Idris Cole", "I still can't get on it. The VPN token hasn't come through, so I can't get onto the test "
                        "server at all."),
         ("Kemi Hart", "Ah. Yeah. The tokens come from our security provider, they've been slow. I'll chase them "
                       "today. I'll have it sorted by tomorrow.")],
        VPN_WORKING,
    )
    assert [i.text for i in items(facts, "done")] == ["I'll get your VPN account set up, give me till Tuesday."]
    assert any(i.text.startswith("I'll chase them today") for i in items(facts, "open"))


def test_a_report_naming_words_two_items_share_closes_neither(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Idris Cole", "And I'll need a way in. VPN or whatever you use."),
         ("Kemi Hart", "Yeah, I'll get your VPN account set up by Tuesday."),
         ("Nora Quinn", "And the software?"),
         ("Kemi Hart", "I'll send you the VPN client installer by Tuesday as well.")],
        VPN_WORKING,
    )
    assert {i.status for i in items(facts)} == {"open"}
