"""The OpenAPI 3.1 description of the JSON API (served at /api/openapi.json).

Filters, facets and limits are not written here: the filter parameters and
the facet list come from the registry (index/fields.py), and every bound from
the module that enforces it.
"""

from __future__ import annotations

from index import fields as registry
from searcher.export import MAX_EXPORT_ROWS
from searcher.query_parser import MAX_QUERY_LENGTH
from searcher.request import (
    DEFAULT_FACET_SIZE,
    DEFAULT_FACETS,
    DEFAULT_PER_PAGE,
    FACET_NAMES,
    MAX_FACET_SIZE,
    MAX_FILTER_VALUES,
    MAX_PER_PAGE,
    MAX_RECENCY_DAYS,
    MAX_RESULT_WINDOW,
    MAX_VALUE_LENGTH,
    MIN_RECENCY_DAYS,
    SIMILAR_DEFAULT,
    SIMILAR_MAX,
    SORTS,
)

STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
STRINGS = {"type": "array", "items": STRING}
ISO_DATE = {
    "type": ["string", "null"],
    "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
    "description": "ISO date at the precision known: YYYY-MM-DD, YYYY-MM or YYYY.",
}


def _count(minimum: int = 0) -> dict:
    return {"type": "integer", "minimum": minimum}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _array(items: dict) -> dict:
    return {"type": "array", "items": items}


def _object(required: list[str], properties: dict, **extra) -> dict:
    return {"type": "object", "required": required, "properties": properties, **extra}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERRORS = {
    "400": _json(_ref("Error"), "A bad parameter or query; `error.message` names the problem."),
    "503": _json(_ref("Error"), "No index yet, or the search ran past its time budget."),
}


def _header(description: str, schema_type: str = "integer") -> dict:
    return {"description": description, "schema": {"type": schema_type}}


EXPORT_HEADERS = {
    "X-Total-Count": _header("Results the search found (groups when collapse=1)."),
    "X-Export-Limit": _header("Most rows one export returns."),
    "X-Export-Rows": _header("Rows in this response."),
    "X-Export-Truncated": _header("true when results remain after these rows.", "string"),
    "Link": _header('rel="next": the URL of the next rows, when some remain.', "string"),
}


def _query_param(name: str, schema: dict, description: str) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


def _path_param(name: str, description: str) -> dict:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "schema": STRING,
        "description": description,
    }


EXPORT_OFFSET = _query_param(
    "offset",
    {"type": "integer", "minimum": 0, "default": 0},
    "Exports: skip this many results (page through a large result set).",
)


def filter_parameters() -> list[dict]:
    """One repeatable query parameter per filter of the registry."""
    values = {
        "type": "array",
        "items": {"type": "string", "maxLength": MAX_VALUE_LENGTH},
        "maxItems": MAX_FILTER_VALUES,
    }
    return [
        {**_query_param(f.name, values, f.help), "style": "form", "explode": True}
        for f in registry.filters()
    ]


def _bounded(minimum: int, maximum: int, default: int) -> dict:
    return {"type": "integer", "minimum": minimum, "maximum": maximum, "default": default}


