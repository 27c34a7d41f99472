"""The matches-per-period bar chart, laid out on the server as inline SVG."""

from __future__ import annotations

import calendar
from dataclasses import dataclass

from searcher.request import SearchRequest
from web.links import only_url, search_url

WIDTH = 640
HEIGHT = 120
LABEL_SPACE = 18
GAP = 2
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    title: str
    count: int
    url: str
    show_label: bool


@dataclass
class Chart:
    width: int
    height: int
    bars: list[Bar]
    unit: str
    description: str


def timeline_chart(timeline: dict, req: SearchRequest) -> Chart | None:
    buckets = timeline.get("buckets") or []
    if not buckets or not any(b["count"] for b in buckets):
        return None
    unit = timeline["unit"]
    plot_height = HEIGHT - LABEL_SPACE
    peak = max(b["count"] for b in buckets)
    slot = WIDTH / len(buckets)
    width = max(1.0, slot - GAP)
    # Label every bar when they fit, else every few.
    label_every = max(1, round(len(buckets) / (WIDTH / 36)))
    bars = []
    for i, bucket in enumerate(buckets):
        count = bucket["count"]
        height = 0 if not count else max(2.0, plot_height * count / peak)
        value = bucket["value"]
        if unit == "month":
            label = MONTHS[int(value[5:7]) - 1]
            url = search_url(req, **{"from": f"{value}-01", "to": _month_end(value)})
        else:
            label = value
            url = only_url(req, "year", value)
        bars.append(
            Bar(
                x=round(i * slot, 2),
                y=round(plot_height - height, 2),
                width=round(width, 2),
                height=round(height, 2),
                label=label,
                title=f"{value}: {count} result{'s' if count != 1 else ''}",
                count=count,
                url=url,
                show_label=i % label_every == 0,
            )
        )
    first, last = buckets[0]["value"], buckets[-1]["value"]
    description = f"Results per {unit}, {first} to {last}; most in one {unit}: {peak}."
    return Chart(WIDTH, HEIGHT, bars, unit, description)


def _month_end(value: str) -> str:
    year, month = int(value[:4]), int(value[5:7])
    return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
