"""One document as every view shows it: metadata, full record, speaker entity."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager
from pathlib import PureWindowsPath
from typing import Any

from index import fields as registry
from searcher.collapse import copies_count, copies_of
from searcher.entities import entity_key_of
from searcher.index_view import IndexView

#: Export rows read from the index per hold of the engine's lock.
EXPORT_BATCH = 100


#: (column, stored field) of the export columns :func:`export_rows` reads as stored.
_EXTRA_EXPORTS = tuple((f.name, f.value_key) for f in registry.fields() if f.export)


def metadata(stored: Mapping[str, Any]) -> dict:
    """The metadata every view of a document shows, from its stored fields."""
    return {
        "id": stored["id"],
        "title": stored.get("title"),
        "speaker": stored.get("speaker"),
        "venue": stored.get("venue"),
        "organization": stored.get("organization"),
        "date": stored.get("date_text"),
        "url": stored.get("url"),
    }


def body_after_title(stored: Mapping[str, Any]) -> str:
    """The text without a first line that repeats the title (results show both)."""
    text = stored.get("text") or ""
    title = stored.get("title")
    if title and text.startswith(title):
        rest = text[len(title) :]
        if not rest[:1].isalnum():
            return rest.lstrip()
    return text


def public_source(source: str | None) -> str | None:
    """Where a document came from, without a server path: indexes written
    before sources were relative hold absolute ones; their file name (and
    the archive member or line after it) is kept."""
    if not source or not (source.startswith(("/", "\\")) or source[1:3] in (":\\", ":/")):
        return source
    head, bang, member = source.partition("!")
    return PureWindowsPath(head).name + bang + member


def speaker_entity(view: IndexView, docnum: int) -> dict:
    """The speaker's entity: key (for /speakers/<key>) and display name."""
    key = entity_key_of(view, "speaker", docnum)
    name = view.entities.display_name("speaker", key) if key else None
    return {"speaker_key": key, "speaker_name": name}


def document_record(view: IndexView, docnum: int) -> dict:
    """Everything stored about one document, as /api/documents/<id> gives it."""
    stored = view.stored(docnum)
    return {
        **metadata(stored),
        "text": stored.get("text") or "",
        "dateline": stored.get("dateline"),
        "topics": list(stored.get("topics") or []),
        "co_issuers": list(stored.get("co_issuer") or []),
        "quotes": list(stored.get("quotes") or []),
        "lang": stored.get("lang"),
        "source": public_source(stored.get("source")),
        "group": view.group_label(docnum),
        "copies": copies_of(view, docnum),
        **speaker_entity(view, docnum),
    }


def export_rows(
    view: IndexView, docnums: list[int], scores: list[float], lock: AbstractContextManager
) -> Iterator[dict]:
    """The export row of each document in order, read in batches under ``lock``
    (so that searches are answered between the batches of a long export)."""
    for start in range(0, len(docnums), EXPORT_BATCH):
        stop = start + EXPORT_BATCH
        with lock:
            batch = [
                (view.stored(d, cache=False), s, copies_count(view, d), view.group_label(d))
                for d, s in zip(docnums[start:stop], scores[start:stop])
            ]
        for stored, score, copies, group in batch:
            row = {
                **metadata(stored),
                "copies": copies,
                "group": group,
                "score": round(score, 4),
                "text": stored.get("text") or "",
            }
            # Any other export column of the registry (index/fields.py) is the
            # stored value it comes from ("dateline", a facet over a stored field).
            for name, key in _EXTRA_EXPORTS:
                row.setdefault(name, stored.get(key))
            yield row
