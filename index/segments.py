"""Everything Pressroom knows about Whoosh's insides, in one module.

Pressroom keeps Whoosh's W3 segment files (term index, columns, stored
fields, deletions) but writes posting blocks its own way, and reads
segments in bulk with NumPy. Both need Whoosh's private attributes, which a
new Whoosh release may change without notice; they are all here, so that an
upgrade means checking one file (and :data:`WHOOSH_VERSION`, which
:func:`check_whoosh_version` compares with the installed Whoosh when an
index is opened).

The module has five parts:

* **the posting block format**, defined once: a block's document numbers as
  little-endian uint32, its weights (term frequencies) as float32 (or one
  number when all are equal), and each posting's positions as uint32 values
  (the count, then the deltas), a block's postings joined;
* **the codec**: :class:`PressroomCodec` writes that format, and
  :class:`PressroomLeafMatcher` presents it to Whoosh's own code (merging,
  its query objects); :class:`PreparedSegmentWriter` takes postings encoded
  ahead of the writer (:class:`PreparedTerms`) in bulk;
* **merging**: :class:`MergingSegmentWriter` copies several segments' posting
  blocks into one, renumbering documents and dropping deleted ones, without
  decoding postings one at a time (``index.merging`` decides what to merge);
* **bulk reading** for the search core: :func:`iter_blocks` and
  :func:`read_postings` (a term's postings as arrays), :func:`read_columns`
  (fixed-width columns), :func:`field_lengths`, :func:`live_mask`;
* **segments and their files**: :func:`leaves`, :func:`segment_count`,
  :func:`segment_key`, :func:`reopen`, :func:`toc_file_pattern`,
  :func:`segment_file_pattern`.

Segments remember their codec (it is pickled in the table of contents), so
an index written this way is read this way; ``index.codec`` keeps the name
older indexes were written with.
"""

from __future__ import annotations

import contextlib
import functools
import heapq
import io
import itertools
import pickle
import struct
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator
from re import Pattern
from typing import Any, NamedTuple, cast

import numpy as np
import whoosh
from whoosh import columns
from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    STORED_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3LeafMatcher,
    W3PostingsWriter,
    W3Segment,
    W3TermInfo,
)
from whoosh.formats import Positions
from whoosh.index import TOC
from whoosh.matching import ListMatcher
from whoosh.reading import IndexReader, SegmentReader, TermNotFound
from whoosh.system import pack_ushort
from whoosh.util.numeric import byte_to_length
from whoosh.writing import SegmentWriter

#: The Whoosh release whose internals this module reads (pinned in pyproject.toml).
WHOOSH_VERSION = (2, 7, 5)
#: Postings per block: larger blocks mean fewer reads per term.
BLOCK_LIMIT = 256
#: zlib level for blocks; the arrays compress little and decompressing costs time.
COMPRESSION = 0
_BIG_ENDIAN = sys.byteorder == "big"
EMPTY_IDS = np.zeros(0, dtype=np.int32)
EMPTY_WEIGHTS = np.zeros(0, dtype=np.float32)
EMPTY_POSITIONS = np.zeros(0, dtype=np.int32)
# A posting block's length, before it (negative for a term's last block).
_BLOCK_LENGTH = struct.Struct("!i")
# A term table entry's key and value lengths, before them; the key's field number.
_TABLE_LENGTHS = struct.Struct("!ii")
_FIELD_NUMBER = struct.Struct("!H")
#: Bytes of a term table read at once by a merge.
_TABLE_PIECE = 1 << 20
# Whoosh stores field lengths as one byte each; this decodes them all at once.
_LENGTH_TABLE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)


class UnsupportedWhoosh(RuntimeError):
    """The installed Whoosh is not the release Pressroom's reader was written for."""


def check_whoosh_version(installed: tuple | None = None) -> None:
    """Raise :class:`UnsupportedWhoosh` unless Whoosh is :data:`WHOOSH_VERSION`."""
    installed = tuple(whoosh.__version__ if installed is None else installed)
    if installed[:3] != WHOOSH_VERSION:
        found = ".".join(map(str, installed))
        wanted = ".".join(map(str, WHOOSH_VERSION))
        raise UnsupportedWhoosh(
            f"whoosh-reloaded {found} is installed, but Pressroom reads Whoosh's segment "
            f"files through internals of {wanted}: install whoosh-reloaded=={wanted} "
            "(`make install`), or check index/segments.py against the new release"
        )


# -- the posting block format ----------------------------------------------------


def _little_endian(values: array) -> bytes:
    if _BIG_ENDIAN:
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


@functools.lru_cache(maxsize=1024)
def _uint32s(count: int) -> struct.Struct:
    return struct.Struct(f"<{count}I")


def encode_positions(positions: list[int]) -> bytes:
    """One posting's value: the count, then the position deltas (uint32 each)."""
    deltas = [positions[0]] + [b - a for a, b in itertools.pairwise(positions)]
    return _uint32s(len(deltas) + 1).pack(len(deltas), *deltas)


def position_count(value: bytes) -> int:
    """How many positions a posting's value holds (its term frequency)."""
    return int(np.frombuffer(value[:4], dtype="<u4")[0])


