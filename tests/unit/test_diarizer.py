"""Diarizer logic without the voice model: clustering, word labelling, re-cutting, voice matching, fakes."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.engines.base import Diarizer
from assistant.engines.diarizer import (
    DiarizerParams,
    FakeDiarizer,
    SingleSpeakerDiarizer,
    VoiceDiarizer,
    _Item,
    _smooth,
    cluster_embeddings,
    estimate_speaker_count,
    match_voices,
    update_profile,
    voice_similarity,
)
from assistant.models import Segment, Word
from assistant.settings import DiarizationSettings

DIM = 256


def _voices(k: int, seed: int = 0) -> np.ndarray:
    """Non-negative voice vectors with a large shared part, like Resemblyzer's (pairwise cosine ~0.6-0.8)."""
    rng = np.random.default_rng(seed)
    common = np.abs(rng.standard_normal(DIM))
    own = np.abs(rng.standard_normal((k, DIM))) * (rng.random((k, DIM)) < 0.3) * 2.5
    v = common + own
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _windows(voices: np.ndarray, order: list[int], noise: float = 0.5, seed: int = 1) -> np.ndarray:
    """Noisy non-negative window embeddings (same-voice window pairs have cosine ~0.8, as real ones)."""
    rng = np.random.default_rng(seed)
    x = np.maximum(voices[order] + noise * rng.standard_normal((len(order), DIM)) / np.sqrt(DIM), 0.0)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def _agreement(pred: np.ndarray, truth: list[int]) -> float:
    from scipy.optimize import linear_sum_assignment

    k = max(pred.max(), max(truth)) + 1
    counts = np.zeros((k, k))
    for p, t in zip(pred, truth, strict=True):
        counts[p, t] += 1
    r, c = linear_sum_assignment(-counts)
    return counts[r, c].sum() / len(truth)


@pytest.mark.parametrize("k", [2, 3])
def test_the_number_of_voices_is_estimated_and_windows_grouped_by_voice(k: int) -> None:
    truth = [i % k for i in range(40 * k)]
    x = _windows(_voices(k, seed=k), truth)
    labels = cluster_embeddings(x, max_speakers=8)
    assert len(set(labels.tolist())) == k
    assert _agreement(labels, truth) >= 0.95


def test_one_voice_stays_one_speaker() -> None:
    x = _windows(_voices(1), [0] * 80)
    assert set(cluster_embeddings(x, max_speakers=8).tolist()) == {0}


def test_a_fixed_speaker_count_is_honoured() -> None:
    truth = [i % 3 for i in range(90)]
    x = _windows(_voices(3, seed=3), truth)
    labels = cluster_embeddings(x, num_speakers=2)
    assert len(set(labels.tolist())) == 2
    assert set(cluster_embeddings(x, num_speakers=1).tolist()) == {0}


def test_max_speakers_caps_the_estimate() -> None:
    truth = [i % 3 for i in range(90)]
    labels = cluster_embeddings(_windows(_voices(3, seed=3), truth), max_speakers=2)
    assert len(set(labels.tolist())) <= 2


def test_labels_are_numbered_in_order_of_first_appearance() -> None:
    truth = [1] * 30 + [0] * 30
    labels = cluster_embeddings(_windows(_voices(2, seed=5), truth))
    assert labels[0] == 0 and labels[-1] == 1


def test_voice_similarity_is_near_one_for_two_halves_of_one_voice_and_lower_for_two_voices() -> None:
    v = _voices(2, seed=7)
    a = _windows(v, [0] * 20, seed=2)
    b = _windows(v, [0] * 20, seed=3)
    c = _windows(v, [1] * 20, seed=4)
    assert voice_similarity(a, b) > 0.97
    assert voice_similarity(a, c) < 0.9


# --------------------------------------------------------------------------- voice profiles


def test_a_voice_is_matched_to_the_closest_profile_above_the_threshold() -> None:
    v = _voices(3, seed=11)
    found = match_voices(
        {"SPEAKER_1": v[0].tolist(), "SPEAKER_2": v[1].tolist()},
        {"Ann": v[0].tolist(), "Bob": v[1].tolist(), "Cy": v[2].tolist()},
        threshold=0.99,
    )
    assert sorted((label, person) for label, person, _ in found) == [
        ("SPEAKER_1", "Ann"),
        ("SPEAKER_2", "Bob"),
    ]
    assert all(score > 0.99 for *_, score in found)


def test_a_voice_below_the_threshold_is_not_matched() -> None:
    v = _voices(2, seed=12)
    score = float(v[0] @ v[1])
    assert match_voices({"SPEAKER_1": v[0].tolist()}, {"Ann": v[1].tolist()}, threshold=score + 0.01) == []
    assert (
        len(match_voices({"SPEAKER_1": v[0].tolist()}, {"Ann": v[1].tolist()}, threshold=score - 0.01)) == 1
    )


