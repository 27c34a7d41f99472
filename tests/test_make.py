"""`make serve` wiring: the commands the Makefile runs exist and work."""

import shlex
import shutil
import subprocess
import sys

import pytest

from .conftest import REPO

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _recipe(target: str, **variables) -> list[list[str]]:
    args = [
        "make",
        "-n",
        "--no-print-directory",
        target,
        *(f"{k}={v}" for k, v in variables.items()),
    ]
    out = subprocess.run(args, cwd=REPO, capture_output=True, text=True, check=True).stdout
    return [
        shlex.split(line) for line in out.splitlines() if line.startswith(".venv/bin/pressroom ")
    ]


def test_serve_indexes_the_corpus_once_then_serves(tmp_path):
    ingest, serve = _recipe("serve", INDEX=tmp_path / "index", PORT=5999)
    assert serve[1:3] == ["serve", "--index"]
    assert serve[-2:] == ["--port", "5999"]
    command = [sys.executable, "-m", "searcher.cli", *ingest[1:]]
    first = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert "added" in first.stdout
    assert (tmp_path / "index").is_dir()
    again = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    assert again.returncode == 0
    assert "nothing to do" in again.stderr
