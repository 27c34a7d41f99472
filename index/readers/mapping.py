"""Turn one input object (a JSON line, a CSV row) into a :class:`Record`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from index.records import METADATA_KEYS, Record, Rejection

TEXT_KEYS = ("text", "body")
#: Keys holding a release as published, converted in the ingest workers
#: (:func:`index.readers.markup.convert_markup`), and their markup types.
MARKUP_KEYS = {"raw_html": "html", "raw_xml": "xml"}


def _as_text(key: str, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"{key!r} must be a string, not {type(value).__name__}")
    text = str(value).strip()
    return text or None


def _as_topics(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, (list, tuple)):
        items = value
    else:
        raise ValueError(
            f"'topics' must be a list or a comma-separated string, not {type(value).__name__}"
        )
    topics = []
    for item in items:
        text = _as_text("topics", item)
        if text and text not in topics:
            topics.append(text)
    return topics


def record_from_mapping(obj: Any, source: str, default_id: str) -> Record | Rejection:
    """Build a record from a JSON object or CSV row; extra keys are ignored."""
    if not isinstance(obj, Mapping):
        return Rejection(source, f"expected a JSON object, got {type(obj).__name__}")
    try:
        text = next((t for k in TEXT_KEYS if (t := _as_text(k, obj.get(k)))), None)
        markup_key = next((k for k in MARKUP_KEYS if _as_text(k, obj.get(k))), None)
        given_id = _as_text("id", obj.get("id"))
        # A collection's blank release still counts when it is named by an id
        # (the Senate set has a dozen); without one, there is nothing to keep.
        if text is None and markup_key is None and given_id is None:
            return Rejection(
                source,
                "no text: the record needs an 'id' or a non-empty 'text', 'body', "
                "'raw_html' or 'raw_xml'",
            )
        metadata = {key: _as_text(key, obj.get(key)) for key in METADATA_KEYS}
        record_id = given_id or default_id
        topics = _as_topics(obj.get("topics"))
    except ValueError as err:
        return Rejection(source, str(err))
    markup = {}
    if markup_key is not None:
        # Given text wins; the markup then only fills empty metadata fields.
        markup = {"markup": obj[markup_key], "markup_type": MARKUP_KEYS[markup_key]}
    return Record(text=text or "", source=source, id=record_id, topics=topics, **metadata, **markup)