def search_parameters() -> list[dict]:
    return [
        _query_param(
            "q",
            {"type": "string", "maxLength": MAX_QUERY_LENGTH},
            "Query (see /help). Empty matches all documents.",
        ),
        *filter_parameters(),
        _query_param("from", {"type": "string", "format": "date"}, "Earliest date (inclusive)."),
        _query_param("to", {"type": "string", "format": "date"}, "Latest date (inclusive)."),
        _query_param(
            "sort", {"type": "string", "enum": list(SORTS), "default": "relevance"}, "Order."
        ),
        _query_param("page", {"type": "integer", "minimum": 1, "default": 1}, "Page number."),
        _query_param(
            "per_page",
            _bounded(1, MAX_PER_PAGE, DEFAULT_PER_PAGE),
            f"Results per page; page * per_page may be at most {MAX_RESULT_WINDOW}.",
        ),
        _query_param(
            "facets",
            {"type": "string", "default": ",".join(DEFAULT_FACETS)},
            f"Comma-separated facets to count: {', '.join(FACET_NAMES)}.",
        ),
        _query_param(
            "facet_size",
            _bounded(1, MAX_FACET_SIZE, DEFAULT_FACET_SIZE),
            "Buckets per facet (selected values are always included).",
        ),
        _query_param(
            "collapse", {"type": "string", "enum": ["0", "1"]}, "1: one result per group of copies."
        ),
        _query_param(
            "recency",
            {"type": "number", "minimum": MIN_RECENCY_DAYS, "maximum": MAX_RECENCY_DAYS},
            "Recency boost: half-life in days (score x (1 + 0.5^(age/half-life))).",
        ),
    ]


def _export_limit(description: str) -> dict:
    return _query_param(
        "limit", {"type": "integer", "minimum": 1, "maximum": MAX_EXPORT_ROWS}, description
    )


# -- components -----------------------------------------------------------------

#: What a hit and a document both say about a release.
_METADATA = {
    "id": STRING,
    "title": NULLABLE_STRING,
    "speaker": NULLABLE_STRING,
    "venue": NULLABLE_STRING,
    "organization": NULLABLE_STRING,
    "date": ISO_DATE,
}


def _hit_schema() -> dict:
    required = [*_METADATA, "url", "score", "snippet", "copies"]
    return _object(
        required,
        {
            **_METADATA,
            "url": NULLABLE_STRING,
            "score": {"type": "number"},
            "snippet": {**STRING, "description": "HTML: text escaped, matched words in <mark>."},
            "copies": {**_count(), "description": "Other documents with this text."},
            "group": NULLABLE_STRING,
            "dateline": NULLABLE_STRING,
            "lang": NULLABLE_STRING,
            "topics": STRINGS,
            "speaker_key": {
                "type": ["string", "null"],
                "description": "The speaker's entity key: /speakers/{key}.",
            },
            "speaker_name": {"type": ["string", "null"], "description": "Its display name."},
        },
    )


def _document_schema() -> dict:
    required = ["id", "title", "text", "speaker", "venue", "organization", "date", "url"]
    return _object(
        [*required, "topics", "co_issuers", "quotes"],
        {
            "id": STRING,
            "title": NULLABLE_STRING,
            "text": STRING,
            **{k: v for k, v in _METADATA.items() if k not in ("id", "title")},
            "dateline": NULLABLE_STRING,
            "url": NULLABLE_STRING,
            "topics": STRINGS,
            "co_issuers": {
                **STRINGS,
                "description": "Others who issued this joint release with the speaker.",
            },
            "quotes": _array(_ref("Quote")),
            "lang": NULLABLE_STRING,
            "source": NULLABLE_STRING,
            "group": NULLABLE_STRING,
            "copies": STRINGS,
            "speaker_key": {"type": ["string", "null"]},
            "speaker_name": {"type": ["string", "null"]},
        },
    )


def _facet_schemas() -> dict:
    bucket = _object(
        ["value", "count", "selected"],
        {
            "value": {
                **STRING,
                "description": "The filter value (for speaker, venue, organization: the entity key).",
            },
            "label": {**STRING, "description": "What to show: the display name."},
            "count": _count(),
            "selected": {"type": "boolean"},
        },
    )
    timeline = _object(
        ["unit", "buckets"],
        {
            "unit": {"type": "string", "enum": ["year", "month"]},
            "buckets": _array(
                _object(["value", "count"], {"value": STRING, "count": {"type": "integer"}})
            ),
        },
    )
    return {"FacetBucket": bucket, "Timeline": timeline}


