"""Result sets as streamed CSV or JSON Lines."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from urllib.parse import quote

from index import fields as registry
from searcher.request import FILTER_NAMES, SearchRequest

#: Most rows one export returns (the API's ``limit`` and ``pressroom export --limit``).
MAX_EXPORT_ROWS = 10_000
#: The CSV's columns, in the registry's order (index/fields.py).
CSV_COLUMNS = registry.export_columns()
#: ``pressroom export`` exits with this when it wrote fewer rows than the search found.
TRUNCATED_EXIT_STATUS = 3
# Spreadsheet programs run cells starting with these as formulas.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SLUG_MAX = 60


def _safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_lines(rows: Iterable[dict]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([_safe_cell(row.get(column)) for column in CSV_COLUMNS])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def jsonl_lines(rows: Iterable[dict]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def document_path(doc_id: str) -> str:
    """The document page's path, quoted as the web app's router writes it."""
    return "/documents/" + quote(doc_id, safe="/:@!$&'()*+,;=-._~")


def with_page_urls(rows: Iterable[dict], page_url: Callable[[str], str]) -> Iterator[dict]:
    """Rows with ``page_url``: where the document's page is, after ``id``."""
    for row in rows:
        yield {**row, "page_url": page_url(row["id"])}


def export_filename(request: SearchRequest, extension: str) -> str:
    """A file name that says what was exported: ``pressroom-veterans-akaka-2006.csv``."""
    parts = [request.q]
    parts += [value for name in FILTER_NAMES for value in request.selected(name)]
    parts += [d for d in (request.date_from, request.date_to) if d]
    text = unicodedata.normalize("NFKD", " ".join(parts))
    slug = re.sub(r"[^a-z0-9]+", "-", text.encode("ascii", "ignore").decode().lower()).strip("-")
    if len(slug) > _SLUG_MAX:
        slug = slug[:_SLUG_MAX].rsplit("-", 1)[0]
    return f"pressroom-{slug or 'all'}.{extension}"


def truncation_message(written: int, total: int, offset: int = 0) -> str | None:
    """What an export that stopped early says about the rest; None when complete."""
    remaining = total - offset
    if written >= remaining:
        return None
    return (
        f"exported {written:,} of {remaining:,} results"
        + (f" (from result {offset + 1:,})" if offset else "")
        + f"; the next start at --offset {offset + written}, or use --all for every one"
    )