def decode_positions(value: bytes) -> list[int]:
    """One posting's positions, from :func:`encode_positions`."""
    words = np.frombuffer(value, dtype="<u4")
    return np.cumsum(words[1 : 1 + int(words[0])], dtype=np.int64).tolist()


def split_position_values(joined: bytes) -> list[bytes]:
    """Cut a block's joined position values back into one bytes per posting."""
    words = np.frombuffer(joined, dtype="<u4")
    out, i = [], 0
    while i < len(words):
        end = i + 1 + int(words[i])
        out.append(joined[4 * i : 4 * end])
        i = end
    return out


def decode_block_positions(values: bytes | tuple, counts: np.ndarray) -> np.ndarray:
    """Positions of every posting in a block, concatenated, in one pass.

    ``counts`` are the postings' term frequencies, which must agree with the
    counts in the values (else the index is not in this format).
    """
    joined = values if isinstance(values, bytes) else b"".join(values)
    raw = np.frombuffer(joined, dtype="<u4").astype(np.int64)
    starts = np.concatenate(([0], np.cumsum(counts + 1)[:-1]))
    if len(raw) != int(counts.sum()) + len(counts) or not np.array_equal(raw[starts], counts):
        raise ValueError("postings are not in Pressroom's position format; rebuild the index")
    body = np.ones(len(raw), dtype=bool)
    body[starts] = False
    deltas = raw[body]
    running = np.cumsum(deltas)
    firsts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    before = running[firsts] - deltas[firsts]
    return running - np.repeat(before, counts)


def decode_block_ids(ids: bytes | tuple) -> np.ndarray:
    """A block's document numbers: absolute uint32, or W3's deltas (older blocks)."""
    if isinstance(ids, bytes):
        return np.frombuffer(ids, dtype="<u4").astype(np.int64)
    return np.cumsum(np.array(ids, dtype=np.int64))


def encode_block_weights(weights: array) -> bytes | float | None:
    """None when every weight is 1, one float when all are equal, else float32s."""
    if all(w == 1.0 for w in weights):
        return None
    if all(w == weights[0] for w in weights):
        return weights[0]
    return _little_endian(weights)


def decode_block_weights(weights: bytes | float | array | None, count: int) -> np.ndarray:
    """A block's weights as float32, from :func:`encode_block_weights` (or W3's array)."""
    if weights is None or isinstance(weights, float):
        return np.full(count, 1.0 if weights is None else weights, dtype=np.float32)
    if isinstance(weights, bytes):
        return np.frombuffer(weights, dtype="<f4").copy()
    return np.array(weights, dtype=np.float32)


class PreparedTerms(tuple):
    """Postings of one field of one document, encoded ahead of the writer.

    A tuple of ``(term as UTF-8 bytes, frequency, weight, encoded_positions)``,
    the items :class:`ArrayPositions` would produce from the text itself.
    """

    __slots__ = ()


class ArrayPositions(Positions):
    """Whoosh's Positions format, with positions encoded by :func:`encode_positions`
    instead of a pickle per posting; Whoosh's own readers decode them here."""

    def encode(self, poslist) -> bytes:
        return encode_positions(poslist)

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return decode_positions(valuestring)

    def decode_frequency(self, valuestring: bytes) -> int:
        return position_count(valuestring)

    def decode_weight(self, valuestring: bytes) -> float:
        return position_count(valuestring) * self.field_boost


# -- the codec -----------------------------------------------------------------------


class PressroomPostingsWriter(W3PostingsWriter):
    """W3's postings writer, with blocks in the format above."""

    def _mini_ids(self):
        if self._byteids:  # term vectors: keep W3's encoding
            return super()._mini_ids()
        return _little_endian(cast(array, self._ids))

    def _mini_weights(self):
        return encode_block_weights(self._weights)

    def _mini_values(self):
        if isinstance(self._format, ArrayPositions):
            return b"".join(self._values)
        return super()._mini_values()


class PressroomLeafMatcher(W3LeafMatcher):
    """Reads :class:`PressroomPostingsWriter` blocks for Whoosh's own code."""

    def _block(self) -> tuple:
        """The current block's (ids, weights, values), read on first use."""
        if self._data is None:
            self._read_data()
        return cast(tuple, self._data)

    def _read_ids(self):
        ids = self._block()[0]
        if isinstance(ids, bytes):
            self._ids = decode_block_ids(ids).tolist()
        else:
            super()._read_ids()

    def _read_weights(self):
        weights = self._block()[1]
        if isinstance(weights, bytes):
            self._weights = array("f", decode_block_weights(weights, len(weights) // 4).tolist())
        else:
            super()._read_weights()

    def _read_values(self):
        values = self._block()[2]
        if isinstance(values, bytes) and isinstance(self.format, ArrayPositions):
            self._values = tuple(split_position_values(values))
        else:
            super()._read_values()


class PressroomCodec(W3Codec):
    """W3 with array-encoded posting blocks and no per-posting length statistics.

    Whoosh only uses a block's min/max field length to skip blocks in its
    own top-N scoring, which Pressroom does not use; reading the length of
    every posting back while writing cost a tenth of ingest time. With no
    statistics, Whoosh's bound is conservative, so its results stay right.
    """

    length_stats = False
    #: The id (without the index's name) the next new segment takes, or None for
    #: a random one: a merge built beside the writer is named before its files
    #: exist, so that the writer's clean-up spares them (index.background_merges).
    next_segment_id: str | None = None

    def __init__(
        self, blocklimit: int | None = None, compression: int = COMPRESSION, inlinelimit: int = 1
    ):
        blocklimit = BLOCK_LIMIT if blocklimit is None else blocklimit
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)

    def new_segment(self, storage, indexname) -> W3Segment:
        segid, self.next_segment_id = self.next_segment_id, None
        return W3Segment(self, indexname, segid=segid)

    def postings_writer(self, dbfile, byteids=False):
        return PressroomPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            ids, weights, values = terminfo.inlined_postings()
            return ListMatcher(
                ids, weights, values, format_, scorer=scorer, term=term, terminfo=terminfo
            )
        offset, length = terminfo.extent()
        return PressroomLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)


