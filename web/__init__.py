"""The Flask application: the search page, the JSON API and Atom feeds."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import orjson
from flask import Flask
from flask.json.provider import DefaultJSONProvider
from werkzeug.sansio.response import Response as BaseResponse

from index.store import default_index_dir
from searcher.export import MAX_EXPORT_ROWS
from searcher.search import DEFAULT_TIME_BUDGET
from web.engine import EngineHolder
from web.prefork import WORKER_HEADER
from web.security import install_security


class _JSONProvider(DefaultJSONProvider):
    """Keys in the order written, and text as text (not \\u escapes).

    Responses are encoded by orjson: a search answer of ten hits took the
    standard library 0.065 ms and orjson 0.004 (72,635 releases, the bench's
    queries), a measurable part of an answer's 2-3 ms. The debug server's
    indented output, and anything orjson cannot encode, go the standard way.
    """

    sort_keys = False
    ensure_ascii = False

    def response(self, *args: Any, **kwargs: Any) -> BaseResponse:
        if self.compact is False or (self.compact is None and self._app.debug):
            return super().response(*args, **kwargs)
        obj = self._prepare_response_obj(args, kwargs)
        try:
            body = orjson.dumps(obj, default=self.default, option=_ORJSON_OPTIONS)
        except (TypeError, orjson.JSONEncodeError):  # e.g. an integer past 64 bits
            return super().response(*args, **kwargs)
        return cast(Any, self._app.response_class)(body + b"\n", mimetype=self.mimetype)


# Keys that are not strings become strings, as the standard encoder makes them; dates go
# to Flask's ``default`` (HTTP dates), as on the standard path. (NaN, which the standard
# encoder writes as invalid JSON, becomes null; Pressroom's answers hold none.)
_ORJSON_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Application factory; ``config`` overrides the defaults below."""
    app = Flask(__name__)
    app.config.from_mapping(
        INDEX_DIR=str(default_index_dir()),
        # Seconds one search may run (see README, "Limits").
        SEARCH_TIME_BUDGET=DEFAULT_TIME_BUDGET,
        # Most rows one CSV/JSONL export returns.
        EXPORT_LIMIT=MAX_EXPORT_ROWS,
        FEED_SIZE=50,
        JSON_SORT_KEYS=False,
        # The number of this process under `pressroom serve --workers N`, sent in
        # a response header so that a client can tell which worker answered.
        WORKER=None,
    )
    if config:
        app.config.from_mapping(config)
    # Document ids may contain "//"; never redirect them to another id.
    app.url_map.merge_slashes = False
    app.json = _JSONProvider(app)
    app.extensions["pressroom"] = EngineHolder(
        app.config["INDEX_DIR"], app.config["SEARCH_TIME_BUDGET"]
    )

    from web import api, errors, feeds, pages

    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(feeds.bp)
    errors.register(app)
    install_security(app)
    if app.config["WORKER"] is not None:
        worker = str(app.config["WORKER"])
        app.after_request(lambda response: _tag_worker(response, worker))
    return app


def _tag_worker(response, worker: str):
    response.headers[WORKER_HEADER] = worker
    return response
