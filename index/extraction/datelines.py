"""The dateline: the place of issue printed before the first sentence.

Forms handled, with or without the punctuation that scraping often strips:
"WASHINGTON, April 9, 2007 --", "OSLO, 2 February 2011 --",
"July 21, 2005 (WASHINGTON, D.C.) Montana Senator ...",
"September 19th 2007 WASHINGTON DC Today Senator ...",
"Washington, D.C. -- Senator ...", "HONOLULU (AP) _ ...",
"... Fire Department WASHINGTON U S Senators ...", and a bare
"WASHINGTON A medical assistant ..." at the very start of the body.
The dateline is where the release was issued; it is never the venue.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.extraction import names, wordlists
from index.extraction.dates import DateMatch, is_scrape_stamp
from index.extraction.names import LOWER, UPPER

# Capitalised words that are page furniture or headline words, not places.
_NOT_PLACES = frozenset(
    [
        # Time zones: "9:30 a.m. CDT – Media check-in"
        *("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "BST", "CET", "CEST"),
        *("UTC", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "IST", "SGT", "HKT", "JST"),
        *("KST", "WAT", "EAT", "CAT", "SAST"),
        "PRESS",
        "RELEASE",
        "RELEASES",
        "FOR",
        "IMMEDIATE",
        "NEWS",
        "MEDIA",
        "STATEMENT",
        "CONTACT",
        "CONTACTS",
        "UPDATE",
        "ADVISORY",
        "DATE",
        "PHONE",
        "FAX",
        "EMAIL",
        "OFFICE",
        "ROOM",
        "LATEST",
        "TOPICS",
        "FILTER",
        "SENATOR",
        "SEN",
        "SENATE",
        "THE",
        "AND",
        "OF",
        "ON",
        "TO",
        "IN",
        "AT",
        "BY",
        "WITH",
        "FROM",
        "TODAY",
        "REPORT",
        "BILL",
        "ACT",
        "FUNDING",
        "GRANT",
        "GRANTS",
        "MILLION",
        "BILLION",
        "COMMITTEE",
        "AMENDMENT",
        "HEARING",
        "LETTER",
        "REMARKS",
        "SPEECH",
        "TESTIMONY",
        "OPENING",
        "FLOOR",
        "INTRODUCES",
        "ANNOUNCES",
        "U",
        "S",
        "USA",
        "AP",
        "REUTERS",
        "MR",
        "MRS",
        "MS",
        "DR",
    ]
)
_KINDS_AFTER_THE = frozenset(["club", "city", "team", "group", "band", "couple", "family"])
_KNOWN_TITLE_PLACES = frozenset({"Washington", "Bern", "Berne", "Brussels", "Geneva", "Oslo"})
_PLACE_FIRST_WORDS = frozenset(
    {"New", "Port", "San", "Santa", "Saint", "Fort", "Mount", "Cape", "North", "South", "East",
     "West", "Great", "Upper", "Lower"}
)  # fmt: skip
# Words that open the lead sentence right after a dateline without a dash.
_LEAD_OPENERS = (
    r"(?:U\.?\s?S\.?\s|United States|Today|Senator|Senators|Sen\.?|Sens\.?|The|Congressman|"
    r"Congresswoman|Rep\.?|Representative|Governor|Mayor|Minister|President|A|An|In|On|Last)\b"
)
# A dash, also as the lone "â" left of a UTF-8 dash decoded as Latin-1.
# ("SANTIAGO, Chile.- The economies ...": a full stop and a hyphen, as Latin American
# releases print it)
# (a hyphen on the place's own line: "... compared with NCM" / "- Mass production ..." is a
# list's bullet under its line)
_DASH = r"(?:\s*(?:--|[–—_])\s*|[^\S\n]+-\s*|[^\S\n]*-\s+|(?<![A-Z])\.-\s*|\s+â(?=\s)\s*)"


_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_WEEKDAY_OR_MONTH = rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{_MONTH_NAME})\b"
# A state's code or a news service's after a place: "Brasília (DF) –", "Linz (OTS) -";
# not a document's kind ("Fact Sheet (PDF) –").
_REGION_CODE_RE = re.compile(
    r"\((?!(?:PDF|DOCX?|XLSX?|PPTX?|HTML?|JPE?G|PNG|ZIP|MP[34])\))[A-Z]{2,5}\)"
)


def _place_pattern(state: str) -> str:
    """A dateline's place: "OSLO, Norway", "TORONTO, ON", "PORT OF SPAIN, Trinidad and
    Tobago" (a capitals city with its country or region), "Turku, Finland" (a title-case
    town with a country of our list), "Dallas, Texas"."""
    caps, title = _CAPS, _TITLE
    # ("SEOUL, Republic of Korea –": a country named with its "of")
    country = (
        # ("VIENTIANE, Lao PDR", "KOWLOON, Hong Kong SAR": a state's letters after its name)
        rf"(?!{_WEEKDAY_OR_MONTH})(?:{title}(?:\s(?:and|of|of\sthe)\s{title})?(?:\s[{UPPER}]{{3}})?"
        rf"|[{UPPER}]{{2}}"
        # ("CHRISTIANSTED, ST. CROIX —": a saint's island or parish)
        rf"|S(?:AIN)?T\.?\s[{UPPER}]{{3,}})"
        rf"(?![\w])"
    )
    return (
        # ("NAIROBI, KENYA –", "HA NOI, VIET NAM": a town of one word or of short syllables,
        # our country in capitals; not "JOHN MWANGI, KENYA", a caption's name)
        rf"(?:(?<![{UPPER}][ ])(?:[{UPPER}]{{2,3}}[ ]){{0,2}}[{UPPER}]{{3,}},\s"
        rf"(?:{_country_pattern(upper=True)})(?![\w])|"
        # ("AREQUIPA Peru The council ...": punctuation stripped, a country of our list)
        rf"{caps}(?:,\s{country}|\s(?!United\b)(?:{_country_pattern()})(?![\w]))?"
        rf"|{title}(?:,\s(?:{_country_pattern()})(?![\w]))?)"
        rf"(?:,?\s(?:{state})(?![\w]))?"
    )


@functools.cache
def _country_pattern(upper: bool = False) -> str:
    """Our countries and regions, as printed ("Finland", "South Africa"), or in capitals
    ("KENYA") with ``upper``."""
    names = wordlists.printed_place_names()
    if upper:
        capitals = {n.upper() for n in names}
        return "|".join(re.escape(n) for n in sorted(capitals, key=len, reverse=True))
    known = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # ... or a state or province so named: "Onitsha, Anambra State –"
    # (... or an Irish county: "Inis Oírr, Co. Galway")
    return (
        rf"{known}|{_TITLE_WORD}(?:\s{_TITLE_WORD})?\s(?:State|Province|Region|County)"
        rf"|Co\.\s(?:{_IRISH_COUNTIES})"
    )


_IRISH_COUNTIES = (
    "Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|"
    "Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|"
    "Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow"
)


@functools.cache
def _state_pattern() -> str:
    parts = []
    for abbr in sorted(wordlists.place_abbreviations(), key=len, reverse=True):
        pieces = [re.escape(p) for p in re.split(r"[. ]+", abbr) if p]
        parts.append(r"\.?\s?".join(pieces) + r"\.?")
    return "|".join(parts)


# (Unicode hyphens too: "LAC‐BRÛLÉ"; three words at most, or a capitals headline's
# opening would read as a place)
# ("SAN PEDRO DE ATACAMA", "VILLA DEL ROSARIO": a particle is no word of its own)
_CAPS_PARTICLE = r"(?:(?:DE LA|DE|DEL|DA|DO|DOS|DAS|DI|EL|LOS|LAS)\s)?"
# ("NUKUʻALOFA" with its glottal stop; "GUOVDAGEAIDNU/KAUTOKEINO": a town in two languages)
# (not "HIV/AIDS.", "USDA/FEMA": short words either side of a slash)
_CAPS = (
    # ("N’DJAMENA", "L'AQUILA": an elided first letter)
    # ("ST. JOHN'S", "ST. GEORGE'S": a saint's town)
    rf"(?:S(?:AIN)?T\.?[ ][{UPPER}]{{2,}}['’]S\b|"
    rf"(?:[{UPPER}]['’](?=[{UPPER}]{{2}}))?[{UPPER}]{{2,}}\.?)"
    rf"(?:[ '’ʻ‐‑-]{_CAPS_PARTICLE}[{UPPER}]{{2,}}\.?"
    rf"|(?<=[{UPPER}]{{4}})/[{UPPER}]{{5,}}){{0,2}}"
    # ("HO CHI MINH CITY": a fourth word only when it is "CITY")
    rf"(?:[ ]CITY\b)?"
)
# "Jerez de la Frontera", "Rio de Janeiro", "Frankfurt am Main", "Dar es Salaam":
# particles inside.
_PARTICLE = r"(?:(?:de la|de|del|da|do|dos|es|am|im|bei|an der|sur|upon)\s)?"
# (an apostrophe inside a word: "Nuku'alofa", "N'Djamena")
_TITLE_WORD = rf"[{UPPER}](?:[{LOWER}]+|[{LOWER}]*['’][{UPPER}]?[{LOWER}]{{2,}})"
# ("Ho Chi Minh City": a fourth word only when it is "City"; or an article first: "Las
# Palmas de Gran Canaria"; a port's "of": "Port of Spain")
_TITLE = rf"(?:(?:Las|Los|La|El|Les|Le)\s|Port\sof\s)?{_TITLE_WORD}(?:[ ‐‑-]{_PARTICLE}{_TITLE_WORD}){{0,2}}(?:\sCity\b)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A wire's or a government news service's code: "(AP)", "(GNB)", "(KNA)"; or the day
# and month, as Indonesian releases give them: "JAKARTA (16/6) –".
# ... or a government's news service by name: "SUVA (Fiji Government Information) –".
_WIRE = (
    rf"(?:\s*\((?:AP|Reuters|AFP|dpa|SDA|ATS|UPI|[{UPPER}]{{2,5}}|\d{{1,2}}/\d{{1,2}}|"
    rf"[{UPPER}][\w ]{{2,30}}(?:Information|News|Service|Agency|Press))\)"
    # (any wire's name between two dashes: "ST. LOUIS--(PressLink)--", "(BUSINESS WIRE)--")
    rf"|(?:--|[–—])\([{UPPER}][\w .]{{2,25}}\)(?=--|[–—]))"
)
# Not inside a run of capitals: the place must not follow a capitals word.
_NOT_IN_CAPS = rf"(?<![{UPPER}][{UPPER}.,:] )"


# Spaces and one line break at most, not a blank line: a place after a date stays in its
# paragraph ("Published 21 July 2023" / "RHIANNON PASCOE: Thanks" is a transcript's turn).
_ONE_LINE_BREAK = r"[^\S\n]*+\n?+[^\S\n]*+"  # (possessive: no backtracking into the dash's spaces)


def _opens_a_line(text: str, pos: int) -> bool:
    return not text[:pos].rstrip(" \t") or text[:pos].rstrip(" \t").endswith("\n")


@functools.cache
def _before_dot_re() -> re.Pattern[str]:
    """ "Port of Spain, Trinidad. Wednesday 9th October, 2024": a dot before the weekday,
    the place opening its line (not "By Joseph R. Biden Jr. Monday, ...")."""
    place = _place_pattern(_state_pattern())
    return re.compile(rf"(?:^|\n)[^\S\n]*(?P<place>{place})\.[^\S\n]+{_WEEKDAY},?[^\S\n]*$")


@functools.cache
def _regexes() -> dict[str, re.Pattern[str]]:
    state = _state_pattern()
    caps, title, weekday, wire, not_in_caps = _CAPS, _TITLE, _WEEKDAY, _WIRE, _NOT_IN_CAPS
    place = _place_pattern(state)
    place_state = rf"(?:{caps}|{title}),?\s(?:{state})(?![\w])"
    region = rf"(?:St\.\s)?{title}|(?!(?i:{_WEEKDAY_OR_MONTH})){caps}"
    town = rf"(?:{caps}|{title})(?:,\s(?:{region}))?"
    return {
        # "VANDERBIJLPARK – 03 March 2025 –", "LAKEBA, LAU — Friday 25th July 2025 —",
        # "Santa Cruz, St. Elizabeth — Tuesday, June 17, 2025 —": a dash before the date.
        # ("Georgetown, Guyana and Kingston, Jamaica – 14 April 2025": a joint release's)
        "before_dash": re.compile(
            rf"(?:^|\n)[^\S\n]*(?P<place>(?:{town}[^\S\n]*(?:/|and|&)[^\S\n]*)?{town})"
            # ("GEORGETOWN, Guyana – (GIS) Saturday, August 3, 2024 –": a news service's code)
            rf"{_DASH}(?:{wire}\s*)?(?:{weekday},?\s*)?$"
        ),
        # "PORT OF SPAIN 15 September 2025 Minister ...", "NAIROBI Tuesday 11 March 2025":
        # punctuation stripped, a capitals place opening its line before the date.
        "before_space": re.compile(rf"(?:^|\n)[^\S\n]*(?P<place>{caps})\s+(?:{weekday}\s+)?$"),
        # "WASHINGTON, " / "OSLO, Monday, " right before a date.
        # "GENEVA (3 June 2021) –"; "Barbastro (Huesca), 9 de octubre", "Québec, le 12 mai
        # 2025": a region in brackets, an article before the date.
        "before_comma": re.compile(
            rf"(?P<place>{place}(?:\s\([{UPPER}][\w .'’-]{{1,30}}\))?)"
            rf"(?:,\s*(?:{weekday},?\s*)?(?:(?:le|el|a)\s+)?\(?|\s+\()$"
        ),
        # "SAN JOSE, Calif.--(BUSINESS WIRE)--Feb. 8, 2023", "X--(Newsfile Corp. - April 29,":
        "before_wire": re.compile(
            rf"(?P<place>{place})\s*(?:--|[–—])?\s*\([{UPPER}][\w .]{{2,25}}?(?:\)\s*(?:--|[–—])|\s+[-–—])\s*$"
        ),
        # "WINDSOR Vt " / "Washington D C Friday " right before a date.
        "before_state": re.compile(rf"(?:^|[\s.:])(?P<place>{place_state})\s+(?:{weekday},?\s+)?$"),
        # After a date: " WASHINGTON D C U S Senator", " (Washington, D.C.) --".
        "after": re.compile(
            rf"{_ONE_LINE_BREAK}\)?{_DASH}?\(?(?P<place>{place})\)?"
            rf"(?P<tail>{wire}?{_DASH}|\s+(?=[{UPPER}\"“]))"
        ),
        # "Washington, D.C. -- Senator", "HONOLULU (AP) _ U.S. Sen."; "JIAXING, June 18 --",
        # "Cuttack, 5 September:": a day without its year, then a dash or a colon (the lead
        # on that line or the next); "Bhubaneswar : Chief Minister", a spaced colon. (Not
        # after a slash: "Photo: D. Bryce-Walters/JIS".)
        "standalone": re.compile(
            rf"(?=[{UPPER}])(?:(?<![\w,/])|(?<=[a-z])(?=[{UPPER}]{{2,}}[\w ,.]{{0,30}}{wire}))"
            rf"{not_in_caps}(?P<place>{place}){wire}?(?:,\s*{weekday})?"
            rf"(?:(?P<day>,\s*(?:{_MONTH_NAME}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAME})\b){wire}?)?"
            rf"(?:{_DASH}|(?(day)[^\S\n]?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)|(?P<colon>[^\S\n]+:[^\S\n]+)))"
            rf"(?=[\"“]|[{UPPER}][{LOWER}]|U\.?\s?S|[{UPPER}]\s|{_AGENCY_FIRST})"
        ),
        # No dash left: "... Department WASHINGTON U S Senators", "Station Washington DC Today";
        # on one line ("AMIR HAKIM" over "Minister of Trade" is a signature).
        "no_dash": re.compile(
            rf"(?=[{UPPER}])(?<![\w,/]){not_in_caps}(?P<place>[{UPPER}][{LOWER}]+,?\s(?:{state})|"
            rf"{caps}(?:,?\s(?:{state}))?)(?![\w])[^\S\n]+(?={_LEAD_OPENERS})"
        ),
        # A capitals place opening the body: "WASHINGTON A medical assistant".
        "opening": re.compile(
            rf"(?P<place>{caps}(?:,?\s(?:{state})(?![\w]))?){wire}?\s+"
            rf"(?=[{UPPER}][{LOWER}]|[{UPPER}]\s)"
        ),
    }


@dataclass
class Dateline:
    place: str
    start: int
    end: int
    date: DateMatch | None = None


def _trim(place: str) -> tuple[int, str] | None:
    """``place`` without leading furniture words, and the offset cut; None if nothing is left."""
    non_names = wordlists.non_name_words()
    offset = 0
    rest = place
    while rest:
        m = re.match(r"[^\W\d_]+", rest)
        if not m:
            return None
        word = m.group()
        # ("NEW YORK, NY", "PORT LOUIS", "THE HAGUE": a place's first word, another after it)
        bad = (word.upper() in _NOT_PLACES or word.capitalize() in non_names) and not (
            word.capitalize() in _KNOWN_TITLE_PLACES or _first_word_of_a_place(word, rest)
        )
        if not bad:
            break
        skip = re.match(r"[^\W\d_]+[.,]?\s*", rest)
        if skip is None:  # pragma: no cover - m matched
            return None
        offset += skip.end()
        rest = rest[skip.end() :]
    words = re.findall(r"[^\W\d_]+", rest)
    if not words or all(len(w) == 1 for w in words) or sum(len(w) for w in words) < 3:
        return None  # "EU- Zuckerproduktion" is no dateline
    if offset and not words[0].isupper() and words[0] not in _KNOWN_TITLE_PLACES:
        return None  # "Secretary Michael": a title-case name, not a place
    if words[-1].capitalize() in wordlists.EVENT_NOUNS:
        return None  # "Legislative Elections – 10 March 2019": an event's date, no place
    if len(words) == 1 and words[0].capitalize() in _KINDS_ALONE:
        return None  # "PLANS FOR OUR CITY": a kind of place alone names none
    return offset, _without_edge_marks(rest)


_KINDS_ALONE = frozenset(["City", "Town", "Village", "County", "District", "State", "Region"])
# Words before "CITY" that make no city's name: "OUR CITY", "THE CITY".
_DETERMINERS = frozenset(["THE", "OUR", "YOUR", "MY", "THIS", "THAT", "ITS", "THEIR", "EVERY", "A"])


def _first_word_of_a_place(word: str, rest: str) -> bool:
    """ "NEW YORK, NY", "PORT LOUIS": a place's first word before another (not "NEW
    RELEASE"); "THE HAGUE", "The Valley": an article before a place's one word."""
    following = re.match(r"[^\W\d_]+[^\S\n]+([^\W\d_]+)(?P<end>[^\S\n]*(?:,|$))?", rest)
    if following is None or following.group(1).upper() in _NOT_PLACES:
        return False
    if following.group(1).upper() == "CITY" and word.upper() not in _DETERMINERS:
        return True  # "MEXICO CITY", "KUWAIT CITY": a country's word before its city
    if word.upper() == "THE":
        # (not a body or a kind of place: "THE BOARD –", "THE CLUB –", "THE CITY –")
        nxt = following.group(1)
        return (
            following["end"] is not None
            and nxt.capitalize() not in wordlists.non_name_words()
            and nxt.lower() not in wordlists.organization_word_set()
            and nxt.lower() not in _KINDS_AFTER_THE
        )
    if following.group(1).lower() in ("del", "de", "do", "da") and re.match(
        rf"[^\W\d_]+[^\S\n]+\w+[^\S\n]+[{UPPER}]", rest
    ):
        return True  # "MAR DEL PLATA", "Mar del Plata": a month's name, then "del" and a name
    return word.capitalize() in _PLACE_FIRST_WORDS


