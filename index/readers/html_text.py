"""HTML fragments to plain text with paragraphs (feed item content, XML message bodies).

No boilerplate removal: a fragment is taken to be all content. Block
elements (``p``, ``div``, headings, list items, table rows, ...) become
paragraphs separated by a blank line; ``br`` becomes a line break; table
cells are separated by a tab; scripts, styles and forms are dropped.
"""

from __future__ import annotations

import re

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
    ]
)
SKIPPED_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "iframe",
        "object",
        "embed",
        "svg",
        "button",
        "select",
        "input",
        "textarea",
        "option",
        "canvas",
        "map",
        "audio",
        "video",
    ]
)
_SPACE_RE = re.compile(r"[ \t\r\n\f\v]+")
_MARKUP_RE = re.compile(r"<[A-Za-z!/?]")


class _Paragraphs:
    """Collects text runs and closes a paragraph at every block boundary."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self._parts: list[str] = []
        self._pre = 0

    def add(self, text: str | None) -> None:
        if text:
            self._parts.append(text if self._pre else _SPACE_RE.sub(" ", text))

    def line_break(self) -> None:
        self._parts.append("\n")

    def flush(self) -> None:
        if not self._parts:
            return
        lines = (line.strip() for line in "".join(self._parts).split("\n"))
        text = "\n".join(line for line in lines if line)
        if text:
            self.paragraphs.append(text)
        self._parts = []

    def walk(self, element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if tag is None or tag in SKIPPED_TAGS:
            # Comments, processing instructions, scripts: only the tail is text.
            self.add(element.tail)
            return
        block = tag in BLOCK_TAGS
        if block:
            self.flush()
        if tag == "br":
            self.line_break()
        if tag == "pre":
            self._pre += 1
        self.add(element.text)
        for child in element:
            self.walk(child)
        if tag == "pre":
            self._pre -= 1
        if tag in ("td", "th"):
            self._parts.append("\t")
        if block:
            self.flush()
        self.add(element.tail)


def plain_paragraphs(text: str) -> str:
    """Plain text with its lines trimmed and blank-line runs collapsed."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def element_text(element) -> str:
    """Paragraphs of a parsed (lxml.html) element, blank line between them."""
    collector = _Paragraphs()
    collector.walk(element)
    collector.flush()
    return "\n\n".join(p.replace("\t\n", "\n").rstrip("\t") for p in collector.paragraphs)


def html_to_text(fragment: str) -> str:
    """Paragraphs of an HTML fragment; text without any markup is kept as it is."""
    if not fragment or not fragment.strip():
        return ""
    if not _MARKUP_RE.search(fragment):
        import html

        return plain_paragraphs(html.unescape(fragment))
    import lxml.html
    from lxml.etree import ParserError

    try:
        # lxml takes a tag name for create_parent; its hints say bool only.
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")  # pyright: ignore[reportArgumentType]
    except (ParserError, ValueError):
        return ""
    return element_text(root)
