"""What a search answers: its hits and the response around them."""

from __future__ import annotations

from dataclasses import dataclass, field

from searcher.collapse import copies_count
from searcher.documents import body_after_title, metadata, speaker_entity
from searcher.facets import FacetResult
from searcher.highlight import HighlightTerms, snippet
from searcher.index_view import IndexView
from searcher.request import SearchRequest


@dataclass
class Hit:
    id: str
    title: str | None
    speaker: str | None
    venue: str | None
    organization: str | None
    date: str | None
    url: str | None
    score: float
    snippet: str
    copies: int
    group: str | None
    dateline: str | None = None
    lang: str | None = None
    topics: list[str] = field(default_factory=list)
    #: The speaker's entity: key (for /speakers/<key>) and display name.
    speaker_key: str | None = None
    speaker_name: str | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "speaker": self.speaker,
            "venue": self.venue,
            "organization": self.organization,
            "date": self.date,
            "url": self.url,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "copies": self.copies,
            "group": self.group,
            "dateline": self.dateline,
            "lang": self.lang,
            "topics": self.topics,
            "speaker_key": self.speaker_key,
            "speaker_name": self.speaker_name,
        }


def make_hit(
    view: IndexView, docnum: int, score: float, highlight: dict[str, HighlightTerms]
) -> Hit:
    """One result, its snippet marked with the terms of the document's language."""
    stored = view.stored(docnum)
    lang = stored.get("lang") or "en"
    terms = highlight.get(lang) or highlight.get("en") or HighlightTerms()
    return Hit(
        **metadata(stored),
        score=score,
        snippet=snippet(body_after_title(stored), terms, lang),
        copies=copies_count(view, docnum),
        group=view.group_label(docnum),
        dateline=stored.get("dateline"),
        lang=lang,
        topics=list(stored.get("topics") or []),
        **speaker_entity(view, docnum),
    )


@dataclass
class SearchResponse:
    request: SearchRequest
    total: int
    took_ms: float
    results: list[Hit]
    facets: dict[str, FacetResult]
    suggestion: str | None
    timeline: dict
    #: Number of result groups when ``collapse`` is on (what paging walks).
    groups: int | None = None

    @property
    def pages(self) -> int:
        shown = self.groups if self.groups is not None else self.total
        return max(1, -(-shown // self.request.per_page))

    def to_dict(self) -> dict:
        request = self.request
        return {
            "query": request.q,
            "total": self.total,
            "page": request.page,
            "per_page": request.per_page,
            "pages": self.pages,
            "took_ms": round(self.took_ms, 2),
            "sort": request.sort,
            "filters": {k: list(v) for k, v in request.filters.items()},
            "from": request.date_from,
            "to": request.date_to,
            "collapse": request.collapse,
            "groups": self.groups,
            "results": [hit.to_dict() for hit in self.results],
            "facets": {
                name: [b.to_dict() for b in result.buckets] for name, result in self.facets.items()
            },
            "facets_more": {name: result.more for name, result in self.facets.items()},
            "timeline": self.timeline,
            "suggestion": self.suggestion,
        }
