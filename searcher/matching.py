"""Evaluate a query tree against an :class:`IndexView`: matching documents and scores.

Every node yields sorted, unique document numbers with a score each; AND
intersects, OR unites (adding scores), NOT subtracts. Words and phrases are
scored with BM25F over the fields they search. A node whose words all
vanish in analysis (stop words, punctuation) is neutral: it neither
matches nor excludes anything.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from index import analysis
from index.dates import period_bounds
from index.entities import ENTITY_FACETS
from searcher import scoring
from searcher.entities import entity_docs
from searcher.errors import QueryTooBroad, SearchTimeout
from searcher.facets import codes_of
from searcher.fields import DEFAULT_FIELD_WEIGHTS, FIELD_B, QUERY_FIELDS
from searcher.index_view import EMPTY_IDS, EMPTY_WEIGHTS, IndexView, TermPostings
from searcher.query import And, DateRange, MatchAll, Node, Not, Or, Phrase, Prefix, Term, Word
from searcher.query_analysis import QueryAnalysis

#: A prefix (``harbo*``) may stand for at most this many indexed words.
MAX_PREFIX_TERMS = 300
#: Unions larger than 1/DENSE_UNION_RATIO of the index use a dense pass.
DENSE_UNION_RATIO = 16
# Phrase keys pack (document, position) into one int64.
_POSITION_BITS = 24


@dataclass
class Matches:
    docs: np.ndarray
    scores: np.ndarray

    def __len__(self) -> int:
        return len(self.docs)


def _empty() -> Matches:
    return Matches(EMPTY_IDS, EMPTY_WEIGHTS)


def intersect(a: Matches, b: Matches) -> Matches:
    """Documents in both, scores added."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    if not len(small) or not len(big):
        return _empty()
    idx = np.searchsorted(big.docs, small.docs)
    idx[idx >= len(big.docs)] = len(big.docs) - 1
    hit = big.docs[idx] == small.docs
    return Matches(small.docs[hit], small.scores[hit] + big.scores[idx[hit]])


def unite(parts: list[Matches], size: int = 0) -> Matches:
    """Documents in any, scores added.

    ``size`` (the number of document numbers) allows a dense pass, cheaper
    than sorting when the parts are a sizeable share of the index; within one
    part every document appears once, so its scores can be added in place.
    """
    parts = [p for p in parts if len(p)]
    if not parts:
        return _empty()
    if len(parts) == 1:
        return parts[0]
    total = sum(len(p) for p in parts)
    if size and total * DENSE_UNION_RATIO > size:
        scores = np.zeros(size, dtype=np.float32)
        present = np.zeros(size, dtype=bool)
        for part in parts:
            scores[part.docs] += part.scores
            present[part.docs] = True
        docs = np.flatnonzero(present).astype(np.int32)
        return Matches(docs, scores[docs])
    docs = np.concatenate([p.docs for p in parts])
    scores = np.concatenate([p.scores for p in parts])
    unique, inverse = np.unique(docs, return_inverse=True)
    return Matches(unique.astype(np.int32), np.bincount(inverse, weights=scores).astype(np.float32))


def sorted_member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """A mask over ``values``: True where the value is in ``sorted_set`` (sorted
    ascending). A binary search per value, with no sort of both arrays as
    ``np.isin`` does: the posting lists are sorted already."""
    if not len(sorted_set) or not len(values):
        return np.zeros(len(values), dtype=bool)
    index = np.searchsorted(sorted_set, values)
    index[index == len(sorted_set)] = len(sorted_set) - 1
    return sorted_set[index] == values


