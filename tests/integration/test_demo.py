"""`candor demo`, the README's main job, end to end with the real engines (Whisper tiny.en, voice diarization,
MiniLM): the facts of the bundled call that the status report stands on. A change to the extractor that adds or
loses one of them shows here (one did: a second blocker for "We cannot move the laptop without that rule.")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CANDOR = [sys.executable, "-m", "assistant.cli"]


def _candor(args: list[str], data: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR_")}
    env.update({"CANDOR_DATA_DIR": str(data), "ANONYMIZED_TELEMETRY": "False"})
    proc = subprocess.run(CANDOR + args, capture_output=True, text=True, env=env, cwd=REPO, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_the_demo_call_yields_its_commitments_one_blocker_a_risk_and_an_amber_report(tmp_path: Path) -> None:
    out = _candor(["demo"], tmp_path)
    facts = json.loads(_candor(["facts", "--engagement", "demo", "--json"], tmp_path))
    actions = {(f["owner"], f["due"]) for f in facts if f["kind"] == "action_item"}
    assert ("Priya", "2026-11-20") in actions  # "I will send the firewall rule change to them by Friday."
    assert ("Mark", "2026-11-18") in actions  # "I will email Karen today ..."
    assert any(owner == "John" for owner, _ in actions)  # the maintenance window
    blockers = [f for f in facts if f["kind"] == "blocker"]
    # one wait, told twice ("... waiting for approval from the network security team", "... without that rule")
    assert [b["status"] for b in blockers] == ["open"]
    assert len(blockers[0]["evidence"]) >= 1 and "network security" in blockers[0]["text"]
    assert any(f["kind"] == "risk" and "slip" in f["text"] for f in facts)
    assert "Overall demo is AMBER" in out and "1 open blocker" in out
