"""CSV (and TSV) files with a header row naming the same keys as JSONL.

The header names the columns, case-insensitively: ``text`` or ``body`` (or
``raw_html``/``raw_xml`` for a page or message as published), and any of
``id``, ``title``, ``date``, ``speaker``, ``venue``, ``organization``,
``url``, ``dateline``, ``lang``, ``topics`` (comma-separated); other columns
are ignored. The delimiter is the one of ``, ; TAB |`` that the header line
uses most (a ``.tsv`` file is tab-separated).

* A file whose first row names no text column (no header, or the wrong
  file) is rejected as a whole, naming the columns it found.
* A row with fewer or more fields than the header, or without text, is a
  Rejection naming ``file:line`` (the line the row starts on); the other
  rows are read. Blank rows are skipped.
* Row ids default to ``<file id>-<line>``, as for JSON Lines.
"""

from __future__ import annotations

import csv
import io
from collections import deque
from collections.abc import Iterator
from typing import IO

from index.limits import (
    CHUNK_BYTES,
    MAX_DOCUMENT_BYTES,
    MAX_LINE_BYTES,
    bounded_lines,
    line_too_long,
    read_limited,
)
from index.readers.encoding import decode_bytes
from index.readers.mapping import MARKUP_KEYS, TEXT_KEYS, record_from_mapping
from index.records import Record, Rejection

DELIMITERS = (",", ";", "\t", "|")
#: Pages in a ``raw_html`` column are far larger than csv's default 128 KB field limit.
FIELD_SIZE_LIMIT = MAX_LINE_BYTES
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")


class _LineTooLong(Exception):
    pass


class _DecodedLines:
    """The lines of a CSV byte stream as text, decoded a chunk of lines at a
    time (:func:`decode_bytes`), so that memory does not grow with the file.
    A line longer than MAX_LINE_BYTES raises _LineTooLong in its place (the
    csv reader starts afresh at its next row)."""

    def __init__(self, stream: IO[bytes]):
        self._stream = stream
        self._lines = bounded_lines(stream, MAX_LINE_BYTES)
        self._pending: deque[str | None] = deque()
        self._started = False
        self.lineno = 0

    def __iter__(self) -> _DecodedLines:
        return self

    def __next__(self) -> str:
        if not self._pending:
            self._fill()
        if not self._pending:
            raise StopIteration
        line = self._pending.popleft()
        self.lineno += 1
        if line is None:
            raise _LineTooLong
        return line

    def first_line(self) -> str | None:
        """The first line that is not blank ("" when it is too long), without
        consuming anything; None when there is none."""
        while True:
            for line in self._pending:
                if line is None:
                    return ""
                if line.strip():
                    return line.strip("\r\n")
            count = len(self._pending)
            self._fill()
            if len(self._pending) == count:
                return None

    def _fill(self) -> None:
        chunk: list[bytes] = []
        size = 0
        for _, raw in self._lines:
            if raw is None:
                self._decode(chunk)
                self._pending.append(None)
                return
            chunk.append(raw)
            size += len(raw)
            if not self._started and raw.startswith(_WIDE_BOMS):
                # UTF-16 lines cannot be cut at a newline byte: read the file whole.
                chunk.append(read_limited(self._stream, MAX_DOCUMENT_BYTES, "UTF-16 CSV file"))
                break
            self._started = True
            if size >= CHUNK_BYTES:
                break
        self._decode(chunk)

    def _decode(self, chunk: list[bytes]) -> None:
        if chunk:
            self._pending.extend(io.StringIO(decode_bytes(b"".join(chunk)), newline=""))


def _delimiter(header_line: str, tab: bool) -> str:
    if tab:
        return "\t"
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_stream(
    stream: IO[bytes], source: str, id_stem: str, tab: bool = False
) -> Iterator[Record | Rejection]:
    """Rows of a CSV byte stream, read a chunk at a time."""
    if csv.field_size_limit() < FIELD_SIZE_LIMIT:
        csv.field_size_limit(FIELD_SIZE_LIMIT)
    lines = _DecodedLines(stream)
    first_line = lines.first_line()
    if first_line is None:
        yield Rejection(source, "empty CSV file")
        return
    reader = csv.reader(lines, delimiter=_delimiter(first_line, tab))
    header: list[str] | None = None
    while True:
        line = lines.lineno + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except _LineTooLong:
            if header is None:
                yield Rejection(source, f"no usable header: {line_too_long()}")
                return
            yield Rejection(f"{source}:{lines.lineno}", line_too_long())
            continue
        except csv.Error as err:
            if header is None:
                yield Rejection(source, f"no usable header: {err}")
                return
            yield Rejection(f"{source}:{line}", f"unreadable CSV row: {err}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip().lower() for cell in row]
            problem = _header_problem(header, row)
            if problem:
                yield Rejection(source, problem)
                return
            continue
        yield _row_record(header, row, f"{source}:{line}", f"{id_stem}-{line}")
    if header is None:
        yield Rejection(source, "no usable header: the file has no rows")


def _header_problem(header: list[str], row: list[str]) -> str | None:
    """Why the first row is no usable header (no text column), or None."""
    if set(header) & {*TEXT_KEYS, *MARKUP_KEYS}:
        return None
    found = ", ".join(repr(c) for c in row[:8]) + (", ..." if len(row) > 8 else "")
    return (
        "no usable header: the first row must name a 'text', 'body' or "
        f"'raw_html' column (found {found})"
    )


def _row_record(header: list[str], row: list[str], source: str, id_: str) -> Record | Rejection:
    """One data row as a record; rejected when its field count differs from the header's."""
    if len(row) != len(header):
        missing = header[len(row) :]
        detail = f": missing {', '.join(missing)}" if missing else ""
        return Rejection(
            source,
            f"row has {len(row)} fields, the header names {len(header)}{detail}",
        )
    values: dict[str, str] = {}
    for key, cell in zip(header, row):
        if key and key not in values:
            values[key] = cell
    return record_from_mapping(values, source, id_)