def _without_edge_marks(place: str) -> str:
    """``place`` without punctuation at its ends, keeping a closed bracket:
    "Barbastro (Huesca)", not "Barbastro (Huesca"."""
    while True:
        trimmed = place.strip(" ,-–—_:â").lstrip("()").rstrip("(")
        if trimmed.endswith(")") and trimmed.count("(") < trimmed.count(")"):
            trimmed = trimmed[:-1]
        if trimmed == place:
            return place
        place = trimmed


def _make(text: str, m: re.Match[str], end: int, date: DateMatch | None = None) -> Dateline | None:
    trimmed = _trim(m["place"])
    if trimmed is None:
        return None
    offset, place = trimmed
    if names.is_title(place):
        return None  # "YAA President of the Court of Appeal,": a style, no place
    us = _US_TITLE_RE.search(text, m.start("place") + offset + 1, m.end("place") + 16)
    if us and " " in place:
        # "WASHINGTON US Senator Walt Hendricks": punctuation stripped, "US" is the title's.
        place = place[: us.start() - m.start("place") - offset].rstrip(" ,")
    return Dateline(place, m.start("place") + offset, end, date)


_US_TITLE_RE = re.compile(
    r"[^\S\n]+U\.?[^\S\n]?S\.?(?=[^\S\n]+(?:Senators?|Sens?\b|Rep\b|Representatives?|"
    r"Congress(?:man|woman)|Attorney|Secretary|Ambassador|Department|Army|Navy|Marshal))"
)


