"""Chroma-backed FactStore: one collection per engagement, embedded (PersistentClient) or a Chroma server.

Vectors always come from our own Embedder: collections are opened with ``embedding_function=None`` so
Chroma never instantiates its default ONNX embedder (which downloads a model and fails offline).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from assistant.engines.base import Embedder, IndexedChunk, SearchHit
from assistant.errors import CandorError, InvalidName, MissingComponent
from assistant.models import FactBase, Meeting, Transcript

COLLECTION_PREFIX = "candor-"
_MAX_NAME = 63  # Chroma accepts 3-512 since 1.x; 63 keeps names valid on older servers too
_CHUNK_MAX_CHARS = 1200  # MiniLM reads ~256 tokens: longer chunks would be cut silently


class IndexMismatch(CandorError):
    """The engagement's index was built with another embedder (vectors are not comparable)."""


def collection_name(engagement_id: str) -> str:
    """The Chroma collection of one engagement: ``candor-<id>``, hashed when the id does not fit the rules."""
    if not engagement_id or not engagement_id.strip():
        raise InvalidName("engagement id is empty")
    slug = re.sub(r"[^a-z0-9-]+", "-", engagement_id.lower()).strip("-")
    name = f"{COLLECTION_PREFIX}{slug}"
    if slug != engagement_id or len(name) > _MAX_NAME:
        # sanitising can make two ids equal ("a b" vs "a-b"): the hash keeps them apart
        digest = hashlib.sha1(engagement_id.encode("utf-8")).hexdigest()[:12]
        room = _MAX_NAME - len(COLLECTION_PREFIX) - len(digest) - 1
        head = slug[:room].strip("-")
        name = f"{COLLECTION_PREFIX}{head}-{digest}" if head else f"{COLLECTION_PREFIX}{digest}"
    return name


