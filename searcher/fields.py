"""Which fields a query may name, how each is searched, and the default ones."""

from __future__ import annotations

#: Field kinds: "text" (stemmed words), "name" (unstemmed words), "date"
#: (ranges), "exact" (whole values, as facets store them).
QUERY_FIELDS = {
    "title": "text",
    "text": "text",
    "quote": "text",
    "speaker": "name",
    "venue": "text",
    "organization": "text",
    "topic": "text",
    "date": "date",
    "lang": "exact",
}

FIELD_ALIASES = {
    "body": "text",
    "quotes": "quote",
    "org": "organization",
    "organisation": "organization",
    "topics": "topic",
    "year": "date",
    "language": "lang",
}

#: Bare words search these fields, weighted for BM25F: a match in the title,
#: a quotation or the speaker's name says more than one in the body.
DEFAULT_FIELD_WEIGHTS = {
    "title": 3.0,
    "quote": 2.0,
    "speaker": 2.0,
    "venue": 1.5,
    "organization": 1.5,
    "topic": 1.5,
    "text": 1.0,
}

#: BM25F length normalisation per field: short fields hardly need it.
FIELD_B = {
    "title": 0.5,
    "quote": 0.6,
    "speaker": 0.2,
    "venue": 0.3,
    "organization": 0.3,
    "topic": 0.3,
    "text": 0.75,
}


def resolve_field(name: str) -> str | None:
    """Canonical name of a query field (case-insensitive), or None."""
    key = name.lower()
    key = FIELD_ALIASES.get(key, key)
    return key if key in QUERY_FIELDS else None


def field_names() -> list[str]:
    return sorted(QUERY_FIELDS)
