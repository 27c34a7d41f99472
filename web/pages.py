"""HTML pages: search, document, help, API reference. Each has a JSON twin under /api."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from markupsafe import Markup, escape

from index import fields as registry
from searcher.export import MAX_EXPORT_ROWS
from searcher.highlight import HighlightTerms, match_spans
from searcher.matching import QueryTooBroad
from searcher.query_parser import QuerySyntaxError
from searcher.request import (
    FACET_NAMES,
    MAX_FACET_SIZE,
    InvalidParameter,
    SearchRequest,
    request_from_params,
)
from searcher.search import SearchResponse
from searcher.suggest import repair_query
from web import links
from web.chart import timeline_chart
from web.engine import get_engine
from web.openapi import openapi_document

bp = Blueprint("pages", __name__)

#: What the page calls each facet (index/fields.py).
FACET_LABELS = registry.facet_labels()
#: The sidebar's facets, in the registry's order (its `sidebar` entries).
PAGE_FACETS = registry.sidebar_facets()
#: Values a facet shows at first; the rest (up to MAX_FACET_SIZE) behind "more".
FACET_VISIBLE = 8
#: Facets ordered by value (dates) rather than by count.
CHRONOLOGICAL = tuple(f.name for f in registry.facets() if f.chronological)
#: A facet with more values than this gets a box to filter them.
FILTER_BOX_MIN = 12
SIMILAR_ON_PAGE = 5
COPIES_ON_PAGE = 20
_PARAGRAPH_RE = re.compile(r"\n\s*\n")


@dataclass
class FacetView:
    """One sidebar facet as the page shows it."""

    name: str
    label: str
    shown: list = field(default_factory=list)
    hidden: list = field(default_factory=list)
    #: Values with matches that the page does not list at all.
    unlisted: int = 0

    @property
    def filterable(self) -> bool:
        return bool(self.hidden) or len(self.shown) > FILTER_BOX_MIN


def _page_facets(req: SearchRequest) -> tuple[str, ...]:
    """Facets for the sidebar: the defaults, a refining facet (months) once one
    value of the facet it refines (a year) is chosen, and any facet the URL
    asks for or filters on."""
    names = list(req.facets)
    for facet in registry.facets():
        parent = facet.refines
        if parent and len(req.selected(parent)) == 1 and facet.name not in names:
            names.insert(names.index(parent) + 1 if parent in names else len(names), facet.name)
    for name in FACET_NAMES:
        if req.selected(name) and name not in names:
            names.append(name)
    return tuple(names)


def facet_views(response: SearchResponse) -> list[FacetView]:
    views = []
    for name, facet in response.facets.items():
        buckets = list(facet.buckets)
        if not buckets:
            continue
        if name in CHRONOLOGICAL:
            buckets.sort(key=lambda b: b.value)
            shown, hidden = buckets, []
        else:
            # Selected values stay in view, however few results they have.
            first = buckets[:FACET_VISIBLE]
            shown = first + [b for b in buckets[FACET_VISIBLE:] if b.selected]
            hidden = [b for b in buckets[FACET_VISIBLE:] if not b.selected]
        views.append(FacetView(name, FACET_LABELS.get(name, name), shown, hidden, facet.more))
    return views


def _error_page(status: int, title: str, message: str, **context):
    return render_template(
        "error.html", status=status, title=title, message=message, links=links, **context
    ), status


def query_error_page(req: SearchRequest, err: Exception):
    """A query that cannot run: where it went wrong, and a query that can."""
    if isinstance(err, QuerySyntaxError):
        return _error_page(
            400,
            "This query cannot be run",
            err.message,
            req=req,
            query=req.q,
            position=err.position,
            repaired=repair_query(req.q, err),
        )
    return _error_page(400, "This query is too broad", str(err), req=req)


@bp.get("/")
def search():
    try:
        req = request_from_params(request.args.getlist, default_facets=PAGE_FACETS)
        # The sidebar lists up to MAX_FACET_SIZE values per facet behind "more".
        size = req.facet_size if "facet_size" in request.args else MAX_FACET_SIZE
        req = SearchRequest(**{**req.__dict__, "facets": _page_facets(req), "facet_size": size})
    except InvalidParameter as err:
        return _error_page(400, "This search cannot be run", str(err), req=None)
    try:
        response = get_engine().search(req)
    except (QuerySyntaxError, QueryTooBroad) as err:
        return query_error_page(req, err)
    # Entity filters come back as their keys (speaker=Barack Obama -> Obama),
    # so that the page's links toggle the buckets shown.
    req = response.request
    export_limit = current_app.config["EXPORT_LIMIT"]
    return render_template(
        "search.html",
        req=req,
        response=response,
        chart=timeline_chart(response.timeline, req),
        facets=facet_views(response),
        json_url=links.api_url(req),
        shown_total=response.groups if response.groups is not None else response.total,
        export_limit=export_limit,
        links=links,
        labels=FACET_LABELS,
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


def marked_paragraphs(parts: list[str], terms: HighlightTerms, lang: str) -> tuple[list, int]:
    """Paragraphs as HTML with the query's words in ``<mark id="match-N">``
    (numbered through the whole text), and the number of marks."""
    out = []
    count = 0
    for text in parts:
        pieces = []
        cursor = 0
        for start, end in match_spans(text, terms, lang):
            count += 1
            pieces.append(escape(text[cursor:start]))
            pieces.append(Markup('<mark id="match-{}">{}</mark>').format(count, text[start:end]))
            cursor = end
        pieces.append(escape(text[cursor:]))
        out.append(Markup("").join(pieces))
    return out, count


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def quote_places(quotes: list[dict], parts: list[str]) -> list[int | None]:
    """For each quote, the index of the paragraph that holds it (None if none does)."""
    squashed = [_squash(p) for p in parts]
    places = []
    for quote in quotes:
        needle = _squash(quote.get("text") or "")[:80]
        places.append(next((i for i, p in enumerate(squashed) if needle and needle in p), None))
    return places


@bp.get("/documents/<path:doc_id>")
def document(doc_id: str):
    engine = get_engine()
    doc = engine.document(doc_id)
    if doc is None:
        abort(404, description=f"There is no document with the id {doc_id!r}.")
    # The search that led here, kept in the URL: for highlighting and the way back.
    try:
        req = request_from_params(request.args.getlist)
    except InvalidParameter:
        req = SearchRequest()
    parts = paragraphs(doc["text"], doc["title"])
    terms = HighlightTerms()
    if req.q:
        try:
            by_lang = engine.highlight_terms(req.q)
        except (QuerySyntaxError, QueryTooBroad):
            by_lang = {}
        terms = by_lang.get(doc.get("lang") or "en") or by_lang.get("en") or terms
    marked, match_count = marked_paragraphs(parts, terms, doc.get("lang") or "en")
    similar = engine.similar(doc_id, SIMILAR_ON_PAGE) or []
    copies = []
    for other in doc["copies"][:COPIES_ON_PAGE]:
        other_doc = engine.document(other)
        copies.append((other, (other_doc or {}).get("title")))
    searched = bool(req.to_params())
    return render_template(
        "document.html",
        doc=doc,
        paragraphs=marked,
        match_count=match_count,
        quote_places=quote_places(doc["quotes"], parts),
        similar=similar,
        copies=copies,
        back_url=links.page_url(req, req.page) if searched else None,
        search_params=req.to_params(),
        links=links,
        labels=FACET_LABELS,
        req=req if searched else None,
    )


def help_examples() -> list[tuple[str, str]]:
    """Query examples whose values come from the loaded index (its most
    frequent speaker, venue, organization, topic, language and year)."""
    top = get_engine().search(
        SearchRequest(
            facets=("speaker", "venue", "organization", "topic", "lang", "year"),
            facet_size=1,
            per_page=1,
        )
    )

    def value(name: str) -> str | None:
        buckets = top.facets[name].buckets
        return buckets[0].value if buckets else None

    def quoted(text: str) -> str:
        text = text.replace('"', "")
        return f'"{text}"' if re.search(r"[\s:()]", text) else text.lower()

    examples = [
        ("veterans health", "releases with both words"),
        ('"stem cell"', 'the exact phrase (also "stem cells")'),
        ("budget OR deficit", "either word (OR binds tighter than the implied AND)"),
        ("cyber NOT china", "the first word but not the second; also cyber -china"),
        ("(budget OR deficit) health", "parentheses group"),
    ]
    speaker, venue, organization = value("speaker"), value("venue"), value("organization")
    topic, lang, year = value("topic"), value("lang"), value("year")
    if speaker:
        examples += [
            (f"speaker:{quoted(speaker)}", f"releases by a speaker ({speaker})"),
            (f"quote:health speaker:{quoted(speaker)}", "what a speaker was quoted saying"),
        ]
    if venue:
        examples.append((f"venue:{quoted(venue)}", "statements made at a venue"))
    if organization:
        examples.append(
            (f"organization:{quoted(organization)}", "releases of an organization (also org:)")
        )
    examples.append(("title:budget", "words in the headline"))
    if topic:
        examples.append((f"topic:{quoted(topic)}", "releases tagged with a topic"))
    if lang:
        examples.append((f"lang:{lang}", "releases in a language"))
    examples.append(("educat*", "words starting with educat; at least 2 letters before *"))
    if year:
        examples += [
            (f"date:{year}", f"releases dated in {year}; also date:{year}-04"),
            (f"date:[{year}-01-01 TO {year}-06-30]", "a date range; * leaves an end open"),
        ]
    return examples


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
    return render_template(
        "help.html",
        req=None,
        links=links,
        stats=get_engine().stats(),
        examples=help_examples(),
        export_limit=MAX_EXPORT_ROWS,
    )


@bp.get("/api-docs")
def api_docs():
    """The API reference, rendered from /api/openapi.json (its JSON twin)."""
    spec = openapi_document()
    operations = [
        (path, method.upper(), operation)
        for path, methods in spec["paths"].items()
        for method, operation in methods.items()
    ]
    return render_template("api_docs.html", spec=spec, operations=operations, req=None, links=links)


@bp.get("/favicon.ico")
def favicon():
    return redirect(url_for("static", filename="favicon.svg"), 301)
