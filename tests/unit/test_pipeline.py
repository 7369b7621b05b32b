"""The ingest pipeline: idempotent by sha256, per-file errors, speaker naming and voice reuse."""

from __future__ import annotations

import wave
import zlib
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from assistant.container import Services, build_services
from assistant.engines.base import SAMPLE_RATE, Diarization, RawTranscript
from assistant.errors import NotFound
from assistant.models import Segment, Word
from assistant.settings import Settings
from ingest.pipeline import title_from_filename

VTT = """WEBVTT

00:00:01.000 --> 00:00:05.000
<v Priya Sharma>I'll send the firewall rule change to network security by Friday.</v>

00:00:05.500 --> 00:00:09.000
<v Mark Jones>Great. We decided to pilot with the finance team first.</v>

00:00:09.500 --> 00:00:14.000
<v Priya Sharma>The cutover is blocked until network security approves the rule.</v>
"""


def write_wav(path: Path, seconds: float = 12.0, freq: float = 220.0) -> Path:
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    pcm = (0.3 * np.sin(2 * np.pi * freq * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm.tobytes())
    return path


# Words for the small talk that makes each scripted recording's transcript its own (see CountingTranscriber).
SMALL_TALK = [
    "weather", "lunch", "train", "garden", "coffee", "weekend", "football", "holiday", "bicycle", "kitchen",
    "concert", "painting", "river", "museum", "winter", "market", "office", "printer", "parking", "sandwich",
]


class CountingTranscriber:
    """A scripted transcriber that counts how often it is asked to work. Different audio gets the same scripted
    lines plus its own small talk, so two recordings are two meetings, not one ingested twice."""

    identity = "counting-v1"

    def __init__(self, lines: list[tuple[float, float, str]], small_talk: bool = True):
        self.lines = lines
        self.small_talk = small_talk
        self.calls = 0

    def transcribe(self, audio: np.ndarray, *, progress=None) -> RawTranscript:  # type: ignore[no-untyped-def]
        self.calls += 1
        segs = []
        lines = list(self.lines)
        if self.small_talk and lines:
            rng = np.random.default_rng(zlib.crc32(np.asarray(audio, dtype=np.float32).tobytes()))
            end = lines[-1][1]
            lines.append((end, end + 4.0, " ".join(rng.choice(SMALL_TALK, 40))))
        for i, (start, end, text) in enumerate(lines):
            words = text.split()
            step = (end - start) / len(words)
            segs.append(
                Segment(
                    id=i,
                    start=start,
                    end=end,
                    speaker="",
                    text=text,
                    words=[Word(start=start + j * step, end=start + (j + 1) * step, text=w) for j, w in enumerate(words)],
                )
            )
        return RawTranscript(segments=segs, language="en", duration_s=len(audio) / SAMPLE_RATE)


class TwoVoiceDiarizer:
    """Alternates speakers per segment and reports a fixed voice embedding per speaker."""

    identity = "two-voice-v1"

    def __init__(self, voices: dict[str, list[float]]):
        self.voices = voices

    def diarize(self, audio, segments, *, num_speakers=None, progress=None):  # type: ignore[no-untyped-def]
        labels = list(self.voices)
        out = [s.model_copy(update={"speaker": labels[i % len(labels)]}) for i, s in enumerate(segments)]
        return Diarization(segments=out, embeddings=dict(self.voices))


LINES = [
    (0.0, 1.0, "Priya can you send the firewall change"),
    (1.0, 2.0, "Yes I will send it by Friday"),
    (2.0, 2.9, "Thanks that would be great"),
]


@pytest.fixture
def audio_services(settings: Settings) -> tuple[Services, CountingTranscriber]:
    transcriber = CountingTranscriber(LINES)
    voices = {"SPEAKER_1": [1.0, 0.0, 0.0], "SPEAKER_2": [0.0, 1.0, 0.0]}
    return build_services(settings, transcriber=transcriber, diarizer=TwoVoiceDiarizer(voices)), transcriber


def test_an_exported_vtt_becomes_a_speaker_attributed_meeting_with_names_from_the_file(
    services: Services, tmp_path: Path
) -> None:
    services.engagements.create("Acme")
    path = tmp_path / "status-call.vtt"
    path.write_text(VTT)
    [result] = services.ingest.ingest("Acme", [path], meeting_date=date(2026, 3, 3))
    assert result.status == "ingested", result.error
    view = services.ingest.transcript_view("Acme", result.meeting_id or "")
    assert view["date"] == "2026-03-03"
    assert view["speakers"] == ["Priya Sharma", "Mark Jones"]
    assert view["segments"][0]["speaker"] == "Priya Sharma"
    assert view["segments"][0]["start"] == pytest.approx(1.0)
    assert "firewall rule change" in view["segments"][0]["text"]
    assert {p.name for p in services.people.list("Acme")} >= {"Priya Sharma", "Mark Jones"}


def test_ingesting_the_same_file_again_is_a_no_op_that_says_so(services: Services, tmp_path: Path) -> None:
    services.engagements.create("Acme")
    path = tmp_path / "call.vtt"
    path.write_text(VTT)
    first = services.ingest.ingest("Acme", [path])[0]
    facts_before = services.facts.list("Acme")
    chunks_before = services.store.count("acme")
    again = services.ingest.ingest("Acme", [path])[0]
    assert again.status == "unchanged" and again.meeting_id == first.meeting_id
    assert "already ingested" in (again.note or "")
    assert len(services.repo.list_meetings("acme")) == 1
    assert [f.id for f in services.facts.list("Acme")] == [f.id for f in facts_before]
    assert services.store.count("acme") == chunks_before


def test_a_bad_file_gets_a_one_line_error_and_the_rest_of_the_batch_still_ingests(
    services: Services, tmp_path: Path
) -> None:
    services.engagements.create("Acme")
    good = tmp_path / "good.vtt"
    good.write_text(VTT)
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    fake_mp3 = tmp_path / "notes.mp3"
    fake_mp3.write_text("these are my notes, not audio")
    odd = tmp_path / "slides.pptx"
    odd.write_bytes(b"PK")
    good2 = tmp_path / "later.txt"
    good2.write_text("Priya: The firewall change went out yesterday.\nMark: Thanks, Priya.\n")
    results = services.ingest.ingest("Acme", [empty, good, fake_mp3, odd, good2])
    assert [r.status for r in results] == ["error", "ingested", "error", "error", "ingested"]
    for r, name in zip(results, ["empty.wav", "good.vtt", "notes.mp3", "slides.pptx", "later.txt"], strict=True):
        if r.status == "error":
            assert r.error and r.error.startswith(name) and "\n" not in r.error
    assert "empty" in (results[0].error or "")
    assert "unsupported" in (results[3].error or "")
    assert len(services.repo.list_meetings("acme")) == 2


def test_an_unknown_engagement_is_refused_before_any_work(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "call.vtt"
    path.write_text(VTT)
    with pytest.raises(NotFound, match="unknown engagement"):
        services.ingest.ingest("nobody", [path])


def test_a_recording_is_transcribed_once_and_reextraction_never_retranscribes(
    audio_services: tuple[Services, CountingTranscriber], tmp_path: Path
) -> None:
    services, transcriber = audio_services
    services.engagements.create("Acme")
    wav = write_wav(tmp_path / "call.wav")
    [result] = services.ingest.ingest("Acme", [wav])
    assert result.status == "ingested", result.error
    assert transcriber.calls == 1
    services.facts.extract("Acme", result.meeting_id)
    services.ingest.ingest("Acme", [wav])
    assert transcriber.calls == 1
    # Another engagement reuses the cached transcript of the same audio.
    services.engagements.create("Other")
    services.ingest.ingest("Other", [wav])
    assert transcriber.calls == 1
    # --force re-transcribes.
    services.ingest.ingest("Acme", [wav], force=True)
    assert transcriber.calls == 2
    assert len(services.repo.list_meetings("acme")) == 1


def test_a_recording_without_a_date_of_its_own_is_dated_from_its_export_name(
    audio_services: tuple[Services, CountingTranscriber], tmp_path: Path
) -> None:
    services, _ = audio_services
    services.engagements.create("Acme")
    zoom = write_wav(tmp_path / "GMT20260303-150012_Recording.wav", freq=200)
    plain = write_wav(tmp_path / "status call.wav", freq=300)
    given = write_wav(tmp_path / "2026-03-10 steering.wav", freq=400)
    [a] = services.ingest.ingest("Acme", [zoom])
    [b] = services.ingest.ingest("Acme", [plain])
    [c] = services.ingest.ingest("Acme", [given], meeting_date=date(2026, 3, 11))
    dates = {m.meeting_id: m.date for m in services.repo.list_meetings("acme")}
    assert dates[a.meeting_id] == date(2026, 3, 3)
    assert dates[b.meeting_id] == date.today()
    assert dates[c.meeting_id] == date(2026, 3, 11)  # the PM's date wins over the name


def test_named_speakers_are_recognised_by_voice_in_a_later_meeting_with_their_score(
    audio_services: tuple[Services, CountingTranscriber], tmp_path: Path
) -> None:
    services, _ = audio_services
    services.engagements.create("Acme")
    first = services.ingest.ingest("Acme", [write_wav(tmp_path / "week1.wav", freq=200)])[0]
    services.people.name_speakers("Acme", first.meeting_id or "", {"SPEAKER_2": "Priya"})
    view = services.ingest.transcript_view("Acme", first.meeting_id or "")
    assert "Priya" in view["speakers"]
    second = services.ingest.ingest("Acme", [write_wav(tmp_path / "week2.wav", freq=300)])[0]
    assert [(m.label, m.person) for m in second.voice_matches] == [("SPEAKER_2", "Priya")]
    assert second.voice_matches[0].score == pytest.approx(1.0)
    assert "Priya" in services.ingest.transcript_view("Acme", second.meeting_id or "")["speakers"]


def test_naming_a_speaker_that_is_not_in_the_meeting_is_refused(
    audio_services: tuple[Services, CountingTranscriber], tmp_path: Path
) -> None:
    services, _ = audio_services
    services.engagements.create("Acme")
    first = services.ingest.ingest("Acme", [write_wav(tmp_path / "a.wav")])[0]
    with pytest.raises(NotFound, match="SPEAKER_9"):
        services.people.name_speakers("Acme", first.meeting_id or "", {"SPEAKER_9": "Ghost"})


def test_naming_a_speaker_with_a_variant_of_a_known_name_maps_to_that_person_and_records_the_alias(
    audio_services: tuple[Services, CountingTranscriber], tmp_path: Path
) -> None:
    services, _ = audio_services
    services.engagements.create("Acme")
    services.people.set("Acme", "Priya Shah", role="IT lead")
    first = services.ingest.ingest("Acme", [write_wav(tmp_path / "a.wav")])[0]
    warnings: list[str] = []
    meeting = services.people.name_speakers("Acme", first.meeting_id or "", {"SPEAKER_2": "Priya S."}, warnings)
    assert meeting.speaker_names["SPEAKER_2"] == "Priya Shah" and warnings == []
    people = {p.name: p for p in services.people.list("Acme")}
    assert "Priya S." not in people and "Priya S." in people["Priya Shah"].aliases
    assert people["Priya Shah"].role == "IT lead" and people["Priya Shah"].voice_samples == 1


def test_naming_a_speaker_with_an_ambiguous_variant_keeps_the_name_as_given_and_warns(
    audio_services: tuple[Services, CountingTranscriber], tmp_path: Path
) -> None:
    services, _ = audio_services
    services.engagements.create("Acme")
    services.people.set("Acme", "Priya Shah")
    services.people.set("Acme", "Priya Sharma")
    first = services.ingest.ingest("Acme", [write_wav(tmp_path / "a.wav")])[0]
    warnings: list[str] = []
    meeting = services.people.name_speakers("Acme", first.meeting_id or "", {"SPEAKER_2": "Priya S."}, warnings)
    assert meeting.speaker_names["SPEAKER_2"] == "Priya S."
    assert warnings and "'Priya Shah', 'Priya Sharma'" in warnings[0]
    people = {p.name: p for p in services.people.list("Acme")}
    assert "Priya S." not in people["Priya Shah"].aliases + people["Priya Sharma"].aliases


def test_an_imported_speaker_named_by_a_variant_is_the_known_person_not_a_second_one(
    services: Services, tmp_path: Path
) -> None:
    services.engagements.create("Acme")
    services.people.set("Acme", "Priya Sharma", role="sponsor")
    path = tmp_path / "call.vtt"
    path.write_text(VTT.replace("<v Priya Sharma>", "<v Priya S.>"))
    [result] = services.ingest.ingest("Acme", [path])
    assert result.status == "ingested", result.error
    assert services.ingest.transcript_view("Acme", result.meeting_id or "")["speakers"] == ["Priya Sharma", "Mark Jones"]
    people = {p.name: p for p in services.people.list("Acme")}
    assert sorted(people) == ["Mark Jones", "Priya Sharma"]
    assert "Priya S." in people["Priya Sharma"].aliases and people["Priya Sharma"].role == "sponsor"


def test_two_speakers_of_one_import_stay_two_people_even_when_one_name_is_a_variant_of_the_other(
    services: Services, tmp_path: Path
) -> None:
    services.engagements.create("Acme")
    services.people.set("Acme", "Priya Sharma")
    path = tmp_path / "call.vtt"
    path.write_text(VTT.replace("<v Mark Jones>", "<v Priya>"))
    [result] = services.ingest.ingest("Acme", [path])
    assert services.ingest.transcript_view("Acme", result.meeting_id or "")["speakers"] == ["Priya Sharma", "Priya"]
    assert sorted(p.name for p in services.people.list("Acme")) == ["Priya", "Priya Sharma"]


def test_an_imported_speaker_name_that_could_be_two_people_is_added_as_given_with_a_note(
    services: Services, tmp_path: Path
) -> None:
    services.engagements.create("Acme")
    services.people.set("Acme", "Priya Shah")
    services.people.set("Acme", "Priya Sharma")
    path = tmp_path / "call.vtt"
    path.write_text(VTT.replace("<v Priya Sharma>", "<v Priya S.>"))
    [result] = services.ingest.ingest("Acme", [path])
    assert "could be any of 'Priya Shah', 'Priya Sharma'" in (result.note or "")
    assert "Priya S." in services.ingest.transcript_view("Acme", result.meeting_id or "")["speakers"]


def test_a_transcriber_failure_leaves_nothing_behind(settings: Settings, tmp_path: Path) -> None:
    class Broken(CountingTranscriber):
        def transcribe(self, audio, *, progress=None):  # type: ignore[no-untyped-def]
            from assistant.errors import InputError

            raise InputError("x.wav", "decoder exploded")

    services = build_services(settings, transcriber=Broken(LINES), diarizer=TwoVoiceDiarizer({"SPEAKER_1": [1.0]}))
    services.engagements.create("Acme")
    [result] = services.ingest.ingest("Acme", [write_wav(tmp_path / "x.wav")])
    assert result.status == "error"
    assert services.repo.list_meetings("acme") == []
    assert not list((services.repo.engagement_dir("acme")).glob("transcripts/*.json"))
    assert services.store.count("acme") == 0


def test_silence_is_reported_as_no_speech_not_invented_text(settings: Settings, tmp_path: Path) -> None:
    services = build_services(
        settings, transcriber=CountingTranscriber([]), diarizer=TwoVoiceDiarizer({"SPEAKER_1": [1.0]})
    )
    services.engagements.create("Acme")
    [result] = services.ingest.ingest("Acme", [write_wav(tmp_path / "quiet.wav")])
    assert result.status == "error" and "no speech" in (result.error or "")


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("GMT20260302-090000_Recording.m4a", "Meeting"),
        ("GMT20260302-090000_Recording_640x360.mp4", "Meeting"),
        ("Weekly status-20240312_100232-Meeting Recording.mp4", "Weekly status"),
        ("2026-03-10 steering.wav", "Steering"),
        ("firewall_sync_2024-03-19.txt", "Firewall sync"),
        ("weekly-status-call.m4a", "Weekly status call"),
        ("Q3 review 2026-03-10 14.30.m4a", "Q3 review"),
    ],
)
def test_a_meeting_title_from_an_export_name_drops_the_date_stamps_and_recording_words(name: str, title: str) -> None:
    assert title_from_filename(Path(name)) == title


