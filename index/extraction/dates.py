"""Dates in release text and the choice of the release's own date.

:func:`scan_dates` finds full dates in the usual written forms (US
"April 9, 2007", European "9 April 2007" / "7. Juni 2024", numeric
"4/9/2007", "2007-04-09", and the forms left after punctuation was stripped:
"April 9  2007", "04 09 2007"). :func:`choose_release_date` picks the
release's date: a labelled date ("Issued: ...", "Date: ...") first, then the
dateline's, then the first date of the header that is not an event date
("... until May 15, 2006"). Without a full date it falls back to a weekday
resolved against the reference date, then to month and year, then to a year
tied to an event ("the 2017 conference"). It never invents a day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from index.extraction import wordlists
from index.language import detect_language

_MONTHS: dict[str, int] = {}
for _number, _name in enumerate(wordlists.MONTHS_EN, start=1):
    _MONTHS[_name] = _number
    _MONTHS[_name[:3]] = _number
_MONTHS["sept"] = 9
for _names, _number in (
    (("januar", "janvier", "jänner"), 1),
    (("februar", "février", "fevrier"), 2),
    (("märz", "mars"), 3),
    (("avril",), 4),
    (("mai",), 5),
    (("juni", "juin"), 6),
    (("juli", "juillet"), 7),
    (("août", "aout"), 8),
    (("septembre",), 9),
    (("oktober", "octobre"), 10),
    (("novembre",), 11),
    (("dezember", "décembre", "decembre"), 12),
):
    for _name in _names:
        _MONTHS[_name] = _number
# Spanish, Portuguese and Italian, written in lower case ("14 de marzo de 2022").
_LOWER_CASE_MONTHS = (
    (("enero", "janeiro", "gennaio"), 1),
    (("febrero", "fevereiro", "febbraio"), 2),
    (("marzo", "março"), 3),
    (("abril", "aprile"), 4),
    (("mayo", "maio", "maggio"), 5),
    (("junio", "junho", "giugno"), 6),
    (("julio", "julho", "luglio"), 7),
    (("agosto",), 8),
    (("septiembre", "setiembre", "setembro", "settembre"), 9),
    (("octubre", "outubro", "ottobre"), 10),
    (("noviembre", "novembro"), 11),
    (("diciembre", "dezembro", "dicembre"), 12),
)
# More languages of releases we are sent, as their dates write them: Dutch,
# Scandinavian, Polish and Czech (genitive), Hungarian, Romanian and Finnish
# in lower case; Maltese, Indonesian/Malay and Turkish capitalised.
_MORE_LOWER_CASE_MONTHS = (
    (("januari", "stycznia", "ledna", "január", "ianuarie", "tammikuuta"), 1),
    (("februari", "lutego", "února", "február", "februarie", "helmikuuta"), 2),
    (("maart", "marca", "března", "március", "martie", "maaliskuuta"), 3),
    (("kwietnia", "dubna", "április", "aprilie", "huhtikuuta"), 4),
    (("mei", "maj", "maja", "května", "május", "toukokuuta"), 5),
    (("czerwca", "června", "június", "iunie", "kesäkuuta"), 6),
    (("lipca", "července", "július", "iulie", "heinäkuuta"), 7),
    (("augustus", "augusti", "sierpnia", "srpna", "augusztus", "elokuuta"), 8),
    (("września", "září", "szeptember", "septembrie", "syyskuuta"), 9),
    (("października", "října", "október", "octombrie", "lokakuuta"), 10),
    (("listopada", "listopadu", "noiembrie", "marraskuuta"), 11),
    (("grudnia", "prosince", "desember", "disember", "joulukuuta"), 12),
)
# (and Irish and Welsh, for the bilingual releases of Ireland and Wales: "3 Márta 2025",
# "3 Mawrth 2025"; Irish September and October are two words, left out)
_MORE_CAPITALISED_MONTHS = (
    (("jannar", "ocak", "eanáir", "ionawr"), 1),
    (("frar", "şubat", "feabhra", "chwefror"), 2),
    (("marzu", "maret", "mac", "mart", "márta", "mawrth"), 3),
    (("nisan", "aibreán", "ebrill"), 4),
    (("mejju", "mayıs", "bealtaine"), 5),
    (("ġunju", "haziran", "meitheamh", "mehefin"), 6),
    (("lulju", "julai", "temmuz", "iúil", "gorffennaf"), 7),
    (("awwissu", "agustus", "ogos", "ağustos", "lúnasa", "awst"), 8),
    (("settembru", "eylül", "medi"), 9),
    (("ottubru", "ekim", "hydref"), 10),
    (("novembru", "kasım", "samhain", "tachwedd"), 11),
    (("diċembru", "aralık", "nollaig", "rhagfyr"), 12),
)
# A scan's "rn" read for "m": "7 Novernber 2025".
_SCANNED_MONTHS = ((("septernber",), 9), (("novernber",), 11), (("decernber",), 12))
for _names, _number in (
    _LOWER_CASE_MONTHS + _MORE_LOWER_CASE_MONTHS + _MORE_CAPITALISED_MONTHS + _SCANNED_MONTHS
):
    for _name in _names:
        _MONTHS.setdefault(_name, _number)

_WEEKDAYS: dict[str, int] = {name: i for i, name in enumerate(wordlists.WEEKDAYS_EN)}
for _i, _names in enumerate(
    (
        ("montag", "lundi"),
        ("dienstag", "mardi"),
        ("mittwoch", "mercredi"),
        ("donnerstag", "jeudi"),
        ("freitag", "vendredi"),
        ("samstag", "samedi"),
        ("sonntag", "dimanche"),
    )
):
    for _name in _names:
        _WEEKDAYS[_name] = _i


def _word_alternation(words: list[str]) -> str:
    # Capitalised and all-capitals forms; French names also in lower case.
    forms: set[str] = set()
    for word in words:
        forms |= {word.capitalize(), word.upper()}
        if not word.isascii() or word in ("janvier", "avril", "mai", "juin", "juillet"):
            forms.add(word)
        if word in ("février", "mars", "octobre", "novembre", "décembre", "septembre"):
            forms.add(word)
        if any(word in names for names, _ in _LOWER_CASE_MONTHS + _MORE_LOWER_CASE_MONTHS):
            forms.add(word)
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


_MONTH = _word_alternation(list(_MONTHS))
# With its day and year beside it, an English month in lower case is a date too:
# "puerto escondido february 20 2024" (a release lower-cased with its punctuation gone).
# ("09 apr 2024 1432 bot": abbreviated too, with the day and year on both sides)
_MONTH_WITH_DAY = (
    f"{_MONTH}|"
    + "|".join(sorted(wordlists.MONTHS_EN, key=len, reverse=True))
    + "|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec"
)
# The first letters of month names, so that the engine skips other positions fast.
_MONTH_START = "(?=[" + "".join(sorted({c for m in _MONTHS for c in (m[0], m[0].upper())})) + "])"
_WEEKDAY = _word_alternation(list(_WEEKDAYS))
# A year may run into a following clock time ("April06,200712:44 AM").
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d\d))"
_ORD = r"(?:st|nd|rd|th|ST|ND|RD|TH)?"

_MDY_RE = re.compile(
    rf"{_MONTH_START}(?<![\w])(?P<mon>{_MONTH_WITH_DAY})\.?\s*(?P<day>\d{{1,2}}){_ORD}"
    r"(?:\s*,\s*|\s+(?:of\s+)?|,)"  # "March 16, 2025", "March 16 of 2025"
    rf"(?P<year>(?:19|20)\d\d){_YEAR_END}"
)
_DMY_RE = re.compile(
    rf"(?=\d)(?<![\w.])(?P<day>\d{{1,2}})(?:{_ORD}|\.)\s*(?:(?:of|de|ta['’])\s+)?(?P<mon>{_MONTH_WITH_DAY})\.?,?\s+"
    rf"(?:(?:de|del)\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
)
# "NEWS RELEASE 21-FEB-2024", "03-Mar-2025": a news room's stamp, hyphenated.
_HYPHENATED_DMY_RE = re.compile(
    rf"(?<![\w.-])(?P<day>\d{{1,2}})-(?P<mon>{_MONTH_WITH_DAY})-(?P<year>(?:19|20)\d\d)(?![\d-])"
)
# Year first, the month written out (Hungarian): "2025. október 8.".
_YEAR_FIRST_RE = re.compile(
    rf"(?P<year>(?:19|20)\d\d)\.\s*(?P<mon>{_MONTH})\s+(?P<day>\d{{1,2}})\.(?!\d)"
)
_SLASH_RE = re.compile(
    r"(?=\d)(?<![\d/.\w-])(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])"
)
# "DATE: 08-23-2025", "19-11-2024": a slashed date written with hyphens (four-digit year).
_DASHED_RE = re.compile(
    r"(?=\d)(?<![\d/.\w-])(?P<mon>\d{1,2})-(?P<day>\d{1,2})-(?P<year>(?:19|20)\d\d)(?![\d/-])"
)
_DOTTED_RE = re.compile(
    r"(?=\d)(?<![\d.\w])(?P<day>\d{1,2})\. ?(?P<mon>\d{1,2})\. ?(?P<year>(?:19|20)\d\d)(?!\d)"
)
# A US date with dots and a short year on a line of its own: "07.31.24".
_DOTTED_SHORT_LINE_RE = re.compile(
    r"(?m)^[^\S\n]*(?P<mon>\d{1,2})\.(?P<day>\d{1,2})\.(?P<year>\d\d)[^\S\n]*$"
)
# Year first with dots ("2023. 7. 12.", Korean) or CJK marks ("2023年7月12日").
_YMD_RE = re.compile(
    r"(?=\d)(?<![\d.\w/])(?P<year>(?:19|20)\d\d)(?:\. ?|年|/)(?P<mon>\d{1,2})(?:\. ?|月|/)"
    r"(?P<day>\d{1,2})(?:\.|日|(?![\d./]))(?!\d)"  # "2025.03.10", "2025/07/08" too
)
# Vietnamese: "ngày 5 tháng 6 năm 2025" (day 5, month 6, year 2025).
_VIETNAMESE_RE = re.compile(
    r"(?i)\bngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<mon>\d{1,2})\s+năm\s+(?P<year>(?:19|20)\d\d)\b"
)
_ISO_RE = re.compile(
    r"(?=\d)(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)(?![\d-])"
)
# Punctuation stripped: "5 31 2006", "08 09 2005", "04 11 06"; headers only.
_SPACED_RE = re.compile(
    r"(?<![\d.,$])(?P<mon>0?[1-9]|1[0-2]) (?P<day>0?[1-9]|[12]\d|3[01]) "
    r"(?P<year>(?:19|20)\d\d|0\d|1\d)(?![\d,.]\d)(?! (?:million|billion|percent))"
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_MONTH_YEAR_RE = re.compile(
    rf"{_MONTH_START}(?<![\w])(?P<mon>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)(?!\d)"
)
_DAY_MONTH_RE = re.compile(
    rf"(?<![\w])(?:(?P<mon>{_MONTH})\.?\s*(?P<day>\d{{1,2}}){_ORD}"
    rf"|(?P<day2>\d{{1,2}})(?:{_ORD}|\.)\s*(?P<mon2>{_MONTH}))(?![\w])(?!,?\s*(?:19|20)\d\d)"
)
_WEEKDAY_RE = re.compile(rf"(?<![\w])(?P<wd>{_WEEKDAY})(?![\w])")

# Labels that introduce the release's own date. "Today:" on scraped pages is
# the day of the scrape, so it is excluded explicitly.
_LABEL_RE = re.compile(
    r"(?:\b(?:Issued|ISSUED|Date|DATE|Dated|DATED|Released?|RELEASED?|Published|PUBLISHED|Posted|"
    r"Datum|Publié le|Embargo)\s*(?:on\s*)?[:\-]?\s*"
    r"|(?:FOR IMMEDIATE RELEASE|For Immediate Release|For immediate release)\s*[:\-,]?\s*"
    r"(?:(?:Contact|CONTACT)\s*:?\s*)?)$"
)
_TODAY_LABEL_RE = re.compile(r"(?:Today|TODAY)\s*:\s*$")
# Words before a date that make it an event date, not the release's date.
_EVENT_PREPOSITIONS = frozenset(
    [
        "on",
        "by",
        "until",
        "till",
        "since",
        "before",
        "after",
        "through",
        "between",
        "from",
        "than",
        "of",
        "to",
        "effective",
        "expires",
        "expired",
        "in",
        "at",
        "and",
        "or",
        "deadline",
        "is",
        "was",
        "were",
        "occurred",
        "during",
        "starting",
        "beginning",
        "ending",
        "ends",
        "thru",
        "dated",
        "maturity",
        "matures",
        "due",
        "am",
        "seit",
        "bis",
        "ab",
        "zum",
        "im",
        "depuis",
        "jusqu",
        "au",
    ]
)
# Context that marks a later date as the date of the document (a letter, a
# statement) rather than of an event.
_HEADERISH_BEFORE_RE = re.compile(
    rf"(?:(?:{_WEEKDAY})|[:.]|letter|follows|below|Dated|Released?|today)\s*,?\s*$", re.IGNORECASE
)
# A later date that heads a statement, speech or letter: "Opening Statement of
# Senator Jane Doe on Immigration Reform March 30, 2006 I am pleased ...".
_HEADING_WORDS_RE = re.compile(
    r"\b(?:statement|remarks|testimony|floor|speech|address|comments?|letter|op-ed|column)\b",
    re.IGNORECASE,
)
_TITLE_CASE_BEFORE_RE = re.compile(
    r"(?:\b(?:[A-Z][\w'’.-]*|of|on|the|and|for|to|in|by|at)\s*,?\s+){2}\b[A-Z][\w'’.-]*,?\s+$"
)
# ... or opens one: "October 19, 2005 The Honorable ...", "... 2006 Mr. President".
_OPENS_TEXT_RE = re.compile(
    r"[\s,.:-]*(?:Dear\b|The Honorable\b|Hon\.|(?:Mr|Madam)\.?\s+(?:President|Chair|Speaker)|"
    r"\(?As prepared|Mr\.?\s+[A-Z]{2,}\b)"
)
_SALUTATION_RE = re.compile(r"\bDear\s+[A-Z]")
_ADDRESS_BLOCK_CHARS = 300
_ADDRESS_SMALL_WORDS = frozenset(["of", "the", "and", "for", "on", "in", "to", "at", "de"])
_WORD_RE = re.compile(r"[^\W_]+")
_EVENT_YEAR_RE = re.compile(
    r"(?:\b[Tt]he\s+(?P<y1>(?:19|20)\d\d)\s+(?:[A-Z]\w+\s+){0,3}"
    r"(?:[Cc]onference|[Ss]ummit|[Ff]orum|[Ss]ymposium|[Cc]onvention|[Ss]ession|[Mm]eeting|"
    r"[Cc]ongress|[Aa]ssembly|[Ff]air|[Ee]xpo|[Ff]estival|[Gg]ames|[Aa]nnual [Mm]eeting)\b)"
    r"|(?:\b(?:Conference|Summit|Forum|Symposium|Convention|Congress|Expo|Assembly)\s+"
    r"(?P<y2>(?:19|20)\d\d)\b)"
)

#: Numeric dates ("4/9/2007", "2007-04-09") are looked for this far only.
NUMERIC_ZONE = 1200
#: Dates after this many characters are only taken with header-like context.
HEADER_ZONE = 400


@dataclass
class DateMatch:
    start: int
    end: int
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


def _month_number(name: str) -> int | None:
    return _MONTHS.get(name.lower().rstrip("."))


#: A release is not dated years ahead: "July 24 2070" is a typo for 2007.
LATEST_YEAR = dt.date.today().year + 1


def _make(start: int, end: int, year: int, month: int | None, day: int | None) -> DateMatch | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    if not 1900 <= year <= LATEST_YEAR:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            dt.date(year, month or 1, day)
        except ValueError:
            return None
    return DateMatch(start, end, year, month, day)


def scan_dates(
    text: str, start: int = 0, end: int | None = None, spaced_until: int = 0
) -> list[DateMatch]:
    """Full dates in ``text[start:end]`` in text order.

    Space-separated numeric dates ("5 31 2006") are only looked for before
    ``spaced_until``, because in running text they are amounts or codes.
    """
    end = len(text) if end is None else min(end, len(text))
    found = _written_dates(text, start, end) + _numeric_dates(text, start, end)
    if spaced_until > start:
        found += _spaced_dates(text, start, min(end, spaced_until))
    found.sort(key=lambda d: (d.start, -d.end))
    # Overlaps ("9 April 2007" also holds no other date) keep the first, longest.
    result: list[DateMatch] = []
    for date in found:
        if result and date.start < result[-1].end:
            continue
        result.append(date)
    return result


def _written_dates(text: str, start: int, end: int) -> list[DateMatch]:
    """Written-out dates ("April 9, 2007", "9 April 2007")."""
    found: list[DateMatch] = []
    # They end in a four-digit year: find the years (cheap), then read the
    # month and day just before each.
    for year in _YEAR_RE.finditer(text, start, end):
        window = max(start, year.start() - 30)
        for regex in (_MDY_RE, _DMY_RE, _HYPHENATED_DMY_RE):
            for m in regex.finditer(text, window, min(end, year.end() + 6)):
                if m.start("year") != year.start():
                    continue
                month = _month_number(m["mon"])
                date = _make(m.start(), m.end(), int(m["year"]), month, int(m["day"]))
                if date:
                    found.append(date)
        m = _YEAR_FIRST_RE.match(text, year.start(), min(end, year.end() + 20))
        if m:
            date = _make(m.start(), m.end(), int(m["year"]), _month_number(m["mon"]), int(m["day"]))
            if date:
                found.append(date)
    return found


def _numeric_dates(text: str, start: int, end: int) -> list[DateMatch]:
    """Slashed, dotted and ISO dates near the start."""
    found: list[DateMatch] = []
    day_first: bool | None = None  # a slashed date reads month first unless the text says otherwise
    for regex in (
        _SLASH_RE,
        _DASHED_RE,
        _DOTTED_RE,
        _DOTTED_SHORT_LINE_RE,
        _ISO_RE,
        _YMD_RE,
        _VIETNAMESE_RE,
    ):
        # Numeric dates are header material ("Date: 4/9/2007"); in running
        # text they are rarely the release's date, so look only early on.
        for m in regex.finditer(text, start, min(end, start + NUMERIC_ZONE)):
            year = m["year"]
            slashed = regex in (_SLASH_RE, _DASHED_RE, _DOTTED_SHORT_LINE_RE)
            if len(year) == 2 and not slashed:
                continue
            month, day = int(m["mon"]), int(m["day"])
            if slashed and month <= 12 and day <= 12 and day_first is None:
                day_first = _day_first(text)
            if slashed and (month > 12 >= day or (day <= 12 and day_first)):
                # "13/05/2023" can only be day first; "03/10/2023" is where the
                # text writes its other dates day first ("3 October").
                month, day = day, month
            date = _make(m.start(), m.end(), int(year), month, day)
            if date:
                found.append(date)
    return found


def _day_first(text: str) -> bool:
    """Whether the text writes dates day first: more "3 October" than "October 3",
    or (with neither) German, French, Italian or Spanish as :mod:`index.language`
    tells them (Portuguese by its likeness to Spanish; a text too short to tell
    stays month first), whose writers put the day first ("05/02/2025" is 5 February),
    or British spellings ("centre", "programme", "organisation")."""
    head = text[:_DAY_FIRST_CHARS]
    day_month = len(_DAY_MONTH_RE.findall(head))
    month_day = len(_MONTH_DAY_RE.findall(head))
    if day_month or month_day:
        return day_month > month_day
    language = detect_language(head)
    if language is not None and language != "en":
        return True
    return bool(_BRITISH_SPELLING_RE.search(head))


_DAY_FIRST_CHARS = 4000
_MONTH_NAMES = "|".join(m.capitalize() for m in wordlists.MONTHS_EN)
_DAY_MONTH_RE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\b")
_MONTH_DAY_RE = re.compile(rf"\b(?:{_MONTH_NAMES})\s+\d{{1,2}}\b")
_BRITISH_SPELLING_RE = re.compile(
    r"\b(?:centre|centres|programme|programmes|organisation|organisations|labour|favour|"
    r"colour|behaviour|defence|licence|neighbour|neighbours|recognised|organised|"
    r"realised|prioritise|emphasised)\b"
)


def _spaced_dates(text: str, start: int, end: int) -> list[DateMatch]:
    """Space-separated numeric dates ("5 31 2006")."""
    found: list[DateMatch] = []
    for m in _SPACED_RE.finditer(text, start, end):
        year = m["year"]
        if len(year) == 2 and not (len(m["mon"]) == 2 and len(m["day"]) == 2):
            continue  # "04 11 06" only when zero-padded like a date stamp
        date = _make(m.start(), m.end(), int(year), int(m["mon"]), int(m["day"]))
        if date:
            found.append(date)
    return found


def _previous_word(text: str, pos: int) -> str:
    before = text[max(0, pos - 30) : pos].rstrip(" ,:(\n")
    match = re.search(r"(\w+)$", before)
    return match.group(1).lower() if match else ""


def _comma_before(text: str, date: DateMatch) -> bool:
    """ "TORONTO, ON, 2020-11-25", "Posted On: 17 MAR 2023": a comma or a label's colon
    after the word, so no preposition ("on 5 May")."""
    return text[max(0, date.start - 3) : date.start].rstrip().endswith((",", ":"))


def is_scrape_stamp(text: str, date: DateMatch) -> bool:
    """Whether the date is a web page's "Today: ..." stamp, the day it was saved."""
    return bool(_TODAY_LABEL_RE.search(text[max(0, date.start - 40) : date.start]))


