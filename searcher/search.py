"""The search core: one engine that the web pages, the JSON API and the CLI share.

:class:`SearchEngine` owns the index. Each call works on the newest committed
generation (a running server sees documents an ingest commits without a
restart) and is serialised by a lock: Whoosh readers are not thread-safe,
and the work is CPU-bound Python, which threads would not speed up anyway.

The engine is a facade; the work is done by modules named for it:
:mod:`searcher.generations` (which index generation), :mod:`searcher.query_analysis`
(what the query's words mean per language), :mod:`searcher.selection`
(matches, filters, facets), :mod:`searcher.ranking` (rerank and order),
:mod:`searcher.collapse` (copies), :mod:`searcher.timeline`,
:mod:`searcher.results` (hits), :mod:`searcher.documents` (one document,
export rows), :mod:`searcher.similar` and :mod:`searcher.stats`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from searcher.collapse import result_order
from searcher.documents import body_after_title as _body_after_title
from searcher.documents import document_record, export_rows, public_source
from searcher.entities import canonical_request
from searcher.generations import Generations
from searcher.highlight import HighlightTerms
from searcher.index_view import IndexView
from searcher.matching import QueryMatcher
from searcher.query_analysis import QueryAnalysis, index_languages
from searcher.query_parser import parse_query
from searcher.ranking import minimal_span as _minimal_span
from searcher.ranking import order_matches, rerank
from searcher.request import SearchRequest
from searcher.results import Hit, SearchResponse, make_hit
from searcher.selection import count_facets, select
from searcher.similar import similar_hits
from searcher.speakers import speaker_list, speaker_profile
from searcher.stats import index_stats
from searcher.suggest import suggest
from searcher.timeline import timeline

__all__ = [
    "DEFAULT_TIME_BUDGET",
    "Hit",
    "SearchEngine",
    "SearchResponse",
    "_body_after_title",
    "_minimal_span",
    "order_matches",
    "public_source",
]

#: Seconds a search may run before it is stopped (documented in the README).
DEFAULT_TIME_BUDGET = 5.0


class SearchEngine:
    """Searches one index directory; safe to share between threads."""

    def __init__(self, index_dir: Path | str, time_budget: float = DEFAULT_TIME_BUDGET):
        self.index_dir = Path(index_dir)
        self.time_budget = time_budget
        self._generations = Generations(self.index_dir)
        self._lock = self._generations.lock
        self._current_view()  # fail early when there is no index

    def _current_view(self) -> IndexView:
        return self._generations.current()

    def _deadline(self) -> float:
        return time.monotonic() + self.time_budget

    def warm(self) -> None:
        """Read what the first searches would otherwise wait for (a server calls
        this in the background at start): the index view and the dictionary
        of terms that spelling suggestions use, the latter without holding
        the lock, so that searches are answered meanwhile."""
        with self._lock:
            view = self._current_view()
        view.load_text_frequencies()

    # -- search ---------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResponse:
        """Run a search; raises QuerySyntaxError, QueryTooBroad or SearchTimeout."""
        started = time.perf_counter()
        tree = parse_query(request.q)
        with self._lock:
            view = self._current_view()
            # Entity filters by any alias: ``speaker=Barack Obama`` is ``Obama``.
            request = canonical_request(view, request)
            query = QueryAnalysis(tree, index_languages(view))
            selection = select(view, query, request, self._deadline())
            docs = selection.docs
            scores = rerank(view, query, docs, selection.scores, request)
            stop = request.offset + request.per_page
            order, groups = result_order(view, docs, scores, request, stop)
            highlight = query.highlight_terms(selection.matcher.expanded_terms)
            hits = [
                make_hit(view, int(docs[p]), float(scores[p]), highlight)
                for p in order[request.offset : stop]
            ]
            facets = count_facets(view, selection, request)
            suggestion = suggest(view, request.q, tree, query.languages) if request.q else None
            found_over_time = timeline(view, selection.final, request, selection.docs)
        return SearchResponse(
            request=request,
            total=len(docs),
            took_ms=(time.perf_counter() - started) * 1000,
            results=hits,
            facets=facets,
            suggestion=suggestion,
            timeline=found_over_time,
            groups=groups,
        )

    def highlight_terms(self, q: str) -> dict[str, HighlightTerms]:
        """The terms of query ``q`` to mark in a text, per language (a document
        page's highlighting); raises QuerySyntaxError like a search."""
        tree = parse_query(q)
        with self._lock:
            view = self._current_view()
            query = QueryAnalysis(tree, index_languages(view))
            matcher = QueryMatcher(view, query.languages, self._deadline(), query)
            matcher.evaluate(tree)  # expands prefixes into the words they matched
            return query.highlight_terms(matcher.expanded_terms)

    # -- documents ------------------------------------------------------------

    def document(self, doc_id: str) -> dict | None:
        """Everything stored about one document, or None for an unknown id."""
        with self._lock:
            view = self._current_view()
            docnum = view.docnum_for_id(doc_id)
            return None if docnum is None else document_record(view, docnum)

    def similar(self, doc_id: str, limit: int = 10) -> list[Hit] | None:
        """Releases most like ``doc_id`` (its copies excluded); None for an unknown id."""
        with self._lock:
            view = self._current_view()
            docnum = view.docnum_for_id(doc_id)
            if docnum is None:
                return None
            return similar_hits(view, docnum, self._deadline(), limit)

    def iter_results(self, request: SearchRequest, limit: int) -> Iterator[dict]:
        """All results of a request in order, up to ``limit``, for export."""
        return self.result_rows(request, limit)[1]

    def result_rows(
        self, request: SearchRequest, limit: int | None, offset: int = 0
    ) -> tuple[int, Iterator[dict]]:
        """How many results the request has (groups when copies are collapsed),
        and rows ``offset`` to ``offset + limit`` of them in order (every row
        from ``offset`` on when ``limit`` is None), read in batches as iterated."""
        tree = parse_query(request.q)
        with self._lock:
            view = self._current_view()
            request = canonical_request(view, request)
            query = QueryAnalysis(tree, index_languages(view))
            selection = select(view, query, request, self._deadline())
            docs, scores = selection.docs, selection.scores
            stop = None if limit is None else offset + limit
            order, groups = result_order(view, docs, scores, request, stop or len(docs))
            total = groups if groups is not None else len(docs)
            order = order[offset:stop]
            docnums = docs[order].tolist()
            ordered_scores = scores[order].tolist()
        return total, export_rows(view, docnums, ordered_scores, self._lock)

    # -- speakers and the index -------------------------------------------------

    def speakers(self, q: str = "") -> list[dict]:
        """Every speaker (key, display name, releases), most releases first."""
        with self._lock:
            return speaker_list(self._current_view(), q)

    def speaker(self, name: str) -> dict | None:
        """A speaker's profile by key or any alias; None for an unknown name."""
        with self._lock:
            return speaker_profile(self._current_view(), name)

    def stats(self) -> dict:
        """Document count, distinct speakers, venues and others, date span, size."""
        with self._lock:
            return index_stats(self._current_view(), self.index_dir)
