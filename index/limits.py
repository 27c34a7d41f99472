"""Size limits at ingest, and the bounded reads that enforce them.

Hostile or broken inputs (a zip bomb, a 300 MiB "release", a JSON line of
100 MiB) must neither exhaust memory nor stop an ingest: each limit turns
into a report naming the input and the reason, and the rest goes on.

* A release's text longer than :data:`MAX_TEXT_CHARS` is **truncated** at
  the last paragraph break before the limit (else the last line break, else
  the last space) and reported as truncated; the release is kept.
* A JSONL or CSV line longer than :data:`MAX_LINE_BYTES` is rejected alone,
  skipped without being held in memory.
* A page, feed or XML document (parsed whole) larger than
  :data:`MAX_DOCUMENT_BYTES` is rejected.
* An archive member that inflates past :data:`MAX_DECOMPRESSED_BYTES`, a
  compressed stream (gzip, bz2, xz, read in chunks, so memory does not grow
  with its size) past :data:`MAX_STREAM_BYTES`, or either past
  :data:`MAX_RATIO` times its compressed size once it is beyond
  :data:`RATIO_FLOOR_BYTES`, is rejected (what it yielded before is kept).
"""

from __future__ import annotations

import dataclasses
import io
import re
from typing import IO

from index.records import Notice, Record

MiB = 1 << 20
#: Characters of text kept per release (2 MiB: the longest real release we
#: have seen is under 0.2 MiB).
MAX_TEXT_CHARS = 2 * MiB
#: Bytes read from a text file: enough for MAX_TEXT_CHARS of any encoding.
MAX_TEXT_READ_BYTES = 4 * MAX_TEXT_CHARS
#: Longest JSONL line or CSV line (a page in a ``raw_html`` field included).
MAX_LINE_BYTES = 16 * MiB
#: Largest HTML page, feed or XML document, which are parsed in one piece.
MAX_DOCUMENT_BYTES = 16 * MiB
#: Largest decompressed archive member (a zip member may be spooled to disk).
MAX_DECOMPRESSED_BYTES = 2 << 30
#: Largest decompressed stream: a gzip of a million releases inflates to some 4 GiB
#: (the 2 GiB of an archive member cut such a corpus in half); a bomb is stopped
#: by the ratio long before this.
MAX_STREAM_BYTES = 64 << 30
#: Largest decompressed/compressed ratio; text compresses 3-10 times, a zip
#: bomb about 1000 times.
MAX_RATIO = 100
#: Below this many decompressed bytes the ratio is not checked (a short run
#: of blank lines compresses far better than 100:1 and is harmless).
RATIO_FLOOR_BYTES = 4 * MiB
#: Archive members copied to a temporary file to be read (a zip needs to seek)
#: stay in memory up to this size.
SPOOL_BYTES = 16 * MiB
CHUNK_BYTES = 1 * MiB
STREAM_BUFFER_BYTES = 64 << 10

_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r]*\n")


class LimitExceeded(Exception):
    """An input is beyond one of the size limits; the message says which."""


