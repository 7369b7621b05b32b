"""LLM extractor: facts from a transcript through any ChatModel, verified against the transcript.

Pipeline: the transcript is cut into overlapping chunks of ``chunk_turns`` turns (map); each chunk is sent
inside a delimited <transcript> data block and must come back as JSON matching ``LLMExtractionOut``; invalid
answers are retried up to ``max_retries`` times with the error fed back. The facts are converted to the
domain models, every quote is verified (``ingest.evidence.verify_facts``: unverifiable facts are dropped
and counted), owners and due dates are checked, and duplicates from overlapping chunks are merged
deterministically (optionally followed by an LLM merge step that may only group facts, never add any).

Failure policy: a chunk whose answers stay invalid after the retries is skipped and noted in
``FactSet.errors`` (facts are then partial); if *every* chunk fails, ``ExtractionError`` is raised so the
caller can fall back to the offline extractor instead of storing an empty, falsely reassuring result.
Transport errors from the chat model (no key, endpoint down) propagate as CandorError.

The extractor emits new facts only: no statuses (items are always "open"), no attendance; tracking decides.
The fact service adds the rules' attendance and their done/unblocked reports to an LLM extraction
(``assistant.facts.deterministic_complement``), so closing items and judging attendance work on both paths.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.engines.base import ChatMessage, ChatModel
from assistant.errors import CandorError
from assistant.models import (
    ActionItem,
    Blocker,
    Decision,
    Evidence,
    FactBase,
    FactSet,
    Mention,
    Risk,
    Segment,
    SentimentSignal,
)
from assistant.prompts import Prompt, load_prompt
from assistant.settings import LLMSettings
from ingest.evidence import normalise_quote, verify_facts
from ingest.extraction import MeetingContext, rules
from ingest.extraction.offline import attach_prompts

LLMKind = Literal["action_item", "blocker", "decision", "risk", "mention", "sentiment"]

_NULLS = {"", "null", "none", "n/a", "na", "unknown", "tbd", "nobody", "unassigned", "-"}
# Words a model may put in "owner" that name nobody in particular.
_NOT_NAMES = {
    "i", "me", "we", "us", "you", "they", "them", "he", "she", "it", "someone", "somebody", "everyone",
    "everybody", "all", "team", "the team", "our team", "customer", "vendor", "client", "speaker",
}  # fmt: skip
_DUE_PAST_DAYS = 31  # a due date this long before the meeting is a model error (wrong year), not a deadline
_DUE_FUTURE_DAYS = 730
_DEFAULT_CONFIDENCE = 0.8
_MAX_ERROR_CHARS = 600


class ExtractionError(CandorError):
    """The LLM produced no usable answer for any chunk of a meeting."""


# --------------------------------------------------------------------------- LLM-facing schema


def _none_if_null(value: Any) -> Any:
    if isinstance(value, str) and value.strip().lower() in _NULLS:
        return None
    return value


class LLMFactOut(BaseModel):
    """One fact as the model must return it; converted to the domain models after validation."""

    model_config = ConfigDict(extra="ignore")  # a "status" or "id" from the model is ignored, never obeyed

    kind: LLMKind
    text: str = Field(min_length=1)
    owner: str | None = None
    due: str | None = None
    side: str | None = None
    conditional: bool = False
    waiting_on: str | None = None
    severity: str | None = None
    name: str | None = None
    entity_type: str | None = None
    polarity: float | None = Field(None, ge=-1.0, le=1.0)
    intensity: float | None = Field(None, ge=0.0, le=1.0)
    topic: str | None = None
    role: str | None = None
    quote: str = Field(min_length=1)
    segment_id: int | None = None
    speaker: str | None = None
    confidence: float | None = None

    @field_validator("owner", "due", "side", "waiting_on", "severity", "name", "entity_type", "topic", "speaker",
                     "role", mode="before")  # fmt: skip
    @classmethod
    def _nullish(cls, value: Any) -> Any:
        return _none_if_null(value)

    @field_validator("conditional", mode="before")
    @classmethod
    def _bool(cls, value: Any) -> Any:
        return False if value is None else value

    @field_validator("segment_id", mode="before")
    @classmethod
    def _segment(cls, value: Any) -> Any:
        if isinstance(value, str):  # "[12]" or "12"
            value = value.strip().strip("[]#").strip()
        return _none_if_null(value)

    @model_validator(mode="after")
    def _kind_fields(self) -> LLMFactOut:
        if self.kind == "mention" and not self.name:
            raise ValueError("a mention needs 'name'")
        if self.kind == "sentiment" and self.polarity is None:
            raise ValueError("a sentiment needs 'polarity' between -1 and 1")
        return self


class LLMExtractionOut(BaseModel):
    facts: list[LLMFactOut] = Field(default_factory=list)


class _ReplyError(Exception):
    pass


def _json_payload(reply: str) -> Any:
    text = reply.strip()
    fence = re.match(r"^```[a-zA-Z]*\s*(.*?)\s*```$", text, re.DOTALL)
    if fence:
        text = fence.group(1)
    try:
        return json.loads(text)
    except ValueError:
        pass
    start, end = text.find("{"), text.rfind("}")
    if start >= 0 and end > start:
        try:
            return json.loads(text[start : end + 1])
        except ValueError as exc:
            raise _ReplyError(f"the answer is not valid JSON ({exc})") from None
    raise _ReplyError("the answer contains no JSON object")


def parse_extraction_reply(reply: str) -> tuple[list[LLMFactOut], list[str]]:
    """Valid facts and per-fact errors of one answer; raises _ReplyError when the whole answer is unusable."""
    data = _json_payload(reply)
    if isinstance(data, list):
        data = {"facts": data}
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        raise _ReplyError('expected a JSON object {"facts": [...]} with a list of facts')
    facts: list[LLMFactOut] = []
    errors: list[str] = []
    for i, item in enumerate(data["facts"]):
        try:
            facts.append(LLMFactOut.model_validate(item))
        except ValidationError as exc:
            details = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'fact'}: {e['msg']}" for e in exc.errors()[:3]
            )
            errors.append(f"facts[{i}]: {details}")
    return facts, errors


# --------------------------------------------------------------------------- chunks


@dataclass
class Chunk:
    index: int
    total: int
    segments: list[Segment]


def make_chunks(segments: Sequence[Segment], turns: int, overlap: int) -> list[Chunk]:
    """Windows of ``turns`` segments, consecutive windows sharing ``overlap`` segments; the last one ends at the end."""
    overlap = min(overlap, turns - 1)
    bounds: list[tuple[int, int]] = []
    start = 0
    while True:
        end = min(start + turns, len(segments))
        bounds.append((start, end))
        if end >= len(segments):
            break
        start = end - overlap
    return [Chunk(i, len(bounds), list(segments[a:b])) for i, (a, b) in enumerate(bounds)]


def _clock(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


# --------------------------------------------------------------------------- names


class _Names:
    """Who may own a fact: participants and known people/teams (canonical names), by normalised key."""

    def __init__(self, ctx: MeetingContext, speaker_names: dict[str, str]):
        self.side: dict[str, str] = {}
        table: dict[str, str] = {}
        for person in ctx.people:
            for alias in [person.name, *person.aliases]:
                table.setdefault(normalise_quote(alias), person.name)
            if person.side:
                self.side[person.name] = person.side
        for label in ctx.transcript.speakers:
            name = speaker_names.get(label) or label
            table.setdefault(normalise_quote(label), name)
            table.setdefault(normalise_quote(name), name)
        for name in ctx.meeting.attendees:
            table.setdefault(normalise_quote(name), name)
        table.pop("", None)
        self.table = table

    def resolve(self, raw: str | None, context: str) -> str | None:
        """Canonical name, a team named in ``context`` (normalised text), or None."""
        if raw is None:
            return None
        key = normalise_quote(raw)
        if not key or key in _NOT_NAMES:
            return None
        if key in self.table:
            return self.table[key]
        # "Priya" for "Priya Shah": accepted only when exactly one known name starts with it.
        if " " not in key:
            firsts = {name for k, name in self.table.items() if k.split(" ")[0] == key}
            if len(firsts) == 1:
                return firsts.pop()
        # A team or person named in the quote's own line (or its neighbours), e.g. "the infra team".
        bare = key.removeprefix("the ")
        if len(bare) >= 3 and bare not in _NOT_NAMES and re.search(rf"(^| ){re.escape(bare)}( |$)", context):
            return raw.strip()
        return None


# --------------------------------------------------------------------------- extractor


class LLMExtractor:
    """Facts from one meeting through a ChatModel. See the module docstring for the pipeline and policy."""

    def __init__(
        self,
        chat: ChatModel,
        settings: LLMSettings,
        *,
        quote_tolerance: int = 3,
        llm_merge: bool = False,
        prompts_dir: Any = None,
    ):
        self.chat = chat
        self.settings = settings
        self.quote_tolerance = quote_tolerance
        self.llm_merge = llm_merge
        self._map_prompt: Prompt = load_prompt("extraction", prompts_dir)
        self._retry_prompt: Prompt = load_prompt("extraction_retry", prompts_dir)
        self._merge_prompt: Prompt = load_prompt("extraction_merge", prompts_dir)

    @property
    def name(self) -> str:
        return f"llm:{self.chat.name}"

    # ---- public

    def extract(self, ctx: MeetingContext) -> FactSet:
        meeting_id = ctx.meeting.meeting_id
        segments = ctx.transcript.segments
        if not segments:
            return FactSet(meeting_id=meeting_id, dropped_unverified=0, extractor=self.name)
        speaker_names = {**ctx.meeting.speaker_names, **ctx.speaker_names}
        names = _Names(ctx, speaker_names)
        chunks = make_chunks(segments, self.settings.chunk_turns, self.settings.chunk_overlap)

        raw: list[LLMFactOut] = []
        errors: list[str] = []
        failed = 0
        for chunk in chunks:
            messages = self._map_prompt.render(
                meeting_title=ctx.meeting.title,
                meeting_date=ctx.meeting.date.isoformat(),
                participants=self._participants(ctx, speaker_names, names),
                known_people=self._known_people(ctx),
                chunk_label=f"turns {chunk.segments[0].id}-{chunk.segments[-1].id} "
                f"(part {chunk.index + 1} of {chunk.total})",
                transcript=self._transcript_block(chunk.segments, speaker_names),
            )
            try:
                answer, note = self._ask(messages, f"part {chunk.index + 1} of {chunk.total}")
            except _ReplyError as exc:
                failed += 1
                errors.append(str(exc))
                continue
            raw.extend(answer)
            if note:
                errors.append(note)
        if failed == len(chunks):
            raise ExtractionError(
                f"LLM extraction of meeting {meeting_id} failed: {self.chat.name} gave no valid answer "
                f"after {self.settings.max_retries} retries ({errors[-1] if errors else 'no detail'})."
            )

        facts = [f for f in (self._to_domain(r, ctx) for r in raw) if f is not None]
        kept, dropped = verify_facts(facts, ctx.transcript, self.quote_tolerance, speaker_names=speaker_names)
        checked = [f for f in (self._check(f, ctx, names, speaker_names) for f in kept) if f is not None]
        merged = merge_duplicates(checked)
        if self.llm_merge and len(merged) > 1:
            merged = self._llm_merge(ctx, merged, errors)
        segs = [seg for seg in segments if seg.text and seg.text.strip()]
        attach_prompts(merged, segs, [ctx.display(seg.speaker) for seg in segs])  # what each answers, for tracking
        for fact in merged:
            fact.assign_id()
        return FactSet(
            meeting_id=meeting_id,
            facts=merged,  # type: ignore[arg-type]  # concrete fact classes of the Fact union
            dropped_unverified=dropped,
            extractor=self.name,
            errors=errors,
        )

    # ---- map step with bounded retries

    def _ask(self, messages: list[ChatMessage], label: str) -> tuple[list[LLMFactOut], str | None]:
        """Facts of one chunk, retrying invalid answers; (facts, note) or _ReplyError when nothing usable."""
        attempts = self.settings.max_retries + 1
        partial: list[LLMFactOut] | None = None
        error = ""
        for attempt in range(attempts):
            reply = self.chat.complete(messages, json_mode=True)
            try:
                facts, item_errors = parse_extraction_reply(reply)
            except _ReplyError as exc:
                error = str(exc)
            else:
                if not item_errors:
                    return facts, None
                partial = facts
                error = "; ".join(item_errors[:5]) + (" ..." if len(item_errors) > 5 else "")
            if attempt + 1 < attempts:
                retry_user = self._retry_prompt.render(error=error[:_MAX_ERROR_CHARS])[1]
                messages = [*messages, ChatMessage("assistant", reply), retry_user]
        if partial is not None:
            return partial, (
                f"{label}: kept the valid facts and skipped invalid ones after {self.settings.max_retries} "
                f"retries ({error[:_MAX_ERROR_CHARS]})"
            )
        raise _ReplyError(
            f"{label}: no valid answer after {self.settings.max_retries} retries ({error[:_MAX_ERROR_CHARS]})"
        )

    # ---- prompt variables

    @staticmethod
    def _transcript_block(segments: Sequence[Segment], speaker_names: dict[str, str]) -> str:
        lines = []
        for seg in segments:
            # One line per turn: newlines inside a turn could otherwise fake a "[99] Someone:" line.
            text = " ".join(seg.text.split())
            name = " ".join((speaker_names.get(seg.speaker) or seg.speaker).split())
            lines.append(f"[{seg.id}] {name} ({_clock(seg.start)}): {text}")
        return "\n".join(lines)

    @staticmethod
    def _participants(ctx: MeetingContext, speaker_names: dict[str, str], names: _Names) -> str:
        people = {p.name: p for p in ctx.people}
        lines: list[str] = []
        seen: set[str] = set()
        for label in ctx.transcript.speakers:
            name = speaker_names.get(label) or label
            if name in seen:
                continue
            seen.add(name)
            person = people.get(name)
            extra = ", ".join(x for x in (person.role, person.side) if x) if person else ""
            lines.append(f"- {name}" + (f" ({extra})" if extra else ""))
        for name in ctx.meeting.attendees:
            if name not in seen:
                seen.add(name)
                lines.append(f"- {name} (attended, did not speak)")
        return "\n".join(lines) or "(none)"

    @staticmethod
    def _known_people(ctx: MeetingContext) -> str:
        lines = []
        for p in ctx.people:
            bits = [p.kind] + [x for x in (p.role, p.side) if x]
            if p.aliases:
                bits.append("also called " + ", ".join(p.aliases))
            lines.append(f"- {p.name} ({'; '.join(bits)})")
        return "\n".join(lines) or "(none)"

    # ---- conversion and checks

    def _to_domain(self, out: LLMFactOut, ctx: MeetingContext) -> FactBase | None:
        evidence = [
            Evidence(
                meeting_id=ctx.meeting.meeting_id,
                segment_id=out.segment_id if out.segment_id is not None else -1,
                speaker=out.speaker or "",
                start=0.0,
                end=0.0,
                quote=out.quote,
            )
        ]
        confidence = _DEFAULT_CONFIDENCE if out.confidence is None else min(1.0, max(0.0, out.confidence))
        common: dict[str, Any] = {
            "text": " ".join(out.text.split()),
            "owner": out.owner,
            "evidence": evidence,
            "meeting_id": ctx.meeting.meeting_id,
            "confidence": confidence,
            "origin": "llm",
        }
        if out.kind == "action_item":
            side: Any = out.side.lower() if out.side and out.side.lower() in ("customer", "vendor") else None
            return ActionItem(
                **common, due=_valid_due(out.due, ctx.meeting.date), side=side, conditional=out.conditional
            )
        if out.kind == "blocker":
            return Blocker(**common, waiting_on=out.waiting_on, since=ctx.meeting.date)
        if out.kind == "decision":
            return Decision(**common)
        if out.kind == "risk":
            severity: Any = out.severity.lower() if out.severity else None
            # "The migration risk is mitigated now" closes the open risk it names (tracking decides which); the
            # quote is the person's words, so the same rule as the offline extractor reads it.
            over = rules.risk_closed(out.quote) or rules.risk_closed(out.text)
            return Risk(**common, severity=severity if severity in ("high", "medium", "low") else None,
                        status="closed" if over else "open")
        if out.kind == "mention":
            etype: Any = (out.entity_type or "team").lower()
            return Mention(
                **common,
                name=out.name or "",
                entity_type=etype if etype in ("person", "team", "vendor") else "team",
                role=(out.role or "").strip()[:80] or None,  # a suggestion for the stakeholder map, PM-editable
            )
        # sentiment: the person is whoever spoke the verified quote, filled in by _check.
        return SentimentSignal(
            **common, person=out.speaker or "", polarity=out.polarity or 0.0, intensity=out.intensity or 0.0,
            topic=out.topic,
        )  # fmt: skip

    def _check(
        self, fact: FactBase, ctx: MeetingContext, names: _Names, speaker_names: dict[str, str]
    ) -> FactBase | None:
        """Owners/waiting_on must be resolvable; sentiment belongs to the quote's speaker; mentions must be named."""
        by_id = {s.id: i for i, s in enumerate(ctx.transcript.segments)}
        context_parts: list[str] = []
        for ev in fact.evidence:
            i = by_id[ev.segment_id]
            for seg in ctx.transcript.segments[max(0, i - 1) : i + 2]:
                context_parts.append(normalise_quote(seg.text))
        context = " | ".join(context_parts)
        update: dict[str, Any] = {"owner": names.resolve(fact.owner, context)}
        if isinstance(fact, ActionItem) and fact.side is None and update["owner"] in names.side:
            update["side"] = names.side[update["owner"]]
        if isinstance(fact, Blocker):
            update["waiting_on"] = names.resolve(fact.waiting_on, context)
        if isinstance(fact, Mention):
            name = names.resolve(fact.name, context)
            if name is None:
                return None
            update["name"] = name
        if isinstance(fact, SentimentSignal):
            update["person"] = fact.evidence[0].speaker
            update["owner"] = None
        return fact.model_copy(update=update)

    # ---- optional LLM merge

    def _llm_merge(self, ctx: MeetingContext, facts: list[FactBase], errors: list[str]) -> list[FactBase]:
        listing = "\n".join(
            f"[{i}] {f.kind} | {f.text} | owner: {f.owner or '-'} | quote: {f.evidence[0].quote}"
            for i, f in enumerate(facts)
        )
        messages = self._merge_prompt.render(meeting_title=ctx.meeting.title, facts=listing)
        try:
            data = _json_payload(self.chat.complete(messages, json_mode=True))
            groups = data.get("duplicates", []) if isinstance(data, dict) else None
            if not isinstance(groups, list):
                raise _ReplyError('expected {"duplicates": [[i, j], ...]}')
        except _ReplyError as exc:
            errors.append(f"optional LLM merge skipped: {exc}")
            return facts
        absorbed: set[int] = set()
        result = list(facts)
        for group in groups:
            if not isinstance(group, list):
                continue
            idx = [i for i in dict.fromkeys(group) if isinstance(i, int) and 0 <= i < len(facts)]
            idx = [i for i in idx if i not in absorbed and facts[i].kind == facts[idx[0]].kind] if idx else []
            for j in idx[1:]:
                result[idx[0]] = _absorb(result[idx[0]], facts[j])
                absorbed.add(j)
        return [f for i, f in enumerate(result) if i not in absorbed]


