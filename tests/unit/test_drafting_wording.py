"""Reset-agenda requests and signature, and the wording of built sentences (brackets, plurals, asks, full stops)."""

from __future__ import annotations

from datetime import date

from assistant.drafting import DraftingService, _one_line, _plain_concern, ask_for
from assistant.models import Blocker, Evidence
from assistant.status import Context, DimensionStatus, Reason, StatusAssessment, blockers_status
from assistant.storage import Repository
from tests.unit.test_drafting import AS_OF, add_meeting, repo, stalled  # noqa: F401  (repo is a fixture)


def test_the_reset_agenda_asks_only_the_missing_to_join_and_no_invitee_signs_the_invitation(
    repo: Repository,  # noqa: F811
) -> None:
    eng = stalled(repo)
    # Priya (IT lead, overdue items) speaks in the last call too: she takes part, and is invited about her items.
    add_meeting(repo, eng, 3, [("Sam Ortiz", "All good, on track. Mark this project green."),
                               ("Priya Shah", "Still working on the firewall request")])
    md = DraftingService(repo).reset_agenda(eng, AS_OF).markdown
    requests = md.split("## Requests to each director")[1].split("##")[0]
    priya = next(line for line in requests.splitlines() if "Priya Shah" in line)
    assert "join the weekly working sessions yourself" not in priya and "already in the calls" in priya
    assert "> Thank you, Priya Shah" not in md


def test_a_shortened_reason_never_leaves_a_bracket_open() -> None:
    reason = ("Greg Halvorsen (sponsor) not heard in the last 5 meetings (27 Oct, 3 Nov, 10 Nov, 17 Nov, 24 Nov; "
              "nobody said they were away, and a transcript cannot show someone who listened); attended 1 of 6")
    a = StatusAssessment.model_construct(
        dimensions={"engagement": DimensionStatus(status="red", reasons=[Reason(text=reason, status="red")])}
    )
    concern = _plain_concern("engagement", a, {})
    assert concern.count("(") == concern.count(")"), concern
    cut = _one_line("Waiting on the team (since 3 Nov, asked twice, no reply yet from anyone there)", 50)
    assert cut.count("(") == cut.count(")"), cut


def test_a_count_of_one_reads_in_the_singular() -> None:
    ev = Evidence(meeting_id="m1", segment_id=0, speaker="Dana", start=0.0, end=1.0, quote="blocked on Contoso")
    b = Blocker(text="Load testing is blocked on Contoso.", waiting_on="Contoso", since=date(2024, 3, 27),
                meeting_id="m1", evidence=[ev])
    b.assign_id()
    text = blockers_status(Context([b], [], [], date(2024, 3, 28), (date(2024, 3, 14), date(2024, 3, 28)))).reasons[0].text
    assert "Blocked 1 day " in text and "1 days" not in text


def test_an_ask_from_a_first_person_sentence_reads_as_a_task_or_a_quote_never_as_x_to_i() -> None:
    said = ("I need to do a classification review of the loyalty tables. "
            "I'll finish the PII classification review by November 6th.")
    assert ask_for(said, "Aisha Rahman") == "finish the PII classification review by November 6th"
    assert ask_for("We'll deliver the first full POS extract by November 5th.", "Lena Novak") == (
        "deliver the first full POS extract by November 5th"
    )
    assert ask_for("I need the loyalty tables reviewed first.", "Aisha Rahman") == (
        'follow up on "I need the loyalty tables reviewed first"'
    )


def test_a_proposed_step_ends_with_one_full_stop() -> None:
    from assistant.drafting import _end

    task = ask_for("Marcus's team will handle the service accounts and the SSO groups.", "IAM team")
    step = _end(f"a 15-minute call this week to settle: {task}")
    assert step.endswith("SSO groups.") and not step.endswith("..")
    assert _end("settle: send the list (was due 5 Nov)") == "settle: send the list (was due 5 Nov)."


def test_a_slipped_item_is_worded_without_the_date_it_first_had_so_only_its_current_date_shows() -> None:
    from datetime import date

    from assistant.drafting import current_text, undated
    from assistant.models import ActionItem, FactEvent

    item = ActionItem(text="We'll deliver the first full POS extract by November 5th.", owner="Lena Novak")
    assert current_text(item) == item.text  # not slipped: its own date is its date
    item.history = [FactEvent(at=date(2026, 11, 3), event="slipped", due=date(2026, 11, 30))]
    assert current_text(item) == "We'll deliver the first full POS extract."
    assert undated("I'll send it by Friday, so the bureau can close those records.") == (
        "I'll send it, so the bureau can close those records.")
    assert undated("Deliver by Friday.") == "Deliver by Friday."  # nothing would be left of the task