def find_dateline(
    text: str,
    dates: list[DateMatch],
    limit: int = 900,
    body_start: int = 0,
    allow_opening: bool = False,
    breaks: Sequence[int] = (),
) -> Dateline | None:
    """The dateline of ``text``, searched in its first ``limit`` characters.

    ``dates`` are the full dates found there (see :func:`dates.scan_dates`);
    ``body_start`` is where the text after the headline begins; a bare
    capitals place there ("WASHINGTON A man ...") counts only with
    ``allow_opening``, i.e. when the headline is known to end there.
    """
    rx = _regexes()
    end = min(len(text), limit)
    candidates: list[Dateline] = []
    for date in dates[:4]:
        if date.start > limit:
            break
        if is_scrape_stamp(text, date):
            continue
        found = _around_date(text, date) or _between_breaks(text, date, breaks)
        if found:
            candidates.append(found)
            break
    for key in ("standalone", "no_dash"):
        for m in rx[key].finditer(text, body_start, min(end, body_start + 600)):
            found = _make(text, m, m.end())
            if not found:
                continue
            if key == "standalone" and not _standalone_counts(text, m, found.place, body_start):
                continue
            candidates.append(found)
            break
    colon = _BEFORE_COLON_RE.match(text, _next_line_start(text, body_start))
    if colon and not _turn_labels(text) and (found := _make(text, colon, colon.end())):
        candidates.append(found)
    if not candidates and allow_opening:
        m = rx["opening"].match(text, body_start)
        if m and len(m["place"]) >= 4:
            found = _make(text, m, m.end())
            if found:
                candidates.append(found)
    # The earliest wins: a later one is part of a quoted letter or the body.
    found = min(candidates, key=lambda d: d.start, default=None)
    return _after_run_in_headline(text, found) if found else None


