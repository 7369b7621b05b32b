"""Slips said indirectly or across caption cues, and work handed to another owner, across weekly calls
(ingest.extraction.followup and assistant.tracking)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, FactBase, Person
from assistant.tracking import content_stems
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import weekly_tracker

NAMES = ["Nora Quinn", "Ben Adler", "Kemi Hart", "Vikram Rao", "Lucy Fenn", "Omar Said"]
PEOPLE = [Person(name=n) for n in NAMES]
WEEK1 = date(2026, 10, 5)  # a Monday; the second call is Monday the 12th


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)  # type: ignore[no-any-return]


def events(item: ActionItem) -> list[tuple[str, date | None]]:
    return [(e.event, e.due) for e in item.history]


def test_a_new_date_in_a_later_caption_cue_of_the_same_turn_slips_the_item_the_turn_was_asked_about(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "I'll send the branch roster export to Ben by Friday.")],
        [("Nora Quinn", "Kemi, the roster export?"),
         ("Kemi Hart", "So, no. I know. The overnight job ran but the output had all the closed branches in it."),
         ("Kemi Hart", "I'm cleaning it by hand. I will have it to Ben by Wednesday, promise.")],
    )
    [item] = items(facts)
    assert item.status == "slipped" and item.due == date(2026, 10, 14)


def test_a_partial_report_in_a_turn_that_gives_a_new_date_in_its_next_cue_is_not_the_work_done(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Omar Said", "We'll have the pilot batch of thirty courses migrated by Friday.")],
        [("Nora Quinn", "Omar, pilot batch. That was due Friday."),
         ("Omar Said", "So. Twenty-six of the thirty are across and checked."),
         ("Omar Said", "We're rebuilding the rest by hand. I'll have the last four done by the end of this week, so "
                       "the sixteenth.")],
    )
    [item] = [i for i in items(facts) if "pilot batch" in i.text]
    assert item.status == "slipped" and item.due == date(2026, 10, 16)


def test_someone_elses_remark_does_not_close_an_item_its_owner_gives_a_new_date_in_the_same_call(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Vikram Rao", "You'll have the cost-centre extract by Friday.")],
        [("Nora Quinn", "Okay, the cost-centre extract. Vikram?"),
         ("Vikram Rao", "Yeah. Sorry. I haven't got to it. Realistically Wednesday."),
         ("Lucy Fenn", "I can't build the ledger mapping until I've got the cost-centre extract from Vikram, so "
                       "that's just sat there.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Vikram Rao"]
    assert item.status == "slipped" and item.due == date(2026, 10, 14)


@pytest.mark.parametrize("reply, due", [
    ("Honestly, we might be a couple of days late, more like Wednesday the 14th.", date(2026, 10, 14)),
    ("So even if I get the figures today, that's going to be next week now. Say Wednesday.", date(2026, 10, 21)),
    ("I won't lie, I haven't touched it. It was either that or the audit. First thing Thursday.", date(2026, 10, 15)),
])
def test_a_slip_said_indirectly_by_the_owner_moves_the_date(
    track: Callable[..., list[FactBase]], reply: str, due: date
) -> None:
    facts = track(
        [("Ben Adler", "I'll have the accuracy report to you by Friday the 9th.")],
        [("Nora Quinn", "Ben, the accuracy report?"), ("Ben Adler", reply)],
    )
    [item] = items(facts)
    assert item.status == "slipped" and item.due == due


def test_the_last_date_of_the_owners_exchange_is_the_one_the_item_slips_to(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Omar Said", "We'll get the sample extract over to you by Friday.")],
        [("Nora Quinn", "Omar. The sample."),
         ("Omar Said", "Yeah. So. It didn't go Friday. The job fell over on the payment file and our change slot "
                       "got bumped."),
         ("Nora Quinn", "Okay. So when?"),
         ("Omar Said", "Realistically the twenty-first. Next Wednesday.")],
    )
    [item] = items(facts)
    assert item.status == "slipped" and item.due == date(2026, 10, 21)


def test_a_new_date_for_it_in_reply_to_a_prompt_naming_the_item_slips_it(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Omar Said", "I'll get the weekend overtime signed off by Friday.")],
        [("Nora Quinn", "Hi Omar. There's actually one for you: the overtime. Lucy's rota is waiting on it."),
         ("Omar Said", "Yes, sorry, it's with Finance. I'll have it for you this week.")],
    )
    [item] = items(facts)
    assert item.status == "slipped" and item.due == date(2026, 10, 16)


@pytest.mark.parametrize("ask, reply", [
    ("Okay. Kemi, the user accounts. We'll need a list of who needs a login and what role.",
     "Yes. I'll get that to you by Friday. It's the enquiries team plus some of the tutors."),
    ("Ben says you can set up the shift patterns in the test tenant now.", "Great, I'll get them in by Friday."),
])
def test_a_pronoun_promise_answering_an_ask_for_other_work_is_a_new_item_not_a_slip_of_the_owners_last_one(
    track: Callable[..., list[FactBase]], ask: str, reply: str
) -> None:
    facts = track(
        [("Kemi Hart", "We've got about forty templates. I'll dig those out and send them over Thursday.")],
        [("Nora Quinn", ask), ("Kemi Hart", reply), ("Nora Quinn", "Vikram, the sender ID?")],
    )
    templates, new = sorted(items(facts), key=lambda i: i.due or date.min)
    assert templates.status == "open" and templates.due == date(2026, 10, 8)
    assert new.owner == "Kemi Hart" and new.due == date(2026, 10, 16)


@pytest.mark.parametrize("ask", ["Kemi, the templates?", "Kemi, any news on your side?"])
def test_a_pronoun_promise_answering_a_status_check_still_slips_the_owners_one_item(
    track: Callable[..., list[FactBase]], ask: str
) -> None:
    facts = track(
        [("Kemi Hart", "We've got about forty templates. I'll dig those out and send them over Thursday.")],
        [("Nora Quinn", ask), ("Kemi Hart", "Sorry, not yet. I'll get them to you by Friday.")],
    )
    [item] = items(facts)
    assert item.status == "slipped" and item.due == date(2026, 10, 16)


def test_work_said_to_have_moved_is_a_slip_even_when_it_had_no_date(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Nora Quinn", "Kemi, can you review the field mapping spreadsheet?"),
         ("Kemi Hart", "Yes, I'll pick up the field mapping review.")],
        [("Nora Quinn", "Just the recap. Kemi's mapping review has moved to Wednesday.")],
    )
    [item] = items(facts)
    assert ("slipped", date(2026, 10, 14)) in events(item)


@pytest.mark.parametrize("call2, new_owner", [
    ([("Nora Quinn", "Kemi, the shift rota, still good for Friday?"),
      ("Kemi Hart", "No. Well, yes, but not me. Lucy's going to pick up the rota. She knows the shifts better.")],
     "Lucy Fenn"),
    ([("Nora Quinn", "Kemi, the shift rota, still for Friday?"),
      ("Kemi Hart", "Ah. So. Omar's taking the shift rota off me. I've got the audit until the twentieth.")],
     "Omar Said"),
    ([("Nora Quinn", "Kemi, the shift rota?"),
      ("Kemi Hart", "Honestly? Can Lucy take the shift rota? I'm drowning with year-end."),
      ("Lucy Fenn", "Yeah, I'll take it. Same date.")],
     "Lucy Fenn"),
    ([("Nora Quinn", "Okay, the shift rota. Any word from Kemi?"),
      ("Ben Adler", "Kemi's off sick. Vikram's going to pick that up, he knows the system better than I do."),
      ("Vikram Rao", "Yeah, I'll do it, I can get it to you by Friday."),
      ("Nora Quinn", "Thanks, Vikram. So the shift rota's yours now.")],
     "Vikram Rao"),
])
def test_work_handed_to_someone_else_changes_its_owner_and_keeps_the_history(
    track: Callable[..., list[FactBase]], call2: list[tuple[str, str]], new_owner: str
) -> None:
    facts = track([("Kemi Hart", "I'll do the shift rota for the pilot. You'll have it by Friday.")], call2)
    [item] = [i for i in items(facts) if "rota" in i.text and i.meeting_id == "w1"]
    assert item.owner == new_owner
    assert [e.changes.get("owner_from") for e in item.history if e.changes.get("owner")] == ["Kemi Hart"]
    assert not [i for i in items(facts) if i.meeting_id == "w2" and i.owner == new_owner and "rota" in i.text]


def test_a_handover_that_gives_a_later_date_slips_the_item_too(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Kemi Hart", "I'll send the item master extract from the ERP by Friday.")],
        [("Nora Quinn", "Okay, item master. Any word from Kemi?"),
         ("Ben Adler", "Kemi's off sick. Lucy's going to pick that up, she knows the ERP better than I do."),
         ("Lucy Fenn", "Yeah, I'll do it, as long as I can get into the reports."),
         ("Nora Quinn", "Thanks, Lucy. So the item master's yours now, Friday the 16th.")],
    )
    [item] = [i for i in items(facts) if i.meeting_id == "w1"]
    assert item.owner == "Lucy Fenn" and item.status == "slipped" and item.due == date(2026, 10, 16)


@pytest.mark.parametrize("call2", [
    [("Nora Quinn", "Kemi, the shift rota?"), ("Kemi Hart", "Can Lucy take the shift rota? I'm drowning.")],
    [("Nora Quinn", "Kemi, the shift rota?"), ("Kemi Hart", "Lucy's not going to pick up the rota, I'll do it.")],
    [("Nora Quinn", "Kemi, the shift rota?"), ("Kemi Hart", "Let's take the shift rota offline, it's a long one.")],
])
def test_a_proposed_or_refused_handover_leaves_the_owner(
    track: Callable[..., list[FactBase]], call2: list[tuple[str, str]]
) -> None:
    facts = track([("Kemi Hart", "I'll do the shift rota for the pilot. You'll have it by Friday.")], call2)
    [item] = [i for i in items(facts) if "rota" in i.text and i.meeting_id == "w1"]
    assert item.owner == "Kemi Hart"


def test_a_short_form_names_the_same_work_as_the_word_it_shortens() -> None:
    assert content_stems("the cert") <= content_stems("the RADIUS certificate")
    assert content_stems("the feed config") <= content_stems("the production feed configuration")


def test_a_bare_day_right_after_the_owner_reports_the_work_done_says_when_not_a_new_date(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Vikram Rao", "My team will have the firewall ports open by Friday.")],
        [("Nora Quinn", "Vikram, the ports?"),
         ("Vikram Rao", "The ports are open now. Friday afternoon. Omar did ring the change board, to be fair.")],
    )
    [item] = items(facts)
    assert item.status == "done" and not [e for e in item.history if e.event == "slipped"]


def test_the_new_owner_named_as_the_one_who_did_it_closes_the_handed_over_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "I'll do the shift rota for the pilot. You'll have it by the 16th.")],
        [("Nora Quinn", "Kemi, the shift rota, still good?"),
         ("Kemi Hart", "No. Well, yes, but not me. Lucy's going to pick up the rota. She'll still have it to you by "
                       "the 16th.")],
        [("Nora Quinn", "Kemi, the rota?"),
         ("Kemi Hart", "Lucy sent the rota round on Tuesday. If you didn't get it, that's an Outlook problem.")],
    )
    [item] = [i for i in items(facts) if "rota" in i.text]
    assert item.owner == "Lucy Fenn" and item.status == "done" and item.history[-1].meeting_id == "w3"


def test_a_pronoun_slip_naming_the_item_itself_slips_it_whatever_the_prompt_asked_about(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "We'll have the production feed configuration ready by Friday, assuming the certificate turns "
                       "up.")],
        [("Nora Quinn", "Ben, the purchase order for the vendor certificate?"),
         ("Ben Adler", "I chased. It's still with procurement, they're saying maybe end of the week."),
         ("Kemi Hart", "Which means, sorry, the production feed config, we're going to have to push that to the 23rd.")],
    )
    [item] = [i for i in items(facts) if "feed" in i.text]
    assert item.status == "slipped" and item.due == date(2026, 10, 23)