def is_labelled(text: str, date: DateMatch) -> bool:
    """Whether a label stands before the date ("Issued: Thursday 19 September 2024")."""
    before = _TRAILING_WEEKDAY_RE.sub("", text[max(0, date.start - 52) : date.start])
    if _LABEL_RE.search(before[-40:]):
        return True
    # "Published by Federal News Service on 3 February 2025", its line to itself (not a
    # sentence's "Published by Statistics Norland on 2 February, the survey ...")
    line_start = text.rfind("\n", 0, date.start) + 1
    line_end = text.find("\n", date.end)
    rest = text[date.end : line_end if line_end >= 0 else len(text)]
    return bool(_PUBLISHED_BY_LINE_RE.fullmatch(text, line_start, date.start)) and not rest.strip(
        " ."
    )


_PUBLISHED_BY_LINE_RE = re.compile(
    r"[^\S\n]*(?:Published|Posted|Issued|Released)\s+by\s+[A-Z][^\n:]{2,80}?\s+on\s+"
)


_TRAILING_WEEKDAY_RE = re.compile(rf"(?:{_WEEKDAY})[,\s]+$", re.IGNORECASE)


def _acceptable(text: str, date: DateMatch, zone: int) -> bool:
    before = text[max(0, date.start - 40) : date.start]
    if _TODAY_LABEL_RE.search(before):
        return False
    if (
        _previous_word(text, date.start) in _EVENT_PREPOSITIONS
        and not _comma_before(text, date)
        and not _on_a_delivery_line(text, date)
        # "3 Sha'ban 1446 H, corresponding to 2 February 2025": the same day in
        # the Gregorian calendar, not an event's end
        and not _CALENDAR_CONVERSION_RE.search(before)
    ):
        return False
    if date.start <= zone:
        return True
    return bool(_HEADERISH_BEFORE_RE.search(before)) or _heads_a_text(text, date)


