"""The offline extractor on decisions labelled with the settling word ("So that's a decision: ...", "Then
agreed. <the choice>"), a proposal put after "are we agreed?" or carried by "everyone okay if ...?", a summary
echoed by the next speaker, options, deferrals, refusals and reasons that are no decisions; waits told as "can't
X until <someone> <does something>", their party, and requests that are no waits (hand-written meetings, lexical
model)."""

from __future__ import annotations

from assistant.models import Attendance, Blocker, Decision
from ingest.extraction import rules
from ingest.extraction.offline import OfflineExtractor, named_absences
from tests.builders import in_room as run
from tests.builders import of

# ---------------------------------------------------------------- decisions


def test_the_settling_word_as_a_label_before_the_choice_is_a_decision() -> None:
    assert rules.DECISION.search("Right, so that's a decision: the archive stays on-premise, not in the cloud.")
    assert rules.DECISION.search("So decision: stocktakes stay manual for the first month.")
    assert rules.DECISION.search("Perfect, so decided: only active suppliers get migrated.")
    assert rules.DECISION.search("Okay, so that's agreed, the dress rehearsal is the second weekend.")
    assert rules.DECISION.search("Good, that's settled: training happens on site.")


def test_the_label_before_a_remark_a_wish_or_a_pending_question_is_no_decision() -> None:
    assert not rules.DECISION.search("That's agreed, then.")
    assert not rules.DECISION.search("Decision for next week: whether we keep the old VPN.")
    assert not rules.DECISION.search("Agreed, I'll send it over.")


def test_then_agreed_opening_a_turn_settles_the_choice_said_next(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "Our suggestion is the Leeds office goes first and Bristol after Easter."),
        ("Pavel Novak", "Leeds is smaller, so that makes sense to me."),
        ("Ruth Okoye", "Then agreed. Leeds on the 3rd of March, Bristol in April."),
    ])
    ds = of(fs, Decision)
    assert [d.text for d in ds] == ["Leeds on the 3rd of March, Bristol in April."]
    assert any(e.quote == "Then agreed." for e in ds[0].evidence)


def test_a_bare_agreed_followed_by_a_remark_is_no_decision(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "The Leeds office has the newest kit."),
        ("Pavel Novak", "Agreed. And the people there are keen, which helps."),
    ])
    assert of(fs, Decision) == []


def test_the_proposal_put_after_are_we_agreed_is_the_decision(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "Okay, are we agreed? Refunds go through the finance queue, not the help desk."),
        ("Ruth Okoye", "Agreed."),
    ])
    assert [d.text for d in of(fs, Decision)] == ["Refunds go through the finance queue, not the help desk."]


def test_a_question_carrying_its_proposal_answered_with_assent_is_that_decision(extractor) -> None:
    fs = run(extractor, [
        ("Felix Brandt", "Is everyone happy if the mobile app is out of scope for the first release?"),
        ("Pavel Novak", "Fine by me."),
    ])
    ds = of(fs, Decision)
    assert [d.text for d in ds] == ["The mobile app is out of scope for the first release."]
    assert ds[0].evidence[0].quote.endswith("?")


def test_a_summary_echoed_by_the_next_speaker_is_a_decision(extractor) -> None:
    fs = run(extractor, [
        ("Ruth Okoye", "I've told the board March and I'm not changing it."),
        ("Imogen Hart", "So March stays."),
        ("Ruth Okoye", "March stays."),
    ])
    ds = of(fs, Decision)
    assert [d.text for d in ds] == ["March stays."]
    assert [e.quote for e in ds[0].evidence] == ["So March stays.", "March stays."]


def test_a_summary_of_news_echoed_is_no_decision(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "So the extract is late."),
        ("Ruth Okoye", "The extract is late."),
    ])
    assert of(fs, Decision) == []


def test_putting_a_decision_off_is_no_decision(extractor) -> None:
    fs = run(extractor, [
        ("Felix Brandt", "We might want a second dry run in January."),
        ("Imogen Hart", "Agreed, let's not decide that today."),
    ])
    assert of(fs, Decision) == []


