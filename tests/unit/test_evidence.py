"""Quote verification shared by all extractors (ingest/evidence.py)."""

from __future__ import annotations

from assistant.models import ActionItem, Attendance, Decision, Evidence, Segment, Transcript
from ingest.evidence import find_quote, normalise_quote, verify_evidence, verify_facts


def _transcript() -> Transcript:
    texts = [
        ("SPEAKER_1", "Good morning everyone, let's get started."),
        ("SPEAKER_2", "We’ll ship the billing module on Friday, assuming QA signs off."),
        ("SPEAKER_1", "OK. The data migration is still blocked by the infra team."),
        ("SPEAKER_2", "So we agreed: the go-live moves to the 14th of June."),
        ("SPEAKER_1", "I will send the revised plan to Maria tomorrow."),
        ("SPEAKER_2", "Great, thanks. I will send the revised plan to Maria tomorrow as well, then."),
    ]
    segs = [
        Segment(id=i, start=10.0 * i, end=10.0 * i + 9.5, speaker=spk, text=text)
        for i, (spk, text) in enumerate(texts)
    ]
    return Transcript(sha256="x", source_name="t.vtt", source_kind="import", segments=segs)


def _item(quote: str, segment_id: int = 0, speaker: str = "nobody") -> ActionItem:
    ev = Evidence(meeting_id="m1", segment_id=segment_id, speaker=speaker, start=0, end=0, quote=quote)
    return ActionItem(text="t", evidence=[ev], meeting_id="m1")


def test_normalisation_ignores_case_punctuation_unicode_quotes_and_whitespace() -> None:
    assert normalise_quote("  We’ll  SHIP it — on\tFriday!! ") == normalise_quote("we'll ship it on friday")
    assert normalise_quote("“Go-live”, moves…") == "go live moves"


def test_an_exact_quote_returns_its_segment_and_the_verbatim_transcript_text() -> None:
    t = _transcript()
    hit = find_quote("we'll ship the billing module on friday", t.segments, 3)
    assert hit is not None
    seg, verbatim = hit
    assert seg.id == 1
    assert verbatim == "We’ll ship the billing module on Friday"


def test_a_quote_with_typos_within_the_tolerance_is_found() -> None:
    t = _transcript()
    hit = find_quote("the data migraton is still blocked by the infra teams", t.segments, 3)
    assert hit is not None
    assert hit[0].id == 2
    assert hit[1] == "The data migration is still blocked by the infra team"


def test_a_quote_beyond_the_tolerance_is_not_found() -> None:
    t = _transcript()
    assert find_quote("the data migratoin is stil blokced by infra", t.segments, 3) is None
    # A paraphrase is not a quote.
    assert find_quote("we decided to move the launch to mid June", t.segments, 3) is None


def test_a_quote_cut_inside_a_word_is_reported_as_the_whole_transcript_words() -> None:
    t = _transcript()
    hit = find_quote("hip the billing", t.segments, 3)  # one character short of "ship": within tolerance
    assert hit is not None and hit[1] == "ship the billing"
    assert find_quote("ip the billing", t.segments, 1) is None  # two characters short: beyond tolerance 1


def test_short_quotes_get_no_fuzzy_budget() -> None:
    t = _transcript()
    assert find_quote("ok", t.segments, 3) is not None  # exact word match is fine
    assert find_quote("oj", t.segments, 3) is None


def test_the_cited_segment_wins_when_the_same_words_occur_twice() -> None:
    t = _transcript()
    hit = find_quote("I will send the revised plan to Maria tomorrow", t.segments, 3, near=5)
    assert hit is not None and hit[0].id == 5
    hit = find_quote("I will send the revised plan to Maria tomorrow", t.segments, 3, near=4)
    assert hit is not None and hit[0].id == 4


def test_verify_facts_corrects_a_wrong_segment_id_and_takes_speaker_and_times_from_the_transcript() -> None:
    t = _transcript()
    kept, dropped = verify_facts([_item("the go-live moves to the 14th of june", segment_id=0)], t)
    assert dropped == 0
    ev = kept[0].evidence[0]
    assert (ev.segment_id, ev.speaker, ev.start, ev.end) == (3, "SPEAKER_2", 30.0, 39.5)
    assert ev.quote == "the go-live moves to the 14th of June"


def test_verify_facts_maps_speaker_labels_to_names_when_given() -> None:
    t = _transcript()
    kept, _ = verify_facts([_item("blocked by the infra team", 2)], t, speaker_names={"SPEAKER_1": "Priya"})
    assert kept[0].evidence[0].speaker == "Priya"


def test_verify_facts_drops_and_counts_facts_whose_quote_is_not_in_the_transcript() -> None:
    t = _transcript()
    facts = [
        _item("We'll ship the billing module on Friday", 1),
        _item("Everything is done and signed off", 1),
        _item("the data migraton is still blocked", 2),
    ]
    kept, dropped = verify_facts(facts, t, tolerance=3)
    assert dropped == 1
    assert [f.evidence[0].segment_id for f in kept] == [1, 2]


def test_a_fact_is_dropped_unless_every_one_of_its_quotes_is_found() -> None:
    t = _transcript()
    good = Evidence(
        meeting_id="m1", segment_id=1, speaker="", start=0, end=0, quote="ship the billing module"
    )
    bad = Evidence(
        meeting_id="m1", segment_id=2, speaker="", start=0, end=0, quote="the customer approved it"
    )
    kept, dropped = verify_facts([Decision(text="d", evidence=[good, bad], meeting_id="m1")], t)
    assert (kept, dropped) == ([], 1)


def test_a_fact_without_evidence_is_dropped() -> None:
    kept, dropped = verify_facts([ActionItem(text="no proof", meeting_id="m1")], _transcript())
    assert (kept, dropped) == ([], 1)


def test_verification_returns_copies_and_leaves_the_input_facts_untouched() -> None:
    fact = _item("go-live moves to the 14th of June", segment_id=0)
    verify_facts([fact], _transcript())
    assert fact.evidence[0].segment_id == 0
    assert fact.evidence[0].quote == "go-live moves to the 14th of June"


def test_an_expected_attendee_who_never_spoke_is_kept_as_an_absence_without_a_quote() -> None:
    absent = Attendance(text="Karen Lee was expected but did not attend.", person="Karen Lee", present=False,
                        expected=True, meeting_id="m1")
    kept, dropped = verify_facts([absent, ActionItem(text="no proof", meeting_id="m1")], _transcript())
    assert (kept, dropped) == ([absent], 1)


def test_a_quote_running_across_two_speakers_turns_is_not_evidence_of_either() -> None:
    ev = Evidence(meeting_id="m1", segment_id=1, speaker="SPEAKER_2", start=0, end=0,
                  quote="assuming QA signs off. OK. The data migration is still blocked")
    assert verify_evidence([ev], _transcript()) is None


def test_verified_evidence_points_at_the_real_segment_and_its_named_speaker() -> None:
    ev = Evidence(meeting_id="m1", segment_id=0, speaker="Ken", start=0, end=0, quote="the go-live moves to the 14th")
    [fixed] = verify_evidence([ev], _transcript(), speaker_names={"SPEAKER_2": "Priya"}) or []
    assert (fixed.segment_id, fixed.speaker, fixed.start, fixed.quote) == (3, "Priya", 30.0, "the go-live moves to the 14th")
