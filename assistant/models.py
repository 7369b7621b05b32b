"""Domain models: the contract between stages, the store, the services and the LLM.

Every fact carries evidence (meeting, segment, speaker, start, end, verbatim quote). Derived states such as
"overdue" are computed against an as-of date, never stored.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# --------------------------------------------------------------------------- transcripts


class Word(BaseModel):
    start: float
    end: float
    text: str
    probability: float | None = None
    speaker: str | None = None


class Segment(BaseModel):
    """One speaker turn (or Whisper segment) of a transcript."""

    id: int
    start: float
    end: float
    speaker: str = Field(description="Speaker label (SPEAKER_1...) or, for imports, the name from the file.")
    text: str
    words: list[Word] = Field(default_factory=list)


class Transcript(BaseModel):
    """A speaker-attributed transcript, saved as JSON keyed by the source file's sha256."""

    sha256: str
    source_name: str
    source_kind: Literal["audio", "import"]
    language: str | None = None
    duration_s: float = 0.0
    segments: list[Segment] = Field(default_factory=list)
    engine: str = Field("", description="Identity of the engines and settings that produced it.")
    speaker_embeddings: dict[str, list[float]] = Field(
        default_factory=dict, description="Mean voice embedding per speaker label (audio only)."
    )
    recorded_at: datetime | None = Field(None, description="Date found in the file's metadata, if any.")
    timed: bool = Field(
        True,
        description="False when the segment times were estimated from word counts (plain text without "
        "timestamps): they order the turns but were never said, so views show the turn instead.",
    )

    @property
    def speakers(self) -> list[str]:
        seen: dict[str, None] = {}
        for seg in self.segments:
            seen.setdefault(seg.speaker, None)
        return list(seen)

    @property
    def text(self) -> str:
        return "\n".join(f"{s.speaker}: {s.text}" for s in self.segments)


# --------------------------------------------------------------------------- engagements and meetings

# A third party (the device reseller, the carrier, the hosting provider) is outside the project even when on the calls.
Side = Literal["customer", "vendor", "third_party"]
Level = Literal["high", "medium", "low"]


class Engagement(BaseModel):
    id: str = Field(description="Immutable storage id derived from the first name; collections use it.")
    name: str
    created_at: datetime


class VoiceMatch(BaseModel):
    label: str
    person: str
    score: float


class Meeting(BaseModel):
    meeting_id: str
    engagement_id: str
    title: str
    date: date
    source_file: str
    sha256: str
    source_kind: Literal["audio", "import"]
    duration_s: float = 0.0
    speaker_names: dict[str, str] = Field(default_factory=dict, description="Speaker label -> person name.")
    voice_matches: list[VoiceMatch] = Field(default_factory=list, description="Proposed, not forced.")
    extra_attendees: list[str] = Field(default_factory=list, description="Attendees added by the PM.")
    absent: list[str] = Field(default_factory=list, description="Expected people the PM marked absent.")
    audio_file: str | None = Field(None, description="Stored copy of the recording, relative to the engagement.")
    ingested_at: datetime
    timed: bool = Field(True, description="False when its transcript's times were estimated (Transcript.timed).")

    def speaker_name(self, label: str) -> str:
        return self.speaker_names.get(label, label)

    @property
    def attendees(self) -> list[str]:
        names: dict[str, None] = {}
        for label, person in self.speaker_names.items():
            names.setdefault(person or label, None)
        for name in self.extra_attendees:
            names.setdefault(name, None)
        return list(names)


class Person(BaseModel):
    """A person or team of the engagement, with what the PM knows about them."""

    name: str
    kind: Literal["person", "team"] = "person"
    aliases: list[str] = Field(default_factory=list)
    role: str | None = Field(None, description="sponsor, business lead, IT sponsor, technical lead ...")
    side: Side | None = None
    influence: Level | None = None
    interest: Level | None = None
    expected_attendee: bool | None = Field(
        None,
        description="Expected at status calls, as the PM set it (True/False); None = not said, so a meeting's "
        "words ('Helen couldn't make it again') decide.",
    )
    voice_profile: list[float] | None = Field(None, description="Mean voice embedding, for speaker matching.")
    voice_samples: int = 0
    notes: str = ""


