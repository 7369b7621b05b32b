"""The commitments ledger holds promises. Work first heard of as already done ("I set up an SFTP account for Orrin
last week", "I've done it for two other councils") closes an open item when it reports one, and is otherwise news:
no new action item. The sentences are from the audit engagements, where none of the 74 such items kept before
matched a gold commitment."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import FactBase, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, weekly_tracker

PEOPLE = [Person(name=n) for n in ("Nora Quinn", "Kemi Hart", "Omar Said", "Vikram Rao")]
PROMISE = [("Nora Quinn", "Vikram, the circuit?"), ("Vikram Rao", "I'll get the circuit order placed by Friday.")]


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 5))  # type: ignore[no-any-return]


@pytest.mark.parametrize("said", [
    "I set up an SFTP account for Omar last week, Vikram's got the login.",
    "I sent the change order through to Omar on Friday.",
    "I've put a template for the cut-over rota in the shared folder.",
    "I did the full survey for the new maternity block in 2023, mind, and that took eleven months.",
])
def test_work_reported_done_that_closes_no_open_item_is_no_new_action_item(
    track: Callable[..., list[FactBase]], said: str
) -> None:
    facts = track(PROMISE, [("Nora Quinn", "Kemi, anything from you?"), ("Kemi Hart", said), ("Nora Quinn", "Okay.")])
    assert [(i.owner, i.status) for i in action_items(facts)] == [("Vikram Rao", "open")]


def test_the_same_report_of_promised_work_still_closes_the_promise(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Nora Quinn", "Kemi, the change order?"), ("Kemi Hart", "I'll send the change order to Omar by Friday.")],
        [("Nora Quinn", "Kemi, anything from you?"), ("Kemi Hart", "I sent the change order through to Omar on Friday."),
         ("Nora Quinn", "Okay.")],
    )
    [item] = action_items(facts)
    assert (item.owner, item.status) == ("Kemi Hart", "done")
    assert {e.meeting_id for e in item.evidence} == {"w1", "w2"}


def _same_call(*turns: tuple[str, str]) -> list[tuple[str, str]]:
    return [("Nora Quinn", "Kemi, can you send everyone the invite for the pilot walkthrough?"),
            ("Kemi Hart", "I'll send the invite now."), ("Nora Quinn", "Great. Omar, the configs?"), *turns,
            ("Nora Quinn", "Thanks.")]


def test_a_report_later_in_the_same_call_closes_the_promise_made_in_it(track: Callable[..., list[FactBase]]) -> None:
    said = "I've just sent the invite, while we were talking."
    [item] = action_items(track(_same_call(("Omar Said", "Going in tomorrow."), ("Kemi Hart", said))))
    assert (item.owner, item.status) == ("Kemi Hart", "done")
    assert said in [e.quote for e in item.evidence]


def test_someone_elses_report_later_in_the_same_call_leaves_the_promise_open(
    track: Callable[..., list[FactBase]]
) -> None:
    [item] = action_items(track(_same_call(("Omar Said", "I pushed the configs to the test box this morning."))))
    assert (item.owner, item.status) == ("Kemi Hart", "open")


def test_the_hosts_recap_later_in_the_same_call_leaves_the_promise_open(track: Callable[..., list[FactBase]]) -> None:
    recap = "Morning, Vikram. Don't worry. We've sent the invite and done the configs."
    [item] = action_items(track(_same_call(("Omar Said", "Going in tomorrow."), ("Nora Quinn", recap))))
    assert (item.owner, item.status) == ("Kemi Hart", "open")


def test_the_owners_report_of_earlier_work_later_in_the_same_call_leaves_the_promise_open(
    track: Callable[..., list[FactBase]]
) -> None:
    said = "I sent the invite for the last walkthrough on Friday."
    [item] = action_items(track(_same_call(("Omar Said", "Going in tomorrow."), ("Kemi Hart", said))))
    assert (item.owner, item.status) == ("Kemi Hart", "open")
