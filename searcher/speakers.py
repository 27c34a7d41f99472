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
    """Who issues releases with this speaker, counted once per release: the
    speakers of the copies of its releases (a joint release is published by
    each of its issuers), the co-issuers its texts name ("Sens. A and B
    announced"), which a release published once has only, and the speakers
    of releases that name this one as their co-issuer."""
    groups = doc_codes(view.facets["group"])
    speakers = view.facets["speaker"]
    speaker_codes, names = doc_codes(speakers), labels(speakers)
    pairs: set[tuple[int, str]] = set()  # (release, co-issuer)
    own = groups[docs]
    own = np.unique(own[own >= 0])
    if len(own):
        members = np.flatnonzero(np.isin(groups, own) & view.live)
        pairs |= {
            (int(groups[d]), names[speaker_codes[d]]) for d in members if speaker_codes[d] >= 0
        }
    named = view.facets["co_issuer"]
    named_keys = [view.entities.resolve("speaker", name) or name for name in labels(named)]

    def release(doc: int) -> int:
        # A release published once is its own group, numbered apart from groups.
        return int(groups[doc]) if groups[doc] >= 0 else -1 - doc

    # The co-issuers named in this speaker's releases ...
    chosen = np.isin(named.pair_docs, docs)
    for doc, code in zip(named.pair_docs[chosen].tolist(), named.pair_codes[chosen].tolist()):
        pairs.add((release(doc), named_keys[code]))
    # ... and the speakers of the releases that name this one as a co-issuer.
    mine = [code for code, other in enumerate(named_keys) if other == key]
    for doc in named.docs_with(mine).tolist() if mine else []:
        if view.live[doc] and speaker_codes[doc] >= 0:
            pairs.add((release(doc), names[speaker_codes[doc]]))
    together = Counter(other for _, other in pairs if other != key)
    ranked = sorted(together.items(), key=lambda kv: (-kv[1], kv[0]))
    return [_co_issuer(view, other, count) for other, count in ranked[:TOP]]


def _co_issuer(view: IndexView, name: str, count: int) -> dict:
    """A co-issuer: a speaker's key and display name, or (for someone who
    speaks for no release) the name as extracted and no key."""
    is_speaker = view.facets["speaker"].code_of(name) is not None
    return {
        "key": name if is_speaker else None,
        "name": view.entities.display_name("speaker", name) if is_speaker else name,
        "joint_releases": count,
    }


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