# --------------------------------------------------------------------------- facts

FactKind = Literal["action_item", "blocker", "decision", "risk", "sentiment", "attendance", "mention"]
ItemStatus = Literal["open", "done", "slipped", "dropped"]


class Evidence(BaseModel):
    meeting_id: str
    segment_id: int
    speaker: str
    start: float
    end: float
    quote: str


EventKind = Literal[
    "created", "updated", "done", "slipped", "reopened", "dropped", "edited", "confirmed", "possibly_done"
]


class FactEvent(BaseModel):
    """One step in a fact's history: created, updated, done, slipped, edited..."""

    at: date
    event: EventKind = Field(
        description="possibly_done: a later sentence may report the item done; a hint for the PM to check, it "
        "changes no status."
    )
    meeting_id: str | None = None
    note: str = ""
    due: date | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    changes: dict[str, Any] = Field(
        default_factory=dict, description="For a PM edit: the fields it set and their new values (JSON)."
    )


class FactBase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = ""
    kind: FactKind
    text: str = Field(description="The fact in one plain sentence.")
    owner: str | None = Field(None, description="Person or team responsible; None when nobody was named.")
    evidence: list[Evidence] = Field(default_factory=list)
    context: str | None = Field(
        None,
        description="What another speaker said just before, when the statement opens its turn (the prompt it "
        "answers: 'Tom, the BitLocker requirements?'). Tracking reads it when the statement's own words do not "
        "name the work ('I sent them Friday').",
    )
    meeting_id: str = Field("", description="Meeting where the fact was first stated.")
    confidence: float = 1.0
    origin: Literal["offline", "llm", "manual"] = "offline"
    edited: bool = False
    confirmed: bool = False
    history: list[FactEvent] = Field(default_factory=list)

    def assign_id(self) -> None:
        if not self.id:
            ev = self.evidence[0] if self.evidence else None
            key = f"{self.kind}|{self.meeting_id}|{ev.segment_id if ev else ''}|{self.text}|{self.owner}"
            self.id = f"{self.kind[:3]}-{hashlib.sha1(key.encode()).hexdigest()[:10]}"


class ActionItem(FactBase):
    kind: Literal["action_item"] = "action_item"
    due: date | None = None
    status: ItemStatus = "open"
    side: Side | None = Field(None, description="Whose commitment: the customer's or the vendor's.")
    conditional: bool = Field(False, description="An offer ('I could maybe...'), not a commitment.")
    doubtful: bool = Field(
        False,
        description="Said like a promise, but the commitment filter doubts it is one ('I'll tell them it's a festive "
        "colour.'). Listed for the PM to check; not counted as a commitment until confirmed or edited.",
    )


def held_for_check(fact: FactBase) -> bool:
    """An action item said like a promise that the commitment filter doubts, not yet confirmed or edited by the PM:
    listed for the PM to confirm or delete, not counted as a commitment."""
    return isinstance(fact, ActionItem) and fact.doubtful and not fact.conditional and not (fact.confirmed or fact.edited)


def is_commitment(fact: FactBase) -> bool:
    """An action item the ledger counts: not an offer, and not held for the PM to check."""
    return isinstance(fact, ActionItem) and not fact.conditional and not held_for_check(fact)


class Blocker(FactBase):
    kind: Literal["blocker"] = "blocker"
    waiting_on: str | None = Field(None, description="Person, team or vendor the work waits on.")
    since: date | None = None
    status: Literal["open", "resolved"] = "open"


class Decision(FactBase):
    kind: Literal["decision"] = "decision"


