"""The words a recap line puts to a piece of work ("Dave, matrix back Friday the 6th.") are words the later calls use
for it ("Dave, the skills matrix?"): the line is quoted as the item's evidence, and tracking reads them."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, Person
from ingest.extraction.offline import OfflineExtractor
from ingest.extraction.rules import recap_piece
from tests.builders import action_items, meeting_context, of, owned_after, weekly_tracker

DEPOT = ["Priya Raman", "Owen Lacey", "Dave Ruddock", "Ravi Mehta"]


def _workbook_call(recap: str) -> list[tuple[str, str]]:
    return [("Owen Lacey", "It's, honestly, it's a skills matrix and a shift rota. I'll get the workbook over to you "
                           "by Thursday, Dave."),
            ("Dave Ruddock", "Thursday. Go on then."),
            ("Priya Raman", "And when could we have it back, filled in?"),
            ("Dave Ruddock", "Forty-seven operatives. Friday week. Don't hold me to the hour."),
            ("Ravi Mehta", "I'll have the first cut of the asset layers to Owen next Wednesday."),
            ("Priya Raman", f"Okay, quick recap. Owen, workbook to Dave Thursday. {recap} Ravi, first asset layers "
                            "to Owen Wednesday the 4th.")]


@pytest.mark.parametrize(("recap", "quoted"), [
    ("Dave, matrix back Friday the 6th.", True),
    # a date none of Dave's items has, and no word of one
    ("Dave, crew names Monday.", False),
])
def test_a_recap_line_that_restates_an_item_is_quoted_as_its_evidence(
    minilm_extractor: OfflineExtractor, recap: str, quoted: bool
) -> None:
    ctx = meeting_context(_workbook_call(recap), [Person(name=n) for n in DEPOT], date(2026, 10, 27))
    items = [i for i in of(minilm_extractor.extract(ctx), ActionItem) if i.owner == "Dave Ruddock"]
    assert len(items) == 1
    assert any(e.quote in (recap, recap.rstrip(".")) for e in items[0].evidence) is quoted


def test_a_recap_line_is_quoted_once_and_makes_no_item_of_its_own(minilm_extractor: OfflineExtractor) -> None:
    ctx = meeting_context(_workbook_call("Dave, matrix back Friday the 6th."), [Person(name=n) for n in DEPOT],
                          date(2026, 10, 27))
    items = of(minilm_extractor.extract(ctx), ActionItem)
    assert sorted(i.owner or "" for i in items) == ["Dave Ruddock", "Owen Lacey", "Ravi Mehta"]
    quotes = [e.quote for i in items for e in i.evidence]
    assert quotes.count("Owen, workbook to Dave Thursday.") + quotes.count("Owen, workbook to Dave Thursday") == 1


@pytest.mark.parametrize(("recap", "due"), [
    ("Dave, matrix back Friday the 6th.", date(2026, 11, 13)),
    # the recap calls it something else: the question names none of Dave's work
    ("Dave, workbook back Friday the 6th.", date(2026, 11, 6)),
])
def test_a_later_call_asking_after_the_work_in_the_recaps_words_moves_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, recap: str, due: date
) -> None:
    week2 = [("Priya Raman", "Dave, the skills matrix?"),
             ("Dave Ruddock", "The matrix. Yeah. That's going to be the thirteenth now. I've had two bursts on the "
                              "Pennick road."),
             ("Priya Raman", "Okay.")]
    items = owned_after(minilm_extractor, minilm, DEPOT, "Dave Ruddock", date(2026, 10, 27),
                        _workbook_call(recap), week2)
    assert [i.due for i in items] == [due]


PLANNING = ["Harriet Okoye", "Kieran Doyle", "Dominic Vale"]


@pytest.mark.parametrize(("recap", "due"), [
    ("Kieran, the checklist with Margaret Wednesday, and the pre-app form Friday.", date(2026, 11, 23)),
    # no recap: "the checklist" is not in his promise's words
    ("Thanks all.", date(2026, 11, 18)),
])
def test_a_recap_piece_after_the_first_gives_the_words_too(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, recap: str, due: date
) -> None:
    week1 = [("Harriet Okoye", "Kieran, the validation checklist."),
             ("Kieran Doyle", "So I did raise it with her. She hasn't signed it."),
             ("Dominic Vale", "The validation rules are still sitting there unconfigured. I've built everything around "
                              "them."),
             ("Kieran Doyle", "I'll sit down with Margaret on Wednesday and get it signed."),
             ("Harriet Okoye", "Thank you. Kieran, the pre-app form?"),
             ("Kieran Doyle", "I'll have the pre-app form updated by Friday."),
             ("Harriet Okoye", f"Okay. {recap}")]
    week2 = [("Harriet Okoye", "And the checklist, Kieran?"),
             ("Kieran Doyle", "I didn't get her on Wednesday. She got pulled back into the inquiry. I've got half an "
                              "hour in her diary on Monday, so, Monday now."),
             ("Dominic Vale", "So I still don't have a checklist to configure against.")]
    items = owned_after(minilm_extractor, minilm, PLANNING, "Kieran Doyle", date(2026, 11, 12), week1, week2)
    assert [i.due for i in items if "sit down" in i.text] == [due]


@pytest.mark.parametrize(("quote", "piece"), [
    ("Dave, matrix back Friday the 6th", True),
    ("crew names Monday", True),
    ("the checklist with Margaret Wednesday", True),
    ("They went out yesterday", False),  # a subject: news, not a recap
    ("The cost-centre extract landed Thursday", False),  # a verb of news
    ("Went to Jas on Friday.", False),
    ("Then I'll have them done by the seventeenth", False),  # a promise
    ("Dave, the skills matrix?", False),  # a question, and no date
])
def test_a_recap_piece_is_work_and_a_date_with_no_subject(quote: str, piece: bool) -> None:
    assert recap_piece(quote) is piece


def test_a_recap_restating_work_just_handed_over_leaves_the_recap_speakers_own_work_alone(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    people = ["Imogen Hale", "Lorna Pettigrew", "Tasha Greene"]
    week1 = [("Imogen Hale", "The interface team need the performer numbers for every dentist. Lorna, is that "
                             "something you can pull together?"),
             ("Lorna Pettigrew", "Leave it with me, end of next week."),
             ("Imogen Hale", "And I'll send the project plan round this afternoon with the pilot dates in.")]
    week2 = [("Imogen Hale", "Lorna, performer numbers?"),
             ("Lorna Pettigrew", "So I've got thirteen of the fifteen now. Look, Tasha, can you take the performer "
                                 "numbers off me? You've been doing half of it anyway."),
             ("Tasha Greene", "Yeah, I'll do it. I'll have them all to Imogen by Friday."),
             ("Imogen Hale", "Recap. Tasha, merges by the 6th, performer numbers Friday.")]
    facts = weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in people], date(2026, 10, 6))(week1, week2)
    owners = {("performer" if "performer" in i.text else "plan" if "project plan" in i.text else i.text): i.owner
              for i in action_items(facts)}
    assert owners["performer"] == "Tasha Greene"
    assert owners["plan"] == "Imogen Hale"


@pytest.mark.parametrize("recap", [
    "Okay, recap then. Rhys, duplicate report Friday and the clinical mapping to Hannah by Friday.",
    "Okay, recap then. Rhys, duplicate report and clinical mapping Friday.",
])
def test_a_recap_piece_of_other_work_is_not_quoted_for_an_item_of_the_same_date(
    minilm_extractor: OfflineExtractor, recap: str
) -> None:
    turns = [("Imogen Hale", "Rhys, the clinical mapping?"),
             ("Rhys Bannerman", "I'll do the clinical mapping and get it to Hannah by Friday."),
             ("Imogen Hale", recap)]
    ctx = meeting_context(turns, [Person(name=n) for n in ["Imogen Hale", "Rhys Bannerman", "Hannah Osei"]],
                          date(2026, 10, 20))
    [item] = [i for i in of(minilm_extractor.extract(ctx), ActionItem) if "clinical mapping" in i.text]
    assert not any("duplicate" in e.quote for e in item.evidence)


def test_a_recap_line_quoted_for_new_work_does_not_hide_the_lines_beside_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    people = ["Imogen Ashby", "Callum Fraser", "Rhys Caldwell", "Shona Baird"]
    week1 = [("Imogen Ashby", "Callum, the extract?"),
             ("Callum Fraser", "Once the freeze lifts I'll do you a test extract, by the 23rd."),
             ("Imogen Ashby", "Thanks.")]
    week2 = [("Imogen Ashby", "Rhys, the super-user guide?"),
             ("Rhys Caldwell", "Yeah, I'll have the super-user guide to Shona by the 30th, so she's got it before the "
                               "sessions."),
             ("Imogen Ashby", "Okay, recap. Callum, extract the 30th. Rhys, super-user guide the 30th.")]
    items = owned_after(minilm_extractor, minilm, people, "Callum Fraser", date(2026, 10, 16), week1, week2)
    assert [i.due for i in items if "extract" in i.text] == [date(2026, 10, 30)]