# --------------------------------------------------------------------------- ids across re-extraction


def test_naming_a_speaker_keeps_the_ids_of_the_meetings_facts_while_their_owner_becomes_the_name(
    audio_services: tuple[Services, CountingTranscriber], tmp_path: Path
) -> None:
    services, _ = audio_services
    services.engagements.create("Acme")
    [result] = services.ingest.ingest("Acme", [write_wav(tmp_path / "call.wav")])
    before = {f.id: f for f in services.facts.list("Acme")}
    [item] = [f for f in before.values() if f.kind == "action_item" and f.owner == "SPEAKER_2"]
    services.people.name_speakers("Acme", result.meeting_id or "", {"SPEAKER_2": "Ken"})
    after = {f.id: f for f in services.facts.list("Acme")}
    assert set(after) == set(before)  # none lost, none added twice
    assert after[item.id].owner == "Ken"
    edited = services.facts.edit("Acme", item.id, due=date(2026, 3, 20))  # the id copied before naming works
    assert edited.id == item.id and edited.owner == "Ken"


def test_a_fact_deleted_before_its_speaker_was_named_stays_deleted(
    audio_services: tuple[Services, CountingTranscriber], tmp_path: Path
) -> None:
    services, _ = audio_services
    services.engagements.create("Acme")
    [result] = services.ingest.ingest("Acme", [write_wav(tmp_path / "call.wav")])
    [item] = [f for f in services.facts.list("Acme", kind="action_item") if f.owner == "SPEAKER_2"]
    services.facts.delete("Acme", item.id)
    services.people.name_speakers("Acme", result.meeting_id or "", {"SPEAKER_2": "Ken"})
    assert [f.text for f in services.facts.list("Acme", kind="action_item") if f.owner == "Ken"] == []


