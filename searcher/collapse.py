"""Copies of one release: result order with one result per group, and group sizes."""

from __future__ import annotations

import numpy as np

from searcher.facets import doc_codes
from searcher.index_view import IndexView
from searcher.ranking import order_matches
from searcher.request import SearchRequest


def result_order(
    view: IndexView, docs: np.ndarray, scores: np.ndarray, request: SearchRequest, limit: int
) -> tuple[np.ndarray, int | None]:
    """Positions into ``docs`` in result order (at least the first ``limit``),
    and the number of groups when copies are collapsed."""
    if not request.collapse:
        return order_matches(docs, scores, view.day[docs], request.sort, limit), None
    order = order_matches(docs, scores, view.day[docs], request.sort)
    codes = doc_codes(view.facets["group"])[docs[order]].astype(np.int64)
    # A document without copies is a group of its own.
    keys = np.where(codes >= 0, codes, view.doc_count_all + docs[order])
    _, first = np.unique(keys, return_index=True)
    order = order[np.sort(first)]
    return order, len(order)


def copies_count(view: IndexView, docnum: int) -> int:
    """Other documents in the same group of copies."""
    group_code = doc_codes(view.facets["group"])[docnum]
    return int(view.facets["group"].sizes[group_code]) - 1 if group_code >= 0 else 0


def copies_of(view: IndexView, docnum: int) -> list[str]:
    """The ids of the other documents in ``docnum``'s group, sorted."""
    codes = doc_codes(view.facets["group"])
    code = codes[docnum]
    if code < 0:
        return []
    return sorted(view.doc_id(d) for d in np.flatnonzero(codes == code) if d != docnum)


def without_group_of(view: IndexView, docnum: int, docs: np.ndarray) -> np.ndarray:
    """A mask over ``docs``: False for ``docnum`` and its copies."""
    codes = doc_codes(view.facets["group"])
    own_group = codes[docnum]
    keep = docs != docnum
    if own_group >= 0:
        keep &= codes[docs] != own_group
    return keep
