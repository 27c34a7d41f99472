"""Which fields a query may name, how each is searched, and the default ones."""

from __future__ import annotations

from index import fields as registry

#: How a query may name each field (index/fields.py): "text" (stemmed
#: words), "name" (unstemmed words), "date" (ranges), "exact" (whole values,
#: as facets store them).
QUERY_FIELDS = {f.name: f.query for f in registry.fields() if f.query}

FIELD_ALIASES = {alias: f.name for f in registry.fields() if f.query for alias in f.aliases}

#: Bare words search these fields, weighted for BM25F: a match in the title,
#: a quotation or the speaker's name says more than one in the body.
DEFAULT_FIELD_WEIGHTS = {f.name: f.weight for f in registry.fields() if f.query and f.weight}

#: BM25F length normalisation per field: short fields hardly need it.
FIELD_B = {f.name: f.b for f in registry.fields() if f.query}


def resolve_field(name: str) -> str | None:
    """Canonical name of a query field (case-insensitive), or None."""
    key = name.lower()
    key = FIELD_ALIASES.get(key, key)
    return key if key in QUERY_FIELDS else None


def field_names() -> list[str]:
    return sorted(QUERY_FIELDS)
