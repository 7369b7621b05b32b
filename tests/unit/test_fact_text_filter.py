"""Finding facts by a word of their text or of a quote (the Facts page's free-text filter)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from assistant.container import Services

FIRST = """WEBVTT

00:00:01.000 --> 00:00:06.000
<v Ken Adams>I'll raise the change request for the Firewall rules by March 10.</v>

00:00:07.000 --> 00:00:12.000
<v Maria Lopez>I will book the training room for the cutover by March 12.</v>
"""


def test_the_text_filter_matches_fact_text_or_quotes_in_any_case_and_combines_with_other_filters(
    services: Services, tmp_path: Path
) -> None:
    services.engagements.create("Contoso")
    path = tmp_path / "a.vtt"
    path.write_text(FIRST)
    [result] = services.ingest.ingest("Contoso", [path], meeting_date=date(2026, 3, 3))
    assert result.status == "ingested", result.error
    every = services.facts.list("Contoso")
    firewall = services.facts.list("Contoso", text="  FIREWALL ")
    assert firewall, [f.text for f in every]
    assert len(firewall) < len(every)
    assert all(
        "firewall" in f.text.lower() or any("firewall" in e.quote.lower() for e in f.evidence) for f in firewall
    )
    assert {f.id for f in services.facts.list("Contoso", text="training room")} & {f.id for f in every}
    assert not {f.id for f in firewall} & {f.id for f in services.facts.list("Contoso", text="training room")}
    assert services.facts.list("Contoso", text="firewall", owner="Maria") == []
    assert services.facts.list("Contoso", text="no such words anywhere") == []
    assert len(services.facts.list("Contoso", text="   ")) == len(every)  # blank means no filter
