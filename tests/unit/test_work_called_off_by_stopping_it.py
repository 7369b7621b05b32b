"""Work called off in the blind pair's words (upperwood, vennick): the owner saying they will stop doing it ("I'll
stop writing the letter, then.") or being told to stop work on it ("Gemma, sorry, stop work on the custom one.")
drops the open item; it is then neither open nor overdue. Stopping by somewhere, or stopping a feeling, drops
nothing. Work handed over as "Kirsty, could you take it off him?" changes hands; "I'll send the product list to Luca
on Friday, with the customers." is the product list, not the customer list said again."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import Person
from ingest.extraction import rules
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, weekly_tracker

TUE = date(2026, 9, 8)
PEOPLE = [Person(name="Hannah Okafor", side="vendor"), Person(name="Kirsty Lowe", side="customer"),
          Person(name="Martin Bell", side="customer"), Person(name="Luca Ferraro", side="vendor"),
          Person(name="Gemma Stroud", side="vendor"), Person(name="Ruth Calloway", side="customer")]

LETTER = [("Hannah Okafor", "Kirsty, could you draft the letter to trade customers about the ordering portal?"),
          ("Kirsty Lowe", "Yes, I'll have the letter drafted by Friday."), ("Hannah Okafor", "Lovely.")]
FORM = [("Ruth Calloway", "The volunteers need something simpler."),
        ("Gemma Stroud", "I'll build a cut-down twelve-field entry form for the volunteers by next Thursday."),
        ("Hannah Okafor", "Great.")]


@pytest.mark.parametrize(("week1", "week2"), [
    (LETTER, [("Hannah Okafor", "The ordering portal moves to January, it's out of this phase."),
              ("Kirsty Lowe", "January. I'll stop writing the letter, then."), ("Hannah Okafor", "Yes, sorry.")]),
    (FORM, [("Ruth Calloway", "I'd rather we didn't build anything bespoke before go-live. Gemma, sorry, stop work "
                              "on the entry form."),
            ("Gemma Stroud", "That's fine."), ("Hannah Okafor", "Okay, next.")]),
])
def test_stopping_the_work_drops_the_item(minilm_extractor: OfflineExtractor, minilm: Any,
                                          week1: list[tuple[str, str]], week2: list[tuple[str, str]]) -> None:
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, TUE)(week1, week2)
    [item] = action_items(facts)
    assert item.status == "dropped"


@pytest.mark.parametrize("said", ["I'll stop by the depot on Friday.", "I can stop worrying about it now.",
                                  "I'll stop being difficult about it.", "Did you stop writing the letter?"])
def test_stopping_by_or_stopping_a_feeling_calls_off_nothing(said: str) -> None:
    assert not (rules.DROP.search(said) and not said.endswith("?"))


def test_the_letter_goes_on_when_only_its_date_is_talked_about(minilm_extractor: OfflineExtractor,
                                                                minilm: Any) -> None:
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, TUE)(LETTER, [
        ("Hannah Okafor", "Kirsty, the letter?"), ("Kirsty Lowe", "Nearly there, I'll keep writing it tonight."),
        ("Hannah Okafor", "Lovely.")])
    [item] = action_items(facts)
    assert item.status in ("open", "slipped")


def test_a_promise_sent_along_with_other_work_is_its_own_item(minilm_extractor: OfflineExtractor,
                                                             minilm: Any) -> None:
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, TUE)(
        [("Hannah Okafor", "Martin, customers. This is the big one for Luca."),
         ("Luca Ferraro", "It really is. Every account, the delivery address, opening hours, and the access notes."),
         ("Martin Bell", "The access notes could do with a tidy. Right. I'll pull the full customer list out of "
                         "Ledgerline for you, Luca. Friday week, if that's okay?"),
         ("Hannah Okafor", "Friday week, so the eighteenth. Thanks, Martin.")],
        [("Hannah Okafor", "Martin, one more for you. Luca needs the product list. Every beer, every cask size, the "
                           "bottles and the bag-in-box, with the Ledgerline codes."),
         ("Martin Bell", "Fine. I'll send the product list to Luca on Friday, with the customers."),
         ("Hannah Okafor", "Great.")])
    assert sorted(a.text for a in action_items(facts) if a.owner == "Martin Bell") == [
        "I'll pull the full customer list out of Ledgerline for you, Luca.",
        "I'll send the product list to Luca on Friday, with the customers."]


def test_work_taken_off_its_owner_changes_hands(minilm_extractor: OfflineExtractor, minilm: Any) -> None:
    taker_says = "Yeah, go on. I know most of the codes off by heart anyway. I'll get the product list to Luca by Wednesday."
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, TUE)(
        [("Hannah Okafor", "Martin, Luca needs the product list."),
         ("Martin Bell", "Fine. I'll send the product list to Luca on Friday."), ("Hannah Okafor", "Great.")],
        [("Hannah Okafor", "The product list was due Friday, Martin. Where are we with that one?"),
         ("Martin Bell", "Ah. Honestly, I haven't started it."),
         ("Hannah Okafor", "Kirsty, could you take it off him? You know the products better than anyone."),
         ("Kirsty Lowe", taker_says), ("Martin Bell", "You're a star.")])
    [item] = action_items(facts)
    assert (item.owner, item.due) == ("Kirsty Lowe", date(2026, 9, 16))

