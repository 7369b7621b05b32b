"""Commitments not said as "I'll ...": a date given in answer to "when?", a target date for named work, and a
pronoun promise whose work was said just before it."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import ActionItem, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context, of

DAY = date(2026, 11, 2)  # a Monday
PEOPLE = [Person(name=n) for n in ("Imogen Clarke", "Lowri Evans", "Theo Banks", "Siobhan Kerrigan", "Owen Lacey")]


def items(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[ActionItem]:
    return of(extractor.extract(meeting_context(turns, PEOPLE, DAY)), ActionItem)


def test_a_date_given_in_answer_to_how_long_makes_the_work_asked_about_the_answerers(extractor) -> None:
    [item] = items(extractor, [
        ("Imogen Clarke", "And then Lowri, once you've got the template, how long to get the register into it?"),
        ("Lowri Evans", "Um, it's about four hundred rows, and a lot of them need tidying. Friday week?"),
    ])
    assert (item.owner, item.due) == ("Lowri Evans", date(2026, 11, 13))
    assert "register" in item.text and [e.speaker for e in item.evidence] == ["Imogen Clarke", "Lowri Evans"]


def test_when_the_question_names_no_work_the_task_asked_for_before_it_is_the_work(extractor) -> None:
    [item] = items(extractor, [
        ("Imogen Clarke", "Siobhan, could you send Owen the supplier extract from the old system?"),
        ("Siobhan Kerrigan", "It's month-end, and after that I've got the pension reconciliation. So not this week."),
        ("Imogen Clarke", "When could you realistically do it?"),
        ("Siobhan Kerrigan", "Realistically? The Friday after. The 13th."),
    ])
    assert (item.owner, item.due) == ("Siobhan Kerrigan", date(2026, 11, 13)) and "supplier extract" in item.text


@pytest.mark.parametrize("reply", ["No idea, ask Owen.", "Cardlane say the 20th.", "Done already, last Friday.",
                                   "It was the 20th."])
def test_an_answer_that_does_not_know_relays_another_party_or_reports_it_done_takes_nothing_on(
        extractor, reply: str) -> None:
    turns = [("Imogen Clarke", "Theo, when will you have the card readers on site?"), ("Theo Banks", reply)]
    assert [i for i in items(extractor, turns) if i.owner == "Theo Banks" and i.due == date(2026, 11, 20)] == []


def test_a_question_about_when_an_event_is_takes_nobody_on(extractor) -> None:
    turns = [("Imogen Clarke", "When is the steering group?"), ("Theo Banks", "It's on the 20th.")]
    assert [i for i in items(extractor, turns) if i.due == date(2026, 11, 20)] == []


@pytest.mark.parametrize(("said", "due"), [("I'm aiming for the thirtieth for the VLAN.", date(2026, 11, 30)),
                                          ("Production for click-and-collect, we're targeting the eleventh.",
                                           date(2026, 11, 11))])
def test_a_target_date_for_work_the_sentence_names_is_the_speakers_item(extractor, said: str, due: date) -> None:
    [item] = items(extractor, [("Imogen Clarke", "Theo, where are we?"), ("Theo Banks", said)])
    assert (item.owner, item.due) == ("Theo Banks", due)


def test_a_bare_target_date_with_no_work_before_it_is_no_item(extractor) -> None:
    assert items(extractor, [("Imogen Clarke", "Okay."), ("Theo Banks", "I'm aiming for the thirtieth.")]) == []


def test_a_pronoun_promise_keeps_and_cites_the_work_said_before_it(extractor) -> None:
    [item] = items(extractor, [
        ("Imogen Clarke", "Shiv, one more thing, the standard tender templates. Owen needs the ITT documents to load."),
        ("Siobhan Kerrigan", "Oh, those. I'll send them over Friday."),
    ])
    assert item.owner == "Siobhan Kerrigan" and "tender templates" in (item.context or "")
    assert any(e.speaker == "Imogen Clarke" and "tender templates" in e.quote for e in item.evidence)
    # the turn's own sentences before it are not read as its work ("it" may point past them)
    [own] = items(extractor, [("Imogen Clarke", "Okay."), ("Siobhan Kerrigan", "Legal want to look at the seven "
                                                           "years point. I'll get it signed off by Friday.")])
    assert own.text == "I'll get it signed off by Friday." and len(own.evidence) == 1


def test_a_promise_that_names_its_own_work_is_not_widened(extractor) -> None:
    [item] = items(extractor, [("Imogen Clarke", "Shiv, the tender templates, where are we?"),
                               ("Siobhan Kerrigan", "I'll send Owen the floor plans on Friday.")])
    assert not any(e.speaker == "Imogen Clarke" for e in item.evidence)


def test_a_result_promised_on_a_day_dates_the_promise_before_it(extractor) -> None:
    [item] = items(extractor, [("Owen Lacey", "Until that extract lands I'm mapping from a dictionary, basically."),
                               ("Theo Banks", "I'll dig out the data dictionary for you. You'll have it Monday.")])
    assert (item.owner, item.due) == ("Theo Banks", date(2026, 11, 9)) and "data dictionary" in item.text


def test_you_will_have_it_on_its_own_is_the_speakers_promise_about_what_was_said_before(extractor) -> None:
    [item] = items(extractor, [("Owen Lacey", "I want to see a pen test report for the portal before go-live."),
                               ("Imogen Clarke", "We had one done in September. You'll have it tomorrow.")])
    assert (item.owner, item.due) == ("Imogen Clarke", date(2026, 11, 3))
    assert "pen test report" in (item.context or "")


def test_can_do_with_a_date_takes_the_request_on_by_that_date(extractor) -> None:
    [item] = items(extractor, [
        ("Owen Lacey", "Lowri, what we need is your GL codes and the list of tenders. Could we have that by next Friday?"),
        ("Lowri Evans", "Can do. The thirteenth."),
    ])
    assert (item.owner, item.due) == ("Lowri Evans", date(2026, 11, 13)) and "GL codes" in item.text


def test_a_request_for_anything_takes_its_work_from_the_sentence_after_it(extractor) -> None:
    [item] = items(extractor, [
        ("Owen Lacey", "Theo, can I get anything before then? Even just the file layout and the record counts."),
        ("Theo Banks", "Yeah, that I can do. By Monday."),
    ])
    assert item.owner == "Theo Banks" and "file layout" in item.text


def test_we_can_have_it_by_a_date_said_by_the_one_called_on_is_theirs(extractor) -> None:
    [item] = items(extractor, [("Imogen Clarke", "Owen, the website."),
                               ("Owen Lacey", "So we can have the feed reading from your stock API by the twentieth.")])
    assert (item.owner, item.due) == ("Owen Lacey", date(2026, 11, 20))


def test_asked_when_they_can_return_what_the_asker_promises_the_one_asked_owes_that_thing(extractor) -> None:
    found = items(extractor, [
        ("Owen Lacey", "I'll get the workbook over to you by Thursday, Theo. And when could we have it back, filled in?"),
        ("Theo Banks", "Forty-seven operatives. Friday week. Don't hold me to the hour."),
    ])
    assert sorted((i.owner, i.due) for i in found) == [("Owen Lacey", date(2026, 11, 5)),
                                                       ("Theo Banks", date(2026, 11, 13))]
    [theirs] = [i for i in found if i.owner == "Theo Banks"]
    assert theirs.text.startswith("The workbook:") and "over to you" not in theirs.text


def test_the_speakers_own_news_before_a_pronoun_promise_is_not_its_work(extractor) -> None:
    [item] = items(extractor, [("Owen Lacey", "Theo, the mapping document?"),
                               ("Theo Banks", "I know, I know. I've read half of it. I'll get it signed by Friday.")])
    assert item.text == "I'll get it signed by Friday." and "mapping document" in (item.context or "")


@pytest.mark.parametrize("reply", ["Um, maybe the twenty-third? I don't want to promise something and then, you know.",
                                   "Friday week? Actually, I'll have the register in the template by the 16th."])
def test_a_hedged_answer_or_one_followed_by_a_promise_in_their_own_words_adds_no_item_of_its_own(
        extractor, reply: str) -> None:
    found = items(extractor, [("Imogen Clarke", "Lowri, how long to get the register into the template?"),
                              ("Lowri Evans", reply)])
    assert [i for i in found if i.text.startswith("Lowri, how long")] == []


def test_a_thing_another_party_has_promised_by_a_date_is_that_partys_item(extractor) -> None:
    [item] = items(extractor, [("Imogen Clarke", "Theo, the extract?"),
                               ("Theo Banks", "Brookmere have said the full extract by the sixth. Their words.")])
    assert (item.owner, item.due) == ("Brookmere", date(2026, 11, 6))
    assert items(extractor, [("Imogen Clarke", "Theo, the kit?"),
                             ("Theo Banks", "The vendor said the kit is on its way.")]) == []


@pytest.mark.parametrize(("said", "due"), [("Wayne does the rota. Leave that with me. Tuesday.", date(2026, 11, 3)),
                                          ("That's on me, end of the week.", date(2026, 11, 6))])
def test_taking_on_what_the_turn_before_needs_with_a_day_is_the_speakers_item_citing_that_need(
        extractor, said: str, due: date) -> None:
    [item] = items(extractor, [("Owen Lacey", "I can't book any of the training sessions until I've got the rota."),
                               ("Theo Banks", said)])
    assert (item.owner, item.due) == ("Theo Banks", due)
    assert any(e.speaker == "Owen Lacey" and "rota" in e.quote for e in item.evidence)


def test_taking_something_on_with_no_day_is_no_item_of_its_own(extractor) -> None:
    assert items(extractor, [("Owen Lacey", "And the risk log?"), ("Theo Banks", "Leave it with me.")]) == []
