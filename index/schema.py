"""The Whoosh schema of a Pressroom index, generated from index/fields.py.

Searchable fields carry analysed words. Each facet keeps its values exactly
as given in a ``*_exact`` keyword field (its terms are the facet's labels),
and each single-valued facet also has a ``*_code`` column holding a 64-bit
hash of the value per document, which the search core reads as one array
per segment for counting and filtering.
"""

from __future__ import annotations

import hashlib

from whoosh import columns, fields

from index import fields as registry
from index.analysis import PreparedPositions, PressroomAnalyzer

#: Bumped when the schema or the meaning of a field changes; an index built
#: with another version must be rebuilt.
SCHEMA_VERSION = 6

#: Fields searched by bare query words.
TEXT_FIELDS = registry.text_fields()
#: Facets with exact-value keyword fields (labels, and the multi-valued topic).
EXACT_FIELDS = registry.exact_facets()
#: Facets with one value per document, kept as hash codes in columns. The
#: group of copies has only a code (and a label column for the writer).
SINGLE_VALUED_FACETS = registry.single_valued_facets()
#: Facets whose documents may have several values, counted from postings.
MULTI_VALUED_FACETS = registry.multi_valued_facets()


def _text_field(kind: str = "text", stored: bool = False) -> fields.TEXT:
    field = fields.TEXT(analyzer=PressroomAnalyzer(kind), stored=stored, phrase=True)
    field.format = PreparedPositions(field_boost=1.0)
    return field


def exact_field_name(facet: str) -> str:
    return f"{facet}_exact"


def code_field_name(facet: str) -> str:
    return f"{facet}_code"


def facet_code(value: str) -> int:
    """Stable nonzero 64-bit code of a facet value (0 means no value)."""
    digest = hashlib.blake2b(value.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") or 1


def _whoosh_field(entry: registry.Field) -> fields.FieldType | None:
    """The Whoosh field of one registry entry (None: the entry has none of its own)."""
    kind = entry.kind
    if kind == "id":
        return fields.ID(unique=True, stored=True, sortable=True)
    if kind in ("text", "name"):
        return _text_field(kind, stored=entry.stored)
    if kind == "date":
        return fields.DATETIME(sortable=True)
    if kind == "ordinal":
        return fields.COLUMN(columns.NumericColumn("i", default=0))
    if kind == "bytes":
        return fields.COLUMN(columns.VarBytesColumn())
    if kind == "stored":
        return fields.STORED()
    return None


def build_schema() -> fields.Schema:
    schema = fields.Schema()
    for entry in registry.fields():
        field = _whoosh_field(entry)
        if field is not None:
            schema.add(entry.name, field)
    for facet in EXACT_FIELDS:
        schema.add(exact_field_name(facet), fields.KEYWORD(stored=False, commas=False))
    for facet in SINGLE_VALUED_FACETS:
        schema.add(code_field_name(facet), fields.COLUMN(columns.NumericColumn("Q", default=0)))
    return schema
