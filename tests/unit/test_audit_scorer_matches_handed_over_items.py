"""The audit scorer pairs each Candor item with one gold commitment. An item handed over cites the new owner's
promise ("I'll have it to Tariq by the end of next week."), which can share most of its words with another gold
item's quote; the item is still the gold item it was created as, not a duplicate of the other one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCORER = Path(__file__).resolve().parents[2] / "evals" / "data" / "audits" / "score.py"
CALLS = {"1": "2026-09-22", "2": "2026-10-20"}


def _ev(call: int, speaker: str, quote: str) -> dict[str, object]:
    return {"meeting_id": CALLS[str(call)].replace("-", "") + "-m", "speaker": speaker, "start": 1.0, "end": 2.0,
            "quote": quote}


def _item(fid: str, owner: str, call: int, text: str, evidence: list[dict[str, object]]) -> dict[str, object]:
    created = {"event": "created", "at": CALLS[str(call)], "due": None, "evidence": evidence[:1]}
    return {"id": fid, "kind": "action_item", "text": text, "owner": owner, "status": "open", "due": None,
            "meeting_id": evidence[0]["meeting_id"], "evidence": evidence, "history": [created]}


def _score(tmp_path: Path, facts: list[dict[str, object]],
           quote_c2: str = "I'll get our end of that set up by the end of next week.") -> str:
    gold = {
        "calls": CALLS, "blockers": [], "decisions": [],
        "commitments": [
            {"id": "C1", "owner": "Shona", "task": "send Tariq the census field list", "first_call": 1, "due": None,
             "quote": "Tariq needs the list of fields the funding return uses, so we can make sure they're all in "
                      "Orrin for February. Could you send the field list by the second?",
             "keywords": ["field", "list", "census"], "events": [], "reassigned_to": ["Aileen"]},
            {"id": "C2", "owner": "Magda", "task": "set up the nightly learner file", "first_call": 2, "due": None,
             "quote": quote_c2,
             "keywords": ["nightly", "file", "learner"], "events": []},
        ],
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    (tmp_path / "facts.json").write_text(json.dumps(facts))
    done = subprocess.run([sys.executable, str(SCORER), str(tmp_path / "facts.json"), "--gold",
                           str(tmp_path / "gold.json")], capture_output=True, text=True, check=True)
    return done.stdout


def test_an_item_handed_over_is_found_as_the_item_it_was_created_as(tmp_path: Path) -> None:
    handed = _item("act-1", "Aileen Docherty", 1, "Could you send the field list by the second?", [
        _ev(1, "Eilidh Baxter", "Could you send the field list by the second"),
        _ev(2, "Eilidh Baxter", "Aileen, could you take the census field list off her?"),
        _ev(2, "Aileen Docherty", "I'll have it to Tariq by the end of next week."),
    ])
    nightly = _item("act-2", "Magda Nowak", 2, "I'll get our end of that nightly file set up by the end of next week.",
                    [_ev(2, "Magda Nowak", "I'll get our end of that nightly file set up by the end of next week.")])
    out = _score(tmp_path, [handed, nightly])
    assert "commitments found:             2/2" in out
    assert "duplicates of gold items:      0" in out


def test_a_second_item_matching_only_a_gold_item_already_found_is_a_duplicate(tmp_path: Path) -> None:
    nightly = _item("act-2", "Magda Nowak", 2, "I'll get our end of that nightly file set up by the end of next week.",
                    [_ev(2, "Magda Nowak", "I'll get our end of that nightly file set up by the end of next week.")])
    again = _item("act-3", "Magda Nowak", 2, "Our end of the nightly learner file, set up by the end of next week.",
                  [_ev(2, "Magda Nowak", "Our end of the nightly learner file, set up by the end of next week.")])
    out = _score(tmp_path, [nightly, again])
    assert "commitments found:             1/2" in out
    assert "duplicates of gold items:      1" in out


def test_the_owners_item_citing_one_sentence_of_a_longer_quote_is_found(tmp_path: Path) -> None:
    # Magda's gold quote is two sentences; her item cites the promise alone, and Shona's item cites all of it as
    # the prompt its own promise answered.
    gold_quote = ("It's eighty-one questions on hosting, security and data retention, so, um, yeah. "
                  "I'll get our end of that nightly file set up by Friday.")
    magda = _item("act-2", "Magda Nowak", 2, "I'll get our end of that nightly file set up by Friday.",
                  [_ev(2, "Magda Nowak", "I'll get our end of that nightly file set up by Friday")])
    shona = _item("act-4", "Shona Kerr", 2, "I'll take it to the security board on the tenth.",
                  [_ev(2, "Shona Kerr", "I'll take it to the security board on the tenth"), _ev(2, "Magda Nowak", gold_quote)])
    out = _score(tmp_path, [shona, magda], quote_c2=gold_quote)
    assert "C2   [sentence] owner Magda Nowak" in out
    assert "owner correct among found:     1/1" in out
