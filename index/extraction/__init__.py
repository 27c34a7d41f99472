"""Metadata extraction: who said it, where, and when, from a release's text.

Entry point: :func:`extract`. Given metadata always wins; the caller keeps
given values and takes only the missing ones from the result. Given values
serve here as hints: a given title marks where the headline ends, a given
speaker helps attribute quotes, a given date resolves weekdays.

The steps, each in its own module: :mod:`cleaning` (the body text),
:mod:`layout` (the printed header's lines classified once, transcript
turns), :mod:`dates` and :mod:`datelines` (the header), :mod:`titles`
(headline), :mod:`names`, :mod:`speakers` (candidates and their features,
weighed by :mod:`scoring` with fitted weights kept as data), :mod:`sentences`
and :mod:`quotes` (statements, quoted or reported), :mod:`venues`,
:mod:`organizations`. Word lists live in ``index/data`` (:mod:`wordlists`).
Everything is rules over compiled, linear-time regexes, plus nltk's Punkt
splitter with hand-set parameters for the lead sentence; no model or data
is downloaded.

Work is bounded: header, speaker and venue are looked for in the first
:data:`HEAD_CHARS` characters only; quotes are taken from the whole text
by linear scans.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from index.extraction import (
    cleaning,
    contacts,
    datelines,
    dates,
    layout,
    names,
    organizations,
    quotes,
    recasing,
    run_on_heads,
    speakers,
    venues,
    wordlists,
)
from index.extraction import titles as headlines
from index.records import Quote

log = logging.getLogger(__name__)

#: Header, dateline, speaker and venue are looked for only this far into a text.
HEAD_CHARS = 5000
#: The venue is looked for in this many characters after the headline.
VENUE_CHARS = 2000
#: Dates are looked for this far; later ones are events, not the release's date.
DATE_CHARS = 2500
#: Space-separated numeric dates ("5 31 2006") are trusted only this early.
NUMERIC_DATE_ZONE = 350


@dataclass
class Extraction:
    title: str | None = None
    speaker: str | None = None
    venue: str | None = None
    dateline: str | None = None
    #: ISO date at the precision the text fixes: YYYY-MM-DD, YYYY-MM or YYYY.
    date: str | None = None
    organization: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    #: Others who issue a joint release with the speaker ("Sens. A and B announced").
    co_issuers: list[str] = field(default_factory=list)
    #: Keys of the press contacts the text gives (index/extraction/contacts.py).
    contacts: list[str] = field(default_factory=list)
    #: The cleaned body text.
    text: str = ""


def extract(
    text: str,
    given: Mapping[str, str] | None = None,
    reference_date: dt.date | None = None,
    explain: dict | None = None,
) -> Extraction:
    """Extract metadata from ``text``; ``given`` holds metadata from the input.

    ``reference_date`` (else a full ISO ``given["date"]``) resolves dates the
    text gives only as a weekday ("on Monday"). ``explain``, when a dict,
    receives how each field was decided: the header's classified lines, the
    speaker candidates with their features and scores (best first), and the
    cue that gave the title and the venue. Never raises: on any
    unexpected failure the result holds the cleaned text and nothing else.
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    hints = {k: v for k, v in (given or {}).items() if isinstance(v, str) and v.strip()}
    try:
        return _extract(text, hints, reference_date or _given_date(hints), explain)
    except Exception:  # extraction must never stop an ingest
        log.exception("extraction failed; keeping the cleaned text only")
        try:
            return Extraction(text=cleaning.clean_text(text))
        except Exception:
            return Extraction(text=text)


