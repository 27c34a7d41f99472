"""Errors as JSON on the API and as pages elsewhere; never a stack trace."""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from index.store import IndexUnavailable
from searcher.matching import QueryTooBroad, SearchTimeout
from searcher.query_parser import QuerySyntaxError
from searcher.request import InvalidParameter


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, **extra):
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path.endswith((".json", ".csv"))


def error_response(status: int, code: str, message: str, **extra):
    if _wants_json():
        body = {"error": {"code": code, "message": message, **extra}}
        return jsonify(body), status
    html = render_template("error.html", status=status, code=code, message=message)
    return html, status


def _from_exception(err: Exception) -> ApiError:
    """Map library exceptions to HTTP errors."""
    if isinstance(err, ApiError):
        return err
    if isinstance(err, InvalidParameter):
        return ApiError(400, "invalid_parameter", err.message, parameter=err.parameter)
    if isinstance(err, QuerySyntaxError):
        extra = {"parameter": "q"}
        if err.position:
            extra["position"] = err.position
        return ApiError(400, "invalid_query", err.message, **extra)
    if isinstance(err, QueryTooBroad):
        return ApiError(400, "query_too_broad", str(err), parameter="q")
    if isinstance(err, SearchTimeout):
        return ApiError(503, "search_timeout", str(err))
    if isinstance(err, IndexUnavailable):
        # The server's own paths stay out of its answers (the log has them).
        return ApiError(503, "index_unavailable", err.public)
    raise TypeError(err)


HANDLED = (
    ApiError,
    InvalidParameter,
    QuerySyntaxError,
    QueryTooBroad,
    SearchTimeout,
    IndexUnavailable,
)


def register(app: Flask) -> None:
    @app.before_request
    def reject_bad_bytes():
        try:
            unquote_to_bytes(request.query_string).decode("utf-8")
        except UnicodeDecodeError:
            return error_response(400, "invalid_encoding", "the query string is not valid UTF-8")
        if "\x00" in request.path:
            return error_response(400, "invalid_path", "the path contains a NUL character")
        return None

    def handle_known(err):
        mapped = _from_exception(err)
        return error_response(mapped.status, mapped.code, mapped.message, **mapped.extra)

    for exception_class in HANDLED:
        app.register_error_handler(exception_class, handle_known)

    @app.errorhandler(HTTPException)
    def handle_http(err: HTTPException):
        code = (err.name or "error").lower().replace(" ", "_")
        return error_response(err.code or 500, code, err.description or err.name)

    @app.errorhandler(Exception)
    def handle_unexpected(err: Exception):
        app.logger.exception("unhandled error on %s", request.path)
        return error_response(500, "internal_error", "something went wrong on our side")