class Risk(FactBase):
    kind: Literal["risk"] = "risk"
    severity: Level | None = None
    status: Literal["open", "closed"] = "open"


class SentimentSignal(FactBase):
    kind: Literal["sentiment"] = "sentiment"
    person: str
    polarity: float = Field(description="-1 (negative) .. +1 (positive).", ge=-1.0, le=1.0)
    intensity: float = Field(0.0, ge=0.0, le=1.0)
    topic: str | None = None


class Attendance(FactBase):
    kind: Literal["attendance"] = "attendance"
    person: str
    present: bool = True
    expected: bool = False
    role: str | None = Field(None, description="The person's role as said in the meeting ('our sponsor'), if any.")


class Mention(FactBase):
    kind: Literal["mention"] = "mention"
    name: str = Field(description="Team or person mentioned who is not in the meeting.")
    entity_type: Literal["person", "team", "vendor"] = "team"
    role: str | None = Field(None, description="A person's role as said in the meeting ('the IT director'), if any.")


Fact = Annotated[
    ActionItem | Blocker | Decision | Risk | SentimentSignal | Attendance | Mention,
    Field(discriminator="kind"),
]


class FollowUp(BaseModel):
    """What a meeting says about an item still open before it: done (an item done, a blocker lifted) or slipped
    to a later date, with the sentence that says so. Tracking applies it to the item's history."""

    item_id: str
    event: Literal["done", "slipped", "dropped", "handover", "possibly_done"]
    due: date | None = Field(None, description="The new due date of a slip (or of a handover that gives one).")
    owner: str | None = Field(None, description="The new owner of a handover.")
    evidence: list[Evidence] = Field(default_factory=list)
    score: float = 0.0
    reason: str = ""


class FactSet(BaseModel):
    """What an extractor returns for one meeting."""

    meeting_id: str
    facts: list[Fact] = Field(default_factory=list)
    dropped_unverified: int = Field(0, description="Facts dropped because their quote was not in the transcript.")
    extractor: str = ""
    errors: list[str] = Field(
        default_factory=list,
        description="Steps that failed (e.g. an LLM chunk); non-empty means facts are partial.",
    )


def fact_status(fact: FactBase) -> str | None:
    return getattr(fact, "status", None)


def fact_due(fact: FactBase) -> date | None:
    return getattr(fact, "due", None)


# The evidence fields `candor facts --json` shows.
_PUBLIC_EVIDENCE = ("meeting_id", "segment_id", "speaker", "start", "end", "quote")


def fact_public(fact: FactBase, as_of: date | None = None) -> dict:
    """The stable JSON shape used by `candor facts --json` and the UI."""
    data = fact.model_dump(mode="json")
    status = fact_status(fact)
    due = fact_due(fact)
    # An offer ("I could maybe look at it Thursday") or an item doubtful as a commitment is never overdue (as in the
    # status report).
    if as_of is not None and status in ("open", "slipped") and due is not None and due < as_of and \
            is_commitment(fact):
        data["overdue"] = True
    else:
        data["overdue"] = False
    data["status"] = status
    data["held_for_check"] = held_for_check(fact)  # listed, not counted: see is_commitment
    data["due"] = due.isoformat() if due else None
    data.setdefault("owner", None)
    data["evidence"] = [{k: e[k] for k in _PUBLIC_EVIDENCE} for e in data["evidence"]]
    from assistant.tracking import possibly_done  # tracking builds on these models

    # A later sentence that may report the item done (a hint for the PM to check; the status is unchanged)
    hint = possibly_done(fact, as_of) if status in ("open", "slipped") else None
    data["possibly_done"] = None
    if hint is not None and hint.evidence:
        said = hint.evidence[0].model_dump(mode="json")
        data["possibly_done"] = {"at": hint.at.isoformat(), **{k: said[k] for k in _PUBLIC_EVIDENCE}}
    return data
