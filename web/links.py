"""URLs for the search page's links: every state of the page is a shareable link."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import url_for

from searcher.request import DEFAULT_FACET_SIZE, SearchRequest


def _url(params: list[tuple[str, str]], endpoint: str = "pages.search") -> str:
    query = urlencode(params)
    return url_for(endpoint) + (f"?{query}" if query else "")


def _without(params, *names: str) -> list[tuple[str, str]]:
    return [(k, v) for k, v in params if k not in names]


def search_url(req: SearchRequest, endpoint: str = "pages.search", **changes) -> str:
    """The request's URL with parameters replaced (None removes one); page resets."""
    params = _without(req.to_params(), "page", *changes)
    for name, value in changes.items():
        if value is not None:
            params.append((name, str(value)))
    return _url(params, endpoint)


def api_url(req: SearchRequest) -> str:
    """The JSON twin of the page showing ``req`` (same page, same facets)."""
    params = req.to_params()
    if req.facets:
        params.append(("facets", ",".join(req.facets)))
    if req.facet_size != DEFAULT_FACET_SIZE:
        params.append(("facet_size", str(req.facet_size)))
    return _url(params, "api.search")


def page_url(req: SearchRequest, page: int) -> str:
    params = _without(req.to_params(), "page")
    if page != 1:
        params.append(("page", str(page)))
    return _url(params)


def toggle_url(req: SearchRequest, name: str, value: str) -> str:
    """Select ``value`` of filter ``name``, or deselect it when selected."""
    params = _without(req.to_params(), "page")
    if (name, value) in params:
        params.remove((name, value))
        if name == "year":  # months belong to the year being left
            params = [(k, v) for k, v in params if not (k == "month" and v.startswith(f"{value}-"))]
    else:
        params.append((name, value))
    return _url(params)


def only_url(req: SearchRequest, name: str, value: str) -> str:
    """Replace every value of filter ``name`` by ``value``."""
    params = _without(req.to_params(), "page", name)
    params.append((name, value))
    return _url(params)


def filter_url(name: str, value: str) -> str:
    """A fresh search filtered to one value (links on the document page)."""
    return _url([(name, value)])


def query_url(q: str) -> str:
    return _url([("q", q)])


def document_url(doc_id: str, req: SearchRequest | None = None) -> str:
    """A document's page; with the search that led to it, for highlighting and
    the way back to the results."""
    params = req.to_params() if req is not None else []
    url = url_for("pages.document", doc_id=doc_id)
    return url + (f"?{urlencode(params)}" if params else "")


def speaker_request(key: str) -> SearchRequest:
    """A search of one speaker's releases (links on the speaker page)."""
    return SearchRequest(filters={"speaker": (key,)})
