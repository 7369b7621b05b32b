"""A promise pointing back after someone else's short interruption is about what the speaker was talking about
before it ("... the conservation area layer's out of date." - "Harbour Street and the Mill." - "Those two. I'll get
the updated boundaries published by the 13th."). Dates come passed on for an absent owner ("He says Monday.", "She's
asked me to say ... she says Friday"), or after what the owner says they owe ("I owe you the readiness checklist")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from ingest.extraction.offline import OfflineExtractor
from tests.builders import owned_after

PLANNING = ["Harriet Okoye", "Tamsin Pike", "Bryony Cartwright"]


@pytest.mark.parametrize(("opening", "due"), [
    ("Those two.", date(2026, 11, 30)),
    # no pointing back: the promise is about what the interruption named, which the call does not ask about
    ("Right.", date(2026, 11, 13)),
])
def test_those_two_after_an_interruption_are_what_the_speaker_was_talking_about(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, opening: str, due: date
) -> None:
    week1 = [("Tamsin Pike", "Um, while I'm confessing though, the conservation area layer's out of date. There were "
                             "two new areas designated in the summer and they're not in it."),
             ("Bryony Cartwright", "Ah. Yes. Harbour Street and the Mill."),
             ("Tamsin Pike", f"{opening} I'll get the updated boundaries published by the 13th."),
             ("Harriet Okoye", "Thanks.")]
    week2 = [("Harriet Okoye", "Lovely. Tamsin?"),
             ("Tamsin Pike", "Yeah, um, so the conservation areas. The officer who digitises them has been off sick, "
                             "so, that's going to be the end of the month now."),
             ("Harriet Okoye", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, PLANNING, "Tamsin Pike", date(2026, 11, 5), week1, week2)
    assert item.due == due


ADMISSIONS = ["Imogen Barclay", "Callum Reid", "Ngozi Adebayo"]


@pytest.mark.parametrize(("owed", "due"), [
    ("And, um, I owe you the readiness checklist.", date(2026, 12, 3)),
    ("And, um, I owe you the training plan.", date(2026, 11, 30)),  # another thing
])
def test_a_date_after_what_the_owner_says_they_owe_moves_that_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, owed: str, due: date
) -> None:
    week1 = [("Callum Reid", "I might be able to look at the merge rules for duplicates as well if I get a spare day."),
             ("Imogen Barclay", "And from me, I'll write up the go-live readiness checklist and circulate it. I'll get "
                                "it out by Monday."),
             ("Callum Reid", "Great.")]
    week2 = [("Imogen Barclay", "Callum, the templates?"), ("Callum Reid", "That's going to be next week now, sorry."),
             ("Imogen Barclay", "Wednesday the 9th, then. That's okay, training isn't till January."),
             ("Imogen Barclay", f"{owed} I haven't got it out, that's my fault. I'll have it to everyone by Thursday."),
             ("Ngozi Adebayo", "No stress.")]
    items = owned_after(minilm_extractor, minilm, ADMISSIONS, "Imogen Barclay", date(2026, 11, 24), week1, week2)
    assert [i.due for i in items if "readiness" in i.text] == [due]


VETS = ["Saoirse Brennan", "Helen Ashdown", "Bernie Quigley", "Rajiv Menon"]
GO_NO_GO = [("Saoirse Brennan", "Helen, I've sent the go/no-go checklist. We need your sign-off, and with Penhallow "
                                "going on the router, I'd like you to look at it properly."),
            ("Helen Ashdown", "Give me till next week. Before next Wednesday's call, I'll have it signed."),
            ("Saoirse Brennan", "Thanks.")]


@pytest.mark.parametrize(("relay", "due"), [
    ("In theatre. She's asked me to say two things. One, she hasn't signed the go-live sheet, she's been in theatre "
     "all week, and she says Friday, hand on heart.", date(2026, 11, 13)),
    # whose word it is is never said
    ("In theatre. One, the go-live sheet isn't signed, she's been in theatre all week, and Rajiv says Friday.",
     date(2026, 11, 11)),
])
def test_a_date_passed_on_for_the_owner_asked_after_moves_their_one_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, relay: str, due: date
) -> None:
    week2 = [("Saoirse Brennan", "Morning all. Bit of a thin crowd today. Bernie, Helen?"), ("Bernie Quigley", relay),
             ("Saoirse Brennan", "Friday the 13th. Lovely omen.")]
    [item] = owned_after(minilm_extractor, minilm, VETS, "Helen Ashdown", date(2026, 11, 4), GO_NO_GO, week2)
    assert item.due == due


HOTEL = ["Hannah Lister", "Kit Penhallow", "Sarah Trevithick"]


@pytest.mark.parametrize(("relay", "due"), [
    ("Right. So Kit's not signed it. He's been in London with the buyers all week and it's in his bag. He says "
     "Monday.", date(2026, 10, 26)),
    ("Right. So Kit's not signed it. He's been in London with the buyers all week and it's in his bag. Tom says "
     "Monday.", date(2026, 10, 16)),  # someone else's word
])
def test_he_says_a_day_after_naming_the_absent_owner_is_their_new_date(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, relay: str, due: date
) -> None:
    week1 = [("Hannah Lister", "I've got the paperwork, Kit. It's forty pages."),
             ("Kit Penhallow", "Send it to me. I'll sign it Friday."), ("Hannah Lister", "Thanks.")]
    week2 = [("Hannah Lister", "Perfect timing, Sarah. We're on Kit's signature for Paycorra."),
             ("Sarah Trevithick", relay), ("Hannah Lister", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, HOTEL, "Kit Penhallow", date(2026, 10, 13), week1, week2)
    assert item.due == due

