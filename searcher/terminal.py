"""Search results as readable terminal text."""

from __future__ import annotations

import html
import re
import shutil
import textwrap

from searcher.search import Hit, SearchResponse

_MARK_RE = re.compile(r"<mark>(.*?)</mark>", re.DOTALL)
_BOLD, _RESET, _DIM = "\x1b[1m", "\x1b[0m", "\x1b[2m"


def snippet_text(snippet_html: str, color: bool) -> str:
    """A snippet's HTML as plain text, marks in bold (or *stars* without colour)."""
    start, end = (_BOLD, _RESET) if color else ("*", "*")
    marked = _MARK_RE.sub(lambda m: f"{start}{m.group(1)}{end}", snippet_html)
    return html.unescape(marked)


def _byline(hit: Hit) -> str:
    parts = [hit.speaker, hit.venue, hit.organization, hit.date]
    return " · ".join(p for p in parts if p)


def format_hit(number: int, hit: Hit, color: bool, width: int) -> str:
    title = hit.title or "(untitled)"
    head = f"{number}. {_BOLD}{title}{_RESET}" if color else f"{number}. {title}"
    lines = [head]
    byline = _byline(hit)
    if byline:
        lines.append(f"   {byline}")
    ident = f"   id: {hit.id}" + (f"  ({hit.copies} copies)" if hit.copies else "")
    lines.append(f"{_DIM}{ident}{_RESET}" if color else ident)
    text = snippet_text(hit.snippet, color)
    if text:
        lines.extend(
            textwrap.wrap(text, width=width, initial_indent="   ", subsequent_indent="   ")
        )
    return "\n".join(lines)


def format_response(response: SearchResponse, color: bool = False) -> str:
    width = max(40, min(shutil.get_terminal_size((100, 20)).columns, 120) - 2)
    request = response.request
    first = request.offset + 1
    last = request.offset + len(response.results)
    if response.total == 0:
        header = f"No results for {request.q!r}." if request.q else "No documents."
    else:
        header = f"{response.total} results, showing {first}-{last} (page {request.page} of {response.pages})"
    lines = [header + f"  [{response.took_ms:.0f} ms]"]
    if response.suggestion:
        lines.append(f"Did you mean: {response.suggestion}")
    lines.append("")
    for number, hit in enumerate(response.results, start=first):
        lines.append(format_hit(number, hit, color, width))
        lines.append("")
    buckets = [b for b in response.timeline.get("buckets", []) if b["count"]]
    if buckets and response.total:
        unit = response.timeline["unit"]
        counts = ", ".join(f"{b['value']} ({b['count']})" for b in buckets)
        lines.extend(textwrap.wrap(f"per {unit}: {counts}", width=width, subsequent_indent="  "))
    for name, facet in response.facets.items():
        if not facet.buckets:
            continue
        items = ", ".join(
            f"{'[x] ' if b.selected else ''}{b.display} ({b.count})" for b in facet.buckets
        )
        more = f", and {facet.more} more" if facet.more else ""
        lines.extend(textwrap.wrap(f"{name}: {items}{more}", width=width, subsequent_indent="  "))
    return "\n".join(lines).rstrip() + "\n"


def format_profile(profile: dict) -> str:
    """A speaker's profile (``pressroom speaker NAME``) as text."""
    span = f", {profile['first_date']} to {profile['last_date']}" if profile["first_date"] else ""
    lines = [f"{profile['name']} ({profile['key']})", f"{profile['documents']:,} releases{span}"]
    if profile["aliases"]:
        lines.append(f"also written: {', '.join(profile['aliases'])}")
    buckets = profile["timeline"]["buckets"]
    if buckets:
        peak = max(b["count"] for b in buckets) or 1
        lines += ["", "releases per year"]
        for bucket in buckets:
            bar = "#" * round(30 * bucket["count"] / peak)
            lines.append(f"  {bucket['value']}  {bucket['count']:>6,}  {bar}")
    for title, entries in (
        ("top venues", profile["venues"]),
        ("organizations", profile["organizations"]),
        ("topics", profile["topics"]),
    ):
        if entries:
            lines += ["", title, *(f"  {e['count']:>6,}  {e['label']}" for e in entries)]
    if profile["co_issuers"]:
        lines += ["", "joint releases with"]
        lines += [f"  {o['joint_releases']:>6,}  {o['name']}" for o in profile["co_issuers"]]
    if profile["latest_quotes"]:
        lines += ["", "latest quotes"]
        lines += [
            f'  {q["date"] or ""}  "{q["text"]}"  [{q["id"]}]' for q in profile["latest_quotes"]
        ]
    return "\n".join(lines) + "\n"