_CALENDAR_CONVERSION_RE = re.compile(r"(?i)\b(?:corresponding|equivalent)\s+to\s+$")
# "Held at the Media Centre, on 22 July 2025", "Delivered at X on 3 May 2024", "Speech
# by X at the Y Forum, on 3 May 2025": the day a transcript or speech was given is its date.
_DELIVERY_LINE_RE = re.compile(
    # ("Editor's note: The following remarks were delivered on 8 August 2025 at ...")
    r"(?i)(?:editor['’]s\s+note\s*:\s*)?(?:the\s+following\s+(?:remarks|speech|address|"
    r"statement|lecture)\s+(?:was|were)\s+)?"
    # ("Delivered by group chair X in the Folketing chamber, ..., on 3 October 2024")
    r"(?:held|delivered|recorded|given|presented|broadcast|aired)\s+(?:at|in|on|to|by)\b"
)
# A speech's heading: "Speech by Minister X at the Y Forum, on 3 May 2025" (not "... the
# commemoration of the deportation of 14 June 1941").
_SPEECH_HEADING_LINE_RE = re.compile(
    r"(?i)(?:(?:opening|closing|keynote)\s+)?(?:speech|remarks|address|keynote|lecture)\s+"
    r"(?:by|of|delivered)\b"
)


