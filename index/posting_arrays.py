"""A big segment's long posting lists, decoded once into a file every reader shares.

Whoosh keeps postings in blocks of 256 that a search decodes block by block
in Python. At a million releases the first search of a query spent three
quarters of its time there (11 of 15 s for the 200 bench queries, page cache
warm), and each server worker kept what it had decoded in a cache of its own
(500 MiB each, half of a worker). This file holds, for one segment, every
term with at least ``MIN_POSTINGS`` postings as plain arrays: document
numbers, term frequencies and, for fields that keep them, positions. It is
written when a segment of ``MIN_DOCUMENTS`` or more is committed (merges make
those), and readers read a term's arrays with one ``pread`` each: the page
cache holds the file once for all workers, and nothing needs decoding.
Shorter lists and smaller segments are read from the blocks as before.

Layout: ``MAGIC``, the header's length (uint64, little-endian), the header
(JSON: the arrays' types, offsets and lengths), then the arrays, each
starting on a 64-byte boundary. Keys (``field NUL term``, UTF-8) are sorted
and concatenated in ``keys``; key ``i`` is ``keys[key_starts[i]:key_starts[i+1]]``,
its postings ``docs[post_starts[i]:post_starts[i+1]]`` and their positions,
concatenated in posting order, ``positions[pos_starts[i]:pos_starts[i+1]]``.
Deleted documents are in it, as in the blocks: readers apply deletions.
"""

from __future__ import annotations

import itertools
import json
import os
import struct
import weakref
from pathlib import Path

import numpy as np
from whoosh.reading import SegmentReader

from index.segments import read_postings

SUFFIX = ".pra"
MAGIC = b"PRESSROOM-POSTING-ARRAYS-1\n"
#: Segments this big get the file: an ingest batch's segment (5,000) is
#: decoded quickly and merged soon; a merge's (50,000, 500,000) is not.
MIN_DOCUMENTS = 20_000
#: Terms with fewer postings fit in one block (or the term table): one read.
MIN_POSTINGS = 256
_ALIGN = 64
_HEADER_LENGTH = struct.Struct("<Q")


def file_name(segment_id: str) -> str:
    """The file's name: the segment's prefix, so that the commit that drops
    the segment deletes it with the segment's other files."""
    return segment_id + SUFFIX


