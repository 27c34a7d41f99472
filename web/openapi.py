"""The OpenAPI 3.1 description of the JSON API (served at /api/openapi.json)."""

from __future__ import annotations

from searcher.request import (
    DEFAULT_FACET_SIZE,
    DEFAULT_PER_PAGE,
    FACET_NAMES,
    FILTER_NAMES,
    MAX_FACET_SIZE,
    MAX_PER_PAGE,
    SORTS,
)

NULLABLE_STRING = {"type": ["string", "null"]}
ISO_DATE = {
    "type": ["string", "null"],
    "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
    "description": "ISO date at the precision known: YYYY-MM-DD, YYYY-MM or YYYY.",
}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERRORS = {
    "400": _json(_ref("Error"), "A bad parameter or query; `error.message` names the problem."),
    "503": _json(_ref("Error"), "No index yet, or the search ran past its time budget."),
}

FILTER_DESCRIPTIONS = {
    "speaker": "Only releases by this speaker: the facet's value (entity key) or any alias "
    "(Obama, Barack Obama). Repeat for OR.",
    "venue": "Only releases from this venue (key or any alias). Repeat for OR.",
    "organization": "Only releases from this organization (key or any alias). Repeat for OR.",
    "topic": "Only releases with this topic. Repeat for OR.",
    "lang": "Only releases in this language (ISO 639-1 code). Repeat for OR.",
    "year": "Only releases dated in this year (YYYY). Repeat for OR.",
    "month": "Only releases dated in this month (YYYY-MM). Repeat for OR.",
    "group": "Only the copies of one release (the `group` of a result).",
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


EXPORT_OFFSET = {
    "name": "offset",
    "in": "query",
    "required": False,
    "schema": {"type": "integer", "minimum": 0, "default": 0},
    "description": "Exports: skip this many results (page through a large result set).",
}


def search_parameters() -> list[dict]:
    params = [
        _query_param(
            "q",
            {"type": "string", "maxLength": 1000},
            "Query (see /help). Empty matches all documents.",
        ),
    ]
    for name in FILTER_NAMES:
        params.append(
            {
                **_query_param(
                    name, {"type": "array", "items": {"type": "string"}}, FILTER_DESCRIPTIONS[name]
                ),
                "style": "form",
                "explode": True,
            }
        )
    params += [
        _query_param("from", {"type": "string", "format": "date"}, "Earliest date (inclusive)."),
        _query_param("to", {"type": "string", "format": "date"}, "Latest date (inclusive)."),
        _query_param(
            "sort", {"type": "string", "enum": list(SORTS), "default": "relevance"}, "Order."
        ),
        _query_param("page", {"type": "integer", "minimum": 1, "default": 1}, "Page number."),
        _query_param(
            "per_page",
            {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": DEFAULT_PER_PAGE},
            "Results per page; page * per_page may be at most 100000.",
        ),
        _query_param(
            "facets",
            {"type": "string", "default": "speaker,venue,organization,year"},
            f"Comma-separated facets to count: {', '.join(FACET_NAMES)}.",
        ),
        _query_param(
            "facet_size",
            {
                "type": "integer",
                "minimum": 1,
                "maximum": MAX_FACET_SIZE,
                "default": DEFAULT_FACET_SIZE,
            },
            "Buckets per facet (selected values are always included).",
        ),
        _query_param(
            "collapse", {"type": "string", "enum": ["0", "1"]}, "1: one result per group of copies."
        ),
        _query_param(
            "recency",
            {"type": "number", "minimum": 1, "maximum": 36500},
            "Recency boost: half-life in days (score x (1 + 0.5^(age/half-life))).",
        ),
    ]
    return params


def _schemas() -> dict:
    hit = {
        "type": "object",
        "required": [
            "id",
            "title",
            "speaker",
            "venue",
            "organization",
            "date",
            "url",
            "score",
            "snippet",
            "copies",
        ],
        "properties": {
            "id": {"type": "string"},
            "title": NULLABLE_STRING,
            "speaker": NULLABLE_STRING,
            "venue": NULLABLE_STRING,
            "organization": NULLABLE_STRING,
            "date": ISO_DATE,
            "url": NULLABLE_STRING,
            "score": {"type": "number"},
            "snippet": {
                "type": "string",
                "description": "HTML: text escaped, matched words in <mark>.",
            },
            "copies": {
                "type": "integer",
                "minimum": 0,
                "description": "Other documents with this text.",
            },
            "group": NULLABLE_STRING,
            "dateline": NULLABLE_STRING,
            "lang": NULLABLE_STRING,
            "topics": {"type": "array", "items": {"type": "string"}},
            "speaker_key": {
                "type": ["string", "null"],
                "description": "The speaker's entity key: /speakers/{key}.",
            },
            "speaker_name": {"type": ["string", "null"], "description": "Its display name."},
        },
    }
    bucket = {
        "type": "object",
        "required": ["value", "count", "selected"],
        "properties": {
            "value": {
                "type": "string",
                "description": "The filter value (for speaker, venue, organization: the entity key).",
            },
            "label": {"type": "string", "description": "What to show: the display name."},
            "count": {"type": "integer", "minimum": 0},
            "selected": {"type": "boolean"},
        },
    }
    ranked = {
        "type": "object",
        "required": ["value", "label", "count"],
        "properties": {
            "value": {"type": "string"},
            "label": {"type": "string"},
            "count": {"type": "integer", "minimum": 1},
        },
    }
    speaker_entry = {
        "type": "object",
        "required": ["key", "name", "documents"],
        "properties": {
            "key": {"type": "string"},
            "name": {"type": "string"},
            "documents": {"type": "integer", "minimum": 1},
        },
    }
    return {
        "Hit": hit,
        "FacetBucket": bucket,
        "SpeakerEntry": speaker_entry,
        "SpeakerList": {
            "type": "object",
            "required": ["q", "total", "speakers"],
            "properties": {
                "q": {"type": "string"},
                "total": {"type": "integer", "minimum": 0},
                "speakers": {"type": "array", "items": _ref("SpeakerEntry")},
            },
        },
        "Speaker": {
            "type": "object",
            "required": [
                "key",
                "name",
                "aliases",
                "documents",
                "timeline",
                "venues",
                "organizations",
                "topics",
                "co_issuers",
                "latest_quotes",
            ],
            "properties": {
                "key": {"type": "string"},
                "name": {"type": "string"},
                "aliases": {"type": "array", "items": {"type": "string"}},
                "documents": {"type": "integer", "minimum": 1},
                "first_date": ISO_DATE,
                "last_date": ISO_DATE,
                "timeline": _ref("Timeline"),
                "venues": {"type": "array", "items": ranked},
                "organizations": {"type": "array", "items": ranked},
                "topics": {"type": "array", "items": ranked},
                "co_issuers": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["key", "name", "joint_releases"],
                        "properties": {
                            "key": {"type": "string"},
                            "name": {"type": "string"},
                            "joint_releases": {"type": "integer", "minimum": 1},
                        },
                    },
                },
                "latest_quotes": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["text", "id"],
                        "properties": {
                            "text": {"type": "string"},
                            "id": {"type": "string"},
                            "title": NULLABLE_STRING,
                            "date": ISO_DATE,
                        },
                    },
                },
            },
        },
        "Timeline": {
            "type": "object",
            "required": ["unit", "buckets"],
            "properties": {
                "unit": {"type": "string", "enum": ["year", "month"]},
                "buckets": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["value", "count"],
                        "properties": {"value": {"type": "string"}, "count": {"type": "integer"}},
                    },
                },
            },
        },
        "SearchResponse": {
            "type": "object",
            "required": [
                "query",
                "total",
                "page",
                "per_page",
                "took_ms",
                "results",
                "facets",
                "suggestion",
            ],
            "properties": {
                "query": {"type": "string"},
                "total": {"type": "integer", "minimum": 0, "description": "Matching documents."},
                "page": {"type": "integer", "minimum": 1},
                "per_page": {"type": "integer", "minimum": 1},
                "pages": {"type": "integer", "minimum": 1},
                "took_ms": {"type": "number"},
                "sort": {"type": "string", "enum": list(SORTS)},
                "filters": {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
                "from": {"type": ["string", "null"]},
                "to": {"type": ["string", "null"]},
                "collapse": {"type": "boolean"},
                "groups": {
                    "type": ["integer", "null"],
                    "description": "Result groups when collapsed.",
                },
                "results": {"type": "array", "items": _ref("Hit")},
                "facets": {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": _ref("FacetBucket")},
                },
                "facets_more": {
                    "type": "object",
                    "additionalProperties": {"type": "integer", "minimum": 0},
                },
                "timeline": _ref("Timeline"),
                "suggestion": NULLABLE_STRING,
            },
        },
        "Quote": {
            "type": "object",
            "required": ["speaker", "text"],
            "properties": {"speaker": NULLABLE_STRING, "text": {"type": "string"}},
        },
        "Document": {
            "type": "object",
            "required": [
                "id",
                "title",
                "text",
                "speaker",
                "venue",
                "organization",
                "date",
                "url",
                "topics",
                "quotes",
            ],
            "properties": {
                "id": {"type": "string"},
                "title": NULLABLE_STRING,
                "text": {"type": "string"},
                "speaker": NULLABLE_STRING,
                "venue": NULLABLE_STRING,
                "organization": NULLABLE_STRING,
                "date": ISO_DATE,
                "dateline": NULLABLE_STRING,
                "url": NULLABLE_STRING,
                "topics": {"type": "array", "items": {"type": "string"}},
                "quotes": {"type": "array", "items": _ref("Quote")},
                "lang": NULLABLE_STRING,
                "source": NULLABLE_STRING,
                "group": NULLABLE_STRING,
                "copies": {"type": "array", "items": {"type": "string"}},
                "speaker_key": {"type": ["string", "null"]},
                "speaker_name": {"type": ["string", "null"]},
            },
        },
        "SimilarResponse": {
            "type": "object",
            "required": ["id", "results"],
            "properties": {
                "id": {"type": "string"},
                "results": {"type": "array", "items": _ref("Hit")},
            },
        },
        "Stats": {
            "type": "object",
            "required": ["documents", "speakers", "date_span", "index_bytes"],
            "properties": {
                "documents": {"type": "integer", "minimum": 0},
                "speakers": {"type": "integer", "minimum": 0},
                "venues": {"type": "integer", "minimum": 0},
                "organizations": {"type": "integer", "minimum": 0},
                "languages": {"type": "integer", "minimum": 0},
                "dated_documents": {"type": "integer", "minimum": 0},
                "date_span": {
                    "type": ["array", "null"],
                    "items": {"type": "string", "format": "date"},
                    "minItems": 2,
                    "maxItems": 2,
                },
                "segments": {"type": "integer"},
                "generation": {"type": "integer"},
                "index_bytes": {"type": "integer", "minimum": 0},
            },
        },
        "Error": {
            "type": "object",
            "required": ["error"],
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["code", "message"],
                    "properties": {
                        "code": {"type": "string"},
                        "message": {"type": "string"},
                        "parameter": {"type": "string"},
                        "position": {"type": "integer"},
                    },
                }
            },
        },
    }