def sorted_common(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The values in both ``a`` and ``b`` (each sorted ascending, without
    repeats), ascending. Long arrays are merged: a stable sort finds the two
    sorted runs and merges them in one pass (a phrase's position keys,
    millions each, in half the time of a binary search per value)."""
    if len(a) + len(b) < 100_000:
        return a[sorted_member(a, b)]
    merged = np.concatenate((a, b))
    merged.sort(kind="stable")
    return merged[:-1][merged[1:] == merged[:-1]]


def subtract(a: Matches, docs: np.ndarray) -> Matches:
    """``a`` without ``docs`` (sorted document numbers)."""
    if not len(a) or not len(docs):
        return a
    keep = ~sorted_member(a.docs, docs)
    return Matches(a.docs[keep], a.scores[keep])


class QueryMatcher:
    """Evaluates query trees on one view; not shared between threads."""

    def __init__(
        self,
        view: IndexView,
        languages: list[str],
        deadline: float | None = None,
        query_analysis: QueryAnalysis | None = None,
    ):
        self.view = view
        self.languages = languages
        self.deadline = deadline
        #: The query's words per language, shared with reranking and highlighting.
        self.analysis = query_analysis or QueryAnalysis(None, languages)
        #: The indexed words each prefix stood for (for highlighting).
        self.expanded_terms: dict[Prefix, set[str]] = {}

    def check_deadline(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise SearchTimeout("the search took too long and was stopped")

    # -- analysis ----------------------------------------------------------

    def term_sequences(self, field: str, text: str) -> list[tuple[str, ...]]:
        """The term sequences ``text`` stands for in ``field`` (one per language)."""
        kind = QUERY_FIELDS[field]
        if kind == "name":
            seqs = [tuple(analysis.name_query_terms(text))]
        elif kind == "exact":
            seqs = [(text.strip(),)] if text.strip() else []
        else:
            # Stop words in any language are neutral (see QueryAnalysis.is_neutral).
            seqs = self.analysis.text_sequences(text)
        return list(dict.fromkeys(s for s in seqs if s))

    # -- evaluation ----------------------------------------------------------

    def evaluate(self, node: Node) -> Matches | None:
        self.check_deadline()
        if isinstance(node, MatchAll):
            return self.all_docs()
        if isinstance(node, (Word, Phrase)):
            return self._words(node.field, node.text)
        if isinstance(node, Prefix):
            return self._prefix(node)
        if isinstance(node, Term):
            docs, tf = self.view.postings(node.field, node.term)
            return self._bm25f([(node.field, 1.0, docs, tf)])
        if isinstance(node, DateRange):
            return self._date_range(node)
        if isinstance(node, Not):
            inner = self.evaluate(node.child)
            return None if inner is None else subtract(self.all_docs(), inner.docs)
        if isinstance(node, And):
            return self._and(node)
        if isinstance(node, Or):
            return self._or(node)
        raise TypeError(f"unknown query node {node!r}")

    def all_docs(self) -> Matches:
        docs = self.view.live_docs
        return Matches(docs, np.zeros(len(docs), dtype=np.float32))

    def _and(self, node: And) -> Matches | None:
        positives: list[Matches] = []
        negatives: list[np.ndarray] = []
        for child in node.children:
            if isinstance(child, Not):
                inner = self.evaluate(child.child)
                if inner is not None:
                    negatives.append(inner.docs)
            else:
                result = self.evaluate(child)
                if result is not None:
                    positives.append(result)
        if not positives and not negatives:
            return None
        positives.sort(key=len)
        result = positives[0] if positives else self.all_docs()
        for other in positives[1:]:
            result = intersect(result, other)
        for docs in negatives:
            result = subtract(result, docs)
        return result

    def _or(self, node: Or) -> Matches | None:
        weights = node.weights or (1.0,) * len(node.children)
        parts = []
        for child, weight in zip(node.children, weights):
            result = self.evaluate(child)
            if result is not None:
                if weight != 1.0:
                    result = Matches(result.docs, result.scores * np.float32(weight))
                parts.append(result)
        return unite(parts, self.view.doc_count_all) if parts else None

    def _fields(self, field: str | None) -> list[tuple[str, float]]:
        if field is not None:
            return [(field, 1.0)]
        return list(DEFAULT_FIELD_WEIGHTS.items())

    def _bm25f(self, per_field: list[tuple[str, float, np.ndarray, np.ndarray]]) -> Matches:
        """Combine (field, weight, docs, tf) lists into BM25F scores for one term."""
        view = self.view
        docs_parts, tf_parts = [], []
        for field, weight, docs, tf in per_field:
            if not len(docs):
                continue
            b = FIELD_B.get(field, 0.75)
            ntf = scoring.normalized_tf(
                tf, view.lengths[field][docs], view.avg_lengths[field], weight, b
            )
            docs_parts.append(docs)
            tf_parts.append(ntf)
        if not docs_parts:
            return _empty()
        united = unite(
            [Matches(d, t.astype(np.float32)) for d, t in zip(docs_parts, tf_parts)],
            view.doc_count_all,
        )
        idf = scoring.idf(view.doc_count, len(united.docs))
        return Matches(united.docs, scoring.saturate(united.scores, idf))

    def _words(self, field: str | None, text: str) -> Matches | None:
        if field is not None and QUERY_FIELDS[field] == "exact":
            return self._exact(field, text)
        if field in ENTITY_FACETS:
            return self._entity_words(field, text)
        return self._text_words(field, text)

    def _entity_words(self, field: str, text: str) -> Matches | None:
        """Words in a speaker, venue or organization field, plus every document
        of the entity they name by any alias (``speaker:"barack obama"``)."""
        words = self._text_words(field, text)
        docs = entity_docs(self.view, field, text)
        if not len(docs):
            return words
        entity = self._bm25f([(field, 1.0, docs, np.ones(len(docs), dtype=np.float32))])
        if words is None:
            return entity
        return unite([words, subtract(entity, words.docs)], self.view.doc_count_all)

    def _text_words(self, field: str | None, text: str) -> Matches | None:
        fields = self._fields(field)
        # Every field of a kind analyses text the same way: analyse once per kind.
        sequences = {}
        for name, _ in fields:
            kind = QUERY_FIELDS[name]
            if kind not in sequences:
                sequences[kind] = self.term_sequences(name, text)
        if field is None and not sequences["text"]:
            # Only stop words: neutral, even though a name field would keep them.
            return None
        per_field = []
        for name, weight in fields:
            for seq in sequences[QUERY_FIELDS[name]]:
                if len(seq) == 1:
                    docs, tf = self.view.postings(name, seq[0])
                else:
                    docs, tf = self.phrase_frequencies(name, seq)
                per_field.append((name, weight, docs, tf))
        if not any(sequences.values()):
            return None
        return self._bm25f(per_field)

    def _exact(self, field: str, text: str) -> Matches | None:
        seqs = self.term_sequences(field, text)
        if not seqs:
            return None
        facet = self.view.facets[field]
        codes = [c for s in seqs for c in codes_of(facet, s[0])]
        docs = facet.docs_with(codes) if codes else EMPTY_IDS
        return Matches(docs, np.zeros(len(docs), dtype=np.float32))

    def phrase_frequencies(self, field: str, seq: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
        """Documents where ``seq`` occurs at consecutive positions, and how often.

        Each occurrence of word i becomes the key (document, position - i); a
        phrase occurs where every word yields the same key.
        """
        entries = {term: self.view.term(field, term, positions=True) for term in set(seq)}
        rows = self._rows_in_every(entries)
        if rows is None:
            return EMPTY_IDS, EMPTY_WEIGHTS
        self.check_deadline()
        keys = None
        for offset, term in enumerate(seq):
            docs, positions = entries[term].rows_positions(rows[term])
            shifted = positions.astype(np.int64) - offset
            valid = shifted >= 0
            term_keys = (docs[valid].astype(np.int64) << _POSITION_BITS) | shifted[valid]
            # Keys ascend: documents ascend, and positions within each.
            keys = term_keys if keys is None else sorted_common(keys, term_keys)
            if not len(keys):
                return EMPTY_IDS, EMPTY_WEIGHTS
        assert keys is not None, "a phrase has at least one word"
        key_docs = keys >> _POSITION_BITS
        starts = np.flatnonzero(np.diff(key_docs, prepend=-1))
        counts = np.diff(starts, append=len(key_docs))
        return key_docs[starts].astype(np.int32), counts.astype(np.float32)

    def _rows_in_every(self, entries: dict[str, TermPostings]) -> dict[str, np.ndarray] | None:
        """For each term, the rows of its postings whose documents hold every
        term; None when no document does."""
        size = self.view.doc_count_all
        shortest = min((e.docs for e in entries.values()), key=len)
        if len(shortest) * 32 < size:  # a rare word: binary searches into the others
            candidates = shortest
            for entry in entries.values():
                candidates = candidates[sorted_member(candidates, entry.docs)]
            if not len(candidates):
                return None
            return {t: np.searchsorted(e.docs, candidates) for t, e in entries.items()}
        # Common words (half a million postings each at a million releases): a
        # mask over every document costs a fifth of binary searches.
        every = np.ones(size, dtype=bool)
        for entry in entries.values():
            present = np.zeros(size, dtype=bool)
            present[entry.docs] = True
            every &= present
        if not every.any():
            return None
        return {t: np.flatnonzero(every[e.docs]) for t, e in entries.items()}

    def _prefix(self, node: Prefix) -> Matches | None:
        per_field = []
        analysed = False
        for name, weight in self._fields(node.field):
            kind = QUERY_FIELDS[name]
            if kind in ("date", "exact"):
                continue
            prefixes = self.analysis.prefixes(node.text, stemmed=kind == "text")
            if not prefixes:
                continue
            analysed = True
            terms: set[str] = set()
            for prefix in prefixes:
                found = self.view.expand_prefix(name, prefix, MAX_PREFIX_TERMS)
                if found is None or len(terms) + len(found) > MAX_PREFIX_TERMS:
                    raise QueryTooBroad(
                        f"{node.text}* matches more than {MAX_PREFIX_TERMS} words; "
                        "use a longer prefix"
                    )
                terms.update(found)
            self.expanded_terms.setdefault(node, set()).update(terms)
            self.check_deadline()
            parts = [Matches(*self.view.postings(name, t)) for t in sorted(terms)]
            merged = unite(parts, self.view.doc_count_all)
            per_field.append((name, weight, merged.docs, merged.scores))
        if not analysed:
            return None
        return self._bm25f(per_field)

    def _date_range(self, node: DateRange) -> Matches:
        low, high = period_bounds(node.start, node.end)
        docs = self.view.live_docs
        days = self.view.day[docs]
        keep = (days >= low) & (days <= high)
        return Matches(docs[keep], np.zeros(int(keep.sum()), dtype=np.float32))
