"""The newest committed generation of an index, reopened when an ingest commits."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from index.store import open_index
from searcher.index_view import IndexView

#: How often a search looks for a newer index generation (an ingest's commit).
GENERATION_CHECK_SECONDS = 0.5


class Generations:
    """Hands out the view of the newest generation; ``lock`` serialises its use
    (Whoosh readers are not thread-safe)."""

    def __init__(self, index_dir: Path):
        self.index_dir = index_dir
        self.lock = threading.RLock()
        self._view: IndexView | None = None
        self._ix = None
        self._checked = 0.0

    def current(self) -> IndexView:
        """The view of the newest generation (checked at most every
        GENERATION_CHECK_SECONDS); raises IndexUnavailable without an index."""
        with self.lock:
            if self._ix is None:
                self._ix = open_index(self.index_dir)
            view = self._view
            now = time.monotonic()
            if view is not None and now - self._checked < GENERATION_CHECK_SECONDS:
                return view
            self._checked = now
            generation = self._ix.latest_generation()
            if view is None or view.generation != generation:
                # A rebuilt index may carry a new schema: reopen it too.
                self._ix = open_index(self.index_dir)
                cache = view.segment_cache if view is not None else None
                view = self._view = IndexView(self._ix, cache)
            return view
