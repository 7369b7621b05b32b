"""Torch-free numpy port of Resemblyzer's VoiceEncoder (Apache-2.0, Corentin Jemine / Resemble AI).

The weights come from the ``resemblyzer`` wheel (``resemblyzer/pretrained.pt``), installed without its
dependencies: ``pip install --no-deps resemblyzer``. The file is read with a small unpickler (no torch), the
mel spectrogram reproduces ``librosa.feature.melspectrogram`` as resemblyzer calls it, and the 3-layer LSTM
runs as batched numpy matmuls over all partial utterances at once.

Embeddings are 256-d, non-negative and L2-normalised; cosine similarity is a plain dot product.
"""

from __future__ import annotations

import importlib.util
import io
import os
import pickle
import struct
import zipfile
from collections import OrderedDict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import InputError, MissingComponent

SAMPLE_RATE = 16_000
N_FFT = 400  # 25 ms window
HOP = 160  # 10 ms step
N_MELS = 40
PARTIAL_FRAMES = 160  # 1.6 s per partial utterance
HIDDEN = 256
NUM_LAYERS = 3
INT16_MAX = 2**15 - 1

PIP_HINT = "pip install --no-deps resemblyzer  (ships resemblyzer/pretrained.pt; torch is not needed)"

# --------------------------------------------------------------------------- reading pretrained.pt

_DTYPES = {
    "FloatStorage": np.float32,
    "DoubleStorage": np.float64,
    "HalfStorage": np.float16,
    "LongStorage": np.int64,
    "IntStorage": np.int32,
    "ShortStorage": np.int16,
    "CharStorage": np.int8,
    "ByteStorage": np.uint8,
    "BoolStorage": np.bool_,
}


@dataclass
class _StorageRef:
    key: str
    dtype: Any
    numel: int | None


@dataclass
class _TensorRef:
    storage: _StorageRef
    offset: int
    size: tuple[int, ...]
    stride: tuple[int, ...]


def _rebuild_tensor(storage: _StorageRef, offset: int, size: tuple, stride: tuple, *_: Any) -> _TensorRef:
    return _TensorRef(storage, int(offset), tuple(int(s) for s in size), tuple(int(s) for s in stride))


class _StorageType:
    def __init__(self, name: str):
        self.name = name


class _TorchUnpickler(pickle.Unpickler):
    """Maps the torch classes a state dict refers to onto placeholders; storages are filled in later."""

    def __init__(self, file: Any):
        super().__init__(file)
        self.refs: dict[str, _StorageRef] = {}

    def find_class(self, module: str, name: str) -> Any:
        if module == "torch._utils" and name in ("_rebuild_tensor_v2", "_rebuild_tensor"):
            return _rebuild_tensor
        if module == "torch" and name in _DTYPES:
            return _StorageType(name)
        if module == "collections" and name == "OrderedDict":
            return OrderedDict
        if module.startswith("torch"):
            raise pickle.UnpicklingError(f"unsupported object in weights file: {module}.{name}")
        return super().find_class(module, name)

    def persistent_load(self, pid: Any) -> _StorageRef:
        # ('storage', storage_type, key, location, numel[, view_metadata])
        if not isinstance(pid, tuple) or pid[0] != "storage":
            raise pickle.UnpicklingError(f"unsupported persistent id {pid!r}")
        stype = pid[1]
        name = stype.name if isinstance(stype, _StorageType) else str(stype)
        if name not in _DTYPES:
            raise pickle.UnpicklingError(f"unsupported storage type {name}")
        numel = int(pid[4]) if len(pid) > 4 and pid[4] is not None else None
        return self.refs.setdefault(str(pid[2]), _StorageRef(str(pid[2]), _DTYPES[name], numel))


def _materialise(obj: Any, storages: dict[str, np.ndarray]) -> Any:
    if isinstance(obj, _TensorRef):
        flat = storages[obj.storage.key]
        item = flat.itemsize
        view = np.lib.stride_tricks.as_strided(
            flat[obj.offset :], shape=obj.size, strides=tuple(s * item for s in obj.stride)
        )
        return np.array(view)  # own the memory, contiguous
    if isinstance(obj, dict):
        return type(obj)((k, _materialise(v, storages)) for k, v in obj.items())
    if isinstance(obj, list | tuple):
        return type(obj)(_materialise(v, storages) for v in obj)
    return obj


