"""The offline extractor on a choice proposed, assented to over several turns and then closed ("Okay, the freeze
moves to the 14th.", "Okay, noted as agreed.", "Great. That's agreed then."), and on remarks that are no decision
(a status echoed back, a clause about what we're keeping, work promised by a date) (hand-written meetings, lexical
model)."""

from __future__ import annotations

from assistant.models import Decision
from ingest.extraction import rules
from ingest.extraction.offline import OfflineExtractor
from tests.builders import in_room as run
from tests.builders import of


def test_a_proposal_assented_over_turns_and_restated_by_the_chair_is_one_decision_in_the_restated_words(
        extractor) -> None:
    fs = run(extractor, [
        ("Felix Brandt", "Honestly, I think we have to push the data freeze. Freeze on the 14th instead of the 7th."),
        ("Ruth Okoye", "Fine by me, it gives finance another week."),
        ("Pavel Novak", "Yes. Let's do that."),
        ("Imogen Hart", "Okay, the data freeze moves to the 14th. Felix, the test plan?"),
    ])
    decisions = of(fs, Decision)
    assert [d.text for d in decisions] == ["The data freeze moves to the 14th."]
    quotes = [e.quote for e in decisions[0].evidence]
    assert "Fine by me, it gives finance another week." in quotes
    assert any("push the data freeze" in q or "Freeze on the 14th" in q for q in quotes)


def test_a_choice_summed_up_then_assented_and_noted_as_agreed_is_the_decision_not_the_next_topic(extractor) -> None:
    fs = run(extractor, [
        ("Ruth Okoye", "We'd rather the kiosks were locked down completely."),
        ("Imogen Hart", "So, single-app mode on every kiosk, no browser access. Pavel, can you live with that?"),
        ("Pavel Novak", "Yeah, go on."),
        ("Felix Brandt", "Please do."),
        ("Imogen Hart", "Okay, noted as agreed. Felix, the licences."),
    ])
    assert [d.text for d in of(fs, Decision)] == ["Single-app mode on every kiosk, no browser access."]


def test_a_choice_put_as_shall_we_say_and_closed_after_assents_is_the_decision_as_a_statement(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "So, shall we say, badge data is kept for ninety days and never used for timekeeping?"),
        ("Pavel Novak", "If that goes in the policy, I can take it to the works council."),
        ("Ruth Okoye", "I can live with that."),
        ("Felix Brandt", "Agreed."),
        ("Imogen Hart", "Great. That's agreed then."),
    ])
    decisions = of(fs, Decision)
    assert [d.text for d in decisions] == ["Badge data is kept for ninety days and never used for timekeeping."]
    assert "That's agreed then." in [e.quote for e in decisions[0].evidence]


def test_a_choice_summed_up_and_closed_with_lets_agree_that_is_the_decision(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "So, overtime is paid from the first half hour over contract. Felix, you can configure that?"),
        ("Felix Brandt", "Easily."),
        ("Imogen Hart", "Okay, let's agree that then."),
    ])
    assert [d.text for d in of(fs, Decision)] == ["Overtime is paid from the first half hour over contract."]


def test_a_remark_assented_to_and_agreed_by_someone_else_is_no_decision(extractor) -> None:
    fs = run(extractor, [
        ("Felix Brandt", "The vendor says the patch is sitting in their test environment."),
        ("Ruth Okoye", "Fine by me."),
        ("Pavel Novak", "Agreed."),
    ])
    assert of(fs, Decision) == []


def test_a_status_confirmed_with_yes_and_summed_up_by_the_chair_is_no_decision(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "Felix, is the firewall rule in for the print servers?"),
        ("Felix Brandt", "Yes."),
        ("Imogen Hart", "Okay, so the firewall rule for the print servers is in. Ruth, the certificates?"),
    ])
    assert of(fs, Decision) == []


def test_a_settled_choice_is_not_turned_down_by_a_no_that_answers_the_question_after_it(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "So decided, the old ledger stays read-only for ninety days for corrections. Pavel, anything "
                        "else?"),
        ("Pavel Novak", "No. Just the invoices, please."),
    ])
    assert [d.text for d in of(fs, Decision)] == [
        "Decided, the old ledger stays read-only for ninety days for corrections."]


def test_an_assent_settles_the_choice_stated_after_it_not_the_remark_before_it(extractor) -> None:
    fs = run(extractor, [
        ("Ruth Okoye", "The sales team have wanted this for years, Pavel."),
        ("Pavel Novak", "Then yes, fine, let's do it."),
        ("Felix Brandt", "So reseller enquiries get their own queue, owned by the sales office, and they triage them."),
        ("Imogen Hart", "I'm hearing that as agreed."),
    ])
    assert "The sales team have wanted this for years, Pavel." not in [d.text for d in of(fs, Decision)]


def test_the_room_agreement_noted_or_minuted_settles_what_was_said() -> None:
    for s in ("Okay, noted as agreed.", "That's minuted as decided.", "Great, recorded as agreed."):
        assert rules.DECIDED_BACKREF.match(s), s
    for s in ("Noted.", "I've noted the risk.", "Noted as agreed?"):
        assert not rules.DECIDED_BACKREF.match(s), s


def test_a_status_echoed_back_is_no_decision(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "And the access request, still with Douglas?"),
        ("Ruth Okoye", "Still with Douglas."),
        ("Imogen Hart", "So still with Douglas."),
        ("Ruth Okoye", "Still with Douglas."),
    ])
    assert of(fs, Decision) == []


def test_what_we_are_keeping_and_work_promised_by_a_date_are_not_decisions() -> None:
    for s in ("So before I start the trial loads I need to know what we're keeping.",
              "I'll email Malcolm today with what we've agreed and ask him to confirm.",
              "We'll have the floor plans over to Ruth by the 6th."):
        assert OfflineExtractor._not_decision(s, {"ruth", "malcolm"}), s
    assert not OfflineExtractor._not_decision("We're keeping the old scanners until March.", set())


def test_a_choice_summed_up_as_a_so_question_and_closed_with_thats_what_well_do_is_the_decision(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "So laptops for the office staff and tablets for the drivers?"),
        ("Felix Brandt", "That's what I'd go for, yes."),
        ("Ruth Okoye", "Fine by me."),
        ("Imogen Hart", "Good, that's what we'll do then."),
    ])
    decisions = of(fs, Decision)
    assert [d.text for d in decisions] == ["Laptops for the office staff and tablets for the drivers."]
    assert "Good, that's what we'll do then." in [e.quote for e in decisions[0].evidence]
