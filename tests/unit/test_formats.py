"""Importing exported transcripts: Zoom/Teams WebVTT, SRT, plain text and Teams .docx."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from assistant.errors import InputError
from ingest.formats import TRANSCRIPT_EXTENSIONS, ParsedTranscript, parse_transcript

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "transcripts"


def _turns(parsed: ParsedTranscript) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in parsed.segments]


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _docx(tmp_path: Path, name: str, paragraphs: list[str | list[str]]) -> Path:
    """A .docx made with python-docx; a list item becomes one paragraph with line breaks between parts."""
    import docx

    document = docx.Document()
    for para in paragraphs:
        if isinstance(para, str):
            document.add_paragraph(para)
        else:
            p = document.add_paragraph()
            for i, part in enumerate(para):
                run = p.add_run(part)
                if i < len(para) - 1:
                    run.add_break()
    path = tmp_path / name
    document.save(str(path))
    return path


# --------------------------------------------------------------------------- WebVTT


def test_a_zoom_vtt_gives_named_turns_with_times_and_merges_close_cues_of_one_speaker() -> None:
    parsed = parse_transcript(FIXTURES / "zoom_GMT20240312-140233_Recording.transcript.vtt")
    assert parsed.format == "vtt"
    assert parsed.timed is True
    assert _turns(parsed) == [
        (
            "Priya Sharma",
            "Good morning everyone, let's start with the data migration. The customer extract is still late.",
        ),
        (
            "Tom Becker",
            "We are blocked on the firewall change from the network team. "
            "I will chase them today and send the test report by Friday.",
        ),
        ("Unknown", "Okay, thanks."),
    ]
    assert [s.id for s in parsed.segments] == [0, 1, 2]
    assert (parsed.segments[0].start, parsed.segments[0].end) == (1.0, 7.9)
    assert (parsed.segments[1].start, parsed.segments[1].end) == (9.0, 18.0)
    assert all(s.words == [] for s in parsed.segments)


def test_a_zoom_cloud_recording_name_gives_the_recording_time() -> None:
    parsed = parse_transcript(FIXTURES / "zoom_GMT20240312-140233_Recording.transcript.vtt")
    assert parsed.recorded_at == datetime(2024, 3, 12, 14, 2, 33)


def test_a_teams_vtt_with_bom_crlf_voice_tags_notes_styles_and_short_timestamps_is_read() -> None:
    parsed = parse_transcript(FIXTURES / "teams.vtt")
    assert _turns(parsed) == [
        ("Priya Sharma", "Thanks for joining, & welcome. Let us review the open risks."),
        ("Tom Becker", "The vendor licence expires at the end of March."),
        ("Ana García", "We decided to renew it for one year."),
    ]
    assert (parsed.segments[0].start, parsed.segments[0].end) == (1.0, 6.0)
    assert parsed.segments[1].end == 10.25
    assert parsed.segments[2].start == 3611.0  # hours present on that cue only


def test_cues_of_one_speaker_far_apart_stay_separate_turns(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "gap.vtt",
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nPriya: one\n\n00:00:10.000 --> 00:00:11.000\nPriya: two\n",
    )
    parsed = parse_transcript(path)
    assert _turns(parsed) == [("Priya", "one"), ("Priya", "two")]


def test_a_cue_with_two_voices_becomes_two_turns(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "two.vtt",
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Priya>Ready?</v>\n<v.loud Tom>Yes, go ahead.</v>\n",
    )
    assert _turns(parse_transcript(path)) == [("Priya", "Ready?"), ("Tom", "Yes, go ahead.")]


def test_prose_with_a_colon_is_not_mistaken_for_a_speaker(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "colon.vtt",
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nso the plan is: ship on Friday\n",
    )
    assert _turns(parse_transcript(path)) == [("Unknown", "so the plan is: ship on Friday")]


# --------------------------------------------------------------------------- SRT


def test_an_srt_file_gives_named_turns_and_unknown_when_no_speaker_is_written() -> None:
    parsed = parse_transcript(FIXTURES / "status_call.srt")
    assert parsed.format == "srt"
    assert _turns(parsed) == [
        ("Priya Sharma", "Where are we with the cutover plan?"),
        ("Tom Becker", "Draft is done, I will share it tomorrow."),
        ("Unknown", "Sounds good to me."),
    ]
    assert (parsed.segments[1].start, parsed.segments[1].end) == (4.0, 8.0)


def test_an_unnamed_srt_cue_continues_the_previous_speaker_unless_it_marks_a_new_one(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "captions.srt",
        "1\n00:00:01,000 --> 00:00:03,000\nRavi Patel: The keys are nearly ready.\n\n"
        "2\n00:00:05,000 --> 00:00:07,000\nShona, I'll get you the config keys by Friday.\n\n"
        "3\n00:00:09,000 --> 00:00:10,000\n- Great, thanks.\n\n"
        "4\n00:00:12,000 --> 00:00:13,000\nShona Reid: And the MDM push?\n",
    )
    assert _turns(parse_transcript(path)) == [
        ("Ravi Patel", "The keys are nearly ready."),
        ("Ravi Patel", "Shona, I'll get you the config keys by Friday."),
        ("Unknown", "Great, thanks."),
        ("Shona Reid", "And the MDM push?"),
    ]


def test_an_srt_without_any_names_is_all_unknown(tmp_path: Path) -> None:
    path = _write(tmp_path, "plain.srt", "1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:04,000 --> 00:00:05,000\nHi.\n")
    assert _turns(parse_transcript(path)) == [("Unknown", "Hello."), ("Unknown", "Hi.")]


def test_an_srt_saved_as_txt_is_recognised(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.txt", "1\n00:00:01,000 --> 00:00:02,500\nPriya: Hello there\n")
    parsed = parse_transcript(path)
    assert parsed.format == "srt"
    assert _turns(parsed) == [("Priya", "Hello there")]
    assert parsed.segments[0].end == 2.5


# --------------------------------------------------------------------------- plain text


def test_plain_text_turns_join_continuation_lines_and_synthesise_monotonic_times() -> None:
    parsed = parse_transcript(FIXTURES / "weekly_sync_2024-03-19.txt")
    assert parsed.format == "txt"
    assert parsed.timed is False
    assert parsed.title == "Weekly sync with Acme"
    assert parsed.recorded_at == datetime(2024, 3, 19, 10, 0)
    assert _turns(parsed)[1] == (
        "Tom Becker",
        "The test environment is finally up. It took two weeks longer than planned because of the storage request.",
    )
    assert [s.speaker for s in parsed.segments] == [
        "Priya Sharma",
        "Tom Becker",
        "Ana García",
        "Priya Sharma",
    ]
    starts = [s.start for s in parsed.segments]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    # 18 words at 2.5 words/s
    assert parsed.segments[1].end - parsed.segments[1].start == pytest.approx(18 / 2.5, abs=0.01)


def test_plain_text_with_bracketed_and_parenthesised_timestamps_keeps_those_times() -> None:
    parsed = parse_transcript(FIXTURES / "timed_notes.txt")
    assert parsed.timed is True
    assert [(s.speaker, s.start) for s in parsed.segments] == [
        ("Priya Sharma", 5.0),
        ("Tom Becker", 12.0),
        ("Ana García", 31.0),
        ("Priya Sharma", 40.0),
    ]
    assert parsed.segments[0].end == 12.0


def test_a_speaker_line_with_the_text_below_it_is_one_turn(tmp_path: Path) -> None:
    path = _write(tmp_path, "below.txt", "Priya Sharma:\nWe start now.\nTom:\nFine.\n")
    assert _turns(parse_transcript(path)) == [("Priya Sharma", "We start now."), ("Tom", "Fine.")]


def test_a_windows_1252_text_file_is_decoded(tmp_path: Path) -> None:
    path = _write(tmp_path, "legacy.txt", "José: Café budget is approved\n".encode("cp1252"))
    assert _turns(parse_transcript(path)) == [("José", "Café budget is approved")]


def test_a_utf16_text_file_with_bom_is_decoded(tmp_path: Path) -> None:
    path = _write(tmp_path, "utf16.txt", "Priya: Hello\r\nTom: Hi\r\n".encode("utf-16"))
    assert _turns(parse_transcript(path)) == [("Priya", "Hello"), ("Tom", "Hi")]


def test_an_otter_style_text_export_with_name_and_time_headings_is_read(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "otter.txt",
        "Priya Sharma  0:00\nWelcome back everyone.\n\nTom Becker  0:04\nThe build is green again.\n",
    )
    parsed = parse_transcript(path)
    assert parsed.format == "txt" and parsed.timed is True
    assert _turns(parsed) == [
        ("Priya Sharma", "Welcome back everyone."),
        ("Tom Becker", "The build is green again."),
    ]
    assert (parsed.segments[0].start, parsed.segments[0].end, parsed.segments[1].start) == (0.0, 4.0, 4.0)


def test_bare_time_marker_lines_are_not_glued_to_the_previous_turn(tmp_path: Path) -> None:
    path = _write(tmp_path, "meet.txt", "00:00:00\nPriya: Hello.\n00:05:00\nTom: Hi.\n")
    assert _turns(parse_transcript(path)) == [("Priya", "Hello."), ("Tom", "Hi.")]


# --------------------------------------------------------------------------- Teams .docx


def test_a_teams_docx_with_name_and_time_headings_gives_turns_title_and_date(tmp_path: Path) -> None:
    path = _docx(
        tmp_path,
        "sync.docx",
        [
            "Weekly sync-20240312_100232-Meeting Recording",
            "March 12, 2024, 10:02AM",
            "45m 12s",
            "Priya Sharma started transcription",
            "Priya Sharma   0:03",
            "Good morning, quick round on the migration.",
            "Tom Becker   0:09",
            "The extract arrived.",
            "We load it tonight.",
            "Ana García   1:02:03",
            "Security sign-off is still pending.",
            "Priya Sharma stopped transcription",
        ],
    )
    parsed = parse_transcript(path)
    assert parsed.format == "docx"
    assert parsed.timed is True
    assert parsed.title == "Weekly sync"
    assert parsed.recorded_at == datetime(2024, 3, 12, 10, 2, 32)
    assert _turns(parsed) == [
        ("Priya Sharma", "Good morning, quick round on the migration."),
        ("Tom Becker", "The extract arrived. We load it tonight."),
        ("Ana García", "Security sign-off is still pending."),
    ]
    assert [(s.start, s.end) for s in parsed.segments[:2]] == [(3.0, 9.0), (9.0, 3723.0)]
    assert parsed.segments[2].start == 3723.0 and parsed.segments[2].end > 3723.0


def test_a_teams_docx_with_heading_and_text_in_one_paragraph_is_read(tmp_path: Path) -> None:
    path = _docx(
        tmp_path,
        "onepara.docx",
        [["Priya Sharma 0:03", "Shall we start?"], ["Tom Becker 0:07", "Yes, please."]],
    )
    assert _turns(parse_transcript(path)) == [
        ("Priya Sharma", "Shall we start?"),
        ("Tom Becker", "Yes, please."),
    ]


def test_an_older_teams_docx_with_arrow_times_then_speaker_then_text_is_read(tmp_path: Path) -> None:
    path = _docx(
        tmp_path,
        "older.docx",
        [
            "0:0:3.120 --> 0:0:7.0",
            "Priya Sharma",
            "Where is the test report?",
            "00:00:07.500 --> 00:00:09.000",
            "Priya Sharma",
            "It was due Friday.",
            ["00:00:12.000 --> 00:00:15.000", "Tom Becker", "I will send it today."],
        ],
    )
    parsed = parse_transcript(path)
    assert _turns(parsed) == [
        ("Priya Sharma", "Where is the test report? It was due Friday."),
        ("Tom Becker", "I will send it today."),
    ]
    assert [(s.start, s.end) for s in parsed.segments] == [(3.12, 9.0), (12.0, 15.0)]


def test_a_docx_with_name_colon_text_paragraphs_is_read_as_untimed_turns(tmp_path: Path) -> None:
    path = _docx(
        tmp_path, "colon.docx", ["Kick-off notes", "Priya: Welcome.", "Tom: Thanks, glad to be here."]
    )
    parsed = parse_transcript(path)
    assert parsed.timed is False
    assert parsed.title == "Kick-off notes"
    assert _turns(parsed) == [("Priya", "Welcome."), ("Tom", "Thanks, glad to be here.")]


# --------------------------------------------------------------------------- bad input


def _zip_without_document(tmp_path: Path) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "not a word document")
    return _write(tmp_path, "fake.docx", buf.getvalue())


BAD_TEXT_INPUTS = [
    ("empty.vtt", b"", "file is empty"),
    ("blank.txt", b"  \n\r\n ", "file is empty"),
    ("noheader.vtt", b"00:00:01.000 --> 00:00:02.000\nPriya: hi\n", "WEBVTT"),
    ("notes_only.vtt", b"WEBVTT\n\nNOTE nothing said\n", "no cues"),
    ("empty_cues.vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Priya></v>\n", "no cues"),
    ("badtime.vtt", b"WEBVTT\n\n00:00:0x.000 --> 00:00:02.000\nPriya: hi\n", "broken timestamp"),
    ("seconds.vtt", b"WEBVTT\n\n00:00:75.000 --> 00:00:80.000\nPriya: hi\n", "broken timestamp"),
    ("backwards.vtt", b"WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nPriya: hi\n", "ends before it starts"),
    ("nocues.srt", b"just some words\nwithout any timing\n", "timing line"),
    ("onlyindex.srt", b"1\n\n2\n", "timing line"),
    ("badtime.srt", b"1\n00:00:01,000 --> soon\nPriya: hi\n", "broken timestamp"),
    ("prose.txt", b"We talked about the budget.\nNobody wrote names down.\n", "no 'Name: text' lines"),
    ("notzip.docx", b"Priya: this is a text file renamed to docx\n", "not a zip"),
    ("garbage.txt", bytes(range(256)) * 8, "not a text file"),
    ("garbage.vtt", bytes((i * 37 + 11) % 256 for i in range(3000)), "not a text file"),
    ("garbage.srt", b"\x89PNG\r\n\x1a\n" + bytes((i * 91) % 31 for i in range(2000)), "not a text file"),
    ("slides.pdf", b"%PDF-1.4", "unsupported transcript format"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_TEXT_INPUTS, ids=[c[0] for c in BAD_TEXT_INPUTS])
def test_malformed_transcripts_are_rejected_with_their_name_and_one_clear_line(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = _write(tmp_path, name, content)
    with pytest.raises(InputError) as info:
        parse_transcript(path)
    assert info.value.file == name
    assert reason in info.value.reason
    assert str(info.value).startswith(f"{name}: ")
    assert "\n" not in str(info.value)


def test_a_zip_that_is_not_a_word_document_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"fake\.docx: not a Word \.docx document \(no word/document\.xml"):
        parse_transcript(_zip_without_document(tmp_path))


def test_a_zip_with_a_broken_word_document_is_rejected(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<not-xml")
    path = _write(tmp_path, "broken.docx", buf.getvalue())
    with pytest.raises(InputError, match=r"broken\.docx: cannot read the Word document"):
        parse_transcript(path)


def test_an_empty_docx_file_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"empty\.docx: file is empty"):
        parse_transcript(_write(tmp_path, "empty.docx", b""))


def test_a_word_document_without_turns_is_rejected(tmp_path: Path) -> None:
    path = _docx(tmp_path, "memo.docx", ["Memo", "The project is going fine overall."])
    with pytest.raises(InputError, match=r"memo\.docx: no transcript turns found in the Word document"):
        parse_transcript(path)


def test_a_word_document_without_any_text_is_rejected(tmp_path: Path) -> None:
    path = _docx(tmp_path, "blank.docx", [])
    with pytest.raises(InputError, match=r"blank\.docx: the Word document has no text"):
        parse_transcript(path)


def test_a_docx_with_a_broken_arrow_timestamp_is_rejected(tmp_path: Path) -> None:
    path = _docx(tmp_path, "arrow.docx", ["0:0:3.1 --> 0:0:1.0", "Priya", "Hello there"])
    with pytest.raises(InputError, match=r"arrow\.docx: broken timestamp"):
        parse_transcript(path)


def test_the_supported_extensions_are_the_four_transcript_formats() -> None:
    assert {".vtt", ".srt", ".txt", ".docx"} == TRANSCRIPT_EXTENSIONS