def _on_a_delivery_line(text: str, date: DateMatch) -> bool:
    line_start = text.rfind("\n", 0, date.start) + 1
    if _DELIVERY_LINE_RE.match(text, line_start, date.start):
        return True
    return _previous_word(text, date.start) == "on" and bool(
        _SPEECH_HEADING_LINE_RE.match(text, line_start, date.start)
    )


def _heads_a_text(text: str, date: DateMatch) -> bool:
    """Whether a date past the header zone heads a statement, speech or letter."""
    if _OPENS_TEXT_RE.match(text, date.end, date.end + 40) or _heads_a_letter(text, date):
        return True
    heading = text[max(0, date.start - 150) : date.start]
    return bool(_TITLE_CASE_BEFORE_RE.search(heading)) and bool(_HEADING_WORDS_RE.search(heading))


def _heads_a_letter(text: str, date: DateMatch) -> bool:
    """A date over an addressee's block and a salutation: "October 19, 2005
    Harriet E. Miers, Esq. White House Counsel ... Washington, DC 20500 Dear Ms. Miers"."""
    salutation = _SALUTATION_RE.search(text, date.end, date.end + _ADDRESS_BLOCK_CHARS)
    if not salutation:
        return False
    block = _WORD_RE.findall(text[date.end : salutation.start()])
    # Names, offices and an address: no running prose between the two.
    return all(w[:1].isupper() or w[:1].isdigit() or w in _ADDRESS_SMALL_WORDS for w in block)


