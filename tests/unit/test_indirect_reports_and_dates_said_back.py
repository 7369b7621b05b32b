"""Work reported done in other people's words ("Priya's mapping came in Friday", "Tom's workshop was, honestly,
fine"), steps that are not the work ("Three of the scanners are imaged", "She left me her notes"), dates said back
to someone else's promise, new dates said "now", and work taken over from an owner who has gone."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import ActionItem, Person
from ingest.extraction import rules
from ingest.extraction.dates import due_date
from tests.builders import action_items, meeting_context, weekly_tracker

MONDAY = date(2026, 3, 2)


@pytest.mark.parametrize("sentence", [
    "Priya's mapping came in Friday, thank you.",
    "And the label printers came yesterday.",
    "Omar's answers came back Tuesday.",
    "The stock feed is on staging, I've been testing it since Monday.",
    "Click-and-collect's on prod behind a flag.",
    "The reconciliation test matched to the penny.",
    "Tom's workshop was, honestly, fine.",
    "In Rachel's inbox since Tuesday.",
])
def test_arrivals_environments_checks_and_sessions_held_report_work_done(sentence: str) -> None:
    assert rules.completed(sentence)


@pytest.mark.parametrize("sentence", [
    "The quote came in over budget.",
    "It'll be on staging by Friday.",
    "We're on test till Friday.",
    "The workshop was supposed to be Tuesday.",
    "Three of the scanners are imaged.",
    "The fridge lines have got no codes at all, I'm doing them by hand.",
    "Honestly, I'd rather we got the live data right.",
    "That's exactly how we got the last outage.",
    "Is it in your inbox?",
])
def test_plans_counts_short_of_all_possession_and_wishes_report_nothing_done(sentence: str) -> None:
    assert not rules.completed(sentence)


def _done_owner(minilm_extractor, turns: list[tuple[str, str]], people: list[Person]) -> list[str | None]:
    ctx = meeting_context(turns, people, MONDAY)
    return [f.owner for f in minilm_extractor.extract(ctx).facts if isinstance(f, ActionItem) and f.status == "done"]


def test_a_done_report_belongs_to_the_one_thanked_hailed_spoken_to_or_whose_work_it_is(minilm_extractor) -> None:
    people = [Person(name=n) for n in ("Dana Kerr", "Marek Vos", "Orla Quinn", "Bryn Hale", "Ruth Amos")]
    assert _done_owner(minilm_extractor, [("Orla Quinn", "Dana, the rules workbook?"),
                                          ("Dana Kerr", "Yes, thanks for the workbook, Marek, it came through Tuesday.")],
                       people) == ["Marek Vos"]
    assert _done_owner(minilm_extractor, [("Dana Kerr", "And the workshop dates came through, Orla, the ninth.")],
                       people) == ["Orla Quinn"]
    assert _done_owner(minilm_extractor, [("Ruth Amos", "I sent it. Did you get it?"),
                                          ("Dana Kerr", "Got your list on Monday, yes, forty names.")],
                       people)[-1:] == ["Ruth Amos"]
    assert _done_owner(minilm_extractor, [("Orla Quinn", "Dana, anything else?"),
                                          ("Dana Kerr", "Bryn's feed is on staging, I've been testing against it "
                                                        "since Monday.")], people) == ["Bryn Hale"]


def test_the_owners_session_said_to_have_gone_fine_closes_it(minilm_extractor, minilm) -> None:
    people = [Person(name="Tom Reyes"), Person(name="Gail Ward"), Person(name="Sam Pike")]
    run = weekly_tracker(minilm_extractor, minilm, people, MONDAY)
    week1 = [("Tom Reyes", "I'll come up and run the super-user workshop on Thursday, all day, in the depot before "
                           "you open."),
             ("Gail Ward", "Great.")]
    week2 = [("Sam Pike", "Tom's workshop was, honestly, fine."), ("Gail Ward", "Good to hear.")]
    [item] = action_items(run(week1, week2))
    assert item.status == "done"
    [item] = action_items(run(week1, [("Sam Pike", "The canteen was, honestly, fine."), ("Gail Ward", "Good.")]))
    assert item.status == "open"


def test_a_step_reported_is_not_the_work_promised(minilm_extractor, minilm) -> None:
    people = [Person(name="Barry Lowe"), Person(name="Orla Quinn"), Person(name="Hana Sato")]
    run = weekly_tracker(minilm_extractor, minilm, people, MONDAY)
    week1 = [("Barry Lowe", "We'll get the four kiosk PCs imaged and installed at the depot by the 13th."),
             ("Orla Quinn", "Thanks.")]
    for said in ("All four PCs are imaged now, but they're sitting in my office.",
                 "Two of the kiosk PCs are imaged.",
                 "I went to the depot Friday to look at where they're going."):
        [item] = action_items(run(week1, [("Orla Quinn", "Barry, kiosks."), ("Barry Lowe", said)]))
        assert item.status == "open", said


def test_a_report_of_what_an_item_waits_for_does_not_close_it(minilm_extractor, minilm) -> None:
    people = [Person(name="Hana Sato"), Person(name="Derek Moss"), Person(name="Orla Quinn")]
    run = weekly_tracker(minilm_extractor, minilm, people, MONDAY)
    week1 = [("Hana Sato", "I'll have a first draft of the export mapping by the 13th, assuming Derek's spec actually "
                           "turns up."),
             ("Orla Quinn", "Thanks.")]
    [item] = action_items(run(week1, [("Hana Sato", "Derek's spec landed yesterday."), ("Orla Quinn", "Great.")]))
    assert item.status == "open"


def test_a_promise_that_waits_for_something_is_due_when_it_says_not_when_the_wait_ends(minilm_extractor) -> None:
    people = [Person(name="Marek Vos"), Person(name="Anita Roy"), Person(name="Orla Quinn")]
    assert due_date("So once Anita's export lands on the 4th I'll load the duties.", MONDAY) is None
    ctx = meeting_context([("Orla Quinn", "Marek, the duties load?"),
                           ("Marek Vos", "So once Anita's export lands on the 4th I'll load the duties into the test "
                                         "tenant. I'll have them all in by the end of next week.")], people, MONDAY)
    [item] = [f for f in minilm_extractor.extract(ctx).facts if isinstance(f, ActionItem)]
    assert (item.owner, item.due) == ("Marek Vos", date(2026, 3, 13))


def test_a_date_said_back_to_someone_elses_promise_moves_nothing_but_the_owner_confirming_theirs_does(
        minilm_extractor, minilm) -> None:
    people = [Person(name="Marek Vos"), Person(name="Anita Roy"), Person(name="Orla Quinn")]
    run = weekly_tracker(minilm_extractor, minilm, people, MONDAY)
    week1 = [("Anita Roy", "Okay, then you'll have the depot export by the 6th."), ("Marek Vos", "Great.")]
    said_back = [("Orla Quinn", "Marek, the duties load?"),
                 ("Marek Vos", "So once Anita's export lands I'll load the depot duties into the test tenant. I'll "
                               "have them all in by the end of next week."),
                 ("Anita Roy", "Friday the 13th, then."), ("Marek Vos", "Yes.")]
    export = next(i for i in action_items(run(week1, said_back)) if i.owner == "Anita Roy")
    assert export.status == "open" and export.due == date(2026, 3, 6)
    confirmed = [("Orla Quinn", "Anita, the depot export?"),
                 ("Anita Roy", "We're doing some final checks on the depot codes, so it'll be Thursday now."),
                 ("Orla Quinn", "This Thursday, the 12th."), ("Anita Roy", "This Thursday.")]
    export = next(i for i in action_items(run(week1, confirmed)) if i.owner == "Anita Roy")
    assert export.status == "slipped" and export.due == date(2026, 3, 12)


def test_a_refused_date_or_a_date_echoing_other_news_moves_nothing(minilm_extractor, minilm) -> None:
    people = [Person(name="Orla Quinn"), Person(name="Malcolm Hay")]
    run = weekly_tracker(minilm_extractor, minilm, people, MONDAY)
    week1 = [("Orla Quinn", "I'll confirm the training dates to you by Friday."), ("Malcolm Hay", "Fine.")]
    for week2 in ([("Orla Quinn", "Malcolm, the PO?"),
                   ("Malcolm Hay", "It's with the finance director. It'll be this week. Friday."),
                   ("Orla Quinn", "Friday. Okay.")],
                  [("Malcolm Hay", "Not the 20th?"), ("Orla Quinn", "Not the 20th.")]):
        [item] = action_items(run(week1, week2))
        assert item.status == "open", week2[-1]


def test_a_new_date_said_now_slips_the_item_whatever_the_reason_after_it(minilm_extractor, minilm) -> None:
    people = [Person(name="Shona Reid"), Person(name="Rita Lamb")]
    run = weekly_tracker(minilm_extractor, minilm, people, MONDAY)
    week1 = [("Shona Reid", "I'll do the freeze rota. Tuesday."), ("Rita Lamb", "Lovely.")]
    week2 = [("Rita Lamb", "Anything else?"),
             ("Shona Reid", "Fine. And the freeze rota's going to be Friday now, I'm waiting to see who's actually in "
                            "on the Sunday.")]
    [item] = action_items(run(week1, week2))
    assert (item.status, item.due) == ("slipped", date(2026, 3, 13))


def test_work_taken_on_from_an_owner_who_has_gone_is_handed_over(minilm_extractor, minilm) -> None:
    people = [Person(name="Aidan Kerr"), Person(name="Shazia Bhatt"), Person(name="Rowena Gale")]
    run = weekly_tracker(minilm_extractor, minilm, people, MONDAY)
    week1 = [("Aidan Kerr", "I'll reconcile the robot against the old system, every line, by Friday."),
             ("Rowena Gale", "Thanks Aidan.")]
    week2 = [("Shazia Bhatt", "Aidan's baby came early, so he's off now for three weeks."),
             ("Rowena Gale", "Congratulations to him. So we need to hand his bits over. The reconciliation, where did "
                             "he get to?"),
             ("Shazia Bhatt", "He'd done about fourteen hundred lines, he's left me his spreadsheet. I'll finish it. "
                              "Give me till Wednesday.")]
    [item] = action_items(run(week1, week2))
    assert (item.owner, item.due) == ("Shazia Bhatt", date(2026, 3, 11))
    [item] = action_items(run(week1, week2[:2]))
    assert item.owner == "Aidan Kerr"


def test_asking_when_someone_needs_it_leaves_the_work_with_the_one_asking(minilm_extractor) -> None:
    people = [Person(name="Shazia Bhatt"), Person(name="Ines Holm"), Person(name="Rowena Gale")]
    ctx = meeting_context([("Shazia Bhatt", "What Ines needs from us is the product file, isn't it? Every line we stock."),
                           ("Ines Holm", "Yes. The full product file, with the pack sizes and the old codes."),
                           ("Shazia Bhatt", "So when do you need it by?"),
                           ("Ines Holm", "End of next week would be lovely, then I can start on the mapping."),
                           ("Shazia Bhatt", "Yep, can do. I'll pull it off the old system myself. End of next week.")],
                          people, MONDAY)
    owners = {f.owner for f in minilm_extractor.extract(ctx).facts if isinstance(f, ActionItem)}
    assert owners == {"Shazia Bhatt"}


def test_a_handover_date_is_the_one_the_new_owner_gives_not_one_they_refuse(minilm_extractor, minilm) -> None:
    people = [Person(name="Rhona Tait"), Person(name="Hannah Sayer"), Person(name="Orla Quinn")]
    run = weekly_tracker(minilm_extractor, minilm, people, MONDAY)
    week1 = [("Rhona Tait", "I'll write up how we reconcile the parallel runs by Friday."), ("Orla Quinn", "Thanks.")]
    week2 = [("Orla Quinn", "Okay. And Rhona's reconciliation plan. She'd said Friday, but she's away until the 20th."),
             ("Hannah Sayer", "Yes. She left me her notes. I'll pick up the reconciliation plan, but not by the 13th. "
                              "The 16th, realistically.")]
    [item] = action_items(run(week1, week2))
    assert (item.owner, item.status, item.due) == ("Hannah Sayer", "slipped", date(2026, 3, 16))


def test_what_the_asker_promises_after_asking_when_it_is_needed_is_what_was_asked_for(minilm_extractor, minilm) -> None:
    people = [Person(name="Shazia Bhatt"), Person(name="Ines Holm"), Person(name="Rowena Gale")]
    run = weekly_tracker(minilm_extractor, minilm, people, MONDAY)
    week1 = [("Ines Holm", "Yes. The full product file, with the pack sizes and the old codes."),
             ("Shazia Bhatt", "So when do you need it by?"),
             ("Ines Holm", "End of next week would be lovely, then I can start on the mapping."),
             ("Shazia Bhatt", "Yep, can do. I'll pull it off the old system myself. End of next week.")]
    week2 = [("Rowena Gale", "Ines, the mapping?"), ("Ines Holm", "We got Shazia's product file on Monday.")]
    [item] = action_items(run(week1, week2))
    assert (item.owner, item.status) == ("Shazia Bhatt", "done")
