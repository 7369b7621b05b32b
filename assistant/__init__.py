"""Candor: offline-first meeting and status assistant for project managers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.qa import Answer

__version__ = "0.1.0"


def ask(engagement: str, question: str, history: Sequence[Any] | None = None) -> Answer:
    """Answer a question about one engagement (name or id) with citations; ``history`` holds earlier turns.

    The one-call form of ``build_services().qa.ask``, with services built from the environment's settings.
    """
    from assistant.container import build_services

    services = build_services()
    return services.qa.ask(services.engagements.get(engagement).id, question, history=history)
