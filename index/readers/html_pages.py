"""HTML pages: the article body (trafilatura) and the metadata the page declares.

The reader side (:func:`record_from_html_bytes`) only decodes the page; the
expensive part, :func:`convert_html_page`, runs in the ingest workers (see
:func:`index.readers.markup.convert_markup`).

Declared metadata, each field from the first source that has it:

* title: JSON-LD ``headline`` (``NewsArticle``, ``PressRelease``, other
  ``Article`` types), ``og:title``, ``twitter:title``, ``<meta name=title>``
  or ``dc.title``, then ``<title>`` (its longest ``|``-separated part, which
  drops site names such as "| Department of Justice");
* date: JSON-LD ``datePublished``, ``article:published_time``, date ``<meta>``
  names (``date``, ``dc.date``, ``dcterms.issued``, ``pubdate``, ...),
  ``itemprop=datePublished``, RDFa ``property="dc:date"`` and the like,
  then the first ``<time datetime>``; the date part of a timestamp is kept as
  written (no time-zone conversion);
* speaker / organization: JSON-LD ``author`` (a ``Person`` is a speaker, an
  ``Organization`` an organisation) and ``publisher`` (organisation),
  ``<meta name=author>`` and ``article:author`` (see
  :mod:`index.readers.authors`);
* url: ``og:url``, ``<link rel=canonical>``, JSON-LD ``url`` (absolute only);
* lang: ``<html lang>``, ``content-language``, ``og:locale``, JSON-LD
  ``inLanguage``;
* topics: ``article:tag``.

Metadata in the record itself (JSONL keys, a layout) wins; declared
metadata fills only the record's empty fields; extraction fills the rest.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import json
import re
from collections.abc import Iterator

from index.readers.authors import classify_author
from index.readers.encoding import decode_markup
from index.records import Record, Rejection

ARTICLE_TYPES = ("PressRelease", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle")
OTHER_ARTICLE_TYPES = ("Article", "BlogPosting", "Report", "WebPage")
_DATE_META_NAMES = (
    "article:published_time",
    "og:published_time",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "citation_publication_date",
    "sailthru.date",
    "parsely-pub-date",
)
_RDFA_DATE_PROPERTIES = ("dc:date", "dcterms:date", "dc:issued", "dcterms:issued", "dc:created")
_ISO_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_SPACE_RE = re.compile(r"\s+")
#: Body text shorter than this is no article (a cookie notice, a "page moved").
MIN_BODY_CHARS = 40


def record_from_html_bytes(data: bytes, source: str, default_id: str) -> Record | Rejection:
    """A record whose page is converted later, in a worker."""
    markup = decode_markup(data)
    if not markup.strip():
        return Rejection(source, "empty HTML file")
    return Record(text="", source=source, id=default_id, markup=markup, markup_type="html")


# -- declared metadata ----------------------------------------------------------


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    text = _SPACE_RE.sub(" ", value).strip()
    return text or None


def as_date(value) -> str | None:
    """ISO date (at the precision given) of a declared date, or None."""
    text = _clean(value)
    if not text:
        return None
    match = _ISO_DATE_RE.match(text)
    if match:  # the date of a timestamp ("2018-04-11T00:00:00-04:00"), still checked
        text = "-".join(match.groups())
    from index.dates import normalize_date

    try:
        return normalize_date(text)
    except (ValueError, OverflowError):
        return None


def _types(obj: dict) -> list[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)]


def _json_ld_objects(value) -> Iterator[dict]:
    if isinstance(value, list):
        for item in value:
            yield from _json_ld_objects(item)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity"):
            if key in value:
                yield from _json_ld_objects(value[key])


def _json_ld_article(tree) -> dict | None:
    """The page's JSON-LD article object (a press release or news article first)."""
    found: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$", "", raw)
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        found.extend(_json_ld_objects(data))
    for wanted in (ARTICLE_TYPES, OTHER_ARTICLE_TYPES):
        for obj in found:
            if any(t in wanted for t in _types(obj)):
                return obj
    return None