def _aligned(size: int) -> int:
    """``size`` rounded up to the next ``_ALIGN`` bytes (where the next array starts)."""
    return -(-size // _ALIGN) * _ALIGN


def _key(field: str, term: bytes) -> bytes:
    return field.encode("utf-8") + b"\0" + term


class _Overflow(Exception):
    """A value does not fit the narrow type chosen first."""


def write(folder: Path, reader: SegmentReader, segment_id: str) -> Path:
    """Write the posting arrays of the segment ``reader`` reads; returns the
    file. Written under a temporary name and renamed: never half there."""
    selected = []
    for (field, term), info in reader._terms.items():
        if info.doc_frequency() >= MIN_POSTINGS:
            selected.append((_key(field, term), field, term, info))
    selected.sort(key=lambda item: item[0])
    with_positions = sorted(
        {f for _, f, _, _ in selected if reader.schema[f].format.supports("positions")}
    )
    target = folder / file_name(segment_id)
    temp = folder / f".{target.name}.tmp"
    try:
        for tf_type, pos_type in ((np.uint16, np.uint16), (np.float32, np.uint32)):
            try:
                _write_file(temp, reader, selected, with_positions, tf_type, pos_type)
                break
            except _Overflow:
                continue
        temp.replace(target)
    finally:
        temp.unlink(missing_ok=True)
    return target


def _layout(selected: list, with_positions: list[str], tf_type, pos_type) -> tuple[dict, dict]:
    """The header (each array's type, offset and length) and the term table's starts."""
    keys = [key for key, *_ in selected]
    starts = {
        "key_starts": _starts(len(key) for key in keys),
        "post_starts": _starts(info.doc_frequency() for *_, info in selected),
        # A positions field's total weight is its positions' count (checked as written).
        "pos_starts": _starts(
            round(info.weight()) if field in with_positions else 0 for _, field, _, info in selected
        ),
    }
    lengths = {
        "keys": (np.uint8, int(starts["key_starts"][-1])),
        **{name: (np.int64, len(keys) + 1) for name in starts},
        "docs": (np.int32, int(starts["post_starts"][-1])),
        "tf": (tf_type, int(starts["post_starts"][-1])),
        "positions": (pos_type, int(starts["pos_starts"][-1])),
    }
    arrays, offset = {}, 0
    for name, (dtype, length) in lengths.items():
        arrays[name] = [np.dtype(dtype).str, offset, length]
        offset += _aligned(length * np.dtype(dtype).itemsize)
    header = {"arrays": arrays, "size": offset, "positions_fields": with_positions}
    return header, starts


def _starts(counts) -> np.ndarray:
    return np.concatenate(([0], np.cumsum(np.fromiter(counts, dtype=np.int64)))).astype(np.int64)


def _write_file(
    path: Path, reader: SegmentReader, selected: list, with_positions: list[str], tf_type, pos_type
) -> None:
    header, starts = _layout(selected, with_positions, tf_type, pos_type)
    encoded = json.dumps(header).encode("utf-8")
    base = _aligned(len(MAGIC) + _HEADER_LENGTH.size + len(encoded))
    # Written with pwrite, not through a mapping: a mapping's written pages
    # count in the writer's resident memory.
    with open(path, "wb") as out:
        out.write(MAGIC + _HEADER_LENGTH.pack(len(encoded)) + encoded)
        out.truncate(base + header["size"])
        fd = out.fileno()

        def put(name: str, at: int, values: np.ndarray) -> None:
            dtype, offset, _ = header["arrays"][name]
            values = np.ascontiguousarray(values, dtype=np.dtype(dtype))
            os.pwritev(fd, [values.data], base + offset + at * values.itemsize)

        put("keys", 0, np.frombuffer(b"".join(key for key, *_ in selected), dtype=np.uint8))
        for name, values in starts.items():
            put(name, 0, values)
        narrow_tf, narrow_positions = tf_type == np.uint16, pos_type == np.uint16
        post_starts, pos_starts = starts["post_starts"], starts["pos_starts"]
        for i, (_, field, term, _) in enumerate(selected):
            ids, tf, poses = read_postings(reader, field, term, field in with_positions)
            if len(ids) != post_starts[i + 1] - post_starts[i]:
                raise ValueError("a term's postings disagree with its document frequency")
            if narrow_tf and (tf.max() >= 2**16 or not np.array_equal(tf, np.floor(tf))):
                raise _Overflow
            put("docs", post_starts[i], ids)
            put("tf", post_starts[i], tf)
            if poses is None:
                continue
            if len(poses) != pos_starts[i + 1] - pos_starts[i]:
                raise ValueError("a term's positions disagree with its weight")
            if narrow_positions and len(poses) and poses.max() >= 2**16:
                raise _Overflow
            put("positions", pos_starts[i], poses)


class PostingArrays:
    """One segment's posting arrays file, open for reading.

    The term table (keys and starts) is read at open, a few MiB at most; a
    term's arrays are read when asked, with ``pread``: the file's pages stay
    in the page cache, held once for every process, and a search holds only
    the copies it reads. Mapping the file instead made each worker resident
    for four times the postings it read (the kernel maps pages around each
    one touched): 1.9 GB of the file after the 200 bench queries at a million."""

    def __init__(self, fd: int, base: int, header: dict):
        self._fd = fd
        self._base = base
        self._arrays = header["arrays"]
        self._positions_fields = frozenset(header["positions_fields"])
        keys = self._read("keys", 0, self._arrays["keys"][2]).tobytes()
        key_starts = self._read("key_starts", 0, self._arrays["key_starts"][2]).tolist()
        # A dict (some 100 bytes a term; tens of thousands of terms per file): a
        # binary search over the keys took a quarter of the time reading terms.
        self._rows = {keys[a:b]: i for i, (a, b) in enumerate(itertools.pairwise(key_starts))}
        self._post_starts = self._read("post_starts", 0, self._arrays["post_starts"][2])
        self._pos_starts = self._read("pos_starts", 0, self._arrays["pos_starts"][2])
        self.terms = len(self._rows)
        weakref.finalize(self, os.close, fd)

    @classmethod
    def open(cls, path: Path) -> PostingArrays | None:
        """The file at ``path``, or None when it is absent or not whole (the
        blocks are read then, as without it)."""
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return None
        try:
            size = os.fstat(fd).st_size
            at = len(MAGIC) + _HEADER_LENGTH.size
            lead = os.pread(fd, at, 0)
            if lead[: len(MAGIC)] != MAGIC:
                raise ValueError("not a posting arrays file")
            (length,) = _HEADER_LENGTH.unpack(lead[len(MAGIC) :])
            if length > size - at:  # a damaged length field: never read gigabytes
                raise ValueError("a posting arrays header past the file's end")
            header = json.loads(os.pread(fd, length, at))
            base = _aligned(at + length)
            if base + header["size"] != size:
                raise ValueError("a posting arrays file of the wrong size")
            return cls(fd, base, header)
        except (OSError, ValueError, KeyError, TypeError, struct.error, OverflowError, MemoryError):
            os.close(fd)
            return None

    def _read(self, name: str, start: int, stop: int) -> np.ndarray:
        dtype, offset, _ = self._arrays[name]
        out = np.empty(stop - start, dtype=np.dtype(dtype))
        if (
            out.nbytes
            and os.preadv(self._fd, [out.data], self._base + offset + start * out.itemsize)
            != out.nbytes
        ):
            raise ValueError("a posting arrays file cut short")
        return out

    def lookup(
        self, field: str, term: bytes, positions: bool = False
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None] | None:
        """(document numbers, term frequencies, positions or None) of a term;
        None when the file does not hold the term (a short list, or one
        absent from the segment)."""
        if positions and field not in self._positions_fields:
            return None
        i = self._rows.get(_key(field, term))
        if i is None:
            return None
        ps, pe = int(self._post_starts[i]), int(self._post_starts[i + 1])
        poses = None
        if positions:
            poses = self._read("positions", int(self._pos_starts[i]), int(self._pos_starts[i + 1]))
        return self._read("docs", ps, pe), self._read("tf", ps, pe), poses