def clean_metadata(metadata: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """Chroma takes only str/int/float/bool values: drop None, flatten lists, stringify dates."""
    out: dict[str, str | int | float | bool] = {}
    for key, value in metadata.items():
        if value is None:
            continue
        if isinstance(value, bool | str | int | float):
            out[key] = value
        elif isinstance(value, datetime | date):
            out[key] = value.isoformat()
        elif isinstance(value, list | tuple | set):
            items = [str(v) for v in value if v is not None]
            if items:
                out[key] = ", ".join(items)
        elif hasattr(value, "item"):  # numpy scalars
            out[key] = value.item()
        else:
            out[key] = str(value)
    return out


def normalise_where(where: dict[str, Any] | None) -> dict[str, Any] | None:
    """{"a": 1, "b": [2, 3]} -> Chroma's {"$and": [{"a": 1}, {"b": {"$in": [2, 3]}}]}; {} -> None."""
    if not where:
        return None
    clauses: list[dict[str, Any]] = []
    for key, value in where.items():
        if key.startswith("$"):
            clauses.append({key: value})
        elif isinstance(value, list | tuple | set):
            clauses.append({key: {"$in": list(value)}})
        elif isinstance(value, date | datetime):
            clauses.append({key: value.isoformat()})
        else:
            clauses.append({key: value})
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


class ChromaFactStore:
    """FactStore on Chroma. ``host`` selects a Chroma server (HttpClient); otherwise ``path`` is embedded."""

    def __init__(
        self,
        embedder: Embedder,
        *,
        path: Path | None = None,
        host: str | None = None,
        port: int = 8000,
        batch_size: int = 256,
    ):
        try:
            import chromadb
            from chromadb.config import Settings
        except ModuleNotFoundError as exc:
            raise MissingComponent("Chroma vector store (chromadb)", "pip install chromadb") from exc
        self.embedder = embedder
        self._batch = max(1, batch_size)
        self._collections: dict[str, Any] = {}
        self._lock = threading.RLock()
        settings = Settings(anonymized_telemetry=False)
        if host:
            self.location = f"http://{host}:{port}"
            try:
                self._client = chromadb.HttpClient(host=host, port=port, settings=settings)
                self._client.heartbeat()
            except Exception as exc:  # connection refused, DNS, wrong service: all mean "no server there"
                raise MissingComponent(
                    f"Chroma server at {self.location}",
                    f"start one with `chroma run --path <dir> --port {port}` or unset CANDOR_CHROMA_HOST "
                    f"to use the embedded store ({type(exc).__name__})",
                ) from exc
        else:
            if path is None:
                raise ValueError("ChromaFactStore needs a path (embedded) or a host (server)")
            path = Path(path).expanduser()
            path.mkdir(parents=True, exist_ok=True)
            self.location = str(path)
            self._client = chromadb.PersistentClient(path=str(path), settings=settings)
        self._max_batch = min(self._batch, int(self._client.get_max_batch_size() or self._batch))

    # ------------------------------------------------------------------ collections

    def _open(self, engagement_id: str, *, create: bool) -> Any | None:
        from chromadb.errors import NotFoundError

        name = collection_name(engagement_id)
        with self._lock:
            col = self._collections.get(name)
            if col is not None:
                return col
            if create:
                col = self._client.get_or_create_collection(
                    name,
                    embedding_function=None,
                    configuration={"hnsw": {"space": "cosine"}},
                    metadata={
                        "engagement_id": engagement_id,
                        "embedder": self.embedder.name,
                        "dim": int(self.embedder.dim),
                    },
                )
            else:
                try:
                    col = self._client.get_collection(name, embedding_function=None)
                except NotFoundError:
                    return None
            self._check_embedder(engagement_id, col)
            self._collections[name] = col
            return col

    def _check_embedder(self, engagement_id: str, col: Any) -> None:
        meta = col.metadata or {}
        built_with = meta.get("embedder")
        if built_with and built_with != self.embedder.name:
            raise IndexMismatch(
                f"the search index of engagement '{engagement_id}' was built with the {built_with} embedder, "
                f"not {self.embedder.name}: rebuild it with `candor reindex -e {engagement_id}`"
            )

    def _retry_missing(self, engagement_id: str, action: Any) -> Any:
        """Run ``action(collection)``; if another process dropped the collection meanwhile, reopen it once."""
        from chromadb.errors import NotFoundError

        col = self._open(engagement_id, create=True)
        try:
            return action(col)
        except NotFoundError:
            self._forget(engagement_id)
            return action(self._open(engagement_id, create=True))

    def _read(self, engagement_id: str, action: Any, default: Any) -> Any:
        """Run ``action(collection)`` on an existing collection, or return ``default`` when there is none."""
        from chromadb.errors import NotFoundError

        for _ in range(2):
            col = self._open(engagement_id, create=False)
            if col is None:
                return default
            try:
                return action(col)
            except NotFoundError:  # dropped by another process since we cached it
                self._forget(engagement_id)
        return default

    def _forget(self, engagement_id: str) -> None:
        with self._lock:
            self._collections.pop(collection_name(engagement_id), None)

    # ------------------------------------------------------------------ FactStore

    def upsert(self, engagement_id: str, items: Sequence[IndexedChunk]) -> None:
        """Insert or replace items by id (re-upserting the same ids never duplicates)."""
        unique: dict[str, IndexedChunk] = {}
        for item in items:  # Chroma rejects repeated ids in one call; the last one wins
            unique[item.id] = item
        batch = list(unique.values())
        if not batch:
            return
        step = self._max_batch
        for start in range(0, len(batch), step):
            part = batch[start : start + step]
            vectors = self.embedder.embed([c.text for c in part])
            metas = [{**clean_metadata(c.metadata), "engagement_id": engagement_id} for c in part]

            def write(
                col: Any, part: list[IndexedChunk] = part, vectors: Any = vectors, metas: Any = metas
            ) -> None:
                col.upsert(
                    ids=[c.id for c in part],
                    embeddings=[list(map(float, v)) for v in vectors],
                    documents=[c.text for c in part],
                    metadatas=metas,
                )

            self._retry_missing(engagement_id, write)

    def delete_where(self, engagement_id: str, where: dict[str, Any]) -> None:
        """Delete the items matching ``where`` (e.g. {"meeting_id": "m1"}); an empty filter is refused."""
        flt = normalise_where(where)
        if flt is None:
            raise ValueError("delete_where needs a filter; use drop() to remove a whole engagement")
        self._read(engagement_id, lambda col: col.delete(where=flt), None)

    def query(
        self, engagement_id: str, text: str, *, k: int = 10, where: dict[str, Any] | None = None
    ) -> list[SearchHit]:
        """The ``k`` nearest items; score is cosine similarity (1 - cosine distance), best first."""
        if k <= 0 or not text.strip():
            return []
        if self._open(engagement_id, create=False) is None:
            return []
        vector = [float(v) for v in self.embedder.embed([text])[0]]
        flt = normalise_where(where)
        res = self._read(
            engagement_id,
            lambda col: col.query(
                query_embeddings=[vector],
                n_results=k,
                where=flt,
                include=["documents", "metadatas", "distances"],
            ),
            None,
        )
        if res is None:
            return []
        ids = res["ids"][0] if res["ids"] else []
        docs = (res.get("documents") or [[]])[0] or []
        metas = (res.get("metadatas") or [[]])[0] or []
        dists = (res.get("distances") or [[]])[0] or []
        hits = [
            SearchHit(id=i, text=d or "", metadata=dict(m or {}), score=round(1.0 - float(dist), 6))
            for i, d, m, dist in zip(ids, docs, metas, dists, strict=True)
        ]
        hits.sort(key=lambda h: -h.score)
        return hits

    def get(self, engagement_id: str, where: dict[str, Any] | None = None) -> list[IndexedChunk]:
        """All items of the engagement (optionally filtered), ordered by id."""
        flt = normalise_where(where)
        res = self._read(
            engagement_id, lambda col: col.get(where=flt, include=["documents", "metadatas"]), None
        )
        if res is None:
            return []
        docs = res.get("documents") or [None] * len(res["ids"])
        metas = res.get("metadatas") or [None] * len(res["ids"])
        items = [
            IndexedChunk(id=i, text=d or "", metadata=dict(m or {}))
            for i, d, m in zip(res["ids"], docs, metas, strict=True)
        ]
        return sorted(items, key=lambda c: c.id)

    def count(self, engagement_id: str) -> int:
        return int(self._read(engagement_id, lambda col: col.count(), 0))

    def drop(self, engagement_id: str) -> None:
        """Delete the engagement's collection; nothing happens if it does not exist."""
        from chromadb.errors import NotFoundError

        name = collection_name(engagement_id)
        self._forget(engagement_id)
        with contextlib.suppress(NotFoundError):
            self._client.delete_collection(name)


# --------------------------------------------------------------------------- what gets indexed


def chunk_transcript(
    transcript: Transcript,
    meeting: Meeting,
    engagement_id: str,
    turns_per_chunk: int = 5,
    *,
    max_chars: int = _CHUNK_MAX_CHARS,
) -> list[IndexedChunk]:
    """Consecutive speaker turns grouped into search chunks, id ``<meeting_id>:<first_segment_id>``.

    A chunk closes after ``turns_per_chunk`` turns or ``max_chars`` characters; a single turn longer than
    ``max_chars`` is split on word boundaries into parts ``<meeting_id>:<segment_id>.<part>``.
    """
    turns_per_chunk = max(1, turns_per_chunk)
    pieces: list[
        tuple[str, int, str, str, float, float]
    ] = []  # (id suffix, seg id, speaker, text, start, end)
    for seg in transcript.segments:
        text = " ".join(seg.text.split())
        if not text:
            continue
        speaker = meeting.speaker_name(seg.speaker)
        parts = _split_long(text, max_chars - len(speaker) - 2)
        span = (seg.end - seg.start) / len(parts)
        for n, part in enumerate(parts):
            suffix = str(seg.id) if n == 0 else f"{seg.id}.{n}"
            pieces.append((suffix, seg.id, speaker, part, seg.start + n * span, seg.start + (n + 1) * span))

    groups: list[list[tuple[str, int, str, str, float, float]]] = []
    size = 0
    for piece in pieces:
        line_len = len(piece[2]) + 2 + len(piece[3]) + 1
        if groups and len(groups[-1]) < turns_per_chunk and size + line_len <= max_chars:
            groups[-1].append(piece)
            size += line_len
        else:
            groups.append([piece])
            size = line_len

    chunks: list[IndexedChunk] = []
    for group in groups:
        words: dict[str, int] = {}
        for _, _, speaker, text, _, _ in group:
            words[speaker] = words.get(speaker, 0) + len(text.split())
        chunks.append(
            IndexedChunk(
                id=f"{meeting.meeting_id}:{group[0][0]}",
                text="\n".join(f"{speaker}: {text}" for _, _, speaker, text, _, _ in group),
                metadata=clean_metadata(
                    {
                        "engagement_id": engagement_id,
                        "meeting_id": meeting.meeting_id,
                        "kind": "chunk",
                        "speaker": max(words, key=lambda s: words[s]),  # who said most in the chunk
                        "speakers": list(words),
                        "start": round(group[0][4], 3),
                        "end": round(group[-1][5], 3),
                        "first_segment": group[0][1],
                        "last_segment": group[-1][1],
                        "date": meeting.date.isoformat(),
                        "title": meeting.title,
                        "source_kind": meeting.source_kind,
                    }
                ),
            )
        )
    return chunks


def _split_long(text: str, limit: int) -> list[str]:
    limit = max(limit, 80)
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for word in text.split():
        if current and size + 1 + len(word) > limit:
            parts.append(" ".join(current))
            current, size = [], 0
        current.append(word)
        size += len(word) + (1 if size else 0)
    if current:
        parts.append(" ".join(current))
    return parts


_KIND_LABEL = {
    "action_item": "Action item",
    "blocker": "Blocker",
    "decision": "Decision",
    "risk": "Risk",
    "sentiment": "Sentiment",
    "attendance": "Attendance",
    "mention": "Mention",
}


def facts_to_chunks(facts: Sequence[FactBase], engagement_id: str) -> list[IndexedChunk]:
    """One search item per fact, id ``fact:<fact id>``, metadata kind = the fact kind."""
    chunks: list[IndexedChunk] = []
    for fact in facts:
        if not fact.id:
            fact = fact.model_copy(deep=True)
            fact.assign_id()
        ev = fact.evidence[0] if fact.evidence else None
        text = f"{_KIND_LABEL.get(fact.kind, fact.kind)}: {fact.text}"
        if fact.owner:
            text += f" (owner: {fact.owner})"
        if ev is not None and ev.quote and ev.quote not in fact.text:
            text += f'\n{ev.speaker}: "{ev.quote}"'
        meta: dict[str, Any] = {
            "engagement_id": engagement_id,
            "kind": fact.kind,
            "fact_id": fact.id,
            "owner": fact.owner,
            "status": getattr(fact, "status", None),
            "due": getattr(fact, "due", None),
            "meeting_id": fact.meeting_id or (ev.meeting_id if ev else None),
            "person": getattr(fact, "person", None) or getattr(fact, "name", None),
            "origin": fact.origin,
            "confidence": float(fact.confidence),
        }
        if ev is not None:
            meta.update(speaker=ev.speaker, segment_id=ev.segment_id, start=ev.start, end=ev.end)
        chunks.append(IndexedChunk(id=f"fact:{fact.id}", text=text, metadata=clean_metadata(meta)))
    return chunks