def test_two_speakers_never_match_the_same_person() -> None:
    v = _voices(2, seed=13)
    near = (v[0] * 0.98 + v[1] * 0.02).tolist()
    found = match_voices(
        {"SPEAKER_1": v[0].tolist(), "SPEAKER_2": near}, {"Ann": v[0].tolist()}, threshold=0.5
    )
    assert [(label, person) for label, person, _ in found] == [("SPEAKER_1", "Ann")]


def test_matching_without_profiles_or_voices_finds_nothing() -> None:
    assert match_voices({}, {"Ann": [1.0, 0.0]}, 0.1) == []
    assert match_voices({"SPEAKER_1": [1.0, 0.0]}, {"Ann": None}, 0.1) == []


def test_a_profile_is_a_running_mean_of_unit_voices() -> None:
    assert update_profile(None, 0, [3.0, 4.0]) == pytest.approx([0.6, 0.8])
    two = update_profile([1.0, 0.0], 1, [0.0, 2.0])
    assert two == pytest.approx([np.sqrt(0.5), np.sqrt(0.5)])
    heavy = update_profile([1.0, 0.0], 9, [0.0, 1.0])
    assert heavy[0] > 0.99 and np.linalg.norm(heavy) == pytest.approx(1.0)


# --------------------------------------------------------------------------- the diarizer with a scripted encoder


class ScriptedEncoder:
    """Embeds a window as the voice of whoever speaks most of it, per a known turn list."""

    def __init__(self, turns: list[tuple[float, float, int]], voices: np.ndarray):
        self.turns, self.voices = turns, voices
        self.rng = np.random.default_rng(0)

    def embed_windows(self, wav: np.ndarray, windows: list[tuple[float, float]]) -> np.ndarray:
        out = []
        for a, b in windows:
            share = {k: 0.0 for k in range(len(self.voices))}
            for s, e, k in self.turns:
                share[k] += max(0.0, min(b, e) - max(a, s))
            v = self.voices[max(share, key=lambda k: share[k])]
            v = v + 0.05 * np.abs(self.rng.standard_normal(DIM)) / np.sqrt(DIM)
            out.append(v / np.linalg.norm(v))
        return np.array(out, dtype=np.float32)


def _seg(i: int, start: float, words: list[str], step: float = 0.4) -> Segment:
    ws = [
        Word(start=start + k * step, end=start + (k + 1) * step - 0.05, text=w) for k, w in enumerate(words)
    ]
    return Segment(id=i, start=start, end=ws[-1].end, speaker="", text=" ".join(words), words=ws)


def _conversation() -> tuple[list[Segment], list[tuple[float, float, int]]]:
    # B talks first; a Whisper segment (the third) runs across a change from B to A with no pause.
    segs = [
        _seg(7, 0.0, ["good", "morning", "and", "welcome", "to", "the", "weekly", "status", "call", "today"]),
        _seg(8, 5.0, ["thanks", "for", "having", "me", "I", "have", "three", "updates", "for", "you"]),
        _seg(
            9,
            10.0,
            [
                "first",
                "the",
                "firewall",
                "change",
                "is",
                "still",
                "waiting",
                "for",
                "approval",
                "and",
                "what",
                "is",
                "the",
                "new",
                "date",
                "then",
            ],
        ),
        _seg(10, 18.0, ["we", "expect", "it", "next", "Friday", "at", "the", "latest"]),
    ]
    turns = [(0.0, 4.5, 1), (5.0, 9.5, 0), (10.0, 13.6, 0), (13.6, 17.0, 1), (18.0, 21.5, 0)]
    return segs, turns


def test_words_get_their_speakers_and_segments_are_recut_at_speaker_changes() -> None:
    segs, turns = _conversation()
    enc = ScriptedEncoder(turns, _voices(2, seed=21))
    dia = VoiceDiarizer(DiarizationSettings(), encoder=enc).diarize(np.zeros(16000 * 22, np.float32), segs)  # type: ignore[arg-type]
    speakers = [s.speaker for s in dia.segments]
    assert speakers == ["SPEAKER_1", "SPEAKER_2", "SPEAKER_2", "SPEAKER_1", "SPEAKER_2"]
    assert [s.id for s in dia.segments] == list(range(5))
    assert dia.segments[2].text == "first the firewall change is still waiting for approval"
    assert dia.segments[3].text == "and what is the new date then"
    assert all(w.speaker == s.speaker for s in dia.segments for w in s.words)
    assert set(dia.embeddings) == {"SPEAKER_1", "SPEAKER_2"}
    assert all(abs(np.linalg.norm(v) - 1) < 1e-6 for v in dia.embeddings.values())


