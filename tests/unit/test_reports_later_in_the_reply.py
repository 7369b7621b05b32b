"""A reply to a status question may say it is done after an opening that says nothing of the work: "Good news for once.
The vendor sent the key over on Tuesday ..." or "So I went round every depot. There's forty suppliers, and six
aren't on the list at all. It's all in the tracker on the shared drive." The exchange reads on to that report,
unless what comes first says the work is not done ("Nothing.", "The rest I'll do Monday.") or the report is of
something else."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import FactBase, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import weekly_tracker

MON = date(2026, 4, 6)
NAMES = ["Ruth Kemp", "Gill Farrow", "Yusuf Obi", "Omar Diaz"]
PEOPLE = [Person(name=n) for n in NAMES]


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, MON)


WEEK1_CONTACTS = [("Ruth Kemp", "Gill, suppliers. How do the depots deal with them at the moment?"),
                  ("Gill Farrow", "Honestly? Differently."),
                  ("Gill Farrow", "The system has forty supplier records, I think, and I'm fairly sure the north "
                                  "depot uses some of them for things they were never meant for."),
                  ("Yusuf Obi", "It'd help me a lot to know which suppliers are actually used, and by whom, before I "
                                "build anything."),
                  ("Gill Farrow", "I'll pull that together. All the suppliers, and what each depot uses them for. "
                                  "Before the next call, if that's okay."),
                  ("Ruth Kemp", "That's perfect. Omar, printers?")]
WEEK1_KEY = [("Ruth Kemp", "Yusuf, anything you need?"),
             ("Yusuf Obi", "I need the sandbox key from the vendor, Omar, before I can load anything."),
             ("Omar Diaz", "I'll chase our provisioning team and get you the sandbox key by Friday."),
             ("Ruth Kemp", "Thanks Omar.")]


@pytest.mark.parametrize(("reply", "status"), [
    (["So I've been round all five depots.", "There's forty suppliers, and the north depot uses six of them for "
      "things that aren't suppliers at all.", "One of them is the canteen. It's all in a spreadsheet on the shared "
      "drive."], "done"),
    # what comes first says it is not all done: the rest is promised for later
    (["So I went round two of the depots.", "The other three I'll do next week.",
      "It's in the tracker on the shared drive."], "slipped"),
    (["Nothing, sorry.", "It's been one of those weeks.", "It's all in my head, mind."], "open"),
    # progress, not done: what is then reported is part of the work
    (["We're getting there.", "We did the north depot on Saturday."], "open"),
])
def test_a_report_after_an_opening_that_says_nothing_against_it_closes_the_item(
    track: Callable[..., list[FactBase]], reply: list[str], status: str
) -> None:
    # the reply runs over several segments of one turn, its report in the last
    week2 = [("Ruth Kemp", "Ha. Okay. And Gill, the suppliers."), *(("Gill Farrow", s) for s in reply),
             ("Ruth Kemp", "Okay.")]
    assert [i.status for i in items(track(WEEK1_CONTACTS, week2)) if i.owner == "Gill Farrow"] == [status]


@pytest.mark.parametrize(("reply", "status"), [
    ("Good news for once. The sandbox key came through on Tuesday, and Yusuf's been loading since.", "done"),
    ("Bad news, I'm afraid. Provisioning haven't even looked at the ticket.", "open"),
    # the news is of another thing, named in words none of which are the work's
    ("Good news for once. The test printers arrived on Tuesday.", "open"),
])
def test_news_said_first_is_read_for_what_the_reply_then_reports(
    track: Callable[..., list[FactBase]], reply: str, status: str
) -> None:
    week2 = [("Ruth Kemp", "Omar, the key?"), ("Omar Diaz", reply), ("Ruth Kemp", "Great.")]
    assert [i.status for i in items(track(WEEK1_KEY, week2)) if i.owner == "Omar Diaz"] == [status]
