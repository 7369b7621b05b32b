"""Fact extraction from one meeting's transcript: the shared input type and the offline (no-LLM) extractor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.models import Meeting, Person, Transcript

if TYPE_CHECKING:
    from ingest.extraction.offline import OfflineExtractor


@dataclass
class MeetingContext:
    """Everything an extractor needs: the meeting, its transcript, known people, label -> display name."""

    meeting: Meeting
    transcript: Transcript
    people: list[Person] = field(default_factory=list)
    speaker_names: dict[str, str] = field(default_factory=dict)

    def display(self, label: str) -> str:
        return self.speaker_names.get(label) or self.meeting.speaker_names.get(label) or label


def __getattr__(name: str) -> Any:
    # Lazy so `import ingest.extraction` stays cheap (numpy weights load only when the extractor is built).
    if name == "OfflineExtractor":
        from ingest.extraction.offline import OfflineExtractor

        return OfflineExtractor
    raise AttributeError(name)


__all__ = ["MeetingContext", "OfflineExtractor"]
