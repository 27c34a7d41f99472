"""The bundled corpus (corpus/) as `make serve` indexes it."""

import pytest

from index.ingest import ingest
from searcher.request import SearchRequest
from searcher.search import SearchEngine
from web import create_app

from .conftest import REPO


@pytest.fixture(scope="module")
def corpus_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus-index")
    report = ingest([REPO / "corpus"], path, workers=0)
    assert report.rejected == []
    return path


def test_every_release_is_indexed(corpus_index):
    client = create_app({"INDEX_DIR": str(corpus_index)}).test_client()
    total = client.get("/api/search?q=").get_json()["total"]
    releases = sum(1 for _ in (REPO / "corpus" / "releases").rglob("*.txt"))
    releases += sum(1 for line in (REPO / "corpus" / "releases.jsonl").open() if line.strip())
    assert total == releases >= 30


def test_corrected_release_is_a_copy(corpus_index):
    engine = SearchEngine(corpus_index)
    doc = engine.document("finmin-2016-03-01-deficit-figures")
    assert doc["copies"] == ["finmin-2016-03-02-deficit-figures-corrected"]


def test_languages_and_german_stemming(corpus_index):
    engine = SearchEngine(corpus_index)
    response = engine.search(SearchRequest(facets=("lang",)))
    langs = {b.value: b.count for b in response.facets["lang"].buckets}
    assert langs["de"] == 2
    assert langs["fr"] == 1
    assert {h.lang for h in engine.search(SearchRequest(q="Bundesrates")).results} == {"de"}


def test_facets_have_repeated_speakers_and_venues(corpus_index):
    response = SearchEngine(corpus_index).search(SearchRequest(facets=("speaker", "venue", "year")))
    assert response.facets["speaker"].buckets[0].count >= 3
    assert response.facets["venue"].buckets[0].count >= 3
    assert len(response.facets["year"].buckets) + response.facets["year"].more >= 6
