"""The Whoosh schema of a Pressroom index.

Searchable fields carry analysed words. Each facet keeps its values exactly
as given in a ``*_exact`` keyword field (its terms are the facet's labels),
and each single-valued facet also has a ``*_code`` column holding a 64-bit
hash of the value per document, which the search core reads as one array
per segment for counting and filtering.
"""

from __future__ import annotations

import hashlib

from whoosh import columns, fields

from index.analysis import PreparedPositions, PressroomAnalyzer

#: Bumped when the schema or the meaning of a field changes; an index built
#: with another version must be rebuilt.
SCHEMA_VERSION = 5

#: Fields searched by bare query words.
TEXT_FIELDS = ("title", "text", "quote", "speaker", "venue", "organization", "topic")
#: Facets with exact-value keyword fields (labels, and the multi-valued topic).
EXACT_FIELDS = ("speaker", "venue", "organization", "topic", "lang", "year", "month")
#: Facets with one value per document, kept as hash codes in columns. The
#: group of copies has only a code (and a label column for the writer).
SINGLE_VALUED_FACETS = ("speaker", "venue", "organization", "lang", "year", "month", "group")


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


def build_schema() -> fields.Schema:
    schema = fields.Schema(
        id=fields.ID(unique=True, stored=True, sortable=True),
        title=_text_field(stored=True),
        text=_text_field(stored=True),
        quote=_text_field(),
        speaker=_text_field("name", stored=True),
        venue=_text_field(stored=True),
        organization=_text_field(stored=True),
        topic=_text_field(),
        date=fields.DATETIME(sortable=True),
        # The date's proleptic Gregorian ordinal (0 = no date), read as one
        # array per segment by the search core for ranges, sorting and charts.
        day=fields.COLUMN(columns.NumericColumn("i", default=0)),
        # The date as ISO text at its known precision: 2007-04-09, 2007-04, 2007.
        date_text=fields.STORED,
        dateline=fields.STORED,
        topics=fields.STORED,
        quotes=fields.STORED,
        url=fields.STORED,
        source=fields.STORED,
        lang=fields.STORED,
        # Change detection and near-duplicate detection read these columns for
        # every document at the start of an ingest, without loading stored text.
        content_hash=fields.COLUMN(columns.VarBytesColumn()),
        fingerprint=fields.COLUMN(columns.VarBytesColumn()),
        minhash=fields.COLUMN(columns.VarBytesColumn()),
        # The id of the first document of this one's group of copies.
        group_label=fields.COLUMN(columns.VarBytesColumn()),
        # What the document contributes to entities (index/entities.py), as
        # JSON: read back when a writer opens the index to recount them.
        entity_sources=fields.COLUMN(columns.VarBytesColumn()),
    )
    for facet in EXACT_FIELDS:
        schema.add(exact_field_name(facet), fields.KEYWORD(stored=False, commas=False))
    for facet in SINGLE_VALUED_FACETS:
        schema.add(code_field_name(facet), fields.COLUMN(columns.NumericColumn("Q", default=0)))
    return schema
