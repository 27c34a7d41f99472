"""Integration tests on the real Senate corpus (../shared); skipped without it.

Expected values come from the data itself (the sample's own speaker and
date fields, and a regular expression over its texts), never from a run.
"""

import json
import re
from collections import Counter

import pytest
from click.testing import CliRunner

from searcher.cli import main
from searcher.request import SearchRequest
from web import create_app

from .conftest import requires_senate, running_server, senate_lines, write_lines

pytestmark = [requires_senate, pytest.mark.shared]

STEM_CELL_RE = re.compile(r"\bstem[\s-]+cells?\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def sample(senate_sample_file):
    import gzip

    with gzip.open(senate_sample_file, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


def test_first_2000_ingest_twice(tmp_path):
    source = write_lines(tmp_path / "first-2000.jsonl.gz", senate_lines(first=2000))
    index_dir = tmp_path / "index"
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(source), "--index", str(index_dir), "--json"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.output)["added"] == 2000
    stats = json.loads(runner.invoke(main, ["stats", "--index", str(index_dir), "--json"]).output)
    assert stats["documents"] == 2000
    again = json.loads(
        runner.invoke(main, ["ingest", str(source), "--index", str(index_dir), "--json"]).output
    )
    assert (again["unchanged"], again["added"], again["documents"]) == (2000, 0, 2000)
    stats = json.loads(runner.invoke(main, ["stats", "--index", str(index_dir), "--json"]).output)
    assert stats["documents"] == 2000


def test_match_all_and_facets_equal_the_data(senate_engine, sample):
    response = senate_engine.search(SearchRequest(facets=("speaker", "year"), facet_size=100))
    assert response.total == 2000
    speakers = Counter(r["speaker"] for r in sample)
    years = Counter(r["date"][:4] for r in sample)
    facet = response.facets["speaker"]
    assert {b.value: b.count for b in facet.buckets} == dict(
        speakers.most_common(len(facet.buckets))
    )
    assert len(facet.buckets) + facet.more == len(speakers)
    assert {b.value: b.count for b in response.facets["year"].buckets} == dict(years)


def test_speaker_filter_and_year_range_counts(senate_engine, sample):
    speakers = Counter(r["speaker"] for r in sample)
    for speaker, count in speakers.most_common(5):
        assert senate_engine.search(SearchRequest(filters={"speaker": (speaker,)})).total == count
        # The speaker field query, in lower case, agrees with the filter.
        assert senate_engine.search(SearchRequest(q=f"speaker:{speaker.lower()}")).total == count
    for year, count in Counter(r["date"][:4] for r in sample).items():
        request = SearchRequest(date_from=f"{year}-01-01", date_to=f"{year}-12-31")
        assert senate_engine.search(request).total == count


def test_glued_speaker_names_query_like_their_filter(senate_engine, sample):
    speakers = Counter(r["speaker"] for r in sample)
    for speaker in [s for s in speakers if s in ("BenNelson", "BillNelson", "Demint", "Dewine")]:
        assert (
            senate_engine.search(SearchRequest(q=f"speaker:{speaker.lower()}")).total
            == speakers[speaker]
        )


def test_stem_cell_phrase_recall_and_precision(senate_engine, sample):
    by_id = {r["id"]: r["text"] for r in sample}
    truth = {i for i, text in by_id.items() if STEM_CELL_RE.search(text)}
    found = {hit["id"] for hit in senate_engine.iter_results(SearchRequest(q='"stem cell"'), 2000)}
    assert len(truth) >= 10
    assert len(found & truth) >= 0.98 * len(truth)
    assert found <= truth, sorted(found - truth)[:5]


def test_sort_newest_and_paging(senate_engine):
    newest = senate_engine.search(SearchRequest(q="veterans", sort="newest", per_page=100)).results
    dates = [h.date for h in newest]
    assert dates == sorted(dates, reverse=True)
    one = senate_engine.search(SearchRequest(q="veterans", per_page=10, page=1)).results
    two = senate_engine.search(SearchRequest(q="veterans", per_page=10, page=2)).results
    assert len(one) == len(two) == 10
    assert not {h.id for h in one} & {h.id for h in two}


def test_snippets_only_mark(senate_engine):
    hits = senate_engine.search(SearchRequest(q="veterans health", per_page=20)).results
    assert all("<mark>" in h.snippet for h in hits)
    assert all(set(re.findall(r"</?([a-zA-Z][a-zA-Z0-9]*)", h.snippet)) == {"mark"} for h in hits)


def test_did_you_mean(senate_engine):
    assert senate_engine.search(SearchRequest(q="veteranz")).suggestion == "veterans"
    # One edit away (the review's examples), and two.
    for typed, meant in [
        ("enviroment", "environment"),
        ("goverment", "government"),
        ("enviromnet", "environment"),
        ("agricultre", "agriculture"),
    ]:
        assert senate_engine.search(SearchRequest(q=typed)).suggestion == meant, typed


def test_api_on_the_sample(senate_index, sample):
    client = create_app({"INDEX_DIR": str(senate_index)}).test_client()
    data = client.get("/api/search?q=veterans&facets=speaker,year&per_page=5").get_json()
    assert {
        "query",
        "total",
        "page",
        "per_page",
        "took_ms",
        "results",
        "facets",
        "suggestion",
    } <= set(data)
    assert len(data["results"]) == 5
    assert set(data["facets"]) == {"speaker", "year"}
    record = sample[0]
    doc = client.get(f"/api/documents/{record['id']}").get_json()
    assert " ".join(doc["text"].split()) == " ".join(record["text"].split())
    missing = client.get("/api/documents/Nobody/01Jan2000nobody1")
    assert missing.status_code == 404
    assert missing.get_json()["error"]["code"] == "not_found"


@pytest.mark.browser
def test_browser_on_the_sample(senate_index, browser, senate_engine):
    expected = senate_engine.search(SearchRequest(q="veterans", facets=("speaker",)))
    top_speaker = expected.facets["speaker"].buckets[0]
    with running_server(senate_index) as url:
        page = browser.new_page()
        page.goto(f"{url}/?q=veterans")
        assert int(page.locator("#total").get_attribute("data-total")) == expected.total
        assert page.locator("ol.results .snippet mark").count() >= 10
        first_bucket = page.locator("#facet-speaker .bucket").first
        assert first_bucket.locator(".value").inner_text() == top_speaker.display  # the entity name
        assert first_bucket.locator(".count").inner_text() == f"{top_speaker.count:,}"
        page.close()
