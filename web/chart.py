"""The results-per-period strip above the results: one labelled bar per year
(or per month of a single year), each a link that narrows the search to it."""

from __future__ import annotations

from dataclasses import dataclass

from searcher.request import SearchRequest
from web.links import only_url

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: Bar heights are whole percentages of the tallest bar (drawn in a 0-100 SVG box).
FULL = 100


@dataclass
class Bar:
    value: str
    label: str
    count: int
    #: The count as the strip prints it: 987, 1.2k, 12k.
    short_count: str
    height: int
    url: str
    selected: bool


@dataclass
class Chart:
    bars: list[Bar]
    unit: str
    description: str


def short_number(count: int) -> str:
    if count < 1000:
        return str(count)
    if count < 10_000:
        return f"{count / 1000:.1f}".rstrip("0").rstrip(".") + "k"
    return f"{round(count / 1000)}k"


def timeline_chart(timeline: dict, req: SearchRequest) -> Chart | None:
    buckets = timeline.get("buckets") or []
    if not buckets or not any(b["count"] for b in buckets):
        return None
    unit = timeline["unit"]
    peak = max(b["count"] for b in buckets)
    bars = []
    for bucket in buckets:
        count, value = bucket["count"], bucket["value"]
        height = 0 if not count else max(3, round(FULL * count / peak))
        label = MONTHS[int(value[5:7]) - 1] if unit == "month" else value
        bars.append(
            Bar(
                value=value,
                label=label,
                count=count,
                short_count=short_number(count),
                height=height,
                url=only_url(req, unit, value),
                selected=value in req.selected(unit),
            )
        )
    first, last = buckets[0]["value"], buckets[-1]["value"]
    description = f"Results per {unit}, {first} to {last}"
    return Chart(bars, unit, description)
