"""The result set of a request: query matches narrowed by dates and filters, and facet counts."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.dates import period_bounds
from searcher.entities import label_facets
from searcher.facets import FacetResult, make_facet
from searcher.index_view import IndexView
from searcher.matching import Matches, QueryMatcher
from searcher.query_analysis import QueryAnalysis
from searcher.request import SearchRequest


@dataclass
class Selection:
    matcher: QueryMatcher
    docs: np.ndarray
    scores: np.ndarray
    #: Query matches within the date range, before facet filters.
    base: np.ndarray
    filter_masks: dict[str, np.ndarray]
    #: ``base`` with every filter applied: the result set.
    final: np.ndarray


def select(
    view: IndexView, query: QueryAnalysis, request: SearchRequest, deadline: float
) -> Selection:
    """Matches of the query narrowed by the request's date range and filters."""
    matcher = QueryMatcher(view, query.languages, deadline, query)
    matches = matcher.evaluate(query.tree) if query.tree is not None else None
    if matches is None:  # every word was a stop word: nothing to match
        matches = Matches(view.live_docs[:0], np.zeros(0, np.float32))
    size = view.doc_count_all
    base = np.zeros(size, dtype=bool)
    base[matches.docs] = True
    if request.date_from or request.date_to:
        low, high = period_bounds(request.date_from, request.date_to)
        base &= (view.day >= low) & (view.day <= high)
    filter_masks = {
        name: make_facet(name, view.facets[name]).filter_mask(values, size)
        for name, values in request.filters.items()
    }
    final = base.copy()
    for mask in filter_masks.values():
        final &= mask
    keep = final[matches.docs]
    return Selection(matcher, matches.docs[keep], matches.scores[keep], base, filter_masks, final)


def count_facets(
    view: IndexView, selection: Selection, request: SearchRequest
) -> dict[str, FacetResult]:
    """The requested facets, each counted under every filter but its own."""
    facets = {}
    for name in request.facets:
        mask = selection.base.copy()
        for other, other_mask in selection.filter_masks.items():
            if other != name:
                mask &= other_mask
        facet = make_facet(name, view.facets[name])
        # Without a filter of its own the facet counts the result set itself.
        docs = selection.docs if name not in selection.filter_masks else None
        facets[name] = facet.count(
            mask, request.selected(name), request.facet_size, request.filters, docs
        )
    label_facets(view, facets)
    return facets
