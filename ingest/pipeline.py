"""Ingest pipeline: file -> (decode -> transcribe -> diarize | parse) -> transcript -> index -> facts.

Each stage saves its output. The transcript is keyed by the source file's sha256, so re-ingesting the same
file is a no-op and re-extracting never re-transcribes. One bad file never stops the rest of a batch, and a
failed file leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from assistant.errors import CandorError, InputError
from assistant.models import Meeting, Segment, Transcript, VoiceMatch
from assistant.storage import sha256_file
from ingest.audio import AUDIO_EXTENSIONS
from ingest.formats import TRANSCRIPT_EXTENSIONS, date_from_file_name, strip_name_stamps

if TYPE_CHECKING:
    from assistant.container import Services

STAGES_AUDIO = ("decode", "transcribe", "diarize", "index", "extract")
STAGES_IMPORT = ("parse", "index", "extract")

# on_progress(file_name, stage, fraction_of_stage_done)
FileProgress = Callable[[str, str, float], None]


def _quiet(file: str, stage: str, fraction: float) -> None:
    return None


@dataclass
class IngestResult:
    file: str
    status: Literal["ingested", "unchanged", "error"]
    meeting_id: str | None = None
    error: str | None = None
    title: str | None = None
    speakers: list[str] = field(default_factory=list)
    voice_matches: list[VoiceMatch] = field(default_factory=list)
    facts: int | None = None
    dropped_unverified: int = 0
    note: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    # What the PM should check although the file was taken (a date that disagrees with the file's, a forced
    # speaker count the voices do not bear out); the CLI prints them on stderr.
    warnings: list[str] = field(default_factory=list)
    extract_error: str | None = None  # ingested, but extraction failed: the facts are missing

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.file, "meeting_id": self.meeting_id, "status": self.status}
        if self.error is not None:
            out["error"] = self.error
        if self.note:
            out["note"] = self.note
        if self.warnings:
            out["warnings"] = list(self.warnings)
        if self.extract_error:
            out["extract_error"] = self.extract_error
        if self.facts is not None:
            out["facts"] = self.facts
        if self.voice_matches:
            out["voice_matches"] = [m.model_dump() for m in self.voice_matches]
        return out


# Export-name words that say nothing about the meeting (the date stamps go too; the date is shown next to the
# title anyway): Zoom's "GMT20260302-090000_Recording_640x360", Teams' "-20240312_100232-Meeting Recording".
_NAME_NOISE = re.compile(
    r"\b\d{3,4}x\d{3,4}\b|\b(?:meeting )?recording\b|\baudio[ _-]only\b|\btranscript\b", re.IGNORECASE
)


def title_from_filename(path: Path) -> str:
    """'Weekly status-20240312_100232-Meeting Recording.mp4' -> 'Weekly status'; a name that is only an
    export stamp ('GMT20260302-090000_Recording.m4a') -> 'Meeting'."""
    stem = strip_name_stamps(path.stem)  # while their underscores still hold the stamps together
    stem = _NAME_NOISE.sub(" ", re.sub(r"[_.]+", " ", stem))  # then words such as "_Recording"
    stem = stem.replace("-", " ")  # "weekly-status-call" is far more common than "kick-off"
    stem = " ".join(stem.split())
    return stem[:1].upper() + stem[1:] if stem else "Meeting"


class IngestService:
    def __init__(self, services: Services):
        self.s = services

    # ------------------------------------------------------------------ public API

    def ingest(
        self,
        engagement: str,
        files: Sequence[Path | str],
        *,
        title: str | None = None,
        meeting_date: date | None = None,
        num_speakers: int | None = None,
        force: bool = False,
        extract: bool | None = None,
        on_progress: FileProgress = _quiet,
    ) -> list[IngestResult]:
        """Ingest files into an engagement; one result per file, in order. Never raises for a bad file."""
        eng = self.s.repo.get_engagement(engagement)  # unknown engagement: a clear error before any work
        paths = [Path(f) for f in files]
        if (title or meeting_date) and len(paths) > 1:
            raise CandorError("--title and --date apply to one file; ingest the files one at a time")
        do_extract = self.s.settings.extraction.on_ingest if extract is None else extract
        before = {m.meeting_id for m in self.s.repo.list_meetings(eng.id)}
        results: dict[int, IngestResult] = {}
        # Oldest first (by the date in the file name), so a later call's "done" finds the item it closes.
        for k in sorted(range(len(paths)), key=lambda k: (_name_date(paths[k]), k)):
            path = paths[k]
            try:
                results[k] = self._ingest_one(
                    eng.id, path, title, meeting_date, num_speakers, force, do_extract, on_progress
                )
            except CandorError as exc:
                reason = exc.reason if isinstance(exc, InputError) else str(exc)
                results[k] = IngestResult(file=str(path), status="error", error=f"{path.name}: {reason}")
        if do_extract:
            self._retrack_after(eng.id, before, [r.meeting_id for r in results.values() if r.status == "ingested"])
        return [results[k] for k in range(len(paths))]

    def _retrack_after(self, engagement_id: str, before: set[str], new_ids: list[str | None]) -> None:
        """A meeting older than ones already tracked (a backfilled call): the later meetings are extracted again
        in date order, so what they closed or slipped is linked to items the older one introduced. PM edits
        survive this as they survive `candor extract`."""
        meetings = self.s.repo.list_meetings(engagement_id)
        added = [m for m in meetings if m.meeting_id in set(new_ids) and m.meeting_id not in before]
        if not added:
            return
        oldest = min((m.date, m.ingested_at) for m in added)
        later = sorted((m for m in meetings if m.meeting_id in before and (m.date, m.ingested_at) > oldest),
                       key=lambda m: (m.date, m.ingested_at))
        for m in later:
            with contextlib.suppress(CandorError):
                self.s.facts.extract(engagement_id, m.meeting_id)

    def reindex(self, engagement_id: str, meeting: Meeting) -> int:
        """(Re)build the transcript chunks of one meeting in the engagement's index."""
        from assistant.engines.store import chunk_transcript

        transcript = self.named_transcript(engagement_id, meeting)
        chunks = chunk_transcript(transcript, meeting, engagement_id)
        self.s.store.delete_where(engagement_id, {"meeting_id": meeting.meeting_id})
        if chunks:
            self.s.store.upsert(engagement_id, chunks)
        return len(chunks)

    def rebuild_index(self, engagement: str) -> int:
        """Drop the engagement's search index and rebuild it from the stored transcripts and facts.

        Needed after switching embedders: vectors of different models are not comparable.
        """
        eng = self.s.repo.get_engagement(engagement)
        with self.s.repo.lock(eng.id):
            self.s.store.drop(eng.id)
            count = sum(self.reindex(eng.id, m) for m in self.s.repo.list_meetings(eng.id))
            self.s.facts.reindex_facts(eng.id)
        return count

    def named_transcript(self, engagement_id: str, meeting: Meeting) -> Transcript:
        """The stored transcript with speaker labels replaced by people's names where known."""
        transcript = self.s.repo.load_transcript(engagement_id, meeting.sha256)
        segments = [
            seg.model_copy(update={"speaker": meeting.speaker_name(seg.speaker)}) for seg in transcript.segments
        ]
        return transcript.model_copy(update={"segments": segments})

    def transcript_view(self, engagement: str, meeting_ref: str) -> dict[str, Any]:
        """The stable JSON shape of `candor transcript show --json`."""
        eng = self.s.repo.get_engagement(engagement)
        meeting = self.s.repo.get_meeting(eng.id, meeting_ref)
        transcript = self.named_transcript(eng.id, meeting)
        return {
            "meeting_id": meeting.meeting_id,
            "title": meeting.title,
            "date": meeting.date.isoformat(),
            "duration_s": round(meeting.duration_s, 2),
            "timed": meeting.timed and transcript.timed,  # False: the times were estimated, never said
            "language": transcript.language,
            "source_file": meeting.source_file,
            "speakers": transcript.speakers,
            "speaker_labels": meeting.speaker_names,
            "voice_matches": [m.model_dump() for m in meeting.voice_matches],
            "segments": [
                {"id": s.id, "start": round(s.start, 2), "end": round(s.end, 2), "speaker": s.speaker, "text": s.text}
                for s in transcript.segments
            ],
        }

    def update_meeting(
        self,
        engagement: str,
        meeting_ref: str,
        *,
        title: str | None = None,
        meeting_date: date | None = None,
        add_attendees: Sequence[str] = (),
        remove_attendees: Sequence[str] = (),
        absent: Sequence[str] = (),
    ) -> Meeting:
        """PM edits of a meeting's metadata: title, date, attendees beyond the speakers, expected-but-absent."""
        from assistant.storage import validate_name

        eng = self.s.repo.get_engagement(engagement)
        with self.s.repo.lock(eng.id):
            meeting = self.s.repo.get_meeting(eng.id, meeting_ref)
            if title is not None:
                meeting.title = validate_name(title, "meeting title")
            if meeting_date is not None:
                meeting.date = meeting_date
            extra = [validate_name(n, "attendee name") for n in add_attendees]
            meeting.extra_attendees = [n for n in dict.fromkeys([*meeting.extra_attendees, *extra])]
            meeting.extra_attendees = [n for n in meeting.extra_attendees if n not in set(remove_attendees)]
            meeting.absent = [n for n in dict.fromkeys([*meeting.absent, *(validate_name(n, "name") for n in absent)])]
            self.s.repo.save_meeting(meeting)
        return meeting

    def delete_meeting(self, engagement: str, meeting_ref: str) -> Meeting:
        eng = self.s.repo.get_engagement(engagement)
        meeting = self.s.repo.get_meeting(eng.id, meeting_ref)
        with self.s.repo.lock(eng.id):
            self.s.store.delete_where(eng.id, {"meeting_id": meeting.meeting_id})
            self.s.facts.forget_meeting(eng.id, meeting.meeting_id)
            self.s.repo.delete_meeting(eng.id, meeting.meeting_id)
        return meeting

    # ------------------------------------------------------------------ one file

    def _ingest_one(
        self,
        engagement_id: str,
        path: Path,
        title: str | None,
        meeting_date: date | None,
        num_speakers: int | None,
        force: bool,
        do_extract: bool,
        on_progress: FileProgress,
    ) -> IngestResult:
        name = path.name
        ext = path.suffix.lower()
        if path.is_dir():
            raise InputError(name, "is a directory; give the recordings or transcripts inside it")
        if ext not in AUDIO_EXTENSIONS | TRANSCRIPT_EXTENSIONS:
            supported = ", ".join(sorted(AUDIO_EXTENSIONS | TRANSCRIPT_EXTENSIONS))
            raise InputError(name, f"unsupported file type '{ext or '(none)'}'; supported: {supported}")
        if not path.exists():
            raise InputError(name, "file not found")
        if not path.is_file():
            raise InputError(name, "not a regular file")
        if path.stat().st_size == 0:
            raise InputError(name, "file is empty (0 bytes)")

        sha = sha256_file(path)
        is_audio = ext in AUDIO_EXTENSIONS
        engine = self._engine_identity(num_speakers) if is_audio else "import"
        existing = self.s.repo.find_meeting_by_sha(engagement_id, sha)
        if existing is not None and not force:
            if do_extract and not self._has_facts(engagement_id, existing.meeting_id):
                # An ingest stopped before extraction (or run with --no-extract): extract now, not "unchanged".
                on_progress(name, "extract", 0.0)
                summary = self.s.facts.extract(engagement_id, existing.meeting_id)[0]
                on_progress(name, "extract", 1.0)
                return IngestResult(
                    file=str(path), status="ingested", meeting_id=existing.meeting_id, title=existing.title,
                    facts=summary.facts, dropped_unverified=summary.dropped_unverified,
                    note="already ingested; its facts had not been extracted, now they are",
                )
            note = "already ingested; nothing changed"
            with contextlib.suppress(CandorError):
                stored = self.s.repo.load_transcript(engagement_id, sha)
                if is_audio and stored.engine != engine:
                    note += f" (transcribed with '{stored.engine}'; use --force to re-transcribe with '{engine}')"
            return IngestResult(
                file=str(path), status="unchanged", meeting_id=existing.meeting_id, title=existing.title, note=note
            )

        timings: dict[str, float] = {}
        warnings: list[str] = []
        transcript = (
            self._audio_transcript(path, sha, engine, num_speakers, force, on_progress, timings, warnings)
            if is_audio
            else self._import_transcript(path, sha, on_progress, timings)
        )
        if not transcript.segments:
            raise InputError(name, "no speech found" if is_audio else "no transcript lines found")

        if meeting_date is not None:
            warnings.extend(_date_disagreements(path, transcript, meeting_date))
        else:
            if existing is not None:
                meeting_date = existing.date
            else:
                # A recording's container rarely carries its date, its export name often does (Zoom's GMT...,
                # '2026-03-03 status call.m4a'); the name is read here, not cached with the sha-keyed transcript.
                stamp = transcript.recorded_at or (date_from_file_name(path.stem) if is_audio else None)
                meeting_date = stamp.date() if stamp else date.today()
        if not is_audio and existing is None and not force:
            twin = self._same_transcript(engagement_id, transcript, meeting_date)
            if twin is not None:
                # The same export saved again (other line endings, encoding or name): one meeting, not two.
                return IngestResult(
                    file=str(path), status="unchanged", meeting_id=twin.meeting_id, title=twin.title,
                    note=f"same transcript as meeting {twin.meeting_id} ({twin.source_file}); nothing changed",
                )
        if existing is None and not force:
            copy = self._near_copy(engagement_id, transcript)
            if copy is not None:
                # A second meeting from the same call would double its attendance, items and "done" reports.
                other, score = copy
                raise InputError(
                    name,
                    f"its transcript is {score:.0%} the same as meeting {other.meeting_id} ('{other.title}', "
                    f"{other.date}, from {other.source_file}): the same meeting ingested twice? Nothing was "
                    "added; use --force to ingest it as a separate meeting anyway",
                )
        meeting_id = existing.meeting_id if existing else f"{meeting_date:%Y%m%d}-{sha[:8]}"
        # An import names its speakers; 'Priya S.' is the known 'Priya Shah' when that is the only such person.
        known = {} if is_audio else self.s.people.match_speakers(engagement_id, transcript.speakers)
        speaker_names = {} if is_audio else {s: known.get(s, s) for s in transcript.speakers}
        matches = self._voice_matches(engagement_id, transcript) if is_audio else []
        for m in matches:
            speaker_names[m.label] = m.person
        if existing is not None:  # a forced re-ingest keeps the PM's names, title and date
            speaker_names.update({k: v for k, v in existing.speaker_names.items() if k in transcript.speakers})
        meeting = Meeting(
            meeting_id=meeting_id,
            engagement_id=engagement_id,
            title=title or (existing.title if existing else title_from_filename(path)),
            date=meeting_date,
            source_file=name,
            sha256=sha,
            source_kind="audio" if is_audio else "import",
            duration_s=transcript.duration_s,
            speaker_names=speaker_names,
            voice_matches=matches,
            extra_attendees=existing.extra_attendees if existing else [],
            absent=existing.absent if existing else [],
            ingested_at=datetime.now(UTC),
            timed=transcript.timed,
        )

        with self.s.repo.lock(engagement_id):
            try:
                if is_audio:
                    meeting.audio_file = self.s.repo.store_audio(engagement_id, path, sha)
                self.s.repo.save_transcript(engagement_id, transcript)
                on_progress(name, "index", 0.0)
                t_index = time.perf_counter()
                self.reindex(engagement_id, meeting)
                timings["index"] = time.perf_counter() - t_index
                on_progress(name, "index", 1.0)
                self.s.repo.save_meeting(meeting)  # commit point: the meeting exists from here on
            except BaseException:
                self._rollback(engagement_id, meeting, existing)
                raise
        people_notes = [] if is_audio else self.s.people.ensure(engagement_id, transcript.speakers)

        result = IngestResult(
            file=str(path),
            status="ingested",
            meeting_id=meeting_id,
            title=meeting.title,
            speakers=[meeting.speaker_name(s) for s in transcript.speakers],
            voice_matches=matches,
            timings=timings,
            note="; ".join(people_notes) or None,
            warnings=warnings,
        )
        if do_extract:
            on_progress(name, "extract", 0.0)
            t_extract = time.perf_counter()
            try:
                summary = self.s.facts.extract(engagement_id, meeting_id)[0]
                result.facts = summary.facts
                result.dropped_unverified = summary.dropped_unverified
            except CandorError as exc:
                result.note = f"ingested, but extraction failed: {exc}"
                result.extract_error = str(exc)
            timings["extract"] = time.perf_counter() - t_extract
            on_progress(name, "extract", 1.0)
        return result

    def _same_transcript(self, engagement_id: str, transcript: Transcript, day: date) -> Meeting | None:
        """An imported meeting of the same day whose turns (speaker and words) are this transcript's."""
        def key(t: Transcript) -> list[tuple[str, str]]:
            return [(seg.speaker, " ".join(seg.text.split())) for seg in t.segments]

        mine = key(transcript)
        for meeting in self.s.repo.list_meetings(engagement_id):
            if meeting.source_kind != "import" or meeting.date != day:
                continue
            with contextlib.suppress(CandorError):
                if key(self.s.repo.load_transcript(engagement_id, meeting.sha256)) == mine:
                    return meeting
        return None

    def _near_copy(self, engagement_id: str, transcript: Transcript) -> tuple[Meeting, float] | None:
        """The meeting of the engagement whose transcript is (nearly) this one, with the score: the same call
        saved under another name or container, transcribed again, or its exported transcript."""
        threshold = self.s.settings.ingest.duplicate_similarity
        mine = _word_pairs(transcript)
        best: tuple[Meeting, float] | None = None
        for meeting in self.s.repo.list_meetings(engagement_id):
            short, long = sorted((meeting.duration_s, transcript.duration_s))
            if short > 0 and short < 0.7 * long:
                continue  # a copy lasts as long (a .txt without times has no duration: compared anyway)
            try:
                theirs = _word_pairs(self.s.repo.load_transcript(engagement_id, meeting.sha256))
            except CandorError:
                continue
            score = _overlap(mine, theirs)
            if score >= threshold and (best is None or score > best[1]):
                best = (meeting, score)
        return best

    def _has_facts(self, engagement_id: str, meeting_id: str) -> bool:
        """Extraction ran for the meeting: every meeting with speech has at least its attendance."""
        return any(f.meeting_id == meeting_id for f in self.s.repo.load_facts(engagement_id))

    def _rollback(self, engagement_id: str, meeting: Meeting, existing: Meeting | None) -> None:
        if existing is not None:
            return  # the earlier meeting and its files stay as they were
        with contextlib.suppress(Exception):
            self.s.store.delete_where(engagement_id, {"meeting_id": meeting.meeting_id})
        base = self.s.repo.engagement_dir(engagement_id)
        (base / "transcripts" / f"{meeting.sha256}.json").unlink(missing_ok=True)
        if meeting.audio_file:
            (base / meeting.audio_file).unlink(missing_ok=True)

    def _engine_identity(self, num_speakers: int | None) -> str:
        n = num_speakers or self.s.settings.diarization.num_speakers
        return f"{self.s.transcriber.identity}|{self.s.diarizer.identity}|speakers={n or 'auto'}"

    def _audio_transcript(
        self,
        path: Path,
        sha: str,
        engine: str,
        num_speakers: int | None,
        force: bool,
        on_progress: FileProgress,
        timings: dict[str, float],
        warnings: list[str],
    ) -> Transcript:
        import time

        from ingest.audio import decode_audio

        name = path.name
        cached = None if force else self.s.repo.load_cached_transcript(sha, engine)
        t0 = time.perf_counter()
        on_progress(name, "decode", 0.0)
        decoded = decode_audio(path)  # also validates a cached file is still decodable audio
        on_progress(name, "decode", 1.0)
        timings["decode"] = time.perf_counter() - t0
        shortest = self.s.settings.ingest.min_recording_s
        if decoded.duration_s < shortest and not force:
            # A 1-second "Thank you." became a meeting everyone "attended"; no status call is this short.
            raise InputError(
                name,
                f"is {decoded.duration_s:.1f} s long, too short to be a meeting (the minimum is {shortest:g} s); "
                "use --force to ingest it anyway",
            )
        if cached is not None:
            for stage in ("transcribe", "diarize"):
                on_progress(name, stage, 1.0)
            return cached

        t0 = time.perf_counter()
        raw = self.s.transcriber.transcribe(
            decoded.samples, progress=lambda st, f: on_progress(name, "transcribe", f)
        )
        timings["transcribe"] = time.perf_counter() - t0
        on_progress(name, "transcribe", 1.0)
        segments: list[Segment] = [s for s in raw.segments if s.text.strip()]
        embeddings: dict[str, list[float]] = {}
        if segments:
            t0 = time.perf_counter()
            n = num_speakers or self.s.settings.diarization.num_speakers
            dia = self.s.diarizer.diarize(
                decoded.samples,
                segments,
                num_speakers=n,
                progress=lambda st, f: on_progress(name, "diarize", f),
            )
            segments, embeddings = dia.segments, dia.embeddings
            warnings.extend(getattr(dia, "warnings", ()))
            timings["diarize"] = time.perf_counter() - t0
        on_progress(name, "diarize", 1.0)
        transcript = Transcript(
            sha256=sha,
            source_name=name,
            source_kind="audio",
            language=raw.language,
            duration_s=decoded.duration_s,
            segments=segments,
            engine=engine,
            speaker_embeddings=embeddings,
            recorded_at=decoded.recorded_at,
        )
        if segments:
            self.s.repo.save_cached_transcript(transcript)
        return transcript

    def _import_transcript(
        self, path: Path, sha: str, on_progress: FileProgress, timings: dict[str, float]
    ) -> Transcript:
        import time

        from ingest.formats import parse_transcript

        t0 = time.perf_counter()
        on_progress(path.name, "parse", 0.0)
        parsed = parse_transcript(path)
        on_progress(path.name, "parse", 1.0)
        timings["parse"] = time.perf_counter() - t0
        segments = [s.model_copy(update={"id": i}) for i, s in enumerate(parsed.segments)]
        return Transcript(
            sha256=sha,
            source_name=path.name,
            source_kind="import",
            duration_s=max((s.end for s in segments), default=0.0),
            segments=segments,
            engine="import",
            recorded_at=parsed.recorded_at,
            timed=parsed.timed,
        )

    def _voice_matches(self, engagement_id: str, transcript: Transcript) -> list[VoiceMatch]:
        if not transcript.speaker_embeddings:
            return []
        from assistant.engines.diarizer import match_voices

        profiles = {p.name: p.voice_profile for p in self.s.repo.load_people(engagement_id) if p.voice_profile}
        if not profiles:
            return []
        found = match_voices(
            transcript.speaker_embeddings, profiles, self.s.settings.diarization.voice_match_threshold
        )
        return [VoiceMatch(label=label, person=person, score=round(float(score), 3)) for label, person, score in found]