def _names(value) -> list[tuple[str, str | None]]:
    """(name, @type) pairs of a JSON-LD author/publisher value."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if isinstance(item, str) and _clean(item):
            out.append((_clean(item), None))
        elif isinstance(item, dict) and _clean(item.get("name")):
            types = _types(item)
            out.append((_clean(item["name"]), types[0] if types else None))
    return out


def _meta(tree) -> dict[str, list[str]]:
    """``<meta>`` values by lowercased name/property/itemprop/http-equiv."""
    out: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if key:
                out.setdefault(key.strip().lower(), []).append(content)
    return out


def _first(*values) -> str | None:
    for value in values:
        if isinstance(value, list):
            value = next((v for v in value if _clean(v)), None)
        if _clean(value):
            return _clean(value)
    return None


def _title_from_title_element(tree) -> str | None:
    title = _first([t.text_content() for t in tree.iter("title")])
    if not title:
        return None
    parts = [p.strip() for p in title.split(" | ") if p.strip()]
    return max(parts, key=len) if parts else None


def _declared_date(tree, meta: dict[str, list[str]], article: dict | None) -> str | None:
    candidates = [article.get("datePublished") if article else None]
    candidates += [v for name in _DATE_META_NAMES for v in meta.get(name, [])]
    for element in tree.xpath('//*[@itemprop="datePublished"]'):
        candidates += [element.get("content"), element.get("datetime")]
    for prop in _RDFA_DATE_PROPERTIES:
        candidates += [e.get("content") for e in tree.xpath(f'//*[@property="{prop}"]')]
    times = tree.xpath("//time[@datetime]")
    times.sort(key=lambda t: t.get("pubdate") is None)
    candidates += [t.get("datetime") for t in times]
    for value in candidates:
        if date := as_date(value):
            return date
    return None


def _absolute(url: str | None) -> str | None:
    return url if url and re.match(r"^https?://", url) else None


def page_metadata(tree) -> dict:
    """Metadata the page declares (see the module docstring); keys as in :class:`Record`."""
    meta = _meta(tree)
    article = _json_ld_article(tree)
    out: dict = {}
    out["title"] = _first(
        article.get("headline") if article else None,
        meta.get("og:title"),
        meta.get("twitter:title"),
        meta.get("title"),
        meta.get("dc.title"),
    ) or _title_from_title_element(tree)
    out["date"] = _declared_date(tree, meta, article)

    speaker = organization = None
    authors = _names(article.get("author")) if article else []
    for name, kind in authors:
        if kind == "Person" or kind is None:
            person, org = classify_author(name)
            speaker = speaker or person
            organization = organization or (name if kind == "Organization" else org)
        elif kind == "Organization":
            organization = organization or name
    for value in [*meta.get("author", []), *meta.get("article:author", [])]:
        if _absolute(value.strip()):
            continue
        person, org = classify_author(value)
        speaker = speaker or person
        organization = organization or org
    if article and not organization:
        organization = next((n for n, _ in _names(article.get("publisher"))), None)
    out["speaker"] = speaker
    out["organization"] = organization

    canonical = [link.get("href") for link in tree.xpath('//link[@rel="canonical"]')]
    out["url"] = _first(
        [_absolute(u) for u in meta.get("og:url", [])],
        [_absolute(u) for u in canonical],
        _absolute(article.get("url")) if article and isinstance(article.get("url"), str) else None,
    )
    html_lang = tree.getroottree().getroot().get("lang") if tree is not None else None
    out["lang"] = _first(
        html_lang,
        meta.get("content-language"),
        meta.get("og:locale"),
        article.get("inLanguage")
        if article and isinstance(article.get("inLanguage"), str)
        else None,
    )
    out["topics"] = [t for t in (_clean(v) for v in meta.get("article:tag", [])) if t]
    return out


# -- the article body -----------------------------------------------------------


def _element_text(element) -> str:
    """Text of a trafilatura output element, ``<lb/>`` as a line break."""
    parts: list[str] = []

    def walk(el) -> None:
        if el.tag == "lb":
            parts.append("\n")
        elif el.text:
            parts.append(el.text)
        for child in el:
            if child.tag in ("list", "table"):
                continue  # nested blocks are paragraphs of their own
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = (_SPACE_RE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _paragraphs(body) -> Iterator[str]:
    for element in body:
        if element.tag == "list":
            for item in element.iter("item"):
                if text := _element_text(item):
                    yield text
        elif element.tag == "table":
            rows = []
            for row in element.iter("row"):
                cells = [_element_text(cell) for cell in row if cell.tag == "cell"]
                if any(cells):
                    rows.append("\t".join(c.replace("\n", " ") for c in cells))
            if rows:
                yield "\n".join(rows)
        elif text := _element_text(element):
            yield text
        for nested in element:
            if nested.tag in ("list", "table") and element.tag not in ("list", "table"):
                yield from _paragraphs([nested])


def _same(a: str, b: str) -> bool:
    return _SPACE_RE.sub(" ", a).strip().casefold() == _SPACE_RE.sub(" ", b).strip().casefold()


#: Trafilatura's default (250 characters) sends short releases ("Attached please
#: find the petition ...") to its whole-page fallback, page chrome included.
MIN_EXTRACTED_CHARS = 100


@functools.cache
def _trafilatura_config():
    from trafilatura.settings import DEFAULT_CONFIG

    config = copy.deepcopy(DEFAULT_CONFIG)
    config["DEFAULT"]["MIN_EXTRACTED_SIZE"] = str(MIN_EXTRACTED_CHARS)
    return config


#: Formatting elements that, when empty, make trafilatura drop the text after them
#: ("WASHINGTON <strong></strong> Daniel Cowart pleaded guilty ...").
EMPTY_INLINE_TAGS = ("strong", "b", "em", "i", "u", "font")


def _drop_empty_inline(tree) -> None:
    for element in list(tree.iter(*EMPTY_INLINE_TAGS)):
        if (
            len(element) == 0
            and not (element.text or "").strip()
            and element.getparent() is not None
        ):
            element.drop_tag()  # keeps the tail text


def article_text(tree, titles: list[str]) -> str:
    """The article body as paragraphs; a first paragraph that is the title is dropped.

    Runs after :func:`page_metadata`: it changes the tree."""
    import trafilatura
    from trafilatura.settings import Document

    _drop_empty_inline(tree)
    document = trafilatura.bare_extraction(
        tree,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        favor_precision=True,
        fast=True,
        config=_trafilatura_config(),
    )
    if not isinstance(document, Document) or document.body is None:
        return ""  # nothing found (the dict form comes only with as_dict=True)
    paragraphs = list(_paragraphs(document.body))
    while paragraphs and any(_same(paragraphs[0], t) for t in titles if t):
        paragraphs.pop(0)
    return "\n\n".join(paragraphs)


def parse_html(markup: str):
    """An lxml tree of the page, or None for a page with no HTML in it."""
    from trafilatura.utils import load_html

    try:
        return load_html(markup)
    except Exception:  # lxml raises several kinds on hopeless input
        return None


def convert_html_page(record: Record) -> Record | Rejection:
    """``record`` with its page's body as text and its empty fields filled from the page."""
    tree = parse_html(record.markup or "")
    if tree is None:
        return Rejection(record.source, "not an HTML page (nothing could be parsed)")
    declared = page_metadata(tree)
    filled = {
        key: getattr(record, key) or declared.get(key)
        for key in ("title", "date", "speaker", "organization", "url", "lang")
    }
    text = record.text
    if not text:
        titles = [t for t in (record.title, declared["title"]) if t]
        text = article_text(tree, titles)
        if len(text) < MIN_BODY_CHARS:
            return Rejection(
                record.source,
                "no article text found in the HTML page"
                + (f" (only {len(text)} characters)" if text else ""),
            )
    return dataclasses.replace(
        record,
        text=text,
        topics=record.topics or declared["topics"],
        markup=None,
        markup_type=None,
        **filled,
    )
