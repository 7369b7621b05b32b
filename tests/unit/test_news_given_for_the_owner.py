"""News of the owner's work given without the owner saying it: a new date given for them by someone who says so first
("Dress rehearsal. I'll say this one, Tomasz, because you told me yesterday. It's moved to Saturday, the fourteenth";
the "I'll say this one" is no work of the speaker's), and their message received after they name it ("The message." -
"The lads got your email on Monday.")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from ingest.extraction.offline import OfflineExtractor
from tests.builders import owned_after

HOTEL = ["Hannah Lister", "Tomasz Wilk", "Bethan Rowe"]


@pytest.mark.parametrize(("intro", "due"), [
    ("Dress rehearsal. I'll say this one, Tomasz, because you told me yesterday.", date(2026, 11, 14)),
    # someone else's news
    ("Dress rehearsal. I'll say this one, Bethan, because you told me yesterday.", date(2026, 11, 12)),
])
def test_a_new_date_given_for_the_owner_moves_their_work(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, intro: str, due: date
) -> None:
    week1 = [("Hannah Lister", "Tomasz, the dress rehearsal?"),
             ("Tomasz Wilk", "I'll do the dress rehearsal load on the twelfth."),
             ("Tomasz Wilk", "And I'll send Bethan the room list by Friday."),
             ("Hannah Lister", "Thanks.")]
    week2 = [("Hannah Lister", intro),
             ("Hannah Lister", "It's moved to Saturday, the fourteenth, because Roomcraft's night audit runs on the "
                               "Thursday and the two of them can't share the server."),
             ("Bethan Rowe", "Okay.")]
    items = owned_after(minilm_extractor, minilm, HOTEL, "Tomasz Wilk", date(2026, 11, 3), week1, week2)
    assert [i.due for i in items if "rehearsal" in i.text] == [due]


FIELD = ["Richard Vance", "Gary Lumb", "Bethan Hale"]


@pytest.mark.parametrize(("asker", "status"), [
    ("Richard Vance", "done"),
    # not the owner naming it: "your email" is someone else's
    ("Bethan Hale", "open"),
])
def test_the_owner_naming_their_work_and_hearing_it_was_received_closes_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, asker: str, status: str
) -> None:
    week1 = [("Bethan Hale", "The field teams need to hear why we're doing this from the top."),
             ("Richard Vance", "I'll do a message from me to all the field teams, so they know why we're doing this. "
                               "By the end of the month."),
             ("Bethan Hale", "Thanks.")]
    week2 = [(asker, "The message."), ("Gary Lumb", "The lads got your email on Monday. The one in the hard hat."),
             ("Bethan Hale", "Good.")]
    items = owned_after(minilm_extractor, minilm, FIELD, "Richard Vance", date(2026, 9, 22), week1, week2)
    assert [i.status for i in items] == [status]