# "MORANT BAY, St. Thomas: Local Government Minister ...", "LAHORE, Punjab: The ...": a
# capitals town and its region in title case, then a colon, opening the lead (in a
# transcript, its turns' labels: "DAVID SPENCER, Host:", "JOURNALIST, Sky News:")
_BEFORE_COLON_RE = re.compile(
    rf"(?P<place>{_CAPS},[^\S\n]+(?:St\.[^\S\n])?{_TITLE}):[^\S\n]+(?=[{UPPER}][{LOWER}])"
)


_TURN_LABEL_RE = re.compile(rf"(?m)^[^\S\n]*[{UPPER}][{UPPER} .'’-]+(?:,[^:\n]{{1,40}})?:[^\S\n]")


def _turn_labels(text: str) -> bool:
    """Whether two or more lines open with a capitals label and its colon: a transcript."""
    return len(_TURN_LABEL_RE.findall(text, 0, 3000)) >= 2


def _next_line_start(text: str, pos: int) -> int:
    """Where the first non-blank line at or after ``pos`` starts."""
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


def _after_run_in_headline(text: str, found: Dateline) -> Dateline:
    """ "NEW RAINWATER GRANTS OPEN TO ST. ELIZABETH FARMERS KINGSTON, Jamaica, April 2,
    2025 –": a headline in capitals run into its dateline on one line; the place is the
    last capitals word (two with a place's first word: "NEW YORK"), not the headline's."""
    city, _, rest = found.place.partition(",")
    words = city.split()
    # (a state's letters after the city are the place's: "WASHINGTON D C")
    state = 0
    while state < len(words) and len(words[-1 - state].strip(".")) <= 2:
        state += 1
    named = words[: len(words) - state]
    line_start = text.rfind("\n", 0, found.start) + 1
    # (the headline's words before it, not a release's label: "FOR IMMEDIATE RELEASE")
    before = [w for w in text[line_start : found.start].split() if w.isupper()]
    if (
        len(named) < 2
        or not rest.strip()  # (its country or state after a comma: "KINGSTON, Jamaica")
        or not city.isupper()
        or sum(w.strip(".,") not in _NOT_PLACES for w in before) < 2
    ):
        return found
    # Two words when the first is a place's ("NEW YORK") or no common word ("KUALA
    # LUMPUR", "LOS ANGELES"; not "FARMERS KINGSTON")
    second = named[-2].strip(".,")
    two = second.capitalize() in _PLACE_FIRST_WORDS or (
        len(second) > 2 and second.lower() not in wordlists.lowercase_words()
    )
    if two and len(named) == 2:
        return found
    keep = (2 if two else 1) + state
    place = " ".join(words[-keep:]) + ("," + rest if rest else "")
    start = found.start + found.place.find(words[-keep])
    return Dateline(place, start, found.end, found.date)


