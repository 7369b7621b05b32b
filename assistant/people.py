"""Engagements and the people of an engagement: stakeholder attributes, speaker naming, voice profiles."""

from __future__ import annotations

import builtins
import contextlib
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from assistant.errors import CandorError, InvalidName, NotFound
from assistant.models import Engagement, Meeting, Person
from assistant.storage import normalise_name, validate_name

if TYPE_CHECKING:
    from assistant.container import Services

log = logging.getLogger(__name__)


class EngagementService:
    """Create, list, rename and delete engagements; each has isolated files and its own Chroma collection."""

    def __init__(self, services: Services):
        self.s = services

    def create(self, name: str) -> Engagement:
        return self.s.repo.create_engagement(name)

    def list(self) -> builtins.list[Engagement]:
        return self.s.repo.list_engagements()

    def get(self, name_or_id: str) -> Engagement:
        return self.s.repo.get_engagement(name_or_id)

    def rename(self, name_or_id: str, new_name: str) -> Engagement:
        return self.s.repo.rename_engagement(name_or_id, new_name)

    def delete(self, name_or_id: str, *, confirm: str) -> Engagement:
        """Delete everything of one engagement. ``confirm`` must repeat its name (or id)."""
        eng = self.s.repo.get_engagement(name_or_id)
        if normalise_name(confirm) not in (normalise_name(eng.name), eng.id):
            raise CandorError(f"not deleted: type the engagement's name '{eng.name}' to confirm")
        # The index goes first: files are the source of truth, so a failure here leaves data intact.
        self.s.store.drop(eng.id)
        return self.s.repo.delete_engagement(eng.id)

    def overview(self, name_or_id: str) -> dict[str, Any]:
        eng = self.get(name_or_id)
        meetings = self.s.repo.list_meetings(eng.id)
        return {
            "id": eng.id,
            "name": eng.name,
            "meetings": len(meetings),
            "last_meeting": meetings[-1].date.isoformat() if meetings else None,
        }


