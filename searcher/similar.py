"""More like this: the words that characterise a document, as a weighted query."""

from __future__ import annotations

import math
from collections import Counter

from index.analysis import text_terms
from searcher.collapse import without_group_of
from searcher.highlight import HighlightTerms
from searcher.index_view import IndexView
from searcher.matching import QueryMatcher
from searcher.query import Or, Term
from searcher.query_analysis import index_languages
from searcher.ranking import order_matches
from searcher.results import Hit, make_hit

KEY_TERMS = 15
MIN_TERM_LENGTH = 3


def key_terms(
    view: IndexView, text: str, lang: str, limit: int = KEY_TERMS
) -> list[tuple[str, float]]:
    """The document's terms ranked by tf-idf, skipping rare and ubiquitous ones."""
    counts = Counter(
        t for t in text_terms(text, lang) if len(t) >= MIN_TERM_LENGTH and not t.isdigit()
    )
    total = max(view.doc_count, 1)
    scored = []
    for term, tf in counts.items():
        df = view.reader.doc_frequency("text", term)
        # A term only in this document finds nothing; one in most finds everything.
        if df < 2 or df > total / 2:
            continue
        scored.append((term, (1 + math.log(tf)) * math.log(total / df)))
    scored.sort(key=lambda item: (-item[1], item[0]))
    return scored[:limit]


def similarity_query(view: IndexView, text: str, lang: str) -> Or | None:
    terms = key_terms(view, text, lang)
    if not terms:
        return None
    top = terms[0][1]
    return Or(tuple(Term(t) for t, _ in terms), tuple(w / top for _, w in terms))


def similar_hits(view: IndexView, docnum: int, deadline: float, limit: int) -> list[Hit]:
    """The ``limit`` releases most like document ``docnum``, its copies left out."""
    stored = view.stored(docnum)
    lang = stored.get("lang") or "en"
    query = similarity_query(view, stored.get("text") or "", lang)
    if query is None:
        return []
    matches = QueryMatcher(view, index_languages(view), deadline).evaluate(query)
    if matches is None:
        return []
    keep = without_group_of(view, docnum, matches.docs)
    docs, scores = matches.docs[keep], matches.scores[keep]
    order = order_matches(docs, scores, view.day[docs], "relevance", limit)
    highlight = {
        lang: HighlightTerms(frozenset(t.term for t in query.children if isinstance(t, Term)))
    }
    return [make_hit(view, int(docs[p]), float(scores[p]), highlight) for p in order]
