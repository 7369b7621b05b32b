"""A new date is often passed on for an owner who is not in the room ("Bryn's emailed. Production's going to be
Monday the sixteenth now, they had a release freeze on the site."; "Okay, Bethan's notes. She says she's not got to
the training rota, ..., and she'll do it by the end of next week."), and two-day work is said as a pair of days
("the seventeenth and eighteenth", "moved to the 24th and 25th"), done by the second."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from ingest.extraction.dates import due_date
from ingest.extraction.offline import OfflineExtractor
from tests.builders import owned_after

NORTHPAW = ["Naomi Fairhurst", "Bryn Castell", "Jonah Pellow"]
TARGET = [("Naomi Fairhurst", "Bryn, when's click-and-collect live?"),
          ("Bryn Castell", "Production for click-and-collect, we're targeting the eleventh."),
          ("Naomi Fairhurst", "Okay.")]


@pytest.mark.parametrize(("reply", "due"), [
    ("Bryn's emailed. Production's going to be Monday the sixteenth now, they had a release freeze on the site for "
     "their Black Friday build.", date(2026, 11, 16)),
    ("Bryn's emailed. Production's going to be Monday the sixteenth now, they had a problem with their build.",
     date(2026, 11, 16)),
    # nobody's word is passed on: Jonah's own guess moves nothing of Bryn's
    ("I reckon production's going to be Monday the sixteenth now, they had a problem with their build.",
     date(2026, 11, 11)),
])
def test_a_new_date_passed_on_from_the_owner_slips_their_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, due: date
) -> None:
    week2 = [("Naomi Fairhurst", "Jonah, anything from Northpaw?"), ("Jonah Pellow", reply), ("Naomi Fairhurst", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, NORTHPAW, "Bryn Castell", date(2026, 11, 2), TARGET, week2)
    assert item.due == due


ROTA = ["Hannah Okafor", "Bethan Hale", "Gary Lumb"]
PROMISED = [("Hannah Okafor", "Bethan, the training days?"),
            ("Bethan Hale", "I'll get the training days into the rota, I'll do it by the sixteenth."),
            ("Hannah Okafor", "Thanks.")]


@pytest.mark.parametrize(("notes", "status"), [
    ("Okay, Bethan's notes. She says she's not got to the training rota, she's been in the incident room all week, "
     "and she'll do it by the end of next week.", "slipped"),
    ("Okay, Gary's notes. He says he's not got to the training rota, he's been in the incident room all week, and "
     "he'll do it by the end of next week.", "open"),  # another's word, not Bethan's
])
def test_an_absent_owners_notes_read_out_give_their_new_date(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, notes: str, status: str
) -> None:
    week2 = [("Hannah Okafor", f"Thanks, Richard. {notes}"), ("Gary Lumb", "I'll believe it when I see the rota.")]
    [item] = owned_after(minilm_extractor, minilm, ROTA, "Bethan Hale", date(2026, 10, 9), PROMISED, week2)
    assert item.status == status


@pytest.mark.parametrize(("text", "due"), [
    ("I'll run it on the seventeenth and eighteenth at Ridgeway House.", date(2026, 11, 18)),
    ("Gemma, call-handler training the seventeenth and eighteenth.", date(2026, 11, 18)),
    ("So it's moved to the twenty-fourth and twenty-fifth.", date(2026, 11, 25)),
    ("It's moved to the 24th and 25th.", date(2026, 11, 25)),
    ("On the twelfth and the thirteenth.", date(2026, 11, 13)),
    ("I'll do the first and second drafts.", None),  # drafts, not days
    ("I'll do the fourth and fifth floors.", None),
])
def test_two_days_said_as_a_pair_are_due_by_the_second(text: str, due: date | None) -> None:
    assert due_date(text, date(2026, 11, 3)) == due


CALL_HANDLERS = ["Helena Stroud", "Gemma Rowntree", "Sunil Varma"]


def test_a_two_day_session_moved_to_another_pair_of_days_slips_to_the_second(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    week1 = [("Helena Stroud", "Gemma, the call-handler training?"),
             ("Gemma Rowntree", "Right, the call-handler training. I'll run it on the seventeenth and eighteenth at "
                                "Ridgeway House. Two half days."),
             ("Helena Stroud", "Lovely.")]
    week2 = [("Gemma Rowntree", "So the call-handler training. It's moved to the twenty-fourth and twenty-fifth."),
             ("Helena Stroud", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, CALL_HANDLERS, "Gemma Rowntree", date(2026, 11, 3), week1, week2)
    assert (item.status, item.due) == ("slipped", date(2026, 11, 25))


UNION = ["Joanna Thewlis", "Helen Ashworth", "Nicola Brennan"]
TALK = [("Joanna Thewlis", "Helen, the union."),
        ("Helen Ashworth", "I'll talk to the GMB branch secretary about the tablets before the crews hear rumours, by "
                           "Friday."),
        ("Joanna Thewlis", "Thanks.")]


@pytest.mark.parametrize(("prompt", "status"), [
    ("Thank you. Helen's chat with the GMB, Nicola, do you know?", "slipped"),
    ("Thank you. Nicola, your cab mounts?", "open"),  # "she" is nobody the prompt names
])
def test_word_someone_asked_to_be_passed_on_is_theirs(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, prompt: str, status: str
) -> None:
    week2 = [("Joanna Thewlis", prompt),
             ("Nicola Brennan", "She asked me to say she hasn't managed it yet, the branch secretary's been off. She's "
                                "seeing them on the second now."),
             ("Joanna Thewlis", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, UNION, "Helen Ashworth", date(2026, 10, 19), TALK, week2)
    assert item.status == status


@pytest.mark.parametrize(("text", "due"), [
    ("She's seeing them on the second now.", date(2026, 11, 2)),
    ("We'll focus on the second.", None),
    ("They're on the second floor now.", None),
])
def test_the_second_said_with_now_is_a_day(text: str, due: date | None) -> None:
    assert due_date(text, date(2026, 10, 19)) == due


@pytest.mark.parametrize(("recap", "status", "due"), [
    ("Recap. Sunil, SMS templates Monday. Gemma, call handlers next week.", "open", date(2026, 11, 18)),
    ("Recap. Sunil, SMS templates Monday. Gemma, call handlers the twenty-fourth.", "slipped", date(2026, 11, 24)),
])
def test_a_recap_naming_only_the_week_a_day_is_due_in_moves_nothing(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, recap: str, status: str, due: date
) -> None:
    week1 = [("Helena Stroud", "Gemma, the call-handler training?"),
             ("Gemma Rowntree", "Right, the call-handler training. I'll run it on the seventeenth and eighteenth at "
                                "Ridgeway House."),
             ("Helena Stroud", "Lovely.")]
    week2 = [("Sunil Varma", "The templates are nearly done."), ("Helena Stroud", recap)]
    [item] = owned_after(minilm_extractor, minilm, CALL_HANDLERS, "Gemma Rowntree", date(2026, 11, 3), week1, week2)
    assert (item.status, item.due) == (status, due)
