"""News of work said in ways the tracker missed: an event asked after ("Dave, the training on Thursday, how was
it?"), an outside party that finished ("Estates finished Seven on Friday"), a thing someone sent named before its
verb ("The census fields Aileen sent over are all in the build"), a thing to switch on said to be on ("It's on."),
the sender asking whether anyone has read it ("The cutover plan, did anyone open it?"); and what is no work of its
own: a recap line's named person owns its piece, progress told as a count is no finished item, "I sent it at
eleven o'clock last night" names no deliverable, "Zentra confirmed the shipment on Monday" promises nothing; and work
that cannot go on until a thing comes ("The VPN token hasn't come through, so I can't get onto the test server") is
a blocker."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, Blocker, Person
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, meeting_context, of, owned_after, weekly_tracker

DEPOT = ["Priya Raman", "Dave Ruddock", "Marta Kowalczyk"]
TRAINING = [("Priya Raman", "Marta, the supervisors?"),
            ("Marta Kowalczyk", "Yes, so I'll run the train-the-trainer for the Hexley supervisors on the nineteenth, "
                                "that's a Thursday."),
            ("Priya Raman", "Okay.")]


@pytest.mark.parametrize(("reply", "status"), [
    ("Marta's session Thursday, the supervisors actually liked it. Don't put that in the minutes.", "done"),
    # the answer says it was not held
    ("It didn't happen, Marta was off sick.", "open"),
])
def test_an_answer_to_how_the_event_went_tells_of_it_held(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    week2 = [("Priya Raman", "Quick round first. Dave, the training on Thursday, how was it?"), ("Dave Ruddock", reply),
             ("Marta Kowalczyk", "Too late, it's in the minutes.")]
    items = owned_after(minilm_extractor, minilm, DEPOT, "Marta Kowalczyk", date(2026, 11, 10), TRAINING, week2)
    assert [i.status for i in items] == [status]


WARDS = ["Rowena Garside", "Bridget Nolan", "Ines Halvorsen"]


@pytest.mark.parametrize(("said", "status"), [
    ("Estates finished Seven on Friday, I walked past on my way out. All the bays have got their sockets now.", "done"),
    # other work of theirs, or a part
    ("Estates finished the car park on Friday, I walked past on my way out.", "open"),
    ("Estates finished four of the six bays on Friday.", "open"),
])
def test_an_outside_party_owing_one_item_that_finished_has_done_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, said: str, status: str
) -> None:
    week1 = [("Rowena Garside", "Bridget, the wards?"),
             ("Bridget Nolan", "Estates have said they'll have the power and data points in on both wards by the sixth."),
             ("Rowena Garside", "Okay.")]
    week2 = [("Rowena Garside", "Okay. And the sockets on Seven?"), ("Bridget Nolan", said), ("Rowena Garside", "Good.")]
    items = owned_after(minilm_extractor, minilm, WARDS, "Estates", date(2026, 10, 28), week1, week2)
    assert [i.status for i in items] == [status]


COLLEGE = ["Eilidh Baxter", "Tariq Hussain", "Aileen Docherty", "Ben Whitlock"]


@pytest.mark.parametrize(("said", "status"), [
    ("Good. The census fields Aileen sent over are all in the build now, so February should come out of Orrin "
     "without anyone crying.", "done"),
    # other work of hers
    ("Good. The test logins Aileen set up are all working now.", "open"),
])
def test_a_thing_named_with_who_sent_it_is_their_work_done(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, said: str, status: str
) -> None:
    week1 = [("Eilidh Baxter", "Tariq needs the list of fields the funding return uses. Aileen, could you send it?"),
             ("Aileen Docherty", "Go on, then. I'll have the field list to Tariq by the end of next week."),
             ("Eilidh Baxter", "You're a star.")]
    week2 = [("Eilidh Baxter", "Tariq, how's the build?"), ("Tariq Hussain", said), ("Aileen Docherty", "You're welcome.")]
    items = owned_after(minilm_extractor, minilm, COLLEGE, "Aileen Docherty", date(2026, 10, 21), week1, week2)
    assert [i.status for i in items] == [status]


def test_a_relative_clause_names_who_did_the_thing() -> None:
    rep = done_report("The census fields Aileen sent over are all in the build now.")
    assert rep is not None and (rep.doer, rep.subject) == ("Aileen", "The census fields")
    # ("That's exactly why I sent it round.": the speaker sent it)
    why = done_report("That's exactly why I sent it round.")
    assert why is not None and why.doer == "speaker"


@pytest.mark.parametrize(("reply", "status"), [
    ("It's on. Finance finally let it through.", "done"),
    ("It's on the agenda for Thursday.", "open"),
    ("It's on hold.", "open"),
])
def test_a_thing_to_switch_on_said_to_be_on_is_done(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    week1 = [("Eilidh Baxter", "Ben, the API?"),
             ("Ben Whitlock", "Our commercial team say they'll have the API module switched on by the ninth of October."),
             ("Eilidh Baxter", "Great.")]
    week2 = [("Eilidh Baxter", "Ben, the API?"), ("Ben Whitlock", reply), ("Tariq Hussain", "Noted.")]
    facts = weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in COLLEGE], date(2026, 10, 1))(week1, week2)
    assert [(i.owner, i.status) for i in action_items(facts)] == [("commercial team", status)]


HOTEL = ["Hannah Lister", "Gary Rundle", "Sarah Trevithick"]


@pytest.mark.parametrize(("asked", "status"), [
    ("So we're still waiting on Kit for the phones. The cutover plan, did anyone open it?", "done"),
    ("Has everyone had a chance to look at the cutover plan?", "done"),
    # asked of the future, or of a plan someone else sent
    ("Will anyone read the cutover plan?", "open"),
    ("Did anyone open the cutover plan Sarah sent?", "open"),
])
def test_the_sender_asking_whether_anyone_read_it_has_sent_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, asked: str, status: str
) -> None:
    week1 = [("Gary Rundle", "When do we see the cutover?"),
             ("Hannah Lister", "I'll circulate a draft cutover plan by the end of next week."), ("Gary Rundle", "Good.")]
    week2 = [("Sarah Trevithick", "He said he'd look at it."), ("Hannah Lister", asked),
             ("Gary Rundle", "I did. Red pen, as promised.")]
    items = owned_after(minilm_extractor, minilm, HOTEL, "Hannah Lister", date(2026, 10, 20), week1, week2)
    assert [i.status for i in items] == [status]


PROCUREMENT = ["Imogen Clarke", "Lowri Evans", "Dev Sharma"]


def test_a_recap_line_naming_someone_at_the_call_is_their_item(minilm_extractor: OfflineExtractor) -> None:
    turns = [("Dev Sharma", "Okay, fair."), ("Lowri Evans", "Fine by me."),
             ("Imogen Clarke", "Okay, recap. Lowri, register by the twenty-third. Dev, chase Corrin Thursday.")]
    ctx = meeting_context(turns, [Person(name=n) for n in PROCUREMENT], date(2026, 10, 13))
    items = of(minilm_extractor.extract(ctx), ActionItem)
    assert sorted((i.owner, i.due) for i in items) == [("Dev Sharma", date(2026, 10, 15)),
                                                        ("Lowri Evans", date(2026, 10, 23))]


def test_a_recap_line_restating_an_earlier_item_adds_no_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    week1 = [("Imogen Clarke", "Lowri, once you've got the template, how long to get the register into it?"),
             ("Lowri Evans", "Friday week?"), ("Imogen Clarke", "Lowri, register in the template by the sixteenth.")]
    week2 = [("Imogen Clarke", "And Lowri, how's the register going?"),
             ("Lowri Evans", "The dates are worse than I thought. It's going to be the end of next week now, "
                             "realistically."),
             ("Imogen Clarke", "So Friday the twenty-third."), ("Lowri Evans", "Twenty-third. Sorry."),
             ("Dev Sharma", "Okay."),
             ("Imogen Clarke", "Okay, recap. Lowri, register by the twenty-third. Dev, chase Corrin Thursday.")]
    facts = weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in PROCUREMENT], date(2026, 10, 6))(
        week1, week2)
    assert [(i.owner, i.status, i.due) for i in action_items(facts) if "register" in i.text] == [
        ("Lowri Evans", "slipped", date(2026, 10, 23))]


ROOMS = ["Hannah Lister", "Kerensa Polglase"]


@pytest.mark.parametrize(("said", "done"), [
    ("I've done seven already.", False),
    ("I've done what I can with dummy rooms.", False),
    # a thing of its own, finished
    ("I've done the seven room checks at Fowey.", True),
])
def test_progress_told_as_a_count_is_no_finished_item(
    minilm_extractor: OfflineExtractor, said: str, done: bool
) -> None:
    turns = [("Hannah Lister", "Kerensa, the room checks?"), ("Kerensa Polglase", said), ("Hannah Lister", "Okay.")]
    ctx = meeting_context(turns, [Person(name=n) for n in ROOMS], date(2026, 10, 13))
    assert bool([i for i in of(minilm_extractor.extract(ctx), ActionItem) if i.status == "done"]) is done


@pytest.mark.parametrize(("said", "kept"), [
    ("I sent it at eleven o'clock last night.", False),
    ("I raised it three weeks ago.", False),
    # a deliverable named is news too when it closes nothing (see test_work_first_heard_of_as_done_is_no_commitment)
    ("I sent you a draft of the rota last week.", False),
])
def test_a_report_naming_only_when_it_was_sent_adds_no_done_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, said: str, kept: bool
) -> None:
    week1 = [("Hannah Lister", "Morning all."), ("Kerensa Polglase", "Morning.")]
    week2 = [("Hannah Lister", "Kerensa, anything from you?"), ("Kerensa Polglase", said), ("Hannah Lister", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in ROOMS], date(2026, 10, 6))(week1, week2)
    assert bool(action_items(facts, "done")) is kept


FARES = ["Orla Quigley", "Joel Amadi", "Malcolm Hendry"]


@pytest.mark.parametrize(("reply", "due"), [
    ("The API's looking more like the 20th. The other customer's changes pushed it back.", date(2026, 11, 20)),
    # a date of something else
    ("Testing starts on the 20th.", date(2026, 11, 6)),
])
def test_a_new_date_for_the_thing_a_question_names_moves_the_one_item_of_that_work(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, due: date
) -> None:
    week1 = [("Joel Amadi", "On the connector."),
             ("Orla Quigley", "So Faretek will have the API connector ready to test by the 6th of November."),
             ("Orla Quigley", "Great."), ("Malcolm Hendry", "I'll send the duty file spec to Joel by Friday.")]
    week2 = [("Orla Quigley", "And the API?"), ("Joel Amadi", reply), ("Malcolm Hendry", "That's the live updates?")]
    items = owned_after(minilm_extractor, minilm, FARES, "Faretek", date(2026, 10, 26), week1, week2)
    assert [i.due for i in items] == [due]


CLINICS = ["Saoirse Brennan", "Declan Furey", "Rajiv Menon"]


@pytest.mark.parametrize(("reply", "due"), [
    ("Yeah. It wasn't. Tailwind fought me. The appointments table's stored in a format I've never seen. I think "
     "I've cracked it. Monday. The 26th. I'm not promising before that.", date(2026, 10, 26)),
    # a date of the speaker's own
    ("Yeah, nearly there. I'm off on the 26th, by the way.", date(2026, 10, 16)),
])
def test_a_date_after_the_way_is_found_moves_the_item_the_owner_was_called_on_about(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, due: date
) -> None:
    week1 = [("Rajiv Menon", "I'll need the Tailwind data to test the mapping."),
             ("Declan Furey", "I can get a trial extract of clients and patients out of it and across to Rajiv. Friday "
                              "week."),
             ("Rajiv Menon", "So that's the sixteenth."),
             ("Declan Furey", "And I'll send you the Cliniq licence list by Wednesday.")]
    week2 = [("Saoirse Brennan", "Morning all."), ("Rajiv Menon", "Morning.")]
    week3 = [("Saoirse Brennan", "Three's fine. More hands. Declan, Tailwind. That was Friday."), ("Declan Furey", reply),
             ("Saoirse Brennan", "Okay.")]
    items = owned_after(minilm_extractor, minilm, CLINICS, "Declan Furey", date(2026, 10, 7), week1, week2, week3)
    assert [i.due for i in items if "extract" in i.text] == [due]


def test_the_way_found_is_no_work_done() -> None:
    assert done_report("I think I've cracked it.") is None
    assert done_report("I've sent it.") is not None


@pytest.mark.parametrize(("said", "promised"), [
    ("Zentra confirmed the shipment on Monday.", False),
    # the day it is for
    ("Zentra confirmed the shipment for Monday.", True),
])
def test_what_a_party_confirmed_on_a_day_is_no_promise_for_that_day(
    minilm_extractor: OfflineExtractor, said: str, promised: bool
) -> None:
    turns = [("Tessa Morgan", "Sean, the devices?"), ("Sean Gallagher", said), ("Tessa Morgan", "Great.")]
    ctx = meeting_context(turns, [Person(name=n) for n in ("Tessa Morgan", "Sean Gallagher")], date(2026, 11, 4))
    assert bool(of(minilm_extractor.extract(ctx), ActionItem)) is promised


@pytest.mark.parametrize(("said", "waits"), [
    ("I still can't get on it. The VPN token hasn't come through, so I can't get onto the test server at all.", True),
    ("Until the ADT route's in, Tallis test has got no patients in it, so I can't test a single thing against the "
     "cabinets.", True),
    ("Because honestly I can't finish the reconciliation design without it. I'm guessing at the columns.", True),
    ("Until that extract lands I'm mapping from a dictionary, basically. I can't do a trial load.", True),
    # not a wait on anyone
    ("I can't do it without you, honestly.", False),
    ("You can't put away without it.", False),
    ("Until Friday, I can't, sorry.", False),
])
def test_work_that_cannot_go_on_until_a_thing_comes_is_a_blocker(
    minilm_extractor: OfflineExtractor, said: str, waits: bool
) -> None:
    turns = [("Priya Raman", "Callum, where are we?"), ("Callum Doyle", said), ("Priya Raman", "Okay.")]
    ctx = meeting_context(turns, [Person(name=n) for n in ("Priya Raman", "Callum Doyle")], date(2026, 11, 4))
    blockers = of(minilm_extractor.extract(ctx), Blocker)
    assert bool(blockers) is waits
    # (a state awaited is no party: "the ADT route's in")
    assert all(b.waiting_on is None or "'s in" not in b.waiting_on for b in blockers)


def test_a_date_given_when_called_on_with_the_day_that_passed_moves_the_item_due_that_day(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    week1 = [("Rajiv Menon", "I'll need the Tailwind data to test the mapping."),
             ("Declan Furey", "I can get a trial extract of clients and patients out of it and across to Rajiv. Friday "
                              "week."),
             ("Rajiv Menon", "So that's the sixteenth.")]
    week2 = [("Saoirse Brennan", "And the health plans, on both Tailwind and Cliniq?"),
             ("Declan Furey", "I'll map the health plan memberships from both of them as well. Same date, the 23rd."),
             ("Saoirse Brennan", "Great.")]
    week3 = [("Saoirse Brennan", "Three's fine. More hands. Declan, Tailwind. That was Friday."),
             ("Declan Furey", "Yeah. It wasn't. Tailwind fought me. I think I've cracked it. Monday. The 26th. I'm not "
                              "promising before that."),
             ("Saoirse Brennan", "Monday the 26th.")]
    items = owned_after(minilm_extractor, minilm, CLINICS, "Declan Furey", date(2026, 10, 7), week1, week2, week3)
    assert sorted(("extract" in i.text, i.due) for i in items) == [(False, date(2026, 10, 23)),
                                                                    (True, date(2026, 10, 26))]


def test_see_you_on_a_day_moves_no_item_that_says_come_back(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    people = ["Imogen Barclay", "Ngozi Adebayo", "Bethan Lloyd"]
    week1 = [("Imogen Barclay", "Ngozi, the DPIA?"),
             ("Ngozi Adebayo", "I'll come back to you with either the sign-off or my comments by the 20th. Friday."),
             ("Imogen Barclay", "Lovely.")]
    week2 = [("Imogen Barclay", "And praying. Thanks everyone. Back to Tuesday next week."),
             ("Bethan Lloyd", "Back to Tuesday. Bye.")]
    items = owned_after(minilm_extractor, minilm, people, "Ngozi Adebayo", date(2026, 11, 10), week1, week2)
    assert [i.due for i in items] == [date(2026, 11, 20)]


def test_a_wait_said_again_without_that_thing_is_the_blocker_told_before(minilm_extractor: OfflineExtractor) -> None:
    turns = [("Mark Ellis", "Priya, where are we with the firewall?"),
             ("Priya Nair", "We have a blocker. The firewall rule change is waiting for approval from the network "
                            "security team."),
             ("Mark Ellis", "When can you send the change request to them?"),
             ("Priya Nair", "I will send the firewall rule change to them by Friday."),
             ("Mark Ellis", "Thank you, Priya. If the approval is late, the cut over will slip by one week."),
             ("John Hale", "I agree with Mark. We cannot move the laptop without that rule."),
             ("Mark Ellis", "John, can you take care of the maintenance window?")]
    ctx = meeting_context(turns, [Person(name=n) for n in ("Mark Ellis", "Priya Nair", "John Hale")],
                          date(2026, 11, 18))
    [blocker] = of(minilm_extractor.extract(ctx), Blocker)
    assert blocker.waiting_on == "the network security team"
    assert [e.speaker for e in blocker.evidence] == ["Priya Nair", "John Hale"]
