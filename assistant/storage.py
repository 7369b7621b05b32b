"""File-backed records of every engagement under the data directory.

Layout (everything lives under ``data_dir``)::

    engagements/<id>/engagement.json
    engagements/<id>/meetings/<meeting_id>.json       meeting metadata
    engagements/<id>/transcripts/<sha256>.json        speaker-attributed transcript (keyed by source sha256)
    engagements/<id>/audio/<sha256><ext>               copy of the recording (for playback)
    engagements/<id>/facts.json                        all facts of the engagement
    engagements/<id>/people.json                       people and teams, stakeholder attributes, voices
    engagements/<id>/<name>.json                       other per-engagement documents (comm plan, reports)
    cache/transcripts/<sha256>-<engine>.json           raw transcription cache shared by engagements
    chroma/                                            embedded Chroma (one collection set per engagement)

Writes are atomic (temp file + rename) so a crash never leaves half a record behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter

from assistant.errors import AlreadyExists, EngagementNotFound, InvalidName, NotFound
from assistant.models import Engagement, Fact, FactBase, Meeting, Person, Transcript

T = TypeVar("T", bound=BaseModel)

_FACTS = TypeAdapter(list[Fact])
_NAME_MAX = 80
_THREAD_LOCKS: dict[str, threading.RLock] = {}
_THREAD_LOCKS_GUARD = threading.Lock()


def normalise_name(name: str) -> str:
    """The collision key of a name: case, accents, spacing and punctuation do not make a new name."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def validate_name(name: str, what: str = "engagement name") -> str:
    clean = " ".join(name.split())
    if not clean:
        raise InvalidName(f"{what} is empty")
    if len(clean) > _NAME_MAX:
        raise InvalidName(f"{what} '{clean[:20]}...' is longer than {_NAME_MAX} characters")
    if any(ch in clean for ch in "/\\\x00") or clean in (".", "..") or ".." in clean:
        raise InvalidName(f"{what} '{clean}' may not contain '/', '\\' or '..'")
    if any(unicodedata.category(ch).startswith("C") for ch in clean):
        raise InvalidName(f"{what} '{clean}' contains control characters")
    if not normalise_name(clean):
        raise InvalidName(f"{what} '{clean}' needs at least one letter or digit")
    return clean


def atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_json(path: Path, data: Any) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False, default=str))


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class Repository:
    """Engagements, meetings, transcripts, facts and people on disk. Engagement id is in every call."""

    def __init__(self, data_dir: Path):
        self.root = Path(data_dir).expanduser().resolve()
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "engagements").mkdir(exist_ok=True)

    # ------------------------------------------------------------------ locking

    @contextlib.contextmanager
    def lock(self, engagement_id: str) -> Iterator[None]:
        """Serialise writers of one engagement across threads and processes."""
        with _THREAD_LOCKS_GUARD:
            tlock = _THREAD_LOCKS.setdefault(f"{self.root}:{engagement_id}", threading.RLock())
        with tlock:
            path = self._eng_dir(engagement_id) / ".lock"
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a") as fh:
                fcntl.flock(fh, fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(fh, fcntl.LOCK_UN)

    # ------------------------------------------------------------------ engagements

    def _eng_dir(self, engagement_id: str) -> Path:
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,79}", engagement_id):
            raise InvalidName(f"engagement id '{engagement_id}' is not valid")
        return self.root / "engagements" / engagement_id

    def list_engagements(self) -> list[Engagement]:
        out = []
        for path in sorted((self.root / "engagements").glob("*/engagement.json")):
            out.append(Engagement.model_validate_json(path.read_text(encoding="utf-8")))
        return sorted(out, key=lambda e: e.name.casefold())

    def find_engagement(self, name_or_id: str) -> Engagement | None:
        """An exact id first, then an exact name, then a name written differently ("acme rollout"). The id of
        a renamed engagement can equal another's normalised name: the id always wins."""
        engagements = self.list_engagements()
        key = normalise_name(name_or_id)
        for match in (
            lambda e: e.id == name_or_id,
            lambda e: e.name.casefold() == name_or_id.strip().casefold(),
            lambda e: normalise_name(e.name) == key,
        ):
            found = next((e for e in engagements if match(e)), None)
            if found is not None:
                return found
        return None

    def _name(self, engagement_id: str) -> str:
        """The engagement's name as the PM knows it, for messages (the id is a storage detail)."""
        eng = self.find_engagement(engagement_id)
        return eng.name if eng is not None else engagement_id

    def get_engagement(self, name_or_id: str) -> Engagement:
        eng = self.find_engagement(name_or_id)
        if eng is None:
            raise EngagementNotFound(name_or_id, [e.name for e in self.list_engagements()])
        return eng

    def create_engagement(self, name: str) -> Engagement:
        clean = validate_name(name)
        key = normalise_name(clean)
        existing = self.find_engagement(clean)
        if existing is not None:
            raise AlreadyExists(f"engagement '{clean}' collides with existing engagement '{existing.name}'")
        base = key[:60].strip("-") or "engagement"
        eng_id, n = base, 1
        while (self.root / "engagements" / eng_id).exists():
            n += 1
            eng_id = f"{base}-{n}"
        eng = Engagement(id=eng_id, name=clean, created_at=datetime.now(UTC))
        atomic_write_json(self._eng_dir(eng_id) / "engagement.json", eng.model_dump(mode="json"))
        return eng

    def rename_engagement(self, name_or_id: str, new_name: str) -> Engagement:
        eng = self.get_engagement(name_or_id)
        clean = validate_name(new_name)
        other = self.find_engagement(clean)
        if other is not None and other.id != eng.id:
            raise AlreadyExists(f"engagement '{clean}' collides with existing engagement '{other.name}'")
        eng = eng.model_copy(update={"name": clean})
        with self.lock(eng.id):
            atomic_write_json(self._eng_dir(eng.id) / "engagement.json", eng.model_dump(mode="json"))
        return eng

    def delete_engagement(self, name_or_id: str) -> Engagement:
        eng = self.get_engagement(name_or_id)
        path = self._eng_dir(eng.id)
        # Rename first so a half-deleted engagement never shows up in listings.
        trash = self.root / "engagements" / f".deleted-{eng.id}-{os.getpid()}"
        os.replace(path, trash)
        shutil.rmtree(trash, ignore_errors=True)
        return eng

    # ------------------------------------------------------------------ generic documents

    def read_doc(self, engagement_id: str, name: str, default: Any = None) -> Any:
        path = self._eng_dir(engagement_id) / f"{name}.json"
        if not path.exists():
            return default
        return json.loads(path.read_text(encoding="utf-8"))

    def write_doc(self, engagement_id: str, name: str, data: Any) -> None:
        if not re.fullmatch(r"[a-z0-9_-]+", name):
            raise InvalidName(f"document name '{name}' is not valid")
        atomic_write_json(self._eng_dir(engagement_id) / f"{name}.json", data)

    def engagement_dir(self, engagement_id: str) -> Path:
        return self._eng_dir(engagement_id)

    # ------------------------------------------------------------------ meetings and transcripts

    def list_meetings(self, engagement_id: str) -> list[Meeting]:
        folder = self._eng_dir(engagement_id) / "meetings"
        meetings = [Meeting.model_validate_json(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")]
        return sorted(meetings, key=lambda m: (m.date, m.ingested_at))

    def find_meeting_by_sha(self, engagement_id: str, sha256: str) -> Meeting | None:
        for meeting in self.list_meetings(engagement_id):
            if meeting.sha256 == sha256:
                return meeting
        return None

    def get_meeting(self, engagement_id: str, ref: str) -> Meeting:
        """A meeting by id, unique id prefix, or title (case-insensitive)."""
        meetings = self.list_meetings(engagement_id)
        exact = [m for m in meetings if m.meeting_id == ref]
        if exact:
            return exact[0]
        prefix = [m for m in meetings if m.meeting_id.startswith(ref)]
        titled = [m for m in meetings if m.title.casefold() == ref.casefold()]
        for candidates in (prefix, titled):
            if len(candidates) == 1:
                return candidates[0]
            if len(candidates) > 1:
                ids = ", ".join(m.meeting_id for m in candidates)
                raise NotFound(f"meeting '{ref}' is ambiguous in engagement '{self._name(engagement_id)}': {ids}")
        raise NotFound(f"unknown meeting '{ref}' in engagement '{self._name(engagement_id)}'")

    def save_meeting(self, meeting: Meeting) -> None:
        path = self._eng_dir(meeting.engagement_id) / "meetings" / f"{meeting.meeting_id}.json"
        atomic_write_json(path, meeting.model_dump(mode="json"))

    def delete_meeting(self, engagement_id: str, meeting_id: str) -> None:
        meeting = self.get_meeting(engagement_id, meeting_id)
        base = self._eng_dir(engagement_id)
        for path in (
            base / "meetings" / f"{meeting.meeting_id}.json",
            base / "transcripts" / f"{meeting.sha256}.json",
        ):
            path.unlink(missing_ok=True)
        if meeting.audio_file:
            (base / meeting.audio_file).unlink(missing_ok=True)

    def save_transcript(self, engagement_id: str, transcript: Transcript) -> None:
        path = self._eng_dir(engagement_id) / "transcripts" / f"{transcript.sha256}.json"
        atomic_write_text(path, transcript.model_dump_json(indent=1))

    def load_transcript(self, engagement_id: str, sha256: str) -> Transcript:
        path = self._eng_dir(engagement_id) / "transcripts" / f"{sha256}.json"
        if not path.exists():
            raise NotFound(f"no transcript {sha256[:12]} in engagement '{self._name(engagement_id)}'")
        return Transcript.model_validate_json(path.read_text(encoding="utf-8"))

    def store_audio(self, engagement_id: str, source: Path, sha256: str) -> str:
        rel = f"audio/{sha256}{source.suffix.lower()}"
        dest = self._eng_dir(engagement_id) / rel
        if not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            tmp = dest.with_suffix(dest.suffix + ".tmp")
            shutil.copyfile(source, tmp)
            os.replace(tmp, dest)
        return rel

    # Global transcription cache: re-ingesting into another engagement or re-extracting never re-transcribes.
    def cache_path(self, sha256: str, engine: str) -> Path:
        digest = hashlib.sha1(engine.encode()).hexdigest()[:12]
        return self.root / "cache" / "transcripts" / f"{sha256}-{digest}.json"

    def load_cached_transcript(self, sha256: str, engine: str) -> Transcript | None:
        path = self.cache_path(sha256, engine)
        if not path.exists():
            return None
        return Transcript.model_validate_json(path.read_text(encoding="utf-8"))

    def save_cached_transcript(self, transcript: Transcript) -> None:
        atomic_write_text(self.cache_path(transcript.sha256, transcript.engine), transcript.model_dump_json())

    # ------------------------------------------------------------------ facts and people

    def load_facts(self, engagement_id: str) -> list[FactBase]:
        path = self._eng_dir(engagement_id) / "facts.json"
        if not path.exists():
            return []
        return list(_FACTS.validate_json(path.read_bytes()))

    def save_facts(self, engagement_id: str, facts: list[FactBase]) -> None:
        atomic_write_text(
            self._eng_dir(engagement_id) / "facts.json",
            json.dumps([f.model_dump(mode="json") for f in facts], indent=1, ensure_ascii=False),
        )

    def load_people(self, engagement_id: str) -> list[Person]:
        data = self.read_doc(engagement_id, "people", default=[])
        return [Person.model_validate(p) for p in data]

    def save_people(self, engagement_id: str, people: list[Person]) -> None:
        self.write_doc(engagement_id, "people", [p.model_dump(mode="json") for p in people])