def _given_date(given: Mapping[str, str]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(given.get("date", "")[:10])
    except ValueError:
        return None


@dataclass
class _Head:
    """What the start of a release prints: its dates, header lines, dateline and headline."""

    dates: list[dates.DateMatch]
    parts: layout.Layout
    body_start: int
    dateline: datelines.Dateline | None
    headline: headlines.Headline | None
    #: Where the headline ends (0 without one) and the lead sentence starts.
    headline_end: int
    lead_start: int


def _extract(
    raw: str, given: Mapping[str, str], reference: dt.date | None, explain: dict | None = None
) -> Extraction:
    printed, breaks = cleaning.clean_with_breaks(raw)
    if not printed:
        return Extraction(title=given.get("title"), text="")
    as_fed, printed = printed, run_on_heads.set_on_lines(printed)
    # A text lowered to lower case is read with a reader's capitals, and Unicode's
    # hyphens as the hyphen ("Côté‐Labrecque"); the positions are the printed text's.
    read = recasing.recase(printed)
    text = read.translate(_ONE_HYPHEN)
    head_end = min(len(text), HEAD_CHARS)
    given_title = given.get("title")
    head = _read_head(text, head_end, given_title, breaks)
    dateline, headline = head.dateline, head.headline
    release_date = _release_date(text, head, head_end, reference)
    mentions = speakers.find_mentions(text, head_end, breaks)
    # Hard-wrapped paragraphs (scanned, e-mailed) joined, for what runs across lines.
    flowing = cleaning.unwrap(text, _as_fed(text, as_fed) if as_fed is not printed else None)
    found_quotes = _find_quotes(text, flowing, breaks, head.parts, mentions, given.get("speaker"))
    speaker = speakers.choose_speaker(
        text,
        head_end,
        headline.text if headline else None,
        headline.start if headline else 0,
        head.headline_end,
        head.lead_start,
        found_quotes,
        mentions,
        given.get("speaker"),
        head.parts,
        candidates := ([] if explain is not None else None),
        breaks,
        co_issuers := [],
    )
    if speaker and not given.get("speaker"):
        speaker = _full_name(speaker, text, head_end, mentions)
    co_issuers = _completed_issuers(text, speaker, co_issuers, head_end)
    if speaker:
        _give_short_forms_to_the_speaker(found_quotes, speaker, mentions, flowing)
        found_quotes += _speakers_own_words(text, head.parts, speaker, found_quotes)
    venue = _venue(text, flowing, head, head_end, given_title)
    organization = _organization(text, head, head_end, mentions, speaker)
    if explain is not None:
        _explain(explain, head, candidates, given_title, venue)
    extracted = Extraction(
        title=given_title or _as_printed(_title(headline, text, head.lead_start), text, printed),
        speaker=speaker,
        venue=venue,
        dateline=dateline.place if dateline else head.parts.dateline,
        date=release_date,
        organization=organization,
        quotes=quotes.to_records(found_quotes),
        co_issuers=co_issuers,
        contacts=contacts.press_contacts(raw),
        # The body keeps its headline: the document view and the API return the
        # release's full text, and pages may hide the repeated first line.
        text=printed,
    )
    return _with_printed_forms(extracted, text, printed, recased=read is not printed)


_UNICODE_HYPHENS = "\u2010\u2011"
_ONE_HYPHEN = str.maketrans(dict.fromkeys(_UNICODE_HYPHENS, "-"))


def _with_printed_forms(result: Extraction, text: str, printed: str, recased: bool) -> Extraction:
    """Names, places and statements with the hyphens they were printed with
    ("Côté‐Labrecque"), where the text was read with the plain hyphen; the
    statements of a lowered text in its printed case, not with restored capitals."""
    if not recased and not any(h in printed for h in _UNICODE_HYPHENS):
        return result

    def back(value: str | None, case_too: bool = False) -> str | None:
        at = text.find(value) if value else -1
        if at < 0:
            return value
        printed_value = printed[at : at + len(value or "")]
        if case_too:
            return printed_value
        return "".join(
            p if p in _UNICODE_HYPHENS else v for v, p in zip(value or "", printed_value)
        )

    return replace(
        result,
        speaker=back(result.speaker),
        venue=back(result.venue),
        dateline=back(result.dateline),
        organization=back(result.organization),
        co_issuers=[back(c) or c for c in result.co_issuers],
        quotes=[Quote(back(q.speaker), back(q.text, recased) or q.text) for q in result.quotes],
    )


def _as_printed(value: str | None, text: str, printed: str) -> str | None:
    """``value``, read from ``text``, in the printed text's case (a headline is
    shown as printed, not with the capitals restored to a lowered text)."""
    if not value or text is printed:
        return value
    # (a headline cut at a word keeps its ellipsis: "... the port of Gdańsk…")
    whole = value.removesuffix("…")
    at = text.find(whole)
    return printed[at : at + len(whole)] + value[len(whole) :] if at >= 0 else value


def _release_date(text: str, head: _Head, head_end: int, reference: dt.date | None) -> str | None:
    """The release's own date, from the head's dates, its dateline or a text it reprints."""
    dateline, headline = head.dateline, head.headline
    # A photo's caption dates the picture ("... on Frøya, April 2, 2025"): the day of the
    # release when nothing else is dated, else only the day the picture was taken.
    captions = [(p.start, p.end) for p in head.parts.all("photo")]
    found = [d for d in head.dates if not any(start <= d.start < end for start, end in captions)]
    # (a forwarded mail's headers date the mail, not the release under them, when the
    # release's own header or dateline is dated)
    release_start = head.parts.release_start
    header_end = max(head.lead_start, head.body_start, release_start)
    released = [d for d in found if release_start <= d.start < header_end]
    found = [d for d in found if d.start >= release_start] if released else found
    dated, span = (dateline.date, (dateline.start, dateline.end)) if dateline else (None, None)
    placed = next((p for p in head.parts.all("date") if p.value), None)
    if dateline is None and placed is not None:
        # "Bissau, 12 March 2019" printed as a header line under an event's dated line
        dated = next((d for d in head.dates if placed.start <= d.start < placed.end), None)
        span = (placed.start, placed.end) if dated else None
    return dates.choose_release_date(
        text,
        found or head.dates,
        dated,
        span,
        # (the header's lines go on under the headline: a speech's place and date)
        max(head.lead_start, head.body_start),
        reference,
        headline.text if headline else None,
        scanned_until=min(head_end, DATE_CHARS),
    )


def _venue(
    text: str, flowing: str, head: _Head, head_end: int, given_title: str | None
) -> str | None:
    """The venue a header line prints, one a label gives, or one the lead names
    (read in ``flowing``, the text with its hard-wrapped lines joined)."""
    start = head.body_start if given_title else max(head.headline_end, head.body_start)
    printed = head.parts.venue
    byline = head.parts.byline_place()
    return (
        (printed.value if printed else None)
        or venues.labelled_venue(text, min(head_end, start + VENUE_CHARS))
        or _delivery_note_venue(text, head.parts)
        or venues.find_venue(flowing, start, min(head_end, start + VENUE_CHARS))
        or head.parts.speech_heading_venue()
        or venues.closing_venue(text)
        or (byline.value if byline else None)
        # "Please find below the text of the Minister's speech at the X Conference at the
        # Y Suite": an e-mail's cover note (under its From/Subject lines) may say where.
        or venues.find_venue(
            text, text.find("\n\n", 0, head.parts.release_start) + 1, head.parts.release_start
        )
    )


# A bracketed note under a heading on how the text was given: "(Read on behalf of the
# Governor by ..., at a press briefing at Government House, Ilorin, on ...)".
_READ_OR_DELIVERED_NOTE_RE = re.compile(
    r"(?i)^\((?!photo|image|picture|credit|file)[^()]*\b(?:read|delivered|given|presented|spoken)\b"
)


def _delivery_note_venue(text: str, parts: layout.Layout) -> str | None:
    """The place a header's delivery note names (a bracketed line under the heading,
    which the layout reads as a caption: a "photo" part)."""
    for part in parts.all("photo"):
        if _READ_OR_DELIVERED_NOTE_RE.match(part.text):
            venue = venues.find_venue(text, part.start, part.end)
            if venue:
                return venue
    return None


def _read_head(
    text: str, head_end: int, given_title: str | None, breaks: Sequence[int] = ()
) -> _Head:
    """The header's dates and lines, then the dateline and the headline; ``breaks``
    are where scraping lost punctuation."""
    found_dates = dates.scan_dates(
        text, 0, min(head_end, DATE_CHARS), spaced_until=NUMERIC_DATE_ZONE
    )
    parts = layout.read_layout(text, [(d.start, d.end) for d in found_dates])
    body_start = parts.body_start
    if given_title and text[: len(given_title)].casefold() == given_title.strip().casefold():
        body_start = max(body_start, len(given_title.strip()))
    dateline = datelines.find_dateline(
        text,
        [d for d in found_dates if d.start >= body_start],
        body_start=body_start,
        allow_opening=bool(given_title) or body_start > 0,
        breaks=breaks,
    )
    if dateline is None:
        # "October 3, 2023 – Halifax, Nova Scotia": a header's date line under a heading
        # (the body's dates were tried by find_dateline)
        header_dates = [d for d in found_dates[:4] if d.start < body_start]
        dateline = next(
            filter(None, (datelines.on_its_date_line(text, d) for d in header_dates)), None
        )
    headline = _find_headline(text, parts, found_dates, dateline, given_title)
    if dateline is None and headline is not None and headline.end > 0 and not given_title:
        # Now that the headline's end is known, a bare "WASHINGTON The ..." may follow it.
        after = headline.end + (1 if text[headline.end : headline.end + 1] == "\n" else 0)
        dateline = datelines.find_dateline(
            text, [], limit=after + 600, body_start=after, allow_opening=headline.whole_first_line
        )
    headline_end = headline.end if headline else 0
    lead_start = max(dateline.end, headline_end) if dateline else headline_end
    return _Head(found_dates, parts, body_start, dateline, headline, headline_end, lead_start)


def _title(headline: headlines.Headline | None, text: str, lead_start: int) -> str | None:
    if headline is None:
        return headlines.finish(None, text, lead_start)
    longest = headlines.MAX_LINE_TITLE_WORDS if headline.own_line else headlines.MAX_TITLE_WORDS
    return headlines.finish(headline.text, text, lead_start, longest)


# A letter's subject line over its salutation.
_LETTER_SUBJECT_RE = re.compile(
    # (a spaced dash only: "Re-appointment of ...", "Sub-division of shares" are words)
    r"(?im)^[^\S\n]*(?:sub(?:ject)?|re)(?:[^\S\n]*[:.]|[^\S\n]+[–-])[^\S\n]*"
    r"(?P<title>\S[^\n]{5,200}?)[^\S\n]*\n"
    r"(?:[^\S\n]*\n)?[^\S\n]*(?:dear|respected|sir|madam)\b"
)
# ... or under it: "Dear Editor," / "RE: CLARIFICATION ON REPORTS OF ...".
_SALUTED_SUBJECT_RE = re.compile(
    r"(?im)^[^\S\n]*dear\b[^\n]{0,40}\n(?:[^\S\n]*\n)?[^\S\n]*(?:sub(?:ject)?|re)"
    r"[^\S\n]*[:.][^\S\n]*(?P<title>\S[^\n]{5,200}?)[^\S\n]*$"
)
# The release a cover letter encloses: its label on a line of its own, then its headline.
_ENCLOSED_RELEASE_RE = re.compile(
    r"(?im)^[^\S\n]*(?:press|media|news)[^\S\n]+release[^\S\n]*\n(?:[^\S\n]*\n)?"
    # (its own line, a blank one under it: not a hard-wrapped lead's first line)
    r"[^\S\n]*(?P<title>[^\W\d_][^\n]{10,200}?)[^\S\n]*\n[^\S\n]*\n"
)


def _enclosed_release_headline(text: str, subject: re.Match[str]) -> re.Match[str] | None:
    """The headline of the press release a letter's subject says it encloses."""
    if not re.match(r"(?i)(?:press|media|news)\s+release\b", subject["title"]):
        return None
    found = _ENCLOSED_RELEASE_RE.search(text, subject.end(), subject.end() + 3000)
    if found is None or found["title"].rstrip().endswith((".", ":")):
        return None  # (a sentence, or a label over more labels)
    return found


# A headline, then the dateline in brackets on the same line.
_RUN_IN_HEADLINE_RE = re.compile(r"\s*(?P<title>[A-Z][^\n(]{10,150}?)\s*\($")
# ... or without brackets: from a capital letter, no sentence's end (an abbreviation's
# full stop: "TO ST. ELIZABETH FARMERS"), to the dateline's place.
_RUN_ON_HEADLINE_RE = re.compile(
    r"\s*(?P<title>[A-Z](?:[^\n(.!?:;,\"“”]|(?:(?<=\s[A-Z])|(?<=\s[A-Z][A-Za-z])|"
    r"(?<=\s[A-Z][A-Za-z]{2}))\.(?=[^\S\n])){10,150}?(?<=[A-Za-z]))[^\S\n]+$"
)


# A release's label run into its dateline is no headline: "For Immediate Release LAGOS, ...".
_RELEASE_LABEL_RE = re.compile(rf"(?i)^(?:{layout.RELEASE_LABEL}|statement)$")


def _run_on_headline(text: str, start: int, end: int) -> re.Match[str] | None:
    run_on = _RUN_ON_HEADLINE_RE.match(text, start, end)
    return None if run_on is None or _RELEASE_LABEL_RE.match(run_on["title"]) else run_on


def _letter_subject(text: str) -> re.Match[str] | None:
    """A letter's "Sub:" or "Re:" line (the letter's own, not one a release quotes under
    its lead paragraph)."""
    subject = _LETTER_SUBJECT_RE.search(text, 0, HEAD_CHARS) or _SALUTED_SUBJECT_RE.search(
        text, 0, HEAD_CHARS
    )
    if subject and any(len(line.split()) > 25 for line in text[: subject.start()].split("\n")):
        return None
    return subject


def _find_headline(
    text: str,
    parts: layout.Layout,
    found_dates: list[dates.DateMatch],
    dateline: datelines.Dateline | None,
    given_title: str | None,
) -> headlines.Headline | None:
    """The printed headline line, else the run of lines before the dateline."""
    printed = parts.headline
    mailed = parts.mail_subject
    if mailed and dateline and not given_title and (printed is None or printed.kind == "furniture"):
        # "Subject: FW: MEDIA RELEASE: City names X fire chief" over a release that opens
        # on its dateline under its desk's label: the mail that sent it gives its headline.
        return headlines.Headline(mailed.text, mailed.start, mailed.end, False)
    subject = None if given_title else _letter_subject(text)
    if subject and (enclosed := _enclosed_release_headline(text, subject)):
        # "Sub: Press Release – Unaudited Financial Results ..." over the release it
        # encloses: that release's own headline under its label
        return headlines.Headline(
            enclosed["title"], enclosed.start("title"), enclosed.end("title"), False
        )
    if subject and (
        printed is None
        or printed.kind != "headline"
        # ("To" / "The Editor-in-Chief" / "Blantyre": the address over it, no headline)
        or (printed.end <= subject.start() and not layout.has_verb(printed.text))
    ):
        # "Sub: Outcome of Board Meeting held on 12th February, 2025" / "Dear Sir,": a
        # letter's subject is its headline, over any furniture standing in for one.
        return headlines.Headline(
            subject["title"], subject.start("title"), subject.end("title"), False
        )
    if printed is not None and not given_title:
        return headlines.Headline(
            layout.tidy_title(printed.text),
            printed.start,
            printed.end,
            printed.start == 0,
            own_line=True,
        )
    if parts.parts and not given_title and parts.body_start > 0:
        # "Acme opens hub in Tallinn (TALLINN, 12 November 2025) – Acme today ...": a
        # headline run into its dateline on the body's first line.
        if dateline is not None and (
            run_in := _RUN_IN_HEADLINE_RE.match(text, parts.body_start, dateline.start)
            # "Authority Suspends Night Ferry Services on Ikorodu Route LAGOS, 3rd June
            # 2025 - The Authority ...": a scan's headline run into its dateline
            or _run_on_headline(text, parts.body_start, dateline.start)
        ):
            return headlines.Headline(run_in["title"], run_in.start(), run_in.end("title"), False)
        # A printed header without a headline line: its lines are bylines,
        # dates, furniture, not a title; the lead's first sentence stands in.
        return None
    return headlines.find_headline(
        text,
        [(d.start, d.end) for d in found_dates if d.start < 600],
        dateline.start if dateline else None,
        given_title,
    )


def _as_fed(text: str, as_fed: str) -> str:
    """``text`` (recased) with the lines the feed gave it, not those a header run onto
    one line was set back on since (:func:`run_on_heads.split_run_on_head`)."""
    if len(as_fed) != len(text):
        return as_fed
    return "".join(" " if a == " " and b == "\n" else b for a, b in zip(as_fed, text, strict=True))


def _find_quotes(
    text: str,
    flowing: str,
    breaks: list[int],
    parts: layout.Layout,
    mentions: list[names.Mention],
    given_speaker: str | None,
) -> list[quotes.QuoteSpan]:
    """Statements, quoted or reported, with their speakers' full names."""
    people = parts.printed_people()
    registry = _NameRegistry(
        mentions + [names.Mention(p.name, p.start) for p in people],
        given_speaker,
        text,
        [(p.name, p.roles) for p in people],
    )
    return quotes.find_quotes(
        flowing,
        registry.resolve,
        registry.recent,
        registry.role,
        breaks or cleaning.stripped_breaks(text),
        quotes.turn_quotes(text, parts),
    )


_TRAILING_PHONE_RE = re.compile(r"(?:[^\S\n]*[:,–-])?[^\S\n]*\+?\d[\d ()/-]{6,}$")


def _one_line_body(found: str) -> str:
    """A body's name on its line ("Minister for Health\nDate: ..." is two), without a
    trailing comma or a phone number run on ("Norwegian Ministry of Transport: +47 ...")."""
    line = _SOURCE_LABEL_RE.sub("", found.split("\n", 1)[0])
    return _TRAILING_PHONE_RE.sub("", line).strip().rstrip(",;:")


# A wire's label before the issuer: "January 09, 2025 08:00 ET | Source: Acme Corp."
_SOURCE_LABEL_RE = re.compile(r"(?i)^\s*(?:source|issuer|issued\s+by)\s*:\s*")


def _organization(
    text: str, head: _Head, head_end: int, mentions: list[names.Mention], speaker: str | None
) -> str | None:
    """The issuing body: printed in the header, the speaker's portfolio, named in
    the lead, the closing "About ..." section, or the closing contact block."""
    speaker_titles = [
        m.title
        for m in mentions
        if m.title and speaker and m.key == names.fold(names.surname(speaker))
    ]
    printed = organizations.printed_organization(head.parts, text)
    cues = (
        # A "From:" line names the issuer outright, over a site's banner; so does "Issued
        # on behalf of X", over the agency's letterhead.
        lambda: organizations.on_behalf_body(text),
        lambda: organizations.from_line_body(text, printed),
        lambda: organizations.publisher_body(text),
        lambda: organizations.wire_source(text),
        lambda: organizations.issuer_among_letterheads(printed, text, head_end),
        lambda: organizations.signed_off_level(head.parts, printed, text),
        lambda: printed,
        lambda: organizations.logo_alt_body(head.parts),
        lambda: organizations.collective_signature_body(text),
        lambda: organizations.issuing_body(text),
        lambda: organizations.portfolio(text, head_end, speaker),
        lambda: organizations.body_over_its_address(text),
        lambda: organizations.find_organization(
            text, head_end, head.lead_start, speaker, speaker_titles, head.body_start
        ),
        # (a closing "About X" section names the issuer over a headline's subject, which
        # may be its customer: "Caspian Agro Holding orders 40 wagons" / "About X LLP")
        lambda: organizations.about_section(text),
        lambda: organizations.headline_subject(
            head.headline.text if head.headline else None, speaker, speaker_titles
        ),
        lambda: organizations.breadcrumb_owner(head.parts),
        lambda: organizations.site_owner(head.parts),
        lambda: organizations.signature_body(text),
        lambda: organizations.letterhead_name(head.parts, text),
        lambda: organizations.contact_block_body(text),
        lambda: organizations.copyright_holder(text),
        # (a last resort: the first line, unless it names someone the text speaks of)
        lambda: organizations.first_line_body(
            head.parts,
            text,
            frozenset(m.key for m in mentions) | set(names.fold(speaker or "").split()),
        ),
    )
    # The first cue that names a body; a generic word alone ("the Government
    # says", "University news", "Office of Senator X") names none.
    found = next(
        (
            org
            for cue in cues
            if organizations.specific(org := cue())
            and not organizations.press_unit_of_its_body(org or "", text)
        ),
        None,
    )
    return _as_the_body_is_named(found, head, text) if found else None


def _as_the_body_is_named(found: str, head: _Head, text: str) -> str:
    """The body a cue found, on one line, in English, without its government, press unit
    or acronym, spelled as the text spells it, with its legal form and office."""
    first = organizations.english_of_twins(_one_line_body(found))
    first = organizations.without_its_government(organizations.first_of_joint_bodies(first))
    first = organizations.without_its_press_unit(first)
    first = organizations.under_its_logo_line(first, head.parts, text)
    first = organizations.without_its_acronym(first)
    spelled = organizations.as_the_text_spells_it(first, text, head.body_start)
    first = organizations.with_its_legal_form(organizations.without_scan_damage(spelled), text)
    first = organizations.with_its_office(organizations.defined_full_name(first, text), text)
    first = organizations.with_its_ministry(first, text)
    return organizations.with_its_university(first, text)


def _speakers_own_words(
    text: str, parts: layout.Layout, speaker: str, found: list[quotes.QuoteSpan]
) -> list[quotes.QuoteSpan]:
    """The speaker's statements beyond those quoted: a statement's unattributed
    quotations (given in ``found``), their transcript turns, a speech's or remarks'
    body, a signed or first-person statement's paragraphs."""
    if not parts.turns and not parts.is_speech:
        quotes.issuers_unattributed(text, found, speaker)
    more = quotes.main_turn_quotes(text, parts, speaker) if parts.turns else []
    taken = found + more
    # (remarks introduced as the speaker's, also under a speech's label: "FLOOR REMARKS" /
    # ... "Below are her remarks as prepared for delivery:" / '"Mr. President, ...')
    if remarks := quotes.remarks_start(text, parts.body_start, speaker):
        return more + quotes.remarks_quotes(text, remarks, speaker, taken)
    # (a signed statement's body ends over its signer's name and office)
    signed = quotes.signed_statement_end(text, parts.body_start, speaker)
    if parts.is_speech or signed:
        return more + quotes.speech_quotes(text, parts.body_start, speaker, taken, signed)
    if parts.turns:
        return more
    return quotes.first_person_statement(text, parts.body_start, speaker, taken)


def _completed_issuers(
    text: str, speaker: str | None, co_issuers: list[str], end: int
) -> list[str]:
    """The co-issuers' full names ("Corker" -> "Bob Corker"), but not a headline's
    surnames run together ("Alexander Corker" of "Alexander Corker Davis Praise ...")."""
    surnames = {names.fold(names.surname(n)) for n in (speaker, *co_issuers) if n}
    completed = []
    for name in co_issuers:
        full = names.complete_name(text, name, end)
        if any(names.fold(word) in surnames for word in full.split()[:-1]):
            full = name
        completed.append(full)
    return completed


def _explain(
    explain: dict,
    head: _Head,
    candidates: list[dict] | None,
    given_title: str | None,
    venue: str | None,
) -> None:
    """How each field was decided (see :func:`extract`)."""
    parts = head.parts
    explain["header"] = [
        {"kind": p.kind, "line": p.text, **({"value": p.value} if p.value else {})}
        for p in parts.parts
    ]
    explain["speaker"] = candidates
    explain["title"] = (
        "given"
        if given_title
        else "printed headline line"
        if parts.headline is not None
        else "headline run before the dateline"
        if head.headline is not None
        else "first sentence (no headline)"
    )
    printed_venue = parts.venue
    explain["venue"] = (
        "printed venue line"
        if printed_venue and printed_venue.value
        else "speaking or event words in the lead"
        if venue
        else "none named"
    )
    explain["dateline"] = head.dateline.place if head.dateline else None


# Abbreviated titles as a role reference writes them out ("Gov. Halvers" ... "the governor").
_TITLE_ABBREVIATIONS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    # Police ranks: "CP Olufemi Adebayo-Ogunleye" ... "the Commissioner said".
    "cp": "commissioner of police",
    "dcp": "deputy commissioner of police",
    "acp": "assistant commissioner of police",
    "igp": "inspector-general of police",
    "dig": "deputy inspector-general of police",
    "aig": "assistant inspector-general of police",
}


