"""Found by the third blind pair (pellbridge, quarrington): promises relayed with "have said they'll", a pronoun
promise whose work is the speaker's offer or topic just before, a date a few sentences on ("You'll have it
Wednesday"), a volunteer's tag question agreed to, "Wednesday week" and "the Monday after next"; and done reports
that name the work in other words: a bare reminder answered "I sent it", "Ant's login came through"."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import ActionItem, Person
from assistant.tracking import short_name_of
from ingest.extraction import rules
from ingest.extraction.dates import due_date
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, meeting_context, weekly_tracker

THU = date(2026, 9, 24)
PEOPLE = [Person(name=n) for n in ("Niamh Doherty", "Anthony Birtles", "Oskar Berglund", "Morag McCrae",
                                   "Bridget Nolan", "Gareth Pryce", "Dennis Harrop", "Callum Brody")]


def items(extractor: OfflineExtractor, turns: list[tuple[str, str]], day: date = THU) -> list[ActionItem]:
    return [f for f in extractor.extract(meeting_context(turns, PEOPLE, day)).facts if isinstance(f, ActionItem)]


@pytest.mark.parametrize(("phrase", "said", "due"), [
    ("Give me till Wednesday week.", THU, date(2026, 10, 7)),  # a week on from the coming Wednesday
    ("I'll have it in test for Tuesday week.", date(2026, 10, 8), date(2026, 10, 20)),
    ("Friday week, I'd say.", date(2026, 10, 19), date(2026, 10, 30)),  # said on a Monday: next week's Friday
    ("Give us till the Monday after next though.", THU, date(2026, 10, 5)),
    ("the Friday after next", date(2026, 10, 19), date(2026, 10, 30)),
])
def test_a_weekday_a_week_on_counts_from_the_coming_one(phrase: str, said: date, due: date) -> None:
    assert due_date(phrase, said) == due


@pytest.mark.parametrize(("sentence", "owner", "due"), [
    ("Estates have said they'll have the power and data points in on both wards by the sixth.", "Estates",
     date(2026, 11, 6)),
    ("Alliston have promised us a test account on their ordering feed by the thirtieth.", "Alliston",
     date(2026, 10, 30)),
])
def test_a_partys_promise_passed_on_with_have_said_or_have_promised_is_theirs(
    extractor: OfflineExtractor, sentence: str, owner: str, due: date
) -> None:
    found = items(extractor, [("Niamh Doherty", "And the wards?"), ("Bridget Nolan", sentence),
                              ("Niamh Doherty", "Okay.")], date(2026, 10, 21))
    assert [(i.owner, i.due) for i in found] == [(owner, due)]


def test_a_pronoun_promise_takes_its_work_from_the_speakers_offer_just_before(extractor: OfflineExtractor) -> None:
    [item] = items(extractor, [
        ("Gareth Pryce", "Anything else on voids?"),
        ("Callum Brody", "Great. And while we're on voids, I can add a field for the key-safe code on the void "
                         "record, so the operatives see it on the app. I'll get it into the build this week."),
        ("Gareth Pryce", "Lovely.")], date(2026, 10, 26))
    assert item.owner == "Callum Brody" and item.due == date(2026, 10, 30)
    assert "key-safe code" in item.text and "key-safe code" in " ".join(e.quote for e in item.evidence)


def test_a_pronoun_promise_after_a_topic_named_on_its_own_is_about_that_topic(extractor: OfflineExtractor) -> None:
    [item] = items(extractor, [
        ("Gareth Pryce", "Callum?"),
        ("Callum Brody", "So, the runbook. Hour by hour for the weekend of the twelfth, who does what, the data "
                         "load, the smoke tests. I'll send it round by Friday."),
        ("Gareth Pryce", "Great.")], date(2026, 11, 23))
    assert "runbook" in item.text and item.due == date(2026, 11, 27)


def test_a_pronoun_promise_after_an_aside_it_does_not_name_stays_as_said(extractor: OfflineExtractor) -> None:
    found = items(extractor, [
        ("Gareth Pryce", "Callum?"),
        ("Callum Brody", "Legal want to look at the seven years point. I'll get it signed off by the 30th."),
        ("Gareth Pryce", "Great.")], date(2026, 10, 19))
    assert all("Legal" not in i.text for i in found)


def test_a_date_given_a_few_sentences_after_the_promise_is_its_due_date(extractor: OfflineExtractor) -> None:
    [item] = items(extractor, [
        ("Niamh Doherty", "Morag, shelf life."),
        ("Morag McCrae", "I've got both their codes of practice here. I'll pull the numbers out into one table for "
                         "Oskar. It's a busy week, I've got the pre-audit on Monday, so, um. Wednesday. You'll have "
                         "it Wednesday."),
        ("Niamh Doherty", "Thanks.")])
    assert (item.owner, item.due) == ("Morag McCrae", date(2026, 9, 30))


def test_youll_have_later_in_the_turn_that_took_the_work_on_is_the_same_item(extractor: OfflineExtractor) -> None:
    found = items(extractor, [
        ("Oskar Berglund", "To build the sales order link I need to get onto the test server from our office, "
                           "which means a VPN account. Ant, is that you?"),
        ("Anthony Birtles", "That's me, yeah. Leave it with me. I'll set you up on the VPN with your own account, "
                            "not a shared one. You'll have a login by Tuesday."),
        ("Niamh Doherty", "Great.")])
    assert [(i.owner, i.due) for i in found] == [("Anthony Birtles", date(2026, 9, 29))]


@pytest.mark.parametrize("reply", ["Go on then. A couple of plumbers, a sparky, a joiner or two. By Wednesday.",
                                   "Yeah, fine. By Wednesday."])
def test_a_volunteer_called_on_by_a_tag_question_who_agrees_with_a_date_owns_the_work(
    extractor: OfflineExtractor, reply: str
) -> None:
    found = items(extractor, [
        ("Callum Brody", "And for the app I'd like a pilot group of operatives. Maybe six of them, mixed trades."),
        ("Gareth Pryce", "Dennis'll pick you six, won't you, Dennis?"),
        ("Dennis Harrop", reply)], date(2026, 10, 26))
    assert [(i.owner, i.due) for i in found] == [("Dennis Harrop", date(2026, 10, 28))]


def test_a_volunteer_who_declines_the_tag_question_owns_nothing(extractor: OfflineExtractor) -> None:
    found = items(extractor, [
        ("Gareth Pryce", "Dennis'll pick you six, won't you, Dennis?"),
        ("Dennis Harrop", "Not this week, I'm on the vans. Maybe by Wednesday.")], date(2026, 10, 26))
    assert found == []


def test_a_bare_reminder_answered_i_sent_it_closes_the_one_item_of_the_one_reminded(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 21))
    week1 = [("Niamh Doherty", "Bridget, for the cabinets we need everybody who's going to use them, so we can set "
                               "up the fingerprint log-ins."),
             ("Bridget Nolan", "Yeah. I'll get you the names by Monday.")]
    week2 = [("Niamh Doherty", "Great. Bridget, the staff list."),
             ("Bridget Nolan", "I sent it. Did you get it?")]
    assert [i.status for i in action_items(run(week1, week2)) if i.meeting_id == "w1"] == ["done"]
    two = [*week1, ("Niamh Doherty", "And the ward rota?"), ("Bridget Nolan", "I'll send the ward rota by Friday.")]
    assert sorted(i.status for i in action_items(run(two, week2)) if i.meeting_id == "w1") == ["open", "open"]


def test_a_thing_reported_as_the_owners_by_a_short_name_closes_their_item(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)
    week1 = [("Oskar Berglund", "To build the sales order link I need a VPN account. Ant, is that you?"),
             ("Anthony Birtles", "That's me. Leave it with me. You'll have a login by Tuesday.")]
    week2 = [("Niamh Doherty", "Okay, actions from last week. Ant, the VPN."),
             ("Oskar Berglund", "Oh, I can answer that one. Ant's login came through Tuesday morning and it worked "
                                "first time.")]
    assert [(i.owner, i.status) for i in action_items(run(week1, week2)) if i.meeting_id == "w1"] == \
        [("Anthony Birtles", "done")]


@pytest.mark.parametrize(("text", "counts", "short"), [
    ("Two hundred and twenty out of four hundred and ten.", [(220, 410)], True),
    ("Twenty-two out of twenty-two.", [(22, 22)], False),
    ("twelve hundred of the eighteen hundred", [(1200, 1800)], True),
    ("That's one of the reasons.", [], False),
    ("Two hundred and three of the two hundred and twelve drivers matched to the penny.", [], False),  # results
])
def test_a_count_of_fewer_done_than_there_are_is_part_way(text: str, counts: list, short: bool) -> None:
    assert (rules.counts_of(text, progress=True), rules.part_way(text)) == (counts, short)


@pytest.mark.parametrize(("sentence", "done"), [
    ("Oh, I can answer that one, I've had it since Wednesday, thanks Gareth.", True),
    ("We've had the spec for a week.", True),
    ("I've had a cold since Monday.", False),
    ("Either you print the label at the wrapper, when the pallet's built, or you print it in dispatch.", False),
    ("The pallet's built.", True),
])
def test_having_had_a_thing_for_days_reports_it_came_and_a_state_in_a_when_clause_does_not(
    sentence: str, done: bool
) -> None:
    assert (done_report(sentence) is not None) == done


def test_a_named_reply_to_a_call_on_the_owner_closes_their_one_item_whatever_others_share(
    minilm_extractor, minilm
) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 19))
    week1 = [("Callum Brody", "Could you send me the list of your agents, names and emails, for the accounts?"),
             ("Morag McCrae", "Leave it with me. I'll have it to you by Friday."),
             ("Gareth Pryce", "It's three spreadsheets, but there's a master one. I'll get you the SOR list by "
                              "Wednesday."),
             ("Dennis Harrop", "And I'll send Callum the handset list by Friday.")]
    week2 = [("Niamh Doherty", "Right, actions from last week. Gareth, the SOR spreadsheet?"),
             ("Callum Brody", "Oh, I can answer that one, I've had it since Wednesday, thanks Gareth."),
             ("Niamh Doherty", "Morag, the list of your agents?"),
             ("Morag McCrae", "Sent it Friday. Twenty-two names.")]
    status = {i.owner: i.status for i in action_items(run(week1, week2)) if i.meeting_id == "w1"}
    assert status == {"Morag McCrae": "done", "Gareth Pryce": "done", "Dennis Harrop": "open"}


def test_part_of_the_work_done_in_the_next_sentence_keeps_the_item_open(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)
    week1 = [("Oskar Berglund", "Somebody has to stick the location labels on the racking."),
             ("Dennis Harrop", "We'll do the location labels on the racking by the fifth.")]
    week2 = [("Niamh Doherty", "Dennis, how's the racking going?"),
             ("Dennis Harrop", "We're getting there. We did Saturday and Sunday. Two hundred and twenty out of "
                               "four hundred and ten.")]
    assert [i.status for i in action_items(run(week1, week2)) if i.meeting_id == "w1"] == ["open"]


@pytest.mark.parametrize(("short", "first", "fits"), [
    ("Seun", "Oluwaseun", True), ("Beth", "Elizabeth", True), ("Tina", "Christina", True),
    ("Anna", "Joanna", False),  # too short a name to be cut from its end
    ("Mark", "Mark", False),
])
def test_the_end_of_a_long_first_name_is_a_short_form_of_it(short: str, first: str, fits: bool) -> None:
    assert short_name_of(short, first) is fits


def test_a_count_of_the_receivers_own_work_after_a_receipt_does_not_keep_the_senders_item_open(
    minilm_extractor, minilm
) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 20))
    week1 = [("Callum Brody", "When could you do the duty export?"),
             ("Morag McCrae", "Then you'll have the duty export by the 23rd.")]
    week2 = [("Niamh Doherty", "Callum, duties."),
             ("Callum Brody", "So, I got Morag's duty export on Friday, thank you. I've loaded about forty of the "
                              "sixty-two duties so far.")]
    assert [(i.owner, i.status) for i in action_items(run(week1, week2)) if i.meeting_id == "w1"] == \
        [("Morag McCrae", "done")]


def test_taking_on_work_named_as_someone_elses_hands_it_over_with_its_new_date(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 11, 2))
    week1 = [("Callum Brody", "Who does the training rota?"),
             ("Dennis Harrop", "I'll do the rota for the app training, who goes on which session, by the 13th.")]
    week2 = [("Callum Brody", "Dennis broke his wrist, he's off till the new year."),
             ("Gareth Pryce", "I'll take Dennis's training rota. I'll have it out by Wednesday.")]
    [item] = [i for i in action_items(run(week1, week2)) if "rota" in i.text]
    assert (item.owner, item.due) == ("Gareth Pryce", date(2026, 11, 11))


def test_asking_someones_team_to_take_work_off_its_owner_hands_it_to_them_when_they_agree(
    minilm_extractor, minilm
) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 8))
    week1 = [("Niamh Doherty", "Dennis, the handheld training for the day shift?"),
             ("Dennis Harrop", "I'll run the handheld training for the day shift by the twenty-third.")]
    week2 = [("Niamh Doherty", "Gareth, could your lads take the handheld training off Dennis while he's away?"),
             ("Gareth Pryce", "Yeah, go on, we'll cover it.")]
    [item] = [i for i in action_items(run(week1, week2)) if "training" in i.text]
    assert item.owner == "Gareth Pryce"