def _stated_date(
    text: str, dates: list[DateMatch], dateline_date: DateMatch | None, lead_start: int
) -> DateMatch | None:
    """A labelled full date, else the dateline's, else the first in the header
    zone or heading a text."""
    for date in dates:
        if date.start > 1500:
            break
        if is_labelled(text, date) and not _TODAY_LABEL_RE.search(
            text[max(0, date.start - 40) : date.start]
        ):
            return date
    if dateline_date is not None:
        return dateline_date
    zone = max(HEADER_ZONE, lead_start)
    return next((date for date in dates if _acceptable(text, date, zone)), None)


def _partial_date(
    text: str, dateline_span: tuple[int, int] | None, lead_start: int, reference: dt.date | None
) -> str | None:
    """No full date: a label or dateline that names a weekday, day or month,
    or a weekday in the lead."""
    head = text[:1500]
    label = _LABEL_SPAN_RE.search(head)
    if label:
        found = _partial_or_weekday(text, label.start("value"), label.end("value"), reference)
        if found:
            return found
    if dateline_span is not None:
        found = _partial_or_weekday(text, dateline_span[0], dateline_span[1], reference)
        if found:
            return found
    if reference is not None:
        lead = text[lead_start : lead_start + 400]
        m = _LEAD_WEEKDAY_RE.search(lead)
        if m:
            return resolve_weekday(_WEEKDAYS[m["wd"].lower()], reference).isoformat()
    return None


