"""Hostile input, killed ingests and concurrent use: nothing breaks, nothing is lost."""

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.ingest import ingest
from index.store import open_index
from searcher.matching import QueryTooBroad
from searcher.query import Node
from searcher.query_parser import QuerySyntaxError, parse_query
from searcher.request import InvalidParameter, SearchRequest
from searcher.search import DEFAULT_TIME_BUDGET, SearchEngine
from web import create_app

from .conftest import REPO, running_server
from .synthetic import write_releases

QUERY_ALPHABET = st.sampled_from(
    [
        *list("abcdefghijklmnopqrstuvwxyz ÉéüßЖ中\"()[]*-+:?!&|\\/'.,;~^{}<>@#$%=\x00\t\n"),
        "AND",
        "OR",
        "NOT",
        "TO",
        "speaker:",
        "date:",
        "title:",
        "lang:",
        "foo:",
        "date:[",
        " TO ",
        "*",
    ]
)
queries = st.lists(QUERY_ALPHABET, max_size=40).map("".join) | st.text(max_size=200)


@settings(max_examples=400, deadline=None)
@given(queries)
def test_parser_answers_every_string(query):
    try:
        parsed = parse_query(query)
    except QuerySyntaxError as err:
        message = err.message
        assert message  # a refusal always says why
    else:
        assert isinstance(parsed, Node)


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=queries)
def test_search_core_never_crashes(engine, query):
    started = time.monotonic()
    try:
        response = engine.search(SearchRequest(q=query))
        assert response.total >= 0
    except (QuerySyntaxError, QueryTooBroad, InvalidParameter):
        pass
    assert time.monotonic() - started < DEFAULT_TIME_BUDGET + 1


PARAM_NAMES = st.sampled_from(
    [
        "q",
        "speaker",
        "venue",
        "year",
        "month",
        "from",
        "to",
        "sort",
        "page",
        "per_page",
        "facets",
        "facet_size",
        "collapse",
        "recency",
        "format",
        "limit",
        "unknown",
        "group",
        "lang",
    ]
)
PARAM_VALUES = st.one_of(
    st.text(max_size=60),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.sampled_from(
        [
            "2006-01-01",
            "2006-13-45",
            "newest",
            "speaker,year",
            "1",
            "0",
            "nan",
            "inf",
            "-1",
            "1e9",
            "",
        ]
    ),
)


@pytest.fixture(scope="module")
def client(search_index):
    return create_app({"INDEX_DIR": str(search_index), "TESTING": True}).test_client()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=st.lists(st.tuples(PARAM_NAMES, PARAM_VALUES), max_size=6))
def test_api_answers_json_never_5xx(client, params):
    for path in ("/api/search", "/", "/feed.atom"):
        query = urllib.parse.urlencode(params)
        started = time.monotonic()
        response = client.get(f"{path}?{query}")
        assert response.status_code in (200, 400), (
            path,
            params,
            response.get_data(as_text=True)[:300],
        )
        assert time.monotonic() - started < DEFAULT_TIME_BUDGET + 1
        if path.startswith("/api") and response.status_code == 400:
            assert response.get_json()["error"]["message"]


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(doc_id=st.text(min_size=1, max_size=80))
def test_document_ids_never_reach_the_file_system(client, doc_id):
    quoted = urllib.parse.quote(doc_id, safe="")
    for path in (
        f"/api/documents/{quoted}",
        f"/documents/{quoted}",
        f"/api/documents/{quoted}/similar",
    ):
        assert client.get(path).status_code in (400, 404)


def test_traversal_ids_are_plain_unknown_ids(client):
    for doc_id in ("../../etc/passwd", "..%2F..%2Fpyproject.toml", "/etc/passwd"):
        response = client.get(f"/api/documents/{doc_id}")
        assert response.status_code == 404
        assert response.get_json()["error"]["code"] == "not_found"


def _pressroom(*args, **kwargs):
    return subprocess.Popen(
        [sys.executable, "-m", "searcher.cli", *map(str, args)], cwd=REPO, **kwargs
    )


def _documents(index_dir) -> int:
    out = subprocess.run(
        [sys.executable, "-m", "searcher.cli", "stats", "--index", str(index_dir), "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)["documents"]


def test_killed_ingest_keeps_committed_batches_and_resumes(tmp_path):
    source = write_releases(tmp_path / "releases.jsonl", 2000)
    index_dir = tmp_path / "index"
    process = _pressroom(
        "ingest",
        source,
        "--index",
        index_dir,
        "--batch-size",
        "150",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Wait for a few committed batches, then kill it mid-run. (Counted in this process:
    # a CLI call per poll took a second on a busy machine, and the ingest had finished.)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if (index_dir / "pressroom.json").exists() and any(index_dir.glob("_MAIN_*.toc")):
            try:
                if open_index(index_dir).doc_count() >= 450:
                    break
            except Exception:  # (a commit in progress: the next poll reads it)
                pass
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    committed = _documents(index_dir)  # the index opens after the kill
    assert 450 <= committed < 2000
    report = ingest([source], index_dir, workers=1)
    assert report.unchanged >= committed - 150
    assert report.added + report.unchanged + report.updated == 2000
    assert _documents(index_dir) == 2000
    engine = SearchEngine(index_dir)
    assert engine.search(SearchRequest()).total == 2000
    assert engine.search(SearchRequest(q="synthetic")).total == 0


def test_server_answers_during_an_ingest_and_sees_new_documents(tmp_path):
    first = write_releases(tmp_path / "first.jsonl", 300)
    more = write_releases(tmp_path / "more.jsonl", 500, start=300)
    index_dir = tmp_path / "index"
    ingest([first], index_dir, workers=0)
    errors, answered = [], []
    with running_server(index_dir) as url:
        stop = threading.Event()

        def hammer(query: str):
            while not stop.is_set():
                try:
                    with urllib.request.urlopen(
                        f"{url}/api/search?q={query}&facets=speaker,year", timeout=30
                    ) as r:
                        answered.append(json.load(r)["total"])
                except (urllib.error.URLError, ValueError) as err:
                    errors.append(repr(err))

        threads = [
            threading.Thread(target=hammer, args=(q,)) for q in ("", "budget", "harbour+plan")
        ]
        for thread in threads:
            thread.start()
        process = _pressroom(
            "ingest",
            more,
            "--index",
            index_dir,
            "--batch-size",
            "100",
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr.decode()
        # The server looks for a new index generation at most twice a second.
        time.sleep(1.5)
        stop.set()
        for thread in threads:
            thread.join(30)
        with urllib.request.urlopen(f"{url}/api/search?q=") as response:
            final_total = json.load(response)["total"]
    assert errors == []
    assert len(answered) > 20
    assert final_total == 800
