"""ChromaFactStore against real Chroma: the same tests run on the embedded client and on a `chroma run` server."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from assistant.engines.base import FactStore, IndexedChunk
from assistant.engines.embedder import HashEmbedder
from assistant.engines.store import (
    ChromaFactStore,
    IndexMismatch,
    chunk_transcript,
    clean_metadata,
    collection_name,
    facts_to_chunks,
    normalise_where,
)
from assistant.errors import InvalidName, MissingComponent
from assistant.models import ActionItem, Blocker, Evidence, Meeting, Segment, Transcript

StoreFactory = Callable[..., ChromaFactStore]

TURNS = [
    ("Priya Sharma", "Good morning, let's go through the data migration status."),
    ("Tom Becker", "We are blocked on the firewall change from the network team."),
    ("Priya Sharma", "Who owns the firewall ticket on their side?"),
    ("Ana García", "The licence renewal for the reporting tool was approved by finance."),
    ("Tom Becker", "I will send the test report to the customer by Friday."),
    ("Ana García", "Lunch options near the office are limited this week."),
]


def _meeting(meeting_id: str, engagement_id: str = "acme", title: str = "Weekly sync") -> Meeting:
    return Meeting(
        meeting_id=meeting_id,
        engagement_id=engagement_id,
        title=title,
        date=date(2024, 3, 12),
        source_file=f"{meeting_id}.vtt",
        sha256="0" * 64,
        source_kind="import",
        ingested_at=datetime(2024, 3, 12, 12, 0, tzinfo=UTC),
    )


def _transcript(turns: list[tuple[str, str]] = TURNS) -> Transcript:
    segments = [
        Segment(id=i, start=i * 5.0, end=i * 5.0 + 4.0, speaker=speaker, text=text)
        for i, (speaker, text) in enumerate(turns)
    ]
    return Transcript(sha256="0" * 64, source_name="m.vtt", source_kind="import", segments=segments)


def _chunks(meeting_id: str, engagement_id: str) -> list[IndexedChunk]:
    return chunk_transcript(
        _transcript(), _meeting(meeting_id, engagement_id), engagement_id, turns_per_chunk=1
    )


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(params=["embedded", "server"])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreFactory]:
    """Builds stores on one backend; every engagement used by the test is dropped afterwards."""
    made: list[ChromaFactStore] = []
    server = request.getfixturevalue("chroma_server") if request.param == "server" else None

    def factory(embedder: Any = None, **kwargs: Any) -> ChromaFactStore:
        emb = embedder or HashEmbedder()
        if server is not None:
            store = ChromaFactStore(emb, host=server.host, port=server.port, **kwargs)
        else:
            store = ChromaFactStore(emb, path=tmp_path / "chroma", **kwargs)
        made.append(store)
        return store

    yield factory
    if server is not None and made:
        client = made[0]._client
        for col in client.list_collections():
            client.delete_collection(col.name)


@pytest.fixture
def eng() -> Callable[[str], str]:
    """Engagement ids unique to the test, since the server outlives a single test."""
    suffix = uuid.uuid4().hex[:8]
    return lambda name: f"{name}-{suffix}"


# --------------------------------------------------------------------------- behaviour on both backends


def test_a_query_ranks_the_chunk_that_holds_those_words_first(
    make_store: StoreFactory, eng: Callable[[str], str]
) -> None:
    store = make_store()
    assert isinstance(store, FactStore)
    a = eng("acme")
    store.upsert(a, _chunks("m1", a))
    hits = store.query(a, "firewall change network team", k=3)
    assert hits[0].id == "m1:1"
    assert hits[0].text == "Tom Becker: We are blocked on the firewall change from the network team."
    assert hits[0].metadata["meeting_id"] == "m1" and hits[0].metadata["speaker"] == "Tom Becker"
    assert 0.0 < hits[0].score <= 1.0 + 1e-6
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len(hits) == 3


def test_a_query_in_one_engagement_never_returns_another_engagements_items(
    make_store: StoreFactory, eng: Callable[[str], str]
) -> None:
    store = make_store()
    a, b = eng("acme"), eng("globex")
    store.upsert(a, _chunks("m1", a))
    store.upsert(b, _chunks("m9", b))  # the very same words
    hits = store.query(a, "firewall change network team", k=50)
    assert len(hits) == len(TURNS)
    assert {h.metadata["engagement_id"] for h in hits} == {a}
    assert all(h.id.startswith("m1:") for h in hits)
    assert store.count(a) == store.count(b) == len(TURNS)


def test_upserting_the_same_ids_again_replaces_instead_of_duplicating(
    make_store: StoreFactory, eng: Callable[[str], str]
) -> None:
    store = make_store()
    a = eng("acme")
    store.upsert(a, _chunks("m1", a))
    store.upsert(a, _chunks("m1", a))
    assert store.count(a) == len(TURNS)
    store.upsert(
        a, [IndexedChunk(id="m1:1", text="The firewall change is done now.", metadata={"kind": "chunk"})]
    )
    assert store.count(a) == len(TURNS)
    assert store.get(a, {"kind": "chunk"})[1].text == "The firewall change is done now."


def test_repeated_ids_within_one_upsert_keep_the_last_item(
    make_store: StoreFactory, eng: Callable[[str], str]
) -> None:
    store = make_store()
    a = eng("acme")
    store.upsert(a, [IndexedChunk("x", "first", {"n": 1}), IndexedChunk("x", "second", {"n": 2})])
    assert [(c.id, c.text, c.metadata["n"]) for c in store.get(a)] == [("x", "second", 2)]


def test_delete_where_removes_one_meeting_only(make_store: StoreFactory, eng: Callable[[str], str]) -> None:
    store = make_store()
    a = eng("acme")
    store.upsert(a, _chunks("m1", a) + _chunks("m2", a))
    store.delete_where(a, {"meeting_id": "m1"})
    left = store.get(a)
    assert len(left) == len(TURNS)
    assert {c.metadata["meeting_id"] for c in left} == {"m2"}
    with pytest.raises(ValueError, match="needs a filter"):
        store.delete_where(a, {})


def test_drop_removes_the_engagement_and_leaves_the_others(
    make_store: StoreFactory, eng: Callable[[str], str]
) -> None:
    store = make_store()
    a, b = eng("acme"), eng("globex")
    store.upsert(a, _chunks("m1", a))
    store.upsert(b, _chunks("m1", b))
    store.drop(a)
    assert store.count(a) == 0
    assert store.query(a, "firewall", k=5) == []
    assert store.get(a) == []
    store.drop(a)  # absent: no error
    assert store.count(b) == len(TURNS)
    store.upsert(a, _chunks("m3", a))  # the engagement can be indexed again after a drop
    assert store.count(a) == len(TURNS)


def test_where_filters_combine_keys_and_lists_and_metadata_survives_the_roundtrip(
    make_store: StoreFactory, eng: Callable[[str], str]
) -> None:
    store = make_store()
    a = eng("acme")
    store.upsert(a, _chunks("m1", a) + _chunks("m2", a))
    hits = store.query(
        a, "firewall", k=10, where={"meeting_id": "m2", "speaker": ["Tom Becker", "Ana García"]}
    )
    assert hits and all(h.metadata["meeting_id"] == "m2" for h in hits)
    assert {h.metadata["speaker"] for h in hits} == {"Tom Becker", "Ana García"}
    item = next(c for c in store.get(a, {"meeting_id": "m1"}) if c.id == "m1:4")
    assert item.metadata == {
        "engagement_id": a,
        "meeting_id": "m1",
        "kind": "chunk",
        "speaker": "Tom Becker",
        "speakers": "Tom Becker",
        "start": 20.0,
        "end": 24.0,
        "first_segment": 4,
        "last_segment": 4,
        "date": "2024-03-12",
        "title": "Weekly sync",
        "source_kind": "import",
    }


def test_none_metadata_values_are_dropped_instead_of_failing(
    make_store: StoreFactory, eng: Callable[[str], str]
) -> None:
    store = make_store()
    a = eng("acme")
    store.upsert(
        a, [IndexedChunk("f1", "Send the report", {"owner": None, "due": date(2024, 3, 15), "n": 2})]
    )
    assert store.get(a)[0].metadata == {"due": "2024-03-15", "n": 2, "engagement_id": a}


def test_reads_of_an_engagement_never_indexed_are_empty_and_create_nothing(
    make_store: StoreFactory, eng: Callable[[str], str]
) -> None:
    store = make_store()
    a = eng("ghost")
    assert store.count(a) == 0
    assert store.query(a, "anything") == []
    assert store.get(a) == []
    store.delete_where(a, {"meeting_id": "m1"})
    assert collection_name(a) not in [c.name for c in store._client.list_collections()]


def test_upserts_larger_than_a_batch_are_written_in_several_calls(
    make_store: StoreFactory, eng: Callable[[str], str]
) -> None:
    store = make_store(batch_size=4)
    a = eng("acme")
    items = [IndexedChunk(f"c{i:02d}", f"item number {i} about topic {i % 3}", {"i": i}) for i in range(11)]
    store.upsert(a, items)
    assert store.count(a) == 11
    assert [c.id for c in store.get(a)] == [f"c{i:02d}" for i in range(11)]


def test_a_second_store_on_the_same_backend_sees_the_index(
    make_store: StoreFactory, eng: Callable[[str], str]
) -> None:
    a = eng("acme")
    make_store().upsert(a, _chunks("m1", a))
    again = make_store()
    assert again.count(a) == len(TURNS)
    assert again.query(a, "licence renewal finance", k=1)[0].id == "m1:3"


def test_an_index_built_with_another_embedder_is_reported_not_mixed(
    make_store: StoreFactory, eng: Callable[[str], str]
) -> None:
    a = eng("acme")
    make_store(HashEmbedder(dim=384)).upsert(a, _chunks("m1", a))
    other = make_store(HashEmbedder(dim=64))
    with pytest.raises(IndexMismatch, match="built with the hash-384 embedder, not hash-64"):
        other.query(a, "firewall")


def test_chroma_never_embeds_by_itself_downloads_or_reaches_the_network(
    make_store: StoreFactory, eng: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from chromadb.utils.embedding_functions import DefaultEmbeddingFunction
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    # same signature as EmbeddingFunction.__call__: Chroma validates it whenever it builds a Collection
    def forbidden(self: Any, input: Any) -> Any:
        raise AssertionError("Chroma's default embedding function was used")

    monkeypatch.setattr(DefaultEmbeddingFunction, "__call__", forbidden)
    monkeypatch.setattr(ONNXMiniLM_L6_V2, "__call__", forbidden)
    monkeypatch.setattr(ONNXMiniLM_L6_V2, "_download_model_if_not_exists", lambda self: forbidden(self, None))
    real_connect = socket.socket.connect

    def loopback_only(sock: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else str(address)
        if sock.family in (socket.AF_INET, socket.AF_INET6) and host not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"network connection attempted to {address}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", loopback_only)
    store = make_store()
    a = eng("acme")
    store.upsert(a, _chunks("m1", a))
    assert store.query(a, "test report Friday", k=1)[0].id == "m1:4"
    assert store._client.get_settings().anonymized_telemetry is False
    col = store._open(a, create=False)
    assert col is not None and col._embedding_function is None
    assert col.configuration_json["hnsw"]["space"] == "cosine"


# --------------------------------------------------------------------------- embedded or server only


def test_an_unreachable_chroma_server_is_a_clear_missing_component() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: connections are refused
        with pytest.raises(
            MissingComponent, match=rf"Chroma server at http://127.0.0.1:{port} is not available"
        ):
            ChromaFactStore(HashEmbedder(), host="127.0.0.1", port=port)


def test_the_real_minilm_embedder_finds_a_paraphrase(tmp_path: Path) -> None:
    from assistant.engines.embedder import MiniLMEmbedder

    embedder = MiniLMEmbedder()
    try:
        embedder.embed(["warm up"])
    except MissingComponent as exc:
        pytest.skip(str(exc))
    store = ChromaFactStore(embedder, path=tmp_path / "chroma")
    store.upsert("acme", _chunks("m1", "acme"))
    hits = store.query("acme", "When does the customer get the testing results?", k=2)
    assert hits[0].id == "m1:4"
    assert hits[0].score > hits[1].score


# --------------------------------------------------------------------------- pure helpers


def test_collection_names_follow_chroma_rules_and_never_collide() -> None:
    assert collection_name("acme") == "candor-acme"
    long_a, long_b = "a" * 80, "a" * 79 + "b"
    names = {collection_name(x) for x in ("acme", "Acme", "a b", "a-b", long_a, long_b, "ünï")}
    assert len(names) == 7
    for name in names:
        assert 3 <= len(name) <= 63
        assert name[0].isalnum() and name[-1].isalnum()
        assert all(ch.isascii() and (ch.isalnum() or ch in "-_.") for ch in name)
    with pytest.raises(InvalidName):
        collection_name("  ")


def test_chunks_group_turns_with_deterministic_ids_and_named_speakers() -> None:
    meeting = _meeting("m7").model_copy(update={"speaker_names": {"SPEAKER_1": "Priya Sharma"}})
    transcript = _transcript([("SPEAKER_1", f"Point number {i}.") for i in range(7)])
    chunks = chunk_transcript(transcript, meeting, "acme")
    assert [c.id for c in chunks] == ["m7:0", "m7:5"]
    assert chunks[0].text.splitlines()[0] == "Priya Sharma: Point number 0."
    assert (chunks[0].metadata["first_segment"], chunks[0].metadata["last_segment"]) == (0, 4)
    assert (chunks[1].metadata["start"], chunks[1].metadata["end"]) == (25.0, 34.0)
    assert chunk_transcript(transcript, meeting, "acme") == chunks


def test_a_very_long_turn_is_split_so_the_embedder_reads_all_of_it() -> None:
    long_text = " ".join(f"word{i}" for i in range(600))
    chunks = chunk_transcript(_transcript([("Tom", long_text), ("Ana", "Short.")]), _meeting("m1"), "acme")
    assert all(len(c.text) <= 1200 for c in chunks)
    assert chunks[0].id == "m1:0" and chunks[1].id == "m1:0.1"
    joined = " ".join(c.text.split(": ", 1)[1] for c in chunks if c.metadata["first_segment"] == 0)
    assert "word599" in joined and "word0 " in joined
    assert len({c.id for c in chunks}) == len(chunks)


def test_facts_become_search_items_with_their_kind_owner_status_and_meeting() -> None:
    ev = Evidence(
        meeting_id="m1", segment_id=4, speaker="Tom Becker", start=20.0, end=24.0, quote="by Friday"
    )
    action = ActionItem(text="Send the test report", owner="Tom Becker", due=date(2024, 3, 15), evidence=[ev])
    blocker = Blocker(id="blo-1", text="Firewall change pending", meeting_id="m1", waiting_on="network team")
    chunks = facts_to_chunks([action, blocker], "acme")
    assert action.id == ""  # the caller's fact is not modified
    assert chunks[0].id.startswith("fact:act-")
    assert chunks[0].metadata["kind"] == "action_item"
    assert chunks[0].metadata["owner"] == "Tom Becker"
    assert chunks[0].metadata["status"] == "open"
    assert chunks[0].metadata["meeting_id"] == "m1"
    assert chunks[0].metadata["due"] == "2024-03-15"
    assert "Send the test report" in chunks[0].text and '"by Friday"' in chunks[0].text
    assert chunks[1].id == "fact:blo-1" and "owner" not in chunks[1].metadata
    assert all(isinstance(v, str | int | float | bool) for c in chunks for v in c.metadata.values())


def test_metadata_and_filters_are_translated_to_what_chroma_accepts() -> None:
    assert clean_metadata({"a": None, "b": ["x", None, "y"], "c": date(2024, 1, 2), "d": []}) == {
        "b": "x, y",
        "c": "2024-01-02",
    }
    assert normalise_where({}) is None
    assert normalise_where({"a": 1}) == {"a": 1}
    assert normalise_where({"a": 1, "b": ["x", "y"]}) == {"$and": [{"a": 1}, {"b": {"$in": ["x", "y"]}}]}
