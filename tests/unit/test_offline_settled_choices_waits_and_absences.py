"""The offline extractor on choices settled with 'Agreed, ...' or 'Okay, decided: ...', recaps and options that are
not choices, a decision restated in one discussion, waits on a purchase order or on a team issuing something,
'it' pointing back at the wait just named, and absences said in a roll call (hand-written meetings, lexical
model)."""

from __future__ import annotations

from datetime import date

from assistant.models import Attendance, Blocker, Decision, FactSet, Person
from ingest.extraction import rules
from ingest.extraction.offline import OfflineExtractor, named_absences
from tests.builders import meeting_context, of

DAY = date(2025, 3, 10)  # a Monday

PEOPLE = [
    Person(name="Nadia Ferris", side="vendor"),
    Person(name="Tomas Lind", side="vendor"),
    Person(name="Grace Obi", side="customer"),
    Person(name="Victor Hale", side="customer"),
]


def run(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> FactSet:
    return extractor.extract(meeting_context(turns, PEOPLE, DAY))


def test_agreed_followed_by_what_is_agreed_is_a_decision() -> None:
    assert rules.DECISION.search("Agreed, cutover moves to the third of April.")
    assert rules.DECISION.search("Yeah, agreed, eighteen months of invoices it is.")


def test_agreed_followed_by_a_remark_or_a_hedge_is_no_decision() -> None:
    assert not rules.DECISION.search("Agreed, that's a fair point.")
    assert not rules.DECISION.search("Agreed, but let's see what finance says.")


def test_we_are_agreed_with_a_comma_then_the_choice_is_a_decision() -> None:
    assert rules.DECISION.search("Okay, so we're agreed, duplicate invoices go to the AP team for review.")
    assert not rules.DECISION.search("We're agreed, right?")


def test_decided_after_an_opening_word_settles_what_follows() -> None:
    assert rules.DECISION.search("Right, decided: the archive load starts on the ninth of June.")
    assert not rules.DECISION.search("Right, decided.")


def test_a_recap_of_the_standing_plan_is_no_decision(extractor) -> None:
    fs = run(extractor, [
        ("Nadia Ferris", "Quick recap, we're replacing the legacy ledger with the new platform and we're targeting "
                         "cutover on the third of April."),
        ("Grace Obi", "Yes, that's my understanding."),
    ])
    assert of(fs, Decision) == []


def test_a_choice_announced_as_the_plan_is_still_a_decision(extractor) -> None:
    fs = run(extractor, [
        ("Nadia Ferris", "Okay, we're replacing the nightly batch with the streaming feed."),
        ("Grace Obi", "Good."),
    ])
    assert len(of(fs, Decision)) == 1


def test_what_we_can_do_or_will_need_to_do_is_no_decision(extractor) -> None:
    fs = run(extractor, [
        ("Tomas Lind", "We can host the reporting database in our Frankfurt region."),
        ("Grace Obi", "Noted. We'll need to ask legal about it once the contract's in."),
    ])
    assert of(fs, Decision) == []


def test_lock_that_in_carries_the_choice_said_after_it(extractor) -> None:
    fs = run(extractor, [
        ("Nadia Ferris", "I'd like to propose the dress rehearsal runs two days from the twentieth."),
        ("Grace Obi", "Fine, let's lock that in. Two days of rehearsal from the twentieth."),
    ])
    [d] = of(fs, Decision)
    assert "rehearsal" in d.text
    assert any("lock that in" in e.quote for e in d.evidence)


def test_a_decision_restated_with_decided_is_one_decision_with_both_quotes(extractor) -> None:
    fs = run(extractor, [
        ("Grace Obi", "So the invoice archive stays in the UK region, London."),
        ("Nadia Ferris", "Then let's do that."),
        ("Tomas Lind", "Fine with me."),
        ("Nadia Ferris", "Decided: invoice archive hosted in the UK region, London data centre."),
    ])
    [d] = of(fs, Decision)
    assert d.text.startswith("Decided")
    assert len(d.evidence) >= 2


def test_two_different_decisions_in_one_discussion_stay_two(extractor) -> None:
    fs = run(extractor, [
        ("Nadia Ferris", "Decided: invoice archive hosted in the UK region, London data centre."),
        ("Grace Obi", "Agreed, training sessions run on Tuesdays from May."),
    ])
    assert len(of(fs, Decision)) == 2


def test_cannot_do_something_until_we_get_a_document_from_a_party_waits_on_that_party(extractor) -> None:
    [b] = of(run(extractor, [
        ("Nadia Ferris", "Tomas, the signing key?"),
        ("Tomas Lind", "We can't issue the signing key until we get the purchase order from Harlow finance."),
    ]), Blocker)
    assert b.waiting_on == "Harlow finance"


def test_cannot_do_something_until_we_get_it_from_them_names_no_party() -> None:
    assert rules.blocking_party("We can't issue the key until we get it from them.") is None


def test_blocked_until_a_team_issues_something_waits_on_that_team() -> None:
    s = "The payments feed is blocked until Harlow's treasury team issue us the test accounts."
    assert rules.BLOCKER.search(s)
    assert rules.blocking_party(s) == "Harlow's treasury team"


def test_blocked_until_something_is_up_on_a_party_side_waits_on_that_party_not_the_state() -> None:
    assert rules.blocking_party("Load testing is blocked until the tunnel is up on Harlow's side.") == "Harlow"
    assert rules.blocking_party("Load testing is blocked until the tunnel is up.") is None


def test_it_sitting_with_someone_after_a_blocker_is_the_same_blocker(extractor) -> None:
    found = of(run(extractor, [
        ("Tomas Lind", "The data load is blocked until Grace's team approve the service account."),
        ("Grace Obi", "Fair. It's sitting with one of my admins."),
    ]), Blocker)
    assert len(found) == 1
    assert len(found[0].evidence) == 2


def test_a_new_wait_named_after_a_blocker_is_a_second_blocker(extractor) -> None:
    found = of(run(extractor, [
        ("Tomas Lind", "The data load is blocked until Grace's team approve the service account."),
        ("Grace Obi", "And the reporting work is waiting on the network team for the firewall change."),
    ]), Blocker)
    assert len(found) == 2


def test_no_name_today_in_a_roll_call_is_an_absence() -> None:
    assert [n for n, *_ in named_absences("Morning. No Victor today, he's at the trade fair.")] == ["Victor"]
    assert named_absences("No updates today from finance.") == []


def test_a_name_with_an_s_contraction_sending_apologies_is_an_absence() -> None:
    assert [n for n, *_ in named_absences("Victor's sent apologies again.")] == ["Victor"]
    assert named_absences("Victor's sent the apologies email around.") == []


def test_an_absence_said_in_the_call_is_recorded_for_that_person(extractor) -> None:
    fs = run(extractor, [
        ("Nadia Ferris", "Morning all. Victor's sent apologies again. Let's go."),
        ("Grace Obi", "Morning."),
    ])
    assert any(a.person == "Victor Hale" and not a.present for a in of(fs, Attendance))


def test_cannot_start_without_it_after_a_turn_saying_what_is_missing_carries_that_wait(extractor) -> None:
    [b] = of(run(extractor, [
        ("Nadia Ferris", "The archive load. We still don't have a retention schedule from the records office."),
        ("Tomas Lind", "Right. We can't start without it."),
    ]), Blocker)
    assert "retention schedule" in b.text
    assert b.waiting_on is not None and b.waiting_on.endswith("records office")


def test_cannot_start_without_it_after_a_question_takes_nothing_from_the_question(extractor) -> None:
    found = of(run(extractor, [
        ("Nadia Ferris", "Do we still not have a retention schedule from the records office?"),
        ("Tomas Lind", "Right. We can't start without it."),
    ]), Blocker)
    assert all("retention" not in b.text for b in found)


def test_the_name_thing_is_unblocked_names_the_party_the_wait_was_on(extractor) -> None:
    [b] = of(run(extractor, [
        ("Nadia Ferris", "Tomas, the payments feed?"),
        ("Tomas Lind", "Good news, they sent the accounts on Friday. So the Treasury thing is unblocked."),
    ]), Blocker)
    assert b.status == "resolved"
    assert b.waiting_on == "Treasury"


def test_the_lowercase_thing_is_unblocked_names_no_party(extractor) -> None:
    [b] = of(run(extractor, [
        ("Nadia Ferris", "Tomas, the payments feed?"),
        ("Tomas Lind", "So the payments thing is unblocked."),
    ]), Blocker)
    assert b.status == "resolved"
    assert b.waiting_on is None


def test_a_speaker_stating_their_own_role_gives_their_attendance_that_role_with_the_quote(extractor) -> None:
    fs = run(extractor, [
        ("Nadia Ferris", "Morning all. Quick intros, Grace?"),
        ("Grace Obi", "Grace Obi, head of procurement. Really glad we're finally doing this."),
        ("Victor Hale", "Hi. I'm, um, I'm the sponsor on this, so anything you need escalated, come to me."),
        ("Tomas Lind", "I'm the owner of that ticket, by the way. And I'm a big fan of the new layout."),
    ])
    roles = {a.person: a.role for a in of(fs, Attendance) if a.present}
    assert roles == {"Nadia Ferris": None, "Grace Obi": "head of procurement", "Victor Hale": "sponsor",
                     "Tomas Lind": None}
    victor = next(a for a in of(fs, Attendance) if a.person == "Victor Hale")
    assert any("I'm the sponsor on this" in e.quote for e in victor.evidence)


def test_a_sponsor_role_said_after_a_job_title_or_taken_on_from_someone_else_is_the_role_recorded(extractor) -> None:
    fs = run(extractor, [
        ("Nadia Ferris", "Morning all. Quick intros, Grace?"),
        ("Grace Obi", "Grace Obi, chief operating officer for the trust. I'm the, um, I suppose I'm the sponsor."),
        ("Victor Hale", "So, about Paul. He's asked me to take the sponsor role from here on."),
        ("Tomas Lind", "I'll take over as project lead while Sam's away. I'll take the lead on the cutover, too."),
        ("Nadia Ferris", "Maybe I take your chair then."),
    ])
    roles = {a.person: a.role for a in of(fs, Attendance) if a.present}
    assert roles == {"Nadia Ferris": None, "Grace Obi": "sponsor", "Victor Hale": "sponsor",
                     "Tomas Lind": "project lead"}
    grace = next(a for a in of(fs, Attendance) if a.person == "Grace Obi")
    assert any("I suppose I'm the sponsor" in e.quote for e in grace.evidence)


def test_a_job_title_of_several_words_is_the_whole_title_not_its_first_word(extractor) -> None:
    fs = run(extractor, [
        ("Nadia Ferris", "Morning all. Quick intros, Grace?"),
        ("Grace Obi", "Grace Obi, chief operating officer for the trust. Glad we're doing this."),
        ("Victor Hale", "Hi, I'm the lead solution architect on the network side."),
        ("Tomas Lind", "Tomas, head of IT operations."),
    ])
    roles = {a.person: a.role for a in of(fs, Attendance) if a.present}
    assert roles == {"Nadia Ferris": None, "Grace Obi": "chief operating officer",
                     "Victor Hale": "lead solution architect", "Tomas Lind": "head of IT operations"}


def test_a_role_given_by_whoever_introduces_a_speaker_is_that_speakers_role_with_the_quote(extractor) -> None:
    fs = run(extractor, [
        ("Nadia Ferris", "Morning all. Before we start, this is Grace, our sponsor."),
        ("Grace Obi", "Hello everyone."),
        ("Tomas Lind", "And I've got Victor with me, he's our IT lead."),
        ("Victor Hale", "Morning."),
        ("Nadia Ferris", "Is Tomas the lead on this?"),
    ])
    roles = {a.person: a.role for a in of(fs, Attendance) if a.present}
    assert roles == {"Nadia Ferris": None, "Grace Obi": "sponsor", "Victor Hale": "IT lead", "Tomas Lind": None}
    grace = next(a for a in of(fs, Attendance) if a.person == "Grace Obi")
    assert any("this is Grace, our sponsor" in e.quote and e.speaker == "Nadia Ferris" for e in grace.evidence)


def test_sponsoring_said_as_a_verb_is_the_sponsor_role_and_asking_who_sponsors_is_no_role(extractor) -> None:
    fs = run(extractor, [
        ("Nadia Ferris", "Morning all. Who is sponsoring this on your side, Grace?"),
        ("Grace Obi", "Grace Obi, chief operating officer. I'm sponsoring this."),
        ("Victor Hale", "Victor Hale, head of procurement."),
        ("Tomas Lind", "Tomas Lind, finance director. I'll be sponsoring the rollout from January."),
    ])
    roles = {a.person: a.role for a in of(fs, Attendance) if a.present}
    assert roles == {"Nadia Ferris": None, "Grace Obi": "sponsor", "Victor Hale": "head of procurement",
                     "Tomas Lind": "sponsor"}
