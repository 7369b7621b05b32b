"""Who a blocker waits on when the blocking sentence does not name them."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import Blocker, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

PEOPLE = [
    Person(name="Dave Morgan", side="customer"),
    Person(name="Olga Petrova", side="vendor"),
    Person(name="Mark Ellis", side="vendor"),
    Person(name="Desktop Engineering", kind="team", aliases=["desktop engineering"], side="customer"),
    Person(name="Network Security", kind="team", aliases=["network security"], side="customer"),
    Person(name="Device-management vendor", kind="team", aliases=["device-management vendor"], side="vendor"),
]


def blockers(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[Blocker]:
    fs = extractor.extract(meeting_context(turns, PEOPLE, date(2024, 9, 10)))
    return [f for f in fs.facts if isinstance(f, Blocker)]


def test_a_blocker_waiting_on_something_from_me_waits_on_the_speaker(extractor: OfflineExtractor) -> None:
    [b] = blockers(extractor, [
        ("Mark Ellis", "Dave, where are we with the firewall rules?"),
        ("Dave Morgan", "The firewall team says they're waiting on a change ticket from me, which is fair."),
    ])
    assert b.waiting_on == "Dave Morgan"


def test_a_blocker_on_an_unnamed_thing_waits_on_the_party_named_earlier_in_the_turn(
        extractor: OfflineExtractor) -> None:
    [b] = blockers(extractor, [
        ("Mark Ellis", "Olga, packaging?"),
        ("Olga Petrova", "The app list from Desktop Engineering hasn't arrived. I can't start packaging until I get it."),
    ])
    assert b.waiting_on == "Desktop Engineering"


def test_a_blocker_with_a_pronoun_waits_on_the_party_named_in_the_turn_before(extractor: OfflineExtractor) -> None:
    [b] = blockers(extractor, [
        ("Mark Ellis", "And the device-management vendor?"),
        ("Olga Petrova", "We can't proceed with the staging until they're enrolled."),
    ])
    assert b.waiting_on == "Device-management vendor"


def test_a_party_named_after_the_blocking_phrase_wins_over_earlier_mentions(extractor: OfflineExtractor) -> None:
    [b] = blockers(extractor, [
        ("Mark Ellis", "Dave mentioned the device-management vendor."),
        ("Olga Petrova", "We're still waiting on network security for the template."),
    ])
    assert b.waiting_on == "Network Security"


def test_a_blocker_with_no_party_anywhere_has_none(extractor: OfflineExtractor) -> None:
    [b] = blockers(extractor, [
        ("Mark Ellis", "How is the staging going?"),
        ("Olga Petrova", "We can't proceed with the staging until it's fixed."),
    ])
    assert b.waiting_on is None


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("Network security is still holding the firewall change.", "Network Security"),
        ("The firewall change is sitting with network security.", "Network Security"),
        ("We still have no answer from the device-management vendor on the enrolment profile.",
         "Device-management vendor"),
        ("The SSO cutover is held up because IT security hasn't signed off the risk assessment.", "IT security"),
        ("The data migration is on hold pending the DPO's review.", "DPO"),
        ("We've been chasing Dave for the test accounts for two weeks.", "Dave Morgan"),
        ("Nothing moves on the integration until Contoso's network team gives us the IP ranges.",
         "Contoso's network team"),
        ("It's stuck with procurement until they sign the PO.", "procurement"),
    ],
)
def test_work_held_by_another_party_is_a_blocker_however_the_call_phrases_it(
        extractor: OfflineExtractor, sentence: str, party: str) -> None:
    [b] = blockers(extractor, [("Mark Ellis", "Where are we with it?"), ("Olga Petrova", sentence)])
    assert b.waiting_on == party


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll hold the firewall change until Friday.",
        "We are holding the workshop on Tuesday.",
        "Dave is holding the meeting on Tuesday.",
        "I haven't sent the change ticket yet.",
        "I still haven't sent the migration mapping, sorry.",
        "We still haven't opened the change request.",
    ],
)
def test_the_speakers_own_timing_or_an_ordinary_holding_is_not_a_blocker(
        extractor: OfflineExtractor, sentence: str) -> None:
    assert blockers(extractor, [("Mark Ellis", "Where are we with it?"), ("Olga Petrova", sentence)]) == []


def test_a_short_party_is_matched_to_a_known_team_by_whole_words_only(extractor: OfflineExtractor) -> None:
    found = blockers(extractor, [
        ("Dave Morgan", "Network security approved the template, thanks."),
        ("Olga Petrova", "But IT hasn't replied to the change request, so the pilot is blocked."),
    ])
    # "it" is inside "security": a substring match read IT as Network Security.
    assert [b.waiting_on for b in found if b.status == "open"] == ["IT"]


def test_a_thing_waited_on_takes_the_party_named_after_from_or_just_before(extractor: OfflineExtractor) -> None:
    found = blockers(extractor, [
        ("Dave Morgan", "We're blocked on replica access from Desktop Engineering."),
        ("Olga Petrova", "Bad news. The device-management vendor pushed their patch. We're still blocked on the connector."),
    ])
    assert [b.waiting_on for b in found] == ["Desktop Engineering", "Device-management vendor"]


def test_a_person_named_with_a_leading_article_does_not_claim_the_word_the() -> None:
    from ingest.extraction.owners import NameIndex

    index = NameIndex.build([Person(name="the data-protection officer", aliases=["DPO"])], [])
    assert index.find("We're still blocked on the connector.") == []
    assert [n for _, _, n in index.find("The DPO hasn't signed off.")] == ["the data-protection officer"]


def test_a_third_party_that_must_act_before_anything_works_is_a_blocker_but_our_own_prerequisite_is_not() -> None:
    from ingest.extraction import rules

    assert rules.BLOCKER.search(
        "Contoso Networks manage that firewall, and they need to open port 8443 before anything works end to end."
    )
    assert not rules.BLOCKER.search("I need to finish this before anything else.")
    assert not rules.BLOCKER.search("We need to book the room before we can start the training.")


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("We are waiting on Mark for the budget.", "Mark"),
        ("We are waiting on Janet for the sign-off.", "Janet"),
        ("The firewall change is still blocked until November 20.", None),
        ("We're blocked until the 18th.", None),
    ],
)
def test_a_date_is_never_a_blocking_party_but_a_name_that_starts_like_a_month_is(sentence: str, party: str | None) -> None:
    from ingest.extraction import rules

    assert rules.blocking_party(sentence) == party


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("I can't load the shift patterns until the union's signed off on what we're holding.", "the union"),
        ("We cannot go live till finance have approved it.", "finance"),
        ("The safeguarding files are still parked behind Hilary's signature.", "Hilary"),
        ("The rota is stuck behind Raj's final approval.", "Raj"),
        ("I can't do it until everyone's agreed.", None),
        ("The roster history is still parked behind the consultation.", None),
    ],
)
def test_whoever_has_to_act_or_whose_sign_off_the_work_sits_behind_is_the_party_even_in_lower_case(
        sentence: str, party: str | None) -> None:
    from ingest.extraction import rules

    assert rules.acted_party(sentence) == party


def test_a_thing_that_is_signed_is_no_party_of_its_own() -> None:
    from ingest.extraction import rules

    assert rules.acted_party("We can't release the vans until the checklist's signed.") is None
    assert rules.acted_party("Nothing goes out until the work order's signed off by Maureen.") is None


def test_a_lower_case_party_that_has_to_sign_off_is_who_the_blocker_waits_on(extractor: OfflineExtractor) -> None:
    [b] = blockers(extractor, [
        ("Mark Ellis", "Olga, rostering?"),
        ("Olga Petrova", "But it does mean I can't load the shift patterns until the union's signed off on what "
                         "we're holding."),
    ])
    assert b.waiting_on == "the union"


def test_a_recap_that_names_only_who_and_the_party_joins_the_wait_told_earlier_in_the_call(
        extractor: OfflineExtractor) -> None:
    [b] = blockers(extractor, [
        ("Mark Ellis", "Olga, the device rollout?"),
        ("Olga Petrova", "We can't start anything, the pilot build, the packaging, nothing, until Desktop Engineering "
                         "send the app list."),
        ("Mark Ellis", "Okay. Dave, the budget is fine for now."),
        ("Dave Morgan", "Yes, it is."),
        ("Mark Ellis", "Recap then. Olga, waiting on Desktop Engineering."),
    ])
    assert b.waiting_on == "Desktop Engineering"
    assert len(b.evidence) == 2


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("I can't start the reconciliation until I've got the ledger dump from Priya.", "Priya"),
        ("We're stuck on the load until we've received the mapping from the Oriel team.", "the Oriel team"),
        ("We can't mount the scanners until the brackets arrive from our supplier, so that's parked.", "our supplier"),
        ("The go-live can't happen until Dave's approved the cutover plan.", "Dave"),
        ("Nothing moves on the depot until the landlord says yes to the cabling.", "the landlord"),
        ("I can't test it until I get the key from you.", None),
    ],
)
def test_who_the_awaited_thing_comes_from_who_has_signed_or_who_must_say_yes_is_the_party(
        sentence: str, party: str | None) -> None:
    from ingest.extraction import rules

    assert rules.blocking_party(sentence) == party


def test_a_lower_case_body_that_must_approve_or_send_is_the_party_not_a_thing(extractor: OfflineExtractor) -> None:
    [b] = blockers(extractor, [
        ("Mark Ellis", "Olga, the packaging?"),
        ("Olga Petrova", "I can't publish anything to the store until the fire officer approves the layout."),
    ])
    assert b.waiting_on == "the fire officer"


def test_others_held_up_until_the_speaker_acts_wait_on_the_speaker(extractor: OfflineExtractor) -> None:
    [b] = blockers(extractor, [
        ("Mark Ellis", "And the kiosk users?"),
        ("Olga Petrova", "They can sign in but they can't print a label until my next release."),
    ])
    assert b.waiting_on == "Olga Petrova"


def test_the_speakers_own_wait_for_what_they_receive_does_not_wait_on_the_speaker(extractor: OfflineExtractor) -> None:
    [b] = blockers(extractor, [
        ("Mark Ellis", "And the kiosk users?"),
        ("Olga Petrova", "I can't print a label until I get the template."),
    ])
    assert b.waiting_on != "Olga Petrova"


def test_a_wait_for_a_thing_just_asked_about_waits_on_whoever_answered_for_it(extractor: OfflineExtractor) -> None:
    [b] = blockers(extractor, [
        ("Mark Ellis", "And the test accounts?"),
        ("Dave Morgan", "Ah. Realistically that's Thursday now, sorry, I've had the audit all week."),
        ("Mark Ellis", "Okay, Thursday."),
        ("Olga Petrova", "I can't run a single scenario until those accounts turn up."),
    ])
    assert b.waiting_on == "Dave Morgan"


def test_a_wait_for_a_thing_nobody_was_asked_about_does_not_take_the_last_speaker(extractor: OfflineExtractor) -> None:
    [b] = blockers(extractor, [
        ("Mark Ellis", "And the training room?"),
        ("Dave Morgan", "Booked for Thursday."),
        ("Olga Petrova", "I can't run a single scenario until those accounts turn up."),
    ])
    assert b.waiting_on != "Dave Morgan"
