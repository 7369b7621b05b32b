"""Ask page: the chat history never turns a question that stands on its own into one about the last topic.

Driven by streamlit.testing AppTest on the test profile (hash embedder, real offline extractor, temp data dir).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.container import build_services
from assistant.settings import Settings
from ui.state import ENGAGEMENT_KEY

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "ui" / "app.py"
FIXTURE = REPO / "tests" / "fixtures" / "ui" / "firewall_sync_2024-03-19.txt"


@pytest.fixture
def acme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    data = tmp_path / "candor-data"
    monkeypatch.setenv("CANDOR_PROFILE", "test")
    monkeypatch.setenv("CANDOR_DATA_DIR", str(data))
    svc = build_services(Settings(profile="test", data_dir=data))  # type: ignore[call-arg]
    eng = svc.engagements.create("Acme ERP")
    [result] = svc.ingest.ingest(eng.id, [FIXTURE])
    assert result.status == "ingested", result
    return eng.id


def _answers(engagement_id: str, questions: list[str]) -> list[str]:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.session_state[ENGAGEMENT_KEY] = engagement_id
    at.run()
    at.switch_page("pages/ask.py").run()
    for q in questions:
        at.chat_input[0].set_value(q).run()
        assert not at.exception, [e.value for e in at.exception]
    history = at.session_state[f"e:{engagement_id}:chat"]
    return [m["content"] for m in history if m["role"] == "assistant"]


def test_what_is_blocked_after_an_owner_question_lists_the_blockers_as_when_asked_first(acme: str) -> None:
    [alone] = _answers(acme, ["what is blocked and on whom?"])
    _, after = _answers(acme, ["who owns the firewall change?", "what is blocked and on whom?"])
    assert "open blockers" in alone and "storage request" in alone
    assert after == alone