def _later_heading_date(text: str, start: int) -> DateMatch | None:
    """A date past the head that heads a letter, statement or speech the
    release reprints ("The text of the letter follows: May 9, 2006 Dear ..."):
    such a text is dated the day it was released, or near it."""
    for date in _written_dates(text, start, len(text)):
        if _acceptable(text, date, zone=-1):
            return date
    return None


def resolve_weekday(weekday: int, reference: dt.date) -> dt.date:
    """The last day with ``weekday`` (0 = Monday) on or before ``reference``."""
    return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)


def _resolve_day_month(month: int, day: int, reference: dt.date) -> dt.date | None:
    # The year that puts the day nearest the reference date.
    best: dt.date | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - reference).days) < abs((best - reference).days):
            best = candidate
    return best


def _partial_or_weekday(text: str, start: int, end: int, reference: dt.date | None) -> str | None:
    """A date from a label or dateline span that holds no full date."""
    span = text[start:end]
    if reference is not None:
        m = _DAY_MONTH_RE.search(span)
        if m:
            month = _month_number(m["mon"] or m["mon2"])
            day = int(m["day"] or m["day2"])
            if month:
                resolved = _resolve_day_month(month, day, reference)
                if resolved:
                    return resolved.isoformat()
        m = _WEEKDAY_RE.search(span)
        if m:
            return resolve_weekday(_WEEKDAYS[m["wd"].lower()], reference).isoformat()
    m = _MONTH_YEAR_RE.search(span)
    if m:
        month = _month_number(m["mon"])
        if month:
            return f"{int(m['year']):04d}-{month:02d}"
    return None


