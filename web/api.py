"""The JSON API: search, documents, similar releases, stats, exports, OpenAPI."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify, request, stream_with_context

from searcher.export import csv_lines, jsonl_lines
from searcher.request import DEFAULT_FACETS, InvalidParameter, request_from_params
from web.engine import get_engine
from web.errors import ApiError
from web.openapi import openapi_document

bp = Blueprint("api", __name__, url_prefix="/api")

SIMILAR_DEFAULT = 10
SIMILAR_MAX = 50


def search_request():
    return request_from_params(request.args.getlist, default_facets=DEFAULT_FACETS)


def _limit(name: str, default: int, maximum: int) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InvalidParameter(name, f"must be a whole number, not {raw[:40]!r}") from None
    if not 1 <= value <= maximum:
        raise InvalidParameter(name, f"must be between 1 and {maximum}")
    return value


@bp.get("/search")
def search():
    fmt = request.args.get("format", "json")
    if fmt == "jsonl":
        return _export("jsonl")
    if fmt != "json":
        raise InvalidParameter("format", "must be json or jsonl (CSV: /api/search.csv)")
    response = get_engine().search(search_request())
    return jsonify(response.to_dict())


@bp.get("/search.csv")
def search_csv():
    return _export("csv")


def _export(fmt: str) -> Response:
    maximum = current_app.config["EXPORT_LIMIT"]
    limit = _limit("limit", maximum, maximum)
    req = search_request()
    engine = get_engine()
    rows = engine.iter_results(req, limit)
    first = next(rows, None)  # run the search now, so errors become 400s

    def all_rows():
        if first is not None:
            yield first
            yield from rows

    if fmt == "csv":
        body, mimetype, name = csv_lines(all_rows()), "text/csv", "pressroom.csv"
    else:
        body, mimetype, name = jsonl_lines(all_rows()), "application/x-ndjson", "pressroom.jsonl"
    response = Response(stream_with_context(body), mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@bp.get("/documents/<path:doc_id>/similar")
def similar(doc_id: str):
    limit = _limit("limit", SIMILAR_DEFAULT, SIMILAR_MAX)
    hits = get_engine().similar(doc_id, limit)
    if hits is None:
        raise ApiError(404, "not_found", f"no document with id {doc_id!r}")
    return jsonify({"id": doc_id, "results": [hit.to_dict() for hit in hits]})


@bp.get("/documents/<path:doc_id>")
def document(doc_id: str):
    doc = get_engine().document(doc_id)
    if doc is None:
        raise ApiError(404, "not_found", f"no document with id {doc_id!r}")
    return jsonify(doc)


@bp.get("/speakers")
def speakers():
    q = (request.args.get("q") or "").strip()
    found = get_engine().speakers(q)
    return jsonify({"q": q, "total": len(found), "speakers": found})


@bp.get("/speakers/<path:key>")
def speaker(key: str):
    profile = get_engine().speaker(key)
    if profile is None:
        raise ApiError(404, "not_found", f"no speaker {key!r}")
    return jsonify(profile)


@bp.get("/stats")
def stats():
    return jsonify(get_engine().stats())


@bp.get("/openapi.json")
def openapi():
    return jsonify(openapi_document())


@bp.route("/<path:anything>")
def unknown(anything: str):
    raise ApiError(404, "not_found", f"no API endpoint /api/{anything}")