#: What a commit writes after its segments: (storage, schema, segments, generation).
CommitToc = Callable[..., None]


class PreparedSegmentWriter(SegmentWriter):
    """A SegmentWriter that takes :class:`PreparedTerms` postings in bulk.

    Whoosh's add_document makes one call per posting; here a prepared field's
    postings go straight into the sorting pool, with the same size accounting.
    ``commit_toc(storage, schema, segments, generation)`` replaces Whoosh's
    table-of-contents step and ``discard(storage, segment_id)`` removes a
    cancelled segment's files (both from ``index.integrity``, which keeps
    generations and manifests).
    """

    def __init__(self, ix, *, commit_toc: CommitToc, discard: Callable[..., object], **kwargs):
        self._commit_toc_with = commit_toc
        self._discard = discard
        super().__init__(ix, **kwargs)

    def _commit_toc(self, segments) -> None:
        self._commit_toc_with(self.storage, self.schema, segments, self.generation)

    def cancel(self) -> None:
        """Drop the uncommitted segment, its files included, and unlock, even
        when closing its files fails (a full disk). A segment whose table of
        contents was written is committed: a failure after it (in the clean-up
        of old files, an interrupt) leaves it in place."""
        self._check_state()
        try:
            self._close_segment()
        except OSError:
            pass  # the segment is being thrown away
        finally:
            self._finish()
            if not self.storage.file_exists(TOC._filename(self.indexname, self.generation)):
                self._discard(self.storage, self.newsegment.segment_id())

    def add_document(self, **fields) -> None:
        if not any(isinstance(v, PreparedTerms) for v in fields.values()):
            super().add_document(**fields)
            return
        self._check_state()
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(self.schema, names)
        perdoc = self.perdocwriter
        perdoc.start_doc(self.docnum)
        added_size = 0
        try:
            for name in names:
                if fields[name] is not None:
                    added_size += self._add_field(name, fields[name], fields)
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        pool = self.pool
        pool.currentsize += added_size
        if pool.currentsize > pool.limit:
            pool.save()
        self._added = True
        self.docnum += 1

    @property
    def pool_fill(self) -> float:
        """How full the in-memory postings pool is: at 1.0 Whoosh writes it out to
        a temporary run and later merges the runs back, which cost a third of the
        writer's time once 5,000 long releases overflowed the pool."""
        return self.pool.currentsize / self.pool.limit

    def _add_field(self, name: str, value, fields: dict) -> int:
        """Post one field of the current document; returns the pool size it adds."""
        field = self.schema[name]
        pool, docnum = self.pool, self.docnum
        length = added_size = 0
        if field.indexed and isinstance(value, PreparedTerms):
            pool.fieldnames.add(name)
            boost = field.format.field_boost
            for tbytes, frequency, weight, vbytes in value:
                pool.current.append((name, tbytes, docnum, weight * boost, vbytes))
                # The estimate PostingPool.add makes for each item.
                added_size += 150 + len(name) + 2 * len(tbytes) + len(vbytes)
                length += frequency
            if not field.scorable:
                length = 0
        elif field.indexed:
            for tbytes, frequency, weight, vbytes in field.index(value):
                pool.add((name, tbytes, docnum, weight, vbytes))
                if field.scorable:
                    length += frequency
        stored = fields.get(f"_stored_{name}", value)
        perdoc = self.perdocwriter
        perdoc.add_field(name, field, stored if field.stored else None, length)
        column = field.column_type
        if column and stored is not None:
            perdoc.add_column_value(name, column, field.to_column_value(stored))
        return added_size


class UnmergeableSegment(ValueError):
    """A segment whose postings :class:`MergingSegmentWriter` cannot copy."""


