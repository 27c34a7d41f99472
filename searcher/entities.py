"""Entities in search: filters and field queries by any alias, facet labels,
and spelling suggestions from entity names.

The index's facet fields hold entity keys (index/entities.py); a user may
write any alias (``speaker=Barack Obama``, ``speaker:"barack obama"``).
"""

from __future__ import annotations

import dataclasses
import difflib

import numpy as np

from index.entities import ENTITY_FACETS, alias_key
from searcher.facets import FacetResult, doc_codes, labels
from searcher.index_view import EMPTY_IDS, IndexView
from searcher.request import SearchRequest

#: How alike a misspelt name and an entity alias must be (difflib ratio).
SUGGEST_CUTOFF = 0.8


def canonical_request(view: IndexView, request: SearchRequest) -> SearchRequest:
    """The request with entity filter values replaced by their entity keys
    (unknown values are kept: they match nothing)."""
    filters = dict(request.filters)
    changed = False
    for facet in ENTITY_FACETS:
        values = filters.get(facet)
        if not values:
            continue
        keys = tuple(dict.fromkeys(view.entities.resolve(facet, v) or v for v in values))
        if keys != values:
            filters[facet] = keys
            changed = True
    return dataclasses.replace(request, filters=filters) if changed else request


def entity_docs(view: IndexView, facet: str, text: str) -> np.ndarray:
    """Documents of the entity ``text`` names in ``facet`` (any alias)."""
    if facet not in ENTITY_FACETS:
        return EMPTY_IDS
    key = view.entities.resolve(facet, text)
    column = view.facets[facet]
    code = column.code_of(key) if key is not None else None
    return column.docs_with([code]) if code is not None else EMPTY_IDS


def label_facets(view: IndexView, facets: dict[str, FacetResult]) -> None:
    """Give entity buckets their display names."""
    for name, result in facets.items():
        if name in ENTITY_FACETS:
            for bucket in result.buckets:
                bucket.label = view.entities.display_name(name, bucket.value)


def entity_key_of(view: IndexView, facet: str, docnum: int) -> str | None:
    """The entity key a document has in ``facet``."""
    column = view.facets[facet]
    code = int(doc_codes(column)[docnum])
    return labels(column)[code] if code >= 0 else None


def suggest_entity(view: IndexView, facet: str, text: str) -> str | None:
    """The alias closest to a name no entity has (``obamma`` -> ``obama``)."""
    if facet not in ENTITY_FACETS or view.entities.resolve(facet, text) is not None:
        return None
    wanted = alias_key(text)
    if len(wanted) < 3:
        return None
    close = difflib.get_close_matches(
        wanted, list(view.entities.alias_keys(facet)), n=1, cutoff=SUGGEST_CUTOFF
    )
    return close[0] if close and close[0] != wanted else None
