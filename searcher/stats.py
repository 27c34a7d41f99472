"""What an index holds: documents, distinct speakers and others, date span, size."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np

from index.store import index_size_bytes
from searcher.index_view import IndexView


def _date_span(view: IndexView) -> tuple[int, list[str] | None]:
    """How many live documents are dated, and the first and last date."""
    days = view.day[view.live_docs]
    dated = days[days > 0]
    if not len(dated):
        return 0, None
    first, last = (dt.date.fromordinal(int(d)).isoformat() for d in (dated.min(), dated.max()))
    return len(dated), [first, last]


def index_stats(view: IndexView, index_dir: Path) -> dict:
    """The figures of /api/stats and `pressroom stats`."""
    counts = {
        name: int(np.count_nonzero(view.facets[name].count(view.live)))
        for name in ("speaker", "venue", "organization", "lang")
    }
    dated, span = _date_span(view)
    return {
        "documents": view.doc_count,
        "speakers": counts["speaker"],
        "venues": counts["venue"],
        "organizations": counts["organization"],
        "languages": counts["lang"],
        "dated_documents": dated,
        "date_span": span,
        "segments": len(view.leaves),
        "generation": view.generation,
        "index_bytes": index_size_bytes(index_dir),
    }
