"""Three ways a sentence looked like news of an open item without being it (the blind audits harwick and
kirkstall, session 47): the host's summary says a done again ("Darren's fees are in." after "Darren's fee codes
are in."), which then closed the same owner's other item; a story from another job ("I did a college in Wigan
where ..."); and work kept back on purpose ("I held it back"). None of them closes an item, while the done it
restates, and a plain done of the other item, still do."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import Person
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, weekly_tracker

PEOPLE = [Person(name="Joanna Pryce", side="vendor"), Person(name="Darren Lowe", side="customer"),
          Person(name="Sian Wells", side="vendor"), Person(name="Callum Shaw", side="customer")]
WED = date(2026, 10, 21)
WEEK1 = [("Joanna Pryce", "Darren, the fee codes for next year?"),
         ("Darren Lowe", "I'll send you next year's fee codes by Monday, Sian. And I'll send you the ID card export "
                         "on Monday too, with a sample, so you can see what the printer eats."),
         ("Sian Wells", "Lovely, thanks."),
         ("Joanna Pryce", "Callum, the login page?"),
         ("Callum Shaw", "I'll build the student login page in our test tenant by the end of next week."),
         ("Joanna Pryce", "And from me, I'll reissue the cutover plan by Monday, with who's doing what.")]


def _status(facts: list[Any], words: str) -> str:
    return next(i.status for i in action_items(facts) if words in i.text)


def _week2(*middle: tuple[str, str]) -> list[tuple[str, str]]:
    return [("Joanna Pryce", "Morning all. Sian, anything from Darren?"),
            ("Sian Wells", "Darren's fee codes are in. Mostly right."), *middle,
            ("Joanna Pryce", "Right, summary. Darren's fees are in. Callum's page is next week."),
            ("Callum Shaw", "Yep.")]


def test_a_done_said_again_in_the_summary_does_not_close_the_owners_other_item(
        minilm_extractor: OfflineExtractor, minilm: Any) -> None:
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, WED)(WEEK1, _week2())
    assert _status(facts, "fee codes") == "done"
    assert _status(facts, "ID card export") == "open"


def test_the_other_item_still_closes_on_its_own_done(minilm_extractor: OfflineExtractor, minilm: Any) -> None:
    week2 = _week2(("Joanna Pryce", "And the ID card export?"),
                   ("Sian Wells", "That came Monday as well, with the sample. The printer ate it."))
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, WED)(WEEK1, week2)
    assert _status(facts, "fee codes") == "done"
    assert _status(facts, "ID card export") == "done"


def test_a_story_from_another_job_does_not_close_the_tellers_item(minilm_extractor: OfflineExtractor,
                                                                 minilm: Any) -> None:
    week2 = [("Joanna Pryce", "Callum, the student login page, with single sign-on off for now?"),
             ("Callum Shaw", "I did a college in Wigan where they switched the student login page over in enrolment "
                             "week and four thousand students got locked out at once."),
             ("Joanna Pryce", "Okay. Thanks, Callum.")]
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, WED)(WEEK1, week2)
    assert _status(facts, "student login page") == "open"


def test_work_kept_back_is_not_done(minilm_extractor: OfflineExtractor, minilm: Any) -> None:
    week2 = [("Joanna Pryce", "And I owe you one. The cutover plan I promised for Monday, I held it back, because I "
                              "didn't know which date to put on it."),
             ("Darren Lowe", "Fair.")]
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, WED)(WEEK1, week2)
    assert _status(facts, "cutover plan") != "done"


@pytest.mark.parametrize(("sentence", "done"), [
    ("The last time I helped out airside as a favour, I ended up on a stand at midnight holding a ladder.", False),
    ("Last time I checked, the extract had gone to Ruth.", True),  # a status, not a story
    ("I held it back, because I didn't know which date to put on it.", False),
    ("I held the workshop on Friday.", True),  # held, but not back
])
def test_a_story_or_work_kept_back_is_no_report_of_done(sentence: str, done: bool) -> None:
    assert (done_report(sentence) is not None) is done


def _candidate(item: Any, segment: int, text: str, words: set[str]) -> Any:
    from ingest.extraction.followup import Utterance, _Candidate

    u = Utterance(segment_id=segment, speaker="Sian Wells", start=float(segment), end=float(segment) + 1, text=text,
                  prompt=None, opens_turn=True)
    return _Candidate(item=item, utterance=u, event="done", due=None, score=0.5, reason="", words=frozenset(words))


def test_only_a_restatement_of_the_same_owners_done_holds_back_a_closure_by_name() -> None:
    from assistant.models import ActionItem, Blocker
    from ingest.extraction.followup import _restated_dones

    def item(owner: str, text: str) -> ActionItem:
        return ActionItem(text=text, owner=owner, evidence=[])

    codes, export = item("Darren Lowe", "send the fee codes"), item("Darren Lowe", "send the ID card export")
    concerns, field_list = item("Ade Cole", "put the concerns in writing"), item("Rhys Hart", "send the field list")
    lifted = Blocker(text="the cabling", evidence=[])
    said_again = "Darren's fees are in."
    kept = _restated_dones([_candidate(codes, 1, "Darren's fee codes are in.", {"fee", "cod"}),
                            _candidate(codes, 9, said_again, {"fee"}), _candidate(export, 9, said_again, set())])
    assert [(c.item.text, c.utterance.text) for c in kept] == [
        ("send the fee codes", "Darren's fee codes are in."), ("send the fee codes", said_again)]
    # another owner's list came earlier; a blocker lifted earlier: the closure by name stands
    ade = "And Ade, we got your list on Monday, thank you."
    walk = "I did the walk-round, the cabling's fine."
    cands = [_candidate(field_list, 1, "I've got Rhys's field list.", {"field", "list"}),
             _candidate(field_list, 5, ade, {"list"}), _candidate(concerns, 5, ade, set()),
             _candidate(lifted, 2, "The cabling's in.", {"cabl"}), _candidate(lifted, 7, walk, {"cabl"}),
             _candidate(item("Yasmin Thorne", "visit Keswick"), 7, walk, set())]
    assert _restated_dones(cands) == cands
