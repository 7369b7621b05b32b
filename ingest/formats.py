"""Import exported meeting transcripts: WebVTT (Zoom, Teams), SRT, plain text and Teams .docx.

Every parser returns speaker turns with the speaker name as written in the file. Bad input raises
``InputError(file_name, reason)`` with one clear line.
"""

from __future__ import annotations

import html
import itertools
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from assistant.errors import InputError
from assistant.models import Segment

TRANSCRIPT_EXTENSIONS = {".vtt", ".srt", ".txt", ".docx"}

WORDS_PER_SECOND = 2.5  # speaking rate used to synthesise times for untimed text
MERGE_GAP_S = 1.5  # consecutive cues of one speaker closer than this become one turn
MAX_TURN_S = 120.0  # ...unless the turn would grow longer than this (keeps evidence quotes local)
_MAX_NAME_CHARS = 60
_MAX_NAME_WORDS = 6
_NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "el", "y", "dos"}  # fmt: skip


@dataclass
class ParsedTranscript:
    """Turns read from an exported transcript file."""

    segments: list[Segment]
    recorded_at: datetime | None = None
    title: str | None = None
    timed: bool = True  # False when start/end were synthesised from word counts (plain text without times)
    format: str = ""  # "vtt", "srt", "txt" or "docx"


@dataclass
class _Turn:
    speaker: str
    text: str
    start: float | None = None
    end: float | None = None
    parts: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- entry point


