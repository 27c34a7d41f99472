"""The search core on tests/fixtures/search: twelve releases whose expected
matches for every query below were worked out by hand from their text."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import query as wq

from searcher import matching
from searcher.matching import QueryTooBroad, SearchTimeout
from searcher.request import InvalidParameter, SearchRequest
from searcher.search import SearchEngine

ALL_IDS = {"a1", "a2", "b1", "b2", "c1", "c2", "d1", "d2", "e1", "e2", "f1", "g1"}


def ids(engine, q="", **kwargs):
    response = engine.search(SearchRequest(q=q, per_page=100, **kwargs))
    assert response.total == len(response.results)
    return {hit.id for hit in response.results}


def test_empty_query_matches_everything(engine):
    assert ids(engine) == ALL_IDS


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("veterans", {"a1", "b1"}),
        ("veteran", {"a1", "b1"}),
        ('"stem cell"', {"a2"}),
        ("stem cell", {"a2", "b2"}),
        ("budget OR deficit", {"c2", "d2"}),
        ("harbour", {"c1", "e1", "e2"}),
        ("harbo*", {"c1", "e1", "e2", "g1"}),
        ("veterans -cyber", {"a1"}),
        ("veterans NOT cyber", {"a1"}),
        ("(budget OR deficit) senate", {"c2"}),
        ("speaker:akaka", {"a1", "a2"}),
        ("SPEAKER:AKAKA", {"a1", "a2"}),
        ("speaker:nelson", {"c2"}),
        ("speaker:bennelson", {"c2"}),
        ('speaker:"barack obama"', {"b1", "b2"}),
        ("speaker:(akaka OR obama)", {"a1", "a2", "b1", "b2"}),
        ("zurich", {"c1"}),
        ("Élise", {"c1"}),
        ("venue:conference", {"c1"}),
        ("organization:senate", {"a1", "a2", "b1", "b2", "c2"}),
        ("title:budget", {"d2"}),
        ("topic:health", {"a1"}),
        ("lang:de", {"f1"}),
        ("Bundesrates", {"f1"}),
        ("date:2006", {"a1", "a2", "b1", "g1"}),
        ("date:[2006-01-01 TO 2006-06-30]", {"a1", "b1"}),
        ("date:[2007 TO *]", {"b2", "c1", "d2", "e1", "e2", "f1"}),
        ("veterans date:2006-05", {"b1"}),
        ("NOT date:[* TO 2099]", {"d1"}),
        ("the of and", set()),
        # b1 mentions veterans but quotes nobody; a1 quotes Akaka on them.
        ("quote:veterans", {"a1"}),
        ("quote:veterans speaker:akaka", {"a1"}),
        ("quote:veterans speaker:obama", set()),
    ],
)
def test_query_language(engine, query, expected):
    assert ids(engine, query) == expected


def test_filters_or_within_and_across(engine):
    assert ids(engine, filters={"speaker": ("Daniel Akaka",)}) == {"a1", "a2"}
    assert ids(engine, filters={"speaker": ("Daniel Akaka", "Barack Obama")}) == {
        "a1",
        "a2",
        "b1",
        "b2",
    }
    both = {"speaker": ("Daniel Akaka", "Barack Obama"), "year": ("2006",)}
    assert ids(engine, filters=both) == {"a1", "a2", "b1"}
    assert ids(engine, "veterans", date_from="2006-04-01", date_to="2006-12-31") == {"b1"}


def test_facet_counts_equal_filter_counts(engine):
    for q in ("", "senate", "harbour"):
        response = engine.search(
            SearchRequest(q=q, facets=("speaker", "venue", "organization", "year", "topic"))
        )
        for name, facet in response.facets.items():
            for bucket in facet.buckets:
                filtered = engine.search(SearchRequest(q=q, filters={name: (bucket.value,)}))
                assert filtered.total == bucket.count, (q, name, bucket.value)


def test_facets_are_exact_and_disjunctive(engine):
    response = engine.search(SearchRequest(facets=("speaker", "year"), facet_size=3))
    speakers = [(b.value, b.count) for b in response.facets["speaker"].buckets]
    assert speakers == [("Barack Obama", 2), ("Daniel Akaka", 2), ("<b>Mallory</b>", 1)]
    assert response.facets["speaker"].more == 2  # BenNelson, Élise Fournier
    selected = engine.search(
        SearchRequest(filters={"speaker": ("Daniel Akaka",)}, facets=("speaker", "year"))
    )
    buckets = {b.value: (b.count, b.selected) for b in selected.facets["speaker"].buckets}
    # Other speakers stay countable (choosing one adds exactly that many results).
    assert buckets["Daniel Akaka"] == (2, True)
    assert buckets["Barack Obama"] == (2, False)
    assert {b.value: b.count for b in selected.facets["year"].buckets} == {"2006": 2}


def test_month_facet_within_selected_year(engine):
    response = engine.search(SearchRequest(filters={"year": ("2006",)}, facets=("month",)))
    assert {b.value: b.count for b in response.facets["month"].buckets} == {
        "2006-03": 1,
        "2006-05": 1,
        "2006-07": 1,
        "2006-12": 1,
    }
    assert response.timeline["unit"] == "month"
    assert len(response.timeline["buckets"]) == 12


def test_sorting_by_date(engine):
    newest = [h.id for h in engine.search(SearchRequest(sort="newest", per_page=100)).results]
    assert newest[:3] == ["f1", "e2", "e1"]
    assert newest[-1] == "d1"
    oldest = [h.id for h in engine.search(SearchRequest(sort="oldest", per_page=100)).results]
    assert oldest[:2] == ["c2", "a1"]
    assert oldest[-1] == "d1"


def test_paging_has_no_overlap_and_covers_all(engine):
    pages = [engine.search(SearchRequest(per_page=5, page=p)) for p in (1, 2, 3)]
    seen = [h.id for page in pages for h in page.results]
    assert [len(p.results) for p in pages] == [5, 5, 2]
    assert len(seen) == len(set(seen)) == 12
    assert all(p.total == 12 for p in pages)
    assert engine.search(SearchRequest(per_page=5, page=4)).results == []


def test_ranking_prefers_title_matches(engine):
    results = engine.search(SearchRequest(q="veterans")).results
    assert results[0].id == "a1"  # "Veterans" in the title beats two body mentions


def test_snippets_escape_document_markup(engine):
    hit = engine.search(SearchRequest(q="budget hearing")).results[0]
    assert hit.id == "d2"
    assert "<mark>budget</mark>" in hit.snippet
    assert "<mark>hearing</mark>" in hit.snippet
    assert "&lt;b&gt;" in hit.snippet
    assert "&lt;img" in hit.snippet
    assert set(re.findall(r"</?([a-zA-Z]+)", hit.snippet)) == {"mark"}


def test_phrase_snippet_marks_the_phrase(engine):
    hit = engine.search(SearchRequest(q='"stem cell"')).results[0]
    assert "<mark>stem</mark> <mark>cell</mark>" in hit.snippet


def test_copies_and_collapse(engine):
    response = engine.search(SearchRequest(q="ferry"))
    assert {h.id for h in response.results} == {"e1", "e2"}
    assert all(h.copies == 1 for h in response.results)
    assert response.results[0].group == response.results[1].group
    collapsed = engine.search(SearchRequest(q="ferry", collapse=True))
    assert collapsed.total == 2
    assert collapsed.groups == 1
    assert len(collapsed.results) == 1
    group = response.results[0].group
    assert ids(engine, filters={"group": (group,)}) == {"e1", "e2"}
    assert engine.document("e1")["copies"] == ["e2"]


def test_similar_releases(engine):
    similar = [h.id for h in engine.similar("a1", 5)]
    # a2 shares Akaka and the bill's funding, b1 the veterans.
    assert "a1" not in similar
    assert set(similar[:2]) == {"a2", "b1"}
    assert "e2" not in [h.id for h in engine.similar("e1", 5)]
    assert engine.similar("no-such-id") is None


def test_document_view(engine):
    doc = engine.document("c1")
    assert doc["speaker"] == "Élise Fournier"
    assert doc["venue"] == "Harbour Cities Conference"
    assert doc["date"] == "2009-06-10"
    assert doc["topics"] == ["climate", "harbours"]
    assert "Zürich" in doc["text"]
    assert engine.document("nope") is None


def test_invalid_requests_are_refused():
    for kwargs in (
        {"per_page": 0},
        {"per_page": 101},
        {"page": 0},
        {"sort": "random"},
        {"facets": ("colour",)},
    ):
        with pytest.raises(InvalidParameter):
            SearchRequest(**kwargs)
    with pytest.raises(InvalidParameter, match="too deep"):
        SearchRequest(page=10_001, per_page=10)


def test_time_budget_stops_a_search(search_index):
    with pytest.raises(SearchTimeout):
        SearchEngine(search_index, time_budget=-1).search(SearchRequest(q="veterans"))


def test_prefix_expansion_is_bounded(engine, monkeypatch):
    monkeypatch.setattr(matching, "MAX_PREFIX_TERMS", 1)
    with pytest.raises(QueryTooBroad, match="harbo"):
        engine.search(SearchRequest(q="harbo*"))


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("text:veterans", wq.Term("text", "veteran")),
        ('text:"stem cell"', wq.Phrase("text", ["stem", "cell"])),
        (
            "text:budget OR text:deficit",
            wq.Or([wq.Term("text", "budget"), wq.Term("text", "deficit")]),
        ),
        (
            "text:senator -text:veterans",
            wq.And([wq.Term("text", "senat"), wq.Not(wq.Term("text", "veteran"))]),
        ),
        ("text:harbo*", wq.Prefix("text", "harbo")),
        ("speaker:obama", wq.Term("speaker", "obama")),
    ],
)
def test_matches_agree_with_whoosh(engine, ours, theirs):
    """Our posting reader and matcher find exactly what Whoosh's own queries find."""
    view = engine._current_view()
    with view.ix.searcher() as searcher:
        expected = {
            searcher.stored_fields(d)["id"] for d in searcher.search(theirs, limit=None).docs()
        }
    assert ids(engine, ours) == expected
    assert expected


