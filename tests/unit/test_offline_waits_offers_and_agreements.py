"""The offline extractor on waits told as conditions, offers with a dated delivery, information questions and
agreements that carry the choice they agree to (hand-written meetings, lexical model)."""

from __future__ import annotations

from datetime import date

from assistant.models import ActionItem, Blocker, Decision, FactSet, Person
from ingest.extraction import rules
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context, of

DAY = date(2024, 9, 9)  # a Monday

PEOPLE = [
    Person(name="Mark Ellis", side="vendor"),
    Person(name="Priya Nair", side="vendor"),
    Person(name="John Okafor", side="customer"),
    Person(name="Sarah Lindqvist", side="customer"),
    Person(name="Network Security", kind="team", aliases=["network security"], side="customer"),
]


def run(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> FactSet:
    return extractor.extract(meeting_context(turns, PEOPLE, DAY))


def test_work_stuck_until_a_named_person_gets_something_done_waits_on_that_person(extractor) -> None:
    [b] = of(run(extractor, [
        ("Mark Ellis", "Where are we on the pilot?"),
        ("Sarah Lindqvist", "The pilot rollout is pretty much stuck until John gets the budget signed."),
    ]), Blocker)
    assert b.waiting_on == "John Okafor"


def test_work_stuck_until_a_date_waits_on_nobody(extractor) -> None:
    found = of(run(extractor, [
        ("Mark Ellis", "Where are we on the pilot?"),
        ("Sarah Lindqvist", "The pilot rollout is pretty much stuck until Thursday."),
    ]), Blocker)
    assert all(b.waiting_on is None for b in found)


def test_a_wait_told_as_a_passive_condition_names_no_party(extractor) -> None:
    [b] = of(run(extractor, [
        ("Mark Ellis", "And the payroll interface?"),
        ("Priya Nair", "The payroll interface is blocked until the proxy ports are opened on the client side."),
    ]), Blocker)
    assert b.waiting_on is None


def test_a_passive_condition_with_an_agent_waits_on_the_agent(extractor) -> None:
    [b] = of(run(extractor, [
        ("Mark Ellis", "And the payroll interface?"),
        ("Priya Nair", "The payroll interface is blocked until the proxy ports are opened by network security."),
    ]), Blocker)
    assert b.waiting_on == "Network Security"


def test_a_wait_restated_as_stuck_on_that_and_logged_by_the_pm_is_one_blocker(extractor) -> None:
    [b] = of(run(extractor, [
        ("Priya Nair", "I can't start the load tests until that dataset arrives. So I'm sort of stuck on that."),
        ("Mark Ellis", "Understood, we'll log that as waiting on the dataset."),
    ]), Blocker)
    assert len(b.evidence) == 3
    assert "load tests" in b.text


def test_a_pm_logging_a_wait_on_something_else_is_a_second_blocker(extractor) -> None:
    found = of(run(extractor, [
        ("Priya Nair", "I can't start the load tests until that dataset arrives. So I'm sort of stuck on that."),
        ("Mark Ellis", "Understood, and we're also waiting on the licence keys."),
    ]), Blocker)
    assert len(found) == 2


def test_still_waiting_on_him_waits_on_the_one_person_the_question_named_and_quotes_no_bare_no(extractor) -> None:
    [b] = of(run(extractor, [
        ("Mark Ellis", "Has anyone heard from John on the budget?"),
        ("Sarah Lindqvist", "No. Still waiting on him."),
    ]), Blocker)
    assert b.waiting_on == "John Okafor"
    assert [e.quote for e in b.evidence] == ["Still waiting on him."]


def test_still_waiting_on_him_after_a_question_naming_two_people_names_no_party(extractor) -> None:
    [b] = of(run(extractor, [
        ("Mark Ellis", "Has anyone heard from John or Priya on the budget?"),
        ("Sarah Lindqvist", "No. Still waiting on him."),
    ]), Blocker)
    assert b.waiting_on is None


def test_an_offer_followed_by_a_dated_delivery_of_it_is_the_speakers_item_for_the_offered_work(extractor) -> None:
    items = [a for a in of(run(extractor, [
        ("Mark Ellis", "We'll need all the rates in one sheet."),
        ("Sarah Lindqvist", "I can put the rate sheet together, I'll have it to you by Friday."),
    ]), ActionItem) if a.status == "open"]
    [item] = [a for a in items if "rate sheet" in a.text]
    assert item.owner == "Sarah Lindqvist"
    assert item.due == date(2024, 9, 13)


def test_an_offer_followed_by_an_undated_have_to_is_no_delivery(extractor) -> None:
    items = of(run(extractor, [
        ("Mark Ellis", "We'll need all the rates in one sheet."),
        ("Sarah Lindqvist", "I can put the rate sheet together, I'll have to ask finance what they want in it."),
    ]), ActionItem)
    assert not any(a.due is not None for a in items)


def test_a_question_asking_how_often_after_an_aside_is_no_item_for_the_person_asked(extractor) -> None:
    items = of(run(extractor, [
        ("Mark Ellis", "Thanks. John, quick other thing, how often does the address feed refresh?"),
        ("John Okafor", "Hmm, nightly I believe, but I want to check with our data people. "
                        "Let me confirm the refresh schedule by Wednesday."),
    ]), ActionItem)
    assert not any("how often" in a.text for a in items)
    assert [a.owner for a in items] == ["John Okafor"]


def test_a_request_after_an_aside_is_still_an_item_for_the_person_asked(extractor) -> None:
    items = of(run(extractor, [
        ("Mark Ellis", "Thanks. John, quick other thing, can you send me the address feed schedule?"),
        ("John Okafor", "Sure."),
    ]), ActionItem)
    assert [a.owner for a in items] == ["John Okafor"]


def test_we_are_agreed_followed_by_the_choice_is_a_decision(extractor) -> None:
    decisions = of(run(extractor, [
        ("Mark Ellis", "Right, logins. We have to settle staff accounts."),
        ("John Okafor", "Everyone here already uses the corporate directory."),
        ("Mark Ellis", "Okay, so we're agreed: staff log in with the corporate single sign-on, no local accounts. "
                       "I'll add that to the log."),
    ]), Decision)
    assert any("single sign-on" in d.text for d in decisions)


def test_the_decision_rule_reads_we_are_agreed_before_a_colon_or_that_clause_as_settling_a_choice() -> None:
    assert rules.DECISION.search("So we're agreed: the pilot runs on ward four.")
    assert rules.DECISION.search("Then we are agreed that the pilot runs on ward four.")
    assert not rules.DECISION.search("Honestly we're agreed on very little so far.")


def test_asking_whether_we_are_agreed_is_no_decision(extractor) -> None:
    decisions = of(run(extractor, [
        ("John Okafor", "Everyone here already uses the corporate directory."),
        ("Mark Ellis", "Are we agreed that staff log in with the corporate single sign-on?"),
    ]), Decision)
    assert decisions == []


def test_lets_go_with_that_takes_the_choice_said_after_it_as_the_decision(extractor) -> None:
    [d] = of(run(extractor, [
        ("Sarah Lindqvist", "Two weeks of testing is doable if it's focused."),
        ("John Okafor", "Okay, let's go with that. Acceptance testing runs two weeks, starting the twentieth."),
    ]), Decision)
    assert d.text.startswith("Acceptance testing runs two weeks")
    assert len(d.evidence) == 2


def test_lets_go_with_that_alone_takes_the_proposal_of_the_turn_before(extractor) -> None:
    [d] = of(run(extractor, [
        ("Sarah Lindqvist", "We run acceptance testing for two weeks from the twentieth."),
        ("John Okafor", "Okay, let's go with that."),
    ]), Decision)
    assert "acceptance testing" in d.text


def test_thats_decided_after_the_choice_is_not_a_second_decision(extractor) -> None:
    [d] = of(run(extractor, [
        ("Mark Ellis", "How far back do we migrate?"),
        ("John Okafor", "We migrate the last five years of invoices and the rest stays archived. That's decided."),
    ]), Decision)
    assert "five years" in d.text


def test_the_next_step_we_need_to_do_is_no_decision(extractor) -> None:
    decisions = of(run(extractor, [
        ("John Okafor", "Yes, I can reach the map service from the test network now."),
        ("Mark Ellis", "Excellent, so the map integration is unblocked."),
        ("Priya Nair", "Great. So the next step from our side, we need to push the production map settings "
                       "for your tenant."),
        ("Mark Ellis", "When can you do that?"),
    ]), Decision)
    assert decisions == []


def test_a_decision_naming_the_next_step_is_still_a_decision(extractor) -> None:
    decisions = of(run(extractor, [
        ("Priya Nair", "We've decided the next step is to push the production map settings for your tenant."),
    ]), Decision)
    assert len(decisions) == 1


def test_a_blocker_naming_no_party_waits_on_whoever_takes_on_the_next_turns_request_about_it(extractor) -> None:
    [b] = of(run(extractor, [
        ("Priya Nair", "So the map feed is blocked until the service addresses are allowlisted on your side."),
        ("Mark Ellis", "Sarah, is that something you can raise?"),
        ("Sarah Lindqvist", "I'll raise the change request with network security this week."),
    ]), Blocker)
    assert b.waiting_on == "Sarah Lindqvist"


def test_a_request_after_a_blocker_that_does_not_refer_to_it_names_no_party(extractor) -> None:
    [b] = of(run(extractor, [
        ("Priya Nair", "So the map feed is blocked until the service addresses are allowlisted on your side."),
        ("Mark Ellis", "Sarah, can you send me the test plan?"),
        ("Sarah Lindqvist", "I'll send the test plan this week."),
    ]), Blocker)
    assert b.waiting_on is None
