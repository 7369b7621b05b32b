"""Shared UI test fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.container import Services, build_services
from assistant.settings import Settings


@pytest.fixture
def svc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Services:
    """Services of the test profile on a fresh data directory the app reads too (CANDOR_DATA_DIR)."""
    data = tmp_path / "candor-data"
    monkeypatch.setenv("CANDOR_PROFILE", "test")
    monkeypatch.setenv("CANDOR_DATA_DIR", str(data))
    return build_services(Settings(profile="test", data_dir=data))