#: Roles a release refers to by another name: "President X" … "the Head of State said".
_ROLE_SYNONYMS = {
    "head of state": ("president", "king", "queen", "emir", "sultan"),
    "head of government": ("prime minister", "premier", "chancellor"),
    "judge": ("justice",),
    "justice": ("judge",),
    # "H.E. Sheikh Faisal ..." … "His Excellency said".
    "excellency": ("h.e",),
    "ceo": ("chief executive",),
    "chief executive": ("ceo",),
    "ombudswoman": ("ombudsman", "defensora", "defensor"),
    "ombudsperson": ("ombudsman", "defensora", "defensor"),
    # an English text's "the prefect said" of a "préfète de la région ..."
    "prefect": ("préfet", "préfète"),
    # "the Chairperson said" of "Chair X"; American and British spellings
    "chairperson": ("chair",),
    "councilor": ("councillor", "council member"),
    "councillor": ("councilor", "council member"),
}


def _full_title(title: str) -> str:
    words = title.lower().replace(".", "").split()
    # ("Attorney-General" and "the Attorney General said" are one role)
    return " ".join(_TITLE_ABBREVIATIONS.get(w, w) for w in words).replace("-", " ")


_JUNIOR_TITLE_RE = re.compile(r"^(?:deputy|vice|assistant|associate)\b|\bof state\b")


