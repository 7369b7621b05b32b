"""Spoken-language cleaning: what is embedded is the text as it would be written."""

from __future__ import annotations

import pytest

from assistant.language import spoken_clean


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Um we'll we'll uh need the the w- working design.", "we'll need the working design."),
        ("I I think we have to fill in a questionnaire again, but", "I think we have to fill in a questionnaire again, but"),
        ("put it on the on the table", "put it on the table"),
        ("the the the three of you", "the three of you"),
        ("Mm-hmm, yeah, specifi- specific instructions", "yeah, specific instructions"),
    ],
)
def test_spoken_clean_drops_fillers_cut_offs_and_stuttered_repeats(said: str, written: str) -> None:
    assert spoken_clean(said) == written


@pytest.mark.parametrize(
    "text",
    ["Send the firewall change by Friday.", "Priya will own the risk sign-off, e-mail to follow.", "Yeah. Okay."],
)
def test_spoken_clean_leaves_clean_text_unchanged(text: str) -> None:
    assert spoken_clean(text) == text


def test_a_turn_that_is_only_hesitation_comes_back_as_it_was() -> None:
    assert spoken_clean("Mm-hmm.") == "Mm-hmm."
    assert spoken_clean("Um, uh") == "Um, uh"


def test_qmsum_spaced_hyphen_fillers_go_as_a_whole() -> None:
    # QMSum writes "Mm-hmm" as "Mm - hmm": the dash must not be left behind as the turn's only "word".
    assert spoken_clean("Yeah, mm - hmm, right.") == "Yeah, right."
    assert spoken_clean("Mm - hmm.") == "Mm - hmm."
    assert spoken_clean("multi - channel stuff") == "multi - channel stuff"


def test_a_suspended_hyphen_is_written_english_not_a_broken_off_word() -> None:
    text = "a right- and left-handed remote with low- or high-pass filters"
    assert spoken_clean(text) == text
    # AMI marks a word broken off before the same word or a conjunction: those still go.
    assert spoken_clean("So just t- to bear in mind") == "So just to bear in mind"
    assert spoken_clean("And then a- and then the other thing") == "and then the other thing"
