"""A query's words mean the same to matching, proximity reranking and
highlighting, in every language of the index (not only in English)."""

from __future__ import annotations

import json

import pytest

from index.ingest import ingest
from searcher.query_analysis import QueryAnalysis
from searcher.query_parser import parse_query
from searcher.request import SearchRequest
from searcher.search import SearchEngine

# The same words in the same number, so the same BM25 score: only how close
# the two query words stand tells the releases apart.
RELEASES = {
    "de": (
        "Steuern senken",
        "Die Regierung will {a} im kommenden Jahr nach langer Beratung im Parlament deutlich {b}.",
        ("Steuern", "senken"),
    ),
    "fr": (
        "baisser impôts",
        "Le gouvernement va {a} cette année après un long débat au Parlement tous les {b}.",
        ("baisser", "impôts"),
    ),
}


def _engine(tmp_path, records) -> SearchEngine:
    records = [{"title": "Release", **r} for r in records]
    path = tmp_path / "releases.jsonl"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    report = ingest([path], tmp_path / "ix", workers=0)
    assert report.added == len(records), report.rejected
    return SearchEngine(tmp_path / "ix")


def test_terms_are_analysed_per_language():
    query = QueryAnalysis(parse_query("Steuern senken"), ["en", "de"])
    assert query.proximity_terms("en") == ["steuern", "senken"]
    assert query.proximity_terms("de") == ["steu", "senk"]
    # "die" is a German stop word: neutral for matching, so for everything else too.
    neutral = QueryAnalysis(parse_query("die Steuern"), ["en", "de"])
    assert neutral.text_sequences("die") == []
    assert neutral.proximity_terms("en") == ["steuern"]


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_proximity_rerank_uses_the_documents_language(tmp_path, lang):
    query, template, (first, second) = RELEASES[lang]
    apart = template.format(a=first, b=second)
    # The same words, the two query words side by side at the end.
    together = template.format(a="", b=f"{first} {second}").replace("  ", " ")
    assert sorted(apart.split()) == sorted(together.split())
    engine = _engine(
        tmp_path,
        [
            # The newer one comes first on equal scores.
            {"id": "apart", "lang": lang, "date": "2006-05-01", "text": apart},
            {"id": "together", "lang": lang, "date": "2006-01-01", "text": together},
            {"id": "english", "lang": "en", "text": "An unrelated English release on harbours."},
        ],
    )
    plain = engine.search(SearchRequest(q=query, sort="newest")).results
    assert [h.id for h in plain] == ["apart", "together"]
    assert plain[0].score == pytest.approx(plain[1].score)
    ranked = engine.search(SearchRequest(q=query)).results
    assert [h.id for h in ranked] == ["together", "apart"]
    assert ranked[0].score > ranked[1].score
    # Both are highlighted with the terms they matched by, inflected as written.
    for hit in ranked:
        assert f"<mark>{first}</mark>" in hit.snippet
        assert f"<mark>{second}</mark>" in hit.snippet


def test_words_matching_ignores_are_not_highlighted(tmp_path):
    engine = _engine(
        tmp_path,
        [
            {"id": "en", "lang": "en", "text": "Old soldiers never die, and they pay Steuern too."},
            {"id": "de", "lang": "de", "text": "Die Steuern steigen im Herbst."},
        ],
    )
    response = engine.search(SearchRequest(q="die Steuern"))
    # "die" is a German stop word, so it matched nothing: the English release
    # is found by "Steuern" alone, and "die" is not marked in it either.
    assert response.total == engine.search(SearchRequest(q="Steuern")).total == 2
    snippets = {hit.id: hit.snippet for hit in response.results}
    assert "<mark>Steuern</mark>" in snippets["en"]
    assert "<mark>die</mark>" not in snippets["en"]
    assert snippets["de"] == "Die <mark>Steuern</mark> steigen im Herbst."
    # A document page marks what the search marked.
    page_terms = engine.highlight_terms("die Steuern")
    assert page_terms["en"].words == {"steuern"}
    assert page_terms["de"].words == {"steu"}