def test_an_option_offered_and_put_off_is_no_decision(extractor) -> None:
    fs = run(extractor, [
        ("Felix Brandt", "One more thing, we could move the archive in two halves, invoices first and the rest "
                         "later."),
        ("Pavel Novak", "I'd rather not commit to that yet. Let me think about it."),
    ])
    assert of(fs, Decision) == []


def test_refusing_to_agree_is_no_decision() -> None:
    assert OfflineExtractor._not_decision("I can't agree to that without the finance director.", set())
    assert OfflineExtractor._not_decision("I don't think we need to go that far.", set())


def test_the_reason_for_a_choice_is_not_the_choice() -> None:
    assert OfflineExtractor._not_decision("Just so we're not training people twice.", set())
    assert OfflineExtractor._not_decision("We've got no other way in otherwise.", set())
    assert not OfflineExtractor._not_decision("So we're agreed: the pilot is the Leeds office.", set())


# ---------------------------------------------------------------- waits


def test_cannot_do_work_until_a_named_party_acts_is_a_blocker_on_that_party(extractor) -> None:
    fs = run(extractor, [
        ("Felix Brandt", "We can't cut over the phones until Telcom port the numbers to the new carrier."),
    ])
    assert [(b.waiting_on, b.status) for b in of(fs, Blocker)] == [("Telcom", "open")]


def test_cannot_do_work_until_we_have_a_document_signed_is_a_blocker() -> None:
    assert rules.BLOCKER.search("We can't order the kit until we've got the budget form signed by a director.")
    assert rules.BLOCKER.search("Honestly I can't really begin the mapping until I get the schema from your side.")


def test_cannot_do_work_until_a_date_or_the_speakers_own_work_is_no_blocker() -> None:
    assert not rules.BLOCKER.search("I can't do the review until Thursday.")
    assert not rules.BLOCKER.search("I can't look at it until I'm back from leave.")
    assert not rules.BLOCKER.search("We can't go live until we finish the build.")


def test_the_party_of_a_wait_for_someones_thing_is_that_someone() -> None:
    assert rules.blocking_party("I can't start the reconciliation till I've got Marta's spreadsheet.") == "Marta"


def test_the_party_of_a_wait_for_a_consultation_is_who_is_consulted(extractor) -> None:
    fs = run(extractor, [
        ("Ruth Okoye", "We can't change the shift patterns until the works council has been consulted."),
    ])
    assert [b.waiting_on for b in of(fs, Blocker)] == ["the works council"]


def test_a_capitalised_party_acting_after_until_is_the_party() -> None:
    assert rules.blocking_party("We can't start UAT until Northwind rebuild the test environment.") == "Northwind"
    assert rules.blocking_party("I can't finish the design until the Apex team confirm the fields.") == "the Apex team"


def test_a_sign_off_needed_from_the_person_addressed_is_a_request_not_a_blocker(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "Pavel, the test plan needs a sign-off from you before we start on Monday. Can you do it "
                        "by Thursday?"),
    ])
    assert of(fs, Blocker) == []


def test_someones_work_waiting_on_it_waits_on_the_person_addressed_before_not_its_owner(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "Hi Ruth. There's one for you: the budget. Pavel's plan is waiting on it."),
    ])
    assert [b.waiting_on for b in of(fs, Blocker)] == ["Ruth Okoye"]


def test_a_pm_summary_a_turn_later_of_the_wait_just_told_is_the_same_blocker(extractor) -> None:
    fs = run(extractor, [
        ("Felix Brandt", "The thing is we can't fix the training dates for the rollout until the steering "
                         "committee agree a freeze window."),
        ("Ruth Okoye", "That's still with Pavel, as far as I know."),
        ("Imogen Hart", "So the training dates for the rollout are blocked on Pavel."),
    ])
    bs = of(fs, Blocker)
    assert len(bs) == 1 and len(bs[0].evidence) == 2
    assert bs[0].text == "The training dates for the rollout are blocked on Pavel."


