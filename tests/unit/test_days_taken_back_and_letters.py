"""Status news that earlier rules missed: the day an item was due taken back with a new one ("Not Tuesday,
Thursday."), the date a piece of work comes to after why ("..., that puts it at Friday the 30th."), a letter or file of
the owner's that arrived, a request of "them" that the asker's sentence before says, the owner's deed done to "him"
just named ("And Alan. I rang him."), a date for "them" a few turns after work was taken on, "In." said alone, what
came through "sitting in Intune", thanks for comments on "my draft", "after this" before why, handovers said after a
false start ("I... yes, fine."), after "I'm not going to" or by naming the taker, and an item's letters said in full
("the schedule of rates" for "the SOR code mapping")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, Person
from ingest.extraction.dates import due_date
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, meeting_context, of, owned_after, weekly_tracker

DEPOT = ["Niamh Doherty", "Oskar Berglund", "Morag Innes"]


@pytest.mark.parametrize(("reply", "due"), [
    ("Yeah. Tuesday's not going to happen, sorry. Not Tuesday, Thursday.", date(2026, 10, 22)),
    # another day than the one it was due
    ("Yeah. Monday's not going to happen, sorry. Not Monday, Thursday.", date(2026, 10, 20)),
])
def test_the_owner_taking_back_the_day_it_was_due_with_another_moves_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, due: date
) -> None:
    week1 = [("Niamh Doherty", "Oskar, how long for the first-expiry override?"),
             ("Oskar Berglund", "It's a bigger change than it sounds. I'll have it in test for Tuesday week."),
             ("Niamh Doherty", "Thanks.")]
    week2 = [("Niamh Doherty", "Oskar, FEFO?"), ("Oskar Berglund", reply), ("Morag Innes", "Fine by me.")]
    items = owned_after(minilm_extractor, minilm, DEPOT, "Oskar Berglund", date(2026, 10, 8), week1, week2)
    assert [i.due for i in items if "in test" in i.text] == [due]


WATER = ["Helen Achterberg", "Marta Kowalczyk", "Rhys Tanner"]


@pytest.mark.parametrize(("news", "due"), [
    ("So the trial load, we're going to do it together with the GIS refresh, that puts it at Friday the 30th.",
     date(2026, 10, 30)),
    # the date is the other work's
    ("So the trial load, we're going to do it together with the GIS refresh, that puts the refresh at Friday the "
     "30th.", date(2026, 10, 21)),
])
def test_a_date_that_the_reason_puts_it_at_moves_the_work_the_sentence_opens_with(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, news: str, due: date
) -> None:
    week1 = [("Helen Achterberg", "Marta, the migration?"),
             ("Marta Kowalczyk", "We'll do the first trial load of open work orders by Wednesday the 21st."),
             ("Helen Achterberg", "Thanks.")]
    week2 = [("Helen Achterberg", "Marta, work orders?"),
             ("Marta Kowalczyk", "Yes. So, um, we've been looking at it alongside the GIS refresh, because the asset "
                                 "references need to line up with Rhys's new layer."),
             ("Marta Kowalczyk", news), ("Helen Achterberg", "Okay.")]
    items = owned_after(minilm_extractor, minilm, WATER, "Marta Kowalczyk", date(2026, 10, 13), week1, week2)
    assert [i.due for i in items if "trial load" in i.text] == [due]


UNION = ["Owen Price", "Helen Marsh", "Bernie Walsh"]


@pytest.mark.parametrize(("news", "status"), [
    ("Helen's letter got to us on Thursday, which is why I'm here.", "done"),
    # something else of hers
    ("Helen's invoice got to us on Thursday, which is why I'm here.", "open"),
])
def test_the_owners_letter_arriving_closes_their_promise_to_write(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, news: str, status: str
) -> None:
    week1 = [("Owen Price", "Nobody from the union has been on these calls."),
             ("Helen Marsh", "I'll write to the branch secretary this week and ask them to send someone to these "
                             "calls."), ("Owen Price", "Thanks Helen.")]
    week2 = [("Owen Price", "Welcome, Bernie."), ("Bernie Walsh", news), ("Owen Price", "Good.")]
    items = owned_after(minilm_extractor, minilm, UNION, "Helen Marsh", date(2026, 10, 13), week1, week2)
    assert [i.status for i in items if "branch secretary" in i.text] == [status]


WAREHOUSE = ["Nadia Okafor", "Gareth Pryce", "Luis Ferreira"]
SCRIPTS = [("Luis Ferreira", "When, not if."),
           ("Nadia Okafor", "Okay, UAT. Gareth, the scripts need a sign-off from you before we start testing on the "
                            "2nd. Can you go through them by Friday?"),
           ("Gareth Pryce", "Sixty-two scripts. Um. Yeah. I'll go through them, Friday."), ("Nadia Okafor", "Thanks.")]


def test_a_request_of_them_is_the_work_the_sentence_before_it_names(minilm_extractor: OfflineExtractor) -> None:
    ctx = meeting_context(SCRIPTS, [Person(name=n) for n in WAREHOUSE], date(2026, 10, 27))
    assert [i.text for i in of(minilm_extractor.extract(ctx), ActionItem) if i.owner == "Gareth Pryce"] == [
        "Gareth, the scripts need a sign-off from you before we start testing on the 2nd. Can you go through them "
        "by Friday?"]


@pytest.mark.parametrize(("prompt", "news", "status", "due"), [
    ("Gareth, the UAT script sign-off?", "I won't lie, I haven't touched them. First thing Monday.", "slipped",
     date(2026, 11, 9)),
    # testing is what the sign-off comes before, not the work
    ("Gareth, the labels?", "Labels print fine now. We tested them yesterday.", "open",
     date(2026, 10, 30)),
])
def test_a_request_of_them_is_tracked_by_the_work_not_what_it_comes_before(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, prompt: str, news: str, status: str, due: date
) -> None:
    week2 = [("Nadia Okafor", prompt), ("Gareth Pryce", news), ("Nadia Okafor", "Okay.")]
    items = owned_after(minilm_extractor, minilm, WAREHOUSE, "Gareth Pryce", date(2026, 10, 27), SCRIPTS, week2)
    assert [(i.status, i.due) for i in items if "scripts" in i.text] == [(status, due)]


HOUSING = ["Nadia Ferreira", "Gareth Pryce", "Callum Brody"]


@pytest.mark.parametrize(("news", "status"), [
    ("And Alan. I rang him. Well, I rang him the Tuesday after last call and got his wife. He's on a cruise.", "done"),
    # someone else rang
    ("And Alan. Callum rang him, I think. I haven't.", "open"),
])
def test_the_owner_doing_the_deed_to_him_just_named_closes_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, news: str, status: str
) -> None:
    week1 = [("Nadia Ferreira", "The void statuses are stuck until someone gets hold of Alan at the old supplier."),
             ("Gareth Pryce", "I'll ring Alan this week."), ("Nadia Ferreira", "Thanks.")]
    week2 = [("Nadia Ferreira", "Gareth, anything else?"), ("Gareth Pryce", news),
             ("Callum Brody", "So the void statuses are still stuck.")]
    items = owned_after(minilm_extractor, minilm, HOUSING, "Gareth Pryce", date(2026, 10, 19), week1, week2)
    assert [i.status for i in items if "ring Alan" in i.text] == [status]


PORTAL = ["Harriet Okoye", "Kieran Doyle", "Bryony Cartwright", "Dominic Vale"]


@pytest.mark.parametrize(("between", "due"), [
    ([("Kieran Doyle", "Consultations are fine, Dominic's got standard ones we can use."),
      ("Dominic Vale", "We do, yeah.")], date(2026, 11, 17)),
    # something else taken on in between: "them" is no longer plainly the scripts
    ([("Kieran Doyle", "Consultations are fine. And Dominic, will you send the standard ones over?"),
      ("Dominic Vale", "I'll send them over today.")], None),
])
def test_a_date_for_them_a_few_turns_after_taking_work_on_dates_that_work(
    minilm_extractor: OfflineExtractor, between: list[tuple[str, str]], due: date | None
) -> None:
    turns = [("Harriet Okoye", "Okay. Next, UAT."), ("Kieran Doyle", "Bryony, can you own the UAT scripts?"),
             ("Bryony Cartwright", "I can do the validation and householder ones. Not consultations, I've never "
                                   "touched that side."), *between,
             ("Bryony Cartwright", "Then I'll have them done by the seventeenth."), ("Harriet Okoye", "Thank you.")]
    ctx = meeting_context(turns, [Person(name=n) for n in PORTAL], date(2026, 11, 5))
    assert [i.due for i in of(minilm_extractor.extract(ctx), ActionItem) if "UAT scripts" in i.text] == [due]


def test_a_test_case_item_reported_done_is_not_slipped_by_a_date_for_new_work_after_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    week1 = [("Amrit Sandhu", "Bryony's going to pick out twenty awkward cases for testing."),
             ("Bryony Cartwright", "Fine. Twenty. Friday week."), ("Harriet Okoye", "Thanks.")]
    week2 = [("Harriet Okoye", "Okay. Bryony, test cases?"),
             ("Bryony Cartwright", "They're on the shared drive. All twenty."),
             ("Kieran Doyle", "Bryony, can you own the UAT scripts?"),
             ("Bryony Cartwright", "I can do the validation and householder ones. Not consultations."),
             ("Kieran Doyle", "Consultations are fine, Dominic's got standard ones we can use."),
             ("Dominic Vale", "We do, yeah."), ("Bryony Cartwright", "Then I'll have them done by the seventeenth."),
             ("Harriet Okoye", "Thank you.")]
    items = owned_after(minilm_extractor, minilm, [*PORTAL, "Amrit Sandhu"], "Bryony Cartwright", date(2026, 10, 29),
                        week1, week2)
    assert sorted((i.status, i.due) for i in items if "cases" in i.text or "UAT" in i.text) == [
        ("done", date(2026, 11, 6)), ("open", date(2026, 11, 17))]


@pytest.mark.parametrize(("reply", "status"), [
    ("In. The twenty-fourth, twenty-fifth and twenty-sixth, groups of seven or eight.", "done"),
    ("In a bit. The twenty-fourth, twenty-fifth and twenty-sixth, groups of seven or eight.", "open"),
])
def test_in_said_alone_in_reply_to_the_work_named_closes_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    people = ["Hannah Okafor", "Gary Lumb", "Bethan Hale"]
    week1 = [("Hannah Okafor", "Gaz, the lads need their training days."),
             ("Gary Lumb", "I'll get the training days into the rota by the thirteenth."), ("Hannah Okafor", "Thanks.")]
    week2 = [("Hannah Okafor", "Gaz, the training rota."), ("Gary Lumb", reply), ("Bethan Hale", "Great.")]
    items = owned_after(minilm_extractor, minilm, people, "Gary Lumb", date(2026, 11, 3), week1, week2)
    assert [i.status for i in items if "training days" in i.text] == [status]


@pytest.mark.parametrize(("said", "done"), [
    ("Came through, it's sitting in Intune.", True),
    ("All four PCs are imaged now, but they're sitting in my office.", False),
    ("Came through, it's sitting in the approvals queue.", False),
])
def test_what_came_through_sitting_in_a_system_is_there_but_not_in_a_queue(said: str, done: bool) -> None:
    assert (done_report(said) is not None) == done


@pytest.mark.parametrize(("news", "status"), [
    ("And thanks for your comments on my draft, Eilidh. Mostly small stuff.", "done"),
    # comments on someone else's
    ("And thanks for your comments on Orrin's draft, Eilidh. Mostly small stuff.", "open"),
])
def test_thanks_for_comments_on_the_owners_draft_closes_sending_it_round(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, news: str, status: str
) -> None:
    people = ["Eilidh Baxter", "Declan Rafferty", "Tariq Hussain"]
    week1 = [("Eilidh Baxter", "Declan, the DPIA?"),
             ("Declan Rafferty", "I'll get the draft round by the end of next week, with a gap where Orrin's bit goes."),
             ("Eilidh Baxter", "Thanks.")]
    week2 = [("Eilidh Baxter", "Declan, anything from Orrin?"), ("Declan Rafferty", news),
             ("Eilidh Baxter", "They were mostly typos.")]
    items = owned_after(minilm_extractor, minilm, people, "Declan Rafferty", date(2026, 9, 22), week1, week2)
    assert [i.status for i in items if "draft round" in i.text] == [status]


@pytest.mark.parametrize(("promise", "status"), [
    ("Buying are on it now, I'm aiming for the thirtieth for the whole Keswick range.", "done"),
    # an item that names its own thing, another than the file
    ("I'll get you the shelf-edge labels for the whole Keswick range by the thirtieth.", "open"),
])
def test_the_owners_thing_arriving_closes_their_one_item_of_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, promise: str, status: str
) -> None:
    people = ["Naomi Fairhurst", "Lucinda Marr", "Jonah Pellow"]
    week1 = [("Naomi Fairhurst", "Lucinda, did the template turn up?"),
             ("Lucinda Marr", "Yep, got Jonah's template Friday. Buying have got it now."),
             ("Naomi Fairhurst", "And when do we think it comes back?"), ("Lucinda Marr", promise),
             ("Jonah Pellow", "Great.")]
    week2 = [("Naomi Fairhurst", "Jonah, anything else?"),
             ("Jonah Pellow", "A few things. And Lucinda's file came in Monday. Eleven thousand lines."),
             ("Lucinda Marr", "Is that a lot?")]
    items = owned_after(minilm_extractor, minilm, people, "Lucinda Marr", date(2026, 10, 20), week1, week2)
    assert [i.status for i in items if "Keswick" in i.text] == [status]


RESET = ["Priya Raman", "Callum Whitfield", "Tariq Haddad"]


@pytest.mark.parametrize(("reply", "due"), [
    ("Monday, yep.", date(2026, 11, 9)),
    ("No, not Monday. I'm in Leeds all week.", None),
])
def test_a_date_asked_of_an_undated_promise_and_agreed_is_its_due(
    minilm_extractor: OfflineExtractor, reply: str, due: date | None
) -> None:
    turns = [("Priya Raman", "Great. I'll send the invite for the reset call today."),
             ("Callum Whitfield", "And I'll draft what we need from each of them so it's not just a moan."),
             ("Priya Raman", "Yes please, one page, by Monday?"), ("Callum Whitfield", reply),
             ("Tariq Haddad", "Can I raise the parallel-run comparison doc?")]
    ctx = meeting_context(turns, [Person(name=n) for n in RESET], date(2026, 11, 5))
    assert [i.due for i in of(minilm_extractor.extract(ctx), ActionItem) if "draft" in i.text] == [due]


@pytest.mark.parametrize(("said", "due"), [
    ("And I'll send the plan and the RAID log round after this, so you've got the dates.", date(2026, 10, 27)),
    ("After this, so we're clear, the plan is Friday's.", date(2026, 10, 30)),
])
def test_after_this_before_why_is_the_call_day(said: str, due: date) -> None:
    assert due_date(said, date(2026, 10, 27)) == due


FINANCE = ["Imogen Clarke", "Aled Morgan", "Siobhan Kerrigan"]


@pytest.mark.parametrize(("reply", "owner", "due"), [
    ("I... yes, fine. They're mostly in the procurement strategy anyway. Friday.", "Siobhan Kerrigan",
     date(2026, 10, 30)),
    ("I... no. I've got the tender to finish.", "Aled Morgan", date(2026, 10, 23)),
])
def test_a_yes_after_a_false_start_takes_over_what_the_turns_question_asked_about(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, owner: str, due: date
) -> None:
    week1 = [("Imogen Clarke", "Aled, the approval limits?"),
             ("Aled Morgan", "I'll get the updated limits to you by Friday the 23rd. And I'll send you the finance "
                             "committee dates."), ("Imogen Clarke", "Thanks.")]
    week2 = [("Imogen Clarke", "Aled, the limits. Friday?"),
             ("Aled Morgan", "Right. So. Having looked at it properly, the award limits are really a procurement "
                             "thing, not finance. Siobhan, you own the procurement thresholds. Would you take them "
                             "over? I'll sign them off once they're drafted."),
             ("Siobhan Kerrigan", reply), ("Imogen Clarke", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in FINANCE], date(2026, 10, 20))(week1, week2)
    assert [(i.owner, i.due) for i in action_items(facts) if "limits" in i.text] == [(owner, due)]


ROUNDS = ["Joanna Thewlis", "Nicola Brennan", "Terry Rimmer"]


@pytest.mark.parametrize(("said", "owner", "due"), [
    ("No. And I'm going to be honest, I'm not going to. Terry, can you do it? You know the rounds better than me.",
     "Terry Rimmer", date(2026, 11, 13)),
    # she will do it herself, only asks for help
    ("Not yet. I'm going to do it this week. Terry, can you help me with it? You know the rounds better than me.",
     "Nicola Brennan", date(2026, 11, 9)),
])
def test_the_owner_saying_they_will_not_and_asking_someone_to_do_it_hands_it_over(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, said: str, owner: str, due: date
) -> None:
    week1 = [("Joanna Thewlis", "Nicola, one thing I need from your side. Now the rounds are in the back office, can "
                                "somebody go through them and check the street order?"),
             ("Nicola Brennan", "That's me, I suppose. Give me till Monday."), ("Joanna Thewlis", "Thanks.")]
    week2 = [("Joanna Thewlis", "Nicola, did you get a chance to go through the rounds in the back office? That was "
                                "Monday."), ("Nicola Brennan", said),
             ("Terry Rimmer", "Go on. Friday. I'll get the lads to check theirs with me."),
             ("Joanna Thewlis", "Thank you, Terry.")]
    facts = weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in ROUNDS], date(2026, 11, 4))(week1, week2)
    assert [(i.owner, i.due) for i in action_items(facts) if "street order" in i.text] == [(owner, due)]


TABLETS = ["Priya Raman", "Kirsty Doyle", "Hamid Qureshi", "Leon Ashby", "Dave Ruddock"]


@pytest.mark.parametrize(("reply", "owner", "due"), [
    ("Yep. I'll finish it off and get it to Kirsty by Friday.", "Leon Ashby", date(2026, 11, 6)),
    # no date from the taker: the one it had stands
    ("Yep. I'll have a look at what he's got.", "Leon Ashby", date(2026, 10, 30)),
])
def test_the_owner_naming_who_picks_their_work_up_hands_it_over_with_the_takers_date(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, owner: str, due: date
) -> None:
    week1 = [("Kirsty Doyle", "For the enrolment we need the serial numbers and the IMEIs for all hundred and twenty."),
             ("Hamid Qureshi", "Leave that with me, you'll have them by Friday."),
             ("Dave Ruddock", "I'll get the lads to fill in their shift list on their lunch break."),
             ("Priya Raman", "Thanks.")]
    week2 = [("Kirsty Doyle", "The hard bit is the serial list. We haven't had it yet."),
             ("Hamid Qureshi", "Yeah. That's me. Sorry. And the other thing, I'm off from Thursday for two weeks."),
             ("Dave Ruddock", "Congratulations, mate."),
             ("Hamid Qureshi", "Thanks. So Leon's going to pick up the serial list while I'm off."),
             ("Leon Ashby", reply), ("Kirsty Doyle", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in TABLETS], date(2026, 10, 27))(week1, week2)
    assert [(i.owner, i.due) for i in action_items(facts) if "IMEIs" in i.text] == [(owner, due)]


@pytest.mark.parametrize(("news", "status"), [
    ("So, the schedule of rates is all matched up now. Eleven hundred and forty codes.", "done"),
    # the letters said, not spelled out: the words must then agree in meaning as well
    ("So, the SOR list is all matched up now. Eleven hundred and forty codes.", "open"),
])
def test_the_owner_reporting_done_in_full_words_what_the_item_names_by_its_letters_closes_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, news: str, status: str
) -> None:
    people = ["Nadia Ferreira", "Callum Brody", "Gareth Pryce"]
    week1 = [("Gareth Pryce", "I'll get you the SOR list by Wednesday."), ("Callum Brody", "Perfect. And then I'll do "
             "the SOR code mapping. End of next week, so the thirtieth."), ("Nadia Ferreira", "Thanks.")]
    week2 = [("Nadia Ferreira", "Let's start with the good news. Callum?"), ("Callum Brody", news),
             ("Gareth Pryce", "I'll eyeball those.")]
    items = owned_after(minilm_extractor, minilm, people, "Callum Brody", date(2026, 10, 20), week1, week2)
    assert [i.status for i in items if "mapping" in i.text] == [status]


def test_a_date_given_to_a_question_put_since_is_not_for_the_work_taken_on_before(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    people = ["Hannah Okafor", "Bethan Hale", "Gary Lumb"]
    week1 = [("Hannah Okafor", "Bethan, the training days?"),
             ("Bethan Hale", "I'll get the training days into the rota, I'll do it by the sixteenth."),
             ("Hannah Okafor", "Thanks.")]
    week2 = [("Bethan Hale", "So the thirtieth. Gaz, tell the lads."),
             ("Gary Lumb", "I'll tell them. They'll be thrilled. Another week of paper."),
             ("Hannah Okafor", "Okay. Monday the thirtieth for the pilot, then."),
             ("Bethan Hale", "Gaz, would you take the training rota off me?"),
             ("Bethan Hale", "I'm drowning, and you know the lads' shifts better than I do anyway."),
             ("Gary Lumb", "Go on. I'll have it done by the thirteenth."), ("Hannah Okafor", "Thank you.")]
    facts = weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in people], date(2026, 10, 20))(week1, week2)
    assert sorted((i.owner or "", i.due or date.min) for i in action_items(facts) if i.owner == "Gary Lumb") == [
        ("Gary Lumb", date.min), ("Gary Lumb", date(2026, 11, 13))]


def test_letters_named_only_by_the_prompt_are_no_report_in_full_words(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    people = ["Ottilie Brennan", "Bronwen Tate", "Craig Rennie"]
    week1 = [("Ottilie Brennan", "Bronwen, the tablets?"), ("Bronwen Tate", "I'll get the PO over to you by Wednesday."),
             ("Ottilie Brennan", "Thanks.")]
    week2 = [("Ottilie Brennan", "Bronwen, the PO for the tablets?"),
             ("Bronwen Tate", "So. It's raised. But anything over fifty thousand needs Colm's signature, and it's sat "
                              "in his approvals."), ("Craig Rennie", "I can hold the stock another week.")]
    items = owned_after(minilm_extractor, minilm, people, "Bronwen Tate", date(2026, 9, 29), week1, week2)
    assert [i.status for i in items if "PO" in i.text] == ["open"]
