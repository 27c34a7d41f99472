"""HTML pages: search, document, help. Each has a JSON twin under /api."""

from __future__ import annotations

import re

from flask import Blueprint, abort, render_template, request

from searcher.matching import QueryTooBroad
from searcher.query_parser import QuerySyntaxError
from searcher.request import (
    DEFAULT_FACETS,
    FACET_NAMES,
    InvalidParameter,
    SearchRequest,
    request_from_params,
)
from web import links
from web.chart import timeline_chart
from web.engine import get_engine

bp = Blueprint("pages", __name__)

FACET_LABELS = {
    "speaker": "Speaker",
    "venue": "Venue",
    "organization": "Organization",
    "year": "Year",
    "month": "Month",
    "topic": "Topic",
    "lang": "Language",
}
SIMILAR_ON_PAGE = 5
_PARAGRAPH_RE = re.compile(r"\n\s*\n")


def _page_facets(req: SearchRequest) -> tuple[str, ...]:
    """Facets for the sidebar: the defaults, months once a year is chosen, and
    any facet the URL asks for or filters on."""
    names = list(req.facets)
    if len(req.selected("year")) == 1 and "month" not in names:
        names.insert(names.index("year") + 1 if "year" in names else len(names), "month")
    for name in FACET_NAMES:
        if req.selected(name) and name not in names:
            names.append(name)
    return tuple(names)


@bp.get("/")
def search():
    template_args = {"links": links, "labels": FACET_LABELS}
    try:
        req = request_from_params(request.args.getlist, default_facets=DEFAULT_FACETS)
        req = SearchRequest(**{**req.__dict__, "facets": _page_facets(req)})
    except InvalidParameter as err:
        return render_template("search.html", req=None, error=str(err), **template_args), 400
    try:
        response = get_engine().search(req)
    except (QuerySyntaxError, QueryTooBroad) as err:
        return render_template(
            "search.html", req=req, error=f"Query problem: {err}", **template_args
        ), 400
    # Entity filters come back as their keys (speaker=Barack Obama -> Obama),
    # so that the page's links toggle the buckets shown.
    req = response.request
    return render_template(
        "search.html",
        req=req,
        response=response,
        chart=timeline_chart(response.timeline, req),
        json_url=links.api_url(req),
        **template_args,
    )


def paragraphs(text: str, title: str | None = None) -> list[str]:
    """The text's paragraphs, without a first one that only repeats the title."""
    parts = [p.strip() for p in _PARAGRAPH_RE.split(text) if p.strip()]
    if len(parts) == 1 and "\n" in parts[0]:
        parts = [line.strip() for line in parts[0].splitlines() if line.strip()]
    if parts and title:
        first_line, _, rest = parts[0].partition("\n")
        if " ".join(first_line.split()) == " ".join(title.split()):
            parts = ([rest.strip()] if rest.strip() else []) + parts[1:]
    return parts


@bp.get("/documents/<path:doc_id>")
def document(doc_id: str):
    engine = get_engine()
    doc = engine.document(doc_id)
    if doc is None:
        abort(404, description=f"There is no document with the id {doc_id!r}.")
    similar = engine.similar(doc_id, SIMILAR_ON_PAGE) or []
    return render_template(
        "document.html",
        doc=doc,
        paragraphs=paragraphs(doc["text"], doc["title"]),
        similar=similar,
        links=links,
        req=None,
    )


def _speaker_chart(profile: dict):
    """The releases-per-year chart; its bars open the speaker's releases of a year."""
    return timeline_chart(
        profile["timeline"], SearchRequest(filters={"speaker": (profile["key"],)})
    )


@bp.get("/speakers")
def speakers():
    q = (request.args.get("q") or "").strip()
    return render_template(
        "speakers.html", speakers=get_engine().speakers(q), q=q, links=links, req=None
    )


@bp.get("/speakers/<path:key>")
def speaker(key: str):
    profile = get_engine().speaker(key)
    if profile is None:
        abort(404, description=f"There is no speaker {key!r}.")
    return render_template(
        "speaker.html",
        speaker=profile,
        chart=_speaker_chart(profile),
        links=links,
        labels=FACET_LABELS,
        req=None,
    )


@bp.get("/help")
def help_page():
    # The index's figures; /api/stats is this page's JSON twin.
    return render_template("help.html", req=None, links=links, stats=get_engine().stats())