def _speaker_schemas() -> dict:
    ranked = _object(
        ["value", "label", "count"], {"value": STRING, "label": STRING, "count": _count(1)}
    )
    co_issuer = _object(
        ["key", "name", "joint_releases"],
        {
            "key": {
                "type": ["string", "null"],
                "description": "Their speaker key (/speakers/{key}); null when they "
                "speak for no release and are only named as a co-issuer.",
            },
            "name": STRING,
            "joint_releases": _count(1),
        },
    )
    quote = _object(
        ["text", "id"], {"text": STRING, "id": STRING, "title": NULLABLE_STRING, "date": ISO_DATE}
    )
    required = ["key", "name", "aliases", "documents", "timeline", "venues", "organizations"]
    speaker = _object(
        [*required, "topics", "co_issuers", "latest_quotes"],
        {
            "key": STRING,
            "name": STRING,
            "aliases": STRINGS,
            "documents": _count(1),
            "first_date": ISO_DATE,
            "last_date": ISO_DATE,
            "timeline": _ref("Timeline"),
            "venues": _array(ranked),
            "organizations": _array(ranked),
            "topics": _array(ranked),
            "co_issuers": _array(co_issuer),
            "latest_quotes": _array(quote),
        },
    )
    entry = _object(
        ["key", "name", "documents"], {"key": STRING, "name": STRING, "documents": _count(1)}
    )
    listing = _object(
        ["q", "total", "speakers"],
        {"q": STRING, "total": _count(), "speakers": _array(_ref("SpeakerEntry"))},
    )
    return {"SpeakerEntry": entry, "SpeakerList": listing, "Speaker": speaker}


def _search_response_schema() -> dict:
    by_facet = {"type": "object", "additionalProperties": _array(_ref("FacetBucket"))}
    return _object(
        ["query", "total", "page", "per_page", "took_ms", "results", "facets", "suggestion"],
        {
            "query": STRING,
            "total": {**_count(), "description": "Matching documents."},
            "page": _count(1),
            "per_page": _count(1),
            "pages": _count(1),
            "took_ms": {"type": "number"},
            "sort": {"type": "string", "enum": list(SORTS)},
            "filters": {"type": "object", "additionalProperties": STRINGS},
            "from": NULLABLE_STRING,
            "to": NULLABLE_STRING,
            "collapse": {"type": "boolean"},
            "groups": {"type": ["integer", "null"], "description": "Result groups when collapsed."},
            "results": _array(_ref("Hit")),
            "facets": by_facet,
            "facets_more": {"type": "object", "additionalProperties": _count()},
            "timeline": _ref("Timeline"),
            "suggestion": NULLABLE_STRING,
        },
    )


def _stats_schema() -> dict:
    counts = ("documents", "speakers", "venues", "organizations", "languages", "dated_documents")
    return _object(
        ["documents", "speakers", "date_span", "index_bytes"],
        {
            **{name: _count() for name in counts},
            "date_span": {
                "type": ["array", "null"],
                "items": {"type": "string", "format": "date"},
                "minItems": 2,
                "maxItems": 2,
            },
            "segments": {"type": "integer"},
            "generation": {"type": "integer"},
            "index_bytes": _count(),
        },
    )


def _error_schema() -> dict:
    error = _object(
        ["code", "message"],
        {
            "code": STRING,
            "message": STRING,
            "parameter": STRING,
            "position": {"type": "integer"},
        },
    )
    return _object(["error"], {"error": error})


def _schemas() -> dict:
    facets = _facet_schemas()
    return {
        "Hit": _hit_schema(),
        "FacetBucket": facets["FacetBucket"],
        **_speaker_schemas(),
        "Timeline": facets["Timeline"],
        "SearchResponse": _search_response_schema(),
        "Quote": _object(["speaker", "text"], {"speaker": NULLABLE_STRING, "text": STRING}),
        "Document": _document_schema(),
        "SimilarResponse": _object(
            ["id", "results"], {"id": STRING, "results": _array(_ref("Hit"))}
        ),
        "Stats": _stats_schema(),
        "Error": _error_schema(),
    }