def openapi_document() -> dict:
    doc_id = {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "string"},
        "description": "Document id; may contain '/' (e.g. Akaka/10Apr2007akaka175).",
    }
    not_found = _json(_ref("Error"), "No document with this id.")
    export_params = [
        *search_parameters(),
        _query_param(
            "limit",
            {"type": "integer", "minimum": 1, "maximum": 10000},
            "Most rows (at most 10000; the X-Export-Truncated header says when more exist).",
        ),
        EXPORT_OFFSET,
    ]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Pressroom API",
            "version": "1",
            "description": "Search press releases: who said what, where, and when. "
            'Errors are JSON objects {"error": {"code", "message"}}.',
        },
        "paths": {
            "/api/search": {
                "get": {
                    "summary": "Search",
                    "operationId": "search",
                    "parameters": [
                        *search_parameters(),
                        _query_param(
                            "format",
                            {"type": "string", "enum": ["json", "jsonl"], "default": "json"},
                            "jsonl: stream every result (up to `limit`, at most 10000) as JSON Lines.",
                        ),
                        _query_param(
                            "limit",
                            {"type": "integer", "minimum": 1, "maximum": 10000},
                            "With format=jsonl: most rows.",
                        ),
                        EXPORT_OFFSET,
                    ],
                    "responses": {
                        "200": {
                            "description": "A page of results with facets.",
                            "content": {
                                "application/json": {"schema": _ref("SearchResponse")},
                                "application/x-ndjson": {"schema": {"type": "string"}},
                            },
                        },
                        **ERRORS,
                    },
                }
            },
            "/api/search.csv": {
                "get": {
                    "summary": "Export a result set as CSV",
                    "operationId": "searchCsv",
                    "parameters": export_params,
                    "responses": {
                        "200": {
                            "description": "CSV, one row per result.",
                            "headers": EXPORT_HEADERS,
                            "content": {"text/csv": {"schema": {"type": "string"}}},
                        },
                        **ERRORS,
                    },
                }
            },
            "/api/documents/{id}": {
                "get": {
                    "summary": "One document",
                    "operationId": "document",
                    "parameters": [doc_id],
                    "responses": {
                        "200": _json(_ref("Document"), "The document."),
                        "404": not_found,
                    },
                }
            },
            "/api/documents/{id}/similar": {
                "get": {
                    "summary": "Releases like this one",
                    "operationId": "similar",
                    "parameters": [
                        doc_id,
                        _query_param(
                            "limit",
                            {"type": "integer", "minimum": 1, "maximum": 50, "default": 10},
                            "Most results.",
                        ),
                    ],
                    "responses": {
                        "200": _json(_ref("SimilarResponse"), "Similar releases, best first."),
                        "400": ERRORS["400"],
                        "404": not_found,
                    },
                }
            },
            "/api/speakers": {
                "get": {
                    "summary": "Speakers, most releases first",
                    "operationId": "speakers",
                    "parameters": [
                        _query_param(
                            "q",
                            {"type": "string"},
                            "Only speakers whose name or an alias contains this.",
                        )
                    ],
                    "responses": {"200": _json(_ref("SpeakerList"), "Speakers with counts.")},
                }
            },
            "/api/speakers/{key}": {
                "get": {
                    "summary": "A speaker's profile",
                    "operationId": "speaker",
                    "parameters": [
                        {
                            "name": "key",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                            "description": "The speaker's key (e.g. Obama) or any alias "
                            "(e.g. Barack Obama).",
                        }
                    ],
                    "responses": {
                        "200": _json(_ref("Speaker"), "The profile."),
                        "404": _json(_ref("Error"), "No speaker with this name."),
                    },
                }
            },
            "/api/stats": {
                "get": {
                    "summary": "Index statistics",
                    "operationId": "stats",
                    "responses": {
                        "200": _json(_ref("Stats"), "Counts and sizes."),
                        "503": ERRORS["503"],
                    },
                }
            },
            "/api/openapi.json": {
                "get": {
                    "summary": "This document",
                    "operationId": "openapi",
                    "responses": {"200": _json({"type": "object"}, "OpenAPI 3.1 description.")},
                }
            },
        },
        "components": {"schemas": _schemas()},
    }