def size_label(n: int) -> str:
    """``n`` bytes in the unit a reader expects: ``16 MiB``, ``3.2 GiB``, ``812 bytes``."""
    for unit, size in (("GiB", 1 << 30), ("MiB", MiB), ("KiB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def check_ratio(out_bytes: int, in_bytes: int, cap: int = MAX_DECOMPRESSED_BYTES) -> None:
    """Raise LimitExceeded when ``out_bytes`` of output from ``in_bytes`` is too much."""
    if out_bytes > cap:
        raise LimitExceeded(f"decompresses to more than {size_label(cap)} (the limit)")
    if out_bytes > RATIO_FLOOR_BYTES and out_bytes > MAX_RATIO * max(in_bytes, 1):
        raise LimitExceeded(
            f"decompresses to more than {MAX_RATIO} times its compressed size "
            f"({size_label(out_bytes)} from {size_label(in_bytes)}): a compression bomb?"
        )


class _CountingReader(io.RawIOBase):
    """Counts the compressed bytes a decompressor takes from its source."""

    def __init__(self, raw: IO[bytes]):
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.count += n
        return n


class BoundedStream(io.RawIOBase):
    """The output of a decompressor, stopped by :func:`check_ratio` as it grows."""

    def __init__(self, decompressed: IO[bytes], counter: _CountingReader):
        self._stream = decompressed
        self._counter = counter
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        # read1 hands over what one decompression step gave: a truncated
        # stream loses only the step that failed, not a whole buffer.
        read = getattr(self._stream, "read1", self._stream.read)
        data = read(min(len(buffer), STREAM_BUFFER_BYTES))
        n = len(data)
        buffer[:n] = data
        self.count += n
        check_ratio(self.count, self._counter.count, MAX_STREAM_BYTES)
        return n

    def close(self) -> None:
        self._stream.close()
        super().close()


def bounded_decompression(raw: IO[bytes], opener) -> IO[bytes]:
    """``opener(source)`` (e.g. ``gzip.GzipFile``) over ``raw``, buffered and size-checked."""
    counter = _CountingReader(raw)
    return io.BufferedReader(BoundedStream(opener(counter), counter), STREAM_BUFFER_BYTES)


def read_limited(stream: IO[bytes], limit: int, what: str) -> bytes:
    """All of ``stream``, or LimitExceeded when it is longer than ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        total = len(data) + _drain(stream)
        raise LimitExceeded(
            f"{what} too large ({size_label(total)}; the limit is {size_label(limit)})"
        )
    return data


def read_head(stream: IO[bytes], limit: int) -> tuple[bytes, int | None]:
    """The first ``limit`` bytes of ``stream`` (cut after a line break when it
    is longer), and its whole size when it was longer, else None."""
    data = stream.read(limit + 1)
    if len(data) <= limit:
        return data, None
    total = len(data) + _drain(stream)
    cut = data.rfind(b"\n", 0, limit)
    return data[: cut + 1 if cut > 0 else limit], total


def _drain(stream: IO[bytes]) -> int:
    """Bytes left in ``stream``, read in chunks and dropped."""
    total = 0
    while chunk := stream.read(CHUNK_BYTES):
        total += len(chunk)
    return total


def bounded_lines(stream: IO[bytes], limit: int = MAX_LINE_BYTES):
    """``(line number, bytes)`` of every line; a line longer than ``limit`` is
    skipped without being held whole, and given as ``(line number, None)``."""
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(CHUNK_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield lineno, None
            continue
        yield lineno, line


def line_too_long() -> str:
    return f"line longer than {size_label(MAX_LINE_BYTES)} (the limit): skipped"


def truncate_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters at a paragraph boundary (else
    a line break, else a space, else anywhere), when it is longer."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    half = limit // 2
    breaks = [m.start() for m in _PARAGRAPH_BREAK_RE.finditer(head, half)]
    if breaks:
        return head[: breaks[-1]].rstrip()
    for separator in ("\n", " "):
        cut = head.rfind(separator, half)
        if cut > 0:
            return head[:cut].rstrip()
    return head


def truncation_note(original: int, kept: int, unit: str = "characters") -> str:
    return (
        f"text truncated at a paragraph boundary to {kept:,} characters "
        f"(the limit is {MAX_TEXT_CHARS:,}; it had {original:,} {unit})"
    )


def limit_record_text(record: Record) -> Record:
    """``record`` with its text truncated to :data:`MAX_TEXT_CHARS` (and a notice
    saying so) when it is longer."""
    if len(record.text) <= MAX_TEXT_CHARS:
        return record
    text = truncate_text(record.text)
    notice = record.notice or Notice(record.source, truncation_note(len(record.text), len(text)))
    return dataclasses.replace(record, text=text, notice=notice)