# ---------------------------------------------------------------- absences told by someone else


def test_apologies_sent_through_a_colleague_are_an_absence_of_the_one_who_sent_them() -> None:
    said = "Hi, I'm Tom from facilities. Ruth asked me to dial in and pass on her apologies, she's travelling."
    assert [n for n, *_ in named_absences(said)] == ["Ruth"]


def test_someone_kept_away_or_back_later_is_an_absence() -> None:
    assert [n for n, *_ in named_absences("Pavel's really sorry, he's been pulled into the board meeting.")] == \
        ["Pavel"]
    assert [n for n, *_ in named_absences("Only that Pavel's back next Tuesday.")] == ["Pavel"]
    assert [n for n, *_ in named_absences("Check with Pavel when he's back.")] == ["Pavel"]


def test_back_from_leave_or_a_thing_switched_off_is_no_absence() -> None:
    assert named_absences("Pavel's back from leave and on it.") == []
    assert named_absences("Bromley is off the list.") == []


def test_she_sent_her_apologies_after_a_question_naming_her_is_her_absence(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "Ha. Felix, anything from Ruth?"),
        ("Felix Brandt", "She's sent her apologies, she's at the supplier day again."),
    ])
    assert [(a.person, a.present) for a in of(fs, Attendance) if not a.present] == [("Ruth Okoye", False)]


def test_a_wait_for_a_thing_to_be_done_waits_on_the_owner_of_the_meetings_item_doing_it(extractor) -> None:
    fs = run(extractor, [
        ("Pavel Novak", "Our facilities team will install the door readers on the second floor by the 20th."),
        ("Felix Brandt", "Good, because we can't enrol the badges until those door readers are installed."),
    ])
    assert [b.waiting_on for b in of(fs, Blocker)] == ["facilities team"]


def test_a_wait_for_a_thing_no_item_of_the_meeting_does_names_no_party(extractor) -> None:
    fs = run(extractor, [
        ("Pavel Novak", "I'll paint the second floor by the 20th."),
        ("Imogen Hart", "Thanks."),
        ("Felix Brandt", "We can't enrol the badges until the door readers are installed."),
    ])
    assert [b.waiting_on for b in of(fs, Blocker)] == [None]


def test_someones_work_waiting_on_it_carries_what_it_is_from_the_sentence_before(extractor) -> None:
    [b] = of(run(extractor, [
        ("Imogen Hart", "Hi Ruth. There's one for you: the budget approval. Pavel's plan is waiting on it."),
    ]), Blocker)
    assert b.text == "There's one for you: the budget approval. Pavel's plan is waiting on it."
    assert len(b.evidence) == 2


def test_the_party_of_a_wait_for_a_signature_is_who_signs() -> None:
    assert rules.blocking_party("We can't place the order until we've got the form signed by the head of finance.") \
        == "the head of finance"


def test_until_a_thing_reaches_a_state_then_cannot_is_a_blocker() -> None:
    assert rules.BLOCKER.search("Until the VLANs are configured the kiosks can't reach the booking service.")
    assert not rules.BLOCKER.search("Until Friday we can't do much anyway.")


# ---------------------------------------------------------------- risks


def test_a_role_named_with_the_word_risk_or_a_joke_with_miss_is_no_risk() -> None:
    assert not rules.is_risk("Quick intros: Omar is risk and compliance, and Dana runs the branches.")
    assert not rules.is_risk("Our head of risk sends her regards.")
    assert not rules.is_risk("And if anyone bumps into Dana, tell her we miss her.")
    assert rules.is_risk("If the vendor slips again we miss the go-live.")


def test_a_worry_that_opens_a_blocker_is_the_blocker_not_also_a_risk(extractor) -> None:
    fs = run(extractor, [
        ("Felix Brandt", "So, this is the part I'm worried about. We can't start the load tests until the hosting "
                         "team open the firewall, and it's still shut."),
    ])
    assert len(of(fs, Blocker)) == 1
    assert [f for f in fs.facts if f.kind == "risk"] == []
