"""The registry of a Pressroom index's fields and facets: one entry each.

Every front door reads its lists from :data:`FIELDS`: the Whoosh schema
(index/schema.py), what preparation puts in each field (index/prepare.py),
request validation (searcher/request.py), the filter options of
``pressroom search`` and ``export`` (searcher/cli.py), the OpenAPI document
(web/openapi.py), the search page's labels and sidebar (web/pages.py),
the export columns and their cells (searcher/export.py, searcher/documents.py)
and the fields a query may name, with their BM25F weights (searcher/fields.py). Adding a facet is one entry here,
e.g. ``Field("place", "facet", facet="single", source="dateline", label="Place")``
counts and filters releases by their dateline everywhere.

The lists are functions of :data:`FIELDS`, read when called, so that a
process may extend the registry before it imports the rest (the registry
test does so).
"""

from __future__ import annotations

from dataclasses import dataclass

#: How a field is held in the index:
#: ``id`` the unique document id; ``text`` analysed, stemmed words; ``name``
#: analysed words, not stemmed; ``date`` a datetime; ``ordinal`` an integer
#: column; ``stored`` kept, not searched; ``bytes`` a per-document bytes
#: column; ``facet`` nothing but its facet fields; ``result`` nothing at all
#: (a column of results worked out at search time, e.g. the score).
KINDS = ("id", "text", "name", "date", "ordinal", "stored", "bytes", "facet", "result")
#: How a query names a field (``speaker:obama``): ``text`` stemmed words,
#: ``name`` unstemmed words, ``date`` ranges, ``exact`` whole facet values.
QUERY_KINDS = ("text", "name", "date", "exact")
#: How a facet is held: ``single`` one value per document (exact-value terms
#: and a code column), ``multi`` several (exact-value terms only), ``code``
#: only a code column (a filter matched by value, never counted).
FACET_TYPES = ("single", "multi", "code")


@dataclass(frozen=True)
class Field:
    """One field of the index and how every front door shows it."""

    name: str
    kind: str
    #: Stored with the document (returned by searches and document pages).
    stored: bool = False
    #: One of FACET_TYPES, or None when the field is no facet or filter.
    facet: str | None = None
    #: The prepared value a facet's (or a text field's) values come from:
    #: a key of ``ResolvedRecord.to_dict()`` or of the values index/prepare.py
    #: derives (``year``, ``month``); default the field's own name.
    source: str | None = None
    #: What pages call the facet.
    label: str = ""
    #: The filter's help (CLI option and OpenAPI parameter).
    help: str = ""
    #: Counted by /api/search and ``pressroom search`` unless facets are given.
    default: bool = False
    #: In the search page's sidebar.
    sidebar: bool = False
    #: In the sidebar only once one value of this other facet is chosen (a
    #: year's months).
    refines: str | None = None
    #: The sidebar lists values in their order (dates), not by count.
    chronological: bool = False
    #: A column of CSV exports (columns follow the registry's order).
    export: bool = False
    #: How a query may name the field (one of QUERY_KINDS), or None.
    query: str | None = None
    #: Other names a query may use for it (``org:``, ``body:``).
    aliases: tuple[str, ...] = ()
    #: BM25F weight when bare words search the field (0: they do not).
    weight: float = 0.0
    #: BM25F length normalisation: short fields hardly need it.
    b: float = 0.75

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"{self.name}: kind {self.kind!r} is not one of {KINDS}")
        if self.query is not None and self.query not in QUERY_KINDS:
            raise ValueError(f"{self.name}: query {self.query!r} is not one of {QUERY_KINDS}")
        if self.facet is not None and self.facet not in FACET_TYPES:
            raise ValueError(f"{self.name}: facet {self.facet!r} is not one of {FACET_TYPES}")

    @property
    def value_key(self) -> str:
        return self.source or self.name

    @property
    def cli_option(self) -> str:
        return "--" + self.name.replace("_", "-")

    @property
    def counted(self) -> bool:
        """A facet with values to count (the group of copies is only a filter)."""
        return self.facet in ("single", "multi")


