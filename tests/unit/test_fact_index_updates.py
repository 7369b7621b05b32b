"""A PM's confirm, edit or delete of one fact re-embeds at most that fact, in the search store and in Ask.

Speed is measured in evals/bench_facts.py; these tests count the texts sent to the embedder, which is what made
a confirm take ~15 s (and the next question as long) with 809 facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import numpy as np

from assistant.container import Services, build_services
from assistant.engines.embedder import HashEmbedder
from assistant.engines.store import facts_to_chunks
from assistant.facts import FACT_KINDS
from assistant.qa import QAService
from assistant.settings import Settings

CALL = """WEBVTT

00:00:01.000 --> 00:00:06.000
<v Sam Ortiz>Welcome everyone, thanks Karen for joining.</v>

00:00:07.000 --> 00:00:12.000
<v Ravi Menon>I'll send the test user list by Friday.</v>

00:00:13.000 --> 00:00:18.000
<v Ravi Menon>We are waiting on the device-management vendor to enroll the test laptops.</v>

00:00:19.000 --> 00:00:24.000
<v Karen Lee>We agreed to push the finance go-live to May 4.</v>

00:00:25.000 --> 00:00:30.000
<v Lena Kim>There is a risk that the payroll cutover slips if the firewall change is late.</v>

00:00:31.000 --> 00:00:36.000
<v Lena Kim>I will set up the staging environment by Thursday.</v>
"""


class CountingEmbedder:
    """The hash embedder, recording every text it is asked to embed."""

    def __init__(self) -> None:
        self.inner = HashEmbedder()
        self.texts: list[str] = []

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dim(self) -> int:
        return self.inner.dim

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.texts.extend(texts)
        return self.inner.embed(texts)


def _services(settings: Settings, tmp_path: Path) -> tuple[Services, CountingEmbedder]:
    counter = CountingEmbedder()
    svc = build_services(settings, embedder=counter)
    svc.engagements.create("Northwind")
    path = tmp_path / "call.vtt"
    path.write_text(CALL)
    [result] = svc.ingest.ingest("Northwind", [path], meeting_date=date(2026, 3, 2))
    assert result.status == "ingested", result.error
    assert len(svc.facts.list("Northwind")) >= 4
    return svc, counter


def _stored(svc: Services) -> dict[str, tuple[str, dict[str, object]]]:
    return {c.id: (c.text, c.metadata) for c in svc.store.get("northwind", {"kind": sorted(FACT_KINDS)})}


def _expected(svc: Services) -> dict[str, tuple[str, dict[str, object]]]:
    chunks = facts_to_chunks(svc.repo.load_facts("northwind"), "northwind")
    return {c.id: (c.text, {**c.metadata, "engagement_id": "northwind"}) for c in chunks}


def test_confirming_a_fact_embeds_nothing_and_editing_one_embeds_only_that_fact(
    settings: Settings, tmp_path: Path
) -> None:
    svc, counter = _services(settings, tmp_path)
    facts = svc.facts.list("Northwind")
    assert _stored(svc) == _expected(svc)
    counter.texts.clear()
    svc.facts.confirm("Northwind", facts[0].id)
    assert counter.texts == []
    edited = svc.facts.edit("Northwind", facts[1].id, owner="Priya Shah")
    assert len(counter.texts) == 1 and "Priya Shah" in counter.texts[0]
    assert _stored(svc)[f"fact:{edited.id}"][1]["owner"] == "Priya Shah"
    counter.texts.clear()
    svc.facts.delete("Northwind", facts[2].id)
    assert counter.texts == []
    assert f"fact:{facts[2].id}" not in _stored(svc)
    # The store holds exactly what a full rebuild would write.
    assert _stored(svc) == _expected(svc)


def test_an_index_changed_behind_the_services_back_is_repaired_on_the_next_change(
    settings: Settings, tmp_path: Path
) -> None:
    svc, _ = _services(settings, tmp_path)
    facts = svc.facts.list("Northwind")
    svc.store.delete_where("northwind", {"fact_id": facts[1].id})
    svc.facts.confirm("Northwind", facts[0].id)
    assert _stored(svc) == _expected(svc)


def test_ask_after_a_fact_edit_embeds_only_the_edited_fact_and_keeps_the_transcript_index(
    settings: Settings, tmp_path: Path
) -> None:
    svc, counter = _services(settings, tmp_path)
    qa = QAService(svc.repo, embedder=counter)
    before = qa.index_for("northwind")
    item = next(f for f in svc.facts.list("Northwind") if f.kind == "action_item" and "staging" in f.text)
    svc.facts.confirm("Northwind", item.id)
    counter.texts.clear()
    after_confirm = qa.index_for("northwind")
    assert counter.texts == []
    assert after_confirm.retriever is before.retriever and after_confirm.facts[0] is not before.facts[0]
    svc.facts.edit("Northwind", item.id, owner="Priya Shah")
    counter.texts.clear()
    question = "who owns the staging environment?"
    assert qa.ask("northwind", question).answer.startswith("Priya Shah owns it")
    embedded = [t for t in counter.texts if t != question]
    assert len(embedded) == 1 and "Priya Shah" in embedded[0]
    # A new process reads the fact vectors from disk: nothing but the question is embedded.
    fresh = QAService(svc.repo, embedder=counter)
    counter.texts.clear()
    fresh.index_for("northwind")
    assert counter.texts == []
    assert np.allclose(fresh.index_for("northwind").fact_vectors, qa.index_for("northwind").fact_vectors)  # type: ignore[arg-type]