def _valid_due(raw: str | None, meeting_day: date) -> date | None:
    """An ISO date plausibly relative to the meeting, else None (no guessing)."""
    if not raw:
        return None
    m = re.match(r"^\s*(\d{4}-\d{2}-\d{2})", raw)
    if not m:
        return None
    try:
        due = date.fromisoformat(m.group(1))
    except ValueError:
        return None
    if (
        not meeting_day - timedelta(days=_DUE_PAST_DAYS)
        <= due
        <= meeting_day + timedelta(days=_DUE_FUTURE_DAYS)
    ):
        return None
    return due


# --------------------------------------------------------------------------- deterministic merge


def _quotes_overlap(a: Evidence, b: Evidence) -> bool:
    if a.segment_id != b.segment_id:
        return False
    qa, qb = normalise_quote(a.quote), normalise_quote(b.quote)
    if qa in qb or qb in qa:
        return True
    ta, tb = set(qa.split()), set(qb.split())
    return bool(ta and tb) and len(ta & tb) / min(len(ta), len(tb)) >= 0.6


def is_duplicate(a: FactBase, b: FactBase) -> bool:
    """Same kind and (overlapping quotes in the same segment, or near-identical text with the same numbers
    and compatible owners: "Send invoice 3" and "Send invoice 4" stay two facts)."""
    if a.kind != b.kind:
        return False
    if any(_quotes_overlap(x, y) for x in a.evidence for y in b.evidence):
        return True
    if a.owner and b.owner and a.owner != b.owner:
        return False
    ta, tb = normalise_quote(a.text), normalise_quote(b.text)
    if {w for w in ta.split() if w.isdigit()} != {w for w in tb.split() if w.isdigit()}:
        return False
    from rapidfuzz import fuzz

    return fuzz.token_sort_ratio(ta, tb) >= 92


def _absorb(kept: FactBase, other: FactBase) -> FactBase:
    """``kept`` with ``other``'s new evidence and any field ``kept`` left empty."""
    seen = {(e.segment_id, e.quote) for e in kept.evidence}
    evidence = list(kept.evidence) + [e for e in other.evidence if (e.segment_id, e.quote) not in seen]
    update: dict[str, Any] = {"evidence": evidence, "confidence": max(kept.confidence, other.confidence)}
    for field in ("owner", "due", "waiting_on", "severity", "side", "topic"):
        if getattr(kept, field, "absent") is None and getattr(other, field, None) is not None:
            update[field] = getattr(other, field)
    return kept.model_copy(update=update)


def merge_duplicates(facts: Sequence[FactBase]) -> list[FactBase]:
    """Deterministic reduce: each fact is folded into the first earlier fact it duplicates, order kept."""
    out: list[FactBase] = []
    for fact in facts:
        for i, kept in enumerate(out):
            if is_duplicate(kept, fact):
                out[i] = _absorb(kept, fact)
                break
        else:
            out.append(fact)
    return out