# --------------------------------------------------------------------------- guards: short clips, copies, dates


def test_a_clip_too_short_to_be_a_meeting_is_refused_unless_forced(
    audio_services: tuple[Services, CountingTranscriber], tmp_path: Path
) -> None:
    services, transcriber = audio_services
    services.engagements.create("Acme")
    clip = write_wav(tmp_path / "oneSec.wav", seconds=1.0)
    [result] = services.ingest.ingest("Acme", [clip])
    assert result.status == "error"
    assert result.error == (
        "oneSec.wav: is 1.0 s long, too short to be a meeting (the minimum is 10 s); use --force to ingest it anyway"
    )
    assert services.repo.list_meetings("acme") == [] and transcriber.calls == 0
    [forced] = services.ingest.ingest("Acme", [clip], force=True)
    assert forced.status == "ingested", forced.error


def test_the_shortest_meeting_is_a_setting(tmp_path: Path) -> None:
    settings = Settings(profile="test", data_dir=tmp_path / "d", ingest={"min_recording_s": 0.5})  # type: ignore[arg-type]
    services = build_services(
        settings, transcriber=CountingTranscriber(LINES), diarizer=TwoVoiceDiarizer({"SPEAKER_1": [1.0]})
    )
    services.engagements.create("Acme")
    [result] = services.ingest.ingest("Acme", [write_wav(tmp_path / "short.wav", seconds=1.0)])
    assert result.status == "ingested", result.error


