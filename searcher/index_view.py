"""A read-only snapshot of the index, with per-document arrays for fast search.

Whoosh stores everything; this module reads what the search core needs in
bulk into NumPy arrays indexed by Whoosh document number: which documents
are live, field lengths (for BM25F), the day of each document, the facet
values. Arrays are cached per segment, so after an ingest commits a new
segment only that segment is read. Posting lists are read from a segment's
posting arrays file where it has one (index.posting_arrays: shared by every
process through the page cache), else decoded from the blocks, and kept in
bounded caches.

Whoosh's insides (its column files, posting blocks and deletions) are read
through :mod:`index.segments`; tests/test_segments.py checks what it reads
against Whoosh's public API.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, cast

import numpy as np
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex
from whoosh.reading import TermNotFound

from index import posting_arrays, segments
from index.entities import EntityStore
from index.posting_arrays import PostingArrays
from index.schema import (
    EXACT_FIELDS,
    MULTI_VALUED_FACETS,
    SINGLE_VALUED_FACETS,
    TEXT_FIELDS,
    code_field_name,
    exact_field_name,
    facet_code,
)
from index.segments import EMPTY_IDS, EMPTY_POSITIONS, EMPTY_WEIGHTS
from searcher import term_dictionary

#: Decoded posting lists kept in memory, least recently used dropped first.
#: The postings cache grows with the index: the postings a day's searches read grow
#: with the number of documents, and a cache the working set outgrows re-reads them
#: on every search (at 300,000 releases a fixed 160 MiB held 200 bench queries' 248 MiB
#: of postings in part: second-pass p50 39 ms, against 4.0-4.3 ms with room for all).
POSTINGS_CACHE_BYTES_PER_DOC = 1024
POSTINGS_CACHE_MIN_BYTES = 160 * 2**20
POSTINGS_CACHE_MAX_BYTES = 1024 * 2**20


def postings_cache_bytes(doc_count: int) -> int:
    """The postings cache's budget for an index of ``doc_count`` documents
    (those of segments without a posting arrays file: see IndexView).

    Each server worker has its own: shared between two workers at a million
    releases (488 MiB each), it held less than the bench queries' working set
    (about 500 MiB), and least-recently-used eviction over a cycle longer than
    the cache misses every time: HTTP p50 12.3 -> 33.8 ms, with the server's
    memory unchanged (2.44 -> 2.41 GB)."""
    return min(
        POSTINGS_CACHE_MAX_BYTES,
        max(POSTINGS_CACHE_MIN_BYTES, doc_count * POSTINGS_CACHE_BYTES_PER_DOC),
    )


@dataclass(eq=False)
class FacetColumn:
    """The values of one facet for every document.

    Values are known by their 64-bit codes (:func:`index.schema.facet_code`),
    sorted in ``hashes``; ``values`` holds their labels in the same order
    (``None`` for the group of copies, which is only ever matched by code).
    ``codes[doc]`` indexes ``hashes`` (``-1`` for none) when each document
    has at most one value; the multi-valued topics keep parallel
    ``pair_docs``/``pair_codes`` arrays instead.
    """

    hashes: np.ndarray
    values: list[str] | None
    codes: np.ndarray | None
    pair_docs: np.ndarray = field(default_factory=lambda: EMPTY_IDS)
    pair_codes: np.ndarray = field(default_factory=lambda: EMPTY_IDS)

    def code_of(self, value: str) -> int | None:
        wanted = np.uint64(facet_code(value))
        index = int(np.searchsorted(self.hashes, wanted))
        return index if index < len(self.hashes) and self.hashes[index] == wanted else None

    @functools.cached_property
    def sizes(self) -> np.ndarray:
        """How many (live) documents have each value."""
        codes = self.pair_codes if self.codes is None else self.codes[self.codes >= 0]
        return np.bincount(codes, minlength=len(self.hashes))

    @functools.cached_property
    def label_ranks(self) -> np.ndarray:
        """Each code's place in the alphabetical order of the labels."""
        values = self.values or []
        ranks = np.empty(len(values), dtype=np.int64)
        ranks[sorted(range(len(values)), key=values.__getitem__)] = np.arange(len(values))
        return ranks

    def docs_with(self, codes: list[int]) -> np.ndarray:
        """Sorted document numbers having any of ``codes``."""
        if self.codes is not None:
            return np.flatnonzero(np.isin(self.codes, codes)).astype(np.int32)
        return np.unique(self.pair_docs[np.isin(self.pair_codes, codes)])

    def count(self, doc_mask: np.ndarray, docs: np.ndarray | None = None) -> np.ndarray:
        """How many documents in ``doc_mask`` have each value; ``docs``, when given,
        are the same documents' numbers, read instead of the mask (a search's few
        hundred matches cost a tenth of a scan of every document's flag)."""
        if self.codes is not None:
            selected = self.codes[docs if docs is not None else doc_mask]
            selected = selected[selected >= 0]
        else:
            selected = self.pair_codes[doc_mask[self.pair_docs]]
        return np.bincount(selected, minlength=len(self.hashes))