def _standalone_counts(text: str, m: re.Match[str], place: str, body_start: int) -> bool:
    """Whether a place before a dash or colon is a dateline: a title-case one needs
    a state, a day, a code, to be well known or to open the lead ("Washington--
    U.S. Senator", not "Review Process - The"); a spaced colon alone ("BIDEN :
    Well, ...") is a transcript's turn unless it opens the lead on its subject."""
    if m["colon"] and not _opens_the_lead(text, m, body_start):
        return False
    if _spelt_out_after(text, m):
        return False
    return bool(
        place.isupper()
        # "Brasília (DF) – O ministro", "Bhubaneswar, January 7:": a code or a
        # day after a place marks a dateline
        or _REGION_CODE_RE.search(m.group())
        or m["day"]
        or "," in place
        or place.split()[0] in _KNOWN_TITLE_PLACES
        or _ends_with_state(place)
        or _opens_the_lead(text, m, body_start)
    )


def _spelt_out_after(text: str, m: re.Match[str]) -> bool:
    """ "SIERA – Syndicat intercommunal des eaux du Ried alsacien": a body's acronym
    and its full name on a letterhead line, the acronym's letters exactly the initials
    of the name's words but the small ones (not "WASHINGTON – Senator Smith said ...")."""
    acronym = m["place"]
    line_end = text.find("\n", m.end())
    rest = text[m.end() : line_end if line_end >= 0 else len(text)].strip()
    # (the initials of all its words but the small ones, exactly: not "ROME – Rescuers on
    # Monday evacuated more than", a wrapped lead whose letters happen to hold it)
    words = [w for w in rest.split() if w.lower() not in wordlists.ACRONYM_SKIPPED_WORDS]
    initials = "".join(w[0] for w in words).upper()
    if not acronym.isalpha() or not acronym.isupper() or not 3 <= len(acronym) <= 8:
        return False
    return not rest.endswith(".") and initials == acronym