def _role_pattern(role: str) -> str:
    """A role's words as printed, spaced or hyphenated: "attorney[- ]general"."""
    return r"[-\s]+".join(re.escape(w) for w in role.split())


_ROLE_GAP_RE = re.compile(
    # ("Minister for Transport, Infrastructure and Public Works Rodrick Vella Galea")
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:(?:,\s+|\s+(?:and\s+|&\s+)?)[A-Z][\w'’-]*){0,6})?"
    # ("The Ambassador of Belgium to the Kingdom of Morocco, Geneviève Dussart-Lemaître")
    r"(?:\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*){0,4})?"
    r",?\s+"
)


def _with_given_names_before(gap: str, run: str) -> str | None:
    """The name a role's portfolio ran into: its last one or two capitalised words and
    ``run``, when they read as one name ("Jane" + "Quill"), else None."""
    words = gap.split()
    for n in (2, 1):
        before = words[-n:] if len(words) > n else []
        if not before or any(
            w.strip(",").lower() in wordlists.organization_word_set()
            or w.strip(",") in wordlists.non_name_words()
            or not w[:1].isupper()
            or w.endswith(",")
            for w in before
        ):
            continue
        joined = f"{' '.join(before)} {run}"
        found = names.trim_name(joined)
        if found and found.split()[0] == before[0]:
            return found
    return None


_AFTER_A_FULL_NAME_RE = re.compile(r"[^\S\n]*(?:[,(]|\.(?=\s|$)|[^\S\n]+(?P<verb>[a-z]+)\b)")
#: Words after which a name has ended as surely as after a verb ("signed by President
#: Park Ji-hoon and Chief Executive Choi Min-seo").
_AFTER_A_NAME_WORDS = frozenset({"and", "or"})


def _with_second_surname(name: str, mentions: list[names.Mention], text: str) -> str:
    """ "Inmaculada Soler" (a headline's short form) as "Inmaculada Soler Baeza" when the
    text gives the person, titled, with one more surname (Spanish and Portuguese names)."""
    longer = {
        m.name
        for m in mentions
        if m.titled
        and m.name.startswith(name + " ")
        and len(m.name.split()) == len(name.split()) + 1
        and _ends_a_name(text, m)
    }
    return longer.pop() if len(longer) == 1 else name


def _full_name(speaker: str, text: str, head_end: int, mentions: list[names.Mention]) -> str:
    """The speaker's name as the text gives it in full: a surname's first name, a second
    surname, a last word on the next line, a given name's spelled-out form."""
    speaker = _with_second_surname(names.complete_name(text, speaker, head_end), mentions, text)
    speaker = _with_given_name(speaker, mentions)
    speaker = _with_given_names_after(speaker, mentions, text)
    speaker = _with_wrapped_surname(speaker, text)
    if speaker.startswith("Me ") and len(speaker.split()) >= 3:
        speaker = speaker[3:]  # "Me Awa Diouf Sarr": Maître, a French lawyer's style
    return _as_unscanned(names.complete_given_name(text, speaker, head_end), text)


def _as_unscanned(name: str, text: str) -> str:
    """A name a scan misread with "rn" for "m" ("Dr Jererniah Maelasi"), as the text
    spells it elsewhere ("Hon. Dr Jeremiah Maelasi")."""
    for fixed in names.rn_readings(name):
        if re.search(rf"(?<!\w){re.escape(fixed)}(?!\w)", text):
            return fixed
    return name


def _with_given_name(name: str, mentions: list[names.Mention]) -> str:
    """ "Ruiz de la Cámara" (a surname joined by its particles, as the text calls
    the person after the first mention) as the one titled mention that gives it
    with a given name before it: "Álvaro Ruiz de la Cámara Peñalver"."""
    words = name.split()
    if not _joined_surname(name):
        return name
    fuller = {
        m.name
        for m in mentions
        if m.titled
        and f" {name}" in m.name
        and not m.name.startswith(name)
        and len(m.name.split()) <= len(words) + 2
    }
    return fuller.pop() if len(fuller) == 1 else name


_PLACE_AFTER_RE = re.compile(r"[^\S\n]+(?:at|in|on|from)[^\S\n]+[A-Z]")


def _with_given_names_after(name: str, mentions: list[names.Mention], text: str) -> str:
    """ "Ong" (a transcript's "SMS Ong:") as the one titled mention that opens with it,
    a family name printed first: "Ms Ong Siew Hoon"; not when a mention ends with it, nor
    a headline's run of capitals ("Senator Dunmore Concerned with ...")."""
    if " " in name:
        return name
    key = names.fold(name)
    opening = {
        m.name
        for m in mentions
        if m.titled
        and " " in m.name
        and names.fold(m.name.split()[0]) == key
        # (or a place after it: "... by Ms Ong Siew Hoon at Tuas Port")
        and (_ends_a_name(text, m) or _PLACE_AFTER_RE.match(text, m.start + len(m.name)))
    }
    ending = any(names.fold(names.surname(m.name)) == key for m in mentions if " " in m.name)
    return opening.pop() if len(opening) == 1 and not ending else name


def _joined_surname(name: str) -> bool:
    """ "Ruiz de la Cámara", "Gómez y Pérez": a surname whose words its particles join."""
    words = name.split()
    return len(words) >= 3 and all(w in names.PARTICLES for w in words[1:-1])


def _give_short_forms_to_the_speaker(
    found: list[quotes.QuoteSpan], speaker: str, mentions: list[names.Mention], flowing: str
) -> None:
    """Statements given to the speaker's name cut short, as the speaker's, when nobody
    else in the text bears the short form: the name as the text prints it whole
    (``flowing``, its wrapped lines joined) without its last words ("Matías Ferrandi"
    of "Matías Ferrandi Olivera", "Nurul Aini" of "Nurul Aini binti Ahmad Zaki"); or
    its first word alone, where the style calls people so ("Thanawat said", "Minister
    Arif said"; "Minister Teo", a family name first), the whole name printed or that
    word after a title."""
    first, last = speaker.split()[0], speaker.split()[-1]
    for quote in found:
        if quote.speaker and _joined_surname(quote.speaker) and f" {quote.speaker}" in speaker:
            quote.speaker = speaker  # "Ruiz de la Cámara" of "Álvaro Ruiz de la Cámara Peñalver"
        elif _a_scan_of(quote.speaker, last, mentions):
            quote.speaker = speaker  # "said Kornbo": a scan's "rn" for the "m" of "Kombo"
    shorts = [
        q for q in found if q.speaker and q.speaker != speaker and speaker.startswith(q.speaker)
    ]
    if not shorts:
        return  # (most releases: the tests below read the whole text)
    others = {word for m in mentions if not speaker.startswith(m.name) for word in m.name.split()}
    printed_whole = speaker in flowing
    first_alone = (
        first not in others
        and not _another_first_name(first, flowing)
        and (printed_whole or _after_a_title(first, flowing))
    )
    for quote in shorts:
        short = quote.speaker or ""
        if (
            " " in short
            and printed_whole
            and speaker.startswith(short + " ")
            and _names_the_rest(speaker[len(short) :].split(), others)
        ) or (short == first and first_alone):
            quote.speaker = speaker


def _a_scan_of(name: str | None, surname: str, mentions: list[names.Mention]) -> bool:
    """Whether ``name``, one word, is ``surname`` with a scan's "rn" for its "m", titled
    as the text titles the speaker if at all ("said Eng. Kornbo" of "Eng. Mwajuma Said
    Kombo"; not "said Councillor Kirn" beside "Council leader Grace Kim")."""
    if not name or " " in name or surname not in names.rn_readings(name):
        return False

    def titles(last: str) -> set[str]:
        return {(m.title or "").lower().rstrip(".") for m in mentions if m.name.split()[-1] == last}

    return titles(name) <= titles(surname)


def _after_a_title(word: str, flowing: str) -> bool:
    """Whether ``word`` follows a title as a whole word ("Minister Arif said")."""
    return any(
        flowing.startswith(word, m.end()) and not flowing[m.end() + len(word) :][:1].isalnum()
        for m in names.titled_re().finditer(flowing)
    )


def _another_first_name(first: str, flowing: str) -> bool:
    """Whether the first name alone follows a word in lower case that is no verb of
    saying ("with librarian Sarah."): someone else who bears it, introduced so."""
    alone = rf"\b([a-z]+)[^\S\n]+{re.escape(first)}\b(?![^\S\n]+[{names.UPPER}])"
    return any(m[1] not in wordlists.speech_verb_set() for m in re.finditer(alone, flowing))


def _names_the_rest(words: list[str], others: set[str]) -> bool:
    """Whether a name's last words are its own: not another person's ("Olympia J. Snowe
    Susan", a list's next name run on), a title ("Pat Roberts Co-Chairman") nor a
    generation's suffix."""
    parts = [part for word in words for part in word.strip(",.").split("-")]
    return (
        not others & set(words)
        and not any(names.is_title(part) for part in parts if part)
        # ("Tom Hale" of "Tom Hale Jr.": the father, another person)
        and not any(names.is_suffix(word) for word in words)
    )


# A name's last word on the next line, then its verb or comma: "Arif Setiawan\nNugroho
# announced ...".
_WRAPPED_WORD_RE = re.compile(
    rf"\n(?P<word>[{names.UPPER}][{names.LOWER}'’-]+)[^\S\n]+(?P<verb>[{names.LOWER}]+)"
)


def _with_wrapped_surname(name: str, text: str) -> str:
    """A name a hard-wrapped text (scanned, e-mailed) breaks over two lines, whole: in
    a sentence, its verb after it (not a contact block's "Ana Ruiz" / "Partner, X")."""
    at = text.find(name + "\n")
    if at < 0 or len(name.split()) < 2 or not text[text.rfind("\n", 0, at) + 1 : at].strip():
        return name
    wrapped = _WRAPPED_WORD_RE.match(text, at + len(name))
    if wrapped is None or (
        wrapped["verb"] not in wordlists.speech_verb_set()
        and wrapped["verb"] not in wordlists.action_verbs()
    ):
        return name
    if cleaning.unwrap(text) is text:
        return name  # a line of its own ("Arif Setiawan" over "Minister ..."), not a wrap
    longer = name + " " + wrapped["word"]
    return longer if names.trim_name(longer) == longer else name


def _ends_a_name(text: str, mention: names.Mention) -> bool:
    """Whether a comma, a bracket, a full stop, "and" or a verb follows the name
    ("Vice Minister Kwon Ji-hwan unveiled", "Mayor Chen Yuqing said", "Anuwat
    Srisawang, Minister", "by President Park Ji-hoon and ..."): the name ends
    there, it is not a headline's run of capitals ("Senator Allard Concerned with ...")."""
    after = _AFTER_A_FULL_NAME_RE.match(text, mention.start + len(mention.name))
    if after is None or text[mention.start : mention.start + len(mention.name)] != mention.name:
        return False
    verb = after["verb"]
    return not verb or verb in _AFTER_A_NAME_WORDS or verb in wordlists.action_verbs()


_APPOSED_NAME_RE = re.compile(rf",[^\S\n]+(?P<name>{names.NAME_RUN}),")


class _NameRegistry:
    """Full names by last name, to complete "said McConnell" and resolve "he said"."""

    def __init__(
        self,
        mentions: list[names.Mention],
        given_speaker: str | None,
        text: str = "",
        printed: Sequence[tuple[str, str]] = (),
    ):
        self._given = given_speaker
        self._text = text
        #: People the header prints, with their printed roles (folded).
        self._printed = printed
        self._full: dict[str, str] = {}
        #: One-word names completed from the text ("Mulcahy" -> "Declan Mulcahy").
        self._completed: dict[str, str] = {}
        #: Two surnames with the given name printed before them, once looked up.
        self._given_before: dict[str, str | None] = {}
        self._mentions = [m for m in mentions if not m.caps]
        for mention in [
            *self._mentions,
            *([names.Mention(given_speaker, 0)] if given_speaker else []),
        ]:
            key = mention.key
            if len(mention.name) > len(self._full.get(key, "")):
                self._full[key] = mention.name
        #: Full names by their first word: "Kwon said" is Kwon Ji-hwan (a family name
        #: first), "Anuwat said" is Anuwat Srisawang (a Thai given name).
        self._by_first: dict[str, set[str]] = {}
        #: Titled full names, as :attr:`_by_first` takes them.
        self._titled_full: set[str] = set()
        #: ... and untitled full names of three words or more in apposition ("Head of the
        #: Data Centre, Dwi Hartanto Pasaribu, told"), asked when no titled name begins
        #: with the word.
        self._apposed_by_first: dict[str, set[str]] = {}
        for m in _APPOSED_NAME_RE.finditer(text, 0, HEAD_CHARS):
            name = names.trim_name(m["name"])
            if name and len(name.split()) >= 3 and name == m["name"]:
                self._apposed_by_first.setdefault(names.fold(name.split()[0]), set()).add(name)
        for mention in self._mentions:
            # Only titled names that end where a sentence goes on: "Senator Allard
            # Concerned with ..." in a title-case headline is no full name of Allard's.
            if mention.titled and " " in mention.name and _ends_a_name(text, mention):
                first = names.fold(mention.name.split()[0])
                self._by_first.setdefault(first, set()).add(self._full[mention.key])
                self._titled_full.add(self._full[mention.key])

    def resolve(self, name: str) -> str:
        key = names.fold(names.surname(name))
        full = self._full.get(key, name)
        if (
            key not in self._full
            and 3 <= len(name.split()) <= 4
            # (in apposition, "X, Executive President of ...": not a headline's run of
            # capitals, "Block Landrieu Hurricane Recovery")
            and f"{name}," in self._text
            # (not "Fadzil Iskandar Mohd" of the known "Fadzil Iskandar Mohd Yusof")
            and not any(names.fold(f).startswith(names.fold(name)) for f in self._full.values())
        ):
            # a full name a statement gives ("said Felipe Andrés Rojas Quezada"): later
            # statements may name the person by one of its words ("Rojas said")
            self._full[key] = name
        if key not in self._full and " " in full:
            # "Þórdís Hrönn said": given names, as Icelanders are called, of the one
            # full name they begin ("Þórdís Hrönn Guðmundsdóttir").
            prefix = names.fold(full) + " "
            longer = {f for f in self._full.values() if names.fold(f).startswith(prefix)}
            if len(longer) == 1:
                full = longer.pop()
        if " " not in full:
            # "Mr. Zulkarnain said", "Ms. Bentancur added": an inner word of the one full
            # name it is in ("Muhammad Zulkarnain Amrullah", "Carolina Bentancur Ferreira":
            # a given name or the first of two surnames).
            inner = {
                f for f in self._titled_full if key in (names.fold(w) for w in f.split()[1:-1])
            }
            if not inner:
                # "Rojas said" of "Felipe Andrés Rojas Quezada, Executive President of CCH":
                # the first of two surnames, of a full name of three words or more.
                inner = {
                    f
                    for f in self._full.values()
                    if len(f.split()) >= 3
                    and key in (names.fold(w) for w in f.split()[1:-1])
                    and f"{f}," in self._text  # (in apposition, not a headline's capitals)
                }
            if len(inner) == 1:
                full = inner.pop()
        if key not in self._full and len(full.split()) == 2:
            # "said Ekström Ruiz" of "..., Marta Ekström Ruiz, and": two surnames, the
            # given name the text prints before them once
            full = self._given_name_before(full) or full
        if " " not in full and len(self._by_first.get(names.fold(full), ())) == 1:
            # "Bambang said" of "Minister of ... Settlements Bambang Harjono Wicaksono": the
            # titled name it opens, before a capitalised word in front of it is taken
            return next(iter(self._by_first[names.fold(full)]))
        if " " not in full:
            full = self._completed.setdefault(
                full, names.complete_name(self._text, full, HEAD_CHARS)
            )
        if " " not in full:
            folded = names.fold(full)
            only = self._by_first.get(folded) or self._apposed_by_first.get(folded, set())
            if len(only) == 1:
                full = next(iter(only))
        return full

    def _given_name_before(self, surnames: str) -> str | None:
        if surnames not in self._given_before:  # (looked up once per text)
            self._given_before[surnames] = self._find_given_name_before(surnames)
        return self._given_before[surnames]

    def _find_given_name_before(self, surnames: str) -> str | None:
        givens = {
            m["given"]
            for m in re.finditer(
                rf"(?:^|[,(][^\S\n]|\bby[^\S\n])(?P<given>[{names.UPPER}][{names.LOWER}]+)[^\S\n]+"
                rf"{re.escape(surnames)}\b",
                self._text,
                re.MULTILINE,
            )
            if m["given"].lower() not in wordlists.lowercase_words()
            and m["given"].lower() not in wordlists.place_names()
            and not names.is_title(m["given"])
        }
        return f"{givens.pop()} {surnames}" if len(givens) == 1 else None

    def role(self, role: str, pos: int) -> str | None:
        """The person a role reference ("the Governor") stands for: the last so titled."""
        # (its holder first: "the Chairperson said" is Chairperson X's, not Committee
        # Chair Y's)
        titled = [m for m in self._mentions if m.title and role in _full_title(m.title)] or [
            m
            for m in self._mentions
            if m.title and any(r in _full_title(m.title) for r in _ROLE_SYNONYMS.get(role, ()))
        ]
        # "The Minister said" means the minister, not the Minister of State also present;
        # "the Ombudswoman" is not the Deputy Ombudsman, unless nobody else holds the role.
        # (a deputy's own role, "the Deputy Governor", takes the deputy)
        junior_role = bool(_JUNIOR_TITLE_RE.search(role))
        senior = titled if junior_role else [m for m in titled if not self._junior(m)]
        chosen = self._last_before(senior, pos)
        if chosen:
            return self.resolve(chosen.name)
        name = self._named_with_role(role, pos)
        if name:
            return self.resolve(name)
        chosen = self._last_before(titled, pos)
        return self.resolve(chosen.name) if chosen else None

    def _junior(self, mention: names.Mention) -> bool:
        """A deputy ("Deputy Ombudsman", "Minister of State"), not the role's holder,
        by the title or the words printed before it ("The Deputy Ombudsman for ..., X")."""
        title = _full_title(mention.title or "")
        if _JUNIOR_TITLE_RE.search(title):
            return True
        # the words right before the mention's own title, not another's ("Deputy Governor
        # Tom Reed welcomed Governor Maria Lopez")
        before = self._text[max(0, mention.start - 120) : mention.start]
        own = list(re.finditer(rf"(?i)\b{_role_pattern(title)}\b", before))
        return bool(own) and bool(quotes.JUNIOR_BEFORE_RE.search(before, 0, own[-1].start()))

    @staticmethod
    def _last_before(mentions: list[names.Mention], pos: int) -> names.Mention | None:
        before = [m for m in mentions if m.start < pos]
        return before[-1] if before else (mentions[0] if mentions else None)

    def _named_with_role(self, role: str, pos: int) -> str | None:
        """A name printed with the role: a letterhead's, or in the text around it."""
        for name, roles in self._printed:
            if re.search(rf"\b{_role_pattern(role)}\b", roles):
                return name  # "the minister": the letterhead's minister
        # "The Minister for Health, Jane Quill, ...": the role, then a full name.
        name = None
        for m in re.finditer(rf"(?i:\b{_role_pattern(role)}\b)", self._text[:pos]):
            # Right after the role and its portfolio: "Minister for Health, Jane Quill".
            gap = _ROLE_GAP_RE.match(self._text, m.end(), min(pos, m.end() + 60))
            start = gap.end() if gap else -1
            # ... with its styles: "The Prime Minister, Hon. Ratu Josefa Vakaloloma".
            while gap and (style := names.style_or_title_at(self._text, start)):
                start = style
            run = names.NAME_RUN_RE.match(self._text, start) if gap else None
            found = names.trim_name(names.strip_title(run.group())) if run else None
            if run and gap:
                # (the portfolio's words take the given names too: "Minister for Health Jane
                # Quill", "... and Public Works Rodrick Vella Galea")
                found = _with_given_names_before(self._text[m.end() : start], run.group()) or found
            if found and " " in found:
                name = found
        return name or self._named_before_role(role, pos)

    def _named_before_role(self, role: str, pos: int) -> str | None:
        """ "Siân Llŷr-Prydderch MS, Cabinet Secretary for Economy, ..." then "The Cabinet
        Secretary said": the full name, a post-nominal, then the role after a comma."""
        # (and its synonyms: "the prefect said" of "X, préfète de la région ...")
        roles = "|".join(_role_pattern(r) for r in (role, *_ROLE_SYNONYMS.get(role, ())))
        pattern = re.compile(
            rf"(?P<name>{names.NAME_RUN})(?:[^\S\n]+[A-Z]{{2,4}})?,[^\S\n]+(?:the[^\S\n]+)?"
            rf"(?:[\w'’-]+[^\S\n]+){{0,3}}?(?i:{roles})\b"
        )
        found = None
        for m in pattern.finditer(self._text, 0, pos):
            name = names.trim_name(m["name"])
            # "Speaking at Kilronan Pier, Inis Mór, the Minister said": a place.
            if name and " " in name and not names.after_place_word(self._text[: m.start("name")]):
                found = name
        return found

    def recent(self, pos: int) -> str | None:
        before = [m for m in self._mentions if m.start < pos]
        # With nobody named before, "she said" is the given speaker, if any.
        return self.resolve(before[-1].name) if before else self._given
