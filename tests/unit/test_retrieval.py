"""Tokenizer, chunking, BM25 and the hybrid retriever (hash embedder; the MiniLM one is in test_embedder)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from assistant.engines.embedder import HashEmbedder
from assistant.models import Segment
from assistant.retrieval import (
    BM25,
    QUERY_ADAPTER_FILE,
    Chunk,
    FusionWeights,
    HybridRetriever,
    Passage,
    QueryAdapter,
    chunk_turns,
    clean_text,
    query_adapter_for,
    query_tokens,
    stem,
    tokenize,
)
from evals.retrieval import domain_of, load_meetings, run_retrieval_eval

TURNS = [
    ("Dana", "Good morning everyone, let's start with the status."),
    ("Lee", "The firewall change is still blocked {disfmarker} network security has not approved the rule."),
    ("Dana", "Who owns the firewall change?"),
    ("Lee", "Priya owns it, she will chase security by Friday."),
    ("Priya", "Yes I will chase them."),
    ("Dana", "Next, the training plan for the rollout."),
    ("Marco", "Training sessions are booked for the second week of March."),
    ("Dana", "And the budget?"),
    ("Marco", "The budget was approved by the sponsor last week."),
    ("Dana", "Great, we had lunch ordered for the workshop too."),
    ("Priya", "The database migration needs a cutover weekend."),
    ("Lee", "We should test the cutover in staging first."),
]


def test_tokenize_lowercases_strips_tags_and_stopwords_and_stems() -> None:
    assert tokenize("The {vocalsound} Approvals were APPROVED {disfmarker}") == ["approval", "approv"]
    assert stem("planning") == stem("planned") == "plan"
    assert stem("buttons") == "button"


def test_query_tokens_drop_question_template_words_but_never_everything() -> None:
    assert query_tokens("Summarize the discussion about the remote control buttons") == [
        "remot",
        "control",
        "button",
    ]
    assert query_tokens("Summarize the discussion") != []


def test_clean_text_removes_annotation_tags_and_space_before_punctuation() -> None:
    assert clean_text("Yeah {vocalsound} , we agreed .") == "Yeah, we agreed."


def test_chunks_cover_every_turn_with_the_requested_overlap() -> None:
    chunks = chunk_turns(TURNS, size=5, overlap=2)
    assert [(c.start, c.end) for c in chunks] == [(0, 4), (3, 7), (6, 10), (9, 11)]
    covered = {i for c in chunks for i in range(c.start, c.end + 1)}
    assert covered == set(range(len(TURNS)))
    assert chunks[0].text.startswith("Dana: Good morning")
    assert "{disfmarker}" not in chunks[0].text
    assert chunks[0].speakers == ["Dana", "Lee", "Dana", "Lee", "Priya"]


def test_chunking_accepts_segments_and_rejects_a_bad_overlap() -> None:
    segs = [Segment(id=i, start=i, end=i + 1, speaker=s, text=t) for i, (s, t) in enumerate(TURNS[:3])]
    assert [(c.start, c.end) for c in chunk_turns(segs, size=5, overlap=0)] == [(0, 2)]
    assert chunk_turns([], 5, 0) == []
    with pytest.raises(ValueError, match="overlap"):
        chunk_turns(TURNS, size=5, overlap=5)


def _chatty_meeting(n: int = 200, seed: int = 5) -> list[tuple[str, str]]:
    """Half the turns are backchannels, as in AMI/ICSI meetings."""
    rng = np.random.default_rng(seed)
    words = ["remote", "button", "battery", "design", "budget", "prototype", "colour", "market", "rubber"]
    backchannels = ["Yeah.", "Mm-hmm.", "{vocalsound}", "Okay.", "Right, yeah."]
    out = []
    for i in range(n):
        if rng.random() < 0.5:
            out.append((f"S{i % 3}", backchannels[int(rng.integers(len(backchannels)))]))
        else:
            out.append((f"S{i % 3}", " ".join(rng.choice(words, size=int(rng.integers(3, 12))))))
    return out


def test_fixed_windows_are_the_default_chunking() -> None:
    spans = [(c.start, c.end) for c in chunk_turns(_chatty_meeting(), 5, 2)]
    assert spans == [(c.start, c.end) for c in chunk_turns(_chatty_meeting(), 5, 2, backchannel_words=None)]
    assert all(e - s + 1 == 5 for s, e in spans[:-1])


def test_balanced_chunks_cover_every_turn_in_order_and_end_with_the_meeting() -> None:
    turns = _chatty_meeting()
    chunks = chunk_turns(turns, backchannel_words=1, metadata={"meeting_id": "m"})
    assert chunks[0].start == 0 and chunks[-1].end == len(turns) - 1
    for a, b in itertools.pairwise(chunks):
        assert a.start < b.start <= a.end + 1  # no gap, always moving on
    covered = {i for c in chunks for i in range(c.start, c.end + 1)}
    assert covered == set(range(len(turns)))
    assert all(len(c.text.split("\n")) == c.end - c.start + 1 == len(c.speakers) for c in chunks)


def test_balanced_chunks_average_about_the_requested_size_and_respect_the_cap() -> None:
    chunks = chunk_turns(_chatty_meeting(600), 5, 2, backchannel_words=1, max_turns=12)
    sizes = [c.end - c.start + 1 for c in chunks]
    assert 4.0 <= float(np.mean(sizes)) <= 6.0
    assert max(sizes) <= 12


def test_backchannel_turns_do_not_count_toward_a_balanced_chunk() -> None:
    content = ("Lee", "The firewall rule needs network security approval before the cutover weekend.")
    chatty = [
        content,
        ("Dana", "Yeah."),
        ("Priya", "Mm-hmm."),
        ("Dana", "{vocalsound} Okay."),
        ("Lee", "Right."),
    ]
    turns = [content] * 10 + chatty * 4 + [content] * 10
    chunks = chunk_turns(turns, 5, 2, backchannel_words=1)
    sizes = {(c.start, c.end): c.end - c.start + 1 for c in chunks}
    dense = [n for (s, e), n in sizes.items() if e < 10]
    chat = [n for (s, e), n in sizes.items() if s >= 10 and e < 30]
    assert dense and chat and min(chat) > max(dense)
    # The same turns under fixed windows: every chunk 5 turns wherever it is.
    assert {c.end - c.start + 1 for c in chunk_turns(turns, 5, 2)[:-1]} == {5}


def test_balanced_chunking_handles_no_turns_and_a_meeting_of_only_backchannels() -> None:
    assert chunk_turns([], 5, 2, backchannel_words=1) == []
    only = [("Dana", "Yeah."), ("Lee", "Mm-hmm.")] * 6
    balanced = [(c.start, c.end) for c in chunk_turns(only, 5, 2, backchannel_words=1)]
    assert balanced == [(c.start, c.end) for c in chunk_turns(only, 5, 2)]


def test_balanced_chunking_is_deterministic() -> None:
    turns = _chatty_meeting(300, seed=9)
    first = [(c.id, c.text) for c in chunk_turns(turns, backchannel_words=1)]
    assert first == [(c.id, c.text) for c in chunk_turns(list(turns), backchannel_words=1)]


def test_bm25_prefers_the_document_with_the_rare_query_term() -> None:
    docs = [tokenize(t) for t in ("firewall rule blocked", "budget approved", "budget meeting budget notes")]
    bm = BM25().fit(docs)
    s = bm.scores(tokenize("firewall budget"))
    assert s[0] > 0 and s[1] > 0
    assert bm.scores(["unknownword"]).sum() == 0
    # Saturation: twice the term frequency helps, but less than twice as much.
    assert s[1] < s[2] < 2 * s[1]


@pytest.fixture
def retriever() -> HybridRetriever:
    chunks = chunk_turns(TURNS, size=3, overlap=0, metadata={"meeting_id": "m1"})
    return HybridRetriever(HashEmbedder()).index(chunks)


@pytest.mark.parametrize("mode", ["hybrid", "lexical", "dense"])
def test_each_mode_ranks_the_firewall_chunk_first(retriever: HybridRetriever, mode: str) -> None:
    hits = retriever.search("is the firewall change approved by network security?", k=2, mode=mode)  # type: ignore[arg-type]
    assert len(hits) == 2
    first = hits[0].passage
    assert isinstance(first, Chunk) and first.start == 0
    assert hits[0].score >= hits[1].score


def test_a_speaker_named_in_the_query_boosts_chunks_where_they_speak(retriever: HybridRetriever) -> None:
    assert retriever.speakers_in("what did marco say about it?") == ["Marco"]
    hits = retriever.search("what did Marco say?", k=1, mode="lexical")
    assert "Marco" in hits[0].passage.speakers


def test_diversified_results_never_overlap_within_a_meeting() -> None:
    chunks = chunk_turns(TURNS, size=5, overlap=3, metadata={"meeting_id": "m1"})
    r = HybridRetriever(HashEmbedder(), FusionWeights(diversify=True)).index(chunks)
    hits = r.search("firewall security approved", k=2)
    assert len(hits) == 2
    spans = [(h.passage.start, h.passage.end) for h in hits]  # type: ignore[attr-defined]
    for i, (a0, a1) in enumerate(spans):
        for b0, b1 in spans[i + 1 :]:
            assert a1 < b0 or b1 < a0


def test_search_handles_empty_index_empty_query_and_large_k() -> None:
    empty = HybridRetriever(HashEmbedder()).index([])
    assert empty.search("anything", k=5) == []
    r = HybridRetriever(HashEmbedder()).index([Passage("p1", "the budget was approved")])
    assert r.search("   ", k=5) == []
    assert [h.passage.id for h in r.search("budget", k=50)] == ["p1"]
    with pytest.raises(ValueError, match="mode"):
        r.search("budget", mode="fuzzy")  # type: ignore[arg-type]


def test_precomputed_vectors_are_used_instead_of_embedding() -> None:
    passages = [Passage("a", "alpha"), Passage("b", "beta")]
    vecs = np.eye(2, 384, dtype=np.float32)[::-1]  # deliberately swapped: the retriever must trust them

    class QueryOnly(HashEmbedder):
        def embed(self, texts):  # type: ignore[no-untyped-def]
            return np.eye(1, 384, dtype=np.float32).repeat(len(texts), axis=0)

    r = HybridRetriever(QueryOnly()).index(passages, vectors=vecs)
    assert r.search("zzz", k=1, mode="dense")[0].passage.id == "b"
    with pytest.raises(ValueError, match="vectors"):
        r.index(passages, vectors=vecs[:1])


def test_domain_detection_follows_speaker_naming() -> None:
    assert domain_of(["Project Manager", "Marketing"]) == "Product"
    assert domain_of(["Professor E", "PhD C", "Grad G"]) == "Academic"
    assert domain_of(["Lynne Neagle AM", "Kirsty Williams AM"]) == "Committee"


def _write_qmsum(path: Path) -> None:
    turns = [{"speaker": s, "content": t} for s, t in TURNS]
    rec = {
        "topic_list": [],
        "general_query_list": [],
        "meeting_transcripts": turns,
        "specific_query_list": [
            {
                "query": "What is blocking the firewall change?",
                "answer": "",
                "relevant_text_span": [["1", "3"]],
            },
            {"query": "When is the training?", "answer": "", "relevant_text_span": [["6", "6"]]},
        ],
    }
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")


def test_the_retrieval_eval_reports_every_mode_and_domain(tmp_path: Path) -> None:
    data = tmp_path / "mini.jsonl"
    _write_qmsum(data)
    assert load_meetings(data)[0].queries[0][1] == {1, 2, 3}
    result = run_retrieval_eval(data, embedder=HashEmbedder())
    for mode in ("random", "lexical", "dense", "hybrid"):
        row = result[mode]
        assert set(row["by_domain"]) == {"Product", "Academic", "Committee"}
        assert 0.0 <= row["hit_at_1"] <= row["hit_at_5"] <= 1.0
        assert row["queries"] == 2
    assert result["lexical"]["hit_at_1"] == 1.0
    assert result["hybrid"]["by_domain"]["Committee"]["queries"] == 2


def test_the_retrieval_eval_names_a_missing_or_malformed_dataset(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"nope\.jsonl"):
        run_retrieval_eval(tmp_path / "nope.jsonl", embedder=HashEmbedder())
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"x": 1}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:1"):
        run_retrieval_eval(bad, embedder=HashEmbedder())


def test_turn_vectors_are_cached_to_disk_and_reloaded(tmp_path: Path) -> None:
    from evals.retrieval import TurnVectors

    cache = tmp_path / "vecs.npz"
    first = TurnVectors(HashEmbedder(), cache)
    first.ensure(["the firewall rule", "budget approved", "the firewall rule"])
    again = TurnVectors(HashEmbedder(), cache)
    assert np.array_equal(again.get("budget approved"), first.get("budget approved"))
    assert len(again._vecs) == 2


def test_a_soft_overlap_penalty_admits_an_overlapping_chunk_that_a_hard_rule_skips() -> None:
    chunks = chunk_turns(TURNS, size=4, overlap=2, metadata={"meeting_id": "m1"})
    query = "firewall change blocked network security approved priya chase"
    hard = (
        HybridRetriever(HashEmbedder(), FusionWeights(diversify=True, first=None))
        .index(chunks)
        .search(query, k=2)
    )
    soft = (
        HybridRetriever(HashEmbedder(), FusionWeights(overlap_penalty=0.2, first=None))
        .index(chunks)
        .search(query, k=2)
    )
    spans = [[(h.passage.start, h.passage.end) for h in hits] for hits in (hard, soft)]  # type: ignore[attr-defined]
    assert spans[0][0] == spans[1][0] == (0, 3)
    assert spans[0][1][0] > 3  # hard rule: the runner-up must not share a turn with the winner
    assert spans[1][1] == (2, 5)  # soft rule: the adjacent chunk, half covered, still ranks second


def test_pseudo_relevance_feedback_reaches_passages_without_the_query_word() -> None:
    passages = [
        Passage("a", "firewall rule needs approval from the security board"),
        Passage("b", "firewall rule approval from the security board is pending"),
        Passage("c", "the security board approval is pending since March"),
        Passage("d", "lunch menu for the workshop"),
    ]
    plain = HybridRetriever(None).index(passages)
    prf = HybridRetriever(None, FusionWeights(prf_terms=3, prf_docs=2, prf_weight=0.5)).index(passages)
    assert plain.scores("firewall", "lexical")[1][2] == 0.0
    lexical = prf.scores("firewall", "lexical")[1]
    assert lexical[2] > 0.0 and lexical[3] == 0.0
    assert [h.passage.id for h in prf.search("firewall", k=2, mode="lexical")] == ["a", "b"]


@pytest.mark.parametrize("fusion", ["interp", "minmax", "zscore", "rrf"])
def test_every_fusion_rule_ranks_the_firewall_chunk_first(fusion: str) -> None:
    chunks = chunk_turns(TURNS, size=3, overlap=0, metadata={"meeting_id": "m1"})
    r = HybridRetriever(HashEmbedder(), FusionWeights(fusion=fusion)).index(chunks)
    hits = r.search("is the firewall change approved by network security?", k=3)
    assert hits[0].passage.start == 0  # type: ignore[attr-defined]
    assert hits[0].score >= hits[1].score >= hits[2].score


def test_a_speaker_is_found_by_surname_title_or_role_but_an_ambiguous_first_name_finds_nobody() -> None:
    turns = [
        ("Mr. Pierre Paul-Hus (Charlesbourg, CPC)", "We demand that petitions be introduced."),
        ("Right Hon. Justin Trudeau (Prime Minister)", "We are prioritising government matters."),
        ("Hon. Bill Blair", "Border measures stay in place."),
        ("Hon. Bill Morneau", "The wage subsidy is extended."),
        ("Project Manager", "Let's look at the budget."),
    ]
    r = HybridRetriever(HashEmbedder()).index(chunk_turns(turns, size=1, overlap=0))
    assert r.speakers_in("What did Paul-Hus think about petitions?") == [turns[0][0]]
    assert r.speakers_in("Did the prime minister agree?") == [turns[1][0]]
    assert r.speakers_in("What did Blair say about the border?") == ["Hon. Bill Blair"]
    assert r.speakers_in("What did Bill say?") == []
    # A role's single words only count capitalised: "manager" alone is an ordinary word.
    assert r.speakers_in("what did the project manager say") == ["Project Manager"]
    assert r.speakers_in("which manager approved it") == []


def test_context_scoring_prefers_a_chunk_inside_a_longer_matching_discussion() -> None:
    turns = [
        ("A", "The budget needs approval."),
        ("B", "Lunch is at noon."),
        ("A", "Parking is full today."),
        ("B", "The coffee machine is broken."),
        ("A", "Someone left an umbrella."),
        ("B", "The budget was cut."),
        ("A", "Budget cuts hit the training plan."),
        ("B", "The budget review is on Friday."),
    ]
    chunks = chunk_turns(turns, size=1, overlap=0, metadata={"meeting_id": "m"})
    plain = HybridRetriever(None, FusionWeights(neighbour=0.0, context_lexical=0.0, first=None)).index(chunks)
    ctx = HybridRetriever(
        None, FusionWeights(neighbour=0.0, context_lexical=1.0, context_radius=1, first=None)
    ).index(chunks)
    # Alone, the short first turn scores best (BM25 length normalisation); in context, the budget stretch wins.
    assert plain.search("budget", k=1)[0].passage.id == "0-0"
    assert ctx.search("budget", k=1)[0].passage.id in {"5-5", "6-6", "7-7"}
    assert "context_lexical" in ctx.components("budget")


def test_first_pick_weights_choose_rank_one_and_the_main_weights_fill_the_rest_without_overlap() -> None:
    turns = [
        ("A", "The budget, the budget needs approval."),
        ("B", "Lunch is at noon."),
        ("A", "Parking is full today."),
        ("B", "The coffee machine is broken."),
        ("A", "Someone left an umbrella."),
        ("B", "The budget was cut."),
        ("A", "Budget cuts hit the training plan."),
        ("B", "The budget review is on Friday."),
    ]
    chunks = chunk_turns(turns, size=2, overlap=1, metadata={"meeting_id": "m"})
    main = FusionWeights(neighbour=0.0, context_lexical=0.0, first=None)
    first = FusionWeights(neighbour=0.0, context_lexical=1.0, context_radius=1, first=None)
    plain = HybridRetriever(None, main).index(chunks)
    mixed = HybridRetriever(None, FusionWeights(neighbour=0.0, first=first)).index(chunks)
    assert plain.search("budget", k=1)[0].passage.id == "0-1"
    hits = mixed.search("budget", k=3)
    top = hits[0].passage
    assert top.id in {"5-6", "6-7"}
    # Rank 2 is the main ranking's best; nothing returned overlaps the first pick.
    assert hits[1].passage.id == "0-1"
    assert all(h.passage.end < top.start or h.passage.start > top.end for h in hits[1:])  # type: ignore[attr-defined]
    assert "context_lexical" in mixed.components("budget")


def test_the_default_weights_pick_rank_one_with_context_scoring_and_context_weights_do_not() -> None:
    first = FusionWeights().first
    assert first is not None and first.context_lexical > 0 and first.first is None
    chunks = chunk_turns(TURNS, size=3, overlap=1, metadata={"meeting_id": "m1"})
    assert "context_lexical" in HybridRetriever(HashEmbedder()).index(chunks).components("firewall")
    assert FusionWeights(first=None).first is None


def test_after_a_pick_its_neighbours_lose_their_context_share_so_another_discussion_can_come_second() -> None:
    turns = [
        ("A", "The budget was cut."),
        ("B", "Budget cuts hit the training plan."),
        ("A", "The budget review is on Friday."),
        ("B", "Lunch is at noon."),
        ("A", "Parking is full today."),
        ("B", "The coffee machine is broken."),
        ("A", "Someone left an umbrella."),
        ("B", "The budget spreadsheet is shared."),
    ]
    chunks = chunk_turns(turns, size=1, overlap=0, metadata={"meeting_id": "m"})
    common = {
        "neighbour": 0.0,
        "context_lexical": 1.0,
        "context_dense": 0.0,
        "context_radius": 2,
        "first": None,
    }
    together = HybridRetriever(None, FusionWeights(context_once=False, **common)).index(chunks)
    apart = HybridRetriever(None, FusionWeights(context_once=True, context_once_keep=0.0, **common)).index(
        chunks
    )
    assert [h.passage.id for h in together.search("budget", k=2)] == ["0-0", "2-2"]
    assert [h.passage.id for h in apart.search("budget", k=2)] == ["0-0", "7-7"]


def test_the_eval_cli_runs_the_context_weights_and_reports_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from evals.retrieval import main

    data = tmp_path / "mini.jsonl"
    _write_qmsum(data)
    assert main(["--dataset", str(data), "--json", "--embedder", "hash", "--weights", "context"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["meta"]["config"]["weights"]["context_once"] is True
    assert result["hybrid"]["queries"] == 2


def test_the_eval_cli_runs_fixed_windows_by_default_and_balanced_chunks_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from evals.retrieval import main

    data = tmp_path / "mini.jsonl"
    _write_qmsum(data)
    assert main(["--dataset", str(data), "--json", "--embedder", "hash"]) == 0
    assert json.loads(capsys.readouterr().out)["meta"]["config"]["backchannel_words"] is None
    assert main(["--dataset", str(data), "--json", "--embedder", "hash", "--chunking", "balanced"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["meta"]["config"]["backchannel_words"] == 1
    assert result["hybrid"]["queries"] == 2


def _swapped_adapter(embedder: HashEmbedder, a: str, b: str) -> QueryAdapter:
    """An adapter that turns the query vector of word ``a`` into that of word ``b`` (rank 1)."""
    va, vb = embedder.embed([a, b])
    return QueryAdapter(embedder.name, va[:, None].astype(np.float32), (vb - va)[:, None].astype(np.float32))


def test_a_query_adapter_changes_which_passage_the_dense_signal_prefers_but_hits_report_the_plain_cosine() -> (
    None
):
    emb = HashEmbedder()
    passages = [Passage("lunch", "lunch"), Passage("budget", "budget")]
    plain = HybridRetriever(emb).index(passages)
    assert plain.adapter is None  # the shipped adapter belongs to MiniLM, not to the hash embedder
    assert plain.search("lunch", k=1, mode="dense")[0].passage.id == "lunch"
    adapted = HybridRetriever(emb).index(passages)
    adapted.adapter = _swapped_adapter(emb, "lunch", "budget")
    hit = adapted.search("lunch", k=1, mode="dense")[0]
    assert hit.passage.id == "budget"
    assert hit.dense == pytest.approx(float(emb.embed(["lunch"])[0] @ emb.embed(["budget"])[0]), abs=1e-5)
    assert "cosine" in adapted.components("lunch")
    # The unadapted weights switch it off without rebuilding the retriever.
    adapted.weights = FusionWeights(query_adapter=False)
    assert adapted.search("lunch", k=1, mode="dense")[0].passage.id == "lunch"
    assert "cosine" not in adapted.components("lunch")


def test_the_shipped_adapter_is_found_only_for_the_embedder_it_was_trained_for(tmp_path: Path) -> None:
    shipped = QueryAdapter.load(QUERY_ADAPTER_FILE)
    assert shipped.embedder == "minilm-l6-int8" and shipped.dim == 384 and shipped.down.shape[1] <= 32
    assert np.isfinite(shipped.down).all() and np.isfinite(shipped.up).all()
    assert query_adapter_for(HashEmbedder()) is None
    assert query_adapter_for(None) is None
    emb = HashEmbedder(dim=16)
    path = tmp_path / "adapter.npz"
    _swapped_adapter(emb, "lunch", "budget").save(path)
    found = query_adapter_for(emb, path)
    assert found is not None and found.embedder == "hash-16"
    assert query_adapter_for(HashEmbedder(dim=32), path) is None
    assert query_adapter_for(emb, tmp_path / "missing.npz") is None


def test_an_adapter_from_a_low_rank_matrix_reproduces_it_and_survives_a_save_and_load(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    matrix = rng.normal(size=(12, 2)) @ rng.normal(size=(2, 12))
    adapter = QueryAdapter.from_matrix("e", matrix, rank=2)
    q = rng.normal(size=12).astype(np.float32)
    expected = q + matrix @ q
    assert adapter.apply(q) == pytest.approx(expected / np.linalg.norm(expected), abs=1e-5)
    adapter.save(tmp_path / "a.npz")
    again = QueryAdapter.load(tmp_path / "a.npz")
    assert again.embedder == "e" and again.apply(q) == pytest.approx(adapter.apply(q))


def test_a_fitted_adapter_ranks_held_out_relevant_chunks_higher_than_the_plain_query() -> None:
    from evals.train_query_adapter import Example, fit_adapter_matrix

    rng = np.random.default_rng(1)
    dim, n = 16, 20
    mix = np.linalg.qr(rng.normal(size=(dim, dim)))[0]  # questions live in a rotated space

    def example() -> Example:
        chunks = rng.normal(size=(n, dim))
        chunks /= np.linalg.norm(chunks, axis=1, keepdims=True)
        rel = np.zeros(n, dtype=bool)
        rel[int(rng.integers(n))] = True
        q = 0.5 * chunks[rel][0] + mix @ chunks[rel][0] + 0.3 * rng.normal(size=dim)
        return Example(chunks.astype(np.float32), (q / np.linalg.norm(q)).astype(np.float32), rel)

    train = [example() for _ in range(300)]
    test = [example() for _ in range(100)]
    matrix = fit_adapter_matrix(train, lam=0.001, tau=0.1)
    adapter = QueryAdapter.from_matrix("e", matrix, rank=dim)

    def top1(adapt: bool) -> float:
        wins = [
            bool(e.relevant[np.argmax(e.chunks @ (adapter.apply(e.query) if adapt else e.query))])
            for e in test
        ]
        return float(np.mean(wins))

    assert top1(True) > top1(False) + 0.2


def test_the_eval_cli_runs_without_the_query_adapter_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from evals.retrieval import main

    data = tmp_path / "mini.jsonl"
    _write_qmsum(data)
    assert main(["--dataset", str(data), "--json", "--embedder", "hash", "--weights", "unadapted"]) == 0
    assert json.loads(capsys.readouterr().out)["meta"]["config"]["weights"]["query_adapter"] is False