def test_did_you_mean(tmp_path):
    import json

    from index.ingest import ingest

    lines = [
        {
            "id": f"v{i}",
            "text": f"Care for veterans and their families, item {i}. The veteran clinic opened.",
        }
        for i in range(12)
    ]
    (tmp_path / "in.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8"
    )
    ingest([tmp_path / "in.jsonl"], tmp_path / "ix", workers=0)
    engine = SearchEngine(tmp_path / "ix")
    assert engine.search(SearchRequest(q="veteranz")).suggestion == "veterans"
    assert (
        engine.search(SearchRequest(q="care veteranz clinic")).suggestion == "care veterans clinic"
    )
    assert engine.search(SearchRequest(q="veterans")).suggestion is None
    assert engine.search(SearchRequest(q="xqzvw")).suggestion is None  # nothing close


def test_minimal_span():
    import numpy as np

    from searcher.search import _minimal_span

    a = np.array
    assert _minimal_span([a([1, 10, 30]), a([4, 28])]) == 3  # 28..30
    assert _minimal_span([a([5]), a([5])]) == 1
    assert _minimal_span([a([1, 10]), a([12]), a([3, 11])]) == 3  # 10, 11, 12
    assert _minimal_span([a([1]), a([], dtype=int)]) is None


def test_dense_and_sorted_unions_agree():
    import numpy as np

    from searcher.matching import Matches, unite

    rng = np.random.default_rng(3)
    parts = [
        Matches(
            np.unique(rng.integers(0, 1000, n)).astype(np.int32),
            rng.random(1000).astype(np.float32)[:0],
        )
        for n in (300, 500, 40)
    ]
    parts = [Matches(p.docs, rng.random(len(p.docs)).astype(np.float32)) for p in parts]
    dense, sparse = unite(parts, size=1000), unite(parts)
    assert dense.docs.tolist() == sparse.docs.tolist()
    assert np.allclose(dense.scores, sparse.scores)


