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
import sys
from collections.abc import Iterator

from index.readers.encoding import decode_bytes
from index.readers.mapping import MARKUP_KEYS, TEXT_KEYS, record_from_mapping
from index.records import Record, Rejection

DELIMITERS = (",", ";", "\t", "|")
#: Pages in a ``raw_html`` column are far larger than csv's default 128 KB field limit.
FIELD_SIZE_LIMIT = min(sys.maxsize, 256 * 1024 * 1024)


def _delimiter(header_line: str, tab: bool) -> str:
    if tab:
        return "\t"
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(
    data: bytes, source: str, id_stem: str, tab: bool = False
) -> Iterator[Record | Rejection]:
    if csv.field_size_limit() < FIELD_SIZE_LIMIT:
        csv.field_size_limit(FIELD_SIZE_LIMIT)
    text = decode_bytes(data)
    if not text.strip():
        yield Rejection(source, "empty CSV file")
        return
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    stream = io.StringIO(text, newline="")
    reader = csv.reader(stream, delimiter=_delimiter(first_line, tab))
    header: list[str] | None = None
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
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
            if not set(header) & {*TEXT_KEYS, *MARKUP_KEYS}:
                found = ", ".join(repr(c) for c in row[:8]) + (", ..." if len(row) > 8 else "")
                yield Rejection(
                    source,
                    "no usable header: the first row must name a 'text', 'body' or "
                    f"'raw_html' column (found {found})",
                )
                return
            continue
        row_source = f"{source}:{line}"
        if len(row) != len(header):
            missing = header[len(row) :]
            detail = f": missing {', '.join(missing)}" if missing else ""
            yield Rejection(
                row_source,
                f"row has {len(row)} fields, the header names {len(header)}{detail}",
            )
            continue
        values: dict[str, str] = {}
        for key, cell in zip(header, row):
            if key and key not in values:
                values[key] = cell
        yield record_from_mapping(values, row_source, f"{id_stem}-{line}")
    if header is None:
        yield Rejection(source, "no usable header: the file has no rows")
