"""Integration fixtures: a real `chroma run` server on a free loopback port, shared by the session."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

_START_TIMEOUT_S = 60.0


@dataclass
class ChromaServer:
    host: str
    port: int
    path: Path
    started_in_s: float  # reported by the test run, not asserted


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _chroma_cli() -> str:
    beside = Path(sys.executable).parent / "chroma"
    if beside.is_file():
        return str(beside)
    found = shutil.which("chroma")
    if not found:
        pytest.fail("the `chroma` command (from the chromadb package) is not installed in this environment")
    return found


def _heartbeat(host: str, port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://{host}:{port}/api/v2/heartbeat", timeout=1.0) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    """Start `chroma run` on 127.0.0.1:<free port>, wait for its heartbeat, stop it at the end."""
    path = tmp_path_factory.mktemp("chroma-server")
    log_path = path.parent / f"{path.name}.log"
    host, port = "127.0.0.1", _free_port()
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "NO_COLOR": "1"}
    t0 = time.perf_counter()
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [_chroma_cli(), "run", "--path", str(path / "db"), "--host", host, "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not _heartbeat(host, port):
            if proc.poll() is not None:
                tail = log_path.read_text(errors="replace")[-2000:]
                pytest.fail(f"chroma server exited with code {proc.returncode}:\n{tail}")
            if time.monotonic() > deadline:
                pytest.fail(
                    f"chroma server gave no heartbeat on {host}:{port} within {_START_TIMEOUT_S:.0f}s"
                )
            time.sleep(0.1)
        server = ChromaServer(host=host, port=port, path=path, started_in_s=time.perf_counter() - t0)
        print(f"\nchroma server on {host}:{port} answered after {server.started_in_s:.2f}s")
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