_LABEL_SPAN_RE = re.compile(
    r"\b(?:Issued|ISSUED|Date|DATE|Dated|Released|RELEASED|Published|Datum)\s*(?:on\s*)?:\s*"
    r"(?P<value>[^\n]{1,60})"
)
# A weekday in the lead: "... today (Monday)", "... on Monday announced".
_LEAD_WEEKDAY_RE = re.compile(rf"(?:\b(?:on|today|this|last)\s*\(?\s*)(?P<wd>{_WEEKDAY})\b")


def _on_its_own_line(text: str, date: DateMatch) -> bool:
    """Whether the date begins its line (a weekday aside): a date line, not an event's date."""
    line_start = text.rfind("\n", 0, date.start) + 1
    return bool(_ALONE_BEFORE_RE.fullmatch(text[line_start : date.start]))


#: A release dated at its foot prints the date in its last characters.
FOOTER_CHARS = 400


def _footer_date(text: str, labelled_only: bool = False) -> DateMatch | None:
    """The date a release's foot gives it: "Issued: 19 September 2024", "Posted on
    June 18, 2025 | Press Release", or a date on a line of its own under the
    issuing body ("BUILDING SERVICES AUTHORITY / 20 JANUARY 2025")."""
    start = max(0, len(text) - FOOTER_CHARS)
    found = _written_dates(text, start, len(text)) + _numeric_dates(text, start, len(text))
    for date in sorted(found, key=lambda d: d.start, reverse=True):
        line_start = text.rfind("\n", 0, date.start) + 1
        line_end = text.find("\n", date.end)
        before = text[line_start : date.start]
        after = text[date.end : len(text) if line_end < 0 else line_end]
        if is_labelled(text, date) and len(before.split()) <= 5:
            return date  # the label opens its line: not "(Published: 2 February 2023) is ..."
        if _CLOSING_DELIVERY_RE.match(before) and not after.strip(" ."):
            return date  # a speech's last line: "Delivered at the X, Lima, on 9 October 2025."
        if (
            not labelled_only
            and (_on_its_own_line(text, date) or _FOOT_PLACE_RE.fullmatch(before))
            and not after.strip(" .,")
            and not _WRAPPED_BEFORE_RE.search(text, max(0, line_start - 40), line_start)
        ):
            return date
    return None