class MergingSegmentWriter(PreparedSegmentWriter):
    """Writes one segment holding the live documents of several, in their order.

    Whoosh merges by reading every posting back one call at a time into its
    sorting pool, then sorting and writing them again (a merge of 100,000
    releases took it 338 s). Here each term's posting blocks are copied in
    term order with only their document numbers rewritten; a block loses its
    deleted postings on the way. Stored fields, lengths and columns are
    copied a document at a time. The writer adds no documents of its own.
    """

    def __init__(self, ix, **kwargs):
        super().__init__(ix, **kwargs)
        self._sources: list[_MergeSource] = []
        self._position: int | None = None

    def merge_run(self, segments: list, run: range) -> list:
        """A merge policy for ``commit(mergetype=...)``: merge ``segments[run]``
        into the new segment, which takes their place in the index's order
        (so documents keep their order); returns the segments kept as they are."""
        for segment in (segments[i] for i in run):
            reader = SegmentReader(self.storage, self.schema, segment)
            try:
                docmap = self._copy_documents(reader)
            except BaseException:
                reader.close()
                raise
            self._sources.append(_MergeSource(reader, docmap))
        self._added = True
        self._position = run.start
        return segments[: run.start] + segments[run.stop :]

    def write_unlocked(self, segments: list) -> tuple[Any, list[np.ndarray]]:
        """Merge ``segments`` into this writer's new segment and close its files
        without committing or touching the index's shared files (a writer made
        with ``_lk=False`` beside the index's writer, which puts the segment in
        place: index.background_merges). Returns the segment and, for each
        source segment, its documents' numbers in it (-1 when deleted)."""
        try:
            self.merge_run(segments, range(len(segments)))
            docmaps = [source.docmap for source in self._sources]
            segment = self._finalize_segment()
        except BaseException:
            self._close_sources()
            with contextlib.suppress(Exception):
                self._close_segment()
            self._discard(self.storage, self.newsegment.segment_id())
            raise
        # Not _finish(): its clean-up removes the temporary folder that the
        # index's writer shares (and that this writer never used).
        self.is_closed = True
        return segment, docmaps

    def cancel(self) -> None:
        self._close_sources()
        super().cancel()

    def _close_sources(self) -> None:
        for source in self._sources:
            source.reader.close()
        self._sources = []

    def _commit_toc(self, segments) -> None:
        if self._position is not None and segments:
            *kept, merged = segments  # commit puts the new segment last
            segments = [*kept[: self._position], merged, *kept[self._position :]]
        super()._commit_toc(segments)

    def _copy_documents(self, reader: SegmentReader) -> np.ndarray:
        """Copy a segment's live documents' stored fields, lengths and columns;
        returns each of its documents' new number (-1 when deleted).

        Each column is copied as bytes, its deleted documents' values cut out:
        unpickling and recompressing every document's stored fields cost a
        fifth of a merge. (Stored fields are copied whole: an index's schema
        never loses a field, as its version is checked when it is opened.)"""
        mergeable_formats(reader)
        schema, perdoc = self.schema, cast(Any, self.perdocwriter)
        live = live_mask(reader)
        docmap = np.full(len(live), -1, dtype=np.int64)
        live_count = int(live.sum())
        docmap[live] = np.arange(self.docnum, self.docnum + live_count)
        wanted: list[tuple[str, columns.Column]] = [("_stored", STORED_COLUMN)]
        for name, field in schema.items():
            if field.scorable and name in reader.indexed_field_names():
                wanted.append((f"_{name}_len", LENGTHS_COLUMN))
                lengths = _fixed_column(reader, f"_{name}_len", LENGTHS_COLUMN, ">u1")
                perdoc._fieldlengths[name] += int(
                    _LENGTH_TABLE[lengths[live]].astype(np.int64).sum()
                )
            if field.column_type:
                wanted.append((name, field.column_type))
        for name, column in wanted:
            if not live_count or not reader._perdoc.has_column(name):
                continue
            if not perdoc._has_column(name):
                perdoc._create_column(name, column)
            source = reader._perdoc.column_reader(name, column)
            copy_column_values(source, perdoc._get_column(name), live, self.docnum)
        perdoc._doccount += live_count
        self.docnum += live_count
        return docmap

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        try:
            write_merged_postings(
                self.fieldwriter, self.schema, self._sources, self.codec._blocklimit
            )
        finally:
            self._close_sources()
        self.fieldwriter.close()


def mergeable_formats(reader: SegmentReader) -> None:
    """Raise :class:`UnmergeableSegment` unless the segment was written by
    :class:`PressroomCodec` and every field's postings can be cut apart
    without decoding them (to drop a deleted document's)."""
    if not isinstance(reader.codec(), PressroomCodec):
        raise UnmergeableSegment("the segment was written by another codec")
    for name in reader.indexed_field_names():
        if name not in reader.schema or _value_sizes(reader.schema[name].format) is None:
            raise UnmergeableSegment(f"field {name!r} has postings merges cannot copy")


def copy_column_values(source, target, live: np.ndarray, first: int) -> None:
    """Append the values of a source segment's column for its ``live``
    documents to ``target``, a writer of the same column whose next document
    is ``first``. Fixed- and variable-width columns are copied as bytes, as
    Whoosh's writers would have laid them out; others a value at a time."""
    while isinstance(source, columns.WrappedColumnReader):  # the same wrapper on both
        source, target = source._child, target._child
    if isinstance(source, columns.VarBytesColumn.Reader):
        _copy_var_bytes(source, target, live, first)
    elif isinstance(source, columns.FixedBytesColumn.Reader):
        _copy_fixed_width(source, target, live, first)
    else:
        for new, old in enumerate(np.flatnonzero(live).tolist(), first):
            target.add(new, source[old])


#: Documents per piece of a variable-width column copied at once (bounds memory).
_COPY_PIECE = 8192


