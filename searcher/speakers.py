"""Speaker profiles: who a speaker is, where and for whom they speak, about
what, with whom, and what they said lately. One dict, shown by the page
``/speakers/<key>``, its JSON twin and ``pressroom speaker NAME``."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import numpy as np

from index.entities import alias_key
from searcher.facets import doc_codes, labels, year_buckets
from searcher.index_view import IndexView

#: Entries in each "top" list of a profile.
TOP = 10
LATEST_QUOTES = 5
#: Newest releases read for quotes.
QUOTE_DOCS = 40


def speaker_list(view: IndexView, q: str = "") -> list[dict]:
    """Every speaker with its number of releases, most first; ``q`` keeps those
    whose name or an alias contains it."""
    column = view.facets["speaker"]
    values = labels(column)
    counts = column.count(view.live)
    wanted = alias_key(q) if q.strip() else ""
    out = []
    for code in np.flatnonzero(counts).tolist():
        key = values[code]
        entity = view.entities.entity("speaker", key)
        name = entity.name if entity else key
        if wanted:
            forms = [key, name, *(entity.aliases if entity else [])]
            if not any(wanted in alias_key(form) for form in forms):
                continue
        out.append({"key": key, "name": name, "documents": int(counts[code])})
    out.sort(key=lambda s: (-s["documents"], s["name"].lower()))
    return out


def _top(view: IndexView, facet: str, mask: np.ndarray) -> list[dict]:
    column = view.facets[facet]
    values = labels(column)
    counts = column.count(mask)
    codes = sorted(np.flatnonzero(counts).tolist(), key=lambda c: (-counts[c], values[c]))
    return [
        {
            "value": values[c],
            "label": view.entities.display_name(facet, values[c]),
            "count": int(counts[c]),
        }
        for c in codes[:TOP]
    ]


def _co_issuers(view: IndexView, key: str, docs: np.ndarray) -> list[dict]:
    """Speakers of the copies of this speaker's releases: joint releases are
    published by each of their issuers, so they form groups of copies."""
    groups = doc_codes(view.facets["group"])
    speakers = view.facets["speaker"]
    speaker_codes, names = doc_codes(speakers), labels(speakers)
    own = groups[docs]
    own = np.unique(own[own >= 0])
    if not len(own):
        return []
    members = np.flatnonzero(np.isin(groups, own) & view.live)
    pairs = {(int(groups[d]), int(speaker_codes[d])) for d in members if speaker_codes[d] >= 0}
    together = Counter(code for _, code in pairs)
    own_code = speakers.code_of(key)
    if own_code is not None:
        together.pop(own_code, None)
    ranked = sorted(together.items(), key=lambda kv: (-kv[1], names[kv[0]]))
    return [
        {
            "key": names[code],
            "name": view.entities.display_name("speaker", names[code]),
            "joint_releases": count,
        }
        for code, count in ranked[:TOP]
    ]


def _latest_quotes(view: IndexView, key: str, docs: np.ndarray) -> list[dict]:
    """The speaker's own newest quotes (a quote by someone else is skipped)."""
    newest = docs[np.lexsort((-docs, -view.day[docs]))][:QUOTE_DOCS]
    out = []
    for docnum in newest.tolist():
        stored = view.stored(docnum)
        for quote in stored.get("quotes") or []:
            said_by = quote.get("speaker")
            if not said_by or view.entities.resolve("speaker", said_by) != key:
                continue
            out.append(
                {
                    "text": quote["text"],
                    "id": stored["id"],
                    "title": stored.get("title"),
                    "date": stored.get("date_text"),
                }
            )
            break  # one quote per release
        if len(out) >= LATEST_QUOTES:
            break
    return out


def speaker_profile(view: IndexView, name: str) -> dict | None:
    """The profile of the speaker ``name`` (key or any alias); None if unknown."""
    key = view.entities.resolve("speaker", name) or name
    column = view.facets["speaker"]
    code = column.code_of(key)
    if code is None:
        return None
    docs = column.docs_with([code])
    docs = docs[view.live[docs]]
    if not len(docs):
        return None
    mask = np.zeros(view.doc_count_all, dtype=bool)
    mask[docs] = True
    entity = view.entities.entity("speaker", key)
    days = view.day[docs]
    dated = days[days > 0]
    return {
        "key": key,
        "name": entity.name if entity else key,
        "aliases": [a for a in (entity.aliases if entity else []) if a != key],
        "documents": len(docs),
        "first_date": _iso(int(dated.min())) if len(dated) else None,
        "last_date": _iso(int(dated.max())) if len(dated) else None,
        "timeline": {"unit": "year", "buckets": year_buckets(view.facets["year"], mask)},
        "venues": _top(view, "venue", mask),
        "organizations": _top(view, "organization", mask),
        "topics": _top(view, "topic", mask),
        "co_issuers": _co_issuers(view, key, docs),
        "latest_quotes": _latest_quotes(view, key, docs),
    }


def _iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()
