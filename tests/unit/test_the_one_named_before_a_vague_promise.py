"""A dated promise that says only "him", "her" or "something" keeps the sentence of its turn that names the person
or makes the promise: "Leave Ravi with me. I'll have a word with him myself this week." is about Ravi, and so is
the owner's later "I've seen Ravi.", which closes it. Without that sentence the item shares no word with any later
report (the blind pair dunmore and quenby, session 46)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import ActionItem, Person
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, in_room, of, weekly_tracker


def _said(extractor: OfflineExtractor, turn: str) -> list[ActionItem]:
    return of(in_room(extractor, [("Ruth Okoye", "Right, next one."), ("Felix Brandt", turn),
                                  ("Ruth Okoye", "Thanks.")]), ActionItem)


@pytest.mark.parametrize(("turn", "named"), [
    ("Leave Ravi with me. I'll have a word with him myself this week.", "Leave Ravi with me."),
    ("I'm not the one who'll use it. Our Danika'll try it, she does all our invoicing. I'll get her on it this week.",
     "Our Danika'll try it, she does all our invoicing."),
    ("I'm the one who gets on with Lorna in finance. I'll get you the cost codes out of her by Friday.",
     "I'm the one who gets on with Lorna in finance."),
    ("I'll pick four who won't argue with each other. That's the hard bit. You'll have the names first thing Monday.",
     "I'll pick four who won't argue with each other. That's the hard bit."),
])
def test_the_sentence_that_names_who_or_what_is_part_of_the_item(extractor: OfflineExtractor, turn: str,
                                                                  named: str) -> None:
    [item] = _said(extractor, turn)
    assert item.owner == "Felix Brandt" and item.due is not None
    assert item.text.startswith(named)
    assert named in " ".join(e.quote for e in item.evidence)


@pytest.mark.parametrize(("before", "promise"), [
    ("Does Ravi know about it?", "I'll have a word with him this week."),  # a question is no work of the speaker's
    ("The room's booked for Monday, Ravi said.", "I'll have a word with him this week."),  # another day's news
    ("Ravi said it's fine.", "I'll ring Sanjay this week."),  # the promise names its own person
    ("I'll send Ravi the plan.", "I'll have a word with him this week."),  # a promise of its own
])
def test_a_question_a_dated_sentence_or_a_named_person_stays_out(extractor: OfflineExtractor, before: str,
                                                                 promise: str) -> None:
    items = _said(extractor, f"{before} {promise}")
    assert [a.text for a in items if a.due is not None] == [promise]


@pytest.mark.parametrize(("said", "met"), [
    ("I've seen Ravi.", True),
    ("And before anyone asks, I've seen Ravi. We had a coffee at the depot on Friday.", True),
    ("I saw Ravi on Tuesday.", True),
    ("I've seen Ravi's draft.", False),  # reading, not a talk
    ("I've seen the draft.", False),
    ("I saw Tuesday's numbers.", False),
])
def test_seeing_someone_is_a_report_and_reading_is_not(said: str, met: bool) -> None:
    assert (done_report(said) is not None) is met


PEOPLE = [Person(name="Priya Nair", side="vendor"), Person(name="Alison Whitcombe", side="customer"),
          Person(name="Nadia Ford", side="customer")]
WED = date(2026, 10, 7)
PROMISE = [("Priya Nair", "Alison, the operatives are worried about tracking."),
           ("Alison Whitcombe", "Leave Ravi with me. I'll have a word with him myself this week."),
           ("Priya Nair", "Thank you.")]


@pytest.mark.parametrize(("speaker", "said", "status"), [
    ("Alison Whitcombe", "And before anyone asks, I've seen Ravi. We had a coffee at the depot on Friday.", "done"),
    ("Alison Whitcombe", "I've spoken to Ravi.", "done"),
    ("Alison Whitcombe", "I've seen Ravi's note about the vans.", "open"),  # his note read, no word had
    ("Alison Whitcombe", "I've seen Nadia's draft of the letter.", "open"),
])
def test_the_owner_who_met_the_one_named_closes_the_word_with_them(minilm_extractor: OfflineExtractor, minilm: Any,
                                                                   speaker: str, said: str, status: str) -> None:
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, WED)(PROMISE, [
        ("Priya Nair", "Morning all. Alison, anything from you?"), (speaker, said), ("Priya Nair", "Okay.")])
    [item] = action_items(facts)
    assert "Ravi" in item.text
    assert item.status == status


SUPPLY = [Person(name="Callum Reid", side="vendor"), Person(name="Megan Lowther", side="customer"),
          Person(name="Jas Kaur", side="customer")]
GET_IT = [("Callum Reid", "What I need is the cost codes. Who owns them?"),
          ("Megan Lowther", "Finance, technically. But I'm the one who gets on with Lorna in finance. I'll get you "
                            "the cost codes out of her by Friday."),
          ("Callum Reid", "Lovely.")]


@pytest.mark.parametrize(("said", "status"), [
    ("Megan said to tell you Lorna finally coughed up the live ones on Friday, and they've gone to Callum.", "done"),
    ("Megan said to tell you Lorna's off till the twentieth.", "open"),  # news of Lorna, nothing given
    ("Pete said to tell you Lorna finally coughed up the rota on Friday.", "open"),  # Pete's word, not the owner's
])
def test_the_owners_word_that_the_one_it_was_to_come_from_gave_it_closes_it(
        minilm_extractor: OfflineExtractor, minilm: Any, said: str, status: str) -> None:
    facts = weekly_tracker(minilm_extractor, minilm, SUPPLY, WED)(GET_IT, [
        ("Callum Reid", "Jas, you're standing in for Megan?"),
        ("Jas Kaur", f"She asked me to pass a few things on. {said}"), ("Callum Reid", "Thanks.")])
    [item] = action_items(facts)
    assert "Lorna" in item.text
    assert item.status == status


@pytest.mark.parametrize(("said", "status", "due"), [
    ("She asked me to pass something on, actually. She hasn't managed to see Ravi yet. She's hoping to catch him at "
     "the branch meeting on the twentieth.", "slipped", date(2026, 10, 20)),
    # other work of hers, with its own date
    ("She asked me to pass something on, actually. She's hoping to get the rota done by the twentieth.", "open",
     date(2026, 10, 9)),
    ("She asked me to pass something on, actually. The branch meeting is on the twentieth.", "open", date(2026, 10, 9)),
])
def test_the_owners_word_passed_on_that_it_is_not_done_yet_moves_it(
        minilm_extractor: OfflineExtractor, minilm: Any, said: str, status: str, due: date) -> None:
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, WED)(PROMISE, [
        ("Priya Nair", "Morning. Alison's sent her apologies, she's at the board away-day."), ("Nadia Ford", said),
        ("Priya Nair", "Okay, thank you.")])
    [item] = action_items(facts)
    assert (item.status, item.due) == (status, due)


@pytest.mark.parametrize(("tag", "due"), [
    ("Won't you, Pavel?", date(2025, 6, 6)),  # a yes asked for, then the day
    ("Can you, Pavel?", date(2025, 6, 6)),
    ("What do you think, Pavel?", None),  # a real question: the day after it is no longer the promise's
])
def test_a_question_tagged_on_to_a_promise_does_not_hide_the_day_after_it(extractor: OfflineExtractor, tag: str,
                                                                           due: date | None) -> None:
    items = of(in_room(extractor, [("Ruth Okoye", "The operatives?"),
                                   ("Felix Brandt", f"Pavel'll get you the list of the lads and their trades. {tag} "
                                                    "By Friday."),
                                   ("Pavel Novak", "Friday's fine.")]), ActionItem)
    assert [(a.owner, a.due) for a in items] == [("Pavel Novak", due)]


@pytest.mark.parametrize(("after", "due"), [
    # ROOM_DAY is Monday 2 June, and "next Tuesday" is read as the 10th
    ("The third.", date(2025, 6, 3)),  # tomorrow, then
    ("So the 17th.", date(2025, 6, 17)),  # the Tuesday after
    ("The third one's harder.", date(2025, 6, 10)),  # no day of the month
    ("The 30th.", date(2025, 6, 10)),  # too far from the day said to be the same one
])
def test_a_day_of_the_month_said_right_after_sharpens_the_promises_date(extractor: OfflineExtractor, after: str,
                                                                        due: date) -> None:
    items = of(in_room(extractor, [("Ruth Okoye", "Next week's half-term, half of them are off."),
                                   ("Felix Brandt", f"Then I'll run the session next Tuesday. {after}"),
                                   ("Ruth Okoye", "Fine.")]), ActionItem)
    assert [a.due for a in items] == [due]


@pytest.mark.parametrize(("said", "doer"), [
    ("Signed by me, countersigned by Alison's PA, because Alison wasn't around.", "speaker"),
    ("Sent by us yesterday.", "speaker"),
    ("Signed by Roy on Friday.", "Roy"),
    ("Signed.", "speaker"),  # (unchanged)
])
def test_a_report_that_opens_with_its_verb_says_who_did_it_after_by(said: str, doer: str) -> None:
    rep = done_report(said)
    assert rep is not None and rep.doer == doer


FORM = [("Priya Nair", "Nadia, Tessera's change form?"),
        ("Nadia Ford", "I'll get the form signed and back to them by Friday."), ("Priya Nair", "Great.")]


@pytest.mark.parametrize(("said", "status"), [
    ("They've got their bit of paper. Signed by me, countersigned by Alison's PA, because Alison wasn't around.",
     "done"),
    ("They haven't got it yet. Alison's still got it in her bag.", "open"),
])
def test_signed_by_me_closes_the_signing(minilm_extractor: OfflineExtractor, minilm: Any, said: str,
                                          status: str) -> None:
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, WED)(FORM, [
        ("Priya Nair", "Let's see. Nadia, Tessera?"), ("Nadia Ford", said), ("Priya Nair", "Okay.")])
    [item] = action_items(facts)
    assert item.status == status


def test_the_work_told_after_seeing_someone_is_the_report() -> None:
    rep = done_report("So, I saw Lorraine at the huddle, and she signed the policy off on Friday.")
    assert rep is not None and rep.doer == "pronoun" and rep.subject == "she"
