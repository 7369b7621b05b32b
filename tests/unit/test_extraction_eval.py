"""The extraction evaluation: exact evidence-turn metric, AMI conversion, own-set scoring (tiny fixtures)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from assistant.engines.embedder import HashEmbedder
from evals.extraction import ami_context, run_extraction_eval, run_own_eval, semantic_match
from evals.train_extractor import exact_counts, prf, select, tune
from ingest.extraction.features import select_ranked, tfidf_scores
from ingest.extraction.offline import OfflineExtractor


def _ami_meeting(mid: str = "XX0001a") -> dict:
    texts = ["Okay, let's start.", "The remote will be yellow, we decided that.", "Fine.",
             "I'll send the minutes to everybody by Friday.", "Thanks, see you next time."]
    return {
        "meeting_id": mid, "series": "XX0001",
        "speakers": {"A": {"role": "project manager"}, "B": {"role": "marketing"}},
        "turns": [{"turn_id": i, "speaker": "AB"[i % 2], "role": None, "start": i * 3.0, "end": i * 3.0 + 2.5,
                   "text": t} for i, t in enumerate(texts)],
        "actions": [{"text": "The project manager will send the minutes.", "evidence_turn_ids": [3]}],
        "decisions": [{"text": "The remote will be yellow.", "evidence_turn_ids": [1]}],
        "problems": [],
    }


def test_exact_counts_score_distinct_turns_for_precision_and_items_for_recall():
    # two predicted turns, one inside gold; two gold items with evidence, one hit; one item without evidence
    assert exact_counts([3, 7], [[3, 4], [9], []]) == (1, 2, 1, 2)
    p, r, f = prf(1, 2, 1, 2)
    assert (p, r) == (0.5, 0.5) and abs(f - 0.5) < 1e-9
    assert prf(0, 0, 0, 0) == (0.0, 0.0, 0.0)


def test_selection_keeps_the_best_turns_above_threshold_up_to_the_cap_in_turn_order():
    import numpy as np

    assert select(np.array([0.9, 0.1, 0.95, 0.8]), 0.5, 2) == [0, 2]
    assert select(np.array([0.2, 0.1]), 0.5, 3) == []


def test_ranked_selection_keeps_more_turns_in_longer_meetings_and_respects_the_floor():
    short = np.linspace(0.99, 0.5, 100)
    long_ = np.linspace(0.99, 0.5, 400)
    assert select_ranked(short, 2.0, 0.0, 10) == [0, 1]
    assert select_ranked(long_, 2.0, 0.0, 10) == list(range(8))
    assert select_ranked(long_, 2.0, 0.0, 3) == [0, 1, 2]
    # at least one candidate per meeting, but never below the probability floor
    assert select_ranked(np.array([0.2, 0.9, 0.3]), 0.1, 0.5, 5) == [1]
    assert select_ranked(np.array([0.2, 0.4, 0.3]), 0.1, 0.5, 5) == []


def test_ranked_selection_breaks_ties_by_turn_order():
    assert select_ranked(np.array([0.7, 0.9, 0.9, 0.9]), 100.0, 0.0, 2) == [1, 2]


def test_tuning_finds_a_selection_that_recovers_the_gold_turns():
    probs = [np.array([0.1, 0.95, 0.2, 0.3] * 25), np.array([0.9, 0.1, 0.1, 0.1] * 25)]
    gold = [[[1, 5]], [[0]]]
    alpha, min_prob, kmax, f1 = tune(probs, gold)
    assert f1 > 0.6
    assert all(select_ranked(p, alpha, min_prob, kmax) for p in probs)


def test_numpy_tfidf_scoring_matches_the_scikit_learn_vectoriser_it_was_trained_with():
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = ["I'll send the minutes by Friday.", "We decided the remote is yellow.", "Send the minutes, okay?",
             "Yellow remote, yellow buttons, we decided.", "Okay.", "The minutes go out Friday."]
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True).fit(texts)
    w = np.random.RandomState(0).randn(len(vec.vocabulary_), 2)
    vocab = {t: int(i) for t, i in vec.vocabulary_.items()}
    np.testing.assert_allclose(tfidf_scores(texts, vocab, vec.idf_, w), vec.transform(texts) @ w, atol=1e-9)


def test_an_ami_meeting_becomes_a_transcript_with_turn_ids_and_role_names():
    ctx = ami_context(_ami_meeting())
    assert [s.id for s in ctx.transcript.segments] == [0, 1, 2, 3, 4]
    assert ctx.speaker_names == {"A": "Project Manager", "B": "Marketing Expert"}


def test_the_ami_eval_reports_both_kinds_with_no_unverified_facts(tmp_path: Path):
    data = tmp_path / "tiny.jsonl"
    data.write_text(json.dumps(_ami_meeting()) + "\n" + json.dumps({**_ami_meeting("XX0001b"), "actions": [],
                                                                     "decisions": [], "problems": []}) + "\n")
    res = run_extraction_eval(data, OfflineExtractor(embedder=HashEmbedder()))
    assert res["meetings"] == 1  # the meeting without any evidence links is skipped
    assert res["unverified_facts"] == 0
    assert set(res["action_items"]) >= {"precision", "recall", "f1", "predicted_per_meeting", "gold_per_meeting"}
    assert res["action_items"]["recall"] == 1.0  # "I'll send the minutes ... by Friday" is found
    assert res["decisions"]["recall"] == 1.0  # "we decided"


def test_semantic_matching_is_one_to_one():
    emb = HashEmbedder()
    matched, n_pred, n_gold = semantic_match(["send the minutes", "send the minutes"], ["send the minutes"], emb)
    assert (matched, n_pred, n_gold) == (1, 2, 1)


def test_the_own_set_eval_scores_owner_accuracy_and_recall(tmp_path: Path):
    doc = {
        "meeting_id": "t-01", "date": "2024-05-06", "held_out": False,
        "people": [{"name": "Priya Nair"}, {"name": "Mark Ellis"}],
        "turns": [
            {"speaker": "Mark Ellis", "start": 0, "end": 3, "text": "Priya, can you send the design by Friday?"},
            {"speaker": "Priya Nair", "start": 3, "end": 5, "text": "Yes, will do."},
            {"speaker": "Mark Ellis", "start": 5, "end": 8, "text": "I could maybe look at the logs."},
        ],
        "gold": {"action_items": [{"owner": "Priya Nair", "due": "2024-05-10", "evidence_turns": [0, 1]}],
                 "not_commitments": [2], "closures": [], "blockers": [], "decisions": [], "sentiment": {}},
    }
    (tmp_path / "t-01.json").write_text(json.dumps(doc))
    res = run_own_eval(tmp_path, OfflineExtractor(embedder=HashEmbedder()))
    assert res["action_recall"] == 1.0
    assert res["owner_accuracy"] == 1.0
    assert res["due_accuracy"] == 1.0
    assert res["no_false_commitment"] == 1.0
    assert res["held_out"]["meetings"] == 0


def test_tuning_counts_turns_predicted_in_scored_meetings_without_gold_of_that_kind_as_false_positives():
    # Meeting 2 has no action item but is scored (it has, say, a decision): picking its top turn costs precision,
    # so the tuned floor must exclude its weak best turn.
    probs = [np.array([0.1, 0.95, 0.2, 0.3] * 25), np.array([0.6, 0.1, 0.1, 0.1] * 25)]
    gold: list[list[list[int]]] = [[[1]], []]
    alpha, min_prob, kmax, f1 = tune(probs, gold, scored=[True, True])
    assert select_ranked(probs[1], alpha, min_prob, kmax) == []
    assert f1 > 0.99
    _, min_prob_ignoring, _, _ = tune(probs, gold)
    assert min_prob_ignoring <= 0.6  # without the scored mask the empty meeting is skipped and costs nothing


def test_a_long_turn_is_embedded_in_32_word_chunks_and_a_short_tail_is_dropped():
    from ingest.extraction.features import embed_chunks

    words = [f"w{i}" for i in range(70)]
    assert embed_chunks("Yeah okay.") == []
    assert embed_chunks(" ".join(words[:5])) == [" ".join(words[:5])]
    chunks = embed_chunks(" ".join(words))  # 32 + 32 + a 6-word tail
    assert chunks == [" ".join(words[:32]), " ".join(words[32:64]), " ".join(words[64:])]
    assert len(embed_chunks(" ".join(words[:66]))) == 2  # a 2-word tail is not embedded


def test_turn_embeddings_are_the_normalised_mean_of_their_chunks_in_one_embedder_call():
    from ingest.extraction.features import turn_embeddings

    calls: list[list[str]] = []

    def embed(texts: list[str]) -> np.ndarray:
        calls.append(texts)
        return np.array([[1.0, 0.0] if t.startswith("a0 ") else [0.0, 1.0] for t in texts])

    long_turn = " ".join(f"a{i}" for i in range(40))
    out = turn_embeddings(["ok", "b c d e f", long_turn], embed, dim=2)
    assert len(calls) == 1 and len(calls[0]) == 3  # "ok" is not embedded; the long turn gives two chunks
    assert np.allclose(out[0], 0.0)
    assert np.allclose(out[1], [0.0, 1.0])
    assert np.allclose(out[2], np.array([1.0, 1.0]) / np.sqrt(2.0))


def test_handing_out_work_is_a_lexical_cue_counted_in_the_turn_and_its_neighbours():
    from ingest.extraction.features import LEX_NAMES, lexical_matrix

    texts = ["Okay.", "So by next meeting you are going to work on the buttons.", "Fine."]
    x = lexical_matrix(texts, ["A", "A", "B"])
    cue, ctx = LEX_NAMES.index("cue_assign"), LEX_NAMES.index("ctx_assign")
    assert x[1, cue] > 0 and x[0, cue] == 0
    assert x[0, ctx] > 0 and x[2, ctx] > 0 and x[1, ctx] == 0
    assert x.shape == (3, len(LEX_NAMES))
