"""Records to index documents: extraction, analysis and fingerprints.

Runs in the ingest worker processes, so everything expensive per document
happens here and the single Whoosh writer only stores the result.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field

from index import analysis
from index import fields as registry
from index.contact_book import issuer_key, quoted_names
from index.dates import date_start, normalize_date, parse_iso
from index.duplicates import fingerprints
from index.entities import clean_extracted, entity_sources, speaker_names
from index.extraction import Extraction, extract
from index.house_style import style_features
from index.language import detect_language
from index.limits import limit_record_text
from index.readers.markup import convert_markup
from index.records import Notice, Record, Rejection
from index.schema import (
    SCHEMA_VERSION,
    code_field_name,
    exact_field_name,
    facet_code,
)

#: Bumped when extraction or preparation changes what gets indexed, so that
#: the next ingest re-prepares documents whose input did not change.
PREPARE_VERSION = 6


def record_hash(record: Record) -> str:
    """Digest of everything that decides a record's index document.

    Where it was read from is left out: a line moved within a file, or a file
    copied elsewhere, is the same release.
    """
    content = {k: v for k, v in asdict(record).items() if k not in ("source", "notice")}
    payload = json.dumps(
        [SCHEMA_VERSION, PREPARE_VERSION, content], sort_keys=True, ensure_ascii=False
    )
    return hashlib.blake2b(payload.encode("utf-8"), digest_size=16).hexdigest()


@dataclass
class IndexDocument:
    """A document ready for the writer: Whoosh field values plus bookkeeping."""

    id: str
    content_hash: str
    fingerprint: str
    minhash: bytes
    fields: dict
    #: The record's text was truncated to fit the limit.
    notice: Notice | None = None
    #: Speaker, venue and organization as found, and the speaker's full
    #: names in the text; the writer resolves them to entities.
    entities: dict = field(default_factory=dict)
    #: What the ingest's contact book and house styles learn from and may decide
    #: on (index/contact_book.py, index/house_style.py, index/ingest.py).
    issuer: IssuerCues | None = None


@dataclass
class IssuerCues:
    """A release's press contacts, opening and issuers, for the corpus's contact
    book and house styles."""

    contacts: list[str]
    speaker: str | None
    co_issuers: list[str]
    quoted: list[str]
    style: frozenset[str]
    #: The resolved record, kept only when its speaker may change: extracted, not
    #: given, and with co-issuers, or quoting others and giving contacts.
    record: ResolvedRecord | None = None


# Control characters (C0, DEL, C1), and line breaks and tabs, which a one-line
# value should not hold either.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def clean_value(value: str) -> str:
    """A metadata value without control characters or runs of spaces.

    Given metadata is otherwise kept as given; these would break feeds (XML
    forbids them) and terminals.
    """
    return " ".join(_CONTROL_RE.sub(" ", value).split())


def normalize_language(value: str | None) -> str | None:
    """``en-US`` -> ``en``; language tags are kept as lowercase primary subtags."""
    if not value:
        return None
    return value.strip().lower().replace("_", "-").split("-")[0] or None


def _exact(facet: registry.Field, value) -> dict:
    """A facet's exact-value field (lists bypass Whoosh's analyzer unchanged)
    and, when it is single-valued, its code column."""
    items = value if isinstance(value, list) else [value]
    items = [v for v in items if v]
    if not items:
        return {}
    out: dict[str, object] = {exact_field_name(facet.name): items}
    if facet.facet == "single":
        out[code_field_name(facet.name)] = facet_code(items[0])
    return out


@dataclass
class ResolvedRecord:
    """A record's final metadata: given values, and extracted ones for the rest."""

    id: str
    source: str
    title: str | None
    text: str
    speaker: str | None
    venue: str | None
    dateline: str | None
    date: str | None
    organization: str | None
    quotes: list[dict]
    lang: str
    url: str | None
    topics: list[str]
    #: Others who issue a joint release with the speaker (extracted).
    co_issuers: list[str] = field(default_factory=list)
    notice: Notice | None = None
    #: Keys of the press contacts the text gives, and its opening's style
    #: features (index/contact_book.py, index/house_style.py; not indexed).
    contacts: list[str] = field(default_factory=list)
    style: frozenset[str] = frozenset()
    #: The speaker was given with the record.
    speaker_given: bool = False

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "text": self.text,
            "speaker": self.speaker,
            "venue": self.venue,
            "dateline": self.dateline,
            "date": self.date,
            "organization": self.organization,
            "quotes": self.quotes,
            "lang": self.lang,
            "url": self.url,
            "topics": self.topics,
            "co_issuers": self.co_issuers,
        }


