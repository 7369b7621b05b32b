"""Slips said in a later call in the ways people say them: after filler or a reason, across a back-and-forth, for
the rest of the work, or not at all ("Not today.") (ingest.extraction.followup)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import FactBase, Person
from ingest.extraction.followup import follow_up_for
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import meeting_context, weekly_tracker

NAMES = ["Nora Quinn", "Ben Adler", "Kemi Hart", "Vikram Rao", "Lucy Fenn", "Omar Said"]
PEOPLE = [Person(name=n) for n in NAMES]
WEEK1 = date(2026, 10, 5)  # a Monday; the second call is Monday the 12th


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)  # type: ignore[no-any-return]


def test_part_done_then_a_new_date_with_its_reason_slips_the_item(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Kemi Hart", "I'll get the duplicate merges done for the three pilot practices by Friday.")],
        [("Nora Quinn", "Kemi, the merges."),
         ("Kemi Hart", "So, Kingsmead and Millbrook are done. Harbour Street's about two-thirds. That's going to be end "
                       "of this week now, there's a lot of families with the same surname there.")],
    )
    [item] = [i for i in items(facts) if "merges" in i.text and i.meeting_id == "w1"]
    assert item.status == "slipped" and item.due == date(2026, 10, 16)


def test_a_new_date_after_the_replys_opening_filler_answers_the_question(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Vikram Rao", "Leave it with me, I'll set up the sandbox logons for Ben by Friday.")],
        [("Nora Quinn", "Okay. And the sandbox logons?"),
         ("Vikram Rao", "Yeah. So. That's going to be Wednesday now. The support pack ate my week.")],
    )
    [item] = [i for i in items(facts) if "logons" in i.text]
    assert item.status == "slipped" and item.due == date(2026, 10, 14)


def test_a_weekday_said_alone_after_next_week_is_that_day_of_next_week(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "I'll draft the training plan for the forty users by Friday.")],
        [("Nora Quinn", "Lucy, the training plan?"),
         ("Lucy Fenn", "Um. So. That's, uh, that's going to be next week now, sorry. Wednesday. Ben's half was "
                       "great, my half is, let's say, aspirational.")],
    )
    [item] = [i for i in items(facts) if "training plan" in i.text]
    assert item.status == "slipped" and item.due == date(2026, 10, 21)


def test_a_new_date_for_the_rest_of_the_work_slips_the_item(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Nora Quinn", "Omar, for the pilot we need the forty engineer names, with their vans and shifts."),
         ("Omar Said", "Sure, I'll send the forty names by Friday.")],
        [("Nora Quinn", "Omar, the forty names?"),
         ("Omar Said", "So, um, I've got thirty-one names. The rest depends on the new rota. I'll have the other nine "
                       "to you Tuesday.")],
    )
    [item] = [i for i in items(facts) if "names" in i.text and i.owner == "Omar Said"]
    assert item.status == "slipped" and item.due == date(2026, 10, 13)


def test_a_bare_date_with_a_word_of_earnest_slips_the_item(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Ben Adler", "Leave it with me, you'll have the UAT names by Friday.")],
        [("Nora Quinn", "Ben, the UAT names?"),
         ("Ben Adler", "I know. I owe you that. Tomorrow, genuinely.")],
    )
    [item] = [i for i in items(facts) if "UAT names" in i.text]
    assert item.status == "slipped" and item.due == date(2026, 10, 13)


def test_asking_leave_for_the_new_date_is_no_condition_of_it(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Kemi Hart", "I'll send the consent model to Ben by Friday.")],
        [("Nora Quinn", "Kemi, the consent model, you said Friday?"),
         ("Kemi Hart", "So, um, I'd rather fold in Ben's comments first. So that's going to be Monday now, the 19th, "
                       "if that's okay.")],
    )
    [item] = [i for i in items(facts) if "consent model" in i.text]
    assert item.status == "slipped" and item.due == date(2026, 10, 19)


def test_the_day_it_is_not_is_no_new_date(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Lucy Fenn", "I'll mention the rota to Ben when I see him on Thursday.")],
        [("Nora Quinn", "Lucy, did you have a word with Ben?"),
         ("Lucy Fenn", "Not today.")],
    )
    [item] = [i for i in items(facts) if "rota" in i.text]
    assert item.status != "slipped" and item.due == date(2026, 10, 8)


def test_a_date_asked_for_again_after_others_spoke_slips_the_item_first_asked_about(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "I'll have the screen pop working in dev by Friday.")],
        [("Nora Quinn", "Okay, noted. Kemi. Screen pop."),
         ("Kemi Hart", "Um, yeah. So. It's, it's not going to be tomorrow. I'm still waiting on the API key."),
         ("Ben Adler", "That's, yes, that's us. Provisioning say Monday. I've escalated it."),
         ("Nora Quinn", "Monday for the key. And Kemi, then, realistically?"),
         ("Kemi Hart", "Realistically the twenty-first. If the key comes Monday. I've done everything I can without "
                       "it.")],
    )
    [item] = [i for i in items(facts) if "screen pop" in i.text]
    assert item.status == "slipped" and item.due == date(2026, 10, 21)


def test_a_question_right_after_the_speakers_own_report_asks_them_for_the_rest_of_their_turn(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    ctx1 = meeting_context([("Nora Quinn", "Kemi, can you send Ben the names of the pilot instructors?"),
                            ("Kemi Hart", "Yes, by Friday."),
                            ("Kemi Hart", "I'll send the course list export by Friday.")], PEOPLE, WEEK1, mid="w1")
    ctx2 = meeting_context(
        [("Nora Quinn", "Kemi, the instructor names?"),
         ("Kemi Hart", "Done, I sent Ben the instructor names on Friday. He replied, so he's got them."),
         ("Nora Quinn", "Great. And the course list?"),
         ("Kemi Hart", "So... no. I know. The overnight job ran but the output was garbage, it had all the archived "
                       "courses in it."),
         ("Kemi Hart", "I'm filtering it by hand. Wednesday. I will have it to Ben by Wednesday, promise.")],
        PEOPLE, date(2026, 10, 12), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    slips = [(fu.event, fu.due) for fu in follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found})
             if fu.event == "slipped"]
    assert slips == [("slipped", date(2026, 10, 14))]


def test_a_date_for_another_thing_of_the_same_name_does_not_slip_the_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    ctx1 = meeting_context([("Ben Adler", "We'll get the sample extract over to you by Friday.")], PEOPLE, WEEK1,
                           mid="w1")
    ctx2 = meeting_context(
        [("Nora Quinn", "Ben, any news?"),
         ("Ben Adler", "Yes, we've booked the batch window, the weekend of the 17th. We'll have the full extract with "
                       "you by Monday the 19th.")],
        PEOPLE, date(2026, 10, 12), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    assert [fu for fu in follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found}) if fu.event == "slipped"] == []


def test_a_weekday_said_alone_after_a_report_of_the_work_is_when_it_was_done(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    ctx1 = meeting_context([("Ben Adler", "I'll raise the purchase order for the six label printers by Friday.")],
                           PEOPLE, WEEK1, mid="w1")
    ctx2 = meeting_context([("Nora Quinn", "Ha. Ben, the printers?"),
                            ("Ben Adler", "PO's gone in. Thursday. Reseller says two weeks for delivery.")],
                           PEOPLE, date(2026, 10, 12), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    assert [fu for fu in follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found}) if fu.event == "slipped"] == []


def test_a_new_date_for_the_thing_the_item_is_for_does_not_slip_the_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    ctx1 = meeting_context([("Nora Quinn", "I'll send the UAT invites out tomorrow, for the week of the 19th.")],
                           PEOPLE, WEEK1, mid="w1")
    ctx2 = meeting_context([("Ben Adler", "I've been saying that since September."),
                            ("Nora Quinn", "You have. So, what I'd propose is go-live in January. UAT moves to the "
                                           "week of the 26th, which gives the checklist and payments a fighting "
                                           "chance.")],
                           PEOPLE, date(2026, 10, 12), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    assert [fu for fu in follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found}) if fu.event == "slipped"] == []
