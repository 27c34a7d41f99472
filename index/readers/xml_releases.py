"""XML releases of the Swiss federal News Service Bund (``<messages>`` documents).

One ``<messages>`` document holds one release (rarely several ``<message>``
elements) in several language versions (``<content lang="de|fr|it|en">``,
each with ``city``, ``title``, ``lead``/``teaser`` and an HTML ``text``
escaped inside the XML). Such documents come as ``.xml`` files
(:func:`read_xml_messages`: one record per ``<message>``) or as the
``raw_xml`` key of a JSONL/CSV record; either way the conversion,
:func:`convert_xml_release`, runs in the ingest workers.

The version indexed is the English one when it is really English (editors
sometimes paste German into the English slot, so its text must not be
detected as another language), else the first version in the document that
has text (German, in practice). The record gets:

* text: the lead, then the body converted from HTML to paragraphs (the lead
  is not repeated when the body starts with it);
* title, dateline (``<city>``) of that version; date (``<pubdate>``);
* lang: the detected language of the text, else the version's ``lang``;
* organization: the lead originator's name, in English when given (the same
  name for every language, so that the facet groups them), else in the
  version's language;
* topics: the topics' English names;
* url: derived from the message id with admin.ch's pattern for the version's
  language (the XML does not store it), e.g.
  ``https://www.admin.ch/gov/en/start/documentation/media-releases.msg-id-56835.html``.

Metadata given in the record (JSONL keys) wins; the XML fills empty fields.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from index.readers.encoding import decode_markup
from index.readers.html_text import html_to_text
from index.records import Record, Rejection

URL_PATTERNS = {
    "de": "https://www.admin.ch/gov/de/start/dokumentation/medienmitteilungen.msg-id-{id}.html",
    "fr": "https://www.admin.ch/gov/fr/accueil/documentation/communiques.msg-id-{id}.html",
    "it": "https://www.admin.ch/gov/it/pagina-iniziale/documentazione/comunicati-stampa.msg-id-{id}.html",
    "en": "https://www.admin.ch/gov/en/start/documentation/media-releases.msg-id-{id}.html",
}
PREFERRED_LANGUAGE = "en"
_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACE_RE = re.compile(r"\s+")


class XmlError(ValueError):
    pass


def parse_xml(markup: str | bytes):
    """The root element; entities are not resolved and nothing is fetched."""
    import lxml.etree as etree

    if isinstance(markup, str):
        # lxml refuses str input that declares an encoding; the str is decoded already.
        markup = _DECLARATION_RE.sub("", markup, count=1).encode("utf-8")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    try:
        return etree.fromstring(markup, parser)
    except etree.XMLSyntaxError as err:
        raise XmlError(f"invalid XML: {err}") from None


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _messages(root) -> list:
    if _local(root.tag) == "message":
        return [root]
    return [child for child in root if _local(child.tag) == "message"]


def _child_text(element, name: str) -> str:
    child = element.find(f"{{*}}{name}")
    if child is None or child.text is None:
        return ""
    return child.text.strip()


def _names_by_lang(element) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in element.findall("{*}name"):
        text = _SPACE_RE.sub(" ", name.text or "").strip()
        if text:
            out.setdefault(name.get("lang") or "", text)
    return out


@dataclasses.dataclass
class Version:
    lang: str
    title: str
    text: str
    city: str


def _version(content) -> Version:
    lead = _SPACE_RE.sub(" ", _child_text(content, "lead") or _child_text(content, "teaser"))
    body = html_to_text(_child_text(content, "text"))
    if lead and not _SPACE_RE.sub(" ", body).startswith(lead):
        body = f"{lead}\n\n{body}" if body else lead
    return Version(
        lang=(content.get("lang") or "").lower(),
        title=_SPACE_RE.sub(" ", _child_text(content, "title")),
        text=body.strip(),
        city=_child_text(content, "city"),
    )


def choose_version(versions: list[Version]) -> Version | None:
    """English when really English, else the first version with text."""
    from index.language import detect_language

    usable = [v for v in versions if v.text or v.title]
    for version in usable:
        if (
            version.lang == PREFERRED_LANGUAGE
            and version.text
            and detect_language(version.text) in (None, PREFERRED_LANGUAGE)
        ):
            return version
    with_text = [v for v in usable if v.text]
    return (with_text or usable or [None])[0]


def message_fields(message) -> dict | None:
    """Record fields of one ``<message>`` element, or None when it has no text."""
    from index.language import detect_language

    version = choose_version([_version(c) for c in message.findall("{*}content")])
    if version is None:
        return None
    msg_id = (message.get("id") or "").strip()
    originators = message.findall("{*}originator")
    lead = next((o for o in originators if o.get("lead") == "yes"), None)
    if lead is None and originators:
        lead = originators[0]
    names = _names_by_lang(lead) if lead is not None else {}
    organization = names.get("en") or names.get(version.lang) or next(iter(names.values()), None)
    topics = []
    for topic in message.iter("{*}topic"):
        topic_names = _names_by_lang(topic)
        name = topic_names.get("en") or topic_names.get(version.lang)
        if name and name not in topics:
            topics.append(name)
    pattern = URL_PATTERNS.get(version.lang)
    return {
        "msg_id": msg_id or None,
        "title": version.title or None,
        "text": version.text,
        "date": _child_text(message, "pubdate") or None,
        "dateline": version.city or None,
        "organization": organization,
        "lang": (detect_language(version.text) if version.text else None) or version.lang or None,
        "url": pattern.format(id=msg_id) if pattern and msg_id.isdigit() else None,
        "topics": topics,
    }


def convert_xml_release(record: Record) -> Record | Rejection:
    """``record`` with the text and empty fields taken from its ``<messages>`` XML."""
    try:
        root = parse_xml(record.markup or "")
    except XmlError as err:
        return Rejection(record.source, str(err))
    messages = _messages(root)
    if not messages:
        return Rejection(
            record.source, f"unsupported XML document: root <{_local(root.tag)}>, not <messages>"
        )
    fields = message_fields(messages[0])
    if fields is None or not (record.text or fields["text"]):
        return Rejection(record.source, "the XML message has no text in any language")
    filled = {
        key: getattr(record, key) or fields[key]
        for key in ("title", "date", "dateline", "organization", "lang", "url")
    }
    return dataclasses.replace(
        record,
        text=record.text or fields["text"],
        topics=record.topics or fields["topics"],
        markup=None,
        markup_type=None,
        **filled,
    )


def read_xml_messages(data: bytes, source: str, default_id: str) -> Iterator[Record | Rejection]:
    """One record per ``<message>`` of an XML file; converted later, in a worker.

    The id is ``nsb-<message id>`` (as in the NSB corpus files), else the
    file's id (with ``-N`` for the N-th message of a file holding several).
    """
    import lxml.etree as etree

    text = decode_markup(data)
    try:
        root = parse_xml(text)
    except XmlError as err:
        yield Rejection(source, str(err))
        return
    messages = _messages(root)
    if not messages:
        yield Rejection(source, f"no <message> in the <{_local(root.tag)}> document")
        return
    for number, message in enumerate(messages, start=1):
        msg_id = (message.get("id") or "").strip()
        if msg_id:
            record_id = f"nsb-{msg_id}"
        else:
            record_id = default_id if len(messages) == 1 else f"{default_id}-{number}"
        markup = text if len(messages) == 1 else etree.tostring(message, encoding="unicode")
        item_source = source if len(messages) == 1 else f"{source}#{number}"
        yield Record(text="", source=item_source, id=record_id, markup=markup, markup_type="xml")
