"""Futures that promise no one-off work and reports in few words. A day that recurs ("every Friday") is a cadence, not
a deadline, and hosting the calls is no action item; someone running late, waiting a minute in the call, news that
will come ("We'll find out in six weeks") or a treat for the next call promise no work. A thing "all in a
spreadsheet on the shared drive" is delivered, and "Got that, thank you Ines." in reply to "Ines, the user list?"
says Ines's list arrived."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, FactBase, Person
from ingest.extraction.dates import due_date
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import meeting_context, weekly_tracker

MON = date(2026, 3, 2)
NAMES = ["Imogen Hale", "Dev Kapoor", "Ines Duarte", "Rhys Bannerman", "Bethan Lloyd"]
PEOPLE = [Person(name=n) for n in NAMES]


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, MON)


def actions(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[ActionItem]:
    """The action items the offline extractor finds in a call of these turns on MON."""
    return [f for f in extractor.extract(meeting_context(turns, PEOPLE, MON)).facts if isinstance(f, ActionItem)]


def said_by_dev(extractor: OfflineExtractor, sentence: str) -> list[ActionItem]:
    return actions(extractor, [("Imogen Hale", "Morning all, quick round the table."), ("Dev Kapoor", sentence),
                               ("Ines Duarte", "Okay, thanks.")])


@pytest.mark.parametrize(("sentence", "due"), [
    ("I'll send the RAID log every Friday.", None),
    ("I'll host these every other Thursday.", None),
    ("Each Monday I'll post the burn-down.", None),
    ("I'll send the RAID log by Friday.", date(2026, 3, 6)),
    ("I'll send the RAID log on Friday, and every week after that.", date(2026, 3, 6)),
])
def test_a_day_that_recurs_sets_no_due_date(sentence: str, due: date | None) -> None:
    assert due_date(sentence, MON) == due


def test_hosting_the_calls_on_a_cadence_is_no_action_item(minilm_extractor: OfflineExtractor) -> None:
    assert said_by_dev(minilm_extractor, "Right, this is our first call. I'll host these every other Thursday.") == []
    assert [i.due for i in said_by_dev(minilm_extractor, "I'll send the interface spec by Friday.")] == \
        [date(2026, 3, 6)]


@pytest.mark.parametrize("sentence", [
    "Bethan said she'd be late, she's on the incident call.",
    "I'll give it one more minute, Rhys said he might be a couple of minutes late.",
    "We'll find out in six weeks.",
    "Rhys will hear that from this call, it's minuted.",
    "Rhys is going to find a lot of duplicates.",
    "Bethan should be able to reach the payroll server from the test tenant.",
    "I'll bring the biscuits next time, Imogen.",
])
def test_a_future_that_promises_no_work_is_no_action_item(minilm_extractor: OfflineExtractor, sentence: str) -> None:
    assert said_by_dev(minilm_extractor, sentence) == []


def test_finding_something_out_by_a_date_is_still_work(minilm_extractor: OfflineExtractor) -> None:
    found = said_by_dev(minilm_extractor, "We'll find out who owns the firewall by Friday.")
    assert [(i.owner, i.due) for i in found] == [("Dev Kapoor", date(2026, 3, 6))]


WEEK1_CODES = [("Imogen Hale", "Dev, the absence codes. Every campus uses them differently."),
               ("Dev Kapoor", "I'll pull that together. All the codes, and what each campus uses them for. Before the "
                              "next call, if that's okay."),
               ("Imogen Hale", "Great, thanks.")]
REPORT = ("So I've been round all three campuses. There's fourteen codes in Helix, and one campus uses three of them "
          "for things that aren't absence at all. ")


@pytest.mark.parametrize(("where", "status"), [
    ("It's all in a spreadsheet on the shared drive.", "done"),
    ("It's in a spreadsheet on my laptop.", "open"),  # kept to oneself, not handed over
])
def test_work_said_to_be_in_a_document_in_a_shared_place_is_delivered(track, where: str, status: str) -> None:
    week2 = [("Imogen Hale", "And Dev, the absence codes."), ("Dev Kapoor", REPORT + where),
             ("Imogen Hale", "Lovely.")]
    assert [i.status for i in items(track(WEEK1_CODES, week2)) if i.owner == "Dev Kapoor"] == [status]


WEEK1_NAMES = [("Imogen Hale", "Ines, one for you. Dev needs names for the user accounts."),
               ("Dev Kapoor", "Everybody who'll hold a handheld, both shifts. First name, surname, which shift."),
               ("Ines Duarte", "I'll get you the names for both shifts by Monday."),
               ("Imogen Hale", "Great.")]


@pytest.mark.parametrize(("week2", "status"), [
    ([("Imogen Hale", "Ines, the user list?"), ("Dev Kapoor", "Got that, thank you Ines. Fifty-three people, all set up."),
      ("Imogen Hale", "Lovely.")], "done"),
    # thanks for an update, not for a thing received
    ([("Imogen Hale", "Ines, anything on nights?"),
      ("Ines Duarte", "Nights are short again, we lost two more pickers this week."),
      ("Imogen Hale", "Got it, thanks Ines.")], "open"),
])
def test_it_received_with_thanks_in_reply_to_a_prompt_calling_on_the_owner_is_done(
    track, week2: list[tuple[str, str]], status: str
) -> None:
    assert [i.status for i in items(track(WEEK1_NAMES, week2)) if i.owner == "Ines Duarte"] == [status]


def test_allowing_time_is_no_action_item(minilm_extractor: OfflineExtractor) -> None:
    assert said_by_dev(minilm_extractor, "A week. I can give it a week. The thirtieth.") == []


def test_an_instruction_by_name_taken_on_in_the_owners_words_is_one_item_with_why_it_is_wanted(
    minilm_extractor: OfflineExtractor,
) -> None:
    turns = [("Rhys Bannerman", "Right, I've got to go. Ines, send me something short before the thirtieth, so I know "
                                "what I'm walking into."),
             ("Ines Duarte", "I'll send you a readiness summary by Tuesday. One page."),
             ("Imogen Hale", "Thanks both.")]
    found = actions(minilm_extractor, turns)
    assert [(i.owner, i.text, i.due) for i in found] == \
        [("Ines Duarte", "I'll send you a readiness summary by Tuesday.", date(2026, 3, 3))]
    assert {e.speaker for e in found[0].evidence} == {"Rhys Bannerman", "Ines Duarte"}


def test_a_recap_line_keeps_why_the_work_is_wanted_with_the_work(minilm_extractor: OfflineExtractor) -> None:
    turns = [("Rhys Bannerman", "Ines, send me something short before the thirtieth, so I know what I'm walking into."),
             ("Imogen Hale", "Okay, next item.")]
    found = actions(minilm_extractor, turns)
    assert [(i.owner, i.due) for i in found] == [("Ines Duarte", date(2026, 3, 30))]
    assert "walking into" in found[0].text


def items_of(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[tuple[str | None, date | None]]:
    return [(f.owner, f.due) for f in actions(extractor, turns)]


@pytest.mark.parametrize("sentence", [
    "The branch meet on the third, and Mick says he'll have the agreement signed and back to us by the sixth.",
    "I rang at eight in the morning. He says Mick will send the agreement back by the sixth.",
])
def test_a_promise_relayed_after_other_news_is_the_partys_own(minilm_extractor: OfflineExtractor, sentence: str) -> None:
    turns = [("Imogen Hale", "Bethan, the agreement?"), ("Bethan Lloyd", sentence), ("Imogen Hale", "Okay.")]
    assert items_of(minilm_extractor, turns) == [("Mick", date(2026, 3, 6))]


def test_a_promise_that_dates_what_the_speaker_just_said_is_the_speakers(minilm_extractor: OfflineExtractor) -> None:
    turns = [("Imogen Hale", "Hi Rhys. Ines was saying the merchant agreement's with you."),
             ("Rhys Bannerman", "Yes, I've seen it. I'll have it back to Ines by Friday."),
             ("Imogen Hale", "Great, thanks.")]
    assert items_of(minilm_extractor, turns) == [("Rhys Bannerman", date(2026, 3, 6))]


@pytest.mark.parametrize(("sentence", "done"), [
    ("For what it's worth, I did the Wi-Fi in the fire station last year and it took eleven forms.", False),
    ("I did the last migration here, off the old Keystone system, back in 2019.", False),
    ("I did the last stock take for the auditors in March, it took three of us a whole weekend.", False),
    ("Look, I've done a system change before, at my last place, and it was a disaster.", False),
    ("I did the last two sites on Friday.", True),
    ("I've sent the revised plan round, with the new dates.", True),
])
def test_work_done_long_before_or_elsewhere_is_a_story_not_a_report(
    minilm_extractor: OfflineExtractor, sentence: str, done: bool
) -> None:
    assert [i.status for i in said_by_dev(minilm_extractor, sentence)] == (["done"] if done else [])


@pytest.mark.parametrize(("week2", "status"), [
    ([("Imogen Hale", "Okay, the actions. Dev, the VPN."),
      ("Ines Duarte", "That's in, yeah, Dev got me on Wednesday afternoon. So I've been on the server since Thursday."),
      ("Dev Kapoor", "Sorry it took a week longer than I said.")], "resolved"),
    # someone else on another server says nothing of the wait
    ([("Imogen Hale", "Okay, the actions. Rhys, the test data?"),
      ("Rhys Bannerman", "I've been on the reporting server since Thursday, the numbers look fine.")], "open"),
])
def test_the_one_held_up_saying_they_have_had_the_access_since_a_day_clears_the_wait(
    track, week2: list[tuple[str, str]], status: str
) -> None:
    week1 = [("Imogen Hale", "Ines, the extract?"),
             ("Ines Duarte", "I can't start on the extract until I can actually get onto that server."),
             ("Dev Kapoor", "We had to get a firewall change approved, and our change board only sits on a Tuesday.")]
    assert [b.status for b in track(week1, week2) if b.kind == "blocker"] == [status]


@pytest.mark.parametrize("turns", [
    # a recap round: each line restates work, none is an instruction taken on by the next speaker
    [("Imogen Hale", "So recap. Rhys, the floor plans by the 30th. Ines, push after the CAB on the 1st. Dev, routes "
                     "by the 2nd."), ("Rhys Bannerman", "Fine.")],
    # a standing instruction with nothing to do
    [("Imogen Hale", "Ines, send me anything that needs me."), ("Ines Duarte", "Will do.")],
])
def test_a_recap_round_or_a_standing_instruction_is_not_taken_on_by_the_reply(
    minilm_extractor: OfflineExtractor, turns: list[tuple[str, str]]
) -> None:
    found = actions(minilm_extractor, turns)
    assert not [f for f in found if f.owner == turns[1][0] and len(f.evidence) > 1]
    assert not [f for f in found if "anything" in f.text]


def test_an_offer_past_its_date_is_not_shown_overdue_but_a_commitment_is() -> None:
    from assistant.models import Evidence, fact_public

    ev = Evidence(meeting_id="m", segment_id=1, speaker="Dev Kapoor", start=1.0, end=2.0, quote="q")
    offer = ActionItem(text="Then Thursday I can look at the cabling.", owner=None, due=MON, conditional=True,
                       evidence=[ev])
    promise = ActionItem(text="I'll look at the cabling on Thursday.", owner="Dev Kapoor", due=MON, evidence=[ev])
    assert [fact_public(f, as_of=date(2026, 3, 9))["overdue"] for f in (offer, promise)] == [False, True]


def test_when_is_that_answered_with_a_day_dates_the_work_done_at_that_meeting_and_names_no_work(
    minilm_extractor: OfflineExtractor,
) -> None:
    turns = [("Dev Kapoor", "So the standby config is still sitting there waiting on him."),
             ("Imogen Hale", "Okay. I'll raise it at the steering group. That's the right place."),
             ("Ines Duarte", "When's that?"),
             ("Imogen Hale", "The 5th. I'll put it on the agenda."),
             ("Dev Kapoor", "Right, next.")]
    found = actions(minilm_extractor, turns)
    assert [(i.owner, i.text, i.due) for i in found] == \
        [("Imogen Hale", "I'll raise it at the steering group.", date(2026, 3, 5))]


@pytest.mark.parametrize(("sentence", "reported"), [
    ("He thinks he won.", False),
    ("She reckons she signed it.", False),
    ("He says he sent it.", True),
    ("I think I sent it Tuesday.", True),
])
def test_someone_elses_belief_that_they_did_it_is_no_report(sentence: str, reported: bool) -> None:
    from ingest.extraction.followup import done_report

    assert (done_report(sentence) is not None) is reported


def test_the_outside_contact_a_relayed_promise_came_from_doing_it_closes_it(track) -> None:
    week1 = [("Imogen Hale", "You got hold of Derek?"),
             ("Dev Kapoor", "I rang at eight in the morning. He says Ledgerline will send the import spec by Friday the "
                            "13th."),
             ("Imogen Hale", "Okay.")]
    week2 = [("Imogen Hale", "Dev, Ledgerline?"), ("Dev Kapoor", "Derek's spec landed yesterday."),
             ("Imogen Hale", "Great.")]
    assert [(i.owner, i.status) for i in items(track(week1, week2))] == [("Ledgerline", "done")]


def test_someone_volunteering_for_work_nobody_owned_takes_it_with_the_date_they_give_when_asked(
    minilm_extractor: OfflineExtractor,
) -> None:
    turns = [("Imogen Hale", "Now, the go-live weekend. Somebody needs to own the order cut-off. What the depot takes "
                             "on the Friday, what waits till Monday."),
             ("Dev Kapoor", "Me, I suppose. I'll write up the order cut-off plan for the go-live weekend."),
             ("Imogen Hale", "When can you have it?"),
             ("Dev Kapoor", "Um. Let me look. I've got month-end Monday and Tuesday. Wednesday. I'll have it Wednesday."),
             ("Imogen Hale", "Wednesday. Lovely.")]
    found = actions(minilm_extractor, turns)
    assert [(i.owner, i.due) for i in found] == [("Dev Kapoor", date(2026, 3, 4))]
    assert "cut-off plan" in found[0].text


def test_a_dated_clause_naming_the_first_clauses_thing_by_their_is_the_same_item(
    minilm_extractor: OfflineExtractor,
) -> None:
    turns = [("Imogen Hale", "Bethan, UAT?"),
             ("Bethan Lloyd", "So I'll free up two of my HR advisers for UAT, I'll confirm their names by Monday."),
             ("Imogen Hale", "Great.")]
    assert items_of(minilm_extractor, turns) == [("Bethan Lloyd", date(2026, 3, 9))]


def test_work_started_today_is_due_when_its_result_will_be_live(minilm_extractor: OfflineExtractor) -> None:
    turns = [("Imogen Hale", "Rhys, the file has to get onto the payroll server somehow."),
             ("Rhys Bannerman", "That's a firewall change. I'll raise the change today. It goes to CAB Thursday, so "
                                "realistically it'll be live by next Tuesday."),
             ("Imogen Hale", "Perfect.")]
    assert items_of(minilm_extractor, turns) == [("Rhys Bannerman", date(2026, 3, 10))]
