""""Done since" lists the commitments kept. Work first heard of as already done ("I set up the SFTP account last week")
is news, not a promise kept: the detailed report lists it apart, after them, and the short note's three "Done" lines
are the kept commitments before any such news."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from assistant.drafting import DraftingService
from assistant.models import ActionItem, Evidence, FactEvent, Person
from assistant.storage import Repository
from tests.unit.test_drafting import DAYS, add_meeting

AS_OF = date(2024, 3, 26)


def _ev(seg: int, quote: str) -> Evidence:
    return Evidence(meeting_id="m2", segment_id=seg, speaker="Yusuf Obi", start=60.0 * seg + 14, end=60.0 * seg + 20,
                    quote=quote)


def engagement(tmp_path: Path) -> tuple[DraftingService, str]:
    repo = Repository(tmp_path / "data")
    eng = repo.create_engagement("Depot rollout").id
    add_meeting(repo, eng, 1, [("Ruth Kemp", "Yusuf, the router configs."), ("Yusuf Obi", "I'll send them Friday.")])
    add_meeting(repo, eng, 2, [("Yusuf Obi", "I set up the SFTP account last week."),
                               ("Yusuf Obi", "And the router configs went over on Friday."),
                               ("Yusuf Obi", "I also tidied the shared drive.")])
    repo.save_people(eng, [Person(name="Yusuf Obi", side="customer"), Person(name="Ruth Kemp", side="vendor")])
    news = [
        ActionItem(text=text, owner="Yusuf Obi", status="done", meeting_id="m2", evidence=[_ev(seg, text)],
                   history=[FactEvent(at=DAYS[1], event="created", meeting_id="m2", note="status=done")])
        for seg, text in ((0, "I set up the SFTP account last week."), (2, "I also tidied the shared drive."))
    ]
    kept = ActionItem(
        text="I'll send the router configs Friday.", owner="Yusuf Obi", status="done", meeting_id="m1",
        evidence=[Evidence(meeting_id="m1", segment_id=1, speaker="Yusuf Obi", start=74, end=80,
                           quote="I'll send them Friday.")],
        history=[FactEvent(at=DAYS[0], event="created", meeting_id="m1", note="status=open", due=date(2024, 3, 8)),
                 FactEvent(at=DAYS[1], event="done", meeting_id="m2",
                           evidence=[_ev(1, "And the router configs went over on Friday.")])],
    )
    facts = [*news, kept]
    for f in facts:
        f.assign_id()
    repo.save_facts(eng, facts)
    return DraftingService(repo), eng


def test_the_detailed_report_lists_work_first_heard_of_as_done_apart_from_the_commitments_kept(tmp_path: Path) -> None:
    service, eng = engagement(tmp_path)
    md = service.status_report(eng, "business lead", AS_OF, since=date(2024, 3, 1), record=False).markdown
    done = md.split("## Done since")[1].split("## Next steps")[0]
    kept, _, also = done.partition("Also reported done, with no commitment recorded before:")
    assert "send the router configs" in kept and "SFTP" not in kept and "shared drive" not in kept
    assert "I set up the SFTP account last week" in also and "I also tidied the shared drive" in also


def test_the_short_note_shows_the_commitments_kept_before_other_news(tmp_path: Path) -> None:
    service, eng = engagement(tmp_path)
    report = service.status_report(eng, "business manager", AS_OF, since=date(2024, 3, 1), record=False)
    lines = report.markdown.split("**Done**")[1].strip().splitlines()
    assert "send the router configs" in lines[0], lines
    rows = report.data["done"]
    assert [r["reported_only"] for r in rows] == [False, True, True]
