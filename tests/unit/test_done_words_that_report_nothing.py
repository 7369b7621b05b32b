"""Done words that report nothing finished: a doubt ("That one I don't think I sent, actually."), a reaction in
talk ("He made a face."), a state inside a promised thing ("I'll pull the usage stats, log-ins, trips, defect
checks done, by the 10th"), someone's message told for what it said ("Maria emailed last night, she's said
Monday for the timetable."), and a reply to a question that sets the item aside ("anything apart from the
extract?")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, Evidence, FactBase, Person
from assistant.tracking import is_completion
from ingest.extraction import rules
from ingest.extraction.followup import chase_only, done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import weekly_tracker

PEOPLE = [Person(name=n) for n in ("Nora Quinn", "Idris Cole", "Maria Lopez")]


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 5))  # type: ignore[no-any-return]


@pytest.mark.parametrize("sentence, done", [
    ("That one I don't think I sent, actually.", False),
    ("I don't believe we sent it.", False),
    ("I don't think it's done.", False),
    ("I didn't send it.", False),
    ("Don't worry, it's done.", True),          # the doubt is in another clause
    ("I sent it Monday.", True),
])
def test_a_report_in_a_clause_with_a_negation_is_not_work_done(sentence: str, done: bool) -> None:
    assert rules.completed(sentence) is done


def test_a_doubt_that_the_work_went_leaves_it_open(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Nora Quinn", "Idris, Maria will need the test-tenant guide."),
         ("Idris Cole", "I'll send Maria the user guide for the test tenant tomorrow.")],
        [("Nora Quinn", "And Idris, the test-tenant guide for Maria?"),
         ("Idris Cole", "Um. That one I don't think I sent, actually. Let me check after the call.")],
    )
    guide = next(i for i in items(facts) if "user guide" in i.text)
    assert guide.status == "open"


@pytest.mark.parametrize("sentence, report", [
    ("He made a face.", False),
    ("She made a good point about the rota.", False),
    ("Kemi made a fuss about the date.", False),
    ("I made the change on Tuesday.", True),
    ("We made the cheat sheet last week.", True),
])
def test_made_is_a_report_only_of_a_thing_made(sentence: str, report: bool) -> None:
    assert (done_report(sentence) is not None) is report


def _said(text: str) -> ActionItem:
    return ActionItem(text=text, owner="Maria Lopez", evidence=[
        Evidence(meeting_id="w2", segment_id=1, speaker="Maria Lopez", start=0.0, end=4.0, quote=text)])


@pytest.mark.parametrize("text, done", [
    ("I'll pull the pilot usage stats for that, log-ins, trips, defect checks done, by the 10th.", False),
    ("I'll send the plan Friday, the mapping's done.", True),        # a report with its own verb
    ("I'll send the plan Friday, Raj has signed it off.", True),
    ("I'll send the plan Friday, sent the other one Monday.", True),  # the speaker's own report, subject elided
])
def test_a_done_word_inside_a_promised_list_is_no_completion(text: str, done: bool) -> None:
    assert is_completion(_said(text)) is done


@pytest.mark.parametrize("sentence, relay", [
    ("Maria emailed last night, she's said Monday for the timetable.", True),
    ("Maria's messaged, she's in a hearing all morning, she says the branch meeting's still on for Thursday.", True),
    ("Maria rang me yesterday, she says Monday.", True),
    ("Maria emailed me yesterday.", True),                           # what she said is told next
    ("Maria emailed them yesterday.", False),                        # "them" may be the work
    ("Maria rang, she said she sent it Friday.", False),            # what she said reports the work done
    ("Maria emailed the timetable, saying sorry it was late.", False),  # the message is the work
])
def test_someones_message_told_for_what_it_said_is_a_word_not_the_work(sentence: str, relay: bool) -> None:
    assert chase_only(sentence) is relay


@pytest.mark.parametrize("turns", [
    [("Nora Quinn", "Idris, Maria's timetable?"),
     ("Idris Cole", "Maria emailed last night, she's said Monday for the timetable.")],
    [("Nora Quinn", "Maria's not here. Idris, anything from her?"),
     ("Idris Cole", "Maria's messaged, she's in a hearing all morning, she says the branch meeting's still on for "
                    "Thursday.")],
    [("Nora Quinn", "Maria's not on today, but Idris, any news on the timetable?"),
     ("Idris Cole", "Maria emailed me yesterday. The lessons changed again, so the timetable is going to be the "
                    "30th now.")],
])
def test_a_message_from_the_owner_about_the_work_does_not_close_it(
    track: Callable[..., list[FactBase]], turns: list[tuple[str, str]]
) -> None:
    facts = track(
        [("Nora Quinn", "Maria, Idris needs the timetable. And the union?"),
         ("Maria Lopez", "I'll send Idris the whole pool timetable, lessons and lane swims, by Friday."),
         ("Maria Lopez", "And I'll take the one-pager to the branch meeting on Thursday the 15th and come back with "
                         "their position.")],
        turns,
    )
    statuses = {i.status for i in items(facts) if i.owner == "Maria Lopez"}
    assert statuses and "done" not in statuses  # (open, or slipped to the date the message gave)


def test_a_question_setting_the_item_aside_does_not_make_the_reply_about_it(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Maria, Idris needs the positions extract."),
         ("Maria Lopez", "I'll send Idris the current positions and grades extract by Wednesday.")],
        [("Nora Quinn", "Okay. Maria, the positions extract for Idris."),
         ("Maria Lopez", "I know. I know. It'll be Monday now. We had a restructure go through last week."),
         ("Nora Quinn", "Okay. Idris, anything from the migration side apart from the extract?"),
         ("Idris Cole", "Yes, I've profiled the legacy HR data and there's quite a lot to talk about.")],
    )
    extract = next(i for i in items(facts) if "extract" in i.text)
    assert (extract.status, extract.due) == ("slipped", date(2026, 10, 19))



def test_what_was_done_after_half_done_is_a_part_not_the_work(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Nora Quinn", "Maria, the site survey?"),
         ("Maria Lopez", "I'll walk the four staff entrances with Idris for power and data points by Friday.")],
        [("Nora Quinn", "And the walk round the entrances. Maria?"),
         ("Maria Lopez", "Half done. We did Gate B and the main staff car park on Thursday. North and the fire door we "
                         "didn't get to, nobody had the key.")],
    )
    walk = next(i for i in items(facts) if "entrances" in i.text)
    assert walk.status != "done"
