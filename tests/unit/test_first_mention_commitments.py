"""Commitments a blind audit found missed on their first mention: an expected result by a date, a terse dated
reply to the PM's prompt, a named member of the speaker's team, and an organisation the engagement does not list."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import ActionItem, Person
from ingest.extraction.offline import OfflineExtractor
from ingest.extraction.owners import NameIndex, resolve_owner
from tests.builders import meeting_context

MON = date(2024, 6, 24)
PEOPLE = [
    Person(name="Mark Ellis", side="vendor", role="project manager"),
    Person(name="Priya Nair", side="vendor"),
    Person(name="Anna Berg", side="customer"),
]


def open_items(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[ActionItem]:
    fs = extractor.extract(meeting_context(turns, PEOPLE, MON))
    return [f for f in fs.facts if isinstance(f, ActionItem) and f.status == "open" and not f.conditional]


def said_by_priya(extractor: OfflineExtractor, sentence: str) -> list[ActionItem]:
    """Open items of a three-turn call whose middle turn is Priya's sentence."""
    return open_items(extractor, [("Mark Ellis", "Morning everyone, let's get going."), ("Priya Nair", sentence),
                                  ("Anna Berg", "Thanks, that works.")])


def prompt_and_reply(extractor: OfflineExtractor, prompt: str, reply: str) -> list[ActionItem]:
    return open_items(extractor, [("Mark Ellis", f"Training materials are next. {prompt}"), ("Anna Berg", reply),
                                  ("Priya Nair", "Great, thanks.")])


def test_a_speaker_who_should_have_results_by_a_date_owns_a_dated_item(extractor: OfflineExtractor) -> None:
    [item] = said_by_priya(extractor, "I should have the load test results by the 14th.")
    assert item.owner == "Priya Nair"
    assert item.due == date(2024, 7, 14)
    assert "load test results" in item.text


def test_should_have_a_thing_signed_off_by_a_date_is_an_open_item_and_not_reported_done(
    extractor: OfflineExtractor,
) -> None:
    fs = extractor.extract(meeting_context([("Mark Ellis", "Morning everyone."),
                                            ("Priya Nair", "I should have the SOW signed off by the 30th."),
                                            ("Anna Berg", "Thanks.")], PEOPLE, MON))
    items = [f for f in fs.facts if isinstance(f, ActionItem)]
    assert [(i.status, i.owner, i.due) for i in items] == [("open", "Priya Nair", date(2024, 6, 30))]


@pytest.mark.parametrize("sentence", [
    "I should have sent the invite last week.",
    "I should have the numbers somewhere.",
    "I could maybe have the load test results by the 14th.",
    "Should I have the load test results by the 14th?",
])
def test_a_regret_an_undated_expectation_an_offer_or_a_question_with_should_have_is_no_commitment(
    extractor: OfflineExtractor, sentence: str
) -> None:
    assert said_by_priya(extractor, sentence) == []


@pytest.mark.parametrize("prompt,reply", [
    ("And the user guides?", "Yep, Friday for those."),
    ("Anna, the user guides?", "Yep. Friday for those."),
    ("What about the user guides?", "Friday, I promise."),
])
def test_a_terse_dated_reply_to_a_prompt_naming_work_is_the_repliers_item_for_that_work(
    extractor: OfflineExtractor, prompt: str, reply: str
) -> None:
    [item] = prompt_and_reply(extractor, prompt, reply)
    assert item.owner == "Anna Berg"
    assert item.due == date(2024, 6, 28)
    assert "user guides" in item.text.lower()
    assert {e.speaker for e in item.evidence} == {"Mark Ellis", "Anna Berg"}


@pytest.mark.parametrize("prompt,reply", [
    ("And the user guides?", "Probably Friday."),
    ("And the user guides?", "Not before Friday."),
    ("And the user guides?", "They went out last Friday."),
    ("Any questions?", "Friday works."),
    ("And the user guides?", "Friday was the plan but legal has them."),
])
def test_a_hedged_refused_done_or_unprompted_dated_reply_is_not_taken_on(
    extractor: OfflineExtractor, prompt: str, reply: str
) -> None:
    assert prompt_and_reply(extractor, prompt, reply) == []


@pytest.mark.parametrize("sentence", [
    "Kevin on my team is going to image the forty laptops by Thursday.",
    "Our engineer Kevin will image the forty laptops by Thursday.",
])
def test_a_named_person_of_the_speakers_team_owns_the_work_they_will_do(
    extractor: OfflineExtractor, sentence: str
) -> None:
    [item] = said_by_priya(extractor, sentence)
    assert (item.owner, item.due) == ("Kevin", date(2024, 6, 27))


@pytest.mark.parametrize("sentence", [
    "Kevin on my team might image the forty laptops by Thursday.",
    "Is Kevin on my team going to image the forty laptops by Thursday?",
    "Kevin on my team won't image the forty laptops by Thursday.",
])
def test_a_team_members_maybe_question_or_refusal_is_no_commitment(extractor: OfflineExtractor, sentence: str) -> None:
    assert said_by_priya(extractor, sentence) == []


def test_an_organisation_the_engagement_does_not_list_owns_the_work_it_will_do(extractor: OfflineExtractor) -> None:
    [item] = said_by_priya(extractor, "Brightline will confirm the cutover window by end of week.")
    assert (item.owner, item.due) == ("Brightline", date(2024, 6, 28))


