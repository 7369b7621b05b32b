"""A status question calls the owner by the name everyone uses ("Kit" for Christopher), and someone else may answer
it with what reached them: "Kit, the ADT samples." - "I can answer that one. Kit's sample messages came through on
Friday afternoon, thanks Kit." closes Kit's item, and so does the one it was for saying they had it ("And our spec
should be with you, did you get it?" - "Yeah, I had it first thing Monday."). A later promise of other work in the
same meeting that shares a word with the item is no slip of it; one part done while the speaker still waits on the
other is not all of it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, FactBase, Person
from assistant.tracking import other_thing
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import weekly_tracker

MON = date(2026, 10, 19)
NAMES = ["Rowena Garside", "Christopher Adeyinka", "Ines Halvorsen", "Sandra Pike", "Joel Whitaker"]
PEOPLE = [Person(name=n) for n in NAMES]


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, MON)


WEEK1 = [("Rowena Garside", "Ines, what do you need from the trust to start the interface work?"),
         ("Ines Halvorsen", "Real messages, ideally. Admissions, transfers, discharges."),
         ("Christopher Adeyinka", "Leave that with me. I'll get you a week of anonymised ADT messages off the test "
                                  "engine by Friday."),
         ("Ines Halvorsen", "And we'll get the interface spec to you by Monday, the inbound and the outbound "
                            "messages, both."),
         ("Rowena Garside", "Lovely. Thanks both.")]
ROUTE = [("Rowena Garside", "Friday the sixth, then. Kit, the ADT route into Tallis test."),
         ("Christopher Adeyinka", "Yep. So that's the real build. My team will have the ADT route built in test by "
                                  "the sixth. We've got most of the engine config templated off the old feed anyway."),
         ("Rowena Garside", "Great.")]


def _statuses(tracked: list[FactBase]) -> dict[str, str]:
    return {i.owner or "": i.status for i in items(tracked) if "route" not in i.text}


@pytest.mark.parametrize("route", [False, True])
def test_a_report_for_the_owner_called_by_a_short_name_closes_their_item(
    track: Callable[..., list[FactBase]], route: bool
) -> None:
    week2 = [("Rowena Garside", "Right, let's go through last week's actions. Kit, the ADT samples."),
             ("Ines Halvorsen", "Oh, I can answer that one. Kit's sample messages came through on Friday afternoon, "
                                "thanks Kit. Really helpful. The transfers are as horrible as you said."),
             ("Christopher Adeyinka", "I did warn you."),
             *(ROUTE if route else [])]
    # (with the route: its promise shares "ADT" with the samples, and is new work, not their slip)
    assert _statuses(track(WEEK1, week2))["Christopher Adeyinka"] == "done"


@pytest.mark.parametrize(("reply", "status"), [
    ("Yeah, I had it first thing Monday. I've been through it. I've got about six questions.", "done"),
    ("Not yet, no. Nothing's come through.", "open"),
])
def test_the_one_it_was_for_saying_they_had_it_closes_the_askers_item(
    track: Callable[..., list[FactBase]], reply: str, status: str
) -> None:
    week2 = [("Ines Halvorsen", "And our spec should be with you, did you get it?"),
             ("Christopher Adeyinka", reply),
             ("Rowena Garside", "Okay.")]
    assert _statuses(track(WEEK1, week2))["Ines Halvorsen"] == status


@pytest.mark.parametrize(("sentence", "had"), [
    ("Yeah, I had it first thing Monday.", True),
    ("We had them on Friday.", True),
    ("I had it in my head.", False),
    ("I had it on my list for Monday.", False),
])
def test_having_had_it_on_a_day_reports_it_arrived(sentence: str, had: bool) -> None:
    assert (done_report(sentence) is not None) is had


WEEK1_FIELDS = [("Rowena Garside", "Joel needs to know what the secretaries fill in on the profile form."),
                ("Sandra Pike", "I'll get you a list of what the secretaries fill in on the profile form, both "
                                "offices, by Friday."),
                ("Joel Whitaker", "Thanks Sandra.")]


@pytest.mark.parametrize(("reply", "status"), [
    ("I've done Leeds, it's on the shared drive. Newcastle, I'm still waiting on three of the team to send me "
     "theirs.", "open"),
    ("I've done it, it's on the shared drive. Sorry, I'm still waiting on Joel to say it's what he wanted.", "done"),
])
def test_one_part_done_while_the_owner_still_waits_on_the_other_is_not_all_of_it(
    track: Callable[..., list[FactBase]], reply: str, status: str
) -> None:
    week2 = [("Rowena Garside", "Thank you. Sandy, the profile fields?"), ("Sandra Pike", reply),
             ("Joel Whitaker", "That'll get me going.")]
    assert _statuses(track(WEEK1_FIELDS, week2))["Sandra Pike"] == status


WEEK1_RING = [("Rowena Garside", "Who's going to chase the developer about the status codes?"),
              ("Ines Halvorsen", "I'll ring Alan this week."),
              ("Rowena Garside", "Thanks Ines.")]


@pytest.mark.parametrize(("reply", "status"), [
    # when the one it waits on is back, or away till, is their days, not a new date for the work
    ("He's back Wednesday. I've left a message with his wife.", "open"),
    ("He's at the solicitors till Thursday.", "open"),
    ("I'll have it done by Thursday now, sorry.", "slipped"),
])
def test_when_someone_is_back_is_no_new_date_for_the_work(
    track: Callable[..., list[FactBase]], reply: str, status: str
) -> None:
    week2 = [("Rowena Garside", "Ines, Alan and the status codes?"), ("Ines Halvorsen", reply),
             ("Rowena Garside", "Okay.")]
    assert _statuses(track(WEEK1_RING, week2))["Ines Halvorsen"] == status


def test_one_ward_of_two_done_in_reply_to_the_owner_called_on_is_not_all_of_it(
    track: Callable[..., list[FactBase]]
) -> None:
    week1 = [("Rowena Garside", "Sandra, can your team take the rosters?"),
             ("Sandra Pike", "So I'll load the staff records and build the roster templates for both wards by Friday."),
             ("Rowena Garside", "Thanks Sandra.")]
    week2 = [("Rowena Garside", "Sandy, the rosters for both wards?"),
             ("Sandra Pike", "So Ward 7 is loaded and the templates are built. Ward 12 is the problem. About forty "
                             "people on Ward 12 have no contracted hours in the HR data."),
             ("Rowena Garside", "So Ward 12 is waiting on the HR records. Joel, can you get those corrected?"),
             ("Joel Whitaker", "Yeah, I'll have them corrected by Thursday morning."),
             ("Sandra Pike", "Then Ward 12 will be Friday instead. The 13th."),
             ("Rowena Garside", "Okay, Ward 12 rosters Friday the 13th.")]
    assert _statuses(track(week1, week2))["Sandra Pike"] == "slipped"


@pytest.mark.parametrize(("asked", "count"), [
    # the talk before each "it" names a different thing: two promises
    ("Before we switch over I need the sponsor's signature on the go/no-go checklist. It's two pages.", 2),
    # it names the same thing, or nothing plainly: the promise is the first one said again, a week later
    ("I need your signature on the paperwork, Kit. It's still sitting there.", 1),
    ("Kit, anything else from you?", 1),
])
def test_two_promises_of_it_about_different_things_are_two_items(
    track: Callable[..., list[FactBase]], asked: str, count: int
) -> None:
    week1 = [("Rowena Garside", "I've got the paperwork, Kit. It's forty pages and thirty-nine of them are about what "
                                "happens if we're naughty."),
             ("Christopher Adeyinka", "I'll sign it Friday."),
             ("Rowena Garside", "Thank you.")]
    week2 = [("Rowena Garside", asked), ("Christopher Adeyinka", "Email it to me. I'll sign it by Friday."),
             ("Rowena Garside", "Will do.")]
    assert len([i for i in items(track(week1, week2)) if i.owner == "Christopher Adeyinka"]) == count


def test_a_report_in_reply_to_what_else_there_is_does_not_close_the_thing_set_aside(
    track: Callable[..., list[FactBase]]
) -> None:
    week1 = [("Rowena Garside", "Sandra, when can you do the first trial load?"),
             ("Sandra Pike", "If I get the extract Wednesday I'm aiming for the 23rd for trial load one."),
             ("Rowena Garside", "Great.")]
    week2 = [("Rowena Garside", "Sandy, anything from the migration side apart from the extract?"),
             ("Sandra Pike", "Yes, I've profiled the legacy HR data and there's quite a lot to talk about."),
             ("Rowena Garside", "Go on.")]
    assert _statuses(track(week1, week2))["Sandra Pike"] == "open"


@pytest.mark.parametrize(("said", "status"), [
    ("We can't issue live credentials until the council signs the merchant agreement, and that went to your "
     "finance team two weeks ago.", "open"),
    ("Joel's team were asking about the settlement file spec, and it went over to them on Monday.", "done"),
])
def test_that_gone_is_the_thing_named_just_before_it(
    track: Callable[..., list[FactBase]], said: str, status: str
) -> None:
    week1 = [("Joel Whitaker", "Our finance team need to know what the settlement file looks like."),
             ("Sandra Pike", "I'll send your finance team the settlement file spec by Friday."),
             ("Joel Whitaker", "Thanks.")]
    week2 = [("Rowena Garside", "Where are we on go-live?"), ("Sandra Pike", said), ("Rowena Garside", "Okay.")]
    assert _statuses(track(week1, week2))["Sandra Pike"] == status


SIGN = "I'll sign it Friday."
PAR = "I'll go through it with the night sisters and send it back to Shazia by Friday."
SPEC = "I'll send your finance team the settlement file spec by Tuesday."


@pytest.mark.parametrize(("old_text", "old_context", "text", "context", "other"), [
    (SIGN, "I've got the paperwork, Kit. It's forty pages.", "I'll sign it by Friday.",
     "Before we switch Fowey over I need the sponsor's signature on the go/no-go checklist. It's two pages.", True),
    # one thing asked for by two names: "it" is the top-up list, "them" the par levels, both said in the first ask
    (PAR, "Lovely. Bridget, par levels for fourteen? The top-up list?", "I'll do them Monday, I've got a study day.",
     "Okay. And the par levels, Bridget? I haven't. I'm sorry. I haven't done the par levels. Monday.", False),
    (SIGN, "I've got the paperwork, Kit. It's forty pages.", "I'll sign it by Friday.", "Kit, anything else?", False),
    # an item naming its work, and a promise of "it" that names another thing in its talk
    (SPEC, "Our finance team need the file layout.", "I'll take it to the director of finance.",
     "And the merchant agreement, I'm going to take it over Yusuf's head, politely.", True),
    (SPEC, "Our finance team need the file layout.", "I'll take it to the director of finance.",
     "And the settlement file spec, I'm going to take it over Yusuf's head, politely.", False),
    # the question's topic is not what "those" are when the turn has been talking about the item's work
    ("We'll have the twelve pilot tablets enrolled by the 23rd.", "", "The other four, um, those will be Monday.",
     "Anil, certificates? Right, yes. So the platform team fixed the certificate Friday, we've started enrolling. "
     "We've got eight of the twelve enrolled.", False),
])
def test_a_promise_of_it_is_of_another_thing_only_when_both_say_plainly(
    old_text: str, old_context: str, text: str, context: str, other: bool
) -> None:
    old = ActionItem(text=old_text, owner="Kit", context=old_context)
    assert other_thing(old, text, context, PEOPLE) is other


def test_taking_it_over_someones_head_hands_nothing_over(track: Callable[..., list[FactBase]]) -> None:
    week1 = [("Rowena Garside", "What does your finance team want the settlement file to look like?"),
             ("Joel Whitaker", "I honestly don't know. I'd have to ask Yusuf."),
             ("Sandra Pike", "I'll send your finance team the settlement file spec by Friday."),
             ("Joel Whitaker", "Thanks.")]
    week2 = [("Rowena Garside", "And the merchant agreement, I'm going to take it over Yusuf's head, politely. I'll "
                                "take it to the director of finance."),
             ("Joel Whitaker", "Good luck.")]
    assert [i.owner for i in items(track(week1, week2)) if "settlement file spec" in i.text] == ["Sandra Pike"]