def test_snippets_do_not_repeat_the_headline():
    from searcher.search import _body_after_title

    stored = {
        "title": "Harbour Plan Approved",
        "text": "Harbour Plan Approved\nThe council approved it.",
    }
    assert _body_after_title(stored) == "The council approved it."
    stored = {"title": "Harbour", "text": "Harbours reopen."}  # a word that merely starts alike
    assert _body_after_title(stored) == "Harbours reopen."


@pytest.mark.parametrize(
    ("query", "same_as"),
    [
        ("the budget", "budget"),
        ("research on stem cells", "research stem cells"),
        ("the of veterans", "veterans"),
    ],
)
def test_stop_words_are_neutral_in_every_field(engine, query, same_as):
    # Bare words also search the speaker's name, which keeps stop words; a
    # stop word must still not empty the result.
    assert ids(engine, query) == ids(engine, same_as) != set()


def _index(tmp_path, records):
    import json

    from index.ingest import ingest

    path = tmp_path / "in.jsonl"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    ingest([path], tmp_path / "ix", workers=0)
    return SearchEngine(tmp_path / "ix")


def test_unstemmed_languages_are_searchable(tmp_path):
    engine = _index(
        tmp_path,
        [
            {
                "id": "es1",
                "lang": "es",
                "text": "Las ciudades costeras y los puertos preparan defensas contra inundaciones.",
            },
            {"id": "en1", "text": "Coastal cities prepare flood defences for their ports."},
        ],
    )
    for query in ("ciudades", "puertos", '"ciudades costeras"', "inundaciones"):
        assert ids(engine, query) == {"es1"}, query
    assert ids(engine, "cities") == {"en1"}


