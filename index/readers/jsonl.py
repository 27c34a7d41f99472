"""JSON Lines files (``.jsonl``, ``.jsonl.gz``): one release per line."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from index.limits import MAX_LINE_BYTES, bounded_lines, line_too_long
from index.readers.mapping import record_from_mapping
from index.records import Record, Rejection


def _open(path: Path) -> IO[bytes]:
    if path.name.endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))  # a GzipFile reads bytes
    return path.open("rb")


def read_jsonl_stream(stream: IO[bytes], source: str, id_stem: str) -> Iterator[Record | Rejection]:
    """Records of a JSON Lines stream; a broken or overlong line rejects that line only."""
    lineno = 0
    try:
        for lineno, raw in bounded_lines(stream, MAX_LINE_BYTES):
            line_source = f"{source}:{lineno}"
            if raw is None:
                yield Rejection(line_source, line_too_long())
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as err:
                yield Rejection(line_source, f"not UTF-8 ({err.reason} at byte {err.start})")
                continue
            except json.JSONDecodeError as err:
                yield Rejection(line_source, f"invalid JSON: {err.msg} (column {err.colno})")
                continue
            yield record_from_mapping(obj, line_source, f"{id_stem}-{lineno}")
    except (OSError, EOFError, zlib.error) as err:
        # A truncated or corrupt .gz: keep what was read, report the rest.
        yield Rejection(f"{source}:{lineno + 1}", f"unreadable after line {lineno}: {err}")


def read_jsonl(path: Path, source: str, id_stem: str) -> Iterator[Record | Rejection]:
    with _open(path) as stream:
        yield from read_jsonl_stream(stream, source, id_stem)
