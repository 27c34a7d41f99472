"""Result order: recency and proximity reranking, then sorting with stable tie-breaks."""

from __future__ import annotations

import numpy as np

from searcher.facets import doc_codes, labels
from searcher.index_view import IndexView
from searcher.query_analysis import FALLBACK_LANGUAGE, QueryAnalysis
from searcher.request import SearchRequest
from searcher.scoring import proximity_factor, recency_factor

#: Top results re-ranked by how close together the query words stand.
PROXIMITY_RERANK = 50
PROXIMITY_WEIGHT = 0.25
#: Positions per word considered when three or more words are near each other.
SPAN_POSITIONS = 64
RECENCY_WEIGHT = 1.0


def order_matches(
    docs: np.ndarray, scores: np.ndarray, days: np.ndarray, sort: str, limit: int | None = None
) -> np.ndarray:
    """Positions into ``docs`` in result order; ties broken by date, then docnum."""
    if sort == "newest":
        primary, secondary = -days.astype(np.int64), -scores
    elif sort == "oldest":
        primary, secondary = (
            np.where(days > 0, days, np.iinfo(np.int32).max).astype(np.int64),
            -scores,
        )
    else:
        primary, secondary = -scores.astype(np.float64), -days.astype(np.int64)
    candidates = np.arange(len(docs))
    if limit is not None and 0 < limit < len(docs) // 2:
        kth = np.partition(primary, limit - 1)[limit - 1]
        candidates = np.flatnonzero(primary <= kth)
    order = np.lexsort((docs[candidates], secondary[candidates], primary[candidates]))
    result = candidates[order]
    return result if limit is None else result[:limit]


def minimal_span(position_lists: list[np.ndarray]) -> int | None:
    """Smallest window (in words) containing one position from every list."""
    if any(not len(p) for p in position_lists):
        return None
    if len(position_lists) == 2:
        first, second = position_lists
        index = np.searchsorted(second, first)
        after = second[np.minimum(index, len(second) - 1)]
        before = second[np.maximum(index - 1, 0)]
        gap = np.minimum(np.abs(after - first), np.abs(first - before))
        return int(gap.min()) + 1
    # Several words: a sweep over their first positions (bounded, for speed).
    return _swept_span([p[:SPAN_POSITIONS].tolist() for p in position_lists])


def _swept_span(position_lists: list[list[int]]) -> int | None:
    events = sorted((pos, i) for i, plist in enumerate(position_lists) for pos in plist)
    need = len(position_lists)
    counts = [0] * need
    covered = 0
    best = None
    left = 0
    for pos, i in events:
        counts[i] += 1
        if counts[i] == 1:
            covered += 1
        while covered == need:
            lpos, li = events[left]
            span = pos - lpos + 1
            best = span if best is None or span < best else best
            counts[li] -= 1
            if counts[li] == 0:
                covered -= 1
            left += 1
    return best


def rerank(
    view: IndexView,
    query: QueryAnalysis,
    docs: np.ndarray,
    scores: np.ndarray,
    request: SearchRequest,
) -> np.ndarray:
    """Scores with the recency boost and, for relevance order, the proximity
    factor of the top results (a copy; ``scores`` is left as it was)."""
    scores = scores.copy()
    if request.recency and len(docs):
        newest = int(view.day[view.live_docs].max()) if view.doc_count else 0
        scores *= recency_factor(view.day[docs], newest, request.recency, RECENCY_WEIGHT)
    if request.sort != "relevance" or len(docs) < 2:
        return scores
    if all(len(query.proximity_terms(lang)) < 2 for lang in query.languages):
        return scores  # one word (in every language): nothing to be near
    top = _top_positions(scores, PROXIMITY_RERANK)
    factors = np.ones(len(top), dtype=np.float32)
    languages = _doc_languages(view, docs[top])
    for lang in dict.fromkeys(languages):
        # Each document's words were indexed with its own language's stemmer.
        terms = query.proximity_terms(lang)
        if len(terms) < 2:
            continue
        rows = np.flatnonzero(languages == lang)
        factors[rows] = _proximity_factors(view, terms, docs[top[rows]])
    scores[top] = scores[top] * factors
    return scores


def _top_positions(scores: np.ndarray, limit: int) -> np.ndarray:
    """Positions of the ``limit`` highest scores, highest first, ties in position
    order: a stable sort of the scores' negation, but only of the candidates a
    partition leaves (sorting every match grew with the corpus)."""
    negated = -scores
    if len(negated) > 2 * limit:
        kth = np.partition(negated, limit - 1)[limit - 1]
        candidates = np.flatnonzero(negated <= kth)
        return candidates[np.argsort(negated[candidates], kind="stable")][:limit]
    return np.argsort(negated, kind="stable")[:limit]


def _doc_languages(view: IndexView, docs: np.ndarray) -> np.ndarray:
    """The analysis language of each document (the fallback when it has none)."""
    column = view.facets["lang"]
    values = np.array([*labels(column), FALLBACK_LANGUAGE], dtype=object)
    values[values == ""] = FALLBACK_LANGUAGE
    codes = doc_codes(column)[docs].astype(np.int64)
    return values[np.where(codes >= 0, codes, len(values) - 1)]


def _proximity_factors(view: IndexView, terms: list[str], docs: np.ndarray) -> np.ndarray:
    entries = [view.term("text", t, positions=True) for t in terms]
    spans = np.zeros(len(docs), dtype=np.float32)
    for n, doc in enumerate(docs.tolist()):
        span = minimal_span([e.positions_of(doc) for e in entries])
        spans[n] = span if span is not None else np.inf
    factors = np.where(
        np.isfinite(spans),
        proximity_factor(np.nan_to_num(spans, posinf=1e9), len(terms), PROXIMITY_WEIGHT),
        1.0,
    )
    return factors.astype(np.float32)