def resolve(record: Record, explain: dict | None = None) -> ResolvedRecord | Rejection:
    """Keep given metadata unchanged and extract only what is missing.

    ``explain``, when a dict, receives how each extracted field was decided
    (see :func:`index.extraction.extract`).
    """
    if record.markup is not None:
        converted = convert_markup(record)
        if isinstance(converted, Rejection):
            return converted
        record = converted
    record = limit_record_text(record)
    given = {k: v for k, v in ((k, clean_value(v)) for k, v in record.given().items()) if v}
    if "date" in given:
        try:
            given["date"] = normalize_date(given["date"])
        except ValueError as err:
            return Rejection(record.source, f"bad date: {err}")
    found = extract(record.text, given, explain=explain)
    meta = {
        key: given.get(key) or getattr(found, key)
        for key in ("title", "date", "speaker", "venue", "organization", "dateline")
    }
    # Given values stay as given; extracted ones are cleaned of glued-on
    # fragments and generic words (see index/entities.py).
    for key in ("venue", "organization"):
        if not given.get(key):
            meta[key] = clean_extracted(key, meta[key])
    return ResolvedRecord(
        id=record.id,
        source=record.source,
        text=found.text or record.text,
        quotes=[q.to_dict() for q in found.quotes],
        lang=normalize_language(given.get("lang"))
        or detect_language(found.text or record.text)
        or analysis.DEFAULT_LANGUAGE,
        url=given.get("url"),
        topics=[t for t in (clean_value(t) for t in record.topics) if t],
        co_issuers=_co_issuers(found, meta["speaker"]),
        notice=record.notice,
        contacts=found.contacts,
        style=style_features(record.text),
        speaker_given=bool(given.get("speaker")),
        **meta,
    )


def _co_issuers(found: Extraction, speaker: str | None) -> list[str]:
    """The others who issue the release with its speaker, each once. With a
    given speaker they count only when the text names that speaker among its
    issuers ("Sens. Baucus and Tester announced", filed as Tester's)."""
    issuers = [name for name in (found.speaker, *found.co_issuers) if name]
    if not speaker or not found.co_issuers:
        return []
    own = issuer_key(speaker)
    if own not in {issuer_key(name) for name in issuers}:
        return []
    seen, out = {own}, []
    for name in issuers:
        last = issuer_key(name)
        if last and last not in seen:
            seen.add(last)
            out.append(name)
    return out


def _values(doc: ResolvedRecord) -> dict:
    """Every value a registry field may be filled from (its ``source``)."""
    year, month, _ = parse_iso(doc.date) if doc.date else (None, None, None)
    return {
        **doc.to_dict(),
        "quote": [q["text"] for q in doc.quotes],
        "date_text": doc.date,
        "year": f"{year:04d}" if year else None,
        "month": f"{year:04d}-{month:02d}" if month else None,
    }


def _fields(values: dict) -> dict:
    """Whoosh field values of the registry's fields: analysed words (and the
    stored value beside them), stored values, and facets' exact values and
    codes. Dates, columns and the group of copies are filled elsewhere."""
    lang = values["lang"]
    out: dict = {}
    for entry in registry.fields():
        value = values.get(entry.value_key)
        if entry.kind in ("text", "name"):
            words = "\n".join(value) if isinstance(value, list) else value or ""
            out[entry.name] = (
                analysis.prepare_name(words)
                if entry.kind == "name"
                else analysis.prepare_text(words, lang)
            )
            if entry.stored:
                out[f"_stored_{entry.name}"] = value
        elif entry.kind in ("id", "stored"):
            out[entry.name] = value
        if entry.counted:
            out.update(_exact(entry, value))
    return out


def prepare(record: Record, content_hash: str | None = None) -> IndexDocument | Rejection:
    """Resolve one record's metadata and analyse every field."""
    doc = resolve(record)
    if isinstance(doc, Rejection):
        return doc
    return prepare_resolved(doc, content_hash or record_hash(record))


def prepare_resolved(doc: ResolvedRecord, digest: str) -> IndexDocument:
    """Analyse every field of a resolved record (again, when the ingest's contact
    book gives a joint release another speaker)."""
    date = doc.date
    fields = _fields(_values(doc))
    if date:
        fields["date"] = date_start(date)
        fields["day"] = fields["date"].toordinal()
    fields["content_hash"] = digest.encode("ascii")
    fingerprint, signature = fingerprints(doc.text)
    names = speaker_names(doc.speaker, doc.text) if doc.speaker else []
    return IndexDocument(
        id=doc.id,
        content_hash=digest,
        fingerprint=fingerprint,
        minhash=signature,
        entities=entity_sources(
            {"speaker": doc.speaker, "venue": doc.venue, "organization": doc.organization}, names
        ),
        # A None stored value must stay: without it Whoosh would store the
        # prepared postings instead.
        fields={k: v for k, v in fields.items() if v is not None or k.startswith("_stored_")},
        notice=doc.notice,
        issuer=_issuer_cues(doc),
    )


def _issuer_cues(doc: ResolvedRecord) -> IssuerCues | None:
    # (a release with no speaker teaches nothing, but its contacts may name its office)
    if not doc.speaker and not doc.contacts:
        return None
    quoted = quoted_names(doc.quotes)
    revisable = not doc.speaker_given and bool(doc.co_issuers or doc.contacts)
    return IssuerCues(
        doc.contacts, doc.speaker, doc.co_issuers, quoted, doc.style, doc if revisable else None
    )