# "Colombo – The Minister of Health ...": a place and a dash (not a hyphen) opening
# the lead, then its sentence's subject.
_LEAD_DASH_RE = re.compile(rf"[^\S\n]*(?:--|[–—]|:)[^\S\n]*{_LEAD_OPENERS}")
# "Dhaka — State Minister for ...", "Bhubaneswar : Chief Minister Sri ...": the lead
# opening on the speaker's title.
_LEAD_TITLE_RE = re.compile(r"[^\S\n]*(?:--|[–—]|:)[^\S\n]*(?P<words>(?:\S+[^\S\n]+){1,3})")


def _opens_the_lead(text: str, m: re.Match[str], body_start: int) -> bool:
    """Whether a title-case place before a dash is the first thing of the body."""
    place_end = m.end("place")
    if text[body_start : m.start()].strip() or len(m["place"].split()) > 3:
        return False
    if _LEAD_DASH_RE.match(text, place_end):
        return True
    title = _LEAD_TITLE_RE.match(text, place_end)
    words = title["words"].split() if title else []
    # ("State Minister": a title's last word may carry it.)
    return any(names.is_title(" ".join(words[i:j])) for i in range(2) for j in range(i + 1, 4))


# "Boston", "Gold Coast", "Port Louis, Mauritius": a place alone between two breaks.
_PLACE_SEGMENT_RE = re.compile(rf"{_TITLE}(?:,?\s{_TITLE})?|{_CAPS}")


