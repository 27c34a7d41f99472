"""Issue 12's checks on the real Senate corpus (../shared); skipped without it.

On the 2,000 releases the other Senate tests draw: alias queries find what
the given speaker keys say, the Senate floor is one venue, and the venue and
organization facets hold no generic words, variants or glued fragments
(by tests/evaluation/eval_facets.py's heuristics, which are not the ones
index/entities.py cleans with). ``make eval-facets`` reports the full corpus.
"""

import gzip
import json

import numpy as np
import pytest

from searcher.request import SearchRequest
from tests.evaluation.eval_facets import FLOOR_SPELLINGS, facet_values, junk_reason, report

from .conftest import requires_senate

pytestmark = [requires_senate, pytest.mark.shared]


@pytest.fixture(scope="module")
def sample(senate_sample_file):
    with gzip.open(senate_sample_file, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


@pytest.fixture(scope="module")
def view(senate_engine):
    return senate_engine._current_view()


def ids(engine, **kwargs) -> set[str]:
    return {row["id"] for row in engine.iter_results(SearchRequest(**kwargs), 10_000)}


@pytest.mark.parametrize(
    ("name", "key", "display"),
    [
        ("barack obama", "Obama", "Barack Obama"),
        ("hillary clinton", "Clinton", "Hillary Rodham Clinton"),
        ("ben nelson", "BenNelson", "Ben Nelson"),
    ],
)
def test_full_names_find_what_the_speaker_keys_say(senate_engine, sample, name, key, display):
    expected = {r["id"] for r in sample if r["speaker"] == key}
    assert expected, f"no {key} in the sample"
    assert ids(senate_engine, q=f'speaker:"{name}"') == expected
    assert ids(senate_engine, filters={"speaker": (key,)}) == expected
    assert ids(senate_engine, filters={"speaker": (name,)}) == expected
    facet = senate_engine.search(
        SearchRequest(filters={"speaker": (key,)}, facets=("speaker",), facet_size=100)
    ).facets["speaker"]
    assert [(b.label, b.count) for b in facet.buckets if b.value == key] == [
        (display, len(expected))
    ]


def test_senate_floor_spellings_are_one_bucket(view):
    column = view.facets["venue"]
    keys = set()
    spellings = set()
    for docnum in np.flatnonzero(view.live).tolist():
        venue = view.stored(docnum).get("venue")
        if venue in FLOOR_SPELLINGS:
            spellings.add(venue)
            keys.add(column.values[column.codes[docnum]])
    assert len(spellings) >= 3
    assert len(keys) == 1


def test_no_generic_one_word_venue_in_the_top_50(view):
    top = [v for v, _ in facet_values(view, "venue")[:50]]
    assert [v for v in top if junk_reason(v) == "generic one-word value"] == []


def test_organizations_have_few_variants_and_nothing_glued(view):
    figures = report(view)
    org = figures["organization"]
    assert org["variant_values_in_top"] <= 3, org["variants_in_top"]
    glued = [j for j in org["junk"] if j[2] != "ends in a fragment"]
    assert glued == []


def test_entity_names_on_result_hits(senate_engine):
    response = senate_engine.search(SearchRequest(q='speaker:"ben nelson"', per_page=5))
    assert response.results
    assert {(h.speaker_key, h.speaker_name) for h in response.results} == {
        ("BenNelson", "Ben Nelson")
    }