def _copy_var_bytes(source, target, live: np.ndarray, first: int) -> None:
    # Whoosh lays the values out end to end: each document's offset is the
    # sum of the lengths before it, so a run of documents is one span.
    count = min(len(source._lengths), len(live))
    lengths = np.zeros(len(live), dtype=np.int64)
    lengths[:count] = np.asarray(source._lengths, dtype=np.int64)[:count]
    offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    target.fill(first)
    for start in range(0, len(live), _COPY_PIECE):
        stop = min(start + _COPY_PIECE, len(live))
        span_start, span_end = int(offsets[start]), int(offsets[stop - 1] + lengths[stop - 1])
        data = source._dbfile.get(source._basepos + span_start, span_end - span_start)
        keep = live[start:stop]
        if not keep.all():
            data = np.frombuffer(data, dtype=np.uint8)[np.repeat(keep, lengths[start:stop])]
            data = data.tobytes()
        kept = lengths[start:stop][keep]
        target._dbfile.write(data)
        _extend(target._lengths, kept)
        _extend(target._offsets, target._offset_base + np.cumsum(kept) - kept)
        target._offset_base += int(kept.sum())
    target._count = first + int(live.sum())


def _copy_fixed_width(source, target, live: np.ndarray, first: int) -> None:
    # Whoosh's writer skips values equal to the default and fills the gap
    # before the next one; the file ends at the last value that is not.
    width, count = source._fixedlen, min(source._count, len(live))
    if target._fixedlen != width:
        raise UnmergeableSegment("a column's width differs between segments")
    raw = source._dbfile.get(source._basepos, count * width)
    rows = np.frombuffer(raw, dtype=np.uint8).reshape(count, width)[live[:count]]
    default = np.frombuffer(target._defaultbytes, dtype=np.uint8)
    valued = np.flatnonzero((rows != default).any(axis=1))
    if not len(valued):
        return
    target.fill(first)
    target._dbfile.write(rows[: valued[-1] + 1].tobytes())
    target._count = first + int(valued[-1]) + 1


def _extend(numbers, values: np.ndarray) -> None:
    """Whoosh's GrowableArray.extend in one step: retyped once for the largest value."""
    if not len(values):
        return
    largest = int(values.max())
    try:
        numbers.array.append(largest)
        numbers.array.pop()
    except OverflowError:
        numbers._retype(largest)
    numbers.array.extend(values.tolist())


def _value_sizes(fmt) -> Callable[[np.ndarray], np.ndarray] | None:
    """For a posting format: the byte size of each posting's value, from the
    postings' weights; None when the format's values cannot be sized so."""
    if isinstance(fmt, ArrayPositions):  # the count, then one delta per position
        boost = fmt.field_boost
        return lambda weights: 4 * (1 + np.rint(weights / boost).astype(np.int64))
    fixed = fmt.fixed_value_size()
    if fixed is not None and fixed >= 0:
        return lambda weights: np.full(len(weights), fixed, dtype=np.int64)
    return None


class _MergeSource(NamedTuple):
    reader: SegmentReader
    docmap: np.ndarray  # each document's number in the merged segment, -1 when deleted


def write_merged_postings(
    fieldwriter, schema, sources: list[_MergeSource], block_limit: int = BLOCK_LIMIT
) -> None:
    """Write the postings of ``sources`` term by term, in term order, in
    blocks of ``block_limit`` postings."""
    streams = [_term_stream(source.reader, i) for i, source in enumerate(sources)]
    field_name = None
    postfile = fieldwriter._postfile
    for (name, tbytes), entries in itertools.groupby(heapq.merge(*streams), key=lambda e: e[:2]):
        if name != field_name:
            if field_name is not None:
                fieldwriter.finish_field()
            fieldwriter.start_field(name, schema[name])
            field_name = name
        fmt = schema[name].format
        # One block read ahead (the last is marked), not a common term's whole list.
        blocks = _full_blocks(
            (block for _, _, i, info in entries for block in _source_blocks(sources[i], fmt, info)),
            fmt,
            block_limit,
        )
        current = next(blocks, None)
        if current is None:  # every posting's document was deleted
            continue
        terminfo = W3TermInfo()
        start = postfile.tell()
        postfile.write(WHOOSH3_HEADER_MAGIC)
        for following in blocks:
            _write_block(postfile, terminfo, *current, last=False)
            current = following
        _write_block(postfile, terminfo, *current, last=True)
        terminfo.set_extent(start, postfile.tell() - start)
        fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + tbytes, terminfo.to_bytes())
    if field_name is not None:
        fieldwriter.finish_field()


def _term_stream(reader: SegmentReader, index: int) -> Iterator[tuple]:
    """(field, term, source index, term info) of a segment's terms, in order."""
    terms = reader._terms
    items = ((name, tbytes, index, info) for name, tbytes, info in _term_items(terms))
    fields_in_order = sorted(terms._fieldmap, key=terms._fieldmap.get)
    if fields_in_order == sorted(fields_in_order):
        return items
    return iter(sorted(items, key=lambda e: e[:2]))  # field numbers not in name order