_CLOSING_DELIVERY_RE = re.compile(
    r"[^\S\n]*[(\[]?(?:delivered|given|presented|spoken)\b[^\n]{0,120}\bon[^\S\n]+$",
    re.IGNORECASE,
)
# "PUTRAJAYA, 22 APRIL 2026" under the minister's signature: where and when it was issued.
# (Our annotators give such a foot's place as no dateline: 4 of the 5 in the gold set.)
_FOOT_PLACE_RE = re.compile(r"[^\S\n]*[A-Z][A-Za-z.'’ -]{1,30}?,[^\S\n]*")
# A line ending in a lower-case word runs on into the next: "closes on / 30 June 2024".
_WRAPPED_BEFORE_RE = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*[^\S\n]*\n[^\S\n]*$")


# What may stand before a date on a line of its own: a weekday ("Thursday, ").
_ALONE_BEFORE_RE = re.compile(rf"[^\S\n]*(?:(?:{_WEEKDAY})[,\s]+)?", re.IGNORECASE)


def choose_release_date(
    text: str,
    dates: list[DateMatch],
    dateline_date: DateMatch | None,
    dateline_span: tuple[int, int] | None,
    lead_start: int,
    reference: dt.date | None,
    title: str | None = None,
    scanned_until: int | None = None,
) -> str | None:
    """The release's own date as ISO text (full or partial), or None.

    ``dates`` are the full dates of the head (``text[:scanned_until]``),
    ``dateline_date`` the one the dateline holds, ``lead_start`` where the
    body's first sentence begins.
    """
    full = _stated_date(text, dates, dateline_date, lead_start)
    footer = _footer_date(text, labelled_only=full is not None)
    if (
        full is not None
        and footer is not None
        and full is not dateline_date
        and full.start >= lead_start
        and not is_labelled(text, full)
        and not _on_its_own_line(text, full)
    ):
        # "Issued: Thursday 19 September 2024" at the foot, "until Sunday 22
        # September" in the lead: the label says which is the release's.
        return footer.iso
    if full is not None:
        return full.iso
    if footer is not None:
        return footer.iso
    partial = _partial_date(text, dateline_span, lead_start, reference)
    if partial is not None:
        return partial
    if scanned_until is not None:
        later = _later_heading_date(text, scanned_until)
        if later is not None:
            return later.iso
    # "the 2017 conference": the text fixes the year and no more.
    for source in (title or "", text[lead_start : lead_start + 600]):
        m = _EVENT_YEAR_RE.search(source)
        if m:
            return m["y1"] or m["y2"]
    return None
