"""No answer of the server holds a path of the machine it runs on."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from index.ingest import ingest
from searcher.search import public_source
from web import create_app

from .conftest import FIXTURES, REPO

ARCHIVES = FIXTURES / "formats" / "archives"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """An index of a directory, an archive and a file named by its absolute path."""
    root = tmp_path_factory.mktemp("server-paths")
    corpus = root / "corpus"
    shutil.copytree(FIXTURES / "search", corpus)
    shutil.copy(ARCHIVES / "releases.zip", corpus / "releases.zip")
    single = root / "single" / "harbor-release.html"
    single.parent.mkdir()
    shutil.copy(FIXTURES / "formats" / "html" / "harbor-release.html", single)
    index_dir = root / "index"
    report = ingest([corpus, single.resolve()], index_dir, workers=0)
    assert report.added > 12
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    server_paths = {str(root), str(REPO), str(index_dir), str(Path.home()), tempfile.gettempdir()}
    return app.test_client(), server_paths


def _assert_no_paths(body: str, server_paths: set[str], where: str) -> None:
    for path in server_paths:
        assert path not in body, f"{where} shows {path}"


def _document_ids(client) -> list[str]:
    results = client.get("/api/search?per_page=50").get_json()["results"]
    return [r["id"] for r in results]


def test_every_api_operation_answers_without_server_paths(served):
    client, server_paths = served
    ids = _document_ids(client)
    spec = client.get("/api/openapi.json").get_json()
    calls = 0
    for template, operations in spec["paths"].items():
        for method, operation in operations.items():
            path_params = [p["name"] for p in operation.get("parameters", []) if p["in"] == "path"]
            # Every document, so that each one's source is seen; one call otherwise.
            values = [*ids, "no-such-id"] if path_params else [None]
            for value in values:
                url = template
                for name in path_params:
                    url = url.replace(f"{{{name}}}", value)
                for query in ("", "?q=harbour&facets=speaker,venue,organization,topic,lang"):
                    response = client.open(url + query, method=method.upper())
                    assert response.status_code < 500, url
                    _assert_no_paths(response.get_data(as_text=True), server_paths, url)
                    calls += 1
    assert calls > 2 * len(ids)


def test_document_sources_are_relative_to_the_ingest_root(served):
    client, _ = served
    sources = {
        client.get(f"/api/documents/{i}").get_json()["source"] for i in _document_ids(client)
    }
    assert "releases.jsonl:1" in sources
    assert "harbor-release.html" in sources  # a file named on the command line: its name
    assert "releases.zip!batch/first-release.txt" in sources
    assert "index_dir" not in client.get("/api/stats").get_json()


def test_every_page_answers_without_server_paths(served):
    client, server_paths = served
    app = client.application
    ids = _document_ids(client)
    pages = 0
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.rule.startswith(("/api", "/static")):
            continue
        # Each argument is tried with a document id and with nonsense.
        for value in [*ids, "no-such-thing"] if rule.arguments else [None]:
            url = rule.rule
            for name in rule.arguments:
                url = url.replace(f"<path:{name}>", value).replace(f"<{name}>", value)
            response = client.get(url)
            assert response.status_code < 500, url
            _assert_no_paths(response.get_data(as_text=True), server_paths, url)
            pages += 1
    assert pages > len(ids)


def test_a_missing_index_is_reported_without_its_path(tmp_path):
    missing = tmp_path / "nowhere" / "index"
    client = create_app({"INDEX_DIR": str(missing), "TESTING": True}).test_client()
    for url in ("/api/stats", "/api/search?q=x", "/", "/help"):
        response = client.get(url)
        assert response.status_code == 503
        body = response.get_data(as_text=True)
        assert str(tmp_path) not in body
        assert "no index yet" in body


def test_absolute_sources_of_older_indexes_lose_their_directories():
    assert public_source("/srv/data/senate.jsonl.gz:12") == "senate.jsonl.gz:12"
    assert public_source("/srv/a/bundle.zip!raw/Akaka/x.txt") == "bundle.zip!raw/Akaka/x.txt"
    assert public_source("C:\\data\\feeds\\council.rss#2") == "council.rss#2"
    assert public_source("raw/Akaka/9Jan2006akaka3.txt") == "raw/Akaka/9Jan2006akaka3.txt"
    assert public_source(None) is None