# -- paths ----------------------------------------------------------------------


def _get(summary: str, operation_id: str, responses: dict, parameters: list | None = None) -> dict:
    operation: dict[str, object] = {"summary": summary, "operationId": operation_id}
    if parameters is not None:
        operation["parameters"] = parameters
    return {"get": {**operation, "responses": responses}}


def _search_paths() -> dict:
    jsonl = _query_param(
        "format",
        {"type": "string", "enum": ["json", "jsonl"], "default": "json"},
        f"jsonl: stream every result (up to `limit`, at most {MAX_EXPORT_ROWS}) as JSON Lines.",
    )
    page = {
        "description": "A page of results with facets.",
        "content": {
            "application/json": {"schema": _ref("SearchResponse")},
            "application/x-ndjson": {"schema": STRING},
        },
    }
    csv = {
        "description": "CSV, one row per result.",
        "headers": EXPORT_HEADERS,
        "content": {"text/csv": {"schema": STRING}},
    }
    export_limit = _export_limit(
        f"Most rows (at most {MAX_EXPORT_ROWS}; the X-Export-Truncated header says when more exist)."
    )
    return {
        "/api/search": _get(
            "Search",
            "search",
            {"200": page, **ERRORS},
            [
                *search_parameters(),
                jsonl,
                _export_limit("With format=jsonl: most rows."),
                EXPORT_OFFSET,
            ],
        ),
        "/api/search.csv": _get(
            "Export a result set as CSV",
            "searchCsv",
            {"200": csv, **ERRORS},
            [*search_parameters(), export_limit, EXPORT_OFFSET],
        ),
    }


def _document_paths() -> dict:
    doc_id = _path_param("id", "Document id; may contain '/' (e.g. Akaka/10Apr2007akaka175).")
    not_found = _json(_ref("Error"), "No document with this id.")
    similar_limit = _query_param(
        "limit", _bounded(1, SIMILAR_MAX, SIMILAR_DEFAULT), "Most results."
    )
    return {
        "/api/documents/{id}": _get(
            "One document",
            "document",
            {"200": _json(_ref("Document"), "The document."), "404": not_found},
            [doc_id],
        ),
        "/api/documents/{id}/similar": _get(
            "Releases like this one",
            "similar",
            {
                "200": _json(_ref("SimilarResponse"), "Similar releases, best first."),
                "400": ERRORS["400"],
                "404": not_found,
            },
            [doc_id, similar_limit],
        ),
    }


def _speaker_paths() -> dict:
    name_filter = _query_param("q", STRING, "Only speakers whose name or an alias contains this.")
    key = _path_param("key", "The speaker's key (e.g. Obama) or any alias (e.g. Barack Obama).")
    return {
        "/api/speakers": _get(
            "Speakers, most releases first",
            "speakers",
            {"200": _json(_ref("SpeakerList"), "Speakers with counts.")},
            [name_filter],
        ),
        "/api/speakers/{key}": _get(
            "A speaker's profile",
            "speaker",
            {
                "200": _json(_ref("Speaker"), "The profile."),
                "404": _json(_ref("Error"), "No speaker with this name."),
            },
            [key],
        ),
    }


def openapi_document() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Pressroom API",
            "version": "1",
            "description": "Search press releases: who said what, where, and when. "
            'Errors are JSON objects {"error": {"code", "message"}}.',
        },
        "paths": {
            **_search_paths(),
            **_document_paths(),
            **_speaker_paths(),
            "/api/stats": _get(
                "Index statistics",
                "stats",
                {"200": _json(_ref("Stats"), "Counts and sizes."), "503": ERRORS["503"]},
            ),
            "/api/openapi.json": _get(
                "This document",
                "openapi",
                {"200": _json({"type": "object"}, "OpenAPI 3.1 description.")},
            ),
        },
        "components": {"schemas": _schemas()},
    }
