"""An aside said like a promise ("I'll tell them it's a festive colour.", "Because Gillian will ask me.") is no
commitment the ledger should chase. The learned commitment filter (ingest/extraction/commitments.py) marks such
items doubtful: they stay in the store, quoted, and the detailed status report lists them for the PM to confirm or
delete, but they are not next steps, not overdue and not counted, until the PM confirms or edits them."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from assistant.drafting import DraftingService
from assistant.engines.embedder import HashEmbedder
from assistant.models import ActionItem, Evidence, FactEvent, Person, fact_public, is_commitment
from assistant.qa import QAService
from assistant.storage import Repository
from evals import train_commitments
from ingest.extraction import commitments
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context
from tests.unit.test_drafting import DAYS, add_meeting

REPO = Path(__file__).resolve().parents[2]
PEOPLE = [Person(name="Joanne Pike"), Person(name="Fiona Marsh"), Person(name="Ravi Sandhu")]
MON = date(2026, 10, 5)
ASIDE = "I'll tell them it's a festive colour."
PROMISE = "I'll send you the list of templates by Friday."


@pytest.fixture(scope="module")
def extractor(minilm: Any) -> OfflineExtractor:
    return OfflineExtractor(embedder=minilm, rulings=False)


def _items(extractor: OfflineExtractor) -> dict[str, ActionItem]:
    turns = [("Fiona Marsh", "The new login page is bright orange."), ("Joanne Pike", f"Lovely. {ASIDE}"),
             ("Fiona Marsh", "Ravi, the templates?"), ("Ravi Sandhu", PROMISE)]
    facts = extractor.extract(meeting_context(turns, PEOPLE, MON)).facts
    return {f.evidence[0].quote: f for f in facts if isinstance(f, ActionItem)}


def test_the_filter_marks_the_aside_doubtful_and_leaves_the_dated_promise_alone(extractor: OfflineExtractor) -> None:
    items = _items(extractor)
    assert items[ASIDE].doubtful and not is_commitment(items[ASIDE])
    promise = next(f for q, f in items.items() if "templates" in q)
    assert not promise.doubtful and is_commitment(promise) and promise.owner == "Ravi Sandhu"


def test_with_the_filter_off_nothing_is_doubtful(minilm: Any) -> None:
    items = _items(OfflineExtractor(embedder=minilm, rulings=False, commitment_filter=False))
    assert items and not any(f.doubtful for f in items.values())


def test_without_the_minilm_embedder_the_filter_does_not_run() -> None:
    items = _items(OfflineExtractor(embedder=HashEmbedder(), rulings=False))
    assert not any(f.doubtful for f in items.values())


def test_a_doubtful_item_counts_once_the_pm_confirms_or_edits_it() -> None:
    item = ActionItem(text=ASIDE, owner="Joanne Pike", doubtful=True)
    assert not is_commitment(item)
    assert is_commitment(item.model_copy(update={"confirmed": True}))
    assert is_commitment(item.model_copy(update={"edited": True}))
    assert not is_commitment(ActionItem(text="I could maybe look at it.", conditional=True, confirmed=True))


def test_a_doubtful_item_past_its_date_is_held_for_check_and_not_overdue() -> None:
    item = ActionItem(text=ASIDE, owner="Joanne Pike", due=date(2026, 10, 9), doubtful=True)
    shown = fact_public(item, date(2026, 11, 1))
    assert shown["overdue"] is False and shown["held_for_check"] is True
    shown = fact_public(item.model_copy(update={"confirmed": True}), date(2026, 11, 1))
    assert shown["overdue"] is True and shown["held_for_check"] is False


def _engagement(tmp_path: Path, confirmed: bool = False) -> tuple[Repository, str]:
    repo = Repository(tmp_path / "data")
    eng = repo.create_engagement("Portal").id
    add_meeting(repo, eng, 1, [("Joanne Pike", ASIDE), ("Ravi Sandhu", PROMISE)])
    repo.save_people(eng, [Person(name="Joanne Pike", side="customer"), Person(name="Ravi Sandhu", side="customer")])
    facts = []
    for seg, (who, text, doubt) in enumerate([("Joanne Pike", ASIDE, True), ("Ravi Sandhu", PROMISE, False)]):
        f = ActionItem(text=text, owner=who, due=date(2024, 3, 8), meeting_id="m1", doubtful=doubt,
                       confirmed=confirmed and doubt,
                       evidence=[Evidence(meeting_id="m1", segment_id=seg, speaker=who, start=60.0 * seg + 14,
                                          end=60.0 * seg + 20, quote=text)],
                       history=[FactEvent(at=DAYS[0], event="created", meeting_id="m1", note="status=open",
                                          due=date(2024, 3, 8))])
        f.assign_id()
        facts.append(f)
    repo.save_facts(eng, facts)
    return repo, eng


def test_the_detailed_report_lists_a_doubtful_item_to_check_and_not_among_next_steps(tmp_path: Path) -> None:
    repo, eng = _engagement(tmp_path)
    report = DraftingService(repo).status_report(eng, "business lead", date(2024, 3, 26), since=date(2024, 3, 1),
                                                 record=False)
    steps = report.markdown.split("## Next steps")[1].split("## Blockers")[0]
    listed, _, check = steps.partition("Said in passing, maybe not commitments")
    assert "templates" in listed and "festive" not in listed
    assert "festive colour" in check and "Joanne Pike" in check
    assert [r["text"] for r in report.data["next_steps"]] == [PROMISE]
    assert report.data["metrics"]["overdue"] == 1


def test_once_confirmed_the_item_is_a_next_step_and_overdue(tmp_path: Path) -> None:
    repo, eng = _engagement(tmp_path, confirmed=True)
    report = DraftingService(repo).status_report(eng, "business lead", date(2024, 3, 26), since=date(2024, 3, 1),
                                                 record=False)
    assert "Said in passing" not in report.markdown
    assert sorted(r["text"] for r in report.data["next_steps"]) == sorted([ASIDE, PROMISE])
    assert report.data["metrics"]["overdue"] == 2


def test_ask_lists_only_commitments_as_open_and_labels_a_doubtful_item_when_it_shows_it(tmp_path: Path) -> None:
    repo, eng = _engagement(tmp_path)
    qa = QAService(repo, embedder=HashEmbedder())
    open_answer = qa.ask(eng, "what are the open action items?").answer
    assert "templates" in open_answer and "festive" not in open_answer
    joanne = qa.ask(eng, "what does Joanne Pike still owe?").answer
    [line] = [ln for ln in joanne.splitlines() if "festive" in ln]
    assert "maybe no commitment: not confirmed" in line and "overdue" not in line


def _data(n_audits: int = 6) -> list[dict[str, Any]]:
    """linker_data-shaped audits: each with promises matched to gold and asides that are not."""
    out = []
    for k in range(n_audits):
        facts, match = [], {}
        for j, (text, gold) in enumerate([(f"I'll send the cutover plan number {k} by Friday.", True),
                                          (f"I'll book the training room {k} for the pilot on Tuesday.", True),
                                          ("I'll tell them it's a festive colour.", False),
                                          ("I'll tell him.", False)]):
            fid = f"act-{k}-{j}"
            facts.append({"id": fid, "kind": "action_item", "text": text, "owner": "Ravi Sandhu", "due": None,
                          "conditional": False, "confidence": 0.75, "origin": "offline", "status": "open",
                          "evidence": [{"speaker": "Ravi Sandhu", "quote": text}],
                          "history": [{"event": "created", "note": "status=open", "due": "2026-10-09" if gold else None}]})
            if gold:
                match[fid] = f"C{j}"
        facts.append({"id": f"act-{k}-done", "kind": "action_item", "text": "I did read page nine.", "owner": None,
                      "due": None, "conditional": False, "confidence": 0.6, "origin": "offline", "status": "done",
                      "evidence": [{"speaker": "Ravi Sandhu", "quote": "I did read page nine."}],
                      "history": [{"event": "created", "note": "status=done"}]})
        out.append({"audit": ["upperwood", "vennick", "ashgrove", "corvid", "kestrel", "marlowe"][k % 6],
                    "facts": facts, "match": match})
    return out


def test_training_reads_items_created_open_with_the_due_they_were_created_with() -> None:
    rows = train_commitments.rows(_data())
    assert len(rows) == 24  # the done reports are not promises
    assert [r["y"] for r in rows[:4]] == [1.0, 1.0, 0.0, 0.0]
    assert rows[0]["flags"][0] == 1.0 and rows[2]["flags"][0] == 0.0  # due from the 'created' entry
    assert rows[0]["group"] == rows[4]["group"] == "pair1"  # a blind pair is held out together


def test_the_training_script_writes_a_model_that_holds_back_the_asides(tmp_path: Path) -> None:
    data, out = tmp_path / "d.pkl", tmp_path / "m.json"
    data.write_bytes(pickle.dumps(_data()))
    run = subprocess.run([sys.executable, "-m", "evals.train_commitments", "--data", str(data), "--out", str(out)],
                         cwd=REPO, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    model = json.loads(out.read_text())
    assert model["features"] == commitments.FEATURES == len(model["w"]) and model["trained_on"] == 6
    assert model["threshold"] in train_commitments.GRID and "lowest" not in model["cv"]
    emb = __import__("assistant.engines.embedder", fromlist=["MiniLMEmbedder"]).MiniLMEmbedder()
    rows = [(t, commitments.flags(t, "Ravi Sandhu", "Ravi Sandhu", d, False, 0.75))
            for t, d in (("I'll tell him.", False), ("I'll send the cutover plan number 9 by Friday.", True))]
    assert commitments.doubtful(rows, emb.embed, model) == [True, False]


def test_the_shipped_model_fits_the_extractor_and_records_its_cross_validation() -> None:
    model = commitments.load()
    assert model is not None and model["embedder"] == "minilm-l6-int8"
    assert len(model["w"]) == commitments.FEATURES and model["threshold"] in train_commitments.GRID
    chosen = model["cv"]["curve"][f"{model['threshold']:.2f}"]
    assert chosen["spurious_held"] > 5 * chosen["gold_held"]  # what the threshold was picked for


def test_the_audit_scorer_leaves_a_doubtful_item_out_of_the_ledger(tmp_path: Path) -> None:
    gold = {"calls": {"1": "2026-10-05"}, "commitments": [], "blockers": [], "decisions": []}
    facts = [{"id": "a1", "kind": "action_item", "text": ASIDE, "owner": "Joanne Pike", "held_for_check": True,
              "meeting_id": "20261005-x", "evidence": [{"meeting_id": "20261005-x", "quote": ASIDE}], "history": []},
             {"id": "a2", "kind": "action_item", "text": PROMISE, "owner": "Ravi Sandhu", "held_for_check": False,
              "meeting_id": "20261005-x", "evidence": [{"meeting_id": "20261005-x", "quote": PROMISE}], "history": []}]
    (tmp_path / "g.json").write_text(json.dumps(gold))
    (tmp_path / "f.json").write_text(json.dumps(facts))
    run = subprocess.run([sys.executable, str(REPO / "evals/data/audits/score.py"), str(tmp_path / "f.json"),
                          "--gold", str(tmp_path / "g.json")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "spurious action items: 1" in run.stdout
    assert "held for check (doubtful as commitments, not counted): 1" in run.stdout


def test_a_doubtful_item_reported_done_is_listed_after_the_commitments_kept(tmp_path: Path) -> None:
    repo, eng = _engagement(tmp_path)
    add_meeting(repo, eng, 2, [("Joanne Pike", "I told them about the colour."), ("Ravi Sandhu", "Templates sent.")])
    facts = repo.load_facts(eng)
    for seg, f in enumerate(facts):
        f.history.append(FactEvent(at=DAYS[1], event="done", meeting_id="m2", evidence=[
            Evidence(meeting_id="m2", segment_id=seg, speaker=f.owner or "", start=60.0 * seg + 14,
                     end=60.0 * seg + 20, quote=["I told them about the colour.", "Templates sent."][seg])]))
        f.status = "done"  # type: ignore[union-attr]
    repo.save_facts(eng, facts)
    report = DraftingService(repo).status_report(eng, "business lead", date(2024, 3, 26), since=date(2024, 3, 1),
                                                 record=False)
    done = report.markdown.split("## Done since")[1].split("## Next steps")[0]
    kept, _, also = done.partition("Also reported done, with no commitment recorded before:")
    assert "templates" in kept and "festive" not in kept
    assert "festive" in also
    assert report.data["metrics"]["done_in_period"] == 1


@pytest.mark.parametrize("content", [None, b"not a pickle", pickle.dumps([{"audit": "x"}])])
def test_the_training_script_explains_missing_or_wrong_data(tmp_path: Path, content: bytes | None) -> None:
    data = tmp_path / "d.pkl"
    if content is not None:
        data.write_bytes(content)
    run = subprocess.run([sys.executable, "-m", "evals.train_commitments", "--data", str(data), "--out",
                          str(tmp_path / "m.json")], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "evals.linker_data" in run.stderr and not (tmp_path / "m.json").exists()