class PeopleService:
    """People and teams of an engagement, with what the PM knows about them."""

    def __init__(self, services: Services):
        self.s = services

    def list(self, engagement: str) -> builtins.list[Person]:
        eng = self.s.repo.get_engagement(engagement)
        return self.s.repo.load_people(eng.id)

    def find_index(self, people: builtins.list[Person], name: str) -> int:
        return next(i for i, p in enumerate(people) if p.name == name)

    def find(self, people: builtins.list[Person], name: str) -> Person | None:
        key = normalise_name(name)
        for person in people:
            if normalise_name(person.name) == key or key in {normalise_name(a) for a in person.aliases}:
                return person
        return None

    def resolve(self, people: builtins.list[Person], name: str) -> Person | None:
        """The person this name refers to: the exact name or alias first, else the one person whose name
        or alias matches as a variant (first name only, an initial: 'Priya S.' -> 'Priya Shah').
        Two or more variant matches raise CandorError listing them; no match returns None."""
        exact = self.find(people, name)
        if exact is not None:
            return exact
        from assistant.tracking import is_variant_of

        candidates = [p for p in people if any(is_variant_of(name, n) for n in (p.name, *p.aliases))]
        if len(candidates) > 1:
            listed = ", ".join(f"'{p.name}'" for p in candidates)
            raise CandorError(
                f"'{name}' could be any of {listed}; give the full name, or --new to add a new person"
            )
        return candidates[0] if candidates else None

    def set(
        self,
        engagement: str,
        name: str,
        *,
        new: bool = False,
        remove_aliases: Sequence[str] = (),
        **attrs: Any,
    ) -> Person:
        """Create or update a person/team; attributes left as None are kept as they were.

        A variant of an existing name ('Priya S.', 'Priya' for 'Priya Shah') updates that person and is kept
        as an alias; ``new=True`` adds a separate person instead (an exact name or alias is always the same one).
        Changing ``kind`` (person <-> team) needs the entity's own name: through an alias or a variant it is
        refused, since the PM then most likely means another entity ('Network team', an alias of Sven Olsen).
        ``remove_aliases`` drops those aliases (an alias that is not there is an error).
        """
        eng = self.s.repo.get_engagement(engagement)
        clean = validate_name(name, "person name")
        allowed = set(Person.model_fields) - {"name", "voice_profile", "voice_samples"}
        bad = set(attrs) - allowed
        if bad:
            raise InvalidName(f"unknown stakeholder attributes: {sorted(bad)}")
        with self.s.repo.lock(eng.id):
            people = self.s.repo.load_people(eng.id)
            person = self.find(people, clean) if new else self.resolve(people, clean)
            if person is None:
                person = Person(name=clean)
                people.append(person)
            kind = attrs.get("kind")
            if kind is not None and kind != person.kind and normalise_name(clean) != normalise_name(person.name):
                raise CandorError(_kind_change_refused(eng.name, clean, person, kind))
            updates = {k: v for k, v in attrs.items() if v is not None}
            if normalise_name(clean) not in {normalise_name(n) for n in (person.name, *person.aliases)}:
                updates["aliases"] = [*updates.get("aliases", []), clean]  # 'Priya S.' now finds Priya Shah
            if "aliases" in updates:
                updates["aliases"] = sorted(set(person.aliases) | set(updates["aliases"]))
            if remove_aliases:
                have = updates.get("aliases", person.aliases)
                drop = {normalise_name(a) for a in remove_aliases}
                missing = drop - {normalise_name(a) for a in have}
                if missing:
                    listed = ", ".join(f"'{a}'" for a in have) or "none"
                    unknown = ", ".join(f"'{a}'" for a in remove_aliases if normalise_name(a) in missing)
                    raise CandorError(f"{person.name} has no alias {unknown} (aliases: {listed})")
                updates["aliases"] = [a for a in have if normalise_name(a) not in drop]
            updated = Person.model_validate({**person.model_dump(), **updates})
            people[people.index(person)] = updated
            self.s.repo.save_people(eng.id, people)
        return updated

    def speaker_person(
        self, people: builtins.list[Person], name: str, others: Sequence[str] = ()
    ) -> tuple[Person | None, str | None]:
        """The known person a speaker's name refers to, and a warning when it is ambiguous.

        The exact name or alias first; else the one person the name is a variant of ('Priya S.' -> 'Priya Shah'),
        as ``set`` resolves names. A person who is also named as another speaker of the same meeting (``others``)
        is not a candidate: two speakers are two people. Two or more candidates: no person, and a warning."""
        exact = self.find(people, name)
        if exact is not None:
            return exact, None
        from assistant.tracking import is_variant_of

        taken = {normalise_name(o) for o in others if normalise_name(o) != normalise_name(name)}
        candidates = [
            p
            for p in people
            if any(is_variant_of(name, n) for n in (p.name, *p.aliases))
            and not taken & {normalise_name(n) for n in (p.name, *p.aliases)}
        ]
        if len(candidates) == 1:
            return candidates[0], None
        if candidates:
            listed = ", ".join(f"'{p.name}'" for p in candidates)
            return None, f"speaker '{name}' could be any of {listed}; kept as '{name}' (name the speaker in full)"
        # "Sandra Okafor" after an export that wrote only "Sandra": the one person known by the first name alone is
        # this person, named in full now (see _named_in_full)
        shorter = [p for p in people if len(p.name.split()) == 1 and p.kind == "person" and is_variant_of(p.name, name)
                   and not taken & {normalise_name(n) for n in (p.name, *p.aliases)}]
        return (shorter[0], None) if len(shorter) == 1 else (None, None)

    def match_speakers(self, engagement_id: str, names: builtins.list[str]) -> dict[str, str]:
        """For an import's speaker names, the known person each one is a unique variant of ('Priya S.' ->
        'Priya Shah'); names that match exactly, ambiguously or not at all are left out."""
        people = self.s.repo.load_people(engagement_id)
        out: dict[str, str] = {}
        for name in names:
            if not name or name.upper().startswith("SPEAKER_"):
                continue
            person, _ = self.speaker_person(people, name, names)
            if person is not None and normalise_name(person.name) != normalise_name(name):
                out[name] = person.name
        return out

    def ensure(self, engagement_id: str, names: builtins.list[str]) -> builtins.list[str]:
        """Make sure these speakers exist as people (imports name their speakers); returns warnings.

        A unique variant of a known person ('Priya S.' for 'Priya Shah') is that person and is kept as an alias;
        an ambiguous one is added as given, with a warning."""
        warnings: builtins.list[str] = []
        with self.s.repo.lock(engagement_id):
            people = self.s.repo.load_people(engagement_id)
            changed = False
            for name in names:
                if not name or name.upper().startswith("SPEAKER_"):
                    continue
                person, warning = self.speaker_person(people, name, names)
                if warning:
                    warnings.append(warning)
                if person is not None:
                    if self.find([person], name) is None:
                        people[people.index(person)] = _named_in_full(person, name) or person.model_copy(
                            update={"aliases": sorted({*person.aliases, name})}
                        )
                        changed = True
                    continue
                with contextlib.suppress(InvalidName):
                    people.append(Person(name=validate_name(name, "person name")))
                    changed = True
            if changed:
                self.s.repo.save_people(engagement_id, people)
        for w in warnings:
            log.warning(w)
        return warnings

    def name_speakers(
        self,
        engagement: str,
        meeting_ref: str,
        mapping: dict[str, str],
        warnings: builtins.list[str] | None = None,
    ) -> Meeting:
        """Map speaker labels of one meeting to people; learn their voices; refresh index and facts.

        A name that is a unique variant of a known person ('Priya S.' for 'Priya Shah') names that person and is
        kept as an alias; an ambiguous one is kept as given and a warning is appended to ``warnings``."""
        eng = self.s.repo.get_engagement(engagement)
        meeting = self.s.repo.get_meeting(eng.id, meeting_ref)
        transcript = self.s.repo.load_transcript(eng.id, meeting.sha256)
        labels = set(transcript.speakers)
        for label in mapping:
            if label not in labels:
                raise NotFound(
                    f"speaker '{label}' is not in meeting {meeting.meeting_id} (speakers: {', '.join(sorted(labels))})"
                )
        from assistant.engines.diarizer import update_profile

        clean = {label: validate_name(name, "person name") for label, name in mapping.items()}
        with self.s.repo.lock(eng.id):
            people = self.s.repo.load_people(eng.id)
            others = [n for lab, n in meeting.speaker_names.items() if lab not in clean] + list(clean.values())
            for label, name in clean.items():
                person, warning = self.speaker_person(people, name, others)
                if warning:
                    log.warning(warning)
                    if warnings is not None:
                        warnings.append(warning)
                if person is not None and self.find([person], name) is None:
                    index = self.find_index(people, person.name)
                    person = _named_in_full(person, name) or person.model_copy(
                        update={"aliases": sorted({*person.aliases, name})})
                    people[index] = person
                if person is None:
                    person = Person(name=name)
                    people.append(person)
                    name_now = name
                else:
                    name_now = person.name
                emb = transcript.speaker_embeddings.get(label)
                if emb is not None:
                    idx = people.index(person)
                    people[idx] = person.model_copy(
                        update={
                            "voice_profile": update_profile(person.voice_profile, person.voice_samples, emb),
                            "voice_samples": person.voice_samples + 1,
                        }
                    )
                meeting.speaker_names[label] = name_now
            meeting.voice_matches = [m for m in meeting.voice_matches if m.label not in clean]
            self.s.repo.save_people(eng.id, people)
            self.s.repo.save_meeting(meeting)
        self.s.ingest.reindex(eng.id, meeting)
        if self.s.settings.extraction.on_ingest:
            self.s.facts.extract(eng.id, meeting.meeting_id)
        return meeting


