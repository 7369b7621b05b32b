"""Three ways a status question and its answer were misread. "Got the twelve, but Dalkeith haven't come back to me."
received most of it, not all; "Sent it, but Tom hasn't come back to me." is the sending done. "Gavin, the CAB
approval?" - "CAB approved it Monday." is Alan's "I'll get the SSO change approved at CAB", though Gavin owns no
part of it and the approval is CAB's. "When could you realistically do it?", asked after the one asked has pushed
back for three turns, is about the need said to them by name before ("the first thing I need is an extract of the
employee records out of PayStar. ... Bernie, I know that-")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.tracking import content_stems
from ingest.extraction import rules
from ingest.extraction.followup import chase_only, done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import owned_after

MON = date(2026, 10, 19)



LECTURERS = ["Aileen Docherty", "Shona Kerr", "Tom Reid"]
ASKED = [("Aileen Docherty", "Shona, we need the pilot lecturers from each college."),
         ("Shona Kerr", "I'll get the pilot lecturers' names from all the colleges by Friday.")]


@pytest.mark.parametrize(("reply", "status"), [
    ("Got the twelve, but Dalkeith haven't come back to me.", "open"),
    ("Got them all, but Dalkeith haven't sent theirs yet.", "open"),
    ("Got them, but Dalkeith's are still to come.", "open"),
    ("Got the names, thanks.", "done"),
])
def test_a_receipt_short_of_one_partys_part_is_not_all_of_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    week2 = [("Aileen Docherty", "Shona, the lecturers?"), ("Shona Kerr", reply), ("Aileen Docherty", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, LECTURERS, "Shona Kerr", MON, ASKED, week2)
    assert item.status == status


@pytest.mark.parametrize("reply", ["Sent it, but Tom hasn't replied.",
                                   "Sent it Tuesday, but Tom hasn't come back to me yet."])
def test_work_sent_is_done_whatever_its_recipient_has_said_since(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str
) -> None:
    week1 = [("Aileen Docherty", "Shona, the revised spec for Tom?"),
             ("Shona Kerr", "I'll send Tom the revised spec by Friday.")]
    week2 = [("Aileen Docherty", "Shona, the spec?"), ("Shona Kerr", reply), ("Aileen Docherty", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, LECTURERS, "Shona Kerr", MON, week1, week2)
    assert item.status == "done"


@pytest.mark.parametrize(("report", "rest", "owes"), [
    ("Got the twelve", ", but Dalkeith haven't come back to me.", True),
    ("We've received eleven", ", but Corbel Foods still haven't sent theirs.", True),
    ("Sent it", ", but Tom hasn't come back to me.", False),  # sent: the reply is another matter
    ("Got the twelve", ", but the thirteenth is a duplicate.", False),  # no party owes anything
])
def test_only_a_receipt_is_short_of_a_party_yet_to_send(report: str, rest: str, owes: bool) -> None:
    assert rules.party_still_owes(report, rest) is owes


CAB = ["Priya Raman", "Alan Frost", "Gavin McLeod"]
PROMISED = [("Priya Raman", "Alan, the SSO change. The freeze ended yesterday."),
            ("Alan Frost", "The honest position is the change needs a CAB approval, and I'll get the SSO change "
                           "approved at CAB on Monday. I chair it, so that's in my gift."),
            ("Priya Raman", "Thank you.")]


@pytest.mark.parametrize(("reply", "status"), [
    ("Yep. CAB approved it Monday, IT's director pushed it through himself.", "done"),
    ("Not yet. CAB got cancelled, it's next Monday now.", "slipped"),
])
def test_the_body_whose_approval_was_sought_approving_closes_the_item_though_another_answers(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    week2 = [("Priya Raman", "Let's go through last week's list. Gavin, the CAB approval?"), ("Gavin McLeod", reply),
             ("Priya Raman", "Good.")]
    [item] = owned_after(minilm_extractor, minilm, CAB, "Alan Frost", MON, PROMISED, week2)
    assert item.status == status


def test_a_question_naming_no_open_items_words_picks_no_one_elses_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    # one word shared ("approval") is not the item: Gavin's "Approved." is about something else
    week2 = [("Priya Raman", "Gavin, the budget approval?"), ("Gavin McLeod", "Approved. Finance signed it Friday."),
             ("Priya Raman", "Good.")]
    [item] = owned_after(minilm_extractor, minilm, CAB, "Alan Frost", MON, PROMISED, week2)
    assert item.status == "open"


@pytest.mark.parametrize(("sentence", "doer"), [
    ("CAB approved it Monday.", "CAB"),
    ("HR sent the letters out on Friday.", "HR"),
    ("OK sent it.", None),
])
def test_an_acronym_is_a_doer(sentence: str, doer: str | None) -> None:
    rep = done_report(sentence)
    assert (rep.doer if rep else None) == doer


EXTRACT = ["Imogen Hale", "Dev Raman", "Bernadette Quinn"]
PUSHBACK = [("Imogen Hale", "Okay. Data migration. Dev?"),
            ("Dev Raman", "Yeah. So, um, the first thing I need is an extract of the employee records out of PayStar. "
                          "Everyone, current and, uh, leavers from this tax year. Bernie, I know that-"),
            ("Bernadette Quinn", "You know what week it is."),
            ("Dev Raman", "It's month-end, I know."),
            ("Bernadette Quinn", "It's month-end, our payday's the twenty-fifth, and after that I've got the pension "
                                 "reconciliation. So, not this month."),
            ("Imogen Hale", "When could you realistically do it?"),
            ("Bernadette Quinn", "Realistically? End of the month. The 30th of October."),
            ("Dev Raman", "The 30th is fine.")]


@pytest.mark.parametrize(("reply", "status"), [
    ("The extract came in last Thursday. It's a good file.", "done"),
    ("Not yet, sorry. Month-end again.", "open"),
])
def test_when_could_you_do_it_after_a_pushback_is_about_the_need_said_to_them_by_name(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    week2 = [("Imogen Hale", "Right, actions. Bernie, the extract."), ("Dev Raman", reply), ("Imogen Hale", "Good.")]
    [item] = owned_after(minilm_extractor, minilm, EXTRACT, "Bernadette Quinn", MON, PUSHBACK, week2)
    assert "extract" in item.text
    assert item.due == date(2026, 10, 30)
    assert item.status == status


def test_a_need_said_to_someone_else_is_not_what_when_could_you_asks_about(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    turns = [PUSHBACK[0], ("Dev Raman", PUSHBACK[1][1].replace("Bernie", "Imogen")), *PUSHBACK[2:]]
    owned = owned_after(minilm_extractor, minilm, EXTRACT, "Bernadette Quinn", MON, turns)
    assert not [i for i in owned if "extract" in i.text]


PRINTERS = ["Priya Raman", "Marcus Webb", "Carys Pugh"]


@pytest.mark.parametrize("promise", ["I'll raise the PO for the printers this week.",
                                     "I'll raise the purchase order for the label printers this week."])
@pytest.mark.parametrize(("reply", "status"), [
    ("PO's gone in. Thursday. Reseller says two weeks for delivery.", "done"),
    ("Not yet, finance are sitting on it.", "open"),
])
def test_a_thing_named_by_its_initials_is_reported_gone(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, promise: str, reply: str, status: str
) -> None:
    week1 = [("Priya Raman", "Marcus, we need six label printers."), ("Marcus Webb", promise)]
    week2 = [("Priya Raman", "Marcus, the printers?"), ("Marcus Webb", reply), ("Priya Raman", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, PRINTERS, "Marcus Webb", MON, week1, week2)
    assert item.status == status


@pytest.mark.parametrize(("text", "initials"), [
    ("I'll raise the purchase order today.", {"po"}),
    ("Single sign-on is live and user acceptance testing starts Monday.", {"sso", "uat"}),
    ("It goes to the change advisory board on Thursday.", {"cab"}),
    ("I'll order the printers today.", set()),  # an order, not a purchase order
])
def test_project_words_spelled_out_carry_their_initials(text: str, initials: set[str]) -> None:
    assert content_stems(text) & {"po", "sso", "uat", "cab"} == initials


SPEC = ["Imogen Ashby", "Marek Zielinski", "Rhys Caldwell"]


@pytest.mark.parametrize(("reply", "status"), [
    ("Both done. The spec went to Rhys on Wednesday, and the cut-offs went round Friday.", "done"),
    ("Not yet. The cut-offs went round Friday, the spec's next week.", "open"),
])
def test_a_sentence_pointing_at_the_same_thing_passes_it_on_to_the_speakers_own_thing(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    week1 = [("Imogen Ashby", "Thanks Callum. Marek, what do you need from us, or what do we need from you?"),
             ("Marek Zielinski", "So the main thing is our import spec for the timesheets, the pay codes, the layout. "
                                 "Rhys needs that to build the export. I'll get that to Rhys by Friday."),
             ("Rhys Caldwell", "Friday's great.")]
    week2 = [("Imogen Ashby", "Marek, the import spec?"), ("Marek Zielinski", reply), ("Imogen Ashby", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, SPEC, "Marek Zielinski", MON, week1, week2)
    assert "import spec" in (item.context or "")
    assert item.status == status


@pytest.mark.parametrize(("sentence", "subject"), [
    ("But yes, the route's live in test.", "the route"),
    ("The feed is live in production, finally.", "The feed"),
    ("The route is live in test next week.", None),  # still to come
    ("The training was actually alright.", "The training"),
    ("The session went well.", "The session"),
    ("I sat in on Bethan's testing session in Newcastle last Thursday.", "Bethan's testing session"),
    ("I'm going to the training session on Thursday.", None),
    ("The session was cancelled.", None),
])
def test_work_live_in_an_environment_or_an_event_that_went_well_is_done(sentence: str, subject: str | None) -> None:
    rep = done_report(sentence)
    assert (rep.subject if rep else None) == subject


TESTING = ["Priya Raman", "Bethan Lloyd", "Ruth Oyelaran"]


@pytest.mark.parametrize(("reply", "status"), [
    ("I sat in on Bethan's testing session in Newcastle last Thursday. They broke it twice and then they quite liked "
     "it.", "done"),
    ("I'm sitting in on Bethan's testing session next Thursday.", "open"),
])
def test_one_who_was_there_reports_the_session_held(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    week1 = [("Priya Raman", "Bethan, can the property team see it before go-live?"),
             ("Bethan Lloyd", "I'll run a user-testing session with the Newcastle property team next week.")]
    week2 = [("Priya Raman", "Brilliant. And Bethan's testing session?"), ("Ruth Oyelaran", reply),
             ("Priya Raman", "Good.")]
    [item] = owned_after(minilm_extractor, minilm, TESTING, "Bethan Lloyd", MON, week1, week2)
    assert item.status == status


@pytest.mark.parametrize(("sentence", "completed"), [
    ("On leave fairness, the thing people want is that leave is approved in the order it's asked for.", False),
    ("What they need is that the rota is signed off.", False),
    ("The rota is signed off.", True),
    ("I can confirm that the rota is signed off.", True),
])
def test_a_wish_that_it_were_so_reports_nothing_done(sentence: str, completed: bool) -> None:
    assert rules.completed(sentence) is completed


@pytest.mark.parametrize(("sentence", "chase"), [
    ("Shona and I spoke.", True),
    ("Tom and I had a chat on Tuesday.", True),
    ("Tom and I signed it off.", False),
])
def test_talk_with_someone_is_a_word_not_the_work(sentence: str, chase: bool) -> None:
    assert chase_only(sentence) is chase


STAFF_SIDE = ["Imogen Ashby", "Ade Oyelaran", "Shona Baird"]


def test_a_word_had_with_someone_closes_none_of_the_speakers_other_work(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    week1 = [("Imogen Ashby", "Ade, the staff side want to see the demo?"),
             ("Ade Oyelaran", "I'll send you the names of the staff-side reps who want to see it.")]
    week2 = [("Imogen Ashby", "Ade, the staff-side letter?"),
             ("Ade Oyelaran", "On track for Friday. The sickness visibility point is sorted, Shona and I spoke. On leave "
                              "fairness, the thing people want is that leave is approved in the order it's asked for."),
             ("Imogen Ashby", "Good.")]
    [item] = owned_after(minilm_extractor, minilm, STAFF_SIDE, "Ade Oyelaran", MON, week1, week2)
    assert item.status == "open"