def _term_items(terms) -> Iterator[tuple[str, bytes, W3TermInfo]]:
    """(field, term, term info) of a term table in file order, read a piece
    at a time (Whoosh's own reader makes two reads of the file per term)."""
    table = terms._tindex
    position, end = table.startofdata, table.endofdata
    field_names = terms._fieldunmap
    buffer, used = b"", 0
    while True:
        while used + _TABLE_LENGTHS.size <= len(buffer):
            key_length, value_length = _TABLE_LENGTHS.unpack_from(buffer, used)
            key_start = used + _TABLE_LENGTHS.size
            value_start = key_start + key_length
            if value_start + value_length > len(buffer):
                break
            (field_id,) = _FIELD_NUMBER.unpack_from(buffer, key_start)
            info = W3TermInfo.from_bytes(buffer[value_start : value_start + value_length])
            yield field_names[field_id], buffer[key_start + 2 : value_start], info
            used = value_start + value_length
        if position >= end:
            if used != len(buffer):
                raise UnmergeableSegment("a term table ends inside a term")
            return
        piece = table.dbfile.get(position, min(_TABLE_PIECE, end - position))
        position += len(piece)
        buffer, used = buffer[used:] + piece, 0


def _source_blocks(source: _MergeSource, fmt, info) -> Iterator[tuple]:
    """A term's blocks in one source segment as (new document numbers, encoded
    weights, values, highest weight), its deleted documents' postings dropped."""
    if info.is_inlined():
        ids, weights, values = info.inlined_postings()
        array_weights = array("f", weights)
        raw = [
            (
                # Absolute numbers, as a block of this format holds them (not W3's deltas).
                np.array(ids, dtype="<u4").tobytes(),
                encode_block_weights(array_weights),
                values,
                max(array_weights),
            )
        ]
    else:
        offset, length = info.extent()
        if isinstance(length, tuple):  # W3TermInfo.from_bytes leaves it unpacked
            (length,) = length
        raw = _raw_blocks(source.reader._terms._postfile, offset, length)
    for ids, weights, values, maxweight in raw:
        old = decode_block_ids(ids)
        new = source.docmap[old]
        live = new >= 0
        if live.all():
            yield new, weights, values, maxweight
        elif live.any():
            tf = decode_block_weights(weights, len(old))
            yield (
                new[live],
                encode_block_weights(array("f", tf[live].astype(np.float32).tobytes())),
                _live_values(values, fmt, tf, live),
                float(tf[live].max()),
            )


def _full_blocks(blocks: Iterator[tuple], fmt, limit: int) -> Iterator[tuple]:
    """A term's blocks, from one segment after another, cut again into blocks
    of ``limit`` postings (the last one fewer).

    Every flush leaves a part-filled last block per term, and a merge that
    only copied blocks would keep them all: a term of a segment merged from
    ten flushes had ten blocks of a few postings, and each merge of a
    million-release index read and wrote ever more of them (47,686 releases:
    18 postings per block on average, against a limit of 256)."""
    pending: list[tuple] = []  # blocks not yet written, fewer than ``limit`` postings in all
    count = 0
    for block in blocks:
        size = len(block[0])
        if not pending and size == limit:  # full already: copied as it is
            yield block
            continue
        if block[2] is not None and not isinstance(block[2], bytes):  # one value per posting
            if pending:
                yield _joined_block(pending, fmt)
                pending, count = [], 0
            yield block
            continue
        pending.append(block)
        count += size
        if count >= limit:
            ids, tf, values = _join_blocks(pending)
            while len(ids) >= limit:
                cut = _value_bytes(fmt, tf[:limit], values)
                yield _encoded_block(
                    ids[:limit], tf[:limit], None if values is None else values[:cut]
                )
                ids, tf = ids[limit:], tf[limit:]
                values = None if values is None else values[cut:]
            pending = [(ids, tf, values, None)] if len(ids) else []
            count = len(ids)
    if len(pending) == 1 and pending[0][3] is not None:
        yield pending[0]  # a block of its own, as it was
    elif pending:
        yield _joined_block(pending, fmt)


def _join_blocks(blocks: list[tuple]) -> tuple[np.ndarray, np.ndarray, bytes | None]:
    """Blocks' (document numbers, weights as float32, joined values): a block
    given as (ids, float32 weights, values, None) was joined before."""
    ids = np.concatenate([block[0] for block in blocks])
    tf = np.concatenate(
        [b[1] if b[3] is None else decode_block_weights(b[1], len(b[0])) for b in blocks]
    )
    if all(block[2] is None for block in blocks):
        return ids, tf, None
    if any(block[2] is None for block in blocks):
        raise UnmergeableSegment("a term's blocks disagree on whether postings have values")
    return ids, tf, b"".join(block[2] for block in blocks)


def _joined_block(blocks: list[tuple], fmt) -> tuple:
    ids, tf, values = _join_blocks(blocks)
    if values is not None and _value_bytes(fmt, tf, values) != len(values):
        raise UnmergeableSegment("a block's posting values do not match their weights")
    return _encoded_block(ids, tf, values)


def _value_bytes(fmt, tf: np.ndarray, values: bytes | None) -> int:
    """How many bytes of a block's values belong to postings of weights ``tf``."""
    return 0 if values is None else int(cast(Callable, _value_sizes(fmt))(tf).sum())


def _encoded_block(ids: np.ndarray, tf: np.ndarray, values: bytes | None) -> tuple:
    """(ids, encoded weights, values, highest weight), as _source_blocks gives."""
    if (tf == 1.0).all():
        weights = None
    elif (tf == tf[0]).all():
        weights = float(tf[0])
    else:
        weights = tf.astype("<f4").tobytes()
    return ids, weights, values, float(tf.max())


