"""The app's one search engine, opened lazily so the app starts without an index."""

from __future__ import annotations

import threading

from flask import current_app

from searcher.search import SearchEngine


class EngineHolder:
    def __init__(self, index_dir: str, time_budget: float):
        self._index_dir = index_dir
        self._time_budget = time_budget
        self._engine: SearchEngine | None = None
        self._lock = threading.Lock()

    def get(self) -> SearchEngine:
        """The engine; raises IndexUnavailable while there is no index yet."""
        with self._lock:
            if self._engine is None:
                self._engine = SearchEngine(self._index_dir, self._time_budget)
            return self._engine


def warm_in_background(app) -> threading.Thread:
    """Open the index and warm its caches without delaying the server's start."""

    def warm() -> None:
        try:
            app.extensions["pressroom"].get().warm()
        except Exception:  # no index yet, or a broken one: requests will say so
            app.logger.info("index not warmed", exc_info=True)

    thread = threading.Thread(target=warm, name="pressroom-warm", daemon=True)
    thread.start()
    return thread


def get_engine() -> SearchEngine:
    return current_app.extensions["pressroom"].get()
