"""Status news that earlier rules missed: a recap line's new date ("Lowri, categories the sixth."), the rest of a
part-done job promised ("I'll finish the other two on Thursday."), a receipt confirmed to the owner who asked
("Everyone got the revised plan last Wednesday?" - "Got it."), a report read without the remark after it, an absent
owner's date told of "him", a bare date after "I'll not make the sixth" about what the prompt asked, "after this" and
"Monday, first thing" as dates, a dated "we'll" whose date is the next sentence, and "X, I mean." naming "them"."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, Person
from ingest.extraction.dates import due_date
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, meeting_context, of, owned_after, weekly_tracker

HOTEL = ["Hannah Lister", "Dave Nance", "Martin Hocking"]


@pytest.mark.parametrize(("report", "status"), [
    ("Done and sent. And Dave's put the card machines on their own little network, which apparently made the "
     "questionnaire about half the length.", "done"),
    # somewhere else for now
    ("Done and sent. And Dave's put the card machines on the guest Wi-Fi for now, which apparently made the "
     "questionnaire about half the length.", "open"),
])
def test_a_report_is_read_without_the_remark_after_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, report: str, status: str
) -> None:
    week1 = [("Hannah Lister", "Dave, the card terminals?"),
             ("Dave Nance", "I'll have the terminals on their own network by Friday."), ("Hannah Lister", "Great.")]
    week2 = [("Hannah Lister", "Martin, the questionnaire."), ("Martin Hocking", report), ("Dave Nance", "You're welcome.")]
    [item] = owned_after(minilm_extractor, minilm, HOTEL, "Dave Nance", date(2026, 11, 3), week1, week2)
    assert item.status == status


HOMES = ["Helena Stroud", "Sunil Varma", "Farah Latif"]


@pytest.mark.parametrize(("promise", "owner"), [
    ("And we'll get the SMS templates set up in the system, the go-live one and the appointment confirmation. By "
     "next Wednesday.", "Sunil Varma"),
    # a plan with no date: the team's, no one's to answer for
    ("And we'll get the SMS templates set up in the system, the go-live one and the appointment confirmation. That "
     "was always the plan.", None),
])
def test_a_we_promise_dated_by_the_next_sentence_is_the_speakers(
    minilm_extractor: OfflineExtractor, promise: str, owner: str | None
) -> None:
    turns = [("Helena Stroud", "Okay, decided, text plus newsletter plus website."), ("Sunil Varma", promise),
             ("Farah Latif", "Lovely.")]
    ctx = meeting_context(turns, [Person(name=n) for n in HOMES], date(2026, 11, 12))
    items = [i for i in of(minilm_extractor.extract(ctx), ActionItem) if "SMS" in i.text]
    assert [i.owner for i in items] == ([owner] if owner else [None] if items else [])


@pytest.mark.parametrize(("said", "due"), [
    ("It's in my drafts. Sorry. I'll send it after this.", date(2026, 11, 3)),
    ("I'll ring him Monday, first thing.", date(2026, 11, 9)),
    ("After this, we move on to the plan.", None),
    ("Monday the first of February.", date(2027, 2, 1)),
])
def test_after_this_is_today_and_first_thing_is_no_day_of_the_month(said: str, due: date | None) -> None:
    assert due_date(said, date(2026, 11, 3)) == due


WATER = ["Helen Achterberg", "Rhys Tanner", "Owen Blackwood"]


def test_a_promise_to_send_it_after_this_call_moves_the_item_to_the_call_day(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    week1 = [("Helen Achterberg", "Rhys, the hydrants?"),
             ("Rhys Tanner", "I'll send Owen the list of known dodgy hydrant positions. By Thursday."),
             ("Helen Achterberg", "Thanks.")]
    week2 = [("Helen Achterberg", "Great. Rhys, the hydrant list?"),
             ("Rhys Tanner", "Um. I sent, I think I sent it? No. Hang on. I didn't. It's in my drafts. Sorry. I'll send "
                             "it after this."), ("Helen Achterberg", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, WATER, "Rhys Tanner", date(2026, 10, 27), week1, week2)
    assert (item.status, item.due) == ("slipped", date(2026, 11, 3))


PAYROLL = ["Imogen Hale", "Marcus Ekwueme", "Alison Brook", "Steve Costello"]


@pytest.mark.parametrize(("prompt", "due"), [
    (["Marcus's answers to Steve. Alison, do you know where they are?"], date(2026, 10, 28)),
    # the call split into two caption cues: the event still cites only what the prompt's own cue says
    (["The 4th. Lovely.", "Marcus's answers to Steve. Alison, do you know where they are?"], date(2026, 10, 28)),
    # the call does not ask after Marcus
    (["Alison, anything from HR?"], date(2026, 10, 23)),
])
def test_an_absent_owners_date_told_of_him_by_the_one_asked_moves_his_one_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, prompt: list[str], due: date
) -> None:
    week1 = [("Imogen Hale", "Who's picking up Steve's questions?"),
             ("Marcus Ekwueme", "Me. I'll respond to Steve's questions, by next Friday, the 23rd."),
             ("Imogen Hale", "Thanks Marcus.")]
    week2 = [*[("Imogen Hale", cue) for cue in prompt],
             ("Alison Brook", "He's drafted them. He's been in tribunal since Monday so his reply's going to be next "
                              "Wednesday now."), ("Steve Costello", "Fine by me.")]
    [item] = owned_after(minilm_extractor, minilm, PAYROLL, "Marcus Ekwueme", date(2026, 10, 14), week1, week2)
    assert item.due == due


CONTRACTS = ["Imogen Clarke", "Lowri Evans", "Tariq Haddad"]


@pytest.mark.parametrize(("recap", "due"), [
    ("Recap. Tariq, roles Thursday. Lowri, categories the sixth.", date(2026, 11, 6)),
    # the recap line is about other work
    ("Recap. Tariq, roles Thursday. Lowri, the SCIM connector the sixth.", date(2026, 10, 30)),
])
def test_a_recap_line_gives_the_named_owners_item_of_its_words_a_new_date(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, recap: str, due: date
) -> None:
    week1 = [("Imogen Clarke", "Lowri, the contract categories?"),
             ("Lowri Evans", "I'll finish mapping the contract categories to the new taxonomy by the end of next "
                             "week."), ("Imogen Clarke", "Thanks.")]
    week2 = [("Imogen Clarke", "Lowri, the categories?"),
             ("Lowri Evans", "Um, yeah. The taxonomy's got more levels than I thought it would."),
             ("Tariq Haddad", "They always do."), ("Imogen Clarke", recap), ("Lowri Evans", "Bye.")]
    items = owned_after(minilm_extractor, minilm, CONTRACTS, "Lowri Evans", date(2026, 10, 20), week1, week2)
    assert [i.due for i in items if "categories" in i.text] == [due]


COLLEGE = ["Eilidh Baxter", "Shona Kerr", "Tariq Aziz"]


@pytest.mark.parametrize(("prompt", "due"), [
    ("Congratulations. How are the candidate numbers going?", date(2026, 11, 13)),
    # the prompt names other work of hers
    ("Congratulations. How's the funding return going?", date(2026, 11, 6)),
])
def test_a_bare_date_after_i_will_not_make_it_is_for_what_the_prompt_asked(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, prompt: str, due: date
) -> None:
    week1 = [("Eilidh Baxter", "And after Friday?"),
             ("Shona Kerr", "Once it's gone I'll start on them the Monday, and have them all sorted by the sixth. The "
                            "candidate numbers, I mean."), ("Eilidh Baxter", "Great.")]
    week2 = [("Eilidh Baxter", prompt),
             ("Shona Kerr", "I'm on them. But I'll not make the sixth, there's four hundred of them and some of them "
                            "are proper detective work. The thirteenth."), ("Eilidh Baxter", "The thirteenth. Okay.")]
    items = owned_after(minilm_extractor, minilm, COLLEGE, "Shona Kerr", date(2026, 10, 27), week1, week2)
    assert [i.due for i in items if "sorted" in i.text] == [due]


def test_x_i_mean_after_a_promise_says_what_them_is(minilm_extractor: OfflineExtractor) -> None:
    turns = [("Eilidh Baxter", "And after Friday?"),
             ("Shona Kerr", "Once it's gone I'll start on them the Monday, and have them all sorted by the sixth. The "
                            "candidate numbers, I mean."), ("Eilidh Baxter", "Great.")]
    ctx = meeting_context(turns, [Person(name=n) for n in COLLEGE], date(2026, 10, 27))
    [item] = of(minilm_extractor.extract(ctx), ActionItem)
    assert "candidate numbers" in item.text and "candidate numbers" in item.evidence[0].quote


SITE = ["Tom Ashdown", "Neil Okafor", "Jas Sandhu"]


@pytest.mark.parametrize(("rest", "due", "items"), [
    ("I'll finish the other two on Thursday.", date(2026, 10, 22), 2),
    # new work with its own words
    ("I'll finish the barrier wiring on Thursday.", date(2026, 10, 16), 3),
])
def test_the_rest_of_a_part_done_job_promised_moves_it_and_is_no_new_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, rest: str, due: date, items: int
) -> None:
    week1 = [("Tom Ashdown", "Neil, the entrances?"),
             ("Neil Okafor", "Jas and I can do the four entrances by Friday."), ("Tom Ashdown", "Great."),
             ("Neil Okafor", "And I'll get power and data points put in at the two security entrances by the sixth of "
                             "November."), ("Tom Ashdown", "Lovely.")]
    # (the rest promised after an interjection, with another item of his not yet due)
    week2 = [("Tom Ashdown", "And the walk round the entrances. Neil?"),
             ("Neil Okafor", "Half done. We did Gate B and the main staff car park on Thursday. North we didn't get "
                             "to, nobody had the key."),
             ("Jas Sandhu", "Nobody ever has the key to North. It's like Narnia."), ("Neil Okafor", rest),
             ("Tom Ashdown", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in SITE], date(2026, 10, 13))(week1, week2)
    mine = [i for i in action_items(facts) if i.owner == "Neil Okafor"]
    assert len(mine) == items
    assert [i.due for i in mine if "four entrances" in i.text] == [due]


UNI = ["Imogen Barclay", "Rohan Mehta", "Bethan Lloyd"]


@pytest.mark.parametrize(("reply", "status"), [
    ("Yeah, that's all working in test.", "done"),
    ("Yeah, that's all working in test, mostly.", "open"),  # hedged
])
def test_the_owner_saying_it_is_all_working_in_test_closes_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    week1 = [("Imogen Barclay", "Rohan, the web form?"),
             ("Rohan Mehta", "I'll have the capture working in our test environment by next Wednesday, so anything "
                             "submitted lands in the CRM as an enquiry."), ("Imogen Barclay", "Great.")]
    week2 = [("Imogen Barclay", "Rohan, the web form?"),
             ("Bethan Lloyd", "Oh, can I answer that? I submitted a test enquiry yesterday from the form and it popped "
                              "up in the CRM about a minute later."),
             ("Rohan Mehta", reply), ("Imogen Barclay", "Great.")]
    [item] = owned_after(minilm_extractor, minilm, UNI, "Rohan Mehta", date(2026, 11, 9), week1, week2)
    assert item.status == status


WARDS = ["Imogen Ashby", "Ade Oyelaran", "Marek Zielinski"]


@pytest.mark.parametrize(("asked", "status"), [
    ("Everyone got the revised plan last Wednesday?", "done"),
    ("Everyone got the revised budget last Wednesday?", "open"),  # another thing
])
def test_a_yes_to_the_owner_asking_whether_everyone_got_it_closes_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, asked: str, status: str
) -> None:
    week1 = [("Ade Oyelaran", "Can we see the new dates?"),
             ("Imogen Ashby", "I'll recirculate the plan with the new dates tomorrow."), ("Ade Oyelaran", "Thanks.")]
    week2 = [("Imogen Ashby", asked), ("Ade Oyelaran", "Got it."), ("Marek Zielinski", "Yes.")]
    [item] = owned_after(minilm_extractor, minilm, WARDS, "Imogen Ashby", date(2026, 10, 27), week1, week2)
    assert item.status == status


REGISTRY = ["Priya Raman", "Helen Achebe", "Owen Bright"]


@pytest.mark.parametrize(("speaker", "news", "status"), [
    ("Owen Bright", "Good news, Tom sent the credentials on Friday. So the Registry thing is unblocked.", "done"),
    ("Owen Bright", "Good news, Tom sent the timetable on Friday.", "open"),  # not what the chase was for
    ("Helen Achebe", "Nothing yet. I've emailed Tom twice. I'll try him on Teams today.", "open"),  # the chase goes on
])
def test_the_one_chased_giving_what_the_chase_was_for_closes_the_chase(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, speaker: str, news: str, status: str
) -> None:
    week1 = [("Priya Raman", "Helen, the Registry side?"),
             ("Helen Achebe", "I'll chase Tom in Registry for the API credentials."), ("Priya Raman", "Thanks.")]
    week2 = [("Priya Raman", "Great. Owen, gradebook?"), (speaker, news), ("Priya Raman", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, REGISTRY, "Helen Achebe", date(2026, 11, 16), week1, week2)
    assert item.status == status


FIELD = ["Ottilie Brennan", "Fergal Quinn", "Anand Kulkarni"]


@pytest.mark.parametrize(("reply", "status"), [
    ("Right. So. They used them on about, I don't know, sixty jobs over the week.", "done"),
    ("Right. So. They used to do sixty jobs a week on paper.", "open"),  # what they used to do
])
def test_they_using_what_the_owner_was_to_get_them_using_closes_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    week1 = [("Ottilie Brennan", "Fergal, can we get some real use on the tablets?"),
             ("Fergal Quinn", "I'll get five of the lads using the demo units on real jobs next week."),
             ("Ottilie Brennan", "Great.")]
    week2 = [("Ottilie Brennan", "Excellent. Fergal, your five engineers?"), ("Fergal Quinn", reply),
             ("Ottilie Brennan", "And?")]
    items = owned_after(minilm_extractor, minilm, FIELD, "Fergal Quinn", date(2026, 10, 13), week1, week2)
    assert [i.status for i in items if "demo units" in i.text] == [status]


SHOP = ["Naomi Frost", "Bryn Castell", "Lucinda Marr"]


@pytest.mark.parametrize(("said", "due"), [
    ("We've got it, yeah, thank you. We started Friday. The feed'll be Friday now, not today.", date(2026, 10, 30)),
    ("We've got it, yeah, thank you. We started Friday. The training'll be Friday now, not today.", date(2026, 10, 28)),
])
def test_a_promise_said_after_so_we_can_is_the_work_and_the_feed_ll_is_the_feed(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, said: str, due: date
) -> None:
    week1 = [("Naomi Frost", "Bryn, the stock feed?"),
             ("Bryn Castell", "Jonah's sent the API docs over, so we can have the feed reading from your stock API by "
                              "the twenty-eighth."), ("Naomi Frost", "Great.")]
    week2 = [("Lucinda Marr", "I rang him. It went through Thursday. Bryn should have it."), ("Bryn Castell", said),
             ("Naomi Frost", "Okay.")]
    items = owned_after(minilm_extractor, minilm, SHOP, "Bryn Castell", date(2026, 10, 21), week1, week2)
    assert [i.due for i in items if "stock API" in i.text] == [due]


HOTEL_IT = ["Hannah Lister", "Gary Rundle", "Kerensa Polglase"]


@pytest.mark.parametrize(("reply", "due"), [
    ("I haven't. It's been mad. Friday.", date(2026, 11, 6)),
    ("I have. It's been mad. Friday.", date(2026, 10, 29)),  # done, and "Friday" is no new date for it
])
def test_a_bare_i_have_not_then_a_day_moves_what_the_prompt_asked_about(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, due: date
) -> None:
    week1 = [("Hannah Lister", "Gary, the weddings?"), ("Gary Rundle", "I'll send you our wedding spreadsheet. Thursday."),
             ("Hannah Lister", "Thanks.")]
    week2 = [("Hannah Lister", "So that's Friday the sixth. Gary, the wedding spreadsheet?"), ("Gary Rundle", reply),
             ("Hannah Lister", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, HOTEL_IT, "Gary Rundle", date(2026, 10, 27), week1, week2)
    assert item.due == due


HOUSING = ["Nadia Ferreira", "Fiona Leckie", "Callum Brody"]


@pytest.mark.parametrize(("news", "due"), [
    ("And I chased Ledgerline. They're now saying the sixth for the sandbox.", date(2026, 11, 6)),
    ("And I chased Ledgerline. They're now saying the sixth one is broken.", date(2026, 10, 30)),  # no day
    ("And I chased Corbel. They're now saying the sixth for the sandbox.", date(2026, 10, 30)),  # another party
])
def test_a_party_named_then_they_are_saying_a_day_moves_the_partys_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, news: str, due: date
) -> None:
    week1 = [("Nadia Ferreira", "Fiona, the sandbox?"),
             ("Fiona Leckie", "Ledgerline have said they'll have the sandbox keys to us by the end of next week."),
             ("Nadia Ferreira", "Okay.")]
    week2 = [("Nadia Ferreira", "Callum, the templates?"), ("Callum Brody", "Those came Thursday, yeah. All good."),
             ("Fiona Leckie", news), ("Nadia Ferreira", "Right.")]
    facts = weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in HOUSING], date(2026, 10, 19))(week1, week2)
    assert [i.due for i in action_items(facts) if "sandbox keys" in i.text] == [due]


REPAIRS = ["Nadia Ferreira", "Rosalind Okoye", "Wes Kaminski"]


@pytest.mark.parametrize(("news", "status"), [
    ("Sent them Wednesday. And we got the letter from Rosalind, by the way. Our MD was quite taken with it.", "done"),
    ("Sent them Wednesday. And we got the letter from Nadia, by the way. Our MD was quite taken with it.", "open"),
])
def test_a_thing_received_from_the_owner_closes_their_one_item_that_gives_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, news: str, status: str
) -> None:
    week1 = [("Nadia Ferreira", "Rosalind, can you lean on the contractors?"),
             ("Rosalind Okoye", "I'll write to both contractors' managing directors this week, so they know it's "
                                "coming from me."), ("Nadia Ferreira", "Thank you.")]
    week2 = [("Nadia Ferreira", "Wes, the price lists?"), ("Wes Kaminski", news), ("Nadia Ferreira", "Good.")]
    [item] = owned_after(minilm_extractor, minilm, REPAIRS, "Rosalind Okoye", date(2026, 10, 19), week1, week2)
    assert item.status == status


VETS_IT = ["Saoirse Brennan", "Owen Pritchard", "Declan Furey"]


@pytest.mark.parametrize(("reply", "status"), [
    ("Good news and bad news. I've got a price through our usual ISP, full fibre, and it's not too bad.", "done"),
    ("Good news and bad news. I've got a call booked with our usual ISP about full fibre.", "open"),  # no price yet
])
def test_the_owner_having_got_a_price_closes_getting_a_quote(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    week1 = [("Saoirse Brennan", "Owen, Penhallow's line is hopeless."),
             ("Owen Pritchard", "I'll get a quote for a proper line, fibre if they'll do it, before the next call."),
             ("Saoirse Brennan", "Thanks.")]
    week2 = [("Saoirse Brennan", "Owen, the Penhallow line?"), ("Owen Pritchard", reply), ("Saoirse Brennan", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, VETS_IT, "Owen Pritchard", date(2026, 10, 7), week1, week2)
    assert item.status == status


DEPOT = ["Priya Raman", "Owen Lacey", "Sian Pritchard"]


@pytest.mark.parametrize(("reply", "status"), [
    ("I did, from Owen, yesterday. And, um, I've read it. Twice.", "done"),
    ("Not yet, Owen said Friday.", "open"),
])
def test_a_yes_from_the_one_asked_whether_they_got_it_closes_the_owners_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    week1 = [("Sian Pritchard", "I need to know what the app records about my members."),
             ("Owen Lacey", "Let me write it down for you properly. A one-pager, exactly what we capture, when, who can "
                            "see it and how long it's kept. You'll have it by Monday."), ("Sian Pritchard", "Thanks.")]
    week2 = [("Priya Raman", "Sian, did you get the one-pager?"), ("Sian Pritchard", reply), ("Priya Raman", "And?")]
    [item] = owned_after(minilm_extractor, minilm, DEPOT, "Owen Lacey", date(2026, 10, 27), week1, week2)
    assert item.status == status


FOWEY = ["Hannah Lister", "Sarah Trevithick", "Kerensa Polglase"]


@pytest.mark.parametrize(("taking", "owner"), [
    ("Give it to me, Sarah. They're my staff anyway. I'll write it tonight and send it by Friday.", "Kerensa Polglase"),
    ("Give it to me, Sarah? No, that's not fair on you.", "Sarah Trevithick"),  # a question turned down
])
def test_give_it_to_me_with_the_owners_name_takes_their_work_on(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, taking: str, owner: str
) -> None:
    week1 = [("Hannah Lister", "Sarah, the staff comms?"),
             ("Sarah Trevithick", "I'll email all the Fowey staff with the training dates by Friday week."),
             ("Hannah Lister", "Thanks.")]
    week2 = [("Hannah Lister", "Sarah, the Fowey email?"),
             ("Sarah Trevithick", "I haven't touched it, I'm sorry. It's been chaos."), ("Kerensa Polglase", taking),
             ("Hannah Lister", "Friday the sixth.")]
    facts = weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in FOWEY], date(2026, 10, 13))(week1, week2)
    assert [i.owner for i in action_items(facts) if "Fowey staff" in i.text] == [owner]


COUNCIL = ["Ffion Rees", "Joel Abiodun", "Dominic Hale"]


@pytest.mark.parametrize(("earlier", "recap", "due"), [
    # the recap restates work promised earlier in this call, not the old item
    ("I'll get our legal to send Yusuf a redline of the chargeback clause by Friday.", "Joel, redline to Yusuf Friday.",
     date(2026, 11, 3)),
    ("Legal are looking at the chargeback clause.", "Joel, settlement spec Friday.", date(2026, 11, 6)),
])
def test_a_recap_line_of_work_promised_in_the_same_call_moves_no_older_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, earlier: str, recap: str, due: date
) -> None:
    week1 = [("Ffion Rees", "Who does settlement? Is it the council's finance team?"),
             ("Dominic Hale", "I honestly don't know. I'd have to ask Yusuf."),
             ("Joel Abiodun", "I'll send your finance team the settlement file spec by Tuesday, and they can tell us if "
                              "it works."), ("Ffion Rees", "Great.")]
    week2 = [("Ffion Rees", "Joel, the contract?"), ("Joel Abiodun", earlier), ("Dominic Hale", "Fine."),
             ("Ffion Rees", f"Okay. Recap. Dominic, the trial migration by the 19th. {recap}")]
    items = owned_after(minilm_extractor, minilm, COUNCIL, "Joel Abiodun", date(2026, 10, 29), week1, week2)
    assert [i.due for i in items if "settlement" in i.text] == [due]


WARDS_IT = ["Rowena Garside", "Aidan Kershaw", "Shazia Bhatti", "Ines Halvorsen"]


@pytest.mark.parametrize(("promise", "text"), [
    ("Yeah, I'll do the goods-in card. I'll have a draft by the thirteenth, before I go off.", "goods-in card"),
    # a draft after work that is not the speaker's: only the dated promise
    ("Yeah, Shazia's doing the goods-in card. I'll have a draft by the thirteenth, before I go off.", None),
])
def test_a_draft_promised_after_taking_the_work_on_is_a_draft_of_that_work(
    minilm_extractor: OfflineExtractor, promise: str, text: str | None
) -> None:
    turns = [("Rowena Garside", "And the goods-in card? Aidan, you said you'd have a go at that?"),
             ("Aidan Kershaw", promise), ("Rowena Garside", "Thanks.")]
    ctx = meeting_context(turns, [Person(name=n) for n in WARDS_IT], date(2026, 11, 5))
    items = [i for i in of(minilm_extractor.extract(ctx), ActionItem) if i.owner == "Aidan Kershaw"]
    assert [("goods-in card" in i.text) for i in items] == [text is not None]


@pytest.mark.parametrize(("present", "owner"), [
    (False, "Ines Halvorsen"),
    (True, "Aidan Kershaw"),  # at the call: asked to do the same work is no handover of his
])
def test_an_absent_owners_work_someone_is_asked_to_do_and_agrees_to_is_theirs(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, present: bool, owner: str
) -> None:
    week1 = [("Rowena Garside", "And the goods-in card? Aidan, you said you'd have a go at that?"),
             ("Aidan Kershaw", "Yeah, I'll do the goods-in card. I'll have a draft by the thirteenth, before I go off."),
             ("Rowena Garside", "Thanks.")]
    week2 = [*([("Aidan Kershaw", "Morning, I'm only on for ten minutes.")] if present else []),
             ("Rowena Garside", "Wednesday, thank you. And the goods-in card?"),
             ("Shazia Bhatti", "I really can't do both. Ines, could your team do the goods-in card off your training "
                               "pack?"),
             ("Ines Halvorsen", "Yes, I can adapt ours, it's mostly the same screens. I'll have it to Shazia by "
                                "Wednesday the eighteenth."), ("Rowena Garside", "Lovely.")]
    facts = weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in WARDS_IT], date(2026, 11, 5))(week1, week2)
    assert [i.owner for i in action_items(facts) if "a draft by the thirteenth" in i.text] == [owner]


@pytest.mark.parametrize(("speaker", "news", "status"), [
    ("Martin Hocking", "Kit's squiggle is on it. But it's gone back to Paycorra.", "done"),
    ("Martin Hocking", "Kit's squiggle is still missing, it's in his bag.", "open"),
])
def test_the_owners_signature_said_to_be_on_it_closes_signing_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, speaker: str, news: str, status: str
) -> None:
    week1 = [("Hannah Lister", "Paycorra need a director's signature on the merchant agreement."),
             ("Kit Penhallow", "Send it to me. I'll sign it Friday."), ("Hannah Lister", "Thanks."),
             ("Kit Penhallow", "And I'll do a message from me to all the managers, so they know why we're doing it."),
             ("Hannah Lister", "Lovely.")]
    week2 = [("Hannah Lister", "Martin, Kit's signature?"), (speaker, news), ("Hannah Lister", "Wonderful.")]
    items = owned_after(minilm_extractor, minilm, ["Hannah Lister", "Kit Penhallow", "Martin Hocking"],
                        "Kit Penhallow", date(2026, 10, 13), week1, week2)
    assert [i.status for i in items if "sign it" in i.text] == [status]


@pytest.mark.parametrize(("news", "status"), [
    ("And the go or no-go thing, I did that on Monday, Hannah, did you get it? I put my squiggle on it.", "done"),
    ("And the go or no-go thing, Hannah, did you get it? I haven't put my squiggle on it.", "slipped"),
])
def test_the_owner_saying_they_put_their_signature_on_it_closes_their_signing(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, news: str, status: str
) -> None:
    people = ["Hannah Okafor", "Richard Vance", "Tom Baird"]
    week1 = [("Hannah Okafor", "Richard, the go or no-go criteria need your sign-off."),
             ("Richard Vance", "Send it to me again and I'll sign them off by the sixth."), ("Hannah Okafor", "Thanks."),
             ("Richard Vance", "And I'll do a message from me to all the field teams, so they know why we're doing "
                               "it."), ("Hannah Okafor", "Lovely.")]
    week2 = [("Hannah Okafor", "Tom, the rota?"), ("Tom Baird", "Done."),
             ("Richard Vance", "Sorry, I'm late. I'll have them signed by the thirteenth."), ("Hannah Okafor", "Okay.")]
    week3 = [("Hannah Okafor", "Richard, anything from you?"), ("Richard Vance", news), ("Hannah Okafor", "I did.")]
    items = owned_after(minilm_extractor, minilm, people, "Richard Vance", date(2026, 10, 30), week1, week2, week3)
    assert [i.status for i in items if "sign them off" in i.text] == [status]