def _named_in_full(person: Person, name: str) -> Person | None:
    """The person known only by a first name ("Sandra"), renamed to the full name a later speaker label gives
    ("Sandra Okafor"), the first name kept as an alias; None when ``name`` is not a fuller form of theirs."""
    from assistant.tracking import is_variant_of

    if len(name.split()) <= len(person.name.split()) or not is_variant_of(person.name, name):
        return None
    return person.model_copy(update={"name": name, "aliases": sorted({*person.aliases, person.name} - {name})})


def _kind_change_refused(engagement: str, name: str, person: Person, kind: str) -> str:
    """Why a person/team change through another name is refused (nothing is saved), and the ways on."""
    what = f"{person.name}, a {person.kind}"
    eng = engagement.replace('"', "'")
    if normalise_name(name) in {normalise_name(a) for a in person.aliases}:
        return (
            f"'{name}' is an alias of {what}; nothing changed. To record '{name}' as a {kind} of its own, first "
            f'remove the alias: candor stakeholders set -e "{eng}" "{person.name}" --remove-alias "{name}" '
            f'(or give the {kind} another name); to make {person.name} a {kind}, use the name "{person.name}"'
        )
    return (
        f"'{name}' would be {what}; nothing changed. Add --new to record '{name}' as a {kind} of its own, "
        f'or use the name "{person.name}" to make {person.name} a {kind}'
    )
