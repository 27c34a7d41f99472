"""A search request, validated the same way for the web, the API and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from index import fields as registry
from index.dates import normalize_date, period_bounds
from searcher.errors import InvalidParameter

SORTS = ("relevance", "newest", "oldest")
#: Facets a request may count, and those counted unless it names some
#: (both from the registry, index/fields.py).
FACET_NAMES = registry.facet_names()
DEFAULT_FACETS = registry.default_facets()
#: Filters a request may carry; repeated values of one filter mean OR.
FILTER_NAMES = registry.filter_names()

DEFAULT_PER_PAGE = 10
MAX_PER_PAGE = 100
#: The deepest result a request may page to (page * per_page).
MAX_RESULT_WINDOW = 100_000
DEFAULT_FACET_SIZE = 10
MAX_FACET_SIZE = 100
MAX_FILTER_VALUES = 50
MAX_VALUE_LENGTH = 500
#: Bounds of the recency boost's half-life, in days.
MIN_RECENCY_DAYS = 1
MAX_RECENCY_DAYS = 36_500
#: Similar releases one request returns (/api/documents/ID/similar).
SIMILAR_DEFAULT = 10
SIMILAR_MAX = 50


@dataclass(frozen=True)
class SearchRequest:
    q: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    facets: tuple[str, ...] = ()
    facet_size: int = DEFAULT_FACET_SIZE
    collapse: bool = False
    #: Half-life in days of the optional recency boost; None is off.
    recency: float | None = None

    def __post_init__(self) -> None:
        validate(self)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def selected(self, name: str) -> tuple[str, ...]:
        return self.filters.get(name, ())

    def to_params(self) -> list[tuple[str, str]]:
        """Query-string parameters that reproduce this request."""
        params: list[tuple[str, str]] = []
        if self.q:
            params.append(("q", self.q))
        for name in FILTER_NAMES:
            params.extend((name, value) for value in self.selected(name))
        if self.date_from:
            params.append(("from", self.date_from))
        if self.date_to:
            params.append(("to", self.date_to))
        if self.sort != "relevance":
            params.append(("sort", self.sort))
        if self.page != 1:
            params.append(("page", str(self.page)))
        if self.per_page != DEFAULT_PER_PAGE:
            params.append(("per_page", str(self.per_page)))
        if self.collapse:
            params.append(("collapse", "1"))
        if self.recency:
            params.append(("recency", f"{self.recency:g}"))
        return params


def _check_text(name: str, value: str) -> None:
    if "\x00" in value:
        raise InvalidParameter(name, "contains a NUL character")
    if len(value) > MAX_VALUE_LENGTH and name != "q":
        raise InvalidParameter(name, f"longer than {MAX_VALUE_LENGTH} characters")


def validate(request: SearchRequest) -> None:
    _check_text("q", request.q)
    for name, values in request.filters.items():
        if name not in FILTER_NAMES:
            raise InvalidParameter(name, f"unknown filter; filters are {', '.join(FILTER_NAMES)}")
        if len(values) > MAX_FILTER_VALUES:
            raise InvalidParameter(name, f"at most {MAX_FILTER_VALUES} values")
        for value in values:
            _check_text(name, value)
    if request.sort not in SORTS:
        raise InvalidParameter("sort", f"must be one of {', '.join(SORTS)}")
    if not 1 <= request.per_page <= MAX_PER_PAGE:
        raise InvalidParameter("per_page", f"must be between 1 and {MAX_PER_PAGE}")
    if request.page < 1:
        raise InvalidParameter("page", "must be 1 or more")
    if request.page * request.per_page > MAX_RESULT_WINDOW:
        raise InvalidParameter(
            "page", f"too deep: page * per_page may be at most {MAX_RESULT_WINDOW}"
        )
    for name in request.facets:
        if name not in FACET_NAMES:
            raise InvalidParameter(
                "facets", f"unknown facet {name!r}; facets are {', '.join(FACET_NAMES)}"
            )
    if not 1 <= request.facet_size <= MAX_FACET_SIZE:
        raise InvalidParameter("facet_size", f"must be between 1 and {MAX_FACET_SIZE}")
    if request.date_from and request.date_to:
        low, high = period_bounds(request.date_from, request.date_to)
        if low > high:
            raise InvalidParameter("to", "is before from")
    if request.recency is not None and not MIN_RECENCY_DAYS <= request.recency <= MAX_RECENCY_DAYS:
        raise InvalidParameter(
            "recency", f"half-life in days, between {MIN_RECENCY_DAYS} and {MAX_RECENCY_DAYS}"
        )


def _parse_int(name: str, raw: str | None, default: int) -> int:
    if raw is None or raw == "":
        return default
    try:
        return int(raw.strip())
    except ValueError:
        raise InvalidParameter(name, f"must be a whole number, not {raw[:40]!r}") from None


def _parse_date(name: str, raw: str | None) -> str | None:
    if not raw:
        return None
    try:
        return normalize_date(raw)
    except (ValueError, OverflowError):
        raise InvalidParameter(name, f"not a date: {raw[:40]!r} (use YYYY-MM-DD)") from None


def _parse_bool(name: str, raw: str | None) -> bool:
    if raw is None or raw == "":
        return False
    lowered = raw.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise InvalidParameter(name, "must be 1 or 0")


def parse_facet_list(raw: list[str]) -> tuple[str, ...]:
    names: list[str] = []
    for chunk in raw:
        for name in chunk.split(","):
            name = name.strip().lower()
            if name and name not in names:
                names.append(name)
    return tuple(names)


def request_from_params(
    get_list: Callable[[str], list[str]], default_facets: tuple[str, ...] = ()
) -> SearchRequest:
    """Build a request from query-string style parameters (``getlist``)."""

    def one(name: str) -> str | None:
        values = get_list(name)
        return values[-1] if values else None

    filters = {}
    for name in FILTER_NAMES:
        values = tuple(dict.fromkeys(v.strip() for v in get_list(name) if v.strip()))
        if values:
            filters[name] = values
    facets_raw = get_list("facets")
    recency_raw = one("recency")
    try:
        recency = float(recency_raw) if recency_raw else None
    except ValueError:
        raise InvalidParameter("recency", "must be a number of days") from None
    return SearchRequest(
        q=(one("q") or "").strip(),
        filters=filters,
        date_from=_parse_date("from", one("from")),
        date_to=_parse_date("to", one("to")),
        sort=(one("sort") or "relevance").strip().lower(),
        page=_parse_int("page", one("page"), 1),
        per_page=_parse_int("per_page", one("per_page"), DEFAULT_PER_PAGE),
        facets=parse_facet_list(facets_raw) if facets_raw else default_facets,
        facet_size=_parse_int("facet_size", one("facet_size"), DEFAULT_FACET_SIZE),
        collapse=_parse_bool("collapse", one("collapse")),
        recency=recency or None,
    )
