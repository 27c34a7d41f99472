"""The search core: one engine that the web pages, the JSON API and the CLI share.

:class:`SearchEngine` owns the index. Each call works on the newest committed
generation (a running server sees documents an ingest commits without a
restart) and is serialised by a lock: Whoosh readers are not thread-safe,
and the work is CPU-bound Python, which threads would not speed up anyway.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

import numpy as np

from index import analysis
from index.dates import period_bounds
from index.store import index_size_bytes, open_index
from searcher.entities import canonical_request, entity_key_of, label_facets
from searcher.facets import FacetResult, make_facet, year_buckets
from searcher.highlight import HighlightTerms, snippet
from searcher.index_view import IndexView
from searcher.matching import Matches, QueryMatcher
from searcher.query import Node, Prefix, Word
from searcher.query_parser import parse_query
from searcher.request import SearchRequest
from searcher.scoring import proximity_factor, recency_factor
from searcher.similar import similarity_query
from searcher.speakers import speaker_list, speaker_profile
from searcher.suggest import suggest

#: Seconds a search may run before it is stopped (documented in the README).
DEFAULT_TIME_BUDGET = 5.0
#: Top results re-ranked by how close together the query words stand.
PROXIMITY_RERANK = 50
PROXIMITY_WEIGHT = 0.25
#: Positions per word considered when three or more words are near each other.
SPAN_POSITIONS = 64
#: How often a search looks for a newer index generation (an ingest's commit).
GENERATION_CHECK_SECONDS = 0.5
RECENCY_WEIGHT = 1.0


@dataclass
class Hit:
    id: str
    title: str | None
    speaker: str | None
    venue: str | None
    organization: str | None
    date: str | None
    url: str | None
    score: float
    snippet: str
    copies: int
    group: str | None
    dateline: str | None = None
    lang: str | None = None
    topics: list[str] = field(default_factory=list)
    #: The speaker's entity: key (for /speakers/<key>) and display name.
    speaker_key: str | None = None
    speaker_name: str | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "speaker": self.speaker,
            "venue": self.venue,
            "organization": self.organization,
            "date": self.date,
            "url": self.url,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "copies": self.copies,
            "group": self.group,
            "dateline": self.dateline,
            "lang": self.lang,
            "topics": self.topics,
            "speaker_key": self.speaker_key,
            "speaker_name": self.speaker_name,
        }


@dataclass
class _Selection:
    matcher: QueryMatcher
    docs: np.ndarray
    scores: np.ndarray
    #: Query matches within the date range, before facet filters.
    base: np.ndarray
    filter_masks: dict[str, np.ndarray]
    #: ``base`` with every filter applied: the result set.
    final: np.ndarray


@dataclass
class SearchResponse:
    request: SearchRequest
    total: int
    took_ms: float
    results: list[Hit]
    facets: dict[str, FacetResult]
    suggestion: str | None
    timeline: dict
    #: Number of result groups when ``collapse`` is on (what paging walks).
    groups: int | None = None

    @property
    def pages(self) -> int:
        shown = self.groups if self.groups is not None else self.total
        return max(1, -(-shown // self.request.per_page))

    def to_dict(self) -> dict:
        request = self.request
        return {
            "query": request.q,
            "total": self.total,
            "page": request.page,
            "per_page": request.per_page,
            "pages": self.pages,
            "took_ms": round(self.took_ms, 2),
            "sort": request.sort,
            "filters": {k: list(v) for k, v in request.filters.items()},
            "from": request.date_from,
            "to": request.date_to,
            "collapse": request.collapse,
            "groups": self.groups,
            "results": [hit.to_dict() for hit in self.results],
            "facets": {
                name: [b.to_dict() for b in result.buckets] for name, result in self.facets.items()
            },
            "facets_more": {name: result.more for name, result in self.facets.items()},
            "timeline": self.timeline,
            "suggestion": self.suggestion,
        }


def _metadata(stored: dict) -> dict:
    """The metadata every view of a document shows, from its stored fields."""
    return {
        "id": stored["id"],
        "title": stored.get("title"),
        "speaker": stored.get("speaker"),
        "venue": stored.get("venue"),
        "organization": stored.get("organization"),
        "date": stored.get("date_text"),
        "url": stored.get("url"),
    }


def _body_after_title(stored: dict) -> str:
    """The text without a first line that repeats the title (results show both)."""
    text = stored.get("text") or ""
    title = stored.get("title")
    if title and text.startswith(title):
        rest = text[len(title) :]
        if not rest[:1].isalnum():
            return rest.lstrip()
    return text


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


def _minimal_span(position_lists: list[np.ndarray]) -> int | None:
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
    position_lists = [p[:SPAN_POSITIONS].tolist() for p in position_lists]
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


def public_source(source: str | None) -> str | None:
    """Where a document came from, without a server path: indexes written
    before sources were relative hold absolute ones; their file name (and
    the archive member or line after it) is kept."""
    if not source or not (source.startswith(("/", "\\")) or source[1:3] in (":\\", ":/")):
        return source
    head, bang, member = source.partition("!")
    return PureWindowsPath(head).name + bang + member


class SearchEngine:
    """Searches one index directory; safe to share between threads."""

    def __init__(self, index_dir: Path | str, time_budget: float = DEFAULT_TIME_BUDGET):
        self.index_dir = Path(index_dir)
        self.time_budget = time_budget
        self._lock = threading.RLock()
        self._view: IndexView | None = None
        self._ix = None
        self._checked = 0.0
        self._current_view()  # fail early when there is no index

    # -- index generations ---------------------------------------------------

    def _current_view(self) -> IndexView:
        with self._lock:
            if self._ix is None:
                self._ix = open_index(self.index_dir)
            view = self._view
            now = time.monotonic()
            if view is not None and now - self._checked < GENERATION_CHECK_SECONDS:
                return view
            self._checked = now
            generation = self._ix.latest_generation()
            if view is None or view.generation != generation:
                # A rebuilt index may carry a new schema: reopen it too.
                self._ix = open_index(self.index_dir)
                cache = view.segment_cache if view is not None else None
                self._view = IndexView(self._ix, cache)
            return self._view

    def warm(self) -> None:
        """Read what the first searches would otherwise wait for (a server calls
        this in the background at start): the index view and the dictionary
        of terms that spelling suggestions use, the latter without holding
        the lock, so that searches are answered meanwhile."""
        with self._lock:
            view = self._current_view()
        view.load_text_frequencies()

    @staticmethod
    def _languages(view: IndexView) -> list[str]:
        """Languages to analyse query words for: English, and every language in
        the index (each stems in its own way; unknown ones are not stemmed)."""
        present = [v for v in view.facets["lang"].values if v]
        return ["en"] + [lang for lang in present if lang != "en"]

    # -- search ---------------------------------------------------------------

    def _select(self, view: IndexView, tree: Node, request: SearchRequest) -> _Selection:
        """Matches of the query narrowed by the request's date range and filters."""
        languages = self._languages(view)
        matcher = QueryMatcher(view, languages, time.monotonic() + self.time_budget)
        matches = matcher.evaluate(tree)
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
        return _Selection(
            matcher, matches.docs[keep], matches.scores[keep], base, filter_masks, final
        )

    def search(self, request: SearchRequest) -> SearchResponse:
        """Run a search; raises QuerySyntaxError, QueryTooBroad or SearchTimeout."""
        started = time.perf_counter()
        tree = parse_query(request.q)
        with self._lock:
            view = self._current_view()
            # Entity filters by any alias: ``speaker=Barack Obama`` is ``Obama``.
            request = canonical_request(view, request)
            selection = self._select(view, tree, request)
            matcher = selection.matcher
            languages = matcher.languages
            docs = selection.docs
            scores = self._rerank(view, tree, languages, docs, selection.scores, request)
            total = len(docs)

            order, groups = self._order(
                view, docs, scores, request, request.offset + request.per_page
            )
            page_positions = order[request.offset : request.offset + request.per_page]

            highlight = self._highlight_terms(tree, matcher)
            hits = [
                self._hit(view, int(docs[p]), float(scores[p]), highlight) for p in page_positions
            ]

            facets = {}
            for name in request.facets:
                mask = selection.base.copy()
                for other, other_mask in selection.filter_masks.items():
                    if other != name:
                        mask &= other_mask
                facet = make_facet(name, view.facets[name])
                facets[name] = facet.count(
                    mask, request.selected(name), request.facet_size, request.filters
                )
            label_facets(view, facets)
            suggestion = suggest(view, request.q, tree, languages) if request.q else None
            timeline = self._timeline(view, selection.final, request)
        return SearchResponse(
            request=request,
            total=total,
            took_ms=(time.perf_counter() - started) * 1000,
            results=hits,
            facets=facets,
            suggestion=suggestion,
            timeline=timeline,
            groups=groups,
        )

    @staticmethod
    def _order(
        view: IndexView, docs: np.ndarray, scores: np.ndarray, request: SearchRequest, limit: int
    ) -> tuple[np.ndarray, int | None]:
        """Positions into ``docs`` in result order (at least the first ``limit``),
        and the number of groups when copies are collapsed."""
        if not request.collapse:
            return order_matches(docs, scores, view.day[docs], request.sort, limit), None
        order = order_matches(docs, scores, view.day[docs], request.sort)
        codes = view.facets["group"].codes[docs[order]].astype(np.int64)
        keys = np.where(codes >= 0, codes, view.doc_count_all + docs[order])
        _, first = np.unique(keys, return_index=True)
        order = order[np.sort(first)]
        return order, len(order)

    def _rerank(self, view, tree, languages, docs, scores, request) -> np.ndarray:
        scores = scores.copy()
        if request.recency and len(docs):
            newest = int(view.day[view.live_docs].max()) if view.doc_count else 0
            scores *= recency_factor(view.day[docs], newest, request.recency, RECENCY_WEIGHT)
        words = [w for w in tree.positive_leaves() if isinstance(w, Word) and w.field is None]
        terms = list(dict.fromkeys(t for w in words for t in analysis.query_terms(w.text)))
        if request.sort != "relevance" or len(terms) < 2 or len(docs) < 2:
            return scores
        top = np.argsort(-scores, kind="stable")[:PROXIMITY_RERANK]
        entries = [view.term("text", t, positions=True) for t in terms]
        spans = np.zeros(len(top), dtype=np.float32)
        for n, p in enumerate(top):
            doc = int(docs[p])
            span = _minimal_span([e.positions_of(doc) for e in entries])
            spans[n] = span if span is not None else np.inf
        factors = np.where(
            np.isfinite(spans),
            proximity_factor(np.nan_to_num(spans, posinf=1e9), len(terms), PROXIMITY_WEIGHT),
            1.0,
        )
        scores[top] = scores[top] * factors.astype(np.float32)
        return scores

    @staticmethod
    def _highlight_terms(tree: Node, matcher: QueryMatcher) -> dict[str, HighlightTerms]:
        """Terms to mark in the body text, per document language."""
        out = {}
        for lang in matcher.languages:
            words: set[str] = set()
            phrases: list[tuple[str, ...]] = []
            for leaf in tree.positive_leaves():
                if getattr(leaf, "field", None) not in (None, "text", "quote"):
                    continue
                if isinstance(leaf, Prefix):
                    words.update(matcher.expanded_terms.get(leaf, ()))
                    continue
                seq = analysis.query_terms(leaf.text, lang)
                if len(seq) == 1 and isinstance(leaf, Word):
                    words.add(seq[0])
                elif seq:
                    phrases.append(tuple(seq))
            out[lang] = HighlightTerms(frozenset(words), tuple(phrases))
        return out

    def highlight_terms(self, q: str) -> dict[str, HighlightTerms]:
        """The terms of query ``q`` to mark in a text, per language (a document
        page's highlighting); raises QuerySyntaxError like a search."""
        tree = parse_query(q)
        with self._lock:
            view = self._current_view()
            matcher = QueryMatcher(view, self._languages(view), time.monotonic() + self.time_budget)
            matcher.evaluate(tree)  # expands prefixes into the words they matched
            return self._highlight_terms(tree, matcher)

    def _hit(self, view: IndexView, docnum: int, score: float, highlight: dict) -> Hit:
        stored = view.stored(docnum)
        lang = stored.get("lang") or "en"
        terms = highlight.get(lang) or highlight.get("en") or HighlightTerms()
        group_code = view.facets["group"].codes[docnum]
        return Hit(
            **_metadata(stored),
            score=score,
            snippet=snippet(_body_after_title(stored), terms, lang),
            copies=self._copies_count(view, group_code),
            group=view.group_label(docnum),
            dateline=stored.get("dateline"),
            lang=lang,
            topics=list(stored.get("topics") or []),
            **self._speaker_entity(view, docnum),
        )

    @staticmethod
    def _speaker_entity(view: IndexView, docnum: int) -> dict:
        key = entity_key_of(view, "speaker", docnum)
        name = view.entities.display_name("speaker", key) if key else None
        return {"speaker_key": key, "speaker_name": name}

    @staticmethod
    def _copies_count(view: IndexView, group_code: int) -> int:
        """Other documents in the same group of copies."""
        return int(view.facets["group"].sizes[group_code]) - 1 if group_code >= 0 else 0

    @staticmethod
    def _timeline(view: IndexView, mask: np.ndarray, request: SearchRequest) -> dict:
        """Matches per year, or per month when the request covers a single year."""
        years = request.selected("year")
        one_year = years[0] if len(years) == 1 else None
        same_year = (
            request.date_from and request.date_to and request.date_from[:4] == request.date_to[:4]
        )
        if one_year is None and same_year:
            one_year = request.date_from[:4]
        if one_year is not None:
            column = view.facets["month"]
            counts = column.count(mask)
            by_value = dict(zip(column.values, counts.tolist()))
            buckets = [
                {"value": f"{one_year}-{m:02d}", "count": by_value.get(f"{one_year}-{m:02d}", 0)}
                for m in range(1, 13)
            ]
            return {"unit": "month", "buckets": buckets}
        buckets = year_buckets(view.facets["year"], mask)
        return {"unit": "year", "buckets": buckets}

    # -- documents ------------------------------------------------------------

    def document(self, doc_id: str) -> dict | None:
        """Everything stored about one document, or None for an unknown id."""
        with self._lock:
            view = self._current_view()
            docnum = view.docnum_for_id(doc_id)
            if docnum is None:
                return None
            stored = view.stored(docnum)
            column = view.facets["group"]
            code = column.codes[docnum]
            copies = []
            if code >= 0:
                copies = [
                    view.doc_id(d) for d in np.flatnonzero(column.codes == code) if d != docnum
                ]
            return {
                **_metadata(stored),
                "text": stored.get("text") or "",
                "dateline": stored.get("dateline"),
                "topics": list(stored.get("topics") or []),
                "quotes": list(stored.get("quotes") or []),
                "lang": stored.get("lang"),
                "source": public_source(stored.get("source")),
                "group": view.group_label(docnum),
                "copies": sorted(copies),
                **self._speaker_entity(view, docnum),
            }

    def similar(self, doc_id: str, limit: int = 10) -> list[Hit] | None:
        """Releases most like ``doc_id`` (its copies excluded); None for an unknown id."""
        with self._lock:
            view = self._current_view()
            docnum = view.docnum_for_id(doc_id)
            if docnum is None:
                return None
            stored = view.stored(docnum)
            lang = stored.get("lang") or "en"
            query = similarity_query(view, stored.get("text") or "", lang)
            if query is None:
                return []
            languages = self._languages(view)
            matcher = QueryMatcher(view, languages, time.monotonic() + self.time_budget)
            matches = matcher.evaluate(query)
            codes = view.facets["group"].codes
            own_group = codes[docnum]
            keep = matches.docs != docnum
            if own_group >= 0:
                keep &= codes[matches.docs] != own_group
            docs, scores = matches.docs[keep], matches.scores[keep]
            order = order_matches(docs, scores, view.day[docs], "relevance", limit)
            terms = HighlightTerms(frozenset(t.term for t in query.children))
            return [self._hit(view, int(docs[p]), float(scores[p]), {lang: terms}) for p in order]

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
            selection = self._select(view, tree, request)
            docs, scores = selection.docs, selection.scores
            stop = None if limit is None else offset + limit
            order, groups = self._order(view, docs, scores, request, stop or len(docs))
            total = groups if groups is not None else len(docs)
            order = order[offset:stop]
            docnums = docs[order].tolist()
            ordered_scores = scores[order].tolist()
        return total, self._rows(view, docnums, ordered_scores)

    def _rows(self, view: IndexView, docnums: list[int], scores: list[float]) -> Iterator[dict]:
        for start in range(0, len(docnums), 100):
            with self._lock:
                batch = [
                    (d, view.stored(d), s)
                    for d, s in zip(docnums[start : start + 100], scores[start : start + 100])
                ]
                groups = [
                    (self._copies_count(view, view.facets["group"].codes[d]), view.group_label(d))
                    for d, _, _ in batch
                ]
            for (_, stored, score), (copies, group) in zip(batch, groups):
                yield {
                    **_metadata(stored),
                    "dateline": stored.get("dateline"),
                    "copies": copies,
                    "group": group,
                    "score": round(score, 4),
                    "text": stored.get("text") or "",
                }

    def speakers(self, q: str = "") -> list[dict]:
        """Every speaker (key, display name, releases), most releases first."""
        with self._lock:
            return speaker_list(self._current_view(), q)

    def speaker(self, name: str) -> dict | None:
        """A speaker's profile by key or any alias; None for an unknown name."""
        with self._lock:
            return speaker_profile(self._current_view(), name)

    def stats(self) -> dict:
        with self._lock:
            view = self._current_view()
            days = view.day[view.live_docs]
            dated = days[days > 0]
            span = None
            if len(dated):
                span = [
                    dt.date.fromordinal(int(dated.min())).isoformat(),
                    dt.date.fromordinal(int(dated.max())).isoformat(),
                ]
            counts = {}
            for name in ("speaker", "venue", "organization", "lang"):
                column = view.facets[name]
                counts[name] = int(np.count_nonzero(column.count(view.live)))
            return {
                "documents": view.doc_count,
                "speakers": counts["speaker"],
                "venues": counts["venue"],
                "organizations": counts["organization"],
                "languages": counts["lang"],
                "dated_documents": len(dated),
                "date_span": span,
                "segments": len(view.leaves),
                "generation": view.generation,
                "index_bytes": index_size_bytes(self.index_dir),
            }