def _load_legacy(data: bytes) -> Any:
    """torch.save's pre-1.6 format: magic, protocol, sys_info, object, storage keys, then raw storages."""
    f = io.BytesIO(data)
    for _ in range(3):  # magic number, protocol version, sys info
        pickle.load(f)
    unpickler = _TorchUnpickler(f)
    obj = unpickler.load()
    refs = unpickler.refs
    keys = pickle.load(f)
    storages: dict[str, np.ndarray] = {}
    for key in keys:
        (numel,) = struct.unpack("<q", f.read(8))
        dtype = np.dtype(refs[key].dtype)
        storages[key] = np.frombuffer(f.read(numel * dtype.itemsize), dtype=dtype).copy()
    return _materialise(obj, storages)


def _load_zip(path: Path) -> Any:
    """torch.save's zip format (torch >= 1.6): archive/data.pkl plus archive/data/<key> raw storages."""
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        pkl = next(n for n in names if n.endswith("data.pkl"))
        prefix = pkl[: -len("data.pkl")]
        unpickler = _TorchUnpickler(io.BytesIO(zf.read(pkl)))
        obj = unpickler.load()
        refs = unpickler.refs
        storages = {
            key: np.frombuffer(zf.read(f"{prefix}data/{key}"), dtype=ref.dtype).copy()
            for key, ref in refs.items()
        }
    return _materialise(obj, storages)


def load_torch_state(path: Path) -> dict[str, np.ndarray]:
    """Read a torch checkpoint (legacy or zip format) into numpy arrays, without torch."""
    try:
        obj = _load_zip(path) if zipfile.is_zipfile(path) else _load_legacy(path.read_bytes())
    except (
        OSError,
        pickle.UnpicklingError,
        EOFError,
        KeyError,
        StopIteration,
        struct.error,
        ValueError,
    ) as exc:
        raise InputError(str(path), f"not a readable voice encoder weights file ({exc})") from exc
    state = obj.get("model_state", obj) if isinstance(obj, dict) else obj
    if not isinstance(state, dict):
        raise InputError(str(path), "weights file holds no state dict")
    return {k: v for k, v in state.items() if isinstance(v, np.ndarray)}


def default_weights_path() -> Path:
    """resemblyzer/pretrained.pt, located without importing resemblyzer (its __init__ imports torch)."""
    spec = importlib.util.find_spec("resemblyzer")
    if spec is None or not spec.submodule_search_locations:
        raise MissingComponent("Voice encoder weights (resemblyzer)", PIP_HINT)
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "pretrained.pt"
        if path.is_file():
            return path
    raise MissingComponent("Voice encoder weights (resemblyzer/pretrained.pt)", PIP_HINT)


# --------------------------------------------------------------------------- mel spectrogram (librosa port)


def _hz_to_mel(f: np.ndarray) -> np.ndarray:
    """Slaney mel scale (librosa htk=False): linear below 1 kHz, logarithmic above."""
    f = np.asarray(f, dtype=np.float64)
    f_sp = 200.0 / 3
    mels = f / f_sp
    min_log_hz = 1000.0
    min_log_mel = min_log_hz / f_sp
    logstep = np.log(6.4) / 27.0
    return np.where(f >= min_log_hz, min_log_mel + np.log(np.maximum(f, 1e-10) / min_log_hz) / logstep, mels)


def _mel_to_hz(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float64)
    f_sp = 200.0 / 3
    freqs = f_sp * m
    min_log_hz = 1000.0
    min_log_mel = min_log_hz / f_sp
    logstep = np.log(6.4) / 27.0
    return np.where(m >= min_log_mel, min_log_hz * np.exp(logstep * (m - min_log_mel)), freqs)


