"""The Flask application: the search page, the JSON API and Atom feeds."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask
from flask.json.provider import DefaultJSONProvider

from index.store import default_index_dir
from searcher.export import MAX_EXPORT_ROWS
from searcher.search import DEFAULT_TIME_BUDGET
from web.engine import EngineHolder
from web.prefork import WORKER_HEADER
from web.security import install_security


class _JSONProvider(DefaultJSONProvider):
    """Keys in the order written, and text as text (not \\u escapes)."""

    sort_keys = False
    ensure_ascii = False


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