def _between_breaks(text: str, date: DateMatch, breaks: Sequence[int]) -> Dateline | None:
    """ "HARBORLINE FOODS NAMES NEW CEO  Boston  March 3 2025  Harborline ...": in text
    that lost its punctuation, a place standing alone between two lost marks, right
    before the date."""
    before = [b for b in breaks if b < date.start]
    if len(before) < 2 or text[before[-1] : date.start].strip():
        return None
    start, end = before[-2] + 1, before[-1]
    place = text[start:end].strip()
    # (After a headline in capitals: "Dr  Condoleezza Rice Nomination  January 25th 2005"
    # is a title's lost full stop and a headline, no place.)
    headline = text[:start].split()
    if (
        len(headline) < 3
        or not " ".join(headline).isupper()
        or not _PLACE_SEGMENT_RE.fullmatch(place)
        or _trim(place) is None
    ):
        return None
    return Dateline(place, start + text[start:end].index(place), date.end, date)


def _ends_with_state(place: str) -> bool:
    return bool(_state_end_re().search(place))


@functools.cache
def _state_end_re() -> re.Pattern[str]:
    return re.compile(rf"\s(?:{_state_pattern()})$")


def _around_date(text: str, date: DateMatch) -> Dateline | None:
    rx = _regexes()
    window_start = max(0, date.start - 60)
    window = text[window_start : date.start]
    # "PLACE, DATE" first: unambiguous ("Neuchâtel, 19.12.2016 (FSO) –").
    for key in ("before_comma", "before_dot", "before_wire", "before_dash", "before_space"):
        before = (_before_dot_re() if key == "before_dot" else rx[key]).search(window)
        if (
            before
            and key == "before_dot"
            and not _opens_a_line(text, window_start + before.start("place"))
        ):
            continue  # (the window's start is no line's)
        found = _before(window_start, before, date) if before else None
        found = _with_joint_place(text, found) if found else None
        if found and key in ("before_dash", "before_space") and _names_a_building(found.place):
            continue  # "Kaleva Congress Centre, Oulu — 14 June 2023": a speech's venue
        if (
            found
            and not found.place.isupper()
            and _AFTER_A_WORD_RE.search(text, max(0, found.start - 30), found.start)
        ):
            continue  # "..., on Easter Day, Sunday 20 April 2025": a sentence's words
        if found:
            return _with_city_before(text, found)
    stripped = _punctuation_stripped(text, window, window_start, date)
    if stripped:
        return stripped
    after = rx["after"].match(text, date.end, min(len(text), date.end + 60))
    if after:
        place = after["place"]
        # A title-case word after a date is a place only with a state, a dash
        # or parentheses, or when it is a well-known dateline city.
        if (
            place.isupper()
            or place.split()[0].isupper()  # "AREQUIPA Peru": a capitals city, its country
            or after["tail"].strip()
            or "," in place
            or text[date.end : after.start("place")].strip(" )-–—") == "("
            or place.split()[0] in _KNOWN_TITLE_PLACES
            or _ends_with_state(place)
        ):
            found = _make(text, after, after.end(), date)
            if found:
                found.start = min(found.start, date.start)
                return found
    before = rx["before_state"].search(window)
    if before:
        return _before(window_start, before, date)
    return on_its_date_line(text, date)


def on_its_date_line(text: str, date: DateMatch) -> Dateline | None:
    """ "October 3, 2023 – Halifax, Nova Scotia": a line opening on the date, then the
    place (not a building: "Friday 17 October 2025 – Port House, Antwerp" is a venue)."""
    opening = text[text.rfind("\n", 0, date.start) + 1 : date.start]
    if not _WEEKDAY_PREFIX_RE.fullmatch(opening):
        return None
    m = _date_line_place_re().match(text, date.end)
    found = _make(text, m, m.end(), date) if m else None
    if found is None or _names_a_building(found.place):
        return None
    if not ("," in found.place or found.place.isupper() or found.place in _KNOWN_TITLE_PLACES):
        return None  # "March 3, 2025 – Maria Lopez": a byline's author, no place
    found.start = date.start
    return found


