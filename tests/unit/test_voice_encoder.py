"""The numpy port of Resemblyzer's voice encoder: weights reading, mel front end, LSTM, utterance embedding.

Reference numbers in tests/fixtures/voice/torch_reference.json were computed once with the original
torch implementation (resemblyzer 0.1.4, torch 2.13, librosa 0.11) on the two fixture clips, which are
2 s cut from the project's own synthetic call (espeak-ng, no third-party content).
"""

from __future__ import annotations

import json
import wave
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import InputError, MissingComponent
from ingest.voice_encoder import (
    N_MELS,
    VoiceEncoder,
    compute_partial_slices,
    default_weights_path,
    load_torch_state,
    mel_filterbank,
    wav_to_mel_spectrogram,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "voice"


def _wav(name: str) -> np.ndarray:
    with wave.open(str(FIXTURES / name)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768


@pytest.fixture(scope="module")
def encoder() -> VoiceEncoder:
    return VoiceEncoder()


@pytest.fixture(scope="module")
def reference() -> dict:
    return json.loads((FIXTURES / "torch_reference.json").read_text())


def test_the_pretrained_weights_are_read_without_torch_into_numpy_arrays() -> None:
    state = load_torch_state(default_weights_path())
    assert state["lstm.weight_ih_l0"].shape == (1024, 40)
    assert state["lstm.weight_hh_l2"].shape == (1024, 256)
    assert state["linear.weight"].shape == (256, 256)
    assert all(v.dtype == np.float32 for v in state.values())


def test_a_missing_weights_file_names_the_pip_command(tmp_path: Path) -> None:
    with pytest.raises(MissingComponent, match="pip install --no-deps resemblyzer"):
        VoiceEncoder(tmp_path / "nope.pt")


def test_a_file_that_is_not_a_checkpoint_is_rejected_with_its_name(tmp_path: Path) -> None:
    bad = tmp_path / "weights.pt"
    bad.write_bytes(b"this is not a pickle")
    with pytest.raises(InputError, match=r"weights\.pt"):
        VoiceEncoder(bad)


def test_the_slaney_mel_filterbank_has_40_bands_over_201_fft_bins_in_rising_order() -> None:
    fb = mel_filterbank()
    assert fb.shape == (N_MELS, 201)
    assert (fb >= 0).all()
    peaks = fb.argmax(axis=1)
    assert (np.diff(peaks) >= 0).all() and peaks[-1] > peaks[0]


def test_the_mel_spectrogram_has_one_centred_frame_per_10_ms_and_puts_a_tone_in_the_right_band() -> None:
    t = np.arange(16000) / 16000
    tone = np.sin(2 * np.pi * 1000 * t).astype(np.float32)
    mel = wav_to_mel_spectrogram(tone)
    assert mel.shape == (1 + 16000 // 160, N_MELS)
    band = int(mel[50].argmax())
    fb = mel_filterbank()
    assert fb[band, 1000 * 400 // 16000] > 0  # the loudest band is one that covers 1 kHz


def test_partial_utterances_follow_resemblyzer_rate_and_coverage() -> None:
    # Expected values printed by resemblyzer's own VoiceEncoder.compute_partial_slices(n, 1.3, 0.75).
    assert compute_partial_slices(24000) == [0]  # a 1.5 s window is one padded partial
    assert compute_partial_slices(16000 * 6) == [0, 77, 154, 231, 308, 385, 462]
    assert compute_partial_slices(16000 * 3) == [0, 77, 154]
    assert compute_partial_slices(16000 * 10 + 37) == [77 * k for k in range(12)]


def test_the_lstm_forward_pass_matches_the_torch_reference(encoder: VoiceEncoder, reference: dict) -> None:
    mels = (np.random.default_rng(0).random((3, 160, 40)) ** 4).astype(np.float32)
    out = encoder.forward(mels)
    assert out.shape == (3, 256)
    assert np.abs(out - np.array(reference["random_mels_seed0_pow4"])).max() < 1e-5


@pytest.mark.parametrize("name", ["speaker_a_us_male", "speaker_b_gb_female"])
def test_utterance_embeddings_match_the_torch_reference(
    encoder: VoiceEncoder, reference: dict, name: str
) -> None:
    emb = encoder.embed_utterance(_wav(f"{name}.wav"))
    assert emb.shape == (256,)
    assert abs(float(np.linalg.norm(emb)) - 1.0) < 1e-5
    assert np.abs(emb - np.array(reference[name])).max() < 1e-4


def test_embedding_is_deterministic_and_two_voices_differ(encoder: VoiceEncoder) -> None:
    a1 = encoder.embed_utterance(_wav("speaker_a_us_male.wav"))
    a2 = encoder.embed_utterance(_wav("speaker_a_us_male.wav"))
    b = encoder.embed_utterance(_wav("speaker_b_gb_female.wav"))
    assert np.array_equal(a1, a2)
    assert float(a1 @ b) < 0.95


def test_window_embeddings_equal_embedding_each_slice_alone(encoder: VoiceEncoder) -> None:
    wav = np.concatenate([_wav("speaker_a_us_male.wav"), _wav("speaker_b_gb_female.wav")])
    windows = [(0.0, 1.5), (0.25, 2.0), (2.0, 4.0)]
    out = encoder.embed_windows(wav, windows)
    assert out.shape == (3, 256)
    for row, (a, b) in zip(out, windows, strict=True):
        alone = encoder.embed_utterance(wav[int(a * 16000) : int(b * 16000)])
        assert np.abs(row - alone).max() < 1e-5
    assert encoder.embed_windows(wav, []).shape == (0, 256)


def test_overlapping_windows_at_any_offset_and_length_embed_as_each_slice_alone(
    encoder: VoiceEncoder,
) -> None:
    # Windows that slide along one region share mel frames; edges, short and off-grid windows must not drift.
    wav = np.concatenate([_wav("speaker_a_us_male.wav"), _wav("speaker_b_gb_female.wav")])
    end = len(wav) / 16000
    windows = [(0.0, 1.5), (0.5, 2.0), (1.0, 2.5), (0.0031, 1.5031), (0.5031, 2.0031), (1.2, 1.21)]
    windows += [(1.0, 1.9), (end - 1.5, end), (end - 0.3, end + 1.0), (2.3456, 3.0), (0.7, 3.9)]
    out = encoder.embed_windows(wav, windows)
    for row, (a, b) in zip(out, windows, strict=True):
        alone = encoder.embed_utterance(wav[round(a * 16000) : min(len(wav), round(b * 16000))])
        assert np.abs(row - alone).max() < 1e-5


def test_batching_and_threads_do_not_change_the_result() -> None:
    mels = (np.random.default_rng(1).random((5, 160, 40)) ** 4).astype(np.float32)
    one = VoiceEncoder(batch_size=2, threads=1).forward(mels)
    many = VoiceEncoder(batch_size=64, threads=2).forward(mels)
    assert np.abs(one - many).max() < 1e-6
