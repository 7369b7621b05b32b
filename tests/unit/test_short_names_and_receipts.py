"""People called by a usual short form of their first name ("Ally" for Alasdair), and work reported done by the one
it reached ("Maxine's list came through Tuesday", "thanks for the checklist, Naomi")."""

from __future__ import annotations

from datetime import date

from assistant.models import Person
from ingest.extraction.owners import NameIndex
from tests.builders import action_items, weekly_tracker

PEOPLE = [Person(name=n) for n in ("Alasdair Lyle", "Maxine Tully", "Sunil Varma", "Helena Stroud", "Idris Bellamy",
                                   "William Ode")]


def test_a_short_form_said_mid_sentence_or_on_its_own_names_the_one_person_it_fits() -> None:
    idx = NameIndex.build(PEOPLE, [])
    assert [h[2] for h in idx.find("Yeah, Ally's dictionary came through, thanks Ally.")] == ["Alasdair Lyle"] * 2
    assert [h[2] for h in idx.find("Ally")] == ["Alasdair Lyle"]
    assert idx.find("Will you send it over?") == []  # a sentence's first word is no name
    assert [h[2] for h in idx.find("and Will said Friday")] == ["William Ode"]


def test_a_short_form_that_fits_two_people_names_neither() -> None:
    idx = NameIndex.build([*PEOPLE, Person(name="Alison Reid")], [])
    assert idx.find("thanks Ally") == []


def test_work_that_came_through_from_its_owner_closes_their_item(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 22))
    week1 = [("Alasdair Lyle", "I'll dig out the data dictionary for you. You'll have it Monday."),
             ("Maxine Tully", "Yeah. I'll send Sunil the DLO operative list by Friday.")]
    week2 = [("Helena Stroud", "Idris, did the dictionary turn up?"),
             ("Idris Bellamy", "Yeah, Ally's dictionary came through Monday, thanks Ally."),
             ("Helena Stroud", "Sunil, the operative list?"),
             ("Sunil Varma", "Maxine's list came through Tuesday.")]
    closed = {(i.owner, i.status) for i in action_items(run(week1, week2)) if i.meeting_id == "w1"}
    assert closed == {("Alasdair Lyle", "done"), ("Maxine Tully", "done")}
    still = {(i.owner, i.status) for i in action_items(run(week1, week2[:1])) if i.meeting_id == "w1"}
    assert still == {("Alasdair Lyle", "open"), ("Maxine Tully", "open")}


def test_thanks_for_a_thing_closes_the_item_of_the_one_thanked_and_thanks_for_talk_closes_nothing(
        minilm_extractor, minilm) -> None:
    people = [Person(name="Naomi Fairhurst"), Person(name="Lucinda Marr")]
    run = weekly_tracker(minilm_extractor, minilm, people, date(2026, 10, 22))
    week1 = [("Naomi Fairhurst", "I'll write the go/no-go checklist and circulate it by Friday."),
             ("Lucinda Marr", "Great.")]
    for said, status in (("And thanks for the checklist, Naomi, it's really clear.", "done"),
                         ("Thanks for the update, Naomi.", "open")):
        [item] = action_items(run(week1, [("Lucinda Marr", said), ("Naomi Fairhurst", "No problem.")]))
        assert item.status == status, said


def test_getting_someone_elses_thing_closes_their_item_not_the_receivers_own(minilm_extractor, minilm) -> None:
    people = [Person(name="Owen Lacey"), Person(name="Dave Pryor"), Person(name="Priya Raman")]
    run = weekly_tracker(minilm_extractor, minilm, people, date(2026, 10, 27))
    week1 = [("Owen Lacey", "I'll get the workbook over to you by Thursday, Dave. And when could we have it back, "
                            "filled in?"),
             ("Dave Pryor", "Forty-seven operatives. Friday week."),
             ("Priya Raman", "Great.")]
    week2 = [("Priya Raman", "Dave, the workbook?"),
             ("Dave Pryor", "Yeah, I got Owen's spreadsheet Thursday. Haven't started it.")]
    assert sorted((i.owner, i.status) for i in action_items(run(week1, week2))) == [("Dave Pryor", "open"),
                                                                                  ("Owen Lacey", "done")]


def test_thanks_for_a_thing_with_nobody_named_closes_nothing_and_breaks_nothing(minilm_extractor, minilm) -> None:
    people = [Person(name="Naomi Fairhurst"), Person(name="Lucinda Marr")]
    run = weekly_tracker(minilm_extractor, minilm, people, date(2026, 10, 22))
    week1 = [("Naomi Fairhurst", "I'll write the go/no-go checklist and circulate it by Friday."),
             ("Lucinda Marr", "Great.")]
    [item] = action_items(run(week1, [("Lucinda Marr", "Thanks for the plan, really useful."),
                                      ("Naomi Fairhurst", "No problem.")]))
    assert item.status == "open"
