"""A fact the PM deleted stays deleted when the meetings are extracted again, whatever its kind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from assistant.container import Services

KICKOFF = """WEBVTT

00:00:01.000 --> 00:00:06.000
<v Sam Ortiz>Welcome everyone, thanks Karen for joining the kickoff.</v>

00:00:07.000 --> 00:00:12.000
<v Karen Lee>Happy to be here, this ERP rollout is our top priority for the year.</v>

00:00:13.000 --> 00:00:18.000
<v Ravi Menon>I'll send the test user list by Friday.</v>

00:00:19.000 --> 00:00:24.000
<v Ravi Menon>We are waiting on the device-management vendor to enroll the test laptops.</v>

00:00:25.000 --> 00:00:30.000
<v Karen Lee>We agreed to push the finance go-live to May 4.</v>

00:00:31.000 --> 00:00:36.000
<v Lena Kim>There is a risk that the payroll cutover slips if the firewall change is late.</v>

00:00:37.000 --> 00:00:42.000
<v Sam Ortiz>Great, overall things look good.</v>
"""

FOLLOW_UP = """WEBVTT

00:00:01.000 --> 00:00:06.000
<v Sam Ortiz>Ravi, where is the test user list?</v>

00:00:07.000 --> 00:00:12.000
<v Ravi Menon>I'll send the test user list by next Friday, sorry.</v>

00:00:13.000 --> 00:00:18.000
<v Lena Kim>I will set up the staging environment by Thursday.</v>
"""


def _ingest(services: Services, tmp_path: Path) -> None:
    services.engagements.create("Northwind")
    for name, text, day in (("k.vtt", KICKOFF, date(2026, 3, 2)), ("f.vtt", FOLLOW_UP, date(2026, 3, 9))):
        path = tmp_path / name
        path.write_text(text)
        [result] = services.ingest.ingest("Northwind", [path], meeting_date=day)
        assert result.status == "ingested", result.error


def test_a_deleted_fact_of_every_kind_stays_deleted_after_reextraction_and_nothing_else_changes(
    services: Services, tmp_path: Path
) -> None:
    _ingest(services, tmp_path)
    facts = services.facts.list("Northwind")
    victims: dict[str, str] = {}
    for fact in facts:
        victims.setdefault(fact.kind, fact.id)
    assert set(victims) == {"action_item", "blocker", "decision", "risk", "sentiment", "attendance", "mention"}
    # The test user list is restated (and slipped) in the second meeting: that statement must not come back
    # as an item of its own either.
    [slipped] = [f for f in facts if f.kind == "action_item" and "test user" in f.text]
    assert any(e.meeting_id != slipped.meeting_id for e in slipped.evidence)
    victims["action_item"] = slipped.id
    for fact_id in victims.values():
        services.facts.delete("Northwind", fact_id)
    remaining = {f.id: f.model_dump() for f in services.facts.list("Northwind")}
    assert len(remaining) == len(facts) - len(victims)

    services.facts.extract("Northwind")
    again = {f.id: f.model_dump() for f in services.facts.list("Northwind")}
    assert again == remaining
    assert not any("test user" in f["text"] for f in again.values() if f["kind"] == "action_item")

    # Re-extracting one meeting only behaves the same.
    first = services.repo.list_meetings("northwind")[0].meeting_id
    services.facts.extract("Northwind", first)
    assert {f.id: f.model_dump() for f in services.facts.list("Northwind")} == remaining


def test_a_fact_deleted_by_the_pm_stays_deleted_when_its_meeting_is_deleted_and_ingested_again(
    services: Services, tmp_path: Path
) -> None:
    _ingest(services, tmp_path)
    [decision] = [f for f in services.facts.list("Northwind") if f.kind == "decision"]
    services.facts.delete("Northwind", decision.id)
    meeting = services.repo.get_meeting("northwind", decision.meeting_id)
    services.ingest.delete_meeting("Northwind", meeting.meeting_id)
    [result] = services.ingest.ingest("Northwind", [tmp_path / "k.vtt"], meeting_date=date(2026, 3, 2))
    assert result.status == "ingested"
    assert decision.id not in {f.id for f in services.facts.list("Northwind")}


def test_deleting_a_meeting_reopens_what_it_closed_and_cites_nothing_from_it(
    services: Services, tmp_path: Path
) -> None:
    _ingest(services, tmp_path)
    [slipped] = [f for f in services.facts.list("Northwind") if f.kind == "action_item" and "test user" in f.text]
    follow_up = next(m for m in services.repo.list_meetings("northwind") if m.date == date(2026, 3, 9))
    assert slipped.status == "slipped" and any(e.meeting_id == follow_up.meeting_id for e in slipped.evidence)
    services.ingest.delete_meeting("Northwind", follow_up.meeting_id)
    [after] = [f for f in services.facts.list("Northwind") if f.id == slipped.id]
    assert after.status == "open" and after.due == date(2026, 3, 6)
    assert all(e.meeting_id != follow_up.meeting_id for f in services.facts.list("Northwind") for e in f.evidence)
    assert all(h.meeting_id != follow_up.meeting_id for h in after.history)
