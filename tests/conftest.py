"""Shared fixtures: small indexes built from our own fixtures, and the real
Senate corpus from ../shared when it is there."""

from __future__ import annotations

import contextlib
import gzip
import os
import random
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

import pytest

from index.ingest import ingest
from searcher.search import SearchEngine

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# PRESSROOM_SHARED_CORPORA points elsewhere (a git worktree has no ../shared).
SHARED_CORPORA = Path(
    os.environ.get("PRESSROOM_SHARED_CORPORA") or REPO.parent / "shared" / "corpora"
)
SENATE = SHARED_CORPORA / "senate-press-releases.jsonl.gz"
SAMPLE_SEED = 20261125

requires_senate = pytest.mark.skipif(
    not SENATE.exists(), reason="../shared/corpora/senate-press-releases.jsonl.gz is absent"
)


@pytest.fixture(scope="session")
def search_index(tmp_path_factory) -> Path:
    """An index of tests/fixtures/search (12 hand-written releases)."""
    path = tmp_path_factory.mktemp("search-index")
    report = ingest([FIXTURES / "search"], path, workers=0)
    assert report.added == 12
    assert not report.rejected
    return path


@pytest.fixture(scope="session")
def engine(search_index) -> SearchEngine:
    return SearchEngine(search_index)


def senate_lines(
    first: int | None = None, sample: int | None = None, seed: int = SAMPLE_SEED
) -> list[bytes]:
    """The first N lines of the Senate corpus, or N lines drawn at random with a fixed seed."""
    with gzip.open(SENATE, "rb") as stream:
        if first is not None:
            return [line for _, line in zip(range(first), stream)]
        lines = stream.readlines()
    return random.Random(seed).sample(lines, sample)


def write_lines(path: Path, lines: list[bytes]) -> Path:
    with gzip.open(path, "wb") as out:
        out.writelines(lines)
    return path


@pytest.fixture(scope="session")
def senate_sample_file(tmp_path_factory) -> Path:
    """2,000 Senate releases drawn at random with a fixed seed, as .jsonl.gz."""
    if not SENATE.exists():
        pytest.skip("../shared/corpora is absent")
    path = tmp_path_factory.mktemp("senate") / "sample-2000.jsonl.gz"
    return write_lines(path, senate_lines(sample=2000))


@pytest.fixture(scope="session")
def senate_index(tmp_path_factory, senate_sample_file) -> Path:
    path = tmp_path_factory.mktemp("senate-index")
    report = ingest([senate_sample_file], path)
    assert report.added == 2000, report.rejected[:5]
    return path


@pytest.fixture(scope="session")
def senate_engine(senate_index) -> SearchEngine:
    return SearchEngine(senate_index)


# -- the real server and a real browser ---------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(index_dir: Path, *options: str, pass_fds: Sequence[int] = ()):
    """`pressroom serve` in a subprocess (with extra ``options``, and ``pass_fds``
    left open in it); yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "searcher.cli",
            "serve",
            "--index",
            str(index_dir),
            "--port",
            str(port),
            *options,
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        pass_fds=pass_fds,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "/api/stats", timeout=2).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(process.stderr.read().decode()) from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="session")
def server_url(search_index):
    with running_server(search_index) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (.ci/run installs Debian's chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


@pytest.fixture
def page_without_js(browser):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    yield context.new_page()
    context.close()


# axe-core from the npm registry, installed by .ci/run (make browser-deps).
AXE_SCRIPT = REPO / "var" / "node" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_SCRIPT.exists():
        pytest.skip("axe-core is not installed (make browser-deps)")
    return AXE_SCRIPT.read_text(encoding="utf-8")
