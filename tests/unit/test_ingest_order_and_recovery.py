"""Ingesting calls in any order, or again after an interrupted run, ends in the same facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.container import Services

CALLS = {
    "2026-03-03 status.vtt": [("Ken Adams", "I'll raise the firewall change request by March 10."),
                              ("Maria Lopez", "I'll send the data-mapping document by Friday.")],
    "2026-03-10 status.vtt": [("Maria Lopez", "Ken, the firewall change?"),
                              ("Ken Adams", "The firewall change request is done, it was approved on Monday."),
                              ("Maria Lopez", "I sent the data-mapping document on Thursday.")],
    "2026-03-17 status.vtt": [("Ken Adams", "I'll book the cutover rehearsal by March 20.")],
}


def _write(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, turns in CALLS.items():
        cues = [f"00:00:{10 * k:02d}.000 --> 00:00:{10 * k + 8:02d}.000\n<v {who}>{text}</v>\n"
                for k, (who, text) in enumerate(turns)]
        out[name] = tmp_path / name
        out[name].write_text("WEBVTT\n\n" + "\n".join(cues))
    return out


def _state(services: Services, eng: str) -> list[tuple[str, str | None, str]]:
    return sorted((f.id, getattr(f, "status", None), f.kind) for f in services.facts.list(eng))


@pytest.mark.parametrize("order", [[0, 1, 2], [2, 1, 0], [1, 2, 0]])
def test_the_same_calls_in_any_order_in_one_batch_or_one_by_one_end_in_the_same_facts(
    services: Services, tmp_path: Path, order: list[int]
) -> None:
    files = list(_write(tmp_path).values())
    services.engagements.create("In order")
    services.ingest.ingest("In order", files)
    expected = _state(services, "In order")
    assert any(s == "done" for _, s, k in expected if k == "action_item")  # a later call closed an item
    services.engagements.create("Batch")
    results = services.ingest.ingest("Batch", [files[k] for k in order])
    assert [Path(r.file).name for r in results] == [files[k].name for k in order]  # results in the given order
    assert _state(services, "Batch") == expected
    services.engagements.create("One by one")
    for k in order:
        services.ingest.ingest("One by one", [files[k]])
    assert _state(services, "One by one") == expected


def test_a_call_ingested_without_extraction_is_extracted_when_ingested_again(
    services: Services, tmp_path: Path
) -> None:
    path = _write(tmp_path)["2026-03-03 status.vtt"]
    services.engagements.create("Contoso")
    [first] = services.ingest.ingest("Contoso", [path], extract=False)
    assert services.facts.list("Contoso") == []
    [again] = services.ingest.ingest("Contoso", [path])
    assert again.status == "ingested" and again.meeting_id == first.meeting_id and again.facts
    assert services.facts.list("Contoso")
    [third] = services.ingest.ingest("Contoso", [path])
    assert third.status == "unchanged"


def test_a_directory_is_refused_as_a_directory(services: Services, tmp_path: Path) -> None:
    services.engagements.create("Contoso")
    (tmp_path / "calls").mkdir()
    [result] = services.ingest.ingest("Contoso", [tmp_path / "calls"])
    assert result.status == "error" and "is a directory" in (result.error or "")


def test_the_same_export_saved_with_other_line_endings_is_the_same_meeting_not_a_second_one(
    services: Services, tmp_path: Path
) -> None:
    path = _write(tmp_path)["2026-03-03 status.vtt"]
    copy = tmp_path / "2026-03-03 status (1).vtt"
    copy.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    services.engagements.create("Contoso")
    first, second = services.ingest.ingest("Contoso", [path, copy])
    assert first.status == "ingested" and second.status == "unchanged"
    assert second.meeting_id == first.meeting_id and "same transcript" in (second.note or "")
    assert len(services.repo.list_meetings("contoso")) == 1
