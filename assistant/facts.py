"""Fact service: run the extractor on meetings, verify evidence, track across meetings, and let the PM edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter, ValidationError

from assistant.errors import CandorError, NotFound
from assistant.models import Fact, FactBase, FactEvent, fact_due, fact_status
from assistant.storage import normalise_name

if TYPE_CHECKING:
    from assistant.container import Services

_FACT = TypeAdapter(Fact)
# Fields the PM may change with `candor facts edit`; evidence and history are the record and stay.
EDITABLE = {"text", "owner", "due", "status", "side", "waiting_on", "severity", "topic", "conditional"}
# Engagement document holding what the PM deleted, so re-extraction does not bring it back.
DELETED_DOC = "deleted_facts"
# The statuses `candor facts edit --status` accepts per kind, each mapped to the kind's own value: "done",
# "resolved" and "closed" all mean finished, which is a blocker's resolved, a risk's closed and an item's done.
STATUS_WORDS: dict[str, dict[str, str]] = {
    "action_item": {"open": "open", "done": "done", "slipped": "slipped", "dropped": "dropped",
                    "resolved": "done", "closed": "done"},
    "blocker": {"open": "open", "resolved": "resolved", "done": "resolved", "closed": "resolved"},
    "risk": {"open": "open", "closed": "closed", "done": "closed", "resolved": "closed"},
}
# Kinds of the search items facts_to_chunks writes (transcript chunks in the same store have other kinds).
FACT_KINDS = frozenset({"action_item", "blocker", "decision", "risk", "sentiment", "attendance", "mention"})


def _subject(fact: FactBase) -> str:
    """Who a fact is about: the person of an attendance or sentiment, the name of a mention, else the owner."""
    for attr in ("person", "name", "owner"):
        value = getattr(fact, attr, None)
        if value:
            return normalise_name(str(value))
    return ""


def tombstone(fact: FactBase) -> dict[str, Any]:
    """What is kept of a deleted fact to recognise it when an extractor states it again."""
    return {
        "id": fact.id,
        "kind": fact.kind,
        "meeting_id": fact.meeting_id,
        "subject": _subject(fact),
        "text": fact.text,
        "evidence": [[e.meeting_id or fact.meeting_id, e.segment_id] for e in fact.evidence],
        "deleted_on": date.today().isoformat(),
    }


def is_deleted(fact: FactBase, tombstones: builtins.list[dict[str, Any]]) -> bool:
    """The PM deleted this fact: the same id, or the same kind and subject stated at the turn the deleted fact
    was first stated (an extractor wording it differently), or, for an action item or blocker, at a later
    turn that had been folded into the deleted item (which would otherwise come back as an item of its own)."""
    from assistant.tracking import content_stems

    if not fact.evidence:
        return any(t["id"] == fact.id for t in tombstones)
    first = fact.evidence[0]
    turn = [first.meeting_id or fact.meeting_id, first.segment_id]
    stems = content_stems(fact.text)
    for t in tombstones:
        if t["id"] == fact.id:
            return True
        if t["kind"] != fact.kind or not t["evidence"]:
            continue
        if turn == t["evidence"][0]:
            if t["subject"] != _subject(fact):
                continue
            if fact.kind in ("attendance", "mention", "sentiment"):
                return True  # one per subject and turn
            old = content_stems(t["text"])
            if not stems or not old or len(stems & old) >= 0.5 * min(len(stems), len(old)):
                return True
        elif fact.kind in ("action_item", "blocker") and turn in t["evidence"][1:]:
            return True
    return False


def _turns(fact: FactBase, quotes: bool) -> tuple[Any, ...]:
    """What a fact was stated at: its kind and evidence turns in its own meeting (with the quoted words)."""
    from ingest.evidence import normalise_quote

    own = [e for e in fact.evidence if (e.meeting_id or fact.meeting_id) == fact.meeting_id]
    return (fact.kind, *((e.segment_id, normalise_quote(e.quote)) if quotes else e.segment_id for e in own))


def carry_ids(
    new: Sequence[FactBase], old: Sequence[FactBase], tombstones: Sequence[dict[str, Any]] = ()
) -> None:
    """Give each re-extracted fact the id of the earlier fact of the same meeting it restates, in place.

    The same fact is the same kind stated at the same turns with the same quote (or, failing that, at the same
    turns); its wording and owner may differ, as they do once a speaker is named. Matching is one-to-one, and
    a fact the PM deleted (its tombstone: kind and turns) keeps its id too, so it stays deleted."""
    taken = {f.id for f in new} & {f.id for f in old}  # unchanged facts keep their ids
    free = [f for f in old if f.id not in taken]
    gone = [t for t in tombstones if t.get("id") not in taken]
    todo = [f for f in new if f.id not in taken and f.evidence]
    for quotes in (True, False):
        for fact in todo:
            if fact.id in taken:
                continue
            key = _turns(fact, quotes)
            same = [f for f in free if _turns(f, quotes) == key]
            if same:
                pick = next((f for f in same if f.text == fact.text), same[0])
                free.remove(pick)
                fact.id = pick.id
                taken.add(pick.id)
            elif not quotes:
                turns = [[fact.meeting_id, seg] for seg in key[1:]]
                hit = next((t for t in gone if t.get("kind") == fact.kind and t.get("evidence") == turns), None)
                if hit is not None:
                    gone.remove(hit)
                    fact.id = hit["id"]
                    taken.add(hit["id"])


@dataclass
class ExtractionSummary:
    meeting_id: str
    facts: int
    dropped_unverified: int
    extractor: str
    errors: builtins.list[str] = field(default_factory=list)


def deterministic_complement(offline: Sequence[FactBase], llm: Sequence[FactBase]) -> builtins.list[FactBase]:
    """The offline facts an LLM extraction lacks by design: attendance, and work reported done or blockers
    reported lifted (status done/resolved), unless the LLM already stated a fact from that same line."""
    from ingest.evidence import normalise_quote

    said = [(e.segment_id, normalise_quote(e.quote)) for f in llm for e in f.evidence]

    def stated(ev: Any) -> bool:  # the LLM quoted (part of) the same words of the same line
        q = normalise_quote(ev.quote)
        return any(seg == ev.segment_id and (q in other or other in q) for seg, other in said)

    out: builtins.list[FactBase] = []
    for f in offline:
        closing = f.kind in ("action_item", "blocker") and fact_status(f) in ("done", "resolved")
        if f.kind == "attendance" or (closing and not any(stated(ev) for ev in f.evidence)):
            out.append(f)
    return out


class FactService:
    def __init__(self, services: Services):
        self.s = services

    # ------------------------------------------------------------------ extraction

    def extract(self, engagement: str, meeting_ref: str | None = None) -> builtins.list[ExtractionSummary]:
        """Extract facts from one meeting (or all, oldest first) and merge them into the engagement's facts."""
        from assistant.tracking import merge_meeting_facts
        from ingest.evidence import verify_facts
        from ingest.extraction import MeetingContext

        eng = self.s.repo.get_engagement(engagement)
        meetings = self.s.repo.list_meetings(eng.id)
        if meeting_ref is not None:
            meetings = [self.s.repo.get_meeting(eng.id, meeting_ref)]
        summaries = []
        tolerance = self.s.settings.extraction.quote_tolerance
        for meeting in meetings:
            transcript = self.s.repo.load_transcript(eng.id, meeting.sha256)
            people = self.s.repo.load_people(eng.id)
            names = {label: meeting.speaker_name(label) for label in transcript.speakers}
            ctx = MeetingContext(meeting=meeting, transcript=transcript, people=people, speaker_names=names)
            factset = self._run_extractor(ctx)
            # Every extractor's output is checked the same way: a quote not in the transcript is dropped.
            kept, dropped = verify_facts(list(factset.facts), transcript, tolerance)
            for fact in kept:
                fact.meeting_id = fact.meeting_id or meeting.meeting_id
                for ev in fact.evidence:
                    ev.speaker = meeting.speaker_name(ev.speaker)
                fact.assign_id()
            with self.s.repo.lock(eng.id):
                # What the PM deleted stays deleted (an edited or confirmed fact is kept by the merge itself).
                tombstones = self.s.repo.read_doc(eng.id, DELETED_DOC, [])
                existing = self.s.repo.load_facts(eng.id)
                # The same fact keeps its id when the meeting is extracted again (after naming a speaker the
                # owner changes, and the id was made from it): ids a PM copied stay valid, history carries over.
                carry_ids(kept, [f for f in existing if f.meeting_id == meeting.meeting_id],
                          [t for t in tombstones if t.get("meeting_id") == meeting.meeting_id])
                kept = [f for f in kept if not is_deleted(f, tombstones)]
                finder = self._follow_up(ctx)
                merged = merge_meeting_facts(
                    existing,
                    kept,
                    meeting,
                    self.s.embedder,
                    meetings=self.s.repo.list_meetings(eng.id),
                    people=self.s.repo.load_people(eng.id),
                    follow_up=finder,
                )
                self.s.repo.save_facts(eng.id, merged)
                self._index(eng.id, merged)
            summaries.append(
                ExtractionSummary(
                    meeting_id=meeting.meeting_id,
                    facts=len(kept),
                    # follow-up events whose quote failed the same check count too
                    dropped_unverified=dropped + factset.dropped_unverified + getattr(finder, "dropped", 0),
                    extractor=factset.extractor or type(self.s.extractor).__name__,
                    errors=list(factset.errors),
                )
            )
        return summaries

    def _follow_up(self, ctx: Any) -> Any:
        """What this meeting says about the engagement's open items (tracking asks after its own pass)."""
        if not self.s.settings.extraction.follow_ups:
            return None
        from ingest.extraction.followup import follow_up_for

        ex = self.s.settings.extraction
        return follow_up_for(ctx, self.s.embedder, learned=ex.learned_linker, exchanges=ex.status_exchanges,
                             hint_at=ex.possibly_done_at)

    def _run_extractor(self, ctx: Any) -> Any:
        try:
            factset = self.s.extractor.extract(ctx)
        except CandorError as exc:
            if self.s.settings.extraction.extractor != "llm":
                raise
            # Offline-first: an unreachable or failing endpoint must not leave a meeting without facts.
            factset = self.s.offline_extractor.extract(ctx)
            factset.errors.append(f"LLM extraction failed ({exc}); the offline extractor was used instead")
            return factset
        if self.s.settings.extraction.extractor == "llm":
            # The LLM reports new facts only (never statuses, so transcript text cannot mark work done). Who
            # attended and what was reported done or unblocked come from the deterministic rules, so the
            # engagement dimension and the closing of earlier items work the same on both paths.
            offline = self.s.offline_extractor.extract(ctx)
            factset.facts.extend(deterministic_complement(offline.facts, factset.facts))
        return factset

    def _index(self, engagement_id: str, facts: builtins.list[FactBase]) -> None:
        """Bring the search index in line with ``facts``, writing only what changed.

        Each upsert embeds its text: re-writing all 809 facts of a large engagement for one confirm took
        ~15 s. Items are compared with what the store holds (text and metadata), so a confirm writes nothing,
        an edit one item, a delete removes one, and an index changed behind our back is still repaired."""
        from assistant.engines.store import facts_to_chunks

        chunks = facts_to_chunks(facts, engagement_id)
        stored = {c.id: c for c in self.s.store.get(engagement_id, {"kind": sorted(FACT_KINDS)})}
        wanted = {c.id for c in chunks}
        stale = [c for cid, c in stored.items() if cid not in wanted]
        if any(not c.metadata.get("fact_id") for c in stale):  # an item we cannot address: rebuild them all
            for kind in FACT_KINDS:
                self.s.store.delete_where(engagement_id, {"kind": kind})
            stored, stale = {}, []
        if stale:
            self.s.store.delete_where(engagement_id, {"fact_id": [c.metadata["fact_id"] for c in stale]})
        changed = [c for c in chunks if not _same_item(stored.get(c.id), c, engagement_id)]
        if changed:
            self.s.store.upsert(engagement_id, changed)

    def reindex_facts(self, engagement_id: str) -> None:
        self._index(engagement_id, self.s.repo.load_facts(engagement_id))

    def forget_meeting(self, engagement_id: str, meeting_id: str) -> None:
        """Drop facts first stated in a deleted meeting and undo what it did to the others: an item it closed is
        open again and none of its quotes is cited (caller holds the lock). The PM's deletions of its facts are
        kept, so ingesting the same recording again does not bring them back."""
        from assistant.tracking import forget_meeting_events

        facts = [f for f in self.s.repo.load_facts(engagement_id) if f.meeting_id != meeting_id]
        for fact in facts:
            forget_meeting_events(fact, meeting_id)
            fact.evidence = [e for e in fact.evidence if e.meeting_id != meeting_id] or fact.evidence
        self.s.repo.save_facts(engagement_id, facts)
        self._index(engagement_id, facts)

    # ------------------------------------------------------------------ reading

    def list(
        self,
        engagement: str,
        *,
        kind: str | None = None,
        owner: str | None = None,
        open_only: bool = False,
        meeting: str | None = None,
        as_of: date | None = None,
        text: str | None = None,
    ) -> builtins.list[FactBase]:
        """The engagement's facts, filtered; ``text`` keeps those whose text or a quote contains it (any case)."""
        eng = self.s.repo.get_engagement(engagement)
        facts = self.s.repo.load_facts(eng.id)
        if kind:
            facts = [f for f in facts if f.kind == kind]
        if owner:
            key = normalise_name(owner)
            facts = [f for f in facts if f.owner and key in normalise_name(f.owner)]
        if meeting:
            mid = self.s.repo.get_meeting(eng.id, meeting).meeting_id
            facts = [f for f in facts if f.meeting_id == mid or any(e.meeting_id == mid for e in f.evidence)]
        if as_of is not None:
            facts = self._as_of(eng.id, facts, as_of)
        if open_only:
            facts = [f for f in facts if fact_status(f) in ("open", "slipped")]
        if text and (needle := " ".join(text.split()).casefold()):
            # After as_of, so a fact is found by the quotes it shows on that day, not by later ones.
            facts = [
                f
                for f in facts
                if any(needle in " ".join(t.split()).casefold() for t in (f.text, *(e.quote for e in f.evidence)))
            ]
        return facts

    def _as_of(self, engagement_id: str, facts: builtins.list[FactBase], as_of: date) -> builtins.list[FactBase]:
        """The facts as they stood on ``as_of``: none first said in a later meeting, status and due date replayed
        from the history up to that day, and no quotes or events from later meetings."""
        from assistant.tracking import state_at

        dates = {m.meeting_id: m.date for m in self.s.repo.list_meetings(engagement_id)}
        out: builtins.list[FactBase] = []
        for f in facts:
            if dates.get(f.meeting_id, date.min) > as_of:
                continue
            status, due = state_at(f, as_of)
            if status is None and getattr(f, "status", None) is not None:
                continue  # created after the day asked about
            update: dict[str, object] = {
                "evidence": [e for e in f.evidence if dates.get(e.meeting_id, date.min) <= as_of] or f.evidence[:1],
                "history": [e for e in f.history if e.at <= as_of or e.event in ("edited", "confirmed")],
            }
            if hasattr(f, "status") and status is not None:
                update["status"] = status
            if hasattr(f, "due"):
                update["due"] = due
            out.append(f.model_copy(update=update))
        return out

    def corrected_in(self, engagement: str, meeting_id: str) -> builtins.list[FactBase]:
        """Facts first stated in a meeting that the PM edited or confirmed (deleting the meeting drops them)."""
        eng = self.s.repo.get_engagement(engagement)
        return [f for f in self.s.repo.load_facts(eng.id) if f.meeting_id == meeting_id and (f.edited or f.confirmed)]

    def get(self, engagement: str, fact_id: str) -> FactBase:
        eng = self.s.repo.get_engagement(engagement)
        return self._find(self.s.repo.load_facts(eng.id), fact_id)

    @staticmethod
    def _find(facts: builtins.list[FactBase], fact_id: str) -> FactBase:
        hits = [f for f in facts if f.id == fact_id] or [f for f in facts if f.id.startswith(fact_id)]
        if len(hits) != 1:
            raise NotFound(f"{'ambiguous' if hits else 'unknown'} fact id '{fact_id}'")
        return hits[0]

    # ------------------------------------------------------------------ PM edits

    def edit(self, engagement: str, fact_id: str, **changes: Any) -> FactBase:
        bad = set(changes) - EDITABLE
        if bad:
            raise CandorError(f"cannot edit {sorted(bad)}; editable fields: {sorted(EDITABLE)}")
        return self._update(engagement, fact_id, changes, "edited")

    def confirm(self, engagement: str, fact_id: str) -> FactBase:
        return self._update(engagement, fact_id, {"confirmed": True}, "confirmed")

    def delete(self, engagement: str, fact_id: str) -> FactBase:
        eng = self.s.repo.get_engagement(engagement)
        with self.s.repo.lock(eng.id):
            facts = self.s.repo.load_facts(eng.id)
            fact = self._find(facts, fact_id)
            facts.remove(fact)
            tombstones = self.s.repo.read_doc(eng.id, DELETED_DOC, [])
            self.s.repo.write_doc(eng.id, DELETED_DOC, [*tombstones, tombstone(fact)])
            self.s.repo.save_facts(eng.id, facts)
            self._index(eng.id, facts)
        return fact

    def _update(self, engagement: str, fact_id: str, changes: dict[str, Any], event: str) -> FactBase:
        eng = self.s.repo.get_engagement(engagement)
        with self.s.repo.lock(eng.id):
            facts = self.s.repo.load_facts(eng.id)
            fact = self._find(facts, fact_id)
            data = fact.model_dump()
            if "status" in changes:
                changes = {**changes, "status": status_for(fact.kind, changes["status"])}
            for key in changes:
                if key not in data:
                    raise CandorError(f"{_a(fact.kind)} has no field '{key}'")
            shown = {k: v for k, v in changes.items() if k != "confirmed"}
            note = ", ".join(f"{k}: {_plain(data.get(k))} -> {_plain(v)}" for k, v in shown.items())
            data.update(changes)
            data["edited"] = data["edited"] or event == "edited"
            # The new values travel with the event, so a later meeting's "done" still replays after the PM's due date.
            edit = FactEvent(at=date.today(), event=event, note=note,  # type: ignore[arg-type]
                             changes={k: _plain(v, none=None) for k, v in shown.items()})
            data["history"] = [*data["history"], edit.model_dump()]
            try:
                new = _FACT.validate_python(data)
            except ValidationError as exc:
                first = exc.errors()[0]
                raise CandorError(f"invalid {'.'.join(map(str, first['loc']))}: {first['msg']}") from exc
            facts[facts.index(fact)] = new
            self.s.repo.save_facts(eng.id, facts)
            self._index(eng.id, facts)
        return new

    # ------------------------------------------------------------------ helpers for reports and UI

    @staticmethod
    def overdue(facts: builtins.list[FactBase], as_of: date) -> builtins.list[FactBase]:
        return [
            f for f in facts if fact_status(f) in ("open", "slipped") and (d := fact_due(f)) is not None and d < as_of
        ]