@pytest.mark.parametrize("sentence", [
    "Cutover will happen on the 5th.",
    "UAT will finish by Friday.",
    "Testing will start on Monday.",
    "Brightline will be onsite on Tuesday.",
    "Some TVs will have the option of a living room style.",
    "Honestly the vendor might confirm the window by Friday.",
])
def test_an_activity_a_state_or_a_hedge_after_a_capitalised_word_names_no_owner(sentence: str) -> None:
    index = NameIndex.build(PEOPLE, ["Mark Ellis", "Priya Nair"])
    assert resolve_owner(sentence, "Priya Nair", index) == (None, "none")


@pytest.mark.parametrize("sentence", [
    "Oh sure, I'll just knock it out in my sleep tonight.",
    "Oh sure, I'll fill that in between the regulator return and my nine other jobs.",
    "I'll be honest, I haven't been able to get hold of him at all this week.",
    "I'll admit the test plan hasn't moved since Friday.",
])
def test_a_mocked_promise_or_a_way_of_speaking_with_ill_is_no_commitment(
    extractor: OfflineExtractor, sentence: str
) -> None:
    assert said_by_priya(extractor, sentence) == []


def test_a_promise_after_ill_be_honest_is_still_a_commitment(extractor: OfflineExtractor) -> None:
    [item] = said_by_priya(extractor, "I'll be honest, I'll send the test plan on Friday.")
    assert (item.owner, item.due) == ("Priya Nair", date(2024, 6, 28))


@pytest.mark.parametrize("prompt,reply,due,work", [
    ("Anna, SSO. You're picking up the SSO app registration on your side, yeah?", "Yep. Friday.", date(2024, 6, 28),
     "sso app registration"),
    ("Anna, the parallel-run plan for the ledger postings. Can we have that by the 16th?", "The 16th. Fine.",
     date(2024, 7, 16), "parallel-run plan"),
    ("Anna, you're still updating the cutover runbook for the weekend, right?", "Yes, Thursday.", date(2024, 6, 27),
     "cutover runbook"),
])
def test_work_put_to_someone_by_name_as_a_check_and_confirmed_is_theirs(
    extractor: OfflineExtractor, prompt: str, reply: str, due: date, work: str
) -> None:
    [item] = prompt_and_reply(extractor, prompt, reply)
    assert (item.owner, item.due) == ("Anna Berg", due)
    assert work in item.text.lower()


def test_a_third_party_the_check_names_owns_the_work_the_addressee_confirms(extractor: OfflineExtractor) -> None:
    [item] = prompt_and_reply(extractor, "Anna, and ScanLogic are doing the template mapping for the top fifty "
                                         "suppliers by the 16th?", "Yes, that's with our template team. The 16th.")
    assert (item.owner, item.due) == ("ScanLogic", date(2024, 7, 16))


@pytest.mark.parametrize("prompt,reply", [
    ("Anna, you're joining us from the Leeds office again, yeah?", "Yes, all week."),
    ("Who's doing the template mapping for the suppliers?", "Good question."),
    ("Anna, could we have the burn-down figures in front of us while we talk?", "Sure."),
    ("Anna, you're picking up the SSO app registration, yeah?", "No, that's Priya's."),
])
def test_a_check_on_something_not_work_asked_of_nobody_now_or_denied_is_not_taken_on(
    extractor: OfflineExtractor, prompt: str, reply: str
) -> None:
    assert [i for i in prompt_and_reply(extractor, prompt, reply) if i.owner == "Anna Berg"] == []


@pytest.mark.parametrize("sentence", [
    "SFTP into our landing zone. I need to give your network people our connection details and the public key. "
    "I can have that to you Thursday.",
    "I still have to send the network team the connection details. I'll get them over to you by Thursday.",
])
def test_a_dated_promise_of_that_takes_its_work_from_what_the_speaker_just_said_they_have_to_do(
    extractor: OfflineExtractor, sentence: str
) -> None:
    [item] = said_by_priya(extractor, sentence)
    assert (item.owner, item.due) == ("Priya Nair", date(2024, 6, 27))
    assert "connection details" in item.text


def test_an_offer_of_that_after_what_the_speaker_has_to_do_is_no_commitment(extractor: OfflineExtractor) -> None:
    assert said_by_priya(extractor, "I need to give your network people the public key. I could probably have that "
                                    "to you Thursday if it helps.") == []


@pytest.mark.parametrize("sentence,owner,due,work", [
    ("Kevin said he'd sort the licences by Friday.", "Kevin", date(2024, 6, 28), "licences"),
    ("Oh, and the ledger team are setting up the service account for the integration, they said Thursday.",
     "ledger team", date(2024, 6, 27), "service account"),
    ("Brightline told me they'll send the extract on Thursday.", "Brightline", date(2024, 6, 27), "extract"),
])
def test_a_promise_the_speaker_relays_for_someone_else_is_that_partys(
    extractor: OfflineExtractor, sentence: str, owner: str, due: date, work: str
) -> None:
    [item] = said_by_priya(extractor, sentence)
    assert (item.owner, item.due) == (owner, due)
    assert work in item.text


@pytest.mark.parametrize("sentence", [
    "The network team are looking at the firewall logs at the moment.",
    "Anna said she'd try to join late, so let's crack on.",
    "His PA says he'll do it when he's back.",
    "Kevin said he'd probably look at it if he had time.",
])
def test_work_in_hand_with_no_date_an_attendance_or_a_hedge_relayed_is_no_commitment(
    extractor: OfflineExtractor, sentence: str
) -> None:
    assert said_by_priya(extractor, sentence) == []