def test_the_same_recording_under_another_name_is_refused_naming_the_meeting_it_copies(
    settings: Settings, tmp_path: Path
) -> None:
    # Different bytes (another container), the same words: the transcriber gives both the same lines.
    services = build_services(
        settings, transcriber=CountingTranscriber(LINES, small_talk=False),
        diarizer=TwoVoiceDiarizer({"SPEAKER_1": [1.0, 0.0], "SPEAKER_2": [0.0, 1.0]}),
    )
    services.engagements.create("Acme")
    [first] = services.ingest.ingest("Acme", [write_wav(tmp_path / "call3.wav", freq=220)])
    copy = write_wav(tmp_path / "call3_copy_renamed.wav", freq=221)
    [second] = services.ingest.ingest("Acme", [copy])
    assert second.status == "error"
    assert f"the same as meeting {first.meeting_id}" in (second.error or "")
    assert "from call3.wav" in (second.error or "")
    assert "--force" in (second.error or "")
    assert [m.meeting_id for m in services.repo.list_meetings("acme")] == [first.meeting_id]
    facts = len(services.facts.list("Acme"))
    [forced] = services.ingest.ingest("Acme", [copy], force=True)
    assert forced.status == "ingested" and len(services.repo.list_meetings("acme")) == 2
    assert len(services.facts.list("Acme")) > facts