def test_a_single_stray_word_inside_continuous_speech_is_smoothed_away() -> None:
    segs, turns = _conversation()
    # One word of the first turn sounds like the other voice.
    turns = [(0.0, 1.6, 1), (1.6, 2.0, 0), (2.0, 4.5, 1), *turns[1:]]
    enc = ScriptedEncoder(turns, _voices(2, seed=21))
    params = DiarizerParams(window_s=0.4, hop_s=0.2, min_window_s=0.3, min_split_windows=3)
    dia = VoiceDiarizer(DiarizationSettings(), encoder=enc, params=params).diarize(  # type: ignore[arg-type]
        np.zeros(16000 * 22, np.float32), segs
    )
    assert {w.speaker for w in dia.segments[0].words} == {"SPEAKER_1"}


def _items_of(spans: list[tuple[int, float, float]]) -> list[_Item]:
    return [_Item(seg=seg, word=i, start=a, end=b) for i, (seg, a, b) in enumerate(spans)]


def test_a_third_voice_on_the_last_word_before_a_pause_goes_back_to_the_sentence_it_ends() -> None:
    # "... the laptop rollout | project." (same Whisper segment, no pause), then a pause and the next speaker.
    items = _items_of([(0, 0.0, 0.4), (0, 0.4, 0.8), (0, 0.8, 1.3), (1, 2.0, 2.4), (1, 2.4, 2.8)])
    assert _smooth(items, [0, 0, 2, 1, 1], DiarizerParams()) == [0, 0, 0, 1, 1]


def test_a_short_reply_between_pauses_keeps_its_own_voice() -> None:
    # "Yes." alone between two other speakers, with pauses (or a segment break) on both sides.
    items = _items_of([(0, 0.0, 0.5), (0, 0.5, 1.0), (1, 1.8, 2.1), (2, 2.2, 2.6), (2, 2.6, 3.0)])
    assert _smooth(items, [0, 0, 2, 1, 1], DiarizerParams()) == [0, 0, 2, 1, 1]


def test_a_fixed_count_of_one_puts_everyone_on_speaker_1() -> None:
    segs, turns = _conversation()
    enc = ScriptedEncoder(turns, _voices(2, seed=21))
    dia = VoiceDiarizer(DiarizationSettings(), encoder=enc).diarize(  # type: ignore[arg-type]
        np.zeros(16000 * 22, np.float32), segs, num_speakers=1
    )
    assert {s.speaker for s in dia.segments} == {"SPEAKER_1"}
    assert [s.id for s in dia.segments] == list(range(len(segs)))


def test_no_segments_give_an_empty_diarization() -> None:
    dia = VoiceDiarizer(DiarizationSettings(), encoder=ScriptedEncoder([], _voices(1))).diarize(  # type: ignore[arg-type]
        np.zeros(16000, np.float32), []
    )
    assert dia.segments == [] and dia.embeddings == {}


def test_stereo_audio_is_rejected() -> None:
    segs, _ = _conversation()
    with pytest.raises(Exception, match="mono"):
        VoiceDiarizer(DiarizationSettings(), encoder=ScriptedEncoder([], _voices(1))).diarize(  # type: ignore[arg-type]
            np.zeros((2, 16000), np.float32), segs
        )


# --------------------------------------------------------------------------- fakes


def test_all_diarizers_satisfy_the_protocol() -> None:
    assert isinstance(VoiceDiarizer(DiarizationSettings()), Diarizer)
    assert isinstance(FakeDiarizer(), Diarizer)
    assert isinstance(SingleSpeakerDiarizer(), Diarizer)


def test_the_fake_diarizer_alternates_speakers_and_gives_stable_fake_voices() -> None:
    segs, _ = _conversation()
    dia = FakeDiarizer().diarize(np.zeros(10, np.float32), segs)
    assert [s.speaker for s in dia.segments] == ["SPEAKER_1", "SPEAKER_2", "SPEAKER_1", "SPEAKER_2"]
    assert [s.id for s in dia.segments] == [0, 1, 2, 3]
    again = FakeDiarizer().diarize(np.zeros(10, np.float32), segs)
    assert dia.embeddings == again.embeddings and len(dia.embeddings["SPEAKER_1"]) == 256


