"""Decisions settled in the chair's own words, which the extractor missed or misread: "Okay, decided then." or "Okay,
so two decisions." before the choice, "So agreed, no ..." with the choice after it, "Sunday the 6th it is, with ...", "Right,
that's what we're doing, then." and "..., so that's decided." around it, "I'll write that down as agreed: ...",
"Written down." before the choice said back; and the summary a yes to "you're okay with that?" agrees to is the
decision, not the yes (hand-written meetings, lexical model)."""

from __future__ import annotations

import pytest

from assistant.models import Decision
from ingest.extraction import rules
from ingest.extraction.offline import OfflineExtractor
from tests.builders import in_room as run
from tests.builders import of

ARGUED = [("Pavel Novak", "Could the contractors not just have directory accounts?"),
          ("Ruth Okoye", "No. Absolutely not. They get local accounts on the portal, with MFA.")]


def _decided(extractor: OfflineExtractor, *turns: tuple[str, str]) -> list[str]:
    return [d.text for d in of(run(extractor, list(turns)), Decision)]


@pytest.mark.parametrize(("said", "decided"), [
    ("Okay, so two decisions. Go-live moves from the 16th to Monday the 30th of November.",
     ["Go-live moves from the 16th to Monday the 30th of November."]),
    ("So agreed, no directory accounts for contractors, local portal accounts with MFA instead.",
     ["Agreed, no directory accounts for contractors, local portal accounts with MFA instead."]),
    ("Okay, I'll write that down as agreed: contractor accounts on the portal only, with MFA.",
     ["Contractor accounts on the portal only, with MFA."]),
    # (an assent, not a choice)
    ("Agreed, no problem.", []),
])
def test_the_chairs_settling_words_take_the_choice_said_with_them(
    extractor: OfflineExtractor, said: str, decided: list[str]
) -> None:
    assert _decided(extractor, *ARGUED, ("Imogen Hart", said), ("Pavel Novak", "Fine by me.")) == decided


def test_decided_then_settles_the_choice_said_after_it(minilm_extractor: OfflineExtractor) -> None:
    # (with the MiniLM model, which alone does not pick the choice out)
    decided = _decided(minilm_extractor, *ARGUED,
                       ("Imogen Hart", "Okay, decided then. Staff sign in through our SSO, and the two contractors "
                                       "get local portal accounts with MFA."),
                       ("Pavel Novak", "Fine by me."))
    assert decided == ["Staff sign in through our SSO, and the two contractors get local portal accounts with MFA."]


def test_a_choice_named_with_it_is_and_what_goes_with_it_is_a_decision(extractor: OfflineExtractor) -> None:
    decided = _decided(extractor,
                       ("Imogen Hart", "Go-live date. We'd propose Sunday the 6th of December for Leeds."),
                       ("Pavel Novak", "Not the 29th?"),
                       ("Imogen Hart", "Not the 29th. We need the second parallel week."),
                       ("Pavel Novak", "Fine. Sunday the 6th it is, with the go/no-go on the 1st."),
                       ("Ruth Okoye", "Thank you."))
    assert decided == ["Sunday the 6th it is, with the go/no-go on the 1st."]


def test_what_were_doing_and_so_thats_decided_settle_the_plan_said_between_them(extractor: OfflineExtractor) -> None:
    decided = _decided(extractor,
                       ("Ruth Okoye", "Keying them in. Lovely. How many a day?"),
                       ("Imogen Hart", "Right, that's what we're doing, then. We go on the thirtieth, and the reports go "
                                       "to Ruth's team on a spreadsheet every night. Pavel's given me his proxy, so "
                                       "that's decided."),
                       ("Felix Brandt", "Okay."))
    assert decided == ["We go on the thirtieth, and the reports go to Ruth's team on a spreadsheet every night."]


