"""`pressroom serve --workers N`: several processes answer on one port, each
seeing the generations an ingest commits."""

from __future__ import annotations

import http.client
import json
import os
import resource
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

from index.ingest import ingest
from web.prefork import WORKER_HEADER

from .conftest import FIXTURES, running_server

NEW_RELEASE = {
    "id": "w1",
    "title": "Harbour dredging approved",
    "speaker": "Imogen Threlkeld",
    "date": "2011-05-02",
    "text": "Senator Imogen Threlkeld said the quillfeather survey would begin in June.",
}


def _connect(url: str) -> http.client.HTTPConnection:
    parts = urllib.parse.urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[str, dict]:
    """(worker number, JSON body) of one request on a kept-alive connection."""
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    assert response.status == 200, body[:200]
    return response.getheader(WORKER_HEADER), json.loads(body)


def _one_connection_per_worker(url: str, workers: int) -> dict[str, http.client.HTTPConnection]:
    """Kept-alive connections, one held by each worker (the kernel hands each
    new connection to whichever worker accepts first)."""
    pinned: dict[str, http.client.HTTPConnection] = {}
    for _ in range(200):
        conn = _connect(url)
        worker, _ = _get(conn, "/api/stats")
        if worker in pinned:
            conn.close()
        else:
            pinned[worker] = conn
        if len(pinned) == workers:
            return pinned
    raise AssertionError(f"only workers {sorted(pinned)} answered 200 connections")


@pytest.fixture
def index_dir(tmp_path) -> Path:
    path = tmp_path / "index"
    ingest([FIXTURES / "search"], path, workers=0)
    return path


def test_two_workers_answer_searches_at_the_same_time(index_dir):
    with running_server(index_dir, "--workers", "2") as url:
        pinned = _one_connection_per_worker(url, 2)
        assert sorted(pinned) == ["1", "2"]
        answers: dict[str, list] = {}
        start = threading.Barrier(len(pinned))

        def search(worker: str, conn: http.client.HTTPConnection) -> None:
            start.wait()
            answers[worker] = [
                _get(conn, "/api/search?q=veterans&facets=speaker,year") for _ in range(20)
            ]

        threads = [threading.Thread(target=search, args=item) for item in pinned.items()]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for worker, replies in answers.items():
            assert {answered_by for answered_by, _ in replies} == {worker}
            ids = [[hit["id"] for hit in body["results"]] for _, body in replies]
            assert ids[0]
            assert all(found == ids[0] for found in ids)
        first, second = (answers[w][0][1] for w in sorted(answers))
        assert first["results"] == second["results"]
        assert first["facets"] == second["facets"]


def test_a_new_generation_reaches_every_worker(index_dir, tmp_path):
    with running_server(index_dir, "--workers", "2") as url:
        pinned = _one_connection_per_worker(url, 2)
        for conn in pinned.values():
            _, body = _get(conn, "/api/search?q=quillfeather")
            assert body["total"] == 0
        extra = tmp_path / "extra"
        extra.mkdir()
        (extra / "new.jsonl").write_text(json.dumps(NEW_RELEASE) + "\n", encoding="utf-8")
        assert ingest([extra], index_dir, workers=0).added == 1
        for worker, conn in pinned.items():
            deadline = time.monotonic() + 30
            while True:
                _, body = _get(conn, "/api/search?q=quillfeather")
                if body["total"] == 1 or time.monotonic() > deadline:
                    break
                time.sleep(0.1)
            assert [hit["id"] for hit in body["results"]] == ["w1"], worker


def test_a_port_in_use_is_one_line_of_error(index_dir):
    import socket
    import subprocess
    import sys

    from .conftest import REPO

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "searcher.cli",
                "serve",
                "--index",
                str(index_dir),
                "--port",
                str(port),
                "--workers",
                "2",
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}")
    assert "Traceback" not in result.stderr


def _raise_open_files_limit(wanted: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < wanted:
        pytest.skip(f"the open-files limit ({hard}) is below {wanted}")
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


def test_a_server_holding_over_1024_open_files_still_answers(index_dir):
    """A large index keeps more than 1,024 files open in each worker (some 27 per
    segment: 1,167 at 300,000 releases), which select() cannot watch."""
    _raise_open_files_limit(2048)
    null = os.open(os.devnull, os.O_RDONLY)
    held = [os.dup(null) for _ in range(1100)]
    try:
        with running_server(index_dir, "--workers", "2", pass_fds=held) as url:
            conn = _connect(url)
            for _ in range(4):
                _, body = _get(conn, "/api/search?q=veterans&facets=speaker")
                assert body["total"] >= 1
    finally:
        for fd in [null, *held]:
            os.close(fd)