def test_the_fake_diarizer_follows_a_mapping_or_one_speaker() -> None:
    segs, _ = _conversation()
    mapped = FakeDiarizer({1: "SPEAKER_2"}).diarize(np.zeros(10, np.float32), segs)
    assert [s.speaker for s in mapped.segments] == ["SPEAKER_1", "SPEAKER_2", "SPEAKER_1", "SPEAKER_1"]
    one = FakeDiarizer().diarize(np.zeros(10, np.float32), segs, num_speakers=1)
    assert {s.speaker for s in one.segments} == {"SPEAKER_1"}


def test_the_single_speaker_diarizer_labels_every_word_speaker_1_without_a_voice() -> None:
    segs, _ = _conversation()
    dia = SingleSpeakerDiarizer().diarize(np.zeros(10, np.float32), segs)
    assert {w.speaker for s in dia.segments for w in s.words} == {"SPEAKER_1"}
    assert dia.embeddings == {}


def test_the_end_of_an_unfinished_sentence_goes_back_to_the_speaker_who_started_it() -> None:
    # "... send the change request to | them? [pause] I will ..." in one Whisper segment; late word timings put
    # "them?" in the next voice's window.
    items = _items_of([(0, 0.0, 0.4), (0, 0.4, 0.7), (0, 0.7, 1.2), (0, 1.6, 1.8), (0, 1.8, 2.2)])
    texts = ["request", "to", "them?", "I", "will"]
    assert _smooth(items, [0, 0, 1, 1, 1], DiarizerParams(), texts) == [0, 0, 0, 1, 1]


def test_a_new_speaker_after_a_finished_sentence_keeps_their_first_words() -> None:
    items = _items_of([(0, 0.0, 0.4), (0, 0.4, 0.7), (0, 0.7, 1.2), (0, 1.6, 1.8), (0, 1.8, 2.2)])
    texts = ["the", "request.", "Sure.", "I", "will"]
    assert _smooth(items, [0, 0, 1, 1, 1], DiarizerParams(), texts) == [0, 0, 1, 1, 1]


def test_a_new_speaker_who_carries_on_without_a_pause_keeps_the_sentence_head() -> None:
    # No pause after "them?": nothing says the head belongs to the first speaker rather than the second.
    items = _items_of([(0, 0.0, 0.4), (0, 0.4, 0.7), (0, 0.7, 1.2), (0, 1.2, 1.4), (0, 1.4, 1.8)])
    texts = ["request", "to", "them?", "I", "will"]
    assert _smooth(items, [0, 0, 1, 1, 1], DiarizerParams(), texts) == [0, 0, 1, 1, 1]


def _round_table(k: int, turns_each: int = 3, turn_s: float = 6.0) -> tuple[list[Segment], list[tuple[float, float, int]]]:
    """k people speaking in turn, each turn a segment of words every 0.4 s, half a second apart."""
    segs, turns = [], []
    for i in range(k * turns_each):
        start = i * (turn_s + 0.5)
        segs.append(_seg(i, start, [f"w{i}_{j}" for j in range(int(turn_s / 0.4))]))
        turns.append((start, start + turn_s, i % k))
    return segs, turns


def test_a_forced_speaker_count_below_the_voices_heard_gives_a_warning_naming_both_numbers() -> None:
    segs, turns = _round_table(4)
    audio = np.zeros(int(16000 * (turns[-1][1] + 1)), np.float32)
    diarizer = VoiceDiarizer(DiarizationSettings(), encoder=ScriptedEncoder(turns, _voices(4, seed=4)))  # type: ignore[arg-type]
    forced = diarizer.diarize(audio, segs, num_speakers=2)
    assert len({s.speaker for s in forced.segments}) == 2  # the PM's count is still honoured
    assert len(forced.warnings) == 1
    assert "fixed at 2, but the voices sound like 4 speakers" in forced.warnings[0]
    assert diarizer.diarize(audio, segs, num_speakers=4).warnings == []
    assert diarizer.diarize(audio, segs).warnings == []  # an estimated count is not second-guessed


def test_a_forced_count_above_the_voices_heard_gives_no_warning() -> None:
    # Someone who attended without speaking: more people than voices is normal.
    segs, turns = _round_table(2)
    audio = np.zeros(int(16000 * (turns[-1][1] + 1)), np.float32)
    diarizer = VoiceDiarizer(DiarizationSettings(), encoder=ScriptedEncoder(turns, _voices(2, seed=2)))  # type: ignore[arg-type]
    assert diarizer.diarize(audio, segs, num_speakers=3).warnings == []


def test_the_speaker_estimate_counts_the_voices_of_the_windows() -> None:
    truth = [i % 4 for i in range(160)]
    assert estimate_speaker_count(_windows(_voices(4, seed=4), truth), max_speakers=8) == 4
    assert estimate_speaker_count(_windows(_voices(1), [0] * 80), max_speakers=8) == 1
