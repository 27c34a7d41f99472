"""Errors as JSON on the API and as pages elsewhere; never a stack trace."""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from searcher.errors import HANDLED_ERRORS, as_pressroom_error


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path.endswith((".json", ".csv"))


def error_response(status: int, code: str, message: str, **extra):
    if _wants_json():
        body = {"error": {"code": code, "message": message, **extra}}
        return jsonify(body), status
    html = render_template("error.html", status=status, code=code, message=message)
    return html, status


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

    def handle_known(err: Exception):
        # The public message: the server's own paths stay out of its answers.
        known = as_pressroom_error(err)
        return error_response(known.http_status, known.code, known.public, **known.details)

    # Errors of searcher.errors have their own code and status; the rest are 500s.
    for exception_class in HANDLED_ERRORS:
        app.register_error_handler(exception_class, handle_known)

    @app.errorhandler(HTTPException)
    def handle_http(err: HTTPException):
        code = (err.name or "error").lower().replace(" ", "_")
        return error_response(err.code or 500, code, err.description or err.name)

    @app.errorhandler(Exception)
    def handle_unexpected(err: Exception):
        app.logger.exception("unhandled error on %s", request.path)
        return error_response(500, "internal_error", "something went wrong on our side")