def _raw_blocks(postfile, offset: int, length: int) -> list[tuple]:
    """The (ids, weights, values) data of each block of a term's postings, as
    written, and the block's highest weight, from one read of its extent."""
    data = postfile.get(offset, length)
    if data[:4] != WHOOSH3_HEADER_MAGIC:
        raise UnmergeableSegment("a term's postings do not start with Whoosh's block tag")
    blocks, pos = [], 4
    while pos < len(data):
        size = abs(_BLOCK_LENGTH.unpack_from(data, pos)[0])
        stream = io.BytesIO(data[pos + 4 : pos + 4 + size])
        info = pickle.load(stream)
        body = stream.read()
        ids, weights, values = pickle.loads(zlib.decompress(body) if info[3] else body)
        blocks.append((ids, weights, values, info[2]))
        pos += 4 + size
    return blocks


def _live_values(values, fmt, tf: np.ndarray, live: np.ndarray):
    if values is None:
        return None
    if not isinstance(values, bytes):  # one value per posting
        return tuple(v for v, keep in zip(values, live.tolist(), strict=True) if keep)
    sizes = cast(Callable, _value_sizes(fmt))(tf)
    if int(sizes.sum()) != len(values):
        raise UnmergeableSegment("a block's posting values do not match their weights")
    keep = np.repeat(live, sizes)
    return np.frombuffer(values, dtype=np.uint8)[keep].tobytes()


def _write_block(
    postfile, terminfo, ids: np.ndarray, weights, values, maxweight: float, last: bool
):
    """One block as :class:`PressroomPostingsWriter` writes it, and its share of
    the term's statistics (no length statistics: see :class:`PressroomCodec`)."""
    count = len(ids)
    info = pickle.dumps((count, int(ids[-1]), maxweight, 0, 0, 0), 2)
    data = pickle.dumps((ids.astype("<u4").tobytes(), weights, values), 2)
    size = len(info) + len(data)
    postfile.write(_BLOCK_LENGTH.pack(-size if last else size))
    postfile.write(info)
    postfile.write(data)
    terminfo._weight += float(decode_block_weights(weights, count).sum())
    terminfo._df += count
    terminfo._maxweight = max(terminfo._maxweight, maxweight)
    if terminfo._minid is None:
        terminfo._minid = int(ids[0])
    terminfo._maxid = int(ids[-1])


# -- bulk reading ----------------------------------------------------------------------


class PostingBlock(NamedTuple):
    """A block of one term's postings in one segment, deletions not applied."""

    ids: np.ndarray  # int64 document numbers within the segment, ascending
    weights: np.ndarray  # float32 term frequencies
    positions: np.ndarray | None  # every posting's positions, concatenated (if asked)


def iter_blocks(
    segment: SegmentReader, field: str, term: str | bytes, positions: bool = False
) -> Iterator[PostingBlock]:
    """A term's posting blocks in one segment (none when the term is absent).

    Each block is read and decoded whole, without Whoosh's per-posting
    calls; postings inlined in the term table come as one block.
    """
    for block in _blocks(segment, field, term, positions):
        yield PostingBlock(*block)


def _blocks(segment: SegmentReader, field: str, term: str | bytes, positions: bool) -> list:
    """:func:`iter_blocks`' blocks as plain tuples, in a list: a generator of
    named tuples cost :func:`read_postings` 2 % of its time."""
    tbytes = term.encode("utf-8") if isinstance(term, str) else term
    try:
        fmt = segment.schema[field].format
        matcher = segment._terms.matcher(field, tbytes, fmt)
    except (KeyError, TermNotFound):
        return []
    if not isinstance(matcher, W3LeafMatcher):
        return [_inlined_block(matcher, fmt, positions)]
    blocks = []
    while matcher.is_active():
        matcher._read_data()
        ids, weights, values = cast(tuple, matcher._data)
        block_ids = decode_block_ids(ids)
        if len(block_ids) != matcher._blocklength:
            raise ValueError(f"a block holds {len(block_ids)} postings, its header says more")
        tf = decode_block_weights(weights, len(block_ids))
        poses = decode_block_positions(values, tf.astype(np.int64)) if positions else None
        blocks.append((block_ids, tf, poses))
        matcher._next_block()
    return blocks


def _inlined_block(matcher, fmt, positions: bool) -> tuple:
    ids, tf, poses = [], [], []
    while matcher.is_active():
        ids.append(matcher.id())
        tf.append(matcher.weight())
        if positions:
            poses.extend(fmt.decode_positions(matcher.value()))
        matcher.next()
    return (
        np.array(ids, dtype=np.int64),
        np.array(tf, dtype=np.float32),
        np.array(poses, dtype=np.int64) if positions else None,
    )


