"""RSS and Atom feeds (feedparser): one release per item.

Each item gives:

* title; link -> url; published (else updated) date, as written in the feed
  (the date part, without conversion to UTC);
* author -> speaker only when it is a person's name, -> organization when it
  names an office (see :mod:`index.readers.authors`: feed authors are far
  more often a press office or a mailbox than a person);
* text: the full content (``content:encoded``, Atom ``content``) where
  present, else the summary/description. HTML content is kept as markup and
  converted to paragraphs in the workers (markup type ``html-fragment``);
* topics: the item's categories; lang: the item's or the feed's language;
* id: the item's guid/id (else its link) without the ``https://`` prefix, so
  that a feed read again updates its items instead of adding copies; items
  with neither get ``<file id>-<n>``.

Items are numbered from 1 in feed order; an item that cannot be used is a
Rejection naming ``file#n``. A feed that is not well-formed is a Rejection
naming the file and feedparser's reason; the items it read anyway (its
lenient parser usually reads all of them) are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.readers.authors import classify_author
from index.readers.html_pages import as_date
from index.readers.html_text import html_to_text
from index.records import Record, Rejection

HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def _is_html(detail) -> bool:
    kind = (detail or {}).get("type") or ""
    return any(t in kind for t in HTML_TYPES)


def _text_value(entry, key: str) -> str | None:
    value = entry.get(key)
    if not value or not isinstance(value, str):
        return None
    if _is_html(entry.get(f"{key}_detail")):
        value = html_to_text(value)
    value = " ".join(value.split())
    return value or None


def _content(entry) -> tuple[str, bool] | None:
    """(content, is_html) of an item: the longest full content, else the summary."""
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        return best["value"], _is_html(best)
    summary = entry.get("summary")
    if summary and summary.strip():
        return summary, _is_html(entry.get("summary_detail"))
    return None


def _item_id(entry) -> str | None:
    for key in ("id", "link"):
        value = (entry.get(key) or "").strip()
        if value:
            return _SCHEME_RE.sub("", value, count=1)
    return None


def _author(entry) -> tuple[str | None, str | None]:
    detail = entry.get("author_detail") or {}
    candidates = [detail.get("name"), entry.get("author")]
    candidates += [a.get("name") for a in entry.get("authors") or []]
    speaker = organization = None
    for value in candidates:
        person, office = classify_author(value)
        speaker = speaker or person
        organization = organization or office
    return speaker, (None if speaker else organization)


def _record(entry, number: int, source: str, default_id: str, feed_lang) -> Record | Rejection:
    item_source = f"{source}#{number}"
    content = _content(entry)
    if content is None:
        return Rejection(item_source, "feed item has no content or summary")
    value, is_html = content
    speaker, organization = _author(entry)
    topics: list[str] = []
    for tag in entry.get("tags") or []:
        term = " ".join((tag.get("term") or tag.get("label") or "").split())
        if term and term not in topics:
            topics.append(term)
    detail = next(iter(entry.get("content") or []), None) or entry.get("summary_detail") or {}
    return Record(
        text="" if is_html else value.strip(),
        source=item_source,
        id=_item_id(entry) or f"{default_id}-{number}",
        title=_text_value(entry, "title"),
        date=as_date(entry.get("published") or entry.get("updated") or entry.get("created")),
        speaker=speaker,
        organization=organization,
        url=(entry.get("link") or "").strip() or None,
        lang=detail.get("language") or feed_lang or None,
        topics=topics,
        markup=value if is_html else None,
        markup_type="html-fragment" if is_html else None,
    )


def read_feed(data: bytes, source: str, default_id: str) -> Iterator[Record | Rejection]:
    """Items of an RSS or Atom document (bytes, so that feedparser reads its encoding)."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as err:  # feedparser is lenient, but must never stop an ingest
        yield Rejection(source, f"invalid feed: {err}")
        return
    entries = list(parsed.get("entries") or [])
    feed_lang = (parsed.get("feed") or {}).get("language")
    for number, entry in enumerate(entries, start=1):
        yield _record(entry, number, source, default_id, feed_lang)
    if parsed.get("bozo"):
        error = parsed.get("bozo_exception")
        if isinstance(error, feedparser.CharacterEncodingOverride):
            return  # a wrong encoding label that feedparser worked around
        kept = f" ({len(entries)} items could be read and were kept)" if entries else ""
        yield Rejection(source, f"invalid feed: {error}{kept}")
    elif not parsed.get("version"):
        yield Rejection(source, "not an RSS or Atom feed")
    elif not entries:
        yield Rejection(source, "feed has no items")