def test_copies_follow_updates(tmp_path):
    text = " ".join(f"word{i} harbour plan" for i in range(30))
    other = " ".join(f"term{i} ferry budget" for i in range(30))
    engine = _index(tmp_path, [{"id": "A", "text": text}, {"id": "B", "text": text}])
    assert engine.document("A")["copies"] == ["B"]
    _index(
        tmp_path, [{"id": "A", "text": other}, {"id": "B", "text": text}, {"id": "C", "text": text}]
    )
    engine = SearchEngine(tmp_path / "ix")
    assert engine.document("A")["copies"] == []
    assert engine.document("B")["copies"] == ["C"]
    assert engine.document("C")["copies"] == ["B"]
    assert engine.search(SearchRequest(collapse=True)).groups == 2


def test_blank_releases_are_not_copies_of_each_other(tmp_path):
    engine = _index(
        tmp_path, [{"id": f"blank{i}", "title": f"Title {i}", "text": " "} for i in range(3)]
    )
    assert engine.search(SearchRequest()).total == 3
    assert engine.search(SearchRequest(collapse=True)).groups == 3


def test_empty_index_answers(tmp_path):
    from index.ingest import ingest

    (tmp_path / "bad.jsonl").write_text("{not json}\n", encoding="utf-8")
    report = ingest([tmp_path / "bad.jsonl"], tmp_path / "ix", workers=0)
    assert report.documents == 0
    assert len(report.rejected) == 1
    engine = SearchEngine(tmp_path / "ix")
    assert engine.search(SearchRequest(q="anything", facets=("speaker", "year"))).total == 0
    assert engine.stats()["documents"] == 0


def test_date_ranges_at_any_precision(engine):
    assert ids(engine, "date:[2006-03-01 TO 2006-05]") == {"a1", "b1"}
    assert ids(engine, date_from="2006-06", date_to="2006") == {"a2", "g1"}
    assert ids(engine, "date:[2009 TO 9999-12]") == {"c1", "e1", "e2", "f1"}


def test_facet_more_does_not_count_shown_selected_values(engine):
    response = engine.search(
        SearchRequest(filters={"speaker": ("BenNelson",)}, facets=("speaker",), facet_size=1)
    )
    buckets = response.facets["speaker"].buckets
    assert [b.value for b in buckets] == ["Barack Obama", "BenNelson"]
    assert response.facets["speaker"].more == 3  # Daniel Akaka, Élise Fournier, <b>Mallory</b>


def test_recency_boost_lifts_the_newest(tmp_path):
    engine = _index(
        tmp_path,
        [
            {"id": "old", "date": "2006-01-10", "text": "Harbour dredging and harbour repairs."},
            {"id": "new", "date": "2006-12-10", "text": "Harbour dredging starts."},
        ],
    )
    assert [h.id for h in engine.search(SearchRequest(q="harbour")).results] == ["old", "new"]
    # A 30-day half-life doubles the newest score and leaves an 11-month-old one as it was.
    boosted = engine.search(SearchRequest(q="harbour", recency=30)).results
    assert [h.id for h in boosted] == ["new", "old"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 60), max_size=40),
    st.lists(st.integers(0, 60), max_size=40),
)
def test_sorted_membership_agrees_with_isin(values, members):
    import numpy as np

    from searcher.matching import sorted_member

    values_array = np.array(values, dtype=np.int64)
    members_array = np.unique(np.array(members, dtype=np.int64))
    expected = np.isin(values_array, members_array)
    assert sorted_member(values_array, members_array).tolist() == expected.tolist()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 5), max_size=120), st.integers(1, 30))
def test_top_positions_are_a_stable_sort_prefix(scores, limit):
    """Few distinct scores, so ties decide most places: the highest first, ties
    in position order, exactly as a stable sort of every score would give."""
    import numpy as np

    from searcher.ranking import _top_positions

    array = np.array(scores, dtype=np.float32)
    expected = np.argsort(-array, kind="stable")[:limit]
    assert _top_positions(array, limit).tolist() == expected.tolist()


def test_facet_buckets_rank_by_count_then_alphabetically(engine):
    response = engine.search(SearchRequest(facets=("speaker",), facet_size=50))
    pairs = [(-b.count, b.value) for b in response.facets["speaker"].buckets]
    assert pairs == sorted(pairs)
    assert len({count for count, _ in pairs}) < len(pairs)  # ties are there to order


