"""The Whoosh schema of a Pressroom index.

Searchable fields carry analysed words; each facet has a twin ``*_exact``
field holding the value exactly as given, which facets and filters use.
"""

from __future__ import annotations

from whoosh import columns, fields

from index.analysis import PreparedPositions, PressroomAnalyzer

#: Bumped when the schema or the meaning of a field changes; an index built
#: with another version must be rebuilt.
SCHEMA_VERSION = 2

#: Fields searched by bare query words, and the facets kept as exact values.
TEXT_FIELDS = ("title", "text", "quote", "speaker", "venue", "organization", "topic")
EXACT_FIELDS = ("speaker", "venue", "organization", "topic", "lang", "year", "month", "group")


def _text_field(kind: str = "text", stored: bool = False) -> fields.TEXT:
    field = fields.TEXT(analyzer=PressroomAnalyzer(kind), stored=stored, phrase=True)
    field.format = PreparedPositions(field_boost=1.0)
    return field


def exact_field_name(facet: str) -> str:
    return f"{facet}_exact"


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
    )
    for facet in EXACT_FIELDS:
        schema.add(exact_field_name(facet), fields.KEYWORD(stored=False, commas=False))
    return schema