@dataclass
class _SegmentFacet:
    """One segment's view of a facet: per-document codes, or (doc, label) pairs."""

    codes: np.ndarray | None  # uint64 hash per document, 0 for none
    labels: dict[int, str]  # hash -> label
    pair_docs: np.ndarray = field(default_factory=lambda: EMPTY_IDS)
    pair_hashes: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))


@dataclass
class _SegmentArrays:
    doc_count: int
    live: np.ndarray
    lengths: dict[str, np.ndarray]
    day: np.ndarray
    facets: dict[str, _SegmentFacet]
    #: The text field's terms and document frequencies, read on first use.
    text_terms: term_dictionary.SegmentTerms | None = None
    #: The segment's posting arrays file (index.posting_arrays), if it has one.
    postings: PostingArrays | None = None

    @functools.cached_property
    def all_live(self) -> bool:
        return bool(self.live.all())


def _read_segment(leaf) -> _SegmentArrays:
    doc_count = leaf.doc_count_all()
    live = segments.live_mask(leaf)
    lengths = {name: segments.field_lengths(leaf, name) for name in TEXT_FIELDS}
    columns = segments.read_columns(
        leaf, {"day": ">i4", **{code_field_name(f): ">u8" for f in SINGLE_VALUED_FACETS}}
    )
    day = columns["day"].astype(np.int32)
    facets = {}
    for facet in (*SINGLE_VALUED_FACETS, *MULTI_VALUED_FACETS):
        labels = _labels(leaf, facet) if facet in EXACT_FIELDS else {}
        if facet in SINGLE_VALUED_FACETS:
            facets[facet] = _SegmentFacet(columns[code_field_name(facet)], labels)
            continue
        docs, hashes = [], []
        exact = exact_field_name(facet)
        for code, label in labels.items():
            ids = segments.read_postings(leaf, exact, label)[0]
            docs.append(ids)
            hashes.append(np.full(len(ids), code, dtype=np.uint64))
        pair_docs = np.concatenate(docs) if docs else EMPTY_IDS
        pair_hashes = np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.uint64)
        facets[facet] = _SegmentFacet(None, labels, pair_docs, pair_hashes)
    return _SegmentArrays(doc_count, live, lengths, day, facets)


def _labels(leaf, facet: str) -> dict[int, str]:
    """A segment's values of a facet, by code (the terms of its exact field)."""
    try:
        terms = list(leaf.lexicon(exact_field_name(facet)))
    except TermNotFound:
        return {}
    return {facet_code(label): label for label in (t.decode("utf-8") for t in terms)}


