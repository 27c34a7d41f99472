"""Dates at the precision a source fixes: ``2007-04-09``, ``2007-04`` or ``2007``."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil import parser as dateutil_parser

_ISO_RE = re.compile(
    r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_FIRST_DEFAULT = dt.datetime(1904, 1, 1)
_SECOND_DEFAULT = dt.datetime(1908, 2, 2)


def _iso(year: int, month: int | None, day: int | None) -> str:
    # Validates the parts: raises ValueError for 2007-02-30, month 13 or a
    # month or day 00 (only a missing part stands for the first).
    dt.date(year, month if month is not None else 1, day if day is not None else 1)
    if day is not None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month is not None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def normalize_date(value: str) -> str:
    """ISO text of a given date at its own precision; ValueError if it is not one.

    Accepts ISO dates (with or without a time) and written dates such as
    ``April 9, 2007`` or ``9 April 2007``.
    """
    text = value.strip()
    match = _ISO_RE.match(text)
    if match:
        year, month, day = match.groups()  # the year group always matches
        return _iso(int(year), int(month) if month else None, int(day) if day else None)
    try:
        first = dateutil_parser.parse(text, default=_FIRST_DEFAULT)
        second = dateutil_parser.parse(text, default=_SECOND_DEFAULT)
    except (ValueError, OverflowError) as err:
        raise ValueError(f"not a date: {value!r}") from err
    if first.year != second.year:
        raise ValueError(f"date without a year: {value!r}")
    month = first.month if first.month == second.month else None
    day = first.day if first.day == second.day and month is not None else None
    return _iso(first.year, month, day)


def parse_iso(text: str) -> tuple[int, int | None, int | None]:
    """(year, month, day) of an ISO date at any precision."""
    parts = [int(p) for p in text.split("-")]
    month = parts[1] if len(parts) > 1 else None
    day = parts[2] if len(parts) > 2 else None
    return parts[0], month, day


def date_start(text: str) -> dt.datetime:
    """The first moment of the period an ISO date names (for sorting and ranges)."""
    year, month, day = parse_iso(text)
    return dt.datetime(year, month or 1, day or 1)


def period_bounds(start: str | None, end: str | None) -> tuple[int, int]:
    """Ordinal days covering [start, end] at their precisions; open ends unbounded.

    A release dated only to a month or a year is placed on its first day, so
    ``2007`` is inside [2007-01-01, 2007-12-31] but not inside [2007-03-01, ...].
    """
    low = date_start(start).toordinal() if start else 1
    if not end:
        return low, dt.date.max.toordinal()
    year, month, day = parse_iso(end)
    if month is None:
        high = dt.date(year, 12, 31)
    elif day is None:
        high = dt.date(year, month, calendar.monthrange(year, month)[1])
    else:
        high = dt.date(year, month, day)
    return low, high.toordinal()
