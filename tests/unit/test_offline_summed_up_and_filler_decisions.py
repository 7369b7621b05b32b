"""The offline extractor on decisions agreed over several turns and summed up ("Okay, so that's our migration scope:
...", "So let's write that down. <the choice>"), on filler and meeting-running words that settle nothing ("Okay.",
"Then let's crack on."), and on a decision stated twice (proposal, then "Decided then: ...") kept once under its
settling words (hand-written meetings, lexical model)."""

from __future__ import annotations

from assistant.models import Decision
from ingest.extraction import rules
from tests.builders import in_room as run
from tests.builders import of


def test_a_summary_named_as_what_was_settled_is_a_decision() -> None:
    assert rules.DECISION.search("Okay, so that's our cut-over plan: stores first, the warehouse a week later.")
    assert rules.DECISION.search("Right, so that's the retention rule - seven years, then deleted.")
    assert not rules.DECISION.search("So that's our biggest risk: the data quality.")
    assert not rules.DECISION.search("That's the plan for today.")


def test_that_is_agreed_then_what_we_do_is_a_decision() -> None:
    assert rules.DECISION.search("Okay, so that's agreed, we keep the last two years and archive the rest.")
    assert not rules.DECISION.search("Agreed, we need to talk to finance first.")
    assert not rules.DECISION.search("Agreed, we should have asked sooner.")


def test_the_summing_up_after_several_agreeing_turns_is_the_decision(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "My suggestion is we bring across five years of tickets and leave the rest in the archive."),
        ("Pavel Novak", "Then yes, I'm happy with that."),
        ("Ruth Okoye", "So am I."),
        ("Imogen Hart", "Okay, so that's our migration scope: five years of tickets come across, older ones stay "
                        "in the archive."),
    ])
    texts = [d.text for d in of(fs, Decision)]
    assert "That's our migration scope: five years of tickets come across, older ones stay in the archive." in texts


def test_minuting_words_settle_the_choice_said_after_them(extractor) -> None:
    fs = run(extractor, [
        ("Ruth Okoye", "I'd rather the texts were reminders only, nothing promotional."),
        ("Pavel Novak", "That suits us."),
        ("Imogen Hart", "So let's write that down. Texts are for reminders only, no promotions for now."),
        ("Ruth Okoye", "Agreed."),
    ])
    assert [d.text for d in of(fs, Decision)] == ["Texts are for reminders only, no promotions for now."]


def test_getting_the_meeting_going_is_no_decision(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "Is Ruth joining today, do you know?"),
        ("Felix Brandt", "Not that I know of."),
        ("Imogen Hart", "Okay. Then let's crack on. Pavel, the firewall?"),
        ("Pavel Novak", "Then let's kick off with the firewall, it's done."),
    ])
    assert of(fs, Decision) == []


def test_okay_before_agreed_is_filler_not_the_choice_it_settles(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "I'd propose we go live on Monday the 11th of January, with UAT in the week of the 30th."),
        ("Pavel Novak", "Okay. Agreed. Go-live the 11th of January, UAT the week of the 30th."),
    ])
    texts = [d.text for d in of(fs, Decision)]
    assert "Okay." not in texts
    assert any("11th of January" in t for t in texts)


def test_a_proposal_agreed_and_then_decided_in_other_words_is_one_decision_named_by_its_settling_words(
        extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "I don't think we can cut over on Saturday. I'd like to propose we move the cut-over to the "
                        "weekend of the 21st."),
        ("Ruth Okoye", "Yes."),
        ("Pavel Novak", "I'd rather move the cut-over than fall over on the Monday. Agreed."),
        ("Felix Brandt", "Works for us."),
        ("Imogen Hart", "Okay. Decided then: the cut-over moves to the 21st and 22nd of November."),
    ])
    ds = of(fs, Decision)
    assert [d.text for d in ds] == ["Decided then: the cut-over moves to the 21st and 22nd of November."]
    assert any("propose we move the cut-over" in e.quote for e in ds[0].evidence)


def test_dropping_it_or_calling_it_out_of_scope_says_no_decision_of_its_own(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "Felix, the demo kit for the chill chamber. Has that gone up?"),
        ("Pavel Novak", "Do we actually need that? It's not in the contract."),
        ("Imogen Hart", "Yeah. Let's drop it. It's out of scope for go-live, we can look again next year."),
        ("Felix Brandt", "Fine by me. One less box to ship."),
    ])
    assert of(fs, Decision) == []


def test_a_settled_label_too_short_to_say_the_choice_takes_the_sentence_that_says_it_out(extractor) -> None:
    fs = run(extractor, [
        ("Felix Brandt", "What we've done elsewhere is train the supervisors as super users and they cascade it."),
        ("Ruth Okoye", "That I can do."),
        ("Imogen Hart", "Okay, so we're agreed, train-the-trainer. We train the twelve supervisors as super users "
                        "and they train the pickers."),
    ])
    assert [d.text for d in of(fs, Decision)] == [
        "We're agreed, train-the-trainer. We train the twelve supervisors as super users and they train the pickers."]


def test_a_proposal_met_with_that_is_sensible_is_the_decision(extractor) -> None:
    fs = run(extractor, [
        ("Imogen Hart", "What I'd suggest is we move the pilot go-live two weeks, to Monday the 26th."),
        ("Ruth Okoye", "I think that's sensible. I'd rather do it properly."),
        ("Pavel Novak", "Makes sense to me."),
    ])
    assert [d.text for d in of(fs, Decision)] == [
        "What I'd suggest is we move the pilot go-live two weeks, to Monday the 26th."]


def test_a_summary_settled_by_decided_after_it_absorbs_the_statements_of_the_same_choice_before_it(
        extractor) -> None:
    fs = run(extractor, [
        ("Felix Brandt", "It's a switch. We can leave requests off for the pilot and turn them on later."),
        ("Ruth Okoye", "Then let's do that. Managers build the rosters for the pilot, no self-rostering, and we look "
                       "at it again at the pilot review."),
        ("Pavel Novak", "I can live with that."),
        ("Imogen Hart", "Okay, so self-rostering stays switched off for the pilot, ward managers build the rosters, "
                        "we revisit at the pilot review. Decided."),
    ])
    ds = of(fs, Decision)
    assert [d.text for d in ds] == [
        "Self-rostering stays switched off for the pilot, ward managers build the rosters, we revisit at the pilot "
        "review."]
    assert any(e.quote == "Decided." for e in ds[0].evidence)


def test_the_go_ahead_for_an_offer_just_made_is_a_decision_in_the_offers_words(extractor) -> None:
    facts = run(extractor, [
        ("Felix Brandt", "I could maybe push the four requests through as one bundle, but I can't promise security "
                         "will accept that."),
        ("Imogen Hart", "Let's try it. If they reject the bundle we've lost nothing."),
        ("Felix Brandt", "Fine, I'll raise the bundled request on Wednesday."),
    ])
    [decision] = of(facts, Decision)
    assert decision.text.startswith("I could maybe push the four requests through as one bundle")
    assert [e.speaker for e in decision.evidence] == ["Felix Brandt", "Imogen Hart"]


def test_a_go_ahead_after_no_offer_decides_nothing(extractor) -> None:
    facts = run(extractor, [
        ("Felix Brandt", "The rule requests take five working days each."),
        ("Imogen Hart", "Let's try it."),
    ])
    assert of(facts, Decision) == []