def test_an_imported_transcript_with_the_same_words_under_another_name_and_date_is_refused(
    services: Services, tmp_path: Path
) -> None:
    services.engagements.create("Acme")
    original = tmp_path / "weekly-2026-11-24.vtt"
    original.write_text(VTT)
    [first] = services.ingest.ingest("Acme", [original])
    # Saved again as plain text with another date in its name: no longer the same day's twin.
    copy = tmp_path / "weekly copy 2026-11-25.txt"
    copy.write_text("Priya Sharma: I'll send the firewall rule change to network security by Friday.\n"
                    "Mark Jones: Great. We decided to pilot with the finance team first.\n"
                    "Priya Sharma: The cutover is blocked until network security approves the rule.\n")
    [second] = services.ingest.ingest("Acme", [copy])
    assert second.status == "error" and f"meeting {first.meeting_id}" in (second.error or "")
    assert len(services.repo.list_meetings("acme")) == 1


def test_a_different_meeting_of_the_same_project_is_not_taken_for_a_copy(
    services: Services, tmp_path: Path
) -> None:
    services.engagements.create("Acme")
    week1 = tmp_path / "weekly-2026-11-24.vtt"
    week1.write_text(VTT)
    week2 = tmp_path / "weekly-2026-12-01.vtt"
    week2.write_text(
        VTT.replace("I'll send the firewall rule change to network security by Friday.",
                    "The firewall rule change went to network security on Tuesday and is approved.")
        .replace("Great. We decided to pilot with the finance team first.",
                 "Good. The finance pilot starts Monday with twelve users in accounts payable.")
    )
    results = services.ingest.ingest("Acme", [week1, week2])
    assert [r.status for r in results] == ["ingested", "ingested"], [r.error for r in results]


