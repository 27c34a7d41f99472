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
from searcher.facets import FacetResult, codes_of, doc_codes, labels
from searcher.index_view import EMPTY_IDS, FacetColumn, IndexView
from searcher.request import SearchRequest

#: How alike a misspelt name and an entity alias must be (difflib ratio).
SUGGEST_CUTOFF = 0.8


def canonical_request(view: IndexView, request: SearchRequest) -> SearchRequest:
    """The request with filter values replaced by the values the index holds:
    an entity's key for any alias, and a value equal but for case for the
    rest, as the query language finds them (``lang=EN`` is ``en``). Unknown
    values are kept: they match nothing."""
    filters = dict(request.filters)
    changed = False
    for facet, values in request.filters.items():
        if facet in ENTITY_FACETS:
            values = tuple(view.entities.resolve(facet, v) or v for v in values)
        column = view.facets[facet]
        held = tuple(dict.fromkeys(h for v in values for h in _held_values(column, v)))
        if held != request.filters[facet]:
            filters[facet] = held
            changed = True
    return dataclasses.replace(request, filters=filters) if changed else request


def _held_values(column: FacetColumn, value: str) -> list[str]:
    """The value as the index holds it (every value equal but for case)."""
    codes = codes_of(column, value)
    if not codes or column.values is None:
        return [value]
    return [labels(column)[c] for c in codes]


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
