"""How evals/train_rulings.py labels sentences and counts decisions: a verbatim quote marks the sentences it
covers; a decision known only by keywords marks the last turn that names them (the ruling after the proposal);
a decision fact is found when it carries two of the gold keywords, as the audit scorer counts it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals import train_rulings as tr
from ingest.extraction import rules

TEXTS = ["What about five categories instead of fourteen?",
         "Honestly, five would be lovely. Five categories, one loan period each.",
         "Fine. Five categories. So the mapping sheet uses the five.",
         "Moving on."]
KEYS = [(i, a, b) for i, t in enumerate(TEXTS) for a, b in rules.sentences(t)]


def test_a_quote_marks_the_sentences_it_covers_and_only_those() -> None:
    y = tr._labels(TEXTS, KEYS, [{"id": "D1", "call": 1, "quote": "Five categories. So the mapping sheet uses the five.",
                                  "keywords": ["five", "categories"]}])
    assert y.tolist() == [0, 0, 0, 0, 1, 1, 0]


def test_a_quote_found_in_no_sentence_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="D9"):
        tr._labels(TEXTS, KEYS, [{"id": "D9", "call": 2, "quote": "Six categories.", "keywords": []}])


def test_keywords_alone_mark_the_last_turn_that_names_them() -> None:
    y = tr._labels(TEXTS, KEYS, [{"id": "D1", "call": 1, "keywords": ["five", "categories", "mapping"]}])
    assert y.tolist() == [0, 0, 0, 0, 1, 1, 0]


def test_a_decision_fact_counts_as_found_with_two_gold_keywords() -> None:
    call = {"gold": [{"id": "D1", "keywords": ["five", "categories", "mapping"]}]}
    assert tr.score(call, ["Five categories.", "We'll see."]) == ({"D1"}, 1)
    assert tr.score(call, ["Five it is."]) == (set(), 1)


def test_the_quotes_file_covers_only_decisions_its_audits_have(tmp_path: Path) -> None:
    quotes = tr._quotes(Path(tr.AUDITS))
    for audit, by_id in quotes.items():
        gold = json.loads((Path(tr.AUDITS) / audit / "gold.json").read_text())
        assert set(by_id) <= {d["id"] for d in gold["decisions"]}
        assert all(q["quote"] for q in by_id.values())
    assert tr._quotes(tmp_path) == {}