def test_a_date_given_that_differs_from_the_file_names_is_used_with_a_warning(
    services: Services, tmp_path: Path
) -> None:
    services.engagements.create("Acme")
    path = tmp_path / "contoso_weekly_2026-11-17.vtt"
    path.write_text(VTT)
    [result] = services.ingest.ingest("Acme", [path], meeting_date=date(2025, 11, 17))
    assert result.status == "ingested" and (result.meeting_id or "").startswith("20251117-")
    assert result.warnings == [
        "the date given, 2025-11-17, differs from 2026-11-17 in the file name; the meeting is dated 2025-11-17 "
        "(if 2026-11-17 is right, change it with `candor meetings edit ... --date 2026-11-17`)"
    ]
    assert result.to_json()["warnings"] == result.warnings


def test_a_date_given_that_agrees_with_the_file_name_gives_no_warning(services: Services, tmp_path: Path) -> None:
    services.engagements.create("Acme")
    path = tmp_path / "contoso_weekly_2026-11-17.vtt"
    path.write_text(VTT)
    [result] = services.ingest.ingest("Acme", [path], meeting_date=date(2026, 11, 17))
    assert result.status == "ingested" and result.warnings == []


def test_a_diarizer_warning_reaches_the_ingest_result(settings: Settings, tmp_path: Path) -> None:
    class Doubtful(TwoVoiceDiarizer):
        def diarize(self, audio, segments, *, num_speakers=None, progress=None):  # type: ignore[no-untyped-def]
            dia = super().diarize(audio, segments, num_speakers=num_speakers)
            dia.warnings.append(f"the speaker count was fixed at {num_speakers}, but the voices sound like 4")
            return dia

    services = build_services(
        settings, transcriber=CountingTranscriber(LINES), diarizer=Doubtful({"SPEAKER_1": [1.0], "SPEAKER_2": [0.5]})
    )
    services.engagements.create("Acme")
    [result] = services.ingest.ingest("Acme", [write_wav(tmp_path / "call.wav")], num_speakers=2)
    assert result.warnings == ["the speaker count was fixed at 2, but the voices sound like 4"]


def test_a_speaker_first_named_by_first_name_only_and_later_in_full_is_one_person_with_the_full_name(
    services: Services, tmp_path: Path
) -> None:
    services.engagements.create("Acme")
    first = tmp_path / "call-1.vtt"
    first.write_text(VTT.replace("<v Priya Sharma>", "<v Priya>"))
    second = tmp_path / "call-2.vtt"
    second.write_text("""WEBVTT

00:00:01.000 --> 00:00:05.000
<v Priya Sharma>The migration rehearsal is booked for the twelfth, I'll send the runbook on Monday.</v>

00:00:05.500 --> 00:00:09.000
<v Mark Jones>Thanks. The training rooms are sorted as well, all three of them.</v>
""")
    results = services.ingest.ingest("Acme", [first, second])
    assert all(r.status == "ingested" for r in results), [r.error for r in results]
    people = {p.name: p for p in services.people.list("Acme")}
    assert sorted(people) == ["Mark Jones", "Priya Sharma"]
    assert "Priya" in people["Priya Sharma"].aliases
