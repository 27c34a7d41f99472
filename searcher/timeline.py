"""Matches over time: per year, or per month when a search covers a single year."""

from __future__ import annotations

import numpy as np

from searcher.facets import labels, year_buckets
from searcher.index_view import IndexView
from searcher.request import SearchRequest


def single_year(request: SearchRequest) -> str | None:
    """The one year a request is limited to (a year filter or a date range), if any."""
    years = request.selected("year")
    if len(years) == 1:
        return years[0]
    if request.date_from and request.date_to and request.date_from[:4] == request.date_to[:4]:
        return request.date_from[:4]
    return None


def timeline(
    view: IndexView, mask: np.ndarray, request: SearchRequest, docs: np.ndarray | None = None
) -> dict:
    """Documents in ``mask`` (numbered ``docs``, if known) per year, or per month when
    the request covers a single year."""
    one_year = single_year(request)
    if one_year is None:
        return {"unit": "year", "buckets": year_buckets(view.facets["year"], mask, docs)}
    column = view.facets["month"]
    by_value = dict(zip(labels(column), column.count(mask, docs).tolist(), strict=True))
    months = [f"{one_year}-{m:02d}" for m in range(1, 13)]
    return {
        "unit": "month",
        "buckets": [{"value": month, "count": by_value.get(month, 0)} for month in months],
    }
