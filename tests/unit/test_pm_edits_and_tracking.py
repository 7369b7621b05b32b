"""A PM's correction to an item is kept, and what later meetings say about the item still applies."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from assistant.container import Services
from assistant.models import ActionItem

FIRST = """WEBVTT

00:00:01.000 --> 00:00:06.000
<v Ken Adams>I'll raise the firewall change request and get it approved by March 10.</v>
"""
SECOND = """WEBVTT

00:00:01.000 --> 00:00:06.000
<v Maria Lopez>Ken, the firewall change?</v>

00:00:07.000 --> 00:00:12.000
<v Ken Adams>The firewall change request is done, it was approved and implemented on Monday.</v>
"""


def _ingest(services: Services, tmp_path: Path, name: str, text: str, day: date) -> None:
    path = tmp_path / name
    path.write_text(text)
    [result] = services.ingest.ingest("Contoso", [path], meeting_date=day)
    assert result.status == "ingested", result.error


def test_an_item_whose_due_date_the_pm_corrected_is_still_closed_by_a_later_meeting(
    services: Services, tmp_path: Path
) -> None:
    services.engagements.create("Contoso")
    _ingest(services, tmp_path, "a.vtt", FIRST, date(2026, 3, 3))
    [item] = [f for f in services.facts.list("Contoso") if isinstance(f, ActionItem)]
    edited = services.facts.edit("Contoso", item.id, due=date(2026, 3, 11))
    assert edited.history[-1].note == "due: 2026-03-10 -> 2026-03-11"  # ISO dates, not Python reprs
    _ingest(services, tmp_path, "b.vtt", SECOND, date(2026, 3, 10))
    [after] = [f for f in services.facts.list("Contoso") if f.id == item.id]
    assert after.status == "done" and after.due == date(2026, 3, 11)  # closed, with the PM's date kept
    services.facts.extract("Contoso")  # and again after re-extracting everything
    [again] = [f for f in services.facts.list("Contoso") if f.id == item.id]
    assert (again.status, again.due) == ("done", date(2026, 3, 11))


def test_a_status_the_pm_set_wins_over_what_the_meetings_say(services: Services, tmp_path: Path) -> None:
    services.engagements.create("Contoso")
    _ingest(services, tmp_path, "a.vtt", FIRST, date(2026, 3, 3))
    [item] = [f for f in services.facts.list("Contoso") if isinstance(f, ActionItem)]
    services.facts.edit("Contoso", item.id, status="dropped")
    _ingest(services, tmp_path, "b.vtt", SECOND, date(2026, 3, 10))
    [after] = [f for f in services.facts.list("Contoso") if f.id == item.id]
    assert after.status == "dropped"