def _a(kind: str) -> str:
    """'an action item', 'a blocker': the kind as the PM reads it in an error."""
    words = kind.replace("_", " ")
    return f"{'an' if words[0] in 'aeiou' else 'a'} {words}"


def status_for(kind: str, value: Any) -> str:
    """The status a PM's word means for this kind of fact ('done' on a blocker is resolved), or a clear error
    naming what the kind accepts."""
    words = STATUS_WORDS.get(kind)
    if words is None:
        raise CandorError(f"{_a(kind)} has no status; only action items, blockers and risks do")
    key = str(value).strip().lower()
    if key not in words:
        own = [w for w, v in words.items() if w == v]
        same = ", ".join(f"{w} = {v}" for w, v in words.items() if w != v)
        listed = f"{', '.join(own[:-1])} or {own[-1]}"
        raise CandorError(f"'{value}' is not a status of {_a(kind)}; use {listed} ({same})")
    return words[key]


def _same_item(old: Any, new: Any, engagement_id: str) -> bool:
    """The stored search item already says what ``new`` says (the store adds the engagement id)."""
    if old is None or old.text != new.text:
        return False
    return bool(old.metadata == {**new.metadata, "engagement_id": engagement_id})


def _plain(value: Any, none: Any = "none") -> Any:
    """A value as the PM reads it in a history note and as JSON: ISO dates, not date reprs."""
    if value is None:
        return none
    return value.isoformat() if isinstance(value, date) else value