def mel_filterbank(sr: int = SAMPLE_RATE, n_fft: int = N_FFT, n_mels: int = N_MELS) -> np.ndarray:
    """librosa.filters.mel(sr, n_fft, n_mels) with its defaults (fmin 0, fmax sr/2, slaney norm), float32."""
    fftfreqs = np.fft.rfftfreq(n_fft, d=1.0 / sr)
    mel_f = _mel_to_hz(np.linspace(_hz_to_mel(np.array(0.0)), _hz_to_mel(np.array(sr / 2.0)), n_mels + 2))
    fdiff = np.diff(mel_f)
    ramps = np.subtract.outer(mel_f, fftfreqs)
    weights = np.zeros((n_mels, n_fft // 2 + 1), dtype=np.float32)
    for i in range(n_mels):
        lower = -ramps[i] / fdiff[i]
        upper = ramps[i + 2] / fdiff[i + 1]
        weights[i] = np.maximum(0, np.minimum(lower, upper))
    enorm = 2.0 / (mel_f[2 : n_mels + 2] - mel_f[:n_mels])
    weights *= enorm[:, np.newaxis].astype(np.float32)
    return weights


def _hann_periodic(n: int) -> np.ndarray:
    # scipy.signal.get_window("hann", n, fftbins=True), which librosa uses
    return (0.5 - 0.5 * np.cos(2.0 * np.pi * np.arange(n) / n)).astype(np.float64)


_MEL_BASIS = mel_filterbank()
_MEL_BASIS_T64 = np.ascontiguousarray(_MEL_BASIS.T, dtype=np.float64)
_WINDOW = _hann_periodic(N_FFT)


def wav_to_mel_spectrogram(wav: np.ndarray, pad_mode: str = "constant") -> np.ndarray:
    """Power mel spectrogram (frames, 40) as resemblyzer.audio.wav_to_mel_spectrogram computes it.

    librosa's stft centres frames (pads n_fft // 2 each side); since librosa 0.10 it pads with zeros
    ("constant"), older versions reflected. Not a log-mel spectrogram.
    """
    y = np.asarray(wav, dtype=np.float32).astype(np.float64)
    pad = N_FFT // 2
    if pad_mode == "reflect" and len(y) > pad:
        y = np.pad(y, pad, mode="reflect")
    else:
        y = np.pad(y, pad, mode="constant")
    n_frames = 1 + (len(y) - N_FFT) // HOP
    if n_frames < 1:
        return np.zeros((0, N_MELS), dtype=np.float32)
    return _frames_to_mel(np.lib.stride_tricks.sliding_window_view(y, N_FFT)[::HOP][:n_frames])


def _frames_to_mel(frames: np.ndarray) -> np.ndarray:
    """(n, N_FFT) float64 sample frames -> (n, N_MELS) float32 power mel frames."""
    spec = np.fft.rfft(frames * _WINDOW, axis=1)
    power = spec.real**2 + spec.imag**2
    return (power @ _MEL_BASIS_T64).astype(np.float32)


def _window_mels(wav: np.ndarray, spans: list[tuple[int, int]], padded: list[int]) -> list[np.ndarray]:
    """Mel spectrograms of many (overlapping) slices of ``wav``, as ``wav_to_mel_spectrogram`` of each slice.

    ``spans`` are (start, end) sample ranges; each slice is zero-padded to ``padded[k]`` samples, as the
    partial-utterance slicing requires. A frame lying wholly inside a slice depends only on its samples, so
    slices whose starts are a whole number of hops apart (windows sliding along one speech region) share
    such frames: each is computed once. Only the few frames touching a slice's edges (where the slice sees
    zero padding) are computed per slice.
    """
    pad = N_FFT // 2
    offsets = np.arange(N_FFT)
    first_inner = -(-pad // HOP)  # first frame whose support starts inside the slice
    # Frame k of grid phase q covers samples [q + k * HOP - pad, q + k * HOP + pad).
    wanted: dict[int, list[np.ndarray]] = {}
    plans: list[tuple[int, int, int]] = []  # (frames, end of inner frames, slice start's frame index)
    for (a, b), total in zip(spans, padded, strict=True):
        n_frames = 1 + total // HOP
        hi = max(first_inner, min(n_frames, (b - a - pad) // HOP + 1))  # frames j < hi end inside it
        m = a // HOP
        plans.append((n_frames, hi, m))
        if hi > first_inner:
            wanted.setdefault(a % HOP, []).append(np.arange(m + first_inner, m + hi))
    shared: dict[int, tuple[dict[int, int], np.ndarray]] = {}
    for phase, idx in wanted.items():
        uniq = np.unique(np.concatenate(idx))
        parts = []
        for i in range(0, len(uniq), 4096):  # bounded memory for long recordings
            k = uniq[i : i + 4096]
            parts.append(_frames_to_mel(wav[(phase + k * HOP - pad)[:, None] + offsets].astype(np.float64)))
        shared[phase] = ({int(k): i for i, k in enumerate(uniq)}, np.concatenate(parts))
    out: list[np.ndarray] = []
    for (a, b), total, (n_frames, hi, m) in zip(spans, padded, plans, strict=True):
        mel = np.empty((n_frames, N_MELS), dtype=np.float32)
        lo = min(first_inner, n_frames)
        if hi > lo:
            where, mels = shared[a % HOP]
            first = where[m + lo]
            mel[lo:hi] = mels[first : first + hi - lo]
        edge = np.concatenate([np.arange(lo), np.arange(max(hi, lo), n_frames)])
        if len(edge):
            y = np.zeros(total + 2 * pad, dtype=np.float64)
            y[pad : pad + b - a] = wav[a:b]
            mel[edge] = _frames_to_mel(y[(edge * HOP)[:, None] + offsets])
        out.append(mel)
    return out


def normalize_volume(
    wav: np.ndarray,
    target_dbfs: float = -30.0,
    increase_only: bool = True,
    reference: np.ndarray | None = None,
) -> np.ndarray:
    """resemblyzer.audio.normalize_volume: scale to a target RMS level (the encoder's input is not log).

    ``reference`` (e.g. the speech parts only) sets the level instead of the whole of ``wav``.
    """
    wav = np.asarray(wav, dtype=np.float32)
    ref = wav if reference is None else np.asarray(reference, dtype=np.float32)
    rms = float(np.sqrt(np.mean((ref.astype(np.float64) * INT16_MAX) ** 2))) if len(ref) else 0.0
    if rms <= 0:
        return wav
    change = target_dbfs - 20 * np.log10(rms / INT16_MAX)
    if change < 0 and increase_only:
        return wav
    return (wav * (10 ** (change / 20))).astype(np.float32)


# --------------------------------------------------------------------------- partial utterances


def compute_partial_slices(n_samples: int, rate: float = 1.3, min_coverage: float = 0.75) -> list[int]:
    """Start frames of the 160-frame partials resemblyzer's embed_utterance uses."""
    if not 0 < min_coverage <= 1:
        raise ValueError("min_coverage must be in (0, 1]")
    n_frames = int(np.ceil((n_samples + 1) / HOP))
    frame_step = int(np.round((SAMPLE_RATE / rate) / HOP))
    if not 0 < frame_step <= PARTIAL_FRAMES:
        raise ValueError(f"rate {rate} out of range")
    steps = max(1, n_frames - PARTIAL_FRAMES + frame_step + 1)
    starts = list(range(0, steps, frame_step))
    last = starts[-1] * HOP
    coverage = (n_samples - last) / (PARTIAL_FRAMES * HOP)
    if coverage < min_coverage and len(starts) > 1:
        starts = starts[:-1]
    return starts


@contextmanager
def _single_threaded_blas() -> Iterator[None]:
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # optional: without it BLAS keeps its own thread count
        yield
        return
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def _gates(w: np.ndarray) -> np.ndarray:
    """Reorder torch's LSTM gate blocks [i, f, g, o] to [i, f, o, g] and halve the sigmoid gates' rows."""
    w = np.asarray(w, dtype=np.float64)
    i, f, g, o = (w[k * HIDDEN : (k + 1) * HIDDEN] for k in range(4))
    return np.concatenate([0.5 * i, 0.5 * f, 0.5 * o, g], axis=0).astype(np.float32)


class VoiceEncoder:
    """Resemblyzer's speaker encoder: 40-mel frames -> 3-layer LSTM(256) -> Linear(256) -> ReLU -> L2 norm."""

    def __init__(
        self, weights_path: Path | None = None, *, batch_size: int = 128, threads: int | None = None
    ):
        path = Path(weights_path) if weights_path is not None else default_weights_path()
        if not path.is_file():
            raise MissingComponent(f"Voice encoder weights {path}", PIP_HINT)
        state = load_torch_state(path)
        self.weights_path = path
        self.batch_size = max(1, batch_size)
        self.threads = max(1, threads if threads is not None else min(4, os.cpu_count() or 1))
        try:
            self._w_ih = [_gates(state[f"lstm.weight_ih_l{k}"]).T.copy() for k in range(NUM_LAYERS)]
            self._w_hh = [_gates(state[f"lstm.weight_hh_l{k}"]).T.copy() for k in range(NUM_LAYERS)]
            self._b = [
                _gates(state[f"lstm.bias_ih_l{k}"] + state[f"lstm.bias_hh_l{k}"]) for k in range(NUM_LAYERS)
            ]
            self._lin_w = state["linear.weight"].astype(np.float32).T.copy()
            self._lin_b = state["linear.bias"].astype(np.float32)
        except KeyError as exc:
            raise InputError(str(path), f"weights file lacks {exc.args[0]}") from exc
        if self._w_ih[0].shape != (N_MELS, 4 * HIDDEN):
            raise InputError(str(path), f"unexpected LSTM input shape {self._w_ih[0].shape}")

    @property
    def identity(self) -> str:
        return "resemblyzer-numpy"

    # ----------------------------------------------------------------------- network

    def forward(self, mels: np.ndarray) -> np.ndarray:
        """Embed a batch of partials (batch, frames, 40) -> (batch, 256), L2-normalised."""
        mels = np.asarray(mels, dtype=np.float32)
        if mels.ndim != 3 or mels.shape[2] != N_MELS:
            raise ValueError(f"expected (batch, frames, {N_MELS}) mels, got {mels.shape}")
        if len(mels) == 0:
            return np.zeros((0, HIDDEN), dtype=np.float32)
        size = self.batch_size
        if self.threads > 1 and len(mels) > 1:
            size = min(size, -(-len(mels) // self.threads))  # at least one batch per thread
        batches = [mels[i : i + size] for i in range(0, len(mels), size)]
        with _single_threaded_blas():
            # The per-step matmuls are small: BLAS threads cost more than they give. Instead, batches run
            # in parallel Python threads (numpy releases the GIL in matmul and ufuncs).
            if self.threads > 1 and len(batches) > 1:
                with ThreadPoolExecutor(max_workers=self.threads) as pool:
                    out = list(pool.map(self._forward_batch, batches))
            else:
                out = [self._forward_batch(b) for b in batches]
        return np.concatenate(out, axis=0)

    def _forward_batch(self, x: np.ndarray) -> np.ndarray:
        batch, steps, _ = x.shape
        hs = 3 * HIDDEN
        seq = np.ascontiguousarray(x.transpose(1, 0, 2))  # time-major, so each step's slice is contiguous
        h = np.zeros((batch, HIDDEN), dtype=np.float32)
        buf = np.empty((batch, 4 * HIDDEN), dtype=np.float32)
        tmp = np.empty((batch, HIDDEN), dtype=np.float32)
        for layer in range(NUM_LAYERS):
            # Input projections of all time steps in one matmul; only the recurrent part is sequential.
            gates_in = (seq.reshape(steps * batch, -1) @ self._w_ih[layer]).reshape(steps, batch, 4 * HIDDEN)
            gates_in += self._b[layer]
            w_hh = self._w_hh[layer]
            h = np.zeros((batch, HIDDEN), dtype=np.float32)
            c = np.zeros((batch, HIDDEN), dtype=np.float32)
            last = layer == NUM_LAYERS - 1
            outs = None if last else np.empty((steps, batch, HIDDEN), dtype=np.float32)
            for t in range(steps):
                np.matmul(h, w_hh, out=buf)
                buf += gates_in[t]
                # Columns are [i, f, o, g] with the sigmoid gates pre-scaled by 1/2, so one tanh serves all:
                # sigmoid(x) = (tanh(x / 2) + 1) / 2.
                np.tanh(buf, out=buf)
                sig = buf[:, :hs]
                sig += 1.0
                sig *= 0.5
                c *= buf[:, HIDDEN : 2 * HIDDEN]
                np.multiply(buf[:, :HIDDEN], buf[:, hs:], out=tmp)
                c += tmp
                np.tanh(c, out=tmp)
                h = np.multiply(buf[:, 2 * HIDDEN : hs], tmp, out=outs[t] if outs is not None else None)
            if outs is not None:
                seq = outs
        raw = np.maximum(h @ self._lin_w + self._lin_b, 0.0)
        norm = np.linalg.norm(raw, axis=1, keepdims=True)
        return (raw / np.maximum(norm, 1e-12)).astype(np.float32)

    # ----------------------------------------------------------------------- utterances

    def _partials(self, wav: np.ndarray, rate: float, min_coverage: float) -> np.ndarray:
        wav = np.asarray(wav, dtype=np.float32)
        starts = compute_partial_slices(len(wav), rate, min_coverage)
        needed = (starts[-1] + PARTIAL_FRAMES) * HOP
        if needed >= len(wav):
            wav = np.pad(wav, (0, needed - len(wav)), "constant")
        mel = wav_to_mel_spectrogram(wav)
        return np.stack([mel[s : s + PARTIAL_FRAMES] for s in starts])

    def embed_utterance(self, wav: np.ndarray, rate: float = 1.3, min_coverage: float = 0.75) -> np.ndarray:
        """One (256,) embedding: mean of the partial-utterance embeddings, re-normalised (as resemblyzer)."""
        wav = np.asarray(wav, dtype=np.float32)
        if wav.ndim != 1 or len(wav) == 0:
            raise ValueError("embed_utterance expects non-empty mono audio")
        partial = self.forward(self._partials(wav, rate, min_coverage))
        return _renorm(partial.mean(axis=0))

    def embed_windows(
        self,
        wav: np.ndarray,
        windows: list[tuple[float, float]],
        rate: float = 1.3,
        min_coverage: float = 0.75,
    ) -> np.ndarray:
        """Embed each (start_s, end_s) window of ``wav`` like embed_utterance; all partials in one batch."""
        wav = np.asarray(wav, dtype=np.float32)
        if not windows:
            return np.zeros((0, HIDDEN), dtype=np.float32)
        chunks: list[np.ndarray] = []
        owner: list[int] = []
        sliced: list[tuple[int, tuple[int, int], int, list[int]]] = []
        for k, (start, end) in enumerate(windows):
            a = max(0, round(start * SAMPLE_RATE))
            b = min(len(wav), round(end * SAMPLE_RATE))
            if b > a:
                starts = compute_partial_slices(b - a, rate, min_coverage)
                total = max(b - a, (starts[-1] + PARTIAL_FRAMES) * HOP)
                sliced.append((k, (a, b), total, starts))
                chunks.append(np.zeros((0, PARTIAL_FRAMES, N_MELS), dtype=np.float32))  # filled below
            else:  # an empty window (outside the audio) embeds a short silence, as before
                chunks.append(self._partials(np.zeros(HOP, dtype=np.float32), rate, min_coverage))
        # Overlapping windows share the frames they have in common. The mel products are small: BLAS
        # threads would only add overhead.
        with _single_threaded_blas():
            mels = _window_mels(wav, [g[1] for g in sliced], [g[2] for g in sliced])
        for (k, _span, _total, starts), mel in zip(sliced, mels, strict=True):
            chunks[k] = np.stack([mel[s : s + PARTIAL_FRAMES] for s in starts])
        for k, parts in enumerate(chunks):
            owner.extend([k] * len(parts))
        partial = self.forward(np.concatenate(chunks, axis=0))
        idx = np.asarray(owner)
        sums = np.zeros((len(windows), HIDDEN), dtype=np.float64)
        np.add.at(sums, idx, partial)
        return np.stack([_renorm(s) for s in sums]).astype(np.float32)


def _renorm(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return (v / n).astype(np.float32) if n > 0 else np.asarray(v, dtype=np.float32)