def _date_disagreements(path: Path, transcript: Transcript, given: date) -> list[str]:
    """Warnings when the date the PM gave differs from one the file carries (its name or its metadata)."""
    found: dict[date, list[str]] = {}
    stamp = date_from_file_name(path.stem)
    if stamp is not None:
        found.setdefault(stamp.date(), []).append("the file name")
    if transcript.recorded_at is not None and (stamp is None or transcript.recorded_at.date() != stamp.date()):
        # An import without a date header carries its name's date here: counted once, as the name's.
        found.setdefault(transcript.recorded_at.date(), []).append("the file's own metadata")
    return [
        f"the date given, {given}, differs from {day} in {' and '.join(where)}; the meeting is dated {given} "
        f"(if {day} is right, change it with `candor meetings edit ... --date {day}`)"
        for day, where in found.items()
        if day != given
    ]


def _word_pairs(transcript: Transcript) -> Counter[tuple[str, str]]:
    """The transcript's consecutive word pairs, lower-cased without punctuation (speakers and times ignored)."""
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", " ".join(s.text for s in transcript.segments).lower())
    return Counter(pairwise(words)) if len(words) > 1 else Counter((w, "") for w in words)


def _overlap(a: Counter[tuple[str, str]], b: Counter[tuple[str, str]]) -> float:
    """Share of word pairs two transcripts have in common, of the longer one (1.0: the same words)."""
    longer = max(sum(a.values()), sum(b.values()))
    return sum((a & b).values()) / longer if longer else 0.0


def oldest_first(paths: Sequence[Path]) -> list[Path]:
    """Files ordered by the date their names carry; undated ones after, in the given order."""
    return [paths[k] for k in sorted(range(len(paths)), key=lambda k: (_name_date(paths[k]), k))]


def _name_date(path: Path) -> date:
    """The date a file name carries ("2026-03-10 status.srt"), or the far future (keeps the given order)."""
    from ingest.formats import date_from_file_name

    stamp = date_from_file_name(path.stem)
    return stamp.date() if stamp is not None else date.max