FIELDS: tuple[Field, ...] = (
    Field("id", "id", stored=True, export=True),
    Field("title", "text", stored=True, export=True, query="text", weight=3.0, b=0.5),
    Field(
        "speaker",
        "name",
        stored=True,
        facet="single",
        label="Speaker",
        help="Only releases by this speaker: the facet's value (entity key) or any alias "
        "(Obama, Barack Obama). Repeat for OR.",
        default=True,
        sidebar=True,
        export=True,
        query="name",
        weight=2.0,
        b=0.2,
    ),
    Field(
        "venue",
        "text",
        stored=True,
        facet="single",
        label="Venue",
        help="Only releases from this venue (key or any alias). Repeat for OR.",
        default=True,
        sidebar=True,
        export=True,
        query="text",
        weight=1.5,
        b=0.3,
    ),
    Field(
        "organization",
        "text",
        stored=True,
        facet="single",
        label="Organization",
        help="Only releases from this organization (key or any alias). Repeat for OR.",
        default=True,
        sidebar=True,
        export=True,
        query="text",
        aliases=("org", "organisation"),
        weight=1.5,
        b=0.3,
    ),
    Field(
        "topic",
        "text",
        facet="multi",
        source="topics",
        label="Topic",
        help="Only releases with this topic. Repeat for OR.",
        sidebar=True,
        query="text",
        aliases=("topics",),
        weight=1.5,
        b=0.3,
    ),
    Field(
        "co_issuer",
        "name",
        stored=True,
        facet="multi",
        source="co_issuers",
        label="Issued with",
        help="Only joint releases that this person issued with the speaker (a name as "
        "extracted). Repeat for OR.",
        query="name",
        aliases=("co_issuers", "with"),
    ),
    Field(
        "lang",
        "stored",
        stored=True,
        facet="single",
        label="Language",
        help="Only releases in this language (ISO 639-1 code). Repeat for OR.",
        sidebar=True,
        query="exact",
        aliases=("language",),
    ),
    Field(
        "year",
        "facet",
        facet="single",
        label="Year",
        help="Only releases dated in this year (YYYY). Repeat for OR.",
        default=True,
        sidebar=True,
        chronological=True,
    ),
    Field(
        "month",
        "facet",
        facet="single",
        label="Month",
        help="Only releases dated in this month (YYYY-MM). Repeat for OR.",
        refines="year",
        chronological=True,
    ),
    # The date's datetime for ranges; the day column and date_text below.
    Field("date", "date", export=True, query="date", aliases=("year",)),
    Field("dateline", "stored", stored=True, export=True),
    Field("url", "stored", stored=True, export=True),
    Field("page_url", "result", export=True),
    Field("copies", "result", export=True),
    # The group of copies: a code column written by the writer (index/writer.py).
    Field(
        "group",
        "facet",
        facet="code",
        help="Only the copies of one release (the `group` of a result).",
        export=True,
    ),
    Field("score", "result", export=True),
    Field("text", "text", stored=True, export=True, query="text", aliases=("body",), weight=1.0),
    Field("quote", "text", query="text", aliases=("quotes",), weight=2.0, b=0.6),
    # The date's proleptic Gregorian ordinal (0 = no date), read as one array
    # per segment by the search core for ranges, sorting and charts.
    Field("day", "ordinal"),
    # The date as ISO text at its known precision: 2007-04-09, 2007-04, 2007.
    Field("date_text", "stored", stored=True),
    Field("topics", "stored", stored=True),
    Field("quotes", "stored", stored=True),
    Field("source", "stored", stored=True),
    # Change detection and near-duplicate detection read these columns for
    # every document at the start of an ingest, without loading stored text.
    Field("content_hash", "bytes"),
    Field("fingerprint", "bytes"),
    Field("minhash", "bytes"),
    # The id of the first document of this one's group of copies.
    Field("group_label", "bytes"),
    # What the document contributes to entities (index/entities.py), as JSON:
    # read back when a writer opens the index to recount them.
    Field("entity_sources", "bytes"),
)


def fields() -> tuple[Field, ...]:
    return FIELDS


def field(name: str) -> Field:
    for entry in FIELDS:
        if entry.name == name:
            return entry
    raise KeyError(name)


def text_fields() -> tuple[str, ...]:
    """Fields of analysed words (searched by query words)."""
    return tuple(f.name for f in FIELDS if f.kind in ("text", "name"))


def facets() -> tuple[Field, ...]:
    """Facets whose values are counted, in the order they are listed."""
    return tuple(f for f in FIELDS if f.counted)


def facet_names() -> tuple[str, ...]:
    return tuple(f.name for f in facets())


def filter_names() -> tuple[str, ...]:
    """Filters a request may carry: every facet, then the code-only ones."""
    return (*facet_names(), *(f.name for f in FIELDS if f.facet == "code"))


def filters() -> tuple[Field, ...]:
    return tuple(field(name) for name in filter_names())


def exact_facets() -> tuple[str, ...]:
    """Facets with exact-value keyword fields (their terms are the labels)."""
    return facet_names()


def single_valued_facets() -> tuple[str, ...]:
    """Facets with one value per document, kept as hash codes in columns."""
    return tuple(f.name for f in FIELDS if f.facet in ("single", "code"))


def multi_valued_facets() -> tuple[str, ...]:
    return tuple(f.name for f in FIELDS if f.facet == "multi")


def default_facets() -> tuple[str, ...]:
    return tuple(f.name for f in FIELDS if f.default and f.counted)


def sidebar_facets() -> tuple[str, ...]:
    return tuple(f.name for f in FIELDS if f.sidebar and f.counted)


def facet_labels() -> dict[str, str]:
    return {f.name: f.label or f.name for f in facets()}


def export_columns() -> tuple[str, ...]:
    return tuple(f.name for f in FIELDS if f.export)
