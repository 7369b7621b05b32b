"""Shared fixtures: an isolated Candor instance (test profile: no network, no key) per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.container import Services, build_services
from assistant.engines.embedder import HashEmbedder
from assistant.settings import Settings
from ingest.extraction.offline import OfflineExtractor

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No CANDOR_* setting of the developer's shell leaks into a test."""
    for key in list(os.environ):
        if key.startswith("CANDOR_"):
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("CANDOR_DATA_DIR", str(tmp_path / "candor-data"))
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(profile="test", data_dir=tmp_path / "candor-data")


@pytest.fixture
def services(settings: Settings) -> Services:
    return build_services(settings)


@pytest.fixture(scope="session")
def minilm() -> object:
    """The real sentence embedder (tracking's similarity gates are set for it), loaded once per test session."""
    from assistant.engines.embedder import MiniLMEmbedder

    return MiniLMEmbedder()


@pytest.fixture(scope="session")
def minilm_extractor(minilm: object) -> object:
    """The offline extractor over the real embedder, shared by the weekly-call tracking tests."""
    from ingest.extraction.offline import OfflineExtractor

    return OfflineExtractor(embedder=minilm)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def extractor() -> OfflineExtractor:
    """The offline extractor with its lexical model (no embedder download): the rule tests' extractor."""
    return OfflineExtractor(embedder=HashEmbedder())
