"""Reports that are not the item's work: a numbered part done while another part is not ("Block A is wired. Block C
is the problem."), a count that names no thing ("All sixty arrived Monday."), the environment the work is done in
("in staging" is not "a staging sticker"), why the work is wanted ("so if ..."), and a vote that still needs a
signature. An offer said as "What I can do is ..." is what a following "I'll send it Friday" promises; a date
compared with ("rather now than on the 29th") is not set, and a promise only to check ("Let me check after the
call.") is no new date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import FactBase, Person
from ingest.extraction import rules
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import meeting_context, weekly_tracker

NAMES = ["Lena Varga", "Tomasz Bielski", "Ruth Adeyemi", "Callum Reid", "Nadia Farouk"]
PEOPLE = [Person(name=n) for n in NAMES]


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 3, 2))


@pytest.mark.parametrize(("sentence", "rest", "part"), [
    ("So Block A is wired and the patch panels are in.", " Block C is the problem, the conduit's full.", True),
    ("So bays one to nine are done.", " Ten to eighteen are the mezzanine, I need the scissor lift.", True),
    ("So Block A is wired.", " Block C is done as well.", False),  # both parts done
    ("Block A is wired.", " Block C is next week.", False),  # the item names the part: see below
    ("All sixty arrived Monday.", " Tomasz signed for them.", False),  # no other part named
])
def test_a_numbered_part_done_with_another_part_named_next_is_a_part(sentence: str, rest: str, part: bool) -> None:
    item = "get Block A wired" if sentence == "Block A is wired." else "wire both blocks and fit the panels"
    assert rules.another_part(sentence, rest, item) is part


@pytest.mark.parametrize(("report", "status"), [
    ("So Block A is wired and the patch panels are in. Block C is the problem, the conduit's full.", "open"),
    ("So Block A and Block C are wired and the patch panels are in.", "done"),
])
def test_one_numbered_part_done_leaves_the_work_open(track, report: str, status: str) -> None:
    week1 = [("Lena Varga", "Callum, the cabling?"),
             ("Callum Reid", "I'll get both blocks wired and the patch panels fitted by Friday the 13th.")]
    week2 = [("Lena Varga", "Callum, how's the cabling?"), ("Callum Reid", report)]
    assert [i.status for i in items(track(week1, week2)) if "wired" in i.text and i.meeting_id == "w1"] == [status]


def test_a_count_arriving_is_not_someone_elses_list_for_that_count(track) -> None:
    week1 = [("Lena Varga", "For the rollout we need the asset tags for the sixty laptops."),
             ("Nadia Farouk", "Ruth's going to get us the asset tag list for the sixty, aren't you Ruth?"),
             ("Ruth Adeyemi", "Yes, by Friday."),
             ("Tomasz Bielski", "The laptops ship from the warehouse next week.")]
    week2 = [("Lena Varga", "Tomasz, the laptops?"), ("Tomasz Bielski", "All sixty delivered Thursday.")]
    assert [i.status for i in items(track(week1, week2)) if i.owner == "Ruth Adeyemi"] == ["open"]


@pytest.mark.parametrize(("report", "status"), [
    ("They came Thursday. Ruth signed for them.", "open"),  # Ruth took the delivery
    ("They came Thursday. Ruth sent the tag list over too.", "done"),
])
def test_signing_for_a_delivery_is_not_the_signers_work_done(track, report: str, status: str) -> None:
    week1 = [("Lena Varga", "For the rollout we need the asset tags for the sixty laptops."),
             ("Nadia Farouk", "Ruth's going to get us the asset tag list for the sixty, aren't you Ruth?"),
             ("Ruth Adeyemi", "Yes, by Friday."),
             ("Tomasz Bielski", "And I'll have the sixty laptops delivered to the depot by the 12th.")]
    week2 = [("Lena Varga", "Tomasz, the laptops?"), ("Tomasz Bielski", report)]
    assert [i.status for i in items(track(week1, week2)) if i.owner == "Ruth Adeyemi"] == [status]


@pytest.mark.parametrize(("report", "status"), [
    ("I printed a staging label on one of them Friday. Scans fine.", "open"),
    ("Done, the dress rehearsal ran in staging on Tuesday, clean.", "done"),
])
def test_where_the_work_is_done_is_not_what_it_is(track, report: str, status: str) -> None:
    week1 = [("Lena Varga", "Before go-live we want a practice run."),
             ("Callum Reid", "I'll run a dress rehearsal in staging on Thursday the 12th.")]
    week2 = [("Lena Varga", "Callum, the kiosks?"), ("Callum Reid", report)]
    assert [i.status for i in items(track(week1, week2)) if "rehearsal" in i.text and i.meeting_id == "w1"] == [status]


def test_why_the_work_is_wanted_after_so_if_is_not_its_topic(track) -> None:
    week1 = [("Lena Varga", "Callum, the freezers?"),
             ("Callum Reid", "I'll feed the freezer alarms into the dispatch screen by the 13th, so if a freezer goes "
                             "warm the scanner won't let you load a crate from it.")]
    week2 = [("Lena Varga", "Anything else?"),
             ("Callum Reid", "And I loaded a crate into the van this morning, thirty boxes, no problems.")]
    # a promise with a purpose clause is a promise, and its purpose is no part of what closes it
    assert [i.status for i in items(track(week1, week2)) if "freezer alarms" in i.text] == ["open"]


@pytest.mark.parametrize(("report", "status"), [
    ("Good news, bad news. The council voted it through last night. Comfortably. But it's a joint agreement, so it "
     "needs the chief executive's signature as well, and she's away.", "open"),
    ("Ruth signed it last night and it's back with us.", "done"),
])
def test_a_vote_that_still_needs_a_signature_is_not_the_signed_agreement(track, report: str, status: str) -> None:
    week1 = [("Lena Varga", "Nadia, the council?"),
             ("Nadia Farouk", "I spoke to Ruth. The council meets on the ninth, and Ruth says she'll have the data "
                              "sharing agreement signed and back to us by the 12th.")]
    week2 = [("Lena Varga", "Nadia, the agreement?"), ("Nadia Farouk", report)]
    assert [i.status for i in items(track(week1, week2)) if "agreement" in i.text] == [status]


def test_an_offer_said_as_what_i_can_do_is_the_work_a_dated_it_promises(track) -> None:
    week1 = [("Lena Varga", "Tomasz, the import format from the bank?"),
             ("Tomasz Bielski", "Still nothing. What I can do is send them a test batch anyway, built to the format, "
                                "so they've got something real to reject. I'll send it Friday.")]
    week2 = [("Lena Varga", "Tomasz, the test batch?"), ("Tomasz Bielski", "Sent it Friday. Two comments back.")]
    got = [i for i in items(track(week1, week2)) if i.meeting_id == "w1"]
    assert [("test batch" in i.text, i.status) for i in got] == [(True, "done")]


@pytest.mark.parametrize(("sentence", "due"), [
    ("I'd rather have them now than on the twenty-ninth.", None),  # the date set aside
    ("Sooner than the 20th would help.", None),
    ("I'll send it no later than the 13th.", date(2026, 3, 13)),
])
def test_a_date_compared_with_is_not_set(sentence: str, due: date | None) -> None:
    from ingest.extraction.dates import due_date

    assert due_date(sentence, date(2026, 3, 2)) == due


def test_a_date_said_as_rather_than_moves_nothing(track) -> None:
    week1 = [("Lena Varga", "Nadia, the checklist?"),
             ("Nadia Farouk", "I'll get you a cutover checklist by Friday, so you can see what the last two weeks "
                              "look like.")]
    week2 = [("Lena Varga", "Nadia, the checklist?"),
             ("Tomasz Bielski", "She's read your cutover checklist, Nadia. She's got comments, about a page of them. "
                                "She'll send them tonight."),
             ("Nadia Farouk", "I'd rather have them now than on the twenty-ninth.")]
    got = [i for i in items(track(week1, week2)) if "checklist" in i.text and i.meeting_id == "w1"]
    assert [i.due for i in got] == [date(2026, 3, 6)]  # not slipped to the 29th


@pytest.mark.parametrize(("sentence", "item", "checking"), [
    ("Um. Let me check after the call.", "send Ruth the user guide", True),
    ("I'll have a look tonight.", "send Ruth the user guide", True),
    ("I'll check and send it tonight.", "send Ruth the user guide", False),  # the work itself
    ("I'll confirm by Friday.", "confirm the room numbers", False),  # the check is the work
    ("I'll check in the code on Friday.", "merge the fix", False),
])
def test_a_sentence_promising_only_to_find_out(sentence: str, item: str, checking: bool) -> None:
    from ingest.extraction.followup import only_checking

    assert only_checking(sentence, item) is checking


@pytest.mark.parametrize(("reply", "status"), [
    ("Um. That one I don't think I sent, actually. Let me check after the call.", "open"),
    ("Um. That one I haven't sent, sorry. I'll send it after the call.", "slipped"),
])
def test_a_promise_only_to_check_is_no_new_date(track, reply: str, status: str) -> None:
    week1 = [("Lena Varga", "Tomasz, the tenant guide for Ruth?"),
             ("Tomasz Bielski", "I'll send Ruth the user guide for the test tenant tomorrow.")]
    week2 = [("Lena Varga", "And Tomasz, the user guide for Ruth?"), ("Tomasz Bielski", reply)]
    assert [i.status for i in items(track(week1, week2)) if "user guide" in i.text] == [status]


@pytest.mark.parametrize(("ask", "slipped"), [
    ("Can you get Tomasz a list? Even a rough one?", False),  # other work: a new item
    ("Can you get Tomasz those tender templates? Even the old ones?", True),  # the item asked for again
])
def test_it_in_a_turn_answering_a_request_is_what_was_asked_for(track, ask: str, slipped: bool) -> None:
    week1 = [("Lena Varga", "Ruth, one more thing, the standard tender templates. Callum needs the tender documents "
                            "to load."),
             ("Ruth Adeyemi", "Oh, those. I'll send them over Friday.")]
    week2 = [("Tomasz Bielski", "I can't finish the supplier onboarding flow until you tell us which checks you want."),
             ("Ruth Adeyemi", "That's procurement again. Brilliant, another checklist."),
             ("Lena Varga", ask),
             ("Ruth Adeyemi", "I've got one from the old tender pack. I'll send it to Tomasz by Monday.")]
    got = [i for i in items(track(week1, week2)) if i.meeting_id == "w1"]
    assert [i.status == "slipped" for i in got] == [slipped]


def test_what_a_request_is_for_is_not_the_work_a_later_date_moves(track) -> None:
    week1 = [("Lena Varga", "Okay, lovely. Callum, anything you need to hand over to Ruth?"),
             ("Ruth Adeyemi", "Actually, yeah. Callum, I'll need the installer and the managed config keys, so I can "
                              "push the app with the settings baked in."),
             ("Callum Reid", "Yep, you'll have that Friday.")]
    week2 = [("Nadia Farouk", "I'll draft a short privacy note and get it to you, Tomasz, by the end of next week."),
             ("Tomasz Bielski", "Right."),
             ("Callum Reid", "And I'll switch the app config over so it only tracks while a shift's open."),
             ("Callum Reid", "I'll get that into the build for the 23rd.")]
    got = [i for i in items(track(week1, week2)) if "config keys" in i.text]
    assert [(i.status, i.due) for i in got] == [("open", date(2026, 3, 6))]


def test_work_taken_off_the_one_asking_is_their_item_with_a_new_owner(track) -> None:
    week1 = [("Lena Varga", "Tomasz, the trial day?"),
             ("Tomasz Bielski", "I'll take Kev and two others out for a trial day with the test tablets by the 13th."),
             ("Lena Varga", "Ruth, the training rota?"),
             ("Ruth Adeyemi", "I'll get the training rota out by Friday.")]
    week2 = [("Lena Varga", "Ruth, the rota?"),
             ("Ruth Adeyemi", "Not done. Tomasz, would you take the training rota off me? I'm drowning, and you know "
                              "the lads' shifts better than I do anyway."),
             ("Tomasz Bielski", "Go on. I'll have it done by the twentieth.")]
    got = {("rota" in i.text): (i.owner, i.status, i.due) for i in items(track(week1, week2)) if i.meeting_id == "w1"}
    assert got[True] == ("Tomasz Bielski", "slipped", date(2026, 3, 20))  # handed over, with its new date
    assert got[False] == ("Tomasz Bielski", "open", date(2026, 3, 13))  # his own trial day keeps its date


def test_a_topic_named_first_is_what_an_aimed_for_date_is_for(track) -> None:
    week1 = [("Ruth Adeyemi", "Okay. Anything else?"),
             ("Nadia Farouk", "And from me, the data retention policy. Which systems, how long, who signs. I'm aiming "
                              "for the thirteenth, and then we can review it together.")]
    week2 = [("Ruth Adeyemi", "Morning all."),
             ("Nadia Farouk", "Good. The retention policy, from me, landed with you all last Thursday. The big open "
                              "question in there is the archive, we'll come to that.")]
    got = [i for i in items(track(week1, week2)) if i.meeting_id == "w1"]
    assert [("retention policy" in i.text, i.status) for i in got] == [(True, "done")]


@pytest.mark.parametrize(("report", "status"), [
    ("Great. And I sent Tomasz the screenshots, I think the day after?", "done"),
    ("Great. And did I send Tomasz the screenshots?", "open"),
])
def test_a_report_ending_unsure_of_when_is_still_a_report(track, report: str, status: str) -> None:
    week1 = [("Lena Varga", "Tomasz wants to see what location data we store."),
             ("Nadia Farouk", "I'll send Tomasz screenshots of exactly what's stored, by Friday.")]
    week2 = [("Lena Varga", "Morning."), ("Nadia Farouk", report)]
    assert [i.status for i in items(track(week1, week2)) if "screenshots" in i.text] == [status]


def test_the_new_owner_named_as_doing_the_thing_asked_about_closes_it(track) -> None:
    week1 = [("Lena Varga", "We need a plan of who's off the tills when, so we can fit the sessions around it."),
             ("Nadia Farouk", "Oh sure, in my spare time. Between the stocktake and three people on holiday."),
             ("Tomasz Bielski", "Nadia, I hear you. What do you need from me?"),
             ("Nadia Farouk", "Cover. If I take fifteen people off the tills for two mornings I need to backfill, and "
                              "someone has to sign off the extra hours before I plan anything."),
             ("Tomasz Bielski", "Leave that with me. I'll get the extra hours for the training mornings signed off by "
                                "next Friday."),
             ("Nadia Farouk", "Right. Then fine, I'll do the training rota. You'll have it by the sixteenth.")]
    week2 = [("Lena Varga", "Nadia, the training rota, still good for Monday?"),
             ("Nadia Farouk", "Yes, but not me. Priti's going to pick up the rota. She's my supervisor on the tills and "
                              "she knows the shifts better than I do. She'll still have it to you by the sixteenth."),
             ("Lena Varga", "Okay, so Priti for the rota.")]
    week3 = [("Lena Varga", "Good. Nadia, the rota?"),
             ("Nadia Farouk", "Priti sent the rota round on Tuesday. If you didn't get it, that's your inbox, not Priti.")]
    got = [(i.owner, i.status) for i in items(track(week1, week2, week3)) if "training rota" in i.text]
    assert got == [("Priti", "done")]


@pytest.mark.parametrize(("report", "status"), [
    ("So, the sample landed Monday. Finally. Callum, thank you.", "done"),
    ("So, the sample landed Monday. Finally. Tomasz, thank you.", "slipped"),  # thanks to someone else
])
def test_a_thing_arrived_with_thanks_to_its_owner_is_their_item_done(track, report: str, status: str) -> None:
    week1 = [("Lena Varga", "Callum, the sample file from your side?"),
             ("Callum Reid", "I'll get the sample extract over to you by the end of next week."),
             ("Lena Varga", "And the work order?"),
             ("Callum Reid", "Tomasz is going to sign the work order for the extract runs, he told me by the end of "
                             "the month."),
             ("Nadia Farouk", "And I'll book a sample review session with the finance team for the 20th.")]
    week2 = [("Ruth Adeyemi", "Just to say it out loud, we can't start the trial load until we get the sample "
                              "extract."),
             ("Lena Varga", "Callum, the sample?"), ("Callum Reid", "Next Wednesday.")]
    week3 = [("Lena Varga", "Morning all."), ("Ruth Adeyemi", report)]
    got = [i.status for i in items(track(week1, week2, week3)) if i.owner == "Callum Reid"]
    assert got == [status]


@pytest.mark.parametrize(("reply", "owner"), [
    ("We'll get the sample extract over to you by the end of next week.", "Callum Reid"),  # we do it, you get it
    ("We'll need you to send us the sample by Friday.", "Lena Varga"),  # asked of the one spoken to
])
def test_in_a_two_person_call_we_doing_it_for_you_is_the_speakers(minilm_extractor: OfflineExtractor, reply: str,
                                                                   owner: str) -> None:
    turns = [("Lena Varga", "Callum, the sample file from your side?"), ("Callum Reid", reply)]
    got = items(minilm_extractor.extract(meeting_context(turns, PEOPLE, date(2026, 3, 2))).facts)
    assert [i.owner for i in got] == [owner]


@pytest.mark.parametrize(("report", "status"), [
    ("Got the checklist yesterday, thanks Ruth. That's unstuck the onboarding flow.", "done"),
    ("Got the checklist yesterday, thanks Nadia. That's unstuck the onboarding flow.", "open"),  # from someone else
])
def test_a_thing_received_with_thanks_closes_the_thanked_ones_hand_over(track, report: str, status: str) -> None:
    week1 = [("Tomasz Bielski", "I can't finish the supplier onboarding flow until you tell us which checks you "
                                "want."),
             ("Lena Varga", "Can you get Tomasz a list? Even a rough one?"),
             ("Ruth Adeyemi", "I've got one from the old tender pack. I'll send it to Tomasz by Monday.")]
    week2 = [("Lena Varga", "And the checklist from Ruth?"), ("Tomasz Bielski", report)]
    assert [i.status for i in items(track(week1, week2)) if i.owner == "Ruth Adeyemi"] == [status]


def test_a_thing_said_to_be_someone_elses_is_not_the_owners_work(track) -> None:
    week1 = [("Lena Varga", "Callum, for the January training I need names."),
             ("Lena Varga", "I'll need the names of your reception team at the depot, Callum, so I can book them "
                            "on the January training."),
             ("Callum Reid", "Friday, hopefully.")]
    week2 = [("Lena Varga", "Callum, the names?"),
             ("Callum Reid", "Nadia's team are trained up, the lunch is ordered, and if we move it once we'll move it "
                             "three times.")]
    assert [i.status for i in items(track(week1, week2)) if "reception team" in i.text] != ["done"]


@pytest.mark.parametrize("reply", ["I did wonder.", "I did say that last week."])
def test_did_with_a_verb_of_talk_reports_no_work(reply: str) -> None:
    from ingest.extraction.followup import done_report

    assert done_report(reply) is None


def test_a_drop_may_name_what_the_work_was_for(track) -> None:
    week1 = [("Lena Varga", "Callum, the staff app?"),
             ("Callum Reid", "We'll have the staff app switched on for the depot by the 30th, so they can see their "
                             "shifts on their phones.")]
    week2 = [("Lena Varga", "Then I think we take the app out of the pilot. The depot sees rosters on the wall like "
                            "now, and we come back to the app in January."),
             ("Nadia Farouk", "Agreed."),
             ("Ruth Adeyemi", "Fine by me, some of my people didn't want it on their phones anyway."),
             ("Callum Reid", "Okay, I'll stand that down.")]
    assert [i.status for i in items(track(week1, week2)) if "staff app" in i.text] == ["dropped"]


@pytest.mark.parametrize(("rest", "owner", "thanked"), [
    (" Finally. Callum, thank you.", "Callum Reid", True),
    (" on Friday afternoon, thanks Kit. Really helpful.", "Christopher Adeyemi", True),  # a usual short form
    (" Thanks, Tomasz.", "Callum Reid", False),
    (" So, thanks everyone.", "Callum Reid", False),
])
def test_thanks_by_name_or_short_form_either_way_round(rest: str, owner: str, thanked: bool) -> None:
    from ingest.extraction.followup import _thanks

    assert _thanks(rest, owner) is thanked