def read_postings(
    segment: SegmentReader, field: str, term: str | bytes, positions: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """(document numbers, term frequencies, positions or None) of a term in one
    segment, deletions not applied."""
    blocks = _blocks(segment, field, term, positions)
    if not blocks:
        return EMPTY_IDS, EMPTY_WEIGHTS, (EMPTY_POSITIONS if positions else None)
    if len(blocks) == 1:  # most terms: no copy to join
        ids, tf, poses = blocks[0]
    else:
        ids = np.concatenate([b[0] for b in blocks])
        tf = np.concatenate([b[1] for b in blocks])
        poses = np.concatenate([b[2] for b in blocks]) if positions else None
    return ids.astype(np.int32), tf, None if poses is None else poses.astype(np.int32)


def term_table(segment: SegmentReader) -> list[tuple[str, bytes, int]]:
    """(field, term, document frequency) of every term in a segment's term table."""
    return [(name, tbytes, info.doc_frequency()) for (name, tbytes), info in segment._terms.items()]


def _fixed_column(segment: SegmentReader, fieldname: str, column, dtype: str) -> np.ndarray:
    """A fixed-width column as an array (missing tail = the column's default).

    ``column`` is given for Whoosh's internal length columns; ``None`` reads
    a schema field's own column.
    """
    doc_count = segment.doc_count_all()
    native = np.dtype(dtype).newbyteorder("=")
    reader: Any  # a fixed-width column's reader, read through its private fields
    if column is not None:
        reader = segment._perdoc._cached_reader(fieldname, column)
    elif segment.has_column(fieldname):
        reader = segment.column_reader(fieldname, translate=False)
    else:
        reader = None
    if reader is None:  # no document in this segment has a value
        return np.zeros(doc_count, dtype=native)
    count = min(reader._count, doc_count)
    raw = reader._dbfile.get(reader._basepos, count * reader._fixedlen)
    values = np.frombuffer(raw, dtype=dtype).astype(native)
    if count < doc_count:
        default = reader._default if isinstance(reader._default, (int, float)) else 0
        values = np.concatenate([values, np.full(doc_count - count, default, dtype=native)])
    return values


def read_columns(segment: SegmentReader, dtypes: dict[str, str]) -> dict[str, np.ndarray]:
    """Fixed-width columns of a segment, one value per document (deleted ones
    included), by field name; ``dtypes`` gives each field's on-disk NumPy type
    (Whoosh writes numbers big-endian: ``">i4"``, ``">u8"``)."""
    return {name: _fixed_column(segment, name, None, dtype) for name, dtype in dtypes.items()}


def bytes_column(segment: SegmentReader, fieldname: str) -> list[bytes]:
    """A variable-width bytes column of a segment, one value per document
    (deleted ones included; ``b""`` where none was stored), read in one piece.

    Whoosh's reader returns one value per call, through a search for the
    segment and a read of the file each time; the writer reads six such
    columns of every document when it opens an index."""
    doc_count = segment.doc_count_all()
    if not segment.has_column(fieldname):
        return [b""] * doc_count
    reader: Any = segment.column_reader(fieldname, translate=False)
    if not isinstance(reader, columns.VarBytesColumn.Reader):
        return [reader[docnum] for docnum in range(doc_count)]
    lengths = np.asarray(reader._lengths, dtype=np.int64)
    offsets = np.asarray(reader._offsets, dtype=np.int64)
    count = min(len(lengths), doc_count)
    end = int((offsets[:count] + lengths[:count]).max()) if count else 0
    data = reader._dbfile.get(reader._basepos, end) if end else b""
    values = [
        data[start : start + length] if length else b""
        for start, length in zip(offsets[:count].tolist(), lengths[:count].tolist())
    ]
    return values + [b""] * (doc_count - count)


def field_lengths(segment: SegmentReader, field: str) -> np.ndarray:
    """Every document's length in ``field`` (Whoosh's one-byte approximation),
    as float32; 0 where the document has none."""
    raw = _fixed_column(segment, f"_{field}_len", LENGTHS_COLUMN, ">u1")
    return _LENGTH_TABLE[raw]


def live_mask(segment: SegmentReader) -> np.ndarray:
    """True for each document of the segment that is not deleted."""
    live = np.ones(segment.doc_count_all(), dtype=bool)
    deleted = list(segment.segment().deleted_docs())
    if deleted:
        live[np.array(deleted, dtype=np.int64)] = False
    return live


# -- segments of a reader ------------------------------------------------------------------


def leaves(reader: IndexReader) -> list[tuple[SegmentReader, int]]:
    """A reader's segments, each with the number of its first document; none
    for an index with no documents (whose reader is Whoosh's EmptyReader)."""
    if not reader.doc_count_all():
        return []
    return [(cast(SegmentReader, leaf), offset) for leaf, offset in reader.leaf_readers()]


def segment_count(ix) -> int:
    """How many segments the index's newest generation has."""
    return len(ix._segments())


def segment_key(segment: SegmentReader) -> tuple[str, int]:
    """What identifies a segment's content: its id and how many documents it has
    lost (a segment's files never change, but deletions are added to it)."""
    seg = segment.segment()
    return seg.segid, seg.deleted_count()


def reopen(ix, segment: SegmentReader) -> SegmentReader:
    """A new reader of the same segment, with files of its own (Whoosh readers
    are not thread-safe)."""
    return SegmentReader(ix.storage, ix.schema, segment.segment())


def toc_file_pattern(indexname: str) -> Pattern:
    """Matches a table of contents' file name; group 1 is its generation."""
    return TOC._pattern(indexname)


def segment_file_pattern(indexname: str) -> Pattern:
    """Matches a segment file's name; group 1 is the segment's id."""
    return TOC._segment_pattern(indexname)
