"""The seams: one Protocol per external engine. Real adapters and scripted fakes live beside them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import numpy as np

from assistant.models import Segment

SAMPLE_RATE = 16_000

# progress(stage, done_fraction) — stages report 0..1 so CLI bars and UI jobs can show them.
Progress = Callable[[str, float], None]


def no_progress(stage: str, fraction: float) -> None:
    return None


@dataclass
class RawTranscript:
    """What a Transcriber returns: segments with words, speaker still unknown ("")."""

    segments: list[Segment]
    language: str | None
    duration_s: float


@runtime_checkable
class Transcriber(Protocol):
    """Speech to text. ``audio`` is float32 mono at 16 kHz."""

    @property
    def identity(self) -> str:
        """Model and settings, part of the transcript cache key."""
        ...

    def transcribe(self, audio: np.ndarray, *, progress: Progress = no_progress) -> RawTranscript: ...


@dataclass
class Diarization:
    segments: list[Segment]  # re-cut at speaker changes, every segment and word labelled
    embeddings: dict[str, list[float]] = field(default_factory=dict)  # mean voice embedding per label
    warnings: list[str] = field(default_factory=list)  # e.g. a forced speaker count the voices do not bear out


@runtime_checkable
class Diarizer(Protocol):
    @property
    def identity(self) -> str: ...

    def diarize(
        self,
        audio: np.ndarray,
        segments: list[Segment],
        *,
        num_speakers: int | None = None,
        progress: Progress = no_progress,
    ) -> Diarization: ...


@runtime_checkable
class Embedder(Protocol):
    """Text to L2-normalised vectors."""

    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass
class ChatMessage:
    role: str  # "system" | "user" | "assistant"
    content: str


@runtime_checkable
class ChatModel(Protocol):
    """An OpenAI-compatible chat endpoint, or a scripted fake."""

    @property
    def name(self) -> str: ...

    def complete(self, messages: Sequence[ChatMessage], *, json_mode: bool = False) -> str: ...


@dataclass
class IndexedChunk:
    id: str
    text: str
    metadata: dict[str, Any]


@dataclass
class SearchHit:
    id: str
    text: str
    metadata: dict[str, Any]
    score: float  # cosine similarity, higher is better


@runtime_checkable
class FactStore(Protocol):
    """Vector index of one engagement's transcript chunks and facts (Chroma). Never shared across engagements."""

    def upsert(self, engagement_id: str, items: Sequence[IndexedChunk]) -> None: ...

    def delete_where(self, engagement_id: str, where: dict[str, Any]) -> None: ...

    def query(
        self, engagement_id: str, text: str, *, k: int = 10, where: dict[str, Any] | None = None
    ) -> list[SearchHit]: ...

    def get(self, engagement_id: str, where: dict[str, Any] | None = None) -> list[IndexedChunk]: ...

    def count(self, engagement_id: str) -> int: ...

    def drop(self, engagement_id: str) -> None: ...
