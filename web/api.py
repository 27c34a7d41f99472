"""The JSON API: search, documents, similar releases, stats, exports, OpenAPI."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import (
    Blueprint,
    Response,
    current_app,
    jsonify,
    request,
    stream_with_context,
    url_for,
)

from searcher.errors import NotFound
from searcher.export import csv_lines, export_filename, jsonl_lines, with_page_urls
from searcher.request import (
    DEFAULT_FACETS,
    SIMILAR_DEFAULT,
    SIMILAR_MAX,
    InvalidParameter,
    request_from_params,
)
from web.engine import get_engine
from web.openapi import openapi_document

bp = Blueprint("api", __name__, url_prefix="/api")


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
    offset = _offset()
    req = search_request()
    total, rows = get_engine().result_rows(req, limit, offset)
    first = next(rows, None)  # read the first batch now, so errors become 400s

    def all_rows():
        if first is not None:
            yield first
            yield from rows

    page_rows = with_page_urls(
        all_rows(), lambda doc_id: url_for("pages.document", doc_id=doc_id, _external=True)
    )
    if fmt == "csv":
        body, mimetype = csv_lines(page_rows), "text/csv"
    else:
        body, mimetype = jsonl_lines(page_rows), "application/x-ndjson"
    response = Response(stream_with_context(body), mimetype=mimetype)
    name = export_filename(req, fmt)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers.update(export_headers(total, limit, offset, maximum))
    if offset + limit < total:
        next_url = request.base_url + "?" + _with_offset(offset + limit)
        response.headers["Link"] = f'<{next_url}>; rel="next"'
    return response


def export_headers(total: int, limit: int, offset: int, maximum: int) -> dict[str, str]:
    """What an export response says about its size: the cap and whether it stopped early."""
    rows = max(0, min(limit, total - offset))
    return {
        "X-Total-Count": str(total),
        "X-Export-Limit": str(maximum),
        "X-Export-Rows": str(rows),
        "X-Export-Truncated": "true" if offset + rows < total else "false",
    }


def _offset() -> int:
    raw = request.args.get("offset")
    if raw is None or raw == "":
        return 0
    try:
        value = int(raw)
    except ValueError:
        raise InvalidParameter("offset", f"must be a whole number, not {raw[:40]!r}") from None
    if value < 0:
        raise InvalidParameter("offset", "must be 0 or more")
    return value


def _with_offset(offset: int) -> str:
    params = [(k, v) for k, v in request.args.items(multi=True) if k != "offset"]
    return urlencode([*params, ("offset", str(offset))])


@bp.get("/documents/<path:doc_id>/similar")
def similar(doc_id: str):
    limit = _limit("limit", SIMILAR_DEFAULT, SIMILAR_MAX)
    hits = get_engine().similar(doc_id, limit)
    if hits is None:
        raise NotFound(f"no document with id {doc_id!r}")
    return jsonify({"id": doc_id, "results": [hit.to_dict() for hit in hits]})


@bp.get("/documents/<path:doc_id>")
def document(doc_id: str):
    doc = get_engine().document(doc_id)
    if doc is None:
        raise NotFound(f"no document with id {doc_id!r}")
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
        raise NotFound(f"no speaker {key!r}")
    return jsonify(profile)


@bp.get("/stats")
def stats():
    return jsonify(get_engine().stats())


@bp.get("/openapi.json")
def openapi():
    return jsonify(openapi_document())


@bp.route("/<path:anything>")
def unknown(anything: str):
    raise NotFound(f"no API endpoint /api/{anything}")