def test_written_down_settles_the_choice_said_back(extractor: OfflineExtractor) -> None:
    decided = _decided(extractor,
                       ("Pavel Novak", "Fine. You're right. Leeds first, Bristol in the new year. Imogen, write that "
                                       "down before I change my mind."),
                       ("Imogen Hart", "Written down. Leeds first, on the ninth, and Bristol as phase two in the new "
                                       "year."),
                       ("Pavel Novak", "And if Bristol wants in sooner, I'd happily fund the scanners."))
    assert decided == ["Leeds first, on the ninth, and Bristol as phase two in the new year."]


def test_the_summary_agreed_to_is_the_decision_not_the_yes(extractor: OfflineExtractor) -> None:
    decided = _decided(extractor,
                       ("Ruth Okoye", "Reception. Honestly. Half the wards don't have working printers."),
                       ("Felix Brandt", "Okay, fine. Reception."),
                       ("Imogen Hart", "So labels printed at specimen reception, not on the wards. Pavel, you're okay "
                                       "with that?"),
                       ("Pavel Novak", "Yep, it's actually simpler for the build."),
                       ("Imogen Hart", "Great, decided. Ruth, the order sets?"),
                       ("Ruth Okoye", "Friday."))
    assert decided == ["Labels printed at specimen reception, not on the wards."]


def test_a_remark_after_a_choice_just_settled_is_no_second_decision(extractor: OfflineExtractor) -> None:
    decided = _decided(extractor,
                       ("Ruth Okoye", "And I don't want to be buying data bundles for forty personal phones."),
                       ("Imogen Hart", "So company tablets only, no personal phones for the crews?"),
                       ("Ruth Okoye", "Yes. Company tablets only."),
                       ("Pavel Novak", "Yes, that works for us."),
                       ("Felix Brandt", "Great. That makes my life easier."),
                       ("Imogen Hart", "Okay, that's decided then. Ruth, on the consultation, what are they worried "
                                       "about?"),
                       ("Ruth Okoye", "So, mainly location."))
    assert decided == ["Company tablets only, no personal phones for the crews."]


@pytest.mark.parametrize(("ruling", "decided"), [
    ("Pavel's right. No swaps in the app for go-live. Swaps go through the duty manager like they do now.",
     ["No swaps in the app for go-live."]),
    ("Pavel's right. Not their own phones. We buy them.", ["Not their own phones. We buy them."]),
    # a fact agreed with, or the speaker's own task
    ("Pavel's right. It doesn't close at six on a Sunday.", []),
    ("Pavel's right. I'll check with the duty managers first.", []),
])
def test_siding_with_one_view_argued_rules_on_what_is_said_next(
    extractor: OfflineExtractor, ruling: str, decided: list[str]
) -> None:
    assert _decided(extractor,
                    ("Felix Brandt", "Could we not just let them swap shifts in the app? Five pounds a month is cheaper."),
                    ("Pavel Novak", "At three in the morning, on a phone, in a hurry. No."),
                    ("Ruth Okoye", ruling), ("Felix Brandt", "Understood.")) == decided


def test_a_summary_put_as_what_we_are_agreeing_and_agreed_is_the_decision(extractor: OfflineExtractor) -> None:
    decided = _decided(extractor,
                       ("Felix Brandt", "That's how it works anyway. It records the location when the crew changes job "
                                        "status."),
                       ("Ruth Okoye", "I'm happy with that. We never wanted continuous tracking."),
                       ("Imogen Hart", "So we're agreeing location is only captured at job status changes, never "
                                       "continuous tracking?"),
                       ("Felix Brandt", "Agreed."),
                       ("Imogen Hart", "Last thing, the pilot training."))
    assert decided == ["Location is only captured at job status changes, never continuous tracking."]


def test_plans_said_as_what_we_do_or_do_not_are_decisions() -> None:
    for said in ("Then we go on the thirtieth with the dot turned off.", "We're not backfilling it before go-live, "
                 "I'm afraid.", "We're not running the two in parallel."):
        assert rules.DECISION.search(said), said
    for said in ("Then we go on to the next item.", "We're not running out of time.", "We're not running late."):
        assert not rules.DECISION.search(said), said
