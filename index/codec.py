"""How segments are written: Whoosh's W3 format, with posting blocks as raw arrays.

Whoosh's W3 codec pickles each block of postings as tuples of Python
numbers, and gives every position list its own pickle. Reading a frequent
term meant unpickling tens of thousands of numbers, which dominated search
time. :class:`PressroomCodec` keeps W3's files, term index and block
structure but stores a block's document numbers (uint32), weights (float32)
and positions (:class:`~index.analysis.PreparedPositions` values, joined) as
little-endian byte strings. The search core turns them into NumPy arrays
without touching each number; :class:`PressroomLeafMatcher` presents them to
Whoosh's own code (merging, its query objects) through the usual Matcher
interface. Segments remember their codec, so an index written this way is
read this way.
"""

from __future__ import annotations

import sys
from array import array

import numpy as np
from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher, W3PostingsWriter
from whoosh.matching import ListMatcher
from whoosh.writing import SegmentWriter

from index.analysis import PreparedPositions, PreparedTerms
from index.integrity import commit_generation, remove_segment_files

#: Postings per block: larger blocks mean fewer reads per term.
BLOCK_LIMIT = 256
#: zlib level for blocks; the arrays compress little and decompressing costs time.
COMPRESSION = 0
_BIG_ENDIAN = sys.byteorder == "big"


def _little_endian(values: array) -> bytes:
    if _BIG_ENDIAN:
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def split_position_values(joined: bytes) -> list[bytes]:
    """Cut a block's joined position values back into one bytes per posting."""
    words = np.frombuffer(joined, dtype="<u4")
    out, i = [], 0
    while i < len(words):
        end = i + 1 + int(words[i])
        out.append(joined[4 * i : 4 * end])
        i = end
    return out


class PressroomPostingsWriter(W3PostingsWriter):
    def _mini_ids(self):
        if self._byteids:  # term vectors: keep W3's encoding
            return super()._mini_ids()
        return _little_endian(self._ids)

    def _mini_weights(self):
        weights = self._weights
        if all(w == 1.0 for w in weights):
            return None
        if all(w == weights[0] for w in weights):
            return weights[0]
        return _little_endian(weights)

    def _mini_values(self):
        if isinstance(self._format, PreparedPositions):
            return b"".join(self._values)
        return super()._mini_values()


class PressroomLeafMatcher(W3LeafMatcher):
    """Reads :class:`PressroomPostingsWriter` blocks for Whoosh's own code."""

    def _read_ids(self):
        if self._data is None:
            self._read_data()
        ids = self._data[0]
        if isinstance(ids, bytes):
            self._ids = np.frombuffer(ids, dtype="<u4").tolist()
        else:
            super()._read_ids()

    def _read_weights(self):
        if self._data is None:
            self._read_data()
        weights = self._data[1]
        if isinstance(weights, bytes):
            self._weights = array("f", np.frombuffer(weights, dtype="<f4").tolist())
        else:
            super()._read_weights()

    def _read_values(self):
        if self._data is None:
            self._read_data()
        values = self._data[2]
        if isinstance(values, bytes) and isinstance(self.format, PreparedPositions):
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

    def __init__(
        self, blocklimit: int = BLOCK_LIMIT, compression: int = COMPRESSION, inlinelimit: int = 1
    ):
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)

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


class PreparedSegmentWriter(SegmentWriter):
    """A SegmentWriter that takes :class:`PreparedTerms` postings in bulk.

    Whoosh's add_document makes one call per posting; here a prepared field's
    postings go straight into the sorting pool, with the same size accounting.
    Commits write segment manifests and keep the last generations
    (:func:`index.integrity.commit_generation`).
    """

    def _commit_toc(self, segments) -> None:
        commit_generation(self.storage, self.schema, segments, self.generation)

    def cancel(self) -> None:
        """Drop the uncommitted segment, its files included, and unlock, even
        when closing its files fails (a full disk)."""
        self._check_state()
        try:
            self._close_segment()
        except OSError:
            pass  # the segment is being thrown away
        finally:
            self._finish()
            remove_segment_files(self.storage, self.newsegment.segment_id())

    def add_document(self, **fields) -> None:
        if not any(isinstance(v, PreparedTerms) for v in fields.values()):
            super().add_document(**fields)
            return
        self._check_state()
        schema = self.schema
        docnum = self.docnum
        pool = self.pool
        current = pool.current
        perdoc = self.perdocwriter
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, names)
        perdoc.start_doc(docnum)
        added_size = 0
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = 0
                if field.indexed:
                    if isinstance(value, PreparedTerms):
                        pool.fieldnames.add(name)
                        boost = field.format.field_boost
                        for tbytes, frequency, weight, vbytes in value:
                            current.append((name, tbytes, docnum, weight * boost, vbytes))
                            # The estimate PostingPool.add makes for each item.
                            added_size += 150 + len(name) + 2 * len(tbytes) + len(vbytes)
                            length += frequency
                        if not field.scorable:
                            length = 0
                    else:
                        for tbytes, frequency, weight, vbytes in field.index(value):
                            pool.add((name, tbytes, docnum, weight, vbytes))
                            if field.scorable:
                                length += frequency
                stored = fields.get(f"_stored_{name}", value)
                perdoc.add_field(name, field, stored if field.stored else None, length)
                column = field.column_type
                if column and stored is not None:
                    perdoc.add_column_value(name, column, field.to_column_value(stored))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        pool.currentsize += added_size
        if pool.currentsize > pool.limit:
            pool.save()
        self._added = True
        self.docnum += 1