@dataclass
class TermPostings:
    """One term's postings over the whole view: live documents only."""

    docs: np.ndarray
    tf: np.ndarray
    #: Positions of row i are positions[offsets[i]:offsets[i + 1]].
    offsets: np.ndarray | None = None
    positions: np.ndarray | None = None

    @property
    def nbytes(self) -> int:
        extra = 0
        if self.offsets is not None and self.positions is not None:
            extra = self.offsets.nbytes + self.positions.nbytes
        return self.docs.nbytes + self.tf.nbytes + extra

    def _with_positions(self) -> tuple[np.ndarray, np.ndarray]:
        if self.offsets is None or self.positions is None:
            raise ValueError("these postings were read without positions")
        return self.offsets, self.positions

    def rows_positions(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(document of each position, position) for the given rows."""
        if not len(rows):
            return EMPTY_IDS, EMPTY_POSITIONS
        offsets, positions = self._with_positions()
        if len(rows) * 4 > len(self.docs):
            # Many rows (a phrase of common words): one pass over every position
            # with a mask costs half as much as gathering by index ("services
            # will" at a million releases: 134 -> 53 ms). ``rows`` ascend, unique.
            lengths = np.diff(offsets)
            selected = np.zeros(len(self.docs), dtype=bool)
            selected[rows] = True
            chosen = positions[np.repeat(selected, lengths)]
            return np.repeat(self.docs[rows], lengths[rows]), chosen.astype(np.int64)
        starts = offsets[rows]
        lengths = offsets[rows + 1] - starts
        shift = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
        index = shift + np.arange(int(lengths.sum()))
        # Widened from the cache's 16 bits: callers subtract positions.
        return np.repeat(self.docs[rows], lengths), positions[index].astype(np.int64)

    def positions_of(self, doc: int) -> np.ndarray:
        row = int(np.searchsorted(self.docs, doc))
        if row >= len(self.docs) or self.docs[row] != doc:
            return EMPTY_POSITIONS
        offsets, positions = self._with_positions()
        return positions[offsets[row] : offsets[row + 1]].astype(np.int64)


def _compact(values: np.ndarray) -> np.ndarray:
    """Whole numbers below 65,536 (term frequencies, positions: nearly all) as 16-bit:
    the cache then holds a third more postings; they are widened again when read."""
    if values.dtype == np.uint16:  # as a posting arrays file keeps them
        return values
    fits = len(values) and values.max() < 2**16 and values.min() >= 0
    if fits and (values.dtype.kind in "iu" or np.array_equal(values, np.floor(values))):
        return values.astype(np.uint16)
    return values


class _BoundedCache:
    """Least recently used entries dropped first once their bytes pass ``budget``;
    safe across threads (a server's warm-up thread reads while searches run)."""

    def __init__(self, budget: int, size: Callable[[Any], int]):
        self.budget = budget
        self.bytes = 0
        self._size = size
        self._entries: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, usable: Callable[[Any], bool] = lambda _: True):
        with self._lock:
            hit = self._entries.get(key)
            if hit is None or not usable(hit):
                return None
            self._entries.move_to_end(key)
            return hit

    def put(self, key, value) -> None:
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.bytes -= self._size(old)
            self._entries[key] = value
            self.bytes += self._size(value)
            while self.bytes > self.budget and len(self._entries) > 1:
                _, evicted = self._entries.popitem(last=False)
                self.bytes -= self._size(evicted)


#: What an entry costs beyond its arrays' data (the arrays' and key's objects): a
#: segment's part of an absent term holds no data, and 50,000 of them took 87 MB.
_ENTRY_BYTES = 400


def _part_bytes(part: tuple) -> int:
    return _ENTRY_BYTES + sum(a.nbytes for a in part if a is not None)


#: Documents whose stored fields a view keeps decoded, as Solr's documentCache
#: does: the top hits of related searches (a query, then its facet filters and
#: pages) are mostly the same releases, and decompressing and unpickling one
#: costs 15-30 µs, a tenth of a search's time for ten hits. Some 4,096 × 3-6 KB
#: per server process.
STORED_CACHE_DOCS = 4096


class IndexView:
    """Everything the search core reads from one generation of the index."""

    def __init__(self, ix: FileIndex, segment_cache: dict | None = None):
        self.ix = ix
        reader = ix.reader()
        assert reader is not None  # Whoosh retries, then raises; never None
        self.reader = reader
        # The reader's own generation, not the index's latest: an ingest may
        # commit between the two reads, and a view labelled with the newer
        # generation would keep the older reader until the one after.
        self.generation = reader.generation()
        self._stored_cache = functools.lru_cache(maxsize=STORED_CACHE_DOCS)(
            lambda docnum: MappingProxyType(reader.stored_fields(docnum))
        )
        storage = ix.storage
        assert isinstance(storage, FileStorage)  # indexes live in folders (index/store.py)
        #: Speakers, venues and organizations as entities (display names, aliases).
        self.entities = EntityStore.load(storage.folder)
        cache = segment_cache if segment_cache is not None else {}
        self.leaves = []
        arrays = []
        for leaf, offset in segments.leaves(self.reader):
            key = segments.segment_key(leaf)
            if key not in cache:
                cache[key] = _read_segment(leaf)
            if cache[key].postings is None:  # none yet, or written since (pressroom merge)
                segment_id = leaf.segment().segment_id()
                path = Path(storage.folder) / posting_arrays.file_name(segment_id)
                cache[key].postings = PostingArrays.open(path)
            arrays.append(cache[key])
            self.leaves.append((leaf, offset))
        self._arrays = arrays
        #: Segment arrays by key, to hand to the next view.
        self.segment_cache = {
            segments.segment_key(leaf): a for (leaf, _), a in zip(self.leaves, arrays)
        }
        self.doc_count_all = sum(a.doc_count for a in arrays)
        # Documents whose postings a posting arrays file holds are read from the
        # page cache, held once for every worker: the budget grows with the others.
        self.cache_bytes = postings_cache_bytes(
            sum(a.doc_count for a in arrays if a.postings is None)
        )
        #: Whole terms' postings, and segments' parts decoded from blocks: a
        #: term missing from the first is joined from the files and the second.
        self._terms = _BoundedCache(self.cache_bytes, lambda entry: entry.nbytes + _ENTRY_BYTES)
        self._parts = _BoundedCache(self.cache_bytes, _part_bytes)
        self.live = _concat([a.live for a in arrays], bool)
        self.live_docs = np.flatnonzero(self.live).astype(np.int32)
        self.doc_count = len(self.live_docs)
        self.lengths = {f: _concat([a.lengths[f] for a in arrays], np.float32) for f in TEXT_FIELDS}
        self.avg_lengths = {
            f: float(self.lengths[f][self.live].mean()) if self.doc_count else 0.0
            for f in TEXT_FIELDS
        }
        self.day = _concat([a.day for a in arrays], np.int32)
        self.facets = {
            facet: self._merge_facet(facet, arrays)
            for facet in (*SINGLE_VALUED_FACETS, *MULTI_VALUED_FACETS)
        }
        # An index with no documents has no columns; nothing is looked up then.
        self._id_column = self.reader.column_reader("id") if self.doc_count_all else []
        self._group_labels = self.reader.column_reader("group_label") if self.doc_count_all else []

    def _merge_facet(self, facet: str, arrays: list[_SegmentArrays]) -> FacetColumn:
        labels: dict[int, str] = {}
        for a in arrays:
            labels.update(a.facets[facet].labels)
        if facet in SINGLE_VALUED_FACETS:
            # Single-valued facets always have per-document codes.
            raw = _concat([cast(np.ndarray, a.facets[facet].codes) for a in arrays], np.uint64)
            raw[~self.live] = 0
            present = raw != 0
            hashes, inverse = np.unique(raw[present], return_inverse=True)
            codes = np.full(self.doc_count_all, -1, dtype=np.int32)
            codes[present] = inverse
            # Groups are only matched by code; other facets show their labels.
            values = None if facet == "group" else [labels.get(int(h), "") for h in hashes]
            return FacetColumn(hashes, values, codes)
        docs, pair_hashes = [], []
        for (_, offset), a in zip(self.leaves, arrays):
            seg = a.facets[facet]
            keep = a.live[seg.pair_docs]
            docs.append(seg.pair_docs[keep] + offset)
            pair_hashes.append(seg.pair_hashes[keep])
        all_docs = _concat(docs, np.int32)
        all_hashes = _concat(pair_hashes, np.uint64)
        hashes, inverse = np.unique(all_hashes, return_inverse=True)
        order = np.argsort(all_docs, kind="stable")
        return FacetColumn(
            hashes,
            [labels[int(h)] for h in hashes],
            None,
            all_docs[order],
            inverse.astype(np.int32)[order],
        )

    def group_label(self, docnum: int) -> str | None:
        """The group of copies ``docnum`` belongs to (the id of its first member)."""
        label = self._group_labels[int(docnum)]
        return label.decode("utf-8") if label else None

    # -- postings ---------------------------------------------------------

    def term(self, field: str, term: str, positions: bool = False) -> TermPostings:
        """A term's postings (with positions if asked), from a bounded cache."""
        key = (field, term)
        hit = self._terms.get(key, lambda entry: entry.positions is not None or not positions)
        if hit is not None:
            return hit
        entry = self._read_term(field, term.encode("utf-8"), positions)
        self._terms.put(key, entry)
        return entry

    def _read_term(self, field: str, tbytes: bytes, positions: bool) -> TermPostings:
        """A term's live postings over the whole view: each segment's part from
        its posting arrays file when the file holds the term, else decoded
        from the blocks (and kept: a small segment's part is read again each
        time the whole term has left the cache)."""
        docs, tfs, poses = [], [], []
        for (leaf, offset), arrays in zip(self.leaves, self._arrays):
            part = None
            if arrays.postings is not None:
                part = arrays.postings.lookup(field, tbytes, positions)
            if part is None:
                part = self._decoded(leaf, field, tbytes, positions)
            ids, tf, pos = part
            if not len(ids):
                continue
            if not arrays.all_live:
                keep = arrays.live[ids]
                if pos is not None:
                    pos = pos[np.repeat(keep, tf.astype(np.int64))]
                ids, tf = ids[keep], tf[keep]
            docs.append(ids + np.int32(offset) if offset else ids)
            tfs.append(tf)
            poses.append(pos)
        return _joined(docs, tfs, poses if positions else None)

    def _decoded(self, leaf, field: str, tbytes: bytes, positions: bool) -> tuple:
        key = (segments.segment_key(leaf), field, tbytes)
        hit = self._parts.get(key, lambda part: part[2] is not None or not positions)
        if hit is None:
            ids, tf, pos = segments.read_postings(leaf, field, tbytes, positions)
            hit = (ids, _compact(tf), None if pos is None else _compact(pos))
            self._parts.put(key, hit)
        return hit

    @property
    def cached_postings_bytes(self) -> int:
        """What the decoded posting lists in the caches take."""
        return self._terms.bytes + self._parts.bytes

    def postings(self, field: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        """(sorted live document numbers, term frequencies) for a term."""
        entry = self.term(field, term)
        return entry.docs, entry.tf.astype(np.float32, copy=False)  # cached 16-bit

    def expand_prefix(self, field: str, prefix: str, limit: int) -> list[str] | None:
        """Terms of ``field`` starting with ``prefix``; None if more than ``limit``."""
        terms: list[str] = []
        try:
            for tbytes in self.reader.expand_prefix(field, prefix):
                terms.append(tbytes.decode("utf-8") if isinstance(tbytes, bytes) else tbytes)
                if len(terms) > limit:
                    return None
        except TermNotFound:
            return []
        return terms

    def text_frequencies(self, terms: Sequence[str]) -> list[int]:
        """How many documents' text holds each term (deleted ones included).

        Spelling suggestions try hundreds of candidate words at once; each
        segment's terms are kept as arrays (searcher.term_dictionary), read
        on first use and handed on to the next generation's view.
        """
        return term_dictionary.frequencies(self._text_dictionaries(self.leaves), terms)

    def text_terms_like(self, first: str, shortest: int, longest: int) -> dict[str, int]:
        """Text terms starting with ``first``, of ``shortest`` to ``longest``
        characters, with their document frequencies."""
        dictionaries = self._text_dictionaries(self.leaves)
        return term_dictionary.terms_like(dictionaries, first, shortest, longest)

    def load_text_frequencies(self) -> None:
        """Read the term arrays :meth:`text_frequencies` uses on readers of
        its own: a server warms them in the background while searches use
        this view's reader (Whoosh readers are not thread-safe). Reading the
        terms takes seconds per million, and the first searches must not wait."""
        readers = [(segments.reopen(self.ix, leaf), 0) for leaf, _ in self.leaves]
        try:
            self._text_dictionaries(readers)
        finally:
            for reader, _ in readers:
                reader.close()

    def _text_dictionaries(self, leaves) -> list[term_dictionary.SegmentTerms]:
        """Each segment's term arrays, read through ``leaves`` where missing
        (each is set in one assignment: a search sees a segment's whole or none)."""
        for (leaf, _), arrays in zip(leaves, self._arrays, strict=True):
            if arrays.text_terms is None:
                arrays.text_terms = term_dictionary.SegmentTerms.from_pairs(
                    (term, info.doc_frequency()) for term, info in leaf.iter_field("text")
                )
        return [cast(term_dictionary.SegmentTerms, a.text_terms) for a in self._arrays]

    # -- documents ---------------------------------------------------------

    def doc_id(self, docnum: int) -> str:
        return self._id_column[int(docnum)]

    def stored(self, docnum: int, *, cache: bool = True) -> Mapping[str, Any]:
        """A document's stored fields (read only: cached ones are shared).
        ``cache=False`` for reads of many documents once (exports), which
        would only push the often-shown ones out."""
        if cache:
            return self._stored_cache(int(docnum))
        return MappingProxyType(self.reader.stored_fields(int(docnum)))

    def docnum_for_id(self, doc_id: str) -> int | None:
        ids, _ = self.postings("id", doc_id)
        return int(ids[0]) if len(ids) else None

    def close(self) -> None:
        self._stored_cache.cache_clear()
        self.reader.close()


def _joined(docs: list, tfs: list, poses: list | None) -> TermPostings:
    """One TermPostings from the segments' parts (already offset and live)."""
    if not docs:
        entry = TermPostings(EMPTY_IDS, EMPTY_WEIGHTS)
        if poses is not None:
            entry.offsets, entry.positions = np.zeros(1, dtype=np.int32), EMPTY_POSITIONS
        return entry
    one = len(docs) == 1
    all_tf = _compact(tfs[0] if one else np.concatenate(tfs))
    entry = TermPostings(docs[0] if one else np.concatenate(docs), all_tf)
    if poses is not None:
        all_positions = _compact(poses[0] if one else np.concatenate(poses))
        # 32-bit offsets while they fit: with 64-bit ones the offsets of a
        # phrase's terms took more room than their positions.
        offset_type = np.int32 if len(all_positions) < 2**31 else np.int64
        offsets = np.zeros(len(all_tf) + 1, dtype=offset_type)
        np.cumsum(all_tf, out=offsets[1:], dtype=offset_type)
        entry.offsets, entry.positions = offsets, all_positions
    return entry


def _concat(parts: list[np.ndarray], dtype) -> np.ndarray:
    return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype=dtype)