@functools.cache
def _date_line_place_re() -> re.Pattern[str]:
    """The place after a line's date: " – Halifax, Nova Scotia" (a department's name may
    follow: "– Fisheries and Oceans Canada")."""
    region = rf"(?:St\.\s)?{_TITLE}|(?!(?i:{_WEEKDAY_OR_MONTH})){_CAPS}"
    town = rf"(?:{_CAPS}|{_TITLE})(?:,\s(?:{region}))?"
    return re.compile(rf"[^\S\n]*[–—-][^\S\n]*(?P<place>{town})[^\S\n]*(?=\n|$|[–—]|-\s)")


# What may open a line before its date: nothing, or a weekday.
_WEEKDAY_PREFIX_RE = re.compile(rf"[^\S\n]*(?:{_WEEKDAY},?[^\S\n]+)?")


def _with_city_before(text: str, found: Dateline) -> Dateline:
    """ "Cairo, Egypt, 24 March 2025": a country's dateline with its city before it."""
    if found.place.lower() not in wordlists.place_names():
        return found
    city = _CITY_BEFORE_RE.search(text, max(0, found.start - 40), found.start)
    if city is None:
        return found
    return Dateline(f"{city['city']}, {found.place}", city.start(), found.end, found.date)


# "SAN JUAN, Puerto Rico – FEMA Administrator X": an agency's initials open the lead.
_AGENCY_FIRST = rf"[{UPPER}]{{2,6}}\s[{UPPER}][{LOWER}]"
_WEEKDAY_ANY_RE = re.compile(rf"(?i)(?:{wordlists.WEEKDAYS_ANY})")


def _with_joint_place(text: str, found: Dateline) -> Dateline:
    """ "Tallinn / Helsinki, 12 June 2024", "Kigali and Dar es Salaam, 27 January 2025":
    a joint release's two places, as printed, opening the line."""
    first = _FIRST_PLACE_RE.search(text, max(0, found.start - 60), found.start)
    if first is None or not _trim(first["first"]):
        return found
    place = text[first.start("first") : found.start] + found.place
    return Dateline(place, first.start("first"), found.end, found.date)


# (a place and its country: "Georgetown, Guyana and Kingston, Jamaica – 14 April 2025")
_FIRST_PLACE_RE = re.compile(
    rf"(?:^|(?<=\n))[^\S\n]*(?P<first>(?:{_CAPS}|{_TITLE})(?:,[^\S\n]+{_TITLE})?)"
    rf"[^\S\n]*(?:/|and|&)[^\S\n]*$"
)
_CITY_BEFORE_RE = re.compile(rf"(?:^|(?<=\n))[^\S\n]*(?P<city>{_TITLE}),[^\S\n]*$")


# A sentence's lower-case word right before a title-case place.
_AFTER_A_WORD_RE = re.compile(rf"(?<![\w'’])[{LOWER}]+[^\S\n]$")


def _names_a_building(place: str) -> bool:
    """ "Kaleva Congress Centre, Oulu", "KESTON HOUSE": a building's noun ends its name
    (not "PORT OF SPAIN")."""
    last = place.split(",")[0].split()[-1].strip(".")
    return last.capitalize() in wordlists.venue_word_set()


# "Johannesburg 28 March 2024  The Gauteng Department ...": a title-case town opening
# its line, the date, then the lead on the same line, its punctuation stripped.
_TITLE_BEFORE_DATE_RE = re.compile(rf"(?:^|\n)[^\S\n]*(?P<place>{_TITLE})[^\S\n]+$")
_LEAD_AFTER_DATE_RE = re.compile(rf"[^\S\n]+[{UPPER}][{LOWER}]")


def _punctuation_stripped(
    text: str, window: str, window_start: int, date: DateMatch
) -> Dateline | None:
    before = _TITLE_BEFORE_DATE_RE.search(window)
    if (
        not before
        or not _LEAD_AFTER_DATE_RE.match(text, date.end)
        # (only where the text has lost its stops and commas)
        or len(re.findall(r"[.,;:]", text[:1500])) > 3
        or any(w.lower() in wordlists.lowercase_words() for w in before["place"].split())
    ):
        return None
    found = _before(window_start, before, date)
    # (not a weekday's or a section's word: "Updated 28 March 2024 The ...")
    return found if found and found.place == before["place"] else None


def _before(window_start: int, m: re.Match[str], date: DateMatch) -> Dateline | None:
    trimmed = _trim(m["place"])
    if not trimmed or _WEEKDAY_ANY_RE.fullmatch(trimmed[1]):
        return None  # ("Dydd Iau, 12 Mehefin 2025": the weekday in Welsh, no place)
    offset, place = trimmed
    return Dateline(place, window_start + m.start("place") + offset, date.end, date)