def test_the_postings_cache_grows_with_the_index_within_bounds():
    from searcher.index_view import (
        POSTINGS_CACHE_MAX_BYTES,
        POSTINGS_CACHE_MIN_BYTES,
        postings_cache_bytes,
    )

    assert postings_cache_bytes(1_000) == POSTINGS_CACHE_MIN_BYTES
    # 300,000 releases need more than the floor (their bench working set was 248 MiB).
    assert postings_cache_bytes(300_000) > 248 * 2**20
    assert postings_cache_bytes(300_000) < postings_cache_bytes(600_000)
    assert postings_cache_bytes(50_000_000) == POSTINGS_CACHE_MAX_BYTES


def test_cached_postings_are_16_bit_when_they_fit_and_widen_when_read():
    import numpy as np

    from searcher.index_view import TermPostings, _compact
    from searcher.ranking import minimal_span

    assert _compact(np.array([1.0, 3.0, 2.0], dtype=np.float32)).dtype == np.uint16
    assert _compact(np.array([1.5, 2.0], dtype=np.float32)).dtype == np.float32  # boosted
    assert _compact(np.array([3, 70_000], dtype=np.int32)).dtype == np.int32  # a long text
    # Positions come back wide: "beta" (position 2) before "alpha" (position 9) is 8 words
    # apart, not 65,530 (a 16-bit subtraction wraps around).
    alpha = TermPostings(np.array([0]), np.array([1.0]), np.array([0, 1]), _compact(np.array([9])))
    beta = TermPostings(np.array([0]), np.array([1.0]), np.array([0, 1]), _compact(np.array([2])))
    assert minimal_span([alpha.positions_of(0), beta.positions_of(0)]) == 8


def test_rows_positions_are_the_same_for_few_rows_and_for_many():
    """A term's positions for chosen rows: gathered by index for a few rows,
    through a mask over every position for many; both give each chosen row's
    document once per position, in order, widened from 16 bits."""
    import numpy as np

    from searcher.index_view import TermPostings, _compact

    rng = np.random.default_rng(7)
    tf = rng.integers(1, 6, size=400)
    offsets = np.concatenate(([0], np.cumsum(tf))).astype(np.int32)
    positions = _compact(rng.integers(0, 60_000, size=int(tf.sum())))
    entry = TermPostings(np.arange(0, 800, 2, dtype=np.int32), _compact(tf), offsets, positions)
    for rows in (np.array([3, 17, 250]), np.flatnonzero(rng.random(400) < 0.6)):
        docs, found = entry.rows_positions(rows)
        expected = [(2 * r, p) for r in rows for p in positions[offsets[r] : offsets[r + 1]]]
        assert list(zip(docs.tolist(), found.tolist())) == expected
        assert found.dtype == np.int64


def test_sorted_common_merges_long_arrays_and_searches_short_ones():
    """The values two sorted arrays share, the same whether they are found by
    binary search (short arrays) or by merging (long ones, past 100,000)."""
    import numpy as np

    from searcher.matching import sorted_common

    rng = np.random.default_rng(3)
    for size in (50, 80_000):
        a = np.unique(rng.integers(0, size * 3, size=size)).astype(np.int64)
        b = np.unique(rng.integers(0, size * 3, size=size)).astype(np.int64)
        common = sorted_common(a, b)
        assert common.tolist() == sorted(set(a.tolist()) & set(b.tolist()))
        assert len(common) > 0


def test_cached_stored_fields_are_shared_read_only(search_index):
    """Decoded documents are cached and handed to every caller: none may change them."""
    from index.store import open_index
    from searcher.index_view import IndexView

    view = IndexView(open_index(search_index))
    first = view.stored(0)
    assert view.stored(0) is first  # decoded once
    with pytest.raises(TypeError):
        first["title"] = "changed"  # type: ignore[index]
    uncached = view.stored(0, cache=False)
    assert uncached is not first
    assert dict(uncached) == dict(first)
    view.close()


def test_facet_counts_read_from_document_numbers_equal_the_masks(search_index):
    """A facet counted from the result set's document numbers counts what its mask does."""
    import numpy as np

    from index.store import open_index
    from searcher.index_view import IndexView

    view = IndexView(open_index(search_index))
    rng = np.random.default_rng(7)
    for _ in range(20):
        mask = rng.random(view.doc_count_all) < 0.5
        docs = np.flatnonzero(mask)
        for name, column in view.facets.items():
            assert column.count(mask, docs).tolist() == column.count(mask).tolist(), name
    view.close()