def parse_transcript(path: Path, *, merge_gap_s: float = MERGE_GAP_S) -> ParsedTranscript:
    """Parse one transcript file; the format comes from the extension (text files are sniffed too)."""
    path = Path(path)
    name = path.name
    ext = path.suffix.lower()
    if ext not in TRANSCRIPT_EXTENSIONS:
        allowed = ", ".join(sorted(TRANSCRIPT_EXTENSIONS))
        raise InputError(name, f"unsupported transcript format '{ext or path.name}' (expected {allowed})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise InputError(name, "file is empty")
    if ext == ".docx":
        parsed = _parse_docx(name, data, merge_gap_s)
    else:
        text = _decode(name, data)
        if not text.strip():
            raise InputError(name, "file is empty")
        if ext == ".vtt":
            parsed = _parse_vtt(name, text, merge_gap_s)
        elif ext == ".srt":
            parsed = _parse_srt(name, text, merge_gap_s)
        elif text.lstrip().startswith("WEBVTT"):  # a VTT saved as .txt
            parsed = _parse_vtt(name, text, merge_gap_s)
        elif _looks_like_srt(text):
            parsed = _parse_srt(name, text, merge_gap_s)
        else:
            lines = [line.strip() for line in text.split("\n") if line.strip()]
            if _prefers_stamp_layout(lines):  # Otter-style "Name  0:03" headings in a .txt
                parsed = _parse_stamp_layout(name, lines, "the text file")
            else:
                parsed = _parse_text_lines(name, lines, "txt")
            parsed.format = "txt"
    if parsed.recorded_at is None:
        parsed.recorded_at = date_from_file_name(path.stem)
    return parsed


# --------------------------------------------------------------------------- decoding and small helpers


def _decode(name: str, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; reject binary."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(name, "not a text file (invalid UTF-16)") from exc
    else:
        if b"\x00" in data:
            raise InputError(name, "not a text file (binary data)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    control = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    if control > max(2, len(text) // 100):
        raise InputError(name, "not a text file (binary data)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_TAG = re.compile(r"<[^>]*>")
_ASS_TAG = re.compile(r"\{\\[^}]*\}")


def _clean(text: str) -> str:
    """Strip HTML-ish and subtitle styling tags, unescape entities, collapse whitespace."""
    text = _ASS_TAG.sub("", _TAG.sub("", text))
    text = html.unescape(text).replace("\u00a0", " ").replace("\u200b", "")
    return " ".join(text.split())


# (h:)m:s(.fff) — WebVTT, SRT (comma) and the loose "0:0:5.1" of old Teams exports
_TS = r"(?:\d+:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?"
_TS_FULL = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$")
_ARROW = re.compile(r"^\s*(\S+)\s*-->\s*(\S+)(?:\s+.*)?$")


def _seconds(ts: str) -> float | None:
    m = _TS_FULL.match(ts.strip())
    if not m:
        return None
    hours, minutes, secs, frac = m.groups()
    if int(secs) >= 60 or (hours is not None and int(minutes) >= 60):
        return None
    value = int(hours or 0) * 3600 + int(minutes) * 60 + int(secs)
    return value + (float(f"0.{frac}") if frac else 0.0)


def _timing(name: str, line: str, where: str) -> tuple[float, float]:
    m = _ARROW.match(line)
    if not m:
        raise InputError(name, f"broken timestamp line '{line.strip()[:60]}' at {where}")
    start, end = _seconds(m.group(1)), _seconds(m.group(2))
    if start is None or end is None:
        raise InputError(name, f"broken timestamp '{line.strip()[:60]}' at {where}")
    if end < start:
        raise InputError(name, f"cue ends before it starts ('{line.strip()[:60]}') at {where}")
    return start, end


# A Zoom or Teams participant shown by their device: "Graham's iPhone", "Dev Patel's MacBook Pro", "Sue's Galaxy S21"
_DEVICE_LABEL = re.compile(
    r"^(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['\u2019]s\s+(?:iPhone|iPad|Android|Galaxy|Pixel|MacBook|Mac|"
    r"Surface|ThinkPad|laptop|phone|mobile|tablet|PC|computer)(?:\s+[\w-]+){0,2}$",
    re.IGNORECASE,
)


def _speaker_label(name: str) -> str:
    """The person a speaker label names: "Graham's iPhone" (a participant shown by their device) is Graham."""
    device = _DEVICE_LABEL.match(name.strip())
    return device.group("who") if device else name


def _is_name(candidate: str) -> bool:
    """Whether text in front of a colon (or a timestamp) reads as a person's name, not prose."""
    cand = candidate.strip()
    if _DEVICE_LABEL.match(cand):
        return True
    if not cand or len(cand) > _MAX_NAME_CHARS or "://" in cand:
        return False
    first = cand[0]
    if not (first.isalpha() and not first.islower()):
        return False
    words = cand.split()
    if len(words) > _MAX_NAME_WORDS:
        return False
    for word in words[1:]:
        w = word.strip("()[]")
        if not w:
            continue
        if w[0].isdigit() or "@" in w or w.lower() in _NAME_PARTICLES or not w[0].islower():
            continue
        return False
    return not any(ch in cand for ch in '?!;"<>{}=')


_SPEAKER_PREFIX = re.compile(r"^\s*([^:\n]{1,60}?)\s*:\s+(.*)$", re.DOTALL)
_SPEAKER_PREFIX_EMPTY = re.compile(r"^\s*([^:\n]{1,60}?)\s*:\s*$")


def _split_speaker(text: str) -> tuple[str | None, str]:
    """'Priya Sharma: hello' -> ('Priya Sharma', 'hello'); no name prefix -> (None, text)."""
    m = _SPEAKER_PREFIX.match(text)
    if m and _is_name(m.group(1)):
        return m.group(1).strip(), m.group(2)
    return None, text


def _words(text: str) -> int:
    return len(text.split())


def _build(turns: Iterable[_Turn], merge_gap_s: float) -> list[Segment]:
    """Drop empty turns, merge close consecutive turns of one speaker, number the rest 0..n-1."""
    merged: list[_Turn] = []
    for turn in turns:
        text = _clean(turn.text)
        if not text:
            continue
        speaker = _speaker_label(turn.speaker)  # (the label as the export wrote it names the person)
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.speaker == speaker
            and turn.start is not None
            and prev.end is not None
            and prev.start is not None
            and turn.start - prev.end <= merge_gap_s
            and (turn.end or turn.start) - prev.start <= MAX_TURN_S
        ):
            prev.text = f"{prev.text} {text}"
            prev.end = max(prev.end, turn.end if turn.end is not None else turn.start)
            continue
        merged.append(_Turn(speaker=speaker, text=text, start=turn.start, end=turn.end))
    return [
        Segment(
            id=i, start=round(t.start or 0.0, 3), end=round(t.end or 0.0, 3), speaker=t.speaker, text=t.text
        )
        for i, t in enumerate(merged)
    ]


# --------------------------------------------------------------------------- WebVTT


_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]*)>", re.IGNORECASE)


def _vtt_payload(payload: str) -> list[tuple[str | None, str]]:
    """Cue text -> [(speaker or None, text)], splitting on <v Name> voice spans."""
    spans = list(_VOICE.finditer(payload))
    if not spans:
        speaker, text = _split_speaker(_clean(payload))
        return [(speaker, text)]
    out: list[tuple[str | None, str]] = []
    head = payload[: spans[0].start()]
    if _clean(head):
        out.append((None, head))
    for i, m in enumerate(spans):
        stop = spans[i + 1].start() if i + 1 < len(spans) else len(payload)
        out.append((_clean(m.group(1)) or None, payload[m.end() : stop]))
    return out


def _blocks(lines: list[str], i: int) -> Iterable[tuple[int, list[str]]]:
    """Blank-line separated blocks (cues) from line ``i`` on, each with the index of its first line."""
    while i < len(lines):
        while i < len(lines) and not lines[i].strip():
            i += 1
        if i >= len(lines):
            return
        start = i
        while i < len(lines) and lines[i].strip():
            i += 1
        yield start, lines[start:i]


def _parse_vtt(name: str, text: str, merge_gap_s: float) -> ParsedTranscript:
    lines = text.split("\n")
    first = lines[0].lstrip("\ufeff") if lines else ""
    if not first.startswith("WEBVTT") or (len(first) > 6 and first[6] not in " \t"):
        raise InputError(name, "not a WebVTT file (first line must be 'WEBVTT')")
    turns: list[_Turn] = []
    i = 1
    # header lines after WEBVTT run until the first blank line
    while i < len(lines) and lines[i].strip():
        i += 1
    for block_start, block in _blocks(lines, i):
        head = block[0].strip()
        if head.startswith(("NOTE", "STYLE", "REGION")) and "-->" not in head:
            continue
        timing_idx = next((j for j, line in enumerate(block[:2]) if "-->" in line), None)
        if timing_idx is None:
            raise InputError(name, f"cue without a 'start --> end' line at line {block_start + 1}")
        start, end = _timing(name, block[timing_idx], f"line {block_start + timing_idx + 1}")
        payload = "\n".join(block[timing_idx + 1 :])
        for speaker, part in _vtt_payload(payload):
            turns.append(_Turn(speaker=speaker or "Unknown", text=part, start=start, end=end))
    segments = _build(turns, merge_gap_s)
    if not segments:
        raise InputError(name, "no cues with text found in the WebVTT file")
    return ParsedTranscript(segments=segments, timed=True, format="vtt")


# --------------------------------------------------------------------------- SRT


def _looks_like_srt(text: str) -> bool:
    head = [line.strip() for line in text.lstrip().split("\n")[:3]]
    return len(head) >= 2 and head[0].isdigit() and "-->" in head[1]


# Captions mark an unnamed change of speaker with ">>" or a leading dash ("- Sounds good").
_SRT_NEW_SPEAKER = re.compile(r"^\s*(?:>>|-\s)")


def _srt_speaker(speaker: str | None, part: str, turns: list[_Turn]) -> str:
    """A caption names its speaker only when the speaker changes (the SubRip convention of caption services),
    so an unnamed cue continues the previous cue's speaker; ">>" or a leading dash marks an unnamed new one."""
    if speaker:
        return speaker
    if turns and not _SRT_NEW_SPEAKER.match(_clean(part)):
        return turns[-1].speaker
    return "Unknown"


def _parse_srt(name: str, text: str, merge_gap_s: float) -> ParsedTranscript:
    lines = text.lstrip("\ufeff").split("\n")
    turns: list[_Turn] = []
    for block_start, block in _blocks(lines, 0):
        timing_idx = next((j for j, line in enumerate(block[:2]) if "-->" in line), None)
        if timing_idx is None:
            if turns:  # a subtitle text with an empty line inside it: keep it with the previous cue
                turns[-1].text += " " + " ".join(block)
                continue
            raise InputError(name, f"no 'start --> end' timing line in the cue at line {block_start + 1}")
        start, end = _timing(name, block[timing_idx], f"line {block_start + timing_idx + 1}")
        payload = "\n".join(block[timing_idx + 1 :])
        for speaker, part in _vtt_payload(payload):
            who = _srt_speaker(speaker, part, turns)
            turns.append(_Turn(speaker=who, text=_SRT_NEW_SPEAKER.sub("", part, count=1), start=start, end=end))
    segments = _build(turns, merge_gap_s)
    if not segments:
        raise InputError(name, "no subtitle cues with text found in the SRT file")
    return ParsedTranscript(segments=segments, timed=True, format="srt")


# --------------------------------------------------------------------------- plain text


_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# "[00:01:02] Name: text" or "00:01:02 Name: text"
_TXT_LEADING_TS = re.compile(rf"^\s*[\[(]?({_CLOCK})[\])]?\s*(?:-\s*)?(.*)$")
# "Name (00:01): text" or "Name [00:01]: text"
_TXT_TRAILING_TS = re.compile(rf"^\s*([^:\[\]()]{{1,60}}?)\s*[\[(]({_CLOCK})[\])]\s*:\s*(.*)$")
_CLOCK_LINE = re.compile(rf"^[\[(]?{_CLOCK}[\])]?$")
_HEADER_KEYS = {
    "title", "meeting", "subject", "topic", "date", "time", "recorded", "recording", "when",
    "attendees", "participants", "present", "location", "duration", "transcript",
}  # fmt: skip


def _txt_turn_start(line: str) -> tuple[str, str, float | None] | None:
    """A line that opens a turn -> (speaker, text, start seconds or None)."""
    m = _TXT_TRAILING_TS.match(line)
    if m and _is_name(m.group(1)):
        return m.group(1).strip(), m.group(3), _seconds(m.group(2))
    ts: float | None = None
    rest = line
    m = _TXT_LEADING_TS.match(line)
    if m and m.group(2):
        ts = _seconds(m.group(1))
        rest = m.group(2)
    m2 = _SPEAKER_PREFIX.match(rest) or _SPEAKER_PREFIX_EMPTY.match(rest)
    if m2 and _is_name(m2.group(1)):
        text = m2.group(2) if m2.re is _SPEAKER_PREFIX else ""
        return m2.group(1).strip(), text, ts
    return None


def _parse_text_lines(name: str, lines: list[str], fmt: str) -> ParsedTranscript:
    """'Name: text' turns, with optional timestamps; lines before the first turn are a header."""
    turns: list[_Turn] = []
    header: list[str] = []
    title: str | None = None
    recorded_at: datetime | None = None
    for raw in lines:
        line = raw.strip().lstrip("\ufeff")
        if not line or _CLOCK_LINE.match(line):  # Google Meet's bare "00:05:00" markers carry no turn
            continue
        opened = _txt_turn_start(line)
        if opened is not None and not turns and opened[0].lower() in _HEADER_KEYS:
            key = opened[0].lower()
            value = _clean(opened[1])
            if key in ("title", "meeting", "subject", "topic") and value:
                title = value
            elif key in ("date", "time", "recorded", "recording", "when") and recorded_at is None:
                recorded_at = _parse_date(value)
            continue
        if opened is not None:
            speaker, text, ts = opened
            turns.append(_Turn(speaker=speaker, text=text, start=ts))
        elif turns:
            turns[-1].text += " " + line
        else:
            header.append(line)
    turns = [t for t in turns if _clean(t.text)]
    if not turns:
        raise InputError(name, "no 'Name: text' lines found")
    h_title, h_date = _header_meta(header)
    title = title or h_title
    recorded_at = recorded_at or h_date
    timed = all(t.start is not None for t in turns) and _monotonic([t.start for t in turns])
    if timed:
        for cur, nxt in zip(turns, [*turns[1:], None], strict=True):
            assert cur.start is not None
            spoken = _words(_clean(cur.text)) / WORDS_PER_SECOND
            cur.end = cur.start + spoken if nxt is None else max(cur.start, nxt.start or cur.start)
    else:
        clock = 0.0
        for t in turns:
            t.start = clock
            clock += max(_words(_clean(t.text)) / WORDS_PER_SECOND, 0.4)
            t.end = clock
    # untimed text turns are written turns: never merge them, the writer already chose the breaks
    segments = _build(turns, merge_gap_s=-1.0)
    return ParsedTranscript(segments=segments, recorded_at=recorded_at, title=title, timed=timed, format=fmt)


def _monotonic(values: list[float | None]) -> bool:
    nums = [v for v in values if v is not None]
    return all(b >= a for a, b in itertools.pairwise(nums))


# --------------------------------------------------------------------------- Teams .docx


# "Priya Sharma   0:03" / "Priya Sharma 1:02:03" (current Teams layout)
_DOCX_SPEAKER_TS = re.compile(r"^(.+?)\s+(\d{1,2}:\d{2}(?::\d{2})?)$")
_DOCX_ARROW = re.compile(rf"^\s*({_TS})\s*-->\s*({_TS})\s*$")
_TRANSCRIPTION_NOTICE = re.compile(r"^.{1,80}\b(started|stopped) transcription\.?$", re.IGNORECASE)


def _docx_lines(name: str, data: bytes) -> list[str]:
    import io

    if not data.startswith(b"PK") or not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(name, "not a Word .docx document (not a zip file)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "word/document.xml" not in zf.namelist():
                raise InputError(name, "not a Word .docx document (no word/document.xml inside)")
        import docx

        document = docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as exc:  # python-docx raises several types on corrupt parts
        raise InputError(name, f"cannot read the Word document ({type(exc).__name__})") from exc
    lines: list[str] = []
    for para in document.paragraphs:
        # a line break (<w:br/>) inside a paragraph comes back as "\n"; Teams uses both layouts
        lines.extend(part.strip() for part in re.split(r"[\n\v]", para.text))
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                lines.append(": ".join(cells) if len(cells) == 2 else " ".join(cells))
    return [line for line in lines if line]


def _parse_docx(name: str, data: bytes, merge_gap_s: float) -> ParsedTranscript:
    lines = _docx_lines(name, data)
    if not lines:
        raise InputError(name, "the Word document has no text")
    arrows = sum(1 for line in lines if _DOCX_ARROW.match(line))
    stamps = sum(1 for line in lines if _docx_speaker_ts(line) is not None)
    if arrows and arrows >= stamps:
        parsed = _docx_arrow_layout(name, lines, merge_gap_s)
    elif stamps:
        parsed = _parse_stamp_layout(name, lines, "the Word document")
    else:
        try:
            parsed = _parse_text_lines(name, lines, "docx")
        except InputError:
            raise InputError(name, "no transcript turns found in the Word document") from None
    parsed.format = "docx"
    return parsed


def _docx_speaker_ts(line: str) -> tuple[str, float] | None:
    m = _DOCX_SPEAKER_TS.match(line)
    if not m:
        return None
    speaker = m.group(1).strip().strip("[]").strip()
    ts = _seconds(m.group(2))
    if ts is None or not _is_name(speaker):
        return None
    return speaker, ts


def _prefers_stamp_layout(lines: list[str]) -> bool:
    stamps = sum(1 for line in lines if _docx_speaker_ts(line) is not None)
    colons = sum(1 for line in lines if _txt_turn_start(line) is not None)
    return stamps >= 1 and stamps > colons


def _parse_stamp_layout(name: str, lines: list[str], where: str) -> ParsedTranscript:
    """'Priya Sharma   0:03' followed by the text paragraph(s) (Teams .docx, Otter .txt)."""
    header: list[str] = []
    turns: list[_Turn] = []
    for line in lines:
        opened = _docx_speaker_ts(line)
        if opened is not None:
            turns.append(_Turn(speaker=opened[0], text="", start=opened[1]))
        elif _TRANSCRIPTION_NOTICE.match(line):
            continue  # "Priya Sharma started transcription" is Teams' own note, not speech
        elif turns:
            turns[-1].text += " " + line
        else:
            header.append(line)
    turns = [t for t in turns if _clean(t.text)]
    if not turns:
        raise InputError(name, f"no transcript turns found in {where}")
    # only start times are written: a turn ends where the next begins (or after its words are spoken)
    for cur, nxt in zip(turns, [*turns[1:], None], strict=True):
        assert cur.start is not None
        spoken = cur.start + max(_words(_clean(cur.text)) / WORDS_PER_SECOND, 0.4)
        cur.end = spoken if nxt is None or nxt.start is None or nxt.start <= cur.start else nxt.start
    title, recorded_at = _header_meta(header)
    return ParsedTranscript(
        segments=_build(turns, merge_gap_s=-1.0), recorded_at=recorded_at, title=title, timed=True
    )


def _docx_arrow_layout(name: str, lines: list[str], merge_gap_s: float) -> ParsedTranscript:
    """'00:00:03.120 --> 00:00:07.000', then the speaker name, then the text (older Teams export)."""
    header: list[str] = []
    cues: list[tuple[float, float, list[str]]] = []
    for line in lines:
        m = _DOCX_ARROW.match(line)
        if m:
            start, end = _seconds(m.group(1)), _seconds(m.group(2))
            if start is None or end is None or end < start:
                raise InputError(name, f"broken timestamp '{line[:60]}' in the Word document")
            cues.append((start, end, []))
        elif cues:
            cues[-1][2].append(line)
        elif not line.startswith("WEBVTT"):
            header.append(line)
    turns: list[_Turn] = []
    for start, end, body in cues:
        joined = "\n".join(body)
        if _VOICE.search(joined):
            for speaker, part in _vtt_payload(joined):
                turns.append(_Turn(speaker=speaker or "Unknown", text=part, start=start, end=end))
            continue
        if len(body) >= 2 and _is_name(body[0]) and not body[0].endswith((".", ",")):
            turns.append(_Turn(speaker=body[0], text=" ".join(body[1:]), start=start, end=end))
            continue
        speaker, text = _split_speaker(" ".join(body))
        turns.append(_Turn(speaker=speaker or "Unknown", text=text, start=start, end=end))
    segments = _build(turns, merge_gap_s)
    if not segments:
        raise InputError(name, "no transcript turns found in the Word document")
    title, recorded_at = _header_meta(header)
    return ParsedTranscript(segments=segments, recorded_at=recorded_at, title=title, timed=True)


# --------------------------------------------------------------------------- titles and dates


_TEAMS_TITLE_SUFFIX = re.compile(r"-\d{8}_\d{6}-.*$")
_DURATION = re.compile(r"^(?:\d+h\s*)?(?:\d+m\s*)?(?:\d+s)?$")
_HAS_YEAR = re.compile(r"\b(19|20)\d{2}\b|\b(19|20)\d{6}\b")


def _header_meta(header: list[str]) -> tuple[str | None, datetime | None]:
    """Title and recording date from the lines above the first turn (Teams writes both there)."""
    title: str | None = None
    recorded_at: datetime | None = None
    for line in header[:8]:
        clean = _clean(line)
        if not clean or _DURATION.fullmatch(clean.replace(" ", "")) or _TRANSCRIPTION_NOTICE.match(clean):
            continue
        stamp = date_from_file_name(clean)
        date = None
        if stamp is None and len(clean) <= 60 and _HAS_YEAR.search(clean):
            date = _parse_date(clean)
        if title is None and (date is None or stamp is not None):
            title = _TEAMS_TITLE_SUFFIX.sub("", clean).strip() or clean
            recorded_at = recorded_at or stamp
            continue
        if recorded_at is None and date is not None:
            recorded_at = date
    return title, recorded_at


def _parse_date(text: str) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            pass
    import dateparser  # slow import; only reached for header lines that carry a year

    found = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": False})
    return found


_NAME_STAMPS = (
    (re.compile(r"GMT(\d{8})-(\d{6})"), "%Y%m%d%H%M%S"),  # Zoom cloud recordings (UTC wall time)
    (re.compile(r"(?<!\d)(\d{8})_(\d{6})(?!\d)"), "%Y%m%d%H%M%S"),  # Teams "Title-20240312_100232-..."
    (re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})[ _T](\d{2}[.:]\d{2}(?:[.:]\d{2})?)"), None),
    (re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)"), "%Y-%m-%d"),
)


def strip_name_stamps(stem: str) -> str:
    """The export name without the date and time stamps ``date_from_file_name`` reads."""
    for pattern, _ in _NAME_STAMPS:
        stem = pattern.sub(" ", stem)
    return stem


def date_from_file_name(stem: str) -> datetime | None:
    """Recording time encoded in common export names (Zoom GMT..., Teams ..._hhmmss, ISO dates)."""
    for pattern, fmt in _NAME_STAMPS:
        m = pattern.search(stem)
        if not m:
            continue
        try:
            if fmt is None:
                clock = m.group(2).replace(".", ":")
                return datetime.fromisoformat(f"{m.group(1)}T{clock}")
            return datetime.strptime("".join(m.groups()), fmt)
        except ValueError:
            continue
    return None
