"""Facets: exact counts of metadata values over every matching document.

Counting is disjunctive: a facet's counts apply every filter except its
own, so a bucket's count is exactly how many results selecting it adds
(repeated values of one filter mean OR), and selected buckets stay visible
so they can be switched off.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from searcher.index_view import FacetColumn


def labels(column: FacetColumn) -> list[str]:
    """A facet's values by code; every facet has them but the group of copies."""
    assert column.values is not None, "the group of copies has no labels"
    return column.values


def codes_of(column: FacetColumn, value: str) -> list[int]:
    """The facet's codes for ``value``: its own, else those of values equal but
    for case (``lang:EN``, ``place:honolulu`` for HONOLULU)."""
    code = column.code_of(value)
    if code is not None:
        return [code]
    if column.values is None:  # the group of copies: matched by code only
        return []
    wanted = value.casefold()
    return [i for i, label in enumerate(column.values) if label.casefold() == wanted]


def doc_codes(column: FacetColumn) -> np.ndarray:
    """A single-valued facet's code per document (-1 for none); the
    multi-valued topics have (doc, code) pairs instead."""
    assert column.codes is not None, "a multi-valued facet has no code per document"
    return column.codes


@dataclass
class FacetBucket:
    value: str
    count: int
    selected: bool
    #: What to show: an entity's display name; None shows the value.
    label: str | None = None

    @property
    def display(self) -> str:
        return self.label or self.value

    def to_dict(self) -> dict:
        return {
            "value": self.value,
            "label": self.display,
            "count": self.count,
            "selected": self.selected,
        }


@dataclass
class FacetResult:
    name: str
    buckets: list[FacetBucket]
    #: Values with matches that are not in ``buckets``.
    more: int


class Facet:
    """Counts and filters one exact-valued field."""

    def __init__(self, name: str, column: FacetColumn):
        self.name = name
        self.column = column

    def filter_mask(self, selected: tuple[str, ...], size: int) -> np.ndarray:
        """Documents having any of the ``selected`` values."""
        mask = np.zeros(size, dtype=bool)
        codes = [c for v in selected for c in codes_of(self.column, v)]
        if codes:
            mask[self.column.docs_with(codes)] = True
        return mask

    def candidate_codes(
        self, selected: tuple[str, ...], context: dict[str, tuple[str, ...]]
    ) -> np.ndarray | None:
        """Codes this facet may show; None for all."""
        return None

    def count(
        self,
        doc_mask: np.ndarray,
        selected: tuple[str, ...],
        size: int,
        context: dict[str, tuple[str, ...]],
        docs: np.ndarray | None = None,
    ) -> FacetResult:
        """The buckets of the documents in ``doc_mask`` (``docs``: their numbers, if known)."""
        counts = self.column.count(doc_mask, docs)
        allowed = self.candidate_codes(selected, context)
        if allowed is not None:
            keep = np.zeros(len(counts), dtype=bool)
            keep[allowed] = True
            counts = np.where(keep, counts, 0)
        nonzero = np.flatnonzero(counts)
        # Most matches first; ties alphabetically, for a stable order.
        values = labels(self.column)
        order = np.lexsort((self.column.label_ranks[nonzero], -counts[nonzero]))
        shown = nonzero[order[:size]].tolist()
        buckets = [FacetBucket(values[c], int(counts[c]), values[c] in selected) for c in shown]
        shown_values = {b.value for b in buckets}
        selected_beyond = set()  # matching selected values past the first ``size``
        for value in selected:
            if value not in shown_values:
                code = self.column.code_of(value)
                count = int(counts[code]) if code is not None else 0
                buckets.append(FacetBucket(value, count, True))
                if count:
                    selected_beyond.add(value)
        more = len(nonzero) - len(shown) - len(selected_beyond)
        return FacetResult(self.name, buckets, more=more)


class MonthFacet(Facet):
    """Months, limited to the selected years when any are selected."""

    def candidate_codes(self, selected, context):
        years = context.get("year", ())
        if not years:
            return None
        prefixes = tuple(f"{y}-" for y in years)
        return np.array(
            [i for i, v in enumerate(labels(self.column)) if v.startswith(prefixes)],
            dtype=np.int64,
        )


def year_buckets(
    column: FacetColumn, mask: np.ndarray, docs: np.ndarray | None = None
) -> list[dict]:
    """Documents in ``mask`` (numbered ``docs``, if known) per year, every year from
    the first to the last (empty years included, so that a chart shows the gaps)."""
    counts = dict(zip(labels(column), column.count(mask, docs).tolist()))
    present = sorted(int(v) for v, c in counts.items() if c)
    if not present:
        return []
    return [
        {"value": str(y), "count": counts.get(str(y), 0)}
        for y in range(present[0], present[-1] + 1)
    ]


FACET_CLASSES: dict[str, type[Facet]] = {"month": MonthFacet}


def make_facet(name: str, column: FacetColumn) -> Facet:
    return FACET_CLASSES.get(name, Facet)(name, column)
