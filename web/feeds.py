"""Every search is also an Atom feed, newest first, to follow a speaker or topic."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, current_app, render_template, request, url_for

from searcher.request import SearchRequest, request_from_params
from web import links
from web.engine import get_engine

bp = Blueprint("feeds", __name__)


def _timestamp(date: str | None) -> str | None:
    if not date:
        return None
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.datetime(parts[0], parts[1], parts[2], tzinfo=dt.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )


@bp.get("/feed.atom")
def atom():
    req = request_from_params(request.args.getlist)
    req = SearchRequest(
        **{
            **req.__dict__,
            "sort": "newest",
            "page": 1,
            "per_page": current_app.config["FEED_SIZE"],
            "facets": (),
        }
    )
    response = get_engine().search(req)
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    entries = [
        {
            "hit": hit,
            "updated": _timestamp(hit.date) or now,
            "link": url_for("pages.document", doc_id=hit.id, _external=True),
        }
        for hit in response.results
    ]
    updated = max((e["updated"] for e in entries), default=now)
    title = f"Pressroom: {req.q}" if req.q else "Pressroom: newest releases"
    filters = "; ".join(f"{k}: {', '.join(v)}" for k, v in req.filters.items())
    if filters:
        title += f" ({filters})"
    body = render_template(
        "feed.atom.xml",
        title=title,
        updated=updated,
        entries=entries,
        self_url=request.url,
        page_url=request.host_url.rstrip("/") + links.search_url(req),
        feed_id=request.url,
    )
    return body, 200, {"Content-Type": "application/atom+xml; charset=utf-8"}
