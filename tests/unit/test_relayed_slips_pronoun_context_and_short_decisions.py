"""Found by the fourth blind pair (ormsby, tollcross): promises relayed with "say they'll", "They say", "have said it'll
be in" and "asked me to pass on"; dates "of this month", "Same date", "I'd say the 23rd", an offer dated at once;
"Give me till ... for the firewalls" and "put me down for the rota"; the words before a promise of "it" cited as its
context; a bare "Done." to a call on the owner; new dates relayed for a party; blocking parties that hold out or are
logged; decisions confirmed, chosen in a word, said as the plan; work called off."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import ActionItem, Blocker, Decision, Person
from ingest.extraction.dates import due_date
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, meeting_context, weekly_tracker

WED = date(2026, 10, 7)
PEOPLE = [Person(name=n) for n in ("Saoirse Brennan", "Rajiv Menon", "Bernie Quigley", "Declan Furey", "Owen Pritchard",
                                   "Gemma Ferris", "Helen Ashdown", "Tariq Hussain", "Graham Muir", "Eilidh Baxter",
                                   "Ravi Chandran", "Shona Kerr", "Aileen Docherty", "Priti Shah")]


def facts(extractor: OfflineExtractor, turns: list[tuple[str, str]], day: date = WED) -> list:
    return list(extractor.extract(meeting_context(turns, PEOPLE, day)).facts)


def items(extractor: OfflineExtractor, turns: list[tuple[str, str]], day: date = WED) -> list[ActionItem]:
    return [f for f in facts(extractor, turns, day) if isinstance(f, ActionItem)]


@pytest.mark.parametrize(("phrase", "due"), [
    ("by the thirtieth of this month", date(2026, 10, 30)),
    ("the 3rd of next month", date(2026, 11, 3)),
])
def test_a_day_of_this_or_next_month_is_that_day(phrase: str, due: date) -> None:
    assert due_date(phrase, WED) == due


@pytest.mark.parametrize(("said", "owner", "due"), [
    ("Maplestone say they'll release the credentials by the 20th.", "Maplestone", date(2026, 10, 20)),
    ("So I spoke to Tillpoint on Monday. They say they'll ship the new terminals for the four practices by the "
     "23rd.", "Tillpoint", date(2026, 10, 23)),
    ("The Vetlyne product team have said it'll be in release 4.12 on the 13th of November.", "Vetlyne product team",
     date(2026, 11, 13)),
])
def test_a_partys_promise_passed_on_as_they_say_or_it_will_be_in_is_theirs(
    extractor: OfflineExtractor, said: str, owner: str, due: date
) -> None:
    found = items(extractor, [("Saoirse Brennan", "Bernie, the suppliers?"), ("Bernie Quigley", said),
                              ("Saoirse Brennan", "Lovely.")])
    assert [(i.owner, i.due) for i in found] == [(owner, due)]


def test_a_promise_passed_on_by_request_with_an_aside_is_the_absent_persons() -> None:
    from ingest.extraction.offline import _relayed
    said = "Oh, and Kenny asked me to pass on, he's the exams officer, he'll get the application off by Friday."
    assert _relayed(said) == "Oh, and Kenny will get the application off by Friday."


def test_an_offer_dated_at_once_and_a_date_said_as_the_same_date_are_promises(extractor: OfflineExtractor) -> None:
    found = items(extractor, [
        ("Saoirse Brennan", "Declan, what can you get on with?"),
        ("Declan Furey", "Tailwind. I can get a trial extract of clients and patients across to Rajiv. Friday week. "
                         "I'd like a proper run at it."),
        ("Saoirse Brennan", "And the health plans?"),
        ("Declan Furey", "They are. I'll map the health plan memberships from both of them as well. Same date, the "
                         "23rd."),
        ("Saoirse Brennan", "Lovely.")])
    assert [(i.owner, i.due) for i in found] == [("Declan Furey", date(2026, 10, 16)),
                                                 ("Declan Furey", date(2026, 10, 23))]


def test_a_speakers_own_estimate_answering_when_is_their_promise_of_the_work_it_names(
    extractor: OfflineExtractor
) -> None:
    [item] = items(extractor, [
        ("Saoirse Brennan", "That's a decision. Dec, Penhallow's on Cliniq. When can you get at that one?"),
        ("Declan Furey", "Cliniq's fiddlier than Tailwind. I'd say the 23rd for a trial extract. Penhallow first."),
        ("Saoirse Brennan", "Lovely.")], date(2026, 10, 14))
    assert (item.owner, item.due) == ("Declan Furey", date(2026, 10, 23))
    assert "Cliniq" in item.text and "trial extract" in item.text


def test_an_aside_on_whether_a_supplier_offers_it_leaves_the_promise_unconditional(
    extractor: OfflineExtractor
) -> None:
    [item] = items(extractor, [
        ("Saoirse Brennan", "Owen, how bad is the line?"),
        ("Owen Pritchard", "I'll get a quote for a proper line, fibre if they'll do it, before the next call."),
        ("Saoirse Brennan", "Thanks.")])
    assert (item.owner, item.due, item.conditional) == ("Owen Pritchard", date(2026, 10, 14), False)


@pytest.mark.parametrize(("prompt", "reply", "then", "due"), [
    ("And the practice firewalls need to allow the Vetlyne addresses.",
     "Give me till the end of the month for the firewalls. I'll have to drive out there.", "Thanks Owen.",
     date(2026, 10, 30)),  # (the month's last working day)
    ("And while I've got you, the training rota for go-live week?",
     "Go on, then, put me down for the training rota as well. End of the month? I want to see the shifts first.",
     "The thirtieth's fine.", date(2026, 10, 30)),
])
def test_time_asked_for_named_work_or_a_name_put_down_for_it_takes_it_on(
    extractor: OfflineExtractor, prompt: str, reply: str, then: str, due: date
) -> None:
    found = items(extractor, [("Saoirse Brennan", prompt), ("Gemma Ferris", reply), ("Saoirse Brennan", then)])
    assert [(i.owner, i.due) for i in found] == [("Gemma Ferris", due)]


def test_the_words_before_a_promise_of_it_are_cited_as_its_context(extractor: OfflineExtractor) -> None:
    [item] = items(extractor, [
        ("Saoirse Brennan", "Noted. Rajiv, the lab?"),
        ("Rajiv Menon", "What they need from us is our interface spec and a template to map each practice's account "
                        "number. I'll get both over to Tom by Monday."),
        ("Saoirse Brennan", "Great.")])
    assert item.text == "I'll get both over to Tom by Monday." and "interface spec" in (item.context or "")
    assert any("interface spec" in e.quote for e in item.evidence)


def test_a_bare_done_to_a_call_on_the_owner_closes_their_one_item_in_other_words(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 9, 22))
    week1 = [("Ravi Chandran", "Now there's something in the environment to log into, I'll get single sign-on going "
                               "with our Microsoft accounts. Give me till the second as well."),
             ("Eilidh Baxter", "Thanks, Ravi.")]
    week2 = [("Eilidh Baxter", "Ravi, the log-in?"), ("Ravi Chandran", "Done. Staff can get in with their college "
                                                                       "accounts."), ("Eilidh Baxter", "Lovely.")]
    [item] = action_items(run(week1, week2))
    assert item.status == "done"


def test_a_chase_by_someone_else_asked_about_a_word_of_anothers_prompt_closes_nothing(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, WED)
    week1 = [("Saoirse Brennan", "Declan, while Maplestone do whatever it is they do, what can you get on with?"),
             ("Declan Furey", "Tailwind. Castle Street and Millbrook are both on Tailwind. I can get a trial extract "
                              "of clients and patients across to Rajiv. Friday week.")]
    week2 = [("Saoirse Brennan", "Bernie, Maplestone?"),
             ("Bernie Quigley", "Nothing. I've chased twice, and the second time I got an out-of-office.")]
    [item] = [i for i in action_items(run(week1, week2)) if i.owner == "Declan Furey"]
    assert item.status == "open"


@pytest.mark.parametrize("said", [
    "A fair number of our under-eighteens are care-experienced, and texting them could do real harm.",
    "Dalkeith's cursed, I'm telling you.",
    "The emails are done but the guides aren't.",
])
def test_a_state_or_part_of_the_work_is_no_done_report(said: str) -> None:
    assert done_report(said) is None


def test_a_new_date_relayed_for_a_party_asked_about_with_its_date_is_its_slip(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, WED)
    week1 = [("Saoirse Brennan", "Bernie, Tillpoint?"),
             ("Bernie Quigley", "So I spoke to Tillpoint on Monday. They say they'll ship the new terminals by the "
                                "23rd."), ("Saoirse Brennan", "I'll note the 23rd.")]
    week2 = [("Saoirse Brennan", "Bernie, Tillpoint. Still the 23rd?"),
             ("Bernie Quigley", "No. I rang them yesterday and now it's the sixth of November."),
             ("Gemma Ferris", "That's cutting it fine.")]
    [item] = action_items(run(week1, week2))
    assert (item.owner, item.status, item.due) == ("Tillpoint", "slipped", date(2026, 11, 6))


def test_an_engineer_booked_for_a_later_day_is_a_new_date_not_the_visit_or_the_end_of_the_wait(
    minilm_extractor, minilm
) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 11, 3))
    week1 = [("Shona Kerr", "The printer won't take the new card stock. So I can't print Dalkeith cards until an "
                            "engineer's been out."),
             ("Aileen Docherty", "So Dalkeith starters get no card?"),
             ("Shona Kerr", "Our service desk have promised me an engineer at Dalkeith by the twelfth.")]
    week2 = [("Eilidh Baxter", "Shona, the engineer?"),
             ("Shona Kerr", "I'm sorry. The engineer's now booked for the twenty-fourth, they're short-staffed."),
             ("Aileen Docherty", "The twenty-fourth.")]
    tracked = run(week1, week2)
    [item] = action_items(tracked)
    assert (item.owner, item.status, item.due) == ("service desk", "slipped", date(2026, 11, 24))
    assert [b.status for b in tracked if isinstance(b, Blocker)] == ["open"]


@pytest.mark.parametrize(("turns", "party"), [
    ([("Saoirse Brennan", "Declan, the VetMaster side?"),
      ("Declan Furey", "Maplestone won't give me the database credentials until somebody at the group signs their "
                       "form.")], "Maplestone"),
    ([("Owen Pritchard", "Openreach have got an eight-week lead time on the install."),
      ("Saoirse Brennan", "I'm logging the Penhallow line as a blocker, against Openreach.")], "Openreach"),
])
def test_a_party_holding_out_or_named_when_a_blocker_is_logged_is_whom_it_waits_on(
    extractor: OfflineExtractor, turns: list[tuple[str, str]], party: str
) -> None:
    [blocker] = [f for f in facts(extractor, turns) if isinstance(f, Blocker)]
    assert blocker.waiting_on == party


@pytest.mark.parametrize(("turns", "words"), [
    ([("Helen Ashdown", "We send the one-off text with an opt-out, and anyone who replies STOP never gets another."),
      ("Saoirse Brennan", "So the Cliniq clients get a single opt-out text, and then reminders as normal after that."),
      ("Helen Ashdown", "Yes. Write it down.")], "single opt-out text"),
    ([("Shona Kerr", "Aileen, half of them aren't even absence codes. The return needs six. I'd go six."),
      ("Aileen Docherty", "Right. Six it is, then. I'll break it to Dalkeith."),
      ("Eilidh Baxter", "Six codes. Tariq, when can you have them in?")], "Six codes"),
    ([("Graham Muir", "So it's the thirtieth, and the return comes off Helix."), ("Shona Kerr", "Yes. Please."),
      ("Graham Muir", "Fine by me. Let's go with that."),
      ("Eilidh Baxter", "Great, so that's the thirtieth of November for enrolment and registers, and the October "
                        "return out of Helix.")], "thirtieth of November"),
    ([("Tariq Hussain", "We could make it opt-in?"), ("Graham Muir", "No. Let's not do texts at all for now."),
      ("Tariq Hussain", "Understood. No texts.")], "not do texts"),
])
def test_a_choice_confirmed_named_in_a_word_or_closed_after_assent_is_a_decision(
    extractor: OfflineExtractor, turns: list[tuple[str, str]], words: str
) -> None:
    decisions = [f for f in facts(extractor, turns) if isinstance(f, Decision)]
    assert any(words in d.text for d in decisions), [d.text for d in decisions]


def test_work_called_off_by_the_sponsor_drops_the_owners_item(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 6))
    week1 = [("Aileen Docherty", "Can the parents get a text when their kid's marked absent?"),
             ("Tariq Hussain", "Orrin can do that. I'll set up the absence texts for the under-eighteens by the "
                               "thirtieth.")]
    week2 = [("Eilidh Baxter", "The absence texts to parents. We parked it last time."),
             ("Graham Muir", "No. Let's not do texts at all for now. Phase two, if ever. Tariq, don't switch them on."),
             ("Tariq Hussain", "Understood. No texts.")]
    [item] = action_items(run(week1, week2))
    assert item.status == "dropped"


def test_part_done_then_a_bare_day_is_a_slip_not_done(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 11, 3))
    week1 = [("Aileen Docherty", "And the comms? The student emails and the quick guides?"),
             ("Eilidh Baxter", "I'll send you the go-live comms pack by Monday."), ("Aileen Docherty", "Great.")]
    week2 = [("Aileen Docherty", "Eilidh, the comms pack?"),
             ("Eilidh Baxter", "That's on me, sorry. The emails are done but the guides aren't. Thursday."),
             ("Aileen Docherty", "Thursday's cutting it fine, but okay.")]
    [item] = action_items(run(week1, week2))
    assert (item.status, item.due) == ("slipped", date(2026, 11, 12))


def test_work_the_absent_owner_asked_the_speaker_to_take_is_handed_over_with_the_date_given(
    minilm_extractor, minilm
) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 14))
    week1 = [("Saoirse Brennan", "And while I've got you, the training rota for go-live week?"),
             ("Gemma Ferris", "Go on, then, put me down for the training rota as well. End of the month?"),
             ("Saoirse Brennan", "The thirtieth's fine.")]
    week2 = [("Saoirse Brennan", "Gemma's not with us today. Bernie, do you know?"),
             ("Bernie Quigley", "I do. Gemma's covering Millbrook, so Gemma's doing two jobs. She's asked me to take "
                                "the training rota off her, so that's mine now. I'll get it out to everyone by Friday."),
             ("Saoirse Brennan", "Thanks Bernie.")]
    [item] = action_items(run(week1, week2))
    assert (item.owner, item.due) == ("Bernie Quigley", date(2026, 10, 23))


def test_a_request_for_your_sign_off_names_what_was_sent_and_takes_the_sharper_day(
    extractor: OfflineExtractor
) -> None:
    [item] = [i for i in items(extractor, [
        ("Saoirse Brennan", "Helen, last one for you. I've sent the go/no-go checklist. We need your sign-off, and "
                            "that's the bit I'd like you to look at properly."),
        ("Helen Ashdown", "Give me till next week. Before next Wednesday's call, I'll have it signed."),
        ("Saoirse Brennan", "Perfect.")], date(2026, 11, 4)) if i.owner == "Helen Ashdown"]
    assert "go/no-go checklist" in item.text and item.due == date(2026, 11, 11)


def test_a_request_met_with_sarcasm_then_asked_again_and_agreed_is_taken_on(extractor: OfflineExtractor) -> None:
    [item] = items(extractor, [
        ("Eilidh Baxter", "Shona, one more. Tariq needs the list of fields the funding return uses. Could you send the "
                          "field list by the second?"),
        ("Shona Kerr", "Oh aye, I'll just add it to the pile, shall I? Right under do the return in my sleep."),
        ("Eilidh Baxter", "I know. Is the second doable, though?"),
        ("Shona Kerr", "The second's fine. It's mostly a copy and paste from last year's guidance."),
        ("Ravi Chandran", "Can I grab a minute?")], date(2026, 9, 22))
    assert (item.owner, item.due) == ("Shona Kerr", date(2026, 10, 2)) and "field list" in item.text


def test_work_said_to_be_scheduled_is_not_done_unless_scheduling_was_the_work(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 20))
    week1 = [("Eilidh Baxter", "Ravi, the app?"),
             ("Ravi Chandran", "I'll push the Orrin register app out to staff phones and laptops on all three "
                               "campuses by the thirteenth."), ("Eilidh Baxter", "Great.")]
    week2 = [("Eilidh Baxter", "Ravi, how's the app push?"), ("Ravi Chandran", "It's scheduled, Tollcross first."),
             ("Eilidh Baxter", "Great.")]
    [item] = action_items(run(week1, week2))
    assert item.status == "open"


def test_work_asked_to_be_taken_off_an_absent_owner_and_agreed_grudgingly_is_handed_over(
    minilm_extractor, minilm
) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 9, 22))
    week1 = [("Eilidh Baxter", "Shona, one more. Could you send Tariq the census field list by the second?"),
             ("Shona Kerr", "Yes, I will send Tariq the census field list by the second.")]
    week2 = [("Eilidh Baxter", "Shona's not on yet, she's stuck in a meeting about the return. Aileen, I hate to ask, "
                               "but could you take the census field list off her? She's drowning."),
             ("Aileen Docherty", "Go on, then. I'll have it to Tariq by the end of next week."),
             ("Eilidh Baxter", "You're a star.")]
    [item] = action_items(run(week1, week2))
    assert (item.owner, item.due) == ("Aileen Docherty", date(2026, 10, 9))


def test_a_bare_sorted_to_a_call_naming_another_partys_work_leaves_the_speakers_own_item_open(
    minilm_extractor, minilm
) -> None:
    people = [*PEOPLE, Person(name="Lorraine Hadley"), Person(name="Nadia Ferreira")]
    run = weekly_tracker(minilm_extractor, minilm, people, date(2026, 11, 2))
    week1 = [("Nadia Ferreira", "Lorraine, the allowed list?"),
             ("Lorraine Hadley", "Callsway have said they'll add it to the allowed list by the thirteenth. And I'll "
                                 "rewrite the contact centre call scripts for the new slots by the twentieth."),
             ("Nadia Ferreira", "Great.")]
    week2 = [("Nadia Ferreira", "Lorraine, Callsway?"),
             ("Lorraine Hadley", "Sorted. The agents can open it straight from the phone screen now.")]
    scripts = [i for i in action_items(run(week1, week2)) if i.owner == "Lorraine Hadley"]
    assert [i.status for i in scripts] == ["open"]


def test_a_drop_said_to_the_owner_by_name_lets_go_of_their_item_not_a_like_one(minilm_extractor, minilm) -> None:
    people = [*PEOPLE, Person(name="Tendai Moyo"), Person(name="Bridget Nolan"), Person(name="Rowena Garside")]
    run = weekly_tracker(minilm_extractor, minilm, people, date(2026, 11, 4))
    week1 = [("Rowena Garside", "Bridget, the par levels?"),
             ("Bridget Nolan", "I haven't done the par levels. I'll do them Monday."),
             ("Tendai Moyo", "And I'll do Seven's by the thirteenth. The top-up list.")]
    week2 = [("Rowena Garside", "Then let's do that. Ward 7 moves to the January wave."),
             ("Rowena Garside", "So Tendai, park the par levels for Seven for now, we'll pick them up in the new year."),
             ("Tendai Moyo", "Happily.")]
    statuses = {i.owner: i.status for i in action_items(run(week1, week2))}
    assert statuses == {"Bridget Nolan": "open", "Tendai Moyo": "dropped"}


@pytest.mark.parametrize("turns", [
    [("Ines Holm", "So the remote has a single LCD screen on the front."), ("Rowena Gale", "That's right.")],
    [("Ines Holm", "Is the case curved?"), ("Rowena Gale", "Yeah it is.")],
])
def test_agreeing_with_a_summary_or_saying_it_is_settles_nothing(
    extractor: OfflineExtractor, turns: list[tuple[str, str]]
) -> None:
    assert [f for f in facts(extractor, turns) if isinstance(f, Decision)] == []


def test_a_start_then_the_result_by_a_date_is_one_promise(extractor: OfflineExtractor) -> None:
    [item] = items(extractor, [
        ("Eilidh Baxter", "Understood. And after Friday?"),
        ("Shona Kerr", "Once it's gone I'll start on them the Monday, and have them all sorted by the sixth."),
        ("Eilidh Baxter", "Great.")], date(2026, 10, 20))
    assert (item.owner, item.due) == ("Shona Kerr", date(2026, 11, 6))


def test_a_question_about_the_30th_finds_the_meeting_that_said_the_thirtieth(tmp_path) -> None:
    from tests.builders import engagement_of_calls
    s = engagement_of_calls(tmp_path, "Tollcross", {"2026-11-17 Tollcross weekly.vtt": [
        ("Tariq Hussain", "Should we move go-live a week, to the seventh?"),
        ("Shona Kerr", "No. We hold the thirtieth."),
        ("Aileen Docherty", "We hold the thirtieth. The lecturers are ready.")]})
    answer = s.qa.ask(s.engagements.get("Tollcross").id, "is go-live still the 30th of November?").answer
    assert "No meeting of this engagement mentions" not in answer and "thirtieth" in answer


def test_logging_that_as_a_blocker_names_the_party_of_the_wait_just_said(extractor: OfflineExtractor) -> None:
    [blocker] = [f for f in facts(extractor, [
        ("Declan Furey", "And until they do I can't pull a single sales order out of Merlin."),
        ("Rajiv Menon", "I've got a ticket open with them. It's been open since August."),
        ("Saoirse Brennan", "Okay, I'm putting that down as a blocker on Corbel. Rajiv, the product file.")])
        if isinstance(f, Blocker)]
    assert blocker.waiting_on == "Corbel" and "sales order" in blocker.text



def test_a_new_release_date_given_when_asked_if_the_date_still_stands_is_the_vendors_slip(
    minilm_extractor, minilm
) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 21))
    week1 = [("Saoirse Brennan", "Rajiv, the controlled drugs."),
             ("Rajiv Menon", "The controlled drugs register isn't switched on for UK customers yet. The Vetlyne product "
                             "team have said it'll be in release 4.12 on the 13th of November."),
             ("Priti Shah", "So what, we go live without it?")]
    week2 = [("Saoirse Brennan", "Rajiv, the CD register. Is the release still the 13th?"),
             ("Rajiv Menon", "That's the bad news. It's been pulled from 4.12. Product found a problem with how it "
                             "reconciles stock, so it's now in 4.13, which is the 4th of December."),
             ("Priti Shah", "So after go-live.")]
    [item] = action_items(run(week1, week2))
    assert (item.status, item.due) == ("slipped", date(2026, 12, 4))
