"""The organisation: the speaker's, or the body that issues the release.

In order: the speaker's organisation as the text ties it to them ("Jane
Doe, CEO of Acme Corp.", "Assistant Attorney General Lanny A. Breuer of the
Criminal Division", "Acme Corp. CEO Jane Doe"); the body the lead makes the
announcer ("the Justice Department announced today", "The Federal Office
for the Environment said"). What the layout prints comes first
(:func:`printed_organization`). A senator's chamber is not an issuing body
of its own: a "U.S. Senator" gives no organisation. A phrase
counts as an organisation only if it holds one of our organisation words
(index/data/organization-words.txt). Otherwise None: no guessing.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from index.extraction import names, wordlists
from index.extraction.layout import (
    ENGLISH_BODY_WORD_RE,
    FOREIGN_BODY_HEADS,
    IRISH_BODY_RE,
    LEGAL_FORMS,
    ON_BEHALF,
    POSTAL_RE,
    RELEASE_LABEL,
    Layout,
    Part,
    ends_in_legal_form,
    has_verb,
    name_like,
    normal_case,
    organization_line,
    person_name,
    postal_address,
    site_menu,
    site_navigation,
    titled_names,
)
from index.extraction.names import UPPER
from index.language import language_scores

_INITIALS_RE = re.compile(r"^(?:[A-Z]\.)+$")
_ANNOUNCE = (
    r"(?:announced|announces|said|says|reported|reports|today|stated|informs|informed|"
    r"advises|advised|warned|warns|hat|teilt|gab)"
)
# ... and, said by the body that opens the lead, a statement's answer to reports: "The
# Ministry of Transport (MOT) is aware of", "The Office notes", "The Authority wishes to
# clarify" (not "... the Reserve Bank noted", another body the lead reports on).
_ANSWER = r"(?:is\s+aware|notes|noted|wishes|clarifies|clarified)"

# "Tatva Green Hydrogen Ltd on Tuesday announced": the day between the body and its verb.
_DAYS = frozenset(day.capitalize() for day in wordlists.WEEKDAYS_EN)
_WHEN = rf"(?:on\s+(?:{'|'.join(sorted(_DAYS))})\s+)?"


@functools.cache
def _phrase() -> str:
    word = rf"[{UPPER}][\w'’.&-]*"
    small = r"(?:of|for|and|the|on|de|du|des|la|le|für|der|die|das|des|&)"
    return rf"{word}(?:\s+(?:{small}\s+){{0,2}}{word}){{0,7}}"


@functools.cache
def _org_words() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in wordlists.organization_words())


@functools.cache
def _lead_regex() -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|(?<=[\s(]))(?:[Tt]he|[Dd]er|[Dd]ie|[Dd]as|[Ll]e|[Ll]a|[Ll]')\s*(?P<org>{_phrase()})"
        rf"(?:\s*\([^()\n]{{1,20}}\))?\s+{_WHEN}(?:has\s+|have\s+)?{_ANNOUNCE}\b"
    )


@functools.cache
def _lead_subject_regex() -> re.Pattern[str]:
    """A body opening the lead without an article: "Acme Insurance Company announced today"."""
    return re.compile(
        rf"(?P<org>{_phrase()})(?:\s*\([^()\n]{{1,20}}\))?\s+{_WHEN}(?:has\s+|have\s+)?"
        rf"(?:{_ANNOUNCE}|{_ANSWER})\b"
    )


# Abbreviations inside organisation names; any other word ending in a dot ends the name.
_ABBREVIATIONS = frozenset({"Inc.", "Corp.", "Co.", "Ltd.", "Dept.", "Bros.", "Assn.", "Univ."})
# A member's office by their style: "Office of Dr. X", "Büro Prof. X" (only after "of"
# or an office's word: "SEN. FEINGOLD COMMENTS ..." is a headline, no body).
_STYLES_IN_AN_OFFICE = frozenset({"Dr.", "Prof."})


#: Words that join a name's parts and never end it ("Ministry of ...").
_JOINING_WORDS = ("of", "for", "and", "the", "on", "&")


def _valid(phrase: str) -> str | None:
    words = []
    for word in phrase.split():
        in_an_office = word in _STYLES_IN_AN_OFFICE and words[-1:] in (["of"], ["Büro"])
        if (
            word.endswith(".")
            and word not in _ABBREVIATIONS
            and not in_an_office
            and not _INITIALS_RE.match(word)
        ):
            words.append(word[:-1])
            break  # "Antitrust Division. This ..." ends at the sentence
        words.append(word)
    if len(words) > 2 and words[-2] == "on" and words[-1] in _DAYS:
        words = words[:-2]  # "Tatva Green Hydrogen Ltd on Tuesday (announced)"
    while words and words[-1].lower() in _JOINING_WORDS:
        words.pop()
    at = len(words) - words[::-1].index("The") if "The" in words[1:] else 0
    if at and words[at - 2].lower() not in _JOINING_WORDS:
        # "WASHINGTON D C The United States Chamber of Commerce": the name starts at "The"
        # (not in "Bank of The Ozarks").
        words = words[at:]
    org_words = _org_words()
    if not any(w.strip(".,'’s") in org_words or w.rstrip(".,") in org_words for w in words):
        return None
    return " ".join(words).rstrip(",;:") or None


@functools.cache
def _around_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    phrase = _phrase()
    # Right after the last name: ", CEO of Acme Corp." / " of the Criminal Division".
    after = re.compile(
        r"(?:,?\s+(?:Jr|Sr)\.?)?(?:\s*\([^()\n]{1,30}\))?"
        r"(?:,\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,5}?(?:of|at|for|with)"
        # ", Rector, Tromsø Institute for Arctic Studies": a role, then the body.
        r"|,\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+,"
        r"|\s+(?:of|from|at))"
        rf"\s+(?:the\s+)?(?P<org>{phrase})"
    )
    # Right before the title before the name: "Acme Corp. CEO Jane Doe",
    # "Acme's chief executive officer Jane Doe".
    before = re.compile(rf"(?P<org>{phrase})(?:['’]s)?\s+(?:[a-z]+\s+){{0,2}}$")
    return after, before


_ARTICLE_RE = re.compile(r"^(?:The|Der|Die|Das|Le|La|L['’])\s+")


def _ends_with_org_word(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and words[-1].rstrip(".,") in _org_words()


_GOVERNMENT_OF_PLACE_RE = re.compile(
    r"^(?:the\s+)?(?:Government|Province|State|City|County|Republic)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$"
)


def without_its_government(org: str) -> str:
    """ "Ministry of Energy, Government of Nepal", "Ministry of X, Government Offices of
    Sweden", "Ministry of Y, French Republic": the ministry; "Office of the Prime
    Minister, Parliament Buildings": the office, not its building. (A state's department
    keeps its state: "Department of Fisheries, Government of Kerala" names no other.)"""
    head, comma, tail = org.rpartition(", ")
    if not comma or not _valid(head):
        return org
    if _MINISTRY_HEAD_RE.match(head) and _NATIONAL_GOVERNMENT_RE.match(tail):
        return head
    if _OFFICE_HEAD_RE.match(head) and _BUILDING_TAIL_RE.search(tail):
        return head
    return org


_MINISTRY_HEAD_RE = re.compile(r"(?i)^(?:the\s+)?(?:federal\s+)?ministry\b")
_NATIONAL_GOVERNMENT_RE = re.compile(
    r"^(?:the\s+)?(?:Government(?:\s+Offices)?\s+of\s+[A-Z][\w\s.'’-]{2,30}|[A-Z][a-z]+\s+Republic)$"
)
_OFFICE_HEAD_RE = re.compile(r"(?i)^(?:the\s+)?office\s+of\b")
# (not "The White House", which names the office's body)
_BUILDING_TAIL_RE = re.compile(r"(?i)\b(?:buildings|tower|plaza)$")


def english_of_twins(org: str) -> str:
    """ "Statutární město Brno | Statutory City of Brno": of a body's name printed in
    its own language and in English on one line, the English; else ``org``."""
    pieces = _TWIN_SEPARATOR_RE.split(org)
    if len(pieces) != 2 or not all(len(p.split()) >= 2 for p in pieces):
        return org
    own, english = (language_scores(p)["en"] for p in pieces)
    if english >= 1 and own == 0:
        return pieces[1]
    return org


_TWIN_SEPARATOR_RE = re.compile(r"\s+[|/]\s+")


def first_of_joint_bodies(org: str) -> str:
    """ "Harbourlight Trust and The Amberley-Osei Foundation": a joint release's bodies,
    of which the first issues it; "Ports and Harbours Authority", "Ministry of Solid
    Minerals and Artisanal Mining" are one body."""
    parts = re.split(r"\s+(?:and|&)\s+", org, maxsplit=1)
    # "Government of Manitoba and Northern Lakes Tribal Council": a government of a
    # place, then a body of its own.
    if (
        len(parts) == 2
        and _GOVERNMENT_OF_PLACE_RE.match(parts[0])
        and len(parts[1].split()) >= 2
        # ("Government of Yukon and Government of Alberta": two governments)
        and (_ends_with_org_word(parts[1]) or _GOVERNMENT_OF_PLACE_RE.match(parts[1]))
    ):
        return parts[0]
    # Only "... and The X Foundation": "First National Bank and Trust Company", "Senate
    # Commerce and Transportation Committee" are one body each.
    if len(parts) < 2 or not parts[1].startswith("The ") or len(parts[1].split()) < 2:
        return org
    first, second = parts
    if re.search(r"\s(?:of|for|on)\s", first):
        return org  # the "and" goes on with what the body is of
    return first if _ends_with_org_word(first) and _ends_with_org_word(second) else org


def _org_before_title(text: str, pos: int, before: re.Pattern[str]) -> str | None:
    """The organisation right before the title that introduces the name at ``pos``."""
    title = None
    for m in names.titled_re().finditer(text, max(0, pos - 60), pos + 1):
        # The first of a chain of titles: "Reserve Bank Governor, Sir Malcolm ...".
        if title is None or text[title.end() : m.start()].strip(" ,") or m.start() < title.end():
            title = m
    if title is None or title.end() + 25 < pos:
        return None
    m = before.search(text, max(0, title.start() - 100), title.start())
    if m and _ends_with_org_word(m["org"]):
        return _valid(_ARTICLE_RE.sub("", m["org"]))
    return None


def _speaker_org(text: str, head_end: int, speaker: str) -> str | None:
    last = names.surname(speaker)
    key = names.fold(last)
    if not last:
        return None
    after, before = _around_regexes()
    pos = text.find(last, 0, head_end)
    seen = 0
    while pos != -1 and seen < 3:
        seen += 1
        end = pos + len(last)
        if not text[end : end + 1].isalnum():
            m = after.match(text, end, min(len(text), end + 200))
            if m:
                # A body ends with its line ("..., Rector, Tromsø Institute\nArctic Futures ...").
                org = _valid(m["org"].split("\n", 1)[0])
                # "member of the Executive Board (Vorstand) of ÖRE": the board's body
                of = _OF_ITS_BODY_RE.match(text, m.end()) if org and _BOARD_RE.match(org) else None
                if of:
                    return of["org"].rstrip(".")  # (the sentence's full stop)
                # ("U.S. Senator X (D-Md.), a member of the Senate Foreign Relations
                # Committee,": a seat on a committee, not the body that issues the release)
                seat = (
                    org
                    and _MEMBER_OF_RE.search(text, end, m.start("org"))
                    and (_COMMITTEE_RE.search(org) or _LEGISLATURE_RE.match(org))
                )
                # ("X, and the Slovak State Secretary of the Ministry of ...": the next
                # person's body)
                another = re.search(r",\s+and\s", text[end : m.start("org")])
                if (
                    org
                    and not seat
                    and not another
                    and not _verb_before(text, m.start("org"))
                    and _plain_body(org, speaker)
                ):
                    return org
            org = _org_before_title(text, pos, before)
            if org and key not in names.fold(org):
                return org
        pos = text.find(last, end, head_end)
    return None


def _verb_before(text: str, org_start: int) -> bool:
    """Whether a verb, not a role, stands before the body's preposition: "Whitcombe,
    Ferraro Press for Rural Hospital Fix" is a headline's two names and their verb."""
    words = [
        w for w in text[max(0, org_start - 40) : org_start].split() if w.lower() not in _ARTICLES
    ]
    if len(words) < 2:
        return False
    word = words[-2].strip(",")  # the word before "for" / "of" / "at" / "with"
    # (a headline's capitals: "who works for the Federal Office", "chair of" keep theirs)
    return (
        word[:1].isupper()
        and word.lower() in wordlists.action_verbs()
        and not names.is_title(word)
        and word.lower() not in _ROLE_NOUN_VERBS
    )


_ARTICLES = frozenset(["the", "a", "an"])
# Verbs that are roles too: "Programme Lead for Digital Health", "Host of ...".
_ROLE_NOUN_VERBS = frozenset(["lead", "host", "sponsor", "champion", "guide", "head", "partner"])

_BOARD_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:executive|management|supervisory|governing)\s+board|"
    r"board(?:\s+of\s+(?:directors|management))?)$"
)
_OF_ITS_BODY_RE = re.compile(
    rf"(?:[^\S\n]*\([^()\n]{{1,30}}\))?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
    rf"(?P<org>[{UPPER}][\w'’&.-]*(?:[^\S\n]+(?:(?:of|for|and|the|&)[^\S\n]+)?[{UPPER}][\w'’&.-]*){{0,6}})"
)
_CRUMB_SEP_RE = re.compile(r"\s[›»>]\s")
# A government's name over the ministry or office that issues the release.
_GOVERNMENT_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:regional|provincial|state|federal|national|local|royal)\s+)?"
    r"(?:government|state|republic|kingdom|commonwealth|city|town|county|borough|"
    r"municipality|province)\s+of\b|"
    # "GOBIERNO DEL ESTADO DE VALLE HONDO", "Governo do Estado", "Repubblica e Cantone Ticino"
    r"^(?:gobierno|governo|gouvernement|regierung|república|repubblica|république)\b|"
    # a region's or a city's own government over its department: "Junta de Andalucía" /
    # "Consejería de ...", "Alcaldía Mayor de Bogotá" / "Secretaría Distrital de ..."
    r"^(?:junta|xunta|generalitat|alcald[ií]a|ayuntamiento|intendencia|gobernaci[oó]n|"
    r"regione|r[ée]gion|provincia|comune)\b|"
    # a federation over its office: "Swiss Confederation" / "Federal Office for the Environment"
    r"^(?:swiss\s+confederation|schweizerische\s+eidgenossenschaft|confédération\s+suisse)$|"
    r"^[\w'’ -]{2,40}\s+government$"
)
_LEGISLATURE_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:parliament|national assembly|legislative assembly|senate|congress|"
    r"house of (?:commons|lords|representatives|assembly|keys|delegates)|houses of the oireachtas)\b"
)
_OFFICE_OF_RE = re.compile(r"(?i)office\s+of\s+(?:the\s+)?\S")
_COMMITTEE_RE = re.compile(r"(?i)\bcommittee\w*")  # (and a typo: "Committeee")
_MEMBER_OF_RE = re.compile(r"(?i)\bmember\s+of\b")
# "Crisis Management Division, Crisis Management Department": a desk of the body above.
_DESK_RE = re.compile(r"\b(?:Division|Section|Unit|Desk|Branch),")
_PRESS_OFFICE_RE = re.compile(
    r"(?i)\b(?:information|public relations|press|communications?|media|comunicaci[oó]n|"
    r"comunica[cç][aã]o|comunicazione|presse|prensa)\b"
)
_PORTFOLIO_RE = re.compile(
    r"(?i)^(?:shadow\s+)?(?:minister|secretary|treasurer|attorney|premier|chief minister|"
    r"parliamentary secretary|assistant minister|deputy prime minister|prime minister|"
    r"leader of|deputy leader)"
)
# Where a second portfolio starts: "Minister for X / Minister for Y", "Treasurer, Minister for Y".
_NEXT_PORTFOLIO_RE = re.compile(
    r"\s+/\s+|,\s*(?=(?:Shadow\s+)?(?:Minister|Secretary|Treasurer|Attorney|Premier|Leader|"
    r"Deputy|Assistant|Parliamentary|Special)\b)"
)
# (not a site's menu: "About Us | Schools | Departments | ...")
_ABOUT_RE = re.compile(
    rf"(?m)^About\s+(?P<the>the\s+)?(?!Us\b)(?P<org>[{UPPER}][^\n|]{{1,60}}?)\s*$"
)
_TICKER_RE = re.compile(
    r"\((?:NASDAQ|NYSE|LSE|TSX|ASX|Nasdaq|OTC|Euronext|SIX|XETRA|FWB)\b[^)]{0,20}\)"
    # any exchange by name, then the ticker: "(Ljubljana Stock Exchange: SVPG)"
    r"|\((?:[A-Z][\w.-]*\s+){0,3}(?:Stock\s+)?Exchange\s*:\s*[A-Z0-9.]{2,10}\)"
)
# The company right before its ticker, read backwards from the ticker only
# (a search from every position would be quadratic on a long word).
_BEFORE_TICKER_RE = re.compile(
    rf"(?P<org>[{UPPER}][\w&'’./-]*(?:[^\S\n]+[{UPPER}&][\w&'’./-]*){{0,5}}(?:,?[^\S\n]+(?:Inc|Corp|"
    # (and forms in lower case: Slovenian "d.d.", Icelandic "hf.", Czech "a.s.")
    rf"Ltd|plc|AG|SA|ASA|NV|SE|LLC|L\.P|LP|S\.A|S\.p\.A|N\.V|B\.V|A\.G|AB|AS|Oyj|Tbk|Bhd|JSC)\.?"
    rf"|[^\S\n]+(?:[a-z]{{1,3}}\.){{1,3}})?),?\s*$"
)


_FROM_RE = re.compile(
    r"^From:\s*(?P<body>.+?)\s+and\s+(?:the\s+|The\s+)?(?:Rt\.?\s+)?(?:Hon\b|Minister\b|Secretary\b)"
)
_HON_RE = re.compile(r"(?i)\b(?:the\s+)?(?:rt\.?\s+)?hon\b|\bMP\b")


def printed_organization(printed: Layout, text: str) -> str | None:
    """The issuing body as the layout prints it: a header line naming a body, the
    letterhead's portfolio ("Minister for Health"), a stock ticker."""
    body = _labelled_issuer(printed) or _letterhead_body(printed, text)
    if body:
        return body
    top = printed.parts[0] if printed.parts else None
    if top is not None and top.start == 0 and top.kind in ("furniture", "role"):
        # "Press Releases — Government of the Hong Kong SAR", "NSW Government | Minister
        # for Transport": the site's body beside its section or its minister's page
        body = next(
            (b for piece in _TOP_LINE_SEP_RE.split(top.text) if (b := _governing_body(piece))),
            None,
        )
        if body:
            return body
    portfolios = [
        part.value or part.text
        for part in printed.all("role")
        if _PORTFOLIO_RE.match(part.value or part.text)
        and not titled_names(part.text)
        and not _HON_RE.search(part.value or part.text)
    ]
    if portfolios:
        # "Minister for Environment / Minister for Climate Change": the first; "Minister
        # for Arts, Culture and Heritage" whole.
        return _NEXT_PORTFOLIO_RE.split(portfolios[0])[0].strip()
    for part in printed.all("byline"):
        # "From: Department of Health and Social Care and The Rt Hon Jane Doe MP"
        issuer = _FROM_RE.match(part.text)
        body = _valid(issuer["body"]) if issuer else None
        if body and specific(body):
            return body
    for part in printed.all("name", "byline"):
        # "THE HON. NAOMI STRZEL MP, MINISTER FOR EMERGENCY SERVICES": the name's portfolio.
        role = part.text.rsplit(", ", 1)[-1] if ", " in part.text else ""
        if _PORTFOLIO_RE.match(role) and not _HON_RE.search(role):
            return normal_case(role)
    for part in printed.all("date"):
        # "Wellcroft Institute, 8 March 2023": a body where a dateline's place stands.
        place = part.text.split(",", 1)[0] if "," in part.text else ""
        body = _valid(place) if place[:1].isupper() and not place[-1:].isdigit() else None
        if body and body == place.strip() and specific(body):
            return body
    ticker = _TICKER_RE.search(text, 0, 3000)
    if ticker:
        window = text[max(0, ticker.start() - 120) : ticker.start()]
        before = _BEFORE_TICKER_RE.search(window)
        if before:
            return _with_its_first_words(window, before.start("org"), before["org"].strip())
    return None


# The lead's opening words at the end of the line over the company's: "... /PR Newswire/
# -- Cascade Valley".
_WRAPPED_LEAD_RE = re.compile(
    rf"(?:--|[–—])[^\S\n]+(?P<words>[{UPPER}][\w&'’.-]*(?:[^\S\n]+[{UPPER}][\w&'’.-]*){{0,3}})[^\S\n]*\n[^\S\n]*$"
)


def _with_its_first_words(window: str, start: int, org: str) -> str:
    """A company's name before its ticker, with its first words when the lead wrapped
    inside it ("-- Cascade Valley" / "Bancorp (Nasdaq: CVBW)")."""
    wrapped = _WRAPPED_LEAD_RE.search(window, 0, start)
    # (not the lead's own words: "-- Today" / "Westbrook Pharma Inc.", "-- San Diego-based")
    if wrapped and not any(
        w.lower() in _LEAD_OPENING_WORDS or "-" in w for w in wrapped["words"].split()
    ):
        return f"{wrapped['words']} {org}"
    return org


_LEAD_OPENING_WORDS = frozenset(
    ["today", "yesterday", "tonight", "the", "a", "an", "on", "in", "at", "this", "after",
     "following", "shares", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "leading", "global"]
)  # fmt: skip


# A release's label that says whose it is: "Communiqué de presse du Département du
# territoire", "Press release from the Department of Transport", "Comunicado de prensa
# de la Secretaría de Salud", "Announcement by the Department of Antiquities" (not a
# joint release's: its first body is read elsewhere).
_RELEASE_OF_RE = re.compile(
    r"(?i)^(?:(?:(?:press|media|news)\s+(?:release|statement)|announcement|communiqué\s+de\s+presse|"
    r"comunicado\s+de\s+prensa|nota\s+de\s+prensa|comunicato\s+stampa|"
    r"nota\s+(?:de|à)\s+imprensa)\s+"
    r"(?:(?:from|of|issued\s+by|by)\s+the|from|du|de\s+la|de\s+l['’]|des|del|della|dell['’]|do|da)"
    # (German only before a feminine body, whose genitive is its name: "der Stadt Zürich")
    r"|(?:medienmitteilung|pressemitteilung)\s+der)"
    rf"\s*(?P<body>(?-i:[{UPPER}])[^\n]{{2,100}})$"
)


def _labelled_issuer(printed: Layout) -> str | None:
    """The body a header's release label names as its own: it issues, whatever
    government's line is printed over it."""
    for part in printed.parts:
        labelled = _RELEASE_OF_RE.match(part.text)
        # (its date beside it: "Press release of the Faculty | 4 February 2025")
        named = _TOP_LINE_SEP_RE.split(labelled["body"])[0].strip() if labelled else ""
        if named.isupper() and " " in named:
            named = normal_case(named)  # "PRESS RELEASE BY THE MINISTRY FOR GOZO"
        body = _valid(named) if named and " and " not in named else None
        if (
            body
            and body == named
            and specific(body)
            # ("Announcement by the Prime Minister on the Cabinet": a post's, on a topic)
            and not (
                part.text[:12].lower().startswith("announcement")
                and named.split()[0].lower() not in wordlists.organization_word_set()
            )
        ):
            return body
    return None


def _first_of_joint_letterheads(orgs: list[Part], printed: Layout, text: str) -> str | None:
    """ "Joint press release" over two letterheads (or under them: "MINISTRY OF X" / "Y
    COMMISSION" / "JOINT PRESS RELEASE"): the first issues it, under its government's
    line ("Government of Nepal" / "Ministry of X" / "Ministry of Y")."""
    if len(orgs) < 2 or not any(
        _JOINT_LABEL_RE.search(p.text)
        for p in printed.all("furniture")
        if p.start < orgs[0].start or p.start < orgs[1].start + 400
    ):
        return None
    own = [o for o in orgs if not _STATE_LINE_RE.match(o.value or "")] or orgs
    english = len(own) > 1 and _english_beside(own[0], own[1], text)
    return own[1 if english else 0].value


def _letterhead_body(printed: Layout, text: str) -> str | None:
    """The body the letterhead's lines name, read down from the top to the one that
    issues: past a government or city over its ministry or office ("GOVERNMENT OF
    BARBADOS" / "MINISTRY OF AGRICULTURE", "City of Milwaukee" / "Office of the Mayor"),
    a parliament over its committee, a name over its English twin; not down to a press
    office, which issues for all, nor a desk ("Crisis Management Division, ...")."""
    if spelled := _spelled_at_the_top(printed):
        return spelled
    orgs = [part for part in printed.all("org") if part.value]
    if orgs:
        orgs[0] = _with_place_above(printed, orgs[0])
    if joint := _first_of_joint_letterheads(orgs, printed, text):
        return joint
    if named := _level_the_lead_names(orgs, text, printed.body_start):
        return named
    for i, org in enumerate(orgs):
        below = orgs[i + 1] if i + 1 < len(orgs) else None
        if (
            below is None
            or _COMPANY_KIND_RE.match(below.value or "")
            or _twin_in_its_own_language(org, below, text)
        ):
            return org.value
        # ("Bundesamt für Binnenschifffahrt" / "Federal Office for Inland Navigation": the
        # English name, under or over its own, goes with an English text.)
        twin = _english_beside(org, below, text)
        if _committee_under_press_unit(orgs[i:]):
            return orgs[i + 2].value
        # (a press office under the body, not a ministry of communications named in English)
        if _PRESS_OFFICE_RE.search(below.value or "") and not (
            twin and _MINISTRY_RE.match(below.value or "")
        ):
            return org.value
        # (a member's office under the chamber too: "HOUSE OF COMMONS" / "Office of the
        # Shadow Secretary of State for X")
        committee = _LEGISLATURE_RE.match(org.value or "") and (
            _COMMITTEE_RE.search(below.value or "") or _OFFICE_OF_RE.match(below.value or "")
        )
        # "PEMBERTON COUNTY" / "BOARD OF COUNTY COMMISSIONERS": the county's board
        county = _PLACE_ABOVE_RE.match((org.value or "").strip())
        if county and _GENERIC_OFFICE_RE.match(below.value or ""):
            return f"{org.value} {below.value}"
        # (not over another government's line: "Comune di Fossano" / "Provincia di Cuneo",
        # "Istria County Government" / "Regione Istriana")
        government = (
            (_GOVERNMENT_RE.match(org.value or "") or county)
            and not _DESK_RE.search(below.value or "")
            and not _GOVERNMENT_RE.match(below.value or "")
        )
        # ("European External Action Service" / "Delegation of the European Union to
        # Kenya": the service's mission in the country issues)
        mission = bool(_MISSION_RE.match(below.value or ""))
        agency = _its_agency(org, below) and _letterhead_lines(printed, org, below)
        subsidiary = _groups_company(org, below, text, printed.body_start)
        if not (twin or committee or government or mission or agency or subsidiary):
            return org.value
    return None


def _groups_company(org: Part, below: Part, text: str, body_start: int) -> bool:
    """ "VARADHAN GROUP" / "Varadhan Renewables Limited": the group's company issues
    (not when the lead names the group: "Hartwell Group today named ...")."""
    return (
        bool(_GROUP_RE.search(org.value or ""))
        and ends_in_legal_form(below.value or "", _COMPANY_FORMS)
        and not _lead_names(org.value or "", text, body_start)
    )


def _lead_names(body: str, text: str, body_start: int) -> bool:
    """Whether the lead's first 300 characters name the body."""
    lead = names.fold(text[body_start : body_start + 300])
    return re.search(rf"(?<!\w){re.escape(names.fold(body))}(?!\w)", lead) is not None


_GROUP_RE = re.compile(r"(?i)\bgroup(?:\s+of\s+companies)?$")


# A company's form, "Limited" spelled out too.
_COMPANY_FORMS = LEGAL_FORMS | {"limited"}


def _committee_under_press_unit(orgs: list[Part]) -> bool:
    """ "PARLIAMENT OF GHANA" / "Public Affairs Directorate" / "SELECT COMMITTEE ON ...": a
    parliament's press unit prints its committee's release."""
    return (
        len(orgs) >= 3
        and bool(_LEGISLATURE_RE.match(orgs[0].value or ""))
        and bool(_PRESS_UNIT_RE.search(orgs[1].value or ""))
        and bool(_COMMITTEE_RE.search(orgs[2].value or ""))
    )


def _level_the_lead_names(orgs: list[Part], text: str, body_start: int) -> str | None:
    """The letterhead's lower line that the lead opens with ("MINISTRY OF X" / "STATE
    DEPARTMENT FOR Y" / "DIRECTORATE OF Z" over "The Directorate of Z wishes to inform
    ..."): that level issues; with the line above it ("The Volta Regional Office of the
    Rural Water Agency ...") as "Rural Water Agency, Volta Regional Office"."""
    lead = _LEAD_OPENER_RE.sub("", text[body_start : body_start + 400].lstrip(" \n–—-"))
    for above, org in itertools.pairwise(orgs):
        name = org.value or ""
        words = name.split()
        if len(words) < 2 or not re.match(rf"(?i){re.escape(name)}\b", lead):
            continue
        # (not a peer: "DEPARTMENT OF HEALTH" / "DEPARTMENT OF EDUCATION" of a joint
        # release; not a county's board, named with its county: "MARLOW COUNTY" / "BOARD
        # OF COUNTY COMMISSIONERS")
        upper = (above.value or "").split()
        if (upper and upper[0].casefold() == words[0].casefold()) or _PLACE_ABOVE_RE.match(
            above.value or ""
        ):
            return None
        if names.is_title(words[0]) or names.is_title(words[-1]):
            return None  # "SPEAKER OF THE NATIONAL ASSEMBLY", "PARLIAMENTARY OMBUDSMAN": a role
        of_above = re.match(
            rf"(?i)\s+of\s+(?:the\s+)?{re.escape(above.value or '')}\b", lead[len(name) :]
        )
        return f"{above.value}, {name}" if of_above else name
    return None


# A ministry's line over one of its agencies, offices or directorates: "DEPARTMENT OF
# TRANSPORTATION" / "PHILIPPINE INLAND WATERWAYS AUTHORITY", "Federal Department of the
# Environment ... DETEC" / "Federal Office for the Environment FOEN".
_MINISTRY_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:federal\s+|state\s+|national\s+)?(?:ministry|department|ministère|"
    r"minist[eé]rio|ministero|bundesministerium|ministerium|d[eé]partement|secretar[ií]a)\b"
)
_AGENCY_RE = re.compile(
    r"(?i)\b(?:office|agency|authority|directorate|direc[cç][aã]o|dire[cç][aã]o|direcci[oó]n|"
    r"direzione|bureau|administration|inspectorate|institute|instituto|institut|service|"
    r"commission|board|bundesamt|amt|agence|ag[eê]ncia|department|departamento)\b"
)


# Not the minister's own office or spokesperson ("Office of the Honourable Minister",
# "Spokesperson's Office"), an official's line ("The Principal Secretary, State Department
# of ...;"), or a body's press unit ("Health Promotion Bureau – Media Unit").
_NO_AGENCY_RE = re.compile(
    # (nor any office of the ministry's own: "Office of the Director General for Health",
    # "Office of Public Affairs", "Budget Office")
    r"(?i)^(?:the\s+)?office\s+of\b|^\w+\s+office$|"
    r"^(?:the\s+)?(?:principal|permanent|cabinet|chief)\s+secretary|"
    r"spokes(?:person|man|woman)|;"
)


def _letterhead_lines(printed: Layout, org: Part, below: Part) -> bool:
    """Whether two body lines belong to one letterhead: no byline, speaker, venue or
    caption between them (a speech's heading over its salutations: "Director-General
    of X,"), and the second no salutation."""
    between = [p for p in printed.parts if org.start < p.start < below.start]
    return not below.text.rstrip().endswith(",") and not any(
        p.kind in ("byline", "name", "role", "venue", "speech_venue", "photo") for p in between
    )


def _its_agency(org: Part, below: Part) -> bool:
    return bool(
        _MINISTRY_RE.match(org.value or "")
        and _AGENCY_RE.search(below.value or "")
        and not _MINISTRY_RE.match(below.value or "")
        and not _DESK_RE.search(below.value or "")
        and not _NO_AGENCY_RE.search(below.value or "")
        and not _PRESS_OFFICE_RE.search(below.text)
    )


# What kind of company the name above is: "Publicly-Held Company", "Listed Company".
_COMPANY_KIND_RE = re.compile(
    r"(?i)^(?:an?\s+)?(?:publicly[\s-]+(?:held|traded|listed)|listed|public|state[\s-]+owned|"
    r"open|closed)(?:\s+(?:limited|joint[\s-]+stock))?\s+(?:company|corporation|enterprise)$"
)
# The state's line over the bodies that issue: "Government of Nepal", "Gobierno de Chile".
_STATE_LINE_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:government|republic|kingdom|gobierno|governo|gouvernement|regierung|"
    r"rep[uú]blica|r[ée]publique|repubblica)\b"
)
_TOP_LINE_SEP_RE = re.compile(r"\s+[|—–]\s+")


def _governing_body(piece: str) -> str | None:
    """ "Government of the Hong Kong Special Administrative Region", "NSW Government"."""
    piece = piece.strip()
    return piece if _GOVERNMENT_RE.match(piece) and 2 <= len(piece.split()) <= 10 else None


_MISSION_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:delegation|embassy|permanent\s+mission|high\s+commission|"
    r"consulate(?:[\s-]+general)?)\s+of\b"
)
_JOINT_LABEL_RE = re.compile(r"(?i)\bjoint\s+(?:\w+\s+)?(?:release|statement|communiqu)")
# A state's or county's line over its office: "STATE OF WISCONSIN", "PEMBERTON COUNTY".
_PLACE_ABOVE_RE = re.compile(
    r"(?i)^(?:(?:state|commonwealth)\s+of\s+(?P<state>[a-z][a-z .'-]{2,30})|"
    r"(?P<county>[a-z][a-z .'-]{2,30}\s+(?:county|parish)))$"
)
_GENERIC_OFFICE_RE = re.compile(r"(?i)^(?:department|board|division|bureau|commission)\b")


def _with_place_above(printed: Layout, org: Part) -> Part:
    """ "STATE OF WISCONSIN" / "DEPARTMENT OF JUSTICE": the office with its state's
    name ("Wisconsin Department of Justice"), as the body is known; else the line."""
    i = printed.parts.index(org)
    above = printed.parts[i - 1] if i > 0 else None
    place = (
        _PLACE_ABOVE_RE.match(above.text.strip()) if above and above.kind == "headline" else None
    )
    if not place or not _GENERIC_OFFICE_RE.match(org.value or ""):
        return org
    name = normal_case((place["state"] or place["county"]).upper())
    return replace(org, value=f"{name} {org.value}")


_TOWN_HEADS = frozenset(
    ["stad", "stadt", "gemeente", "gemeinde", "ville", "ciudad", "città", "cidade"]
)
# An English body's head word and the same word in other languages: a twin names the
# same kind of body ("City of Cape Town" / "Stad Kaapstad"; not "Government of the
# Netherlands" / "Waterschap Rivierzoom", a government over its water board).
_TWIN_HEADS: dict[str, frozenset[str]] = {
    "city": _TOWN_HEADS,
    "town": _TOWN_HEADS,
    "municipality": _TOWN_HEADS,
    "province": frozenset(["provincie", "provinz", "provincia", "província"]),
    "ministry": frozenset(["ministerie", "ministerium", "ministère", "ministerio", "ministério"]),
}


def _twin_in_its_own_language(org: Part, below: Part, text: str) -> bool:
    """An English body's name over its name in another language, in an English text: the
    same body twice ("City of Cape Town" / "Stad Kaapstad"), the English one kept."""
    head = (below.value or "").split()[0].lower() if (below.value or "").split() else ""
    own = (org.value or "").lower().removeprefix("the ").split()[:1]
    return (
        head in _TWIN_HEADS.get(own[0] if own else "", ())
        and language_scores(org.value or "")["en"] >= 1
        and language_scores(text[:2000])["en"] >= 2
        and language_scores(below.value or "")["en"] == 0
    )


def _english_beside(first, second, text: str) -> bool:
    """Whether two letterhead lines next to each other name one body, the second in
    English and the first in another language."""
    between = text[first.end : second.start]
    if between.count("\n") != 1 or between.strip():
        return False
    own, english = language_scores(first.value), language_scores(second.value)
    # (a language we keep no word list for still has its particles: "Embaixada de
    # Portugal em Camberra")
    # ("RIIGIKOGU" over "Parliament of Estonia": a body's one word in its own language;
    # "Ministerstwo Klimatu i Środowiska", "Regione Marche": its head word in its own)
    head = first.value.split()[0].lower() if first.value.split() else ""
    # ("An Chúirt Uachtarach" / "The Supreme Court": Irish, whose article is English's "an")
    irish = bool(IRISH_BODY_RE.match(first.value))
    other = (
        max(own.values()) >= 1
        or bool(_ROMANCE_PARTICLE_RE.search(first.value))
        or (" " not in first.value.strip() and " of " in second.value)
        or head in FOREIGN_BODY_HEADS
        or irish
    )
    # ("Mozambican Basketball Federation" under "Federação Moçambicana de Basquetebol":
    # no particle of English, none of the other language either)
    plain = second.value.isascii() and not _ROMANCE_PARTICLE_RE.search(second.value.lower())
    bare = _ROMANCE_PARTICLE_RE.search(first.value.lower()) and plain
    # ("JABATAN PENGURUSAN PESISIR NEGARA" / "NATIONAL COASTAL MANAGEMENT DEPARTMENT": a
    # body's word of English names the English line where no particle does)
    named = head in FOREIGN_BODY_HEADS and plain and ENGLISH_BODY_WORD_RE.search(second.value)
    # (a head word of another language outweighs a loan word: "Kementerian Ekonomi Digital")
    foreign = own["en"] == 0 or head in FOREIGN_BODY_HEADS or irish
    return (english["en"] >= 1 or bool(bare) or bool(named)) and foreign and other


_ROMANCE_PARTICLE_RE = re.compile(r"\b(?:de|do|da|dos|das|em|en|du|des|del)\b")


_LETTERHEAD_DECORATION_RE = re.compile(
    # "[Logo] STIFTUNG NORDLICHT", "[HIST] Hanbit Institute ...": a logo's placeholder.
    r"(?i)^\[[^\]\n]{1,20}\]\s*|^the\s+"
    r"|\s+(?:blog|news(?:room)?|newsletter|bulletin|press office|media cent(?:re|er))$"
    r"|\s*\([A-Z]{2,8}\)$"
)
# A document's kind, not a body: "Company Announcement", "Court Circular", "Paper by ...".
_DOCUMENT_KIND_RE = re.compile(
    r"(?i)(?:\b(?:announcement|circular|notice|release|statement|update|digest|report)$|\bby\b)"
)


_NOT_A_NAME_RE = re.compile(r"[\"“”|\d]")
_RELEASE_LABEL_RE = re.compile(
    r"(?i)^(?:joint\s+)?(?:press|media|news)\s+(?:release|statement)s?$|^communiqué(?:\s+de\s+presse)?$"
)


def breadcrumb_owner(printed: Layout) -> str | None:
    """ "Lochaber and Morven Council › News › Roads and travel": the body whose site it is."""
    for part in printed.all("furniture"):
        crumbs = _CRUMB_SEP_RE.split(part.text)
        if len(crumbs) >= 2 and _ends_with_org_word(crumbs[0]) and specific(crumbs[0].strip()):
            return crumbs[0].strip()
    return None


def site_owner(printed: Layout) -> str | None:
    """ "The official website of the New Zealand Government": whose site the page is on."""
    for part in printed.all("furniture"):
        m = _SITE_OWNER_RE.match(part.text)
        if m and _ends_with_org_word(m["org"]):
            return m["org"].strip()
    return None


_SITE_OWNER_RE = re.compile(
    r"(?i)^(?:the\s+)?official\s+(?:web\s*site|portal|site|page)\s+of\s+(?:the\s+)?(?P<org>[^|\n]{3,80}?)\.?$"
)


# "City of Falkenried · Press Office", "News from the Faculty of Agriculture — Universiti X".
_LETTERHEAD_SEPARATOR_RE = re.compile(r"\s+[—–·|]\s+")
_NEWS_FROM_RE = re.compile(r"(?i)^news\s+from\b")


def _letterhead_part(line: str) -> str:
    """The part of a letterhead line that names the body, not its press office
    or the "News from ..." page it heads."""
    parts = _LETTERHEAD_SEPARATOR_RE.split(line)
    kept = [p for p in parts if not (_PRESS_DESK_RE.match(p) or _NEWS_FROM_RE.match(p))]
    if len(parts) == 1 or not kept:
        return line
    # ("France Diplomacy – Ministry for Europe and Foreign Affairs": a site's brand, then
    # the body whose site it is)
    if _valid(kept[0].strip(" []")) is None:
        return next((p for p in kept if _valid(p) == p.strip()), kept[0])
    return kept[0]


def _body_like(line: str, text: str, by_length: bool = True) -> bool:
    """ "Land Steiermark", "Kelderbridge Town Football Club" (a body's word), "WAPITI RIVER
    CREE NATION" (three words or more, unless ``by_length`` is off), "Shelter Forward"
    (the text's "Executive Director of Shelter Forward"): a body's name rather than a
    person's."""
    words = line.split()
    return (
        (by_length and len(words) >= 3)
        # (not "a statement from Sarah Olney": a role's "of", a place's "at")
        or bool(re.search(rf"\b(?:of|at)\s+(?:the\s+)?{re.escape(line)}\b", text))
        or words[0].lower() in _STATE_HEADS
        or words[-1].lower() in _MASTHEAD_TAILS
        or bool(_CIVIC_HALL_RE.search(line))
        or any(w.strip(".,()").lower() in wordlists.organization_word_set() for w in words)
    )


# A state's or town's own name opens with its kind ("Land Steiermark", "Kanton Zug"); a
# club's or a judiciary's ends with it (not body words everywhere: "National Press Club"
# is where a speech is given).
# (and other bodies named head first: "Xunta de Galicia", "Urząd Miasta Nowy Targ",
# "Collectivité de Corse", "Club Atlético Villa Ceibal")
_STATE_HEADS = frozenset(
    ["land", "kanton", "canton", "stadt", "gemeinde", "ville", "comune", "city", "county",
     "xunta", "urząd", "collectivité", "club", "clube"]
)  # fmt: skip
_MASTHEAD_TAILS = frozenset(["club", "judiciary", "nation"])
# "Kutaisi City Hall", "Pula Town Hall": a town's administration (a hall alone is a venue).
_CIVIC_HALL_RE = re.compile(r"(?i)\b(?:city|town|county|municipal)\s+hall$")


def _spelled_at_the_top(printed: Layout) -> str | None:
    """ "USTL" / "Union syndicale des travailleurs de la logistique": the page's first
    line a body's short form, the next its name spelled out; that body issues, over any
    branch named under it ("Syndicat départemental du Rhône"). (A name read as a body
    is left to the letterhead's levels: "EEAS" / "European External Action Service" /
    "Delegation of the European Union to Egypt".)"""
    if len(printed.parts) < 2 or printed.parts[0].start != 0 or printed.parts[1].kind == "org":
        return None
    short, full = printed.parts[0].text.strip(), printed.parts[1].text.strip()
    words = full.split()
    # (a body's word first or last: not "PSA" / "Public Service Announcement", "GST" /
    # "Goods and Services Tax")
    bodily = bool(words) and (
        words[0].lower() in _HEAD_FIRST_WORDS or words[-1].strip(".,") in _org_words()
    )
    if _ACRONYM_LINE_RE.fullmatch(short) and _spells(short, full) and bodily and not has_verb(full):
        return full
    return None


_HEAD_FIRST_WORDS = frozenset(
    ["union", "syndicat", "association", "federation", "fédération", "confédération",
     "council", "conseil", "office", "institute", "institut", "agency", "agence", "society",
     "société", "department", "ministry", "ministère", "commission", "centre", "center",
     "organisation", "organization", "national"]
)  # fmt: skip


def letterhead_name(printed: Layout, text: str = "") -> str | None:
    """A name-like line over the headline ("Harrowgate Athletic FC", "CITY OF
    HALVERTON", "The Loomwright Blog"): the body whose page the release is on."""
    headline = printed.headline
    # A name over a "Press release" label or its press unit, over its site's menu or
    # breadcrumb, or over its postal address is the body issuing the page, whatever its
    # words.
    labelled = {
        id(above)
        for above, below in itertools.pairwise(printed.parts)
        if (below.kind == "furniture" and _RELEASE_LABEL_RE.match(below.text))
        # ("Frontex" over "Press office": the body over its press unit)
        or (below.kind == "furniture" and above.start == 0 and _a_press_unit(below.text))
        or (above.start == 0 and (site_navigation(below.text) or POSTAL_RE.search(below.text)))
    }
    # ("SIERS" / "Syndicat intercommunal des eaux du Rhône-Sud": the name its short form
    # over or under it spells, whatever its case)
    spelled = set()
    for above, below in itertools.pairwise(printed.parts):
        for short, full in ((above, below), (below, above)):
            if _ACRONYM_LINE_RE.fullmatch(short.text.strip()) and _spells(
                short.text.strip(), full.text
            ):
                spelled.add(id(full))
    for part in printed.all("headline"):
        if part is headline or (headline and part.start >= headline.start):
            break
        if id(part) in spelled:
            return part.text.strip()
        # The text's first line may name its body at any length ("United Evangelical
        # Church of Mindanao", "Consiglio regionale della Basilicata").
        if (
            not (name_like(part.text) or part.start == 0)
            # (over a menu, "Land Steiermark" and "WAPITI RIVER CREE NATION" are no
            # people, "Sarah Olney" is)
            or (
                person_name(part.text)
                and not (id(part) in labelled and _body_like(part.text.strip(), text))
            )
            or (id(part) in labelled and has_verb(part.text))  # a headline over the menu
            # ("U.S. Senator Marisol Delgado-Whitfield of New Mexico": a person's page)
            or any(start == 0 for _, _, start in titled_names(part.text))
            or _NOT_A_NAME_RE.search(part.text)
            or _DOCUMENT_KIND_RE.search(part.text.strip())
        ):
            continue
        body = _LETTERHEAD_DECORATION_RE.sub("", _letterhead_part(part.text.strip())).strip()
        if body.isupper() and " " in body:
            body = normal_case(body)  # "NATIONAL ASSEMBLY OF ZAMBIA" (not "NIER")
        if (
            _valid(body)
            or body.lower().startswith("city of ")
            or id(part) in labelled
            or (
                part.start == 0
                and _masthead(body, headline.text if headline else "", part.text.strip())
            )
        ):
            return body
    return None


_ACRONYM_LINE_RE = re.compile(r"[A-Z]{3,8}")


def _spells(acronym: str, line: str) -> bool:
    """Whether ``acronym`` is the initials of ``line``'s words (a hyphen opens a word)."""
    words = [
        w
        for w in re.split(r"[\s‐-]+", line.strip())
        if w and w.lower() not in wordlists.ACRONYM_SKIPPED_WORDS
    ]
    return 3 <= len(words) <= 10 and "".join(w[0] for w in words).upper() == acronym


def _masthead(line: str, headline: str, printed: str) -> bool:
    """The text's first line over its headline, a name of three words or more (two in
    capitals or after "The": "KARNATAKA LOKAYUKTA", "The White House") that is no
    person's, place's or topic's ("State House Kenya", "Dongjin Metropolitan City"):
    the body whose page it is, whatever its words (not the headline printed twice,
    "THE LITTLE CREAMERY THAT COULD", nor "Public Safety", "New York City")."""
    short = printed.isupper() or printed.startswith("The ")
    return (
        len(line.split()) >= (2 if short else 3)
        and "," not in line
        and name_like(line)
        and not person_name(line)
        and not has_verb(line)
        and not _all_places(line)
        and names.fold(printed) != names.fold(headline)
    )


# A cheap literal scan before the full pattern: most releases name no portfolio.
_PORTFOLIO_WORD_RE = re.compile(r"(?:Minister|Secretary|Commissioner)\s+(?:for|of)\s")
_PORTFOLIO_IN_TEXT_RE = re.compile(
    rf"\b(?P<org>(?:Shadow\s+)?(?:Minister|Secretary|Commissioner)\s+(?:for|of)\s+(?:the\s+)?"
    rf"[{UPPER}][\w'’-]*(?:\s+(?:and\s+|&\s+)?[{UPPER}][\w'’-]*){{0,4}})"
)


def portfolio(text: str, head_end: int, speaker: str | None) -> str | None:
    """The speaker's own portfolio as the text names it, right by the name:
    "Minister for Agriculture Fiona Carrick", "Ronan Kielty, the Minister for
    Housing"; not the portfolio of someone the speaker writes to. When the text
    prints the portfolio's ministry or department ("Minister for Justice" and
    "the Department of Justice"), that body."""
    own = _portfolio(text, head_end, speaker)
    subject = _PORTFOLIO_SUBJECT_RE.search(own) if own else None
    if subject:
        pattern = re.compile(
            rf"\b(?:Ministry|Department|Ministère|Ministerium)\s+(?:of|for|de|du|des|für)\s+"
            rf"(?:the\s+|la\s+|l['’])?{re.escape(subject['subject'])}\b"
            # not the start of a longer body's name ("Department of Health and Social Care")
            rf"(?![^\S\n]+(?:and|&)[^\S\n]+[{UPPER}])"
        )
        # Not another country's body ("the United States Department of Justice").
        body = next(
            (
                m
                for m in pattern.finditer(text)
                if not _CAPITALISED_BEFORE_RE.search(text, 0, m.start())
            ),
            None,
        )
        if body:
            return body.group()
    return own


def with_its_office(org: str, text: str) -> str:
    """ "Minister for Housing" as "Office of the Minister for Housing" when the text
    prints the office (a media contact's line): the office issues the release. The
    office may name the portfolio's first part only ("Minister for Regional Development
    and Northern Australia", "Office of the Minister for Regional Development")."""
    if not _PORTFOLIO_WORD_RE.match(org):
        return org
    first_part = re.split(r",\s|\s(?:and|&)\s", org, maxsplit=1)[0]
    office = re.search(
        rf"\bOffice\s+of\s+the\s+{re.escape(org)}\b", text, re.IGNORECASE
    ) or re.search(
        # (the first part only on a line of its own or a contact's: not "officials from
        # the Office of the Minister for Trade.", another country's)
        rf"(?im)^[^\S\n]*(?:[\w ]{{1,30}}:[^\S\n]*)?(?P<office>Office\s+of\s+the\s+"
        rf"{re.escape(first_part)})[^\S\n]*(?:$|[,|·•])",
        text,
    )
    if not office:
        return org
    found = office.groupdict().get("office") or office.group()
    return normal_case(found) if found.isupper() else found


# A university's word in a name: "Cedar Valley University", "Universidad Patagónica de Aysén".
_UNIVERSITY_WORD_RE = re.compile(
    r"\b(?:University|Universit[éyàä]t?|Universidad|Universidade|Universiteit|Universiti)\b"
)


def with_its_university(org: str, text: str) -> str:
    """ "Faculty of Forest Sciences" as "Faculty of Forest Sciences, Universidad
    Patagónica de Aysén" when the text prints it so (a footer's or contact line's
    part): a faculty or school is issued as a body within its university."""
    if not re.match(r"(?:Faculty|School|College)\s+of\s", org) or "," in org:
        return org
    for m in re.finditer(
        # (a full stop ends it, not a saint's: "University of St. Andrews")
        rf"\b{re.escape(org)},[^\S\n]+(?P<uni>[{UPPER}][^,|·•\n]{{2,80}}?)[^\S\n]*"
        r"(?=[,|·•\n]|(?<!\bSt)(?<!\bMt)\.(?:\s|$)|$)",
        text,
    ):
        if _UNIVERSITY_WORD_RE.search(m["uni"]) and not re.search(r"\d", m["uni"]):
            return f"{org}, {m['uni']}"
    return org


def with_its_ministry(org: str, text: str) -> str:
    """ "Minister of Transport and Ports" as "Ministry of Transport and Ports" when the
    text prints the portfolio's ministry or department as a body of its own: a line
    alone or opening a footer's line ("Ministry of X | 6 Trafalgar Road", "(c) 2025
    Ministry of X."), or after "Issued by the". The minister speaks; the ministry
    issues. Not the department a sentence mentions ("managed by the Department of
    Finance through a tender")."""
    subject = _PORTFOLIO_SUBJECT_RE.search(org) if _PORTFOLIO_WORD_RE.match(org) else None
    if not subject:
        return org
    body = re.search(
        r"(?im)^[^\S\n]*(?:(?:issued|released|published)\s+by\s+the\s+|"
        r"(?:\(c\)|©|copyright)[^\S\n]*(?:\d{4}[^\S\n]+)?)?"
        rf"(?P<body>(?:Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?{re.escape(subject['subject'])})"
        # (alone, or before its address or the copyright's rest: not a table's row,
        # "Department of Finance – $0.9 billion", nor "Ministry of Health. Monthly Report")
        r"[^\S\n]*(?:$|[|•·]|,[^\S\n]*\d|\.[^\S\n]*All\s+rights)",
        text,
    )
    if not body:
        return org
    return normal_case(body["body"]) if body["body"].isupper() else body["body"]


_CAPITALISED_BEFORE_RE = re.compile(
    rf"(?<![\w.])(?!(?:The|A|An|Our|This|Its|Their|His|Her)\b)[{UPPER}][\w.]*[^\S\n]+\Z"
)
# "Minister for Justice", "Cabinet Secretary of Water and Sanitation": what the portfolio is of.
_PORTFOLIO_SUBJECT_RE = re.compile(r"\b(?:for|of)\s+(?:the\s+)?(?P<subject>[A-Z][^\n]*)$")


def _portfolio(text: str, head_end: int, speaker: str | None) -> str | None:
    if not speaker or not _PORTFOLIO_WORD_RE.search(text, 0, head_end):
        return None
    last = re.escape(names.surname(speaker))
    first = re.escape(speaker.split()[0])
    for m in _PORTFOLIO_IN_TEXT_RE.finditer(text, 0, head_end):
        # "Shadow Minister for Defence Kieran McAlister said": the portfolio ends
        # where the speaker's name begins.
        # (the name may run past the portfolio's five words: "... and Heritage Ġużeppi
        # Abela" of "Ġużeppi Abela Żerafa", "... and Water Mr Teo Wei" of "Teo Wei Ming")
        named = re.search(
            rf"\s(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?{first}(?:\s+(?:[\w.'’-]+\s+){{0,2}}?{last}\b|\s[^\s]+$|$)",
            m["org"],
        )
        if named and first != last:
            own = m["org"][: named.start()]
            before = text[max(0, m.start() - 12) : m.start()]
            former = re.search(r"(?i)\b(?:former|ex|then)[\s-]+$", before)
            portfolio_words = re.split(r"\s(?:for|of)\s", own, maxsplit=1)[-1].split()
            if not former and not any(names.is_title(w) for w in portfolio_words):
                return own
            continue
        after = text[m.end() : m.end() + 60]
        before = text[max(0, m.start() - 80) : m.start()]
        if re.match(
            rf"[\s,]+(?:(?:the\s+)?Hon\.?\s+|Dr\.?\s+|Mr\.?\s+|Ms\.?\s+)?(?:[\w'’-]+\s+){{0,2}}{last}\b",
            after,
        ) or re.search(rf"\b{last},\s+(?:the\s+)?$", before):
            return m["org"]
    return None


# "Press Office, Department of the Marine", "Source: Cabinet de la mairesse",
# "Contact: Press Office, Office of the Mayor, (619) 555-0100": the body whose
# press office issues the release, printed at its foot.
# ("Issued by the press office of the North Sea Skills Council, Union Row, Aberdeen.": the
# label runs into the body, no separator between)
_PUBLISHER = r"(?:publisher|herausgeber|[ée]diteur|editore)"
# "Publisher / Herausgeber / Éditeur:" on a line of its own, the body on the next: a
# federal page's field naming its issuer (the colon optional; a page's blank line may
# stand between).
_PUBLISHER_RE = re.compile(
    rf"(?im)^[^\S\n]*{_PUBLISHER}(?:[^\S\n]*/[^\S\n]*{_PUBLISHER})*[^\S\n]*:?[^\S\n]*\n"
    r"(?:[^\S\n]*\n)?[^\S\n]*(?P<rest>[^\n]{3,160})$"
)


def publisher_body(text: str) -> str | None:
    """The body a page's "Publisher" field names ("Publisher" / "Federal Office for
    Alpine Hazards"), over the site's banner ("Swiss Federal Administration")."""
    found = _PUBLISHER_RE.search(text)
    return _body_in(found["rest"]) if found else None


_FOOTER_RE = re.compile(
    r"(?im)^\s*(?:(?:press\s+offices?|media\s+(?:office|relations|contact)s?|news\s+office|"
    r"source|issued\s+by|contact|quelle|kontakt|herausgeber)\s*[:,–—-]"
    r"|(?:issued|published|released)\s+by\s+(?:the\s+)?"
    r"(?=(?:press|media|communications?)\s+(?:office|team|department|unit)\s+of\s))"
    r"\s*(?P<rest>[^\n]{3,160})$"
)
# "Issued by the WHO Regional Office for the Eastern Mediterranean, Cairo",
# "Issued by: Faculty of Health Sciences, ...": the issuer named as such at the foot.
# "Transcript published by the Office of the Minister for X.", "Shared by the Office
# of X, MP", "Distributed by the office of X MP".
_ISSUED_BY_RE = re.compile(
    r"(?im)^[^\S\n]*(?:(?:this\s+)?(?:transcript|statement|release|speech|text)\s+(?:is\s+|was\s+)?"
    r"(?:issued|published|shared|released|distributed)|issued|(?:shared|distributed|published)"
    r"(?=\s+by\s+the\s+office\s+of\s))\s+by\s*:?\s*(?:the\s+)?(?P<rest>[^\n]{3,160})$"
)
# A member's office at the foot, with its address: "Office of Congressman Wendell P.
# Ashgrove | 1127 Longworth House Office Building | Washington, DC 20515", or on a
# line of its own.
_FOOTER_OFFICE_RE = re.compile(
    r"(?m)^[^\S\n]*(?P<office>Office\s+of\s+(?:the\s+)?(?:U\.S\.\s+)?(?:Congress(?:wo)?man|"
    r"Congressmember|Senator|Representative|Rep\.|Assembly(?:wo)?man|Assemblymember|Delegate|"
    r"Councilmember|Councillor|Mayor|Governor|State\s+(?:Senator|Representative))[^\S\n]+"
    rf"[{UPPER}][\w.'’‐-]*(?:[^\S\n]+(?:[{UPPER}][\w.'’‐-]*|{names.PARTICLE}\b)){{0,5}}"
    # ... or a minister's, by the portfolio: "Office of the Minister for Water Security"
    r"|Office\s+of\s+the\s+(?:(?:Deputy\s+)?Prime\s+Minister|Premier|Treasurer|Chief\s+Minister|"
    rf"Minister\s+(?:for|of)\s+[{UPPER}][\w'’-]*(?:[^\S\n]+(?:and[^\S\n]+)?[{UPPER}][\w'’-]*){{0,5}}))"
    # its address beside it ("| 1127 Longworth ...", "· Bangor District Office"), or
    # the line to itself over its address, offices or date ("Office of U.S. Senator X"
    # / "Washington, DC | Albuquerque"), not a related release's headline
    r"[^\S\n]*(?:[|·•]|$(?=\n[^\S\n]*[^\n]*(?:\d|[|·•])))"
)
# "Media release – University of Coralbay", "Pressemitteilung / Press release – X".
_RELEASE_HEADER_RE = re.compile(
    r"(?im)^\s*(?:[\w/ ]*\b(?:release|statement|pressemitteilung|medienmitteilung|"
    r"communiqué)\b[\w/ ]*)\s+[–—-]\s+(?P<rest>[^\n]{3,120})$"
)
_MEMBERS_OFFICE_CONTACT_RE = re.compile(
    r"(?im)^[^\S\n]*(?:media[^\S\n]+|press[^\S\n]+)?contacts?[^\S\n]*:[^\S\n]*(?P<office>Office[^\S\n]+"
    rf"of[^\S\n]+(?:U\.S\.[^\S\n]+|State[^\S\n]+)?Senator(?:[^\S\n]+[{UPPER}][\w'’.‐-]*){{1,4}})"
    r"[^\S\n]*$"
)
# A newsletter's masthead: "Staff & stakeholder newsletter of Kestrel Water Services Ltd".
_NEWSLETTER_OF_RE = re.compile(
    r"(?im)^[^\n]{0,40}\b(?:newsletter|bulletin)\s+of\s+(?:the\s+)?(?P<rest>[^\n]{3,100})$"
)
# The press office inside a body: "Service de presse du Département de la santé".
_PRESS_DESK_RE = re.compile(
    r"(?i)^(?:press|media|news|communications?)(?:\s+(?:and|&)\s+(?:communications?|information|"
    r"public\s+affairs))?\s+(?:office|desk|team|unit)s?(?:\s+(?:of|at)\s+(?:the\s+)?)?"
    r"|^(?:service|bureau)\s+de\s+presse\s+(?:du|de\s+la|de\s+l['’]|des)\s*"
    r"|^(?:pressestelle|medienstelle)\s+(?:des|der)\s+"
)


_TRAILING_BRACKETS_RE = re.compile(r"\s*\([^()]*\)\.?$")


# "Ministry of Water, Sanitation and Irrigation", "Ministry of Tourism, Culture, Arts
# and Sport": the trades a body is "of", listed with commas, are one name.
# ("Department of Economic Affairs, Education and Research": a trade of two words)
_OF_TRADE_END_RE = re.compile(
    rf"\b(?:of|for)\s+(?:the\s+)?[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*)?$"
)
_TRADE_RE = re.compile(rf"^[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,3}}$")
_LAST_TRADES_RE = re.compile(
    rf"^[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,3}}\s+(?:and|&)\s+(?:the\s+)?"
    rf"[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,3}}$"
)


def _footer_parts(rest: str) -> list[str]:
    """A footer line's parts between commas, semicolons and bars, with a body's
    listed trades kept in its name."""
    pieces = re.split(r"\s*([,;|])\s*", rest)
    parts, separators = pieces[::2], pieces[1::2]
    out: list[str] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        if _OF_TRADE_END_RE.search(part):
            j = i + 1
            while j < len(parts) and separators[j - 1] == "," and _TRADE_RE.match(parts[j]):
                j += 1  # "Culture", of "Tourism, Culture, Arts and Sport"
            if j < len(parts) and separators[j - 1] == "," and _LAST_TRADES_RE.match(parts[j]):
                part = ", ".join(parts[i : j + 1])
                i = j
        if (
            i + 1 < len(parts)
            and separators[i] == ","
            and _TRADE_RE.match(part)
            and _TRADES_AND_COUNTRY_RE.match(parts[i + 1])
        ):
            # "Housing, Infrastructure and Communities Canada": a department named for its
            # trades and its country
            part = f"{part}, {parts[i + 1]}"
            i += 1
        if out and separators[i - 1] == "," and _POST_NOMINALS_RE.fullmatch(part):
            out[-1] = f"{out[-1]}, {part}"  # "Office of Darnell Price, MP": the member's
        else:
            out.append(part)
        i += 1
    return out


_TRADES_AND_COUNTRY_RE = re.compile(
    rf"^[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*)?\s+(?:and|&)\s+[{UPPER}][\w'’-]*"
    rf"(?:\s+[{UPPER}][\w'’-]*){{0,2}}?\s+(?:Canada|Australia)$"
)
_POST_NOMINALS_RE = re.compile(
    r"(?:MP|MSP|MS|AM|MLA|MPP|MHA|MHK|TD|MEP|QC|KC)(?:\s+(?:MP|QC|KC))?(?:\s*\([^()]{2,30}\))?"
)


def _body_in(rest: str) -> str | None:
    """The first comma-separated part of a footer or header line that is a body."""
    for part in _footer_parts(rest):
        part = _PRESS_DESK_RE.sub("", part.strip()).strip()
        part = _TRAILING_BRACKETS_RE.sub("", part)  # "... Chamber of Crafts (Handwerkskammer X)"
        if not part[:1].isupper() or "@" in part or re.search(r"\d{3}", part):
            continue
        if re.search(r"\s(?:is|are|was|has|have|will)\s", f" {part} "):
            continue  # "Inc. is voluntarily recalling ...": the lead's sentence, not a body
        body = _valid(part)
        if body and len(body.split()) > 1:
            return body
    return None


# A body's press or communications unit, which issues for it: "Public Affairs
# Directorate", "Adran Gyfathrebu / Communications Department".
_PRESS_UNIT_RE = re.compile(
    r"(?i)\b(?:communications?|press|media|public\s+(?:relations|affairs)|information|"
    r"corporate\s+affairs)\b"
    r"[\w\s/&]{0,30}?\b(?:office|unit|team|department|division|directorate|section|bureau|desk|"
    r"cent(?:re|er))\b"
    # (in Romance languages the kind comes first: "Direcção de Comunicação e Imagem",
    # "Gabinete de Imprensa", "Service de presse", "Oficina de Prensa")
    r"|\b(?:direc?[cç][aã]o|direcci[oó]n|gabinete|oficina|servi[cç]o|servicio|service|"
    r"ufficio|departamento|d[eé]partement)\s+(?:de\s+|du\s+|des\s+|della\s+|stampa\b)?"
    r"(?:comunica[cç](?:[aã]o|[oõ]es)|comunicaci(?:[oó]n|ones)|communications?|comunicazion[ei]|"
    r"imprensa|prensa|presse|"
    r"stampa)\b[\w\s/&]{0,30}$"
)
_PRESS_UNIT_END_RE = re.compile(
    r"(?i)\s+(?:press|media|communications?)\s+(?:office|team|unit|department)s?$"
)


_UNIT_OF_RE = re.compile(r"(?:Faculty|School|Institute|Centre|Center)\s+of\s+[A-Z][\w ,&'’-]{2,60}")


def _a_press_unit(phrase: str) -> bool:
    """ "Corporate Communications Department", "Communications Division": a press unit
    by its own name (not "Ministry of Information, Communications and Technology")."""
    unit = _PRESS_UNIT_RE.search(phrase)
    # (five words: "Direcção de Comunicação e Imagem"; six when the kind comes first, as in
    # Romance languages: "Oficina de Comunicaciones e Imagen Institucional")
    limit = 6 if _ROMANCE_UNIT_FIRST_RE.match(phrase) else 5
    return bool(unit) and unit.end() == len(phrase) and len(phrase.split()) <= limit


_ROMANCE_UNIT_FIRST_RE = re.compile(
    r"(?i)(?:direc?[cç][aã]o|direcci[oó]n|gabinete|oficina|servi[cç]o|servicio|ufficio|"
    r"departamento)\s"
)


# A press unit named first by its kind: "Office of (University) Communications",
# "Directorate of Information and Communication", "Division of Public Affairs".
_UNIT_OF_PRESS_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:office|directorate|division|unit|bureau)\s+of\s+(?:university\s+|"
    r"corporate\s+|public\s+|strategic\s+|marketing\s+and\s+)?(?:communications?|information|media|"
    r"press|affairs|relations)(?:\s+(?:and|&)\s+(?:communications?|information|protocol|"
    r"public\s+affairs|marketing|media))?$"
)


def press_unit_of_its_body(org: str, text: str) -> bool:
    """ "Office of University Communications": the unit that writes a body's releases,
    never the body (which a later cue names); so is "Corporate Communications Department",
    "Police Media Centre", unless it heads the page ("PUBLIC INFORMATION BUREAU /
    Government of Barbados": a government's own press service issues it)."""
    org = org.strip()
    if _UNIT_OF_PRESS_RE.match(org):
        return True
    return _a_press_unit(org) and not _heads_the_page(org, text)


def _heads_the_page(org: str, text: str) -> bool:
    """Whether ``org`` is printed on one of the page's first lines with only a release's
    label or a skip link over it ("FOR IMMEDIATE RELEASE" / "PUBLIC INFORMATION BUREAU" /
    "Government of X"), not under another body's line."""
    for line in text[:400].split("\n")[:6]:
        line = line.strip()
        if line.casefold() == org.casefold():
            return True
        if line and not _PAGE_LABEL_RE.match(line):
            return False  # (a body's line over it: "DEFENSORÍA DE LOS HABITANTES")
    return False


_PAGE_LABEL_RE = re.compile(
    rf"(?i)^(?:{RELEASE_LABEL}|skip\s+to\s+(?:the\s+)?(?:main\s+)?content)\W*$"
)


def without_its_press_unit(org: str) -> str:
    """ "Office of the Judiciary, Communications Division": the body, not its unit;
    "Management Board of Rheintal Kabelwerke AG": the company, not its board."""
    body, comma, unit = org.rpartition(", ")
    if comma and _a_press_unit(unit):
        return body
    dashed = _AFTER_A_DASH_RE.match(org)
    if dashed and _a_press_unit(f"{dashed['rest']} Department"):
        return dashed["body"]  # "Haldenwerk Group SE – Corporate Communications"
    # "Group Corporate Communications, Tasik Perdana Energy Berhad": the unit first (but a
    # government's own directorate issues its releases: "Directorate of Public Relations,
    # Government of the Punjab")
    unit, comma, body = org.partition(", ")
    if (
        comma
        and len(unit.split()) >= 2  # (not "Media, Entertainment & Arts Alliance")
        and _a_press_unit(unit + " Department")
        and not _GOVERNMENT_RE.match(body)
        and specific(body)
        and _valid(body)
    ):
        return body
    board = _COMPANY_BOARD_RE.match(org)
    if board and board["company"].split()[-1].strip(".,").lower() in LEGAL_FORMS:
        return board["company"]
    return org


_COMPANY_BOARD_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:management|supervisory|executive)\s+board|board\s+of\s+directors)"
    r"\s+of\s+(?:the\s+)?(?P<company>.+)$"
)


def _bodies_in(rest: str) -> str | None:
    """The bodies an "Issued by" line names before anything else: "Faculty of Health
    Sciences, University of the Highveld" (a body within a body), not its city."""
    bodies = []
    for part in _footer_parts(rest.strip(" .")):
        part = _PRESS_DESK_RE.sub("", part.strip()).strip()
        part = _PRESS_UNIT_END_RE.sub("", part)  # "Harrowdale County Council Communications Team"
        part = _TRAILING_BRACKETS_RE.sub("", part)  # "Empresa Nacional ... S.A. (ENALINOR)"
        if (not part or _PRESS_UNIT_RE.search(part)) and not bodies:
            continue  # "Public Relations Unit, Ministry of ...": the ministry's
        # (a faculty or school within its university, which is the body's next part)
        body = (
            (_valid(part) or (_UNIT_OF_RE.fullmatch(part) and part)) if part[:1].isupper() else None
        )
        if not body or len(body.split()) < 2:
            break
        bodies.append(body)
    return ", ".join(bodies) or None


# A closing contact block's heading, alone on its line: "For more information:",
# "Media contact", "Media enquiries:".
_CONTACT_HEADING_RE = re.compile(
    r"(?im)^[^\S\n]*(?:for (?:more|further) information|media (?:contacts?|enquiries|"
    r"inquiries)|press contacts?|contacts?)[^\S\n]*:?[^\S\n]*$"
)


# A body's collective organ signing at the foot: "Board of the Estonian Community
# Pharmacists' Union" / "Tallinn", "The Executive Committee of the X Federation".
_COLLECTIVE_SIGNATURE_RE = re.compile(
    r"^(?:the\s+)?(?:board|executive\s+board|executive\s+committee|management\s+board|"
    r"council|presidium|bureau|secretariat|governing\s+board)\s+of\s+(?:the\s+)?"
    rf"(?P<body>[{UPPER}][^\n]{{3,100}})$",
    re.IGNORECASE,
)


def collective_signature_body(text: str) -> str | None:
    """The body whose board or committee signs the text as its last line, or over a
    last line of its town or date: a statement of the body itself."""
    lines = [line.strip() for line in text[-400:].split("\n") if line.strip()]
    for line in lines[-2:]:
        # (a name, not a sentence: "Board of Directors, X", "Trustees of X meets next ...")
        signed = _COLLECTIVE_SIGNATURE_RE.match(line) if not line.endswith(".") else None
        named = signed["body"] if signed else ""
        body = _valid(named) if named and not _OFFICERS_RE.match(named) else None
        if body and body == named and specific(body) and _names_only(body):
            return body
    return None


_OFFICERS_RE = re.compile(r"(?i)(?:directors|trustees|governors|management)\b")


def _names_only(body: str) -> bool:
    """Every word of a body's name capitalised or a small word ("... of the X Union")."""
    return all(w[:1].isupper() or w in _JOINING_WORDS for w in body.split())


# A picture's alt text at the top of a page: "[Image: Corpopáramo – Boyacá Páramo
# Conservation Corporation]", the body's logo.
_NOT_THE_ISSUER_RE = re.compile(r"(?i)(?:logos|funded|supported|co-?funded|in\s+partnership)\b")
_LOGO_OF_RE = re.compile(r"(?i)^(?:the\s+)?(?:logo|emblem|crest|seal)\s+of\s+(?:the\s+)?")
_IMAGE_ALT_RE = re.compile(r"(?i)^\[(?:image|img|logo|picture)\s*:\s*(?P<alt>[^\]\n]{3,140})\]$")


def logo_alt_body(printed: Layout) -> str | None:
    """The body a logo's alt text names over the headline, whatever its words."""
    headline = printed.headline
    for part in printed.all("photo"):
        if headline is not None and part.start > headline.start:
            break
        alt = _IMAGE_ALT_RE.match(part.text.strip())
        for piece in _LETTERHEAD_SEPARATOR_RE.split(alt["alt"]) if alt else ():
            named = _LOGO_OF_RE.sub("", piece.strip())  # ("Logo of the X Secretariat")
            # (a body's name, not a funder's line or partners': "Funded by the European
            # Union", "Logos of X and Y")
            body = (
                _valid(named)
                if organization_line(named) and not _NOT_THE_ISSUER_RE.match(named)
                else None
            )
            if body and body == named and specific(body):
                return body
    return None


def signature_body(text: str) -> str | None:
    """The body under a signer's role at the text's foot ("Superintendent" /
    "Cedar Hollow School District", "Principal Secretary," / "State Department
    for Fisheries and the Blue Economy."): whose statement or letter it is."""
    tail = text[-500:]
    lines = [line.strip() for line in tail.split("\n") if line.strip()]
    body = _body_under_a_role(lines[-8:])
    # (the costly checks last, for the few texts with a candidate)
    if body is None or _NOT_A_SIGNATURE_RE.search(tail):
        return None  # copies, witnesses, a schedule: lists of others' roles and bodies
    signers = [
        line for line in lines[-12:] if person_name(line.split(",")[0]) or titled_names(line)
    ]
    return body if len(signers) <= 1 else None  # (several signers: whose body is it?)


def _body_under_a_role(lines: list[str]) -> str | None:
    """The body's line right under a line opening with a title, in a block that ends
    the text (before a media contact's lines, not under "ENDS")."""
    ends = [i for i, line in enumerate(lines) if _END_MARK_RE.match(line)]
    for i, (role, line) in enumerate(itertools.pairwise(lines)):
        if any(len(after.split()) > 15 for after in lines[i + 2 :]):
            continue  # (a block the text goes on after is no signature)
        if (ends and ends[0] < i) or _PRESS_ROLE_RE.search(role):
            continue  # a media contact under "ENDS", or by their press role
        body = line.rstrip(".,;")
        words = role.replace(",", " ").split()
        if not (
            0 < len(words) <= 12
            and any(names.is_title(w) for w in words[:2])
            and 2 <= len(body.split()) <= 10
            and "," not in body
            and not names.is_title(body.split()[0])  # "Member of Congress": a role
            # (nor "Senate Democratic Leader", "Director Mary Bomar", a street's number)
            and not names.is_title(body.split()[-1])
            and not names.is_title(" ".join(body.split()[-2:]))
            and not names.titled_re().search(body)
            and not body[:1].isdigit()
            and not _CONTACT_HEADING_RE.match(role)
        ):
            continue
        if _valid(body) == body or _sender_body(body):
            return body
        if (
            name_like(body)
            and not person_name(body)
            and not _all_places(body)
            and body.split()[-1] not in wordlists.venue_word_set()  # "State Capitol Rotunda"
        ):
            return body
    return None


_NOT_A_SIGNATURE_RE = re.compile(
    r"(?im)^[^\S\n]*(?:cc|bcc|copy|copies(?:\s+to)?|witness(?:es)?|who|where|when|to|attn|"
    r"attention|(?:keynote\s+)?speakers?|panel(?:lists)?|photo|credit)[^\S\n]*:"
    r"|^[^\S\n]*\d{1,2}:\d\d[^\S\n]*[ap]\.?m\b"
)
_END_MARK_RE = re.compile(
    r"(?i)^(?:[-–—*#\s]*(?:ends?|end of (?:release|statement))[-–—*#\s]*|#{3}|-\s*30\s*-)$"
)
_PRESS_ROLE_RE = re.compile(
    r"(?i)\b(?:communications?|media|press|public affairs|public information)\b"
)


def _all_places(phrase: str) -> bool:
    places = wordlists.place_names()
    return phrase.lower() in places or all(w.lower() in places for w in phrase.split())


def contact_block_body(text: str) -> str | None:
    """The body under a closing contact heading ("For more information:" / a name /
    a role / "Kauaeranga Catchment Restoration Trust"): a last resort, since a
    contact may work for an agency rather than the issuer."""
    heading = _CONTACT_HEADING_RE.search(text, max(0, len(text) - 800))
    if heading is None:
        return None
    for line in text[heading.end() :].lstrip("\n").split("\n")[:5]:
        if not line.strip():
            break
        body = _body_in(line)
        if body and _ends_with_org_word(body):
            return body
    return None


# A newswire's last line names the client that issued the release: "SOURCE Navegação
# Costeira de Angola, E.P." (PR Newswire's; not a footer's "Source: Press Office, X").
_WIRE_SOURCE_RE = re.compile(
    rf"(?m)^[^\S\n]*SOURCE[^\S\n]+(?P<body>[{UPPER}][^\n@]{{2,120}}?)[^\S\n]*$"
)


def wire_source(text: str) -> str | None:
    """The body a newswire's "SOURCE" line at the foot names, whatever its words, in a
    release the wire dated ("LUANDA, 4 March 2025 /PRNewswire/ --"), or the wire's
    time line over the release ("January 22, 2024 07:00 GMT | Source: Hafgló hf.")."""
    stamped = _SOURCE_ON_TIME_LINE_RE.search(text, 0, 1500)
    if stamped and not re.search(r"\d{3}|https?:|www\.", stamped["body"]):
        return stamped["body"]
    if not _WIRE_MARK_RE.search(text, 0, 3000):
        return None  # ("SOURCE Labour Force, Australia" under a table is no client)
    m = _WIRE_SOURCE_RE.search(text, max(0, len(text) - 500))
    body = m["body"] if m else None
    if not body or re.search(r"\d{3}|https?:|www\.|:", body) or len(body.split()) > 12:
        return None
    return body


_SOURCE_ON_TIME_LINE_RE = re.compile(
    r"(?m)^[^\S\n]*[^\n|]{0,40}\b(?:19|20)\d\d[^\n|]{0,30}\|[^\S\n]*Source:[^\S\n]*"
    r"(?P<body>[^\s|][^\n|]{1,80}?)[^\S\n]*$"
)
# (Canada's wire: "HALIFAX, NS, Jan. 14, 2025 /CNW/ -")
_WIRE_MARK_RE = re.compile(
    r"/\s*(?:PRNewswire|PRN|GLOBE NEWSWIRE|Business Wire|CNW|Canada NewsWire)[^/\n]{0,20}/"
)


def issuing_body(text: str) -> str | None:
    """The body a release's header or footer says issues it, or None."""
    for header_re in (_RELEASE_HEADER_RE, _NEWSLETTER_OF_RE):
        header = header_re.search(text, 0, min(len(text), 300))
        body = _body_in(header["rest"]) if header else None
        if body:
            return body
    # "Contact: Office of U.S. Senator Calvin Reddick" over the press secretary's line
    member = _MEMBERS_OFFICE_CONTACT_RE.search(text, 0, min(len(text), 600))
    if member:
        return " ".join(member["office"].split())
    return _footer_body(text)


# A page's or a mail's "From:" line names who issues it: GOV.UK's "From: Department
# for Transport and The Rt Hon X MP", Canada.ca's "From: Fisheries and Oceans
# Canada", a mail's 'From: "Lowmoor Community Pantry" <press@lowmoor.example>'.
_FROM_LINE_RE = re.compile(
    r"(?im)^[^\S\n]*from[^\S\n]*:(?:[^\S\n]*\n)?[^\S\n]*(?P<rest>[^\n]{3,200})$"
)
# Where the next issuer of a "From:" list begins: after ";", and before "and" + a
# person ("The Rt Hon X MP", "Priya Halloran MP") or another office.
_NEXT_ISSUER_RE = re.compile(
    r"\s*;\s*|\s+(?:and|&)\s+(?=(?:The\s+)?(?:Rt\.?\s+)?Hon\b|"
    rf"(?:[{UPPER}][\w'’‐-]+\s+){{1,3}}(?:MP|MSP|MS|AM|MLA|TD|MEP)\b|"
    r"(?:Department|Ministry|Office|Prime\s+Minister['’]s\s+Office|Cabinet\s+Office)\b|"
    # ("From: Housing, Infrastructure and Communities Canada and the Government of Nunavut")
    r"(?:the\s+)?Government\s+of\s)"
)
_MAIL_ADDRESS_RE = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>\s*$")


# An agency or a press centre sends what the body issues (see layout.ON_BEHALF).
_ON_BEHALF_RE = re.compile(
    rf"(?im)^[^\S\n]*{ON_BEHALF}(?:the\s+)?(?P<rest>[^\n]{{3,120}}?)"
    # ("Issued on behalf of X by Bramble & Kite Communications": the agency after it)
    r"(?:\s+by\s+[^\n]+)?[\s.]*$"
)


def on_behalf_body(text: str) -> str | None:
    """The body a release's header line says it is sent on behalf of: the line's whole
    rest (not a sentence's "Funds will be distributed on behalf of the Ministry of
    Finance to district offices")."""
    for found in _ON_BEHALF_RE.finditer(text, 0, min(len(text), 1500)):
        body = _body_in(found["rest"])
        if body and body == found["rest"].strip(" ."):
            return body
    return None


def from_line_body(text: str, printed: str | None = None) -> str | None:
    """The first body a "From:" line in the header names: not a person ("From:
    Ellis Varga <...>"), a role or a press unit ("Media Office, X"). The letterhead
    ``printed`` instead when it spells the same body out in full."""
    sender = _from_line_body(text)
    if sender and printed:
        folded, sender_folded = names.fold(printed), names.fold(sender)
        more = folded[len(sender_folded) :] if folded.startswith(sender_folded) else ""
        # "Supreme Court of Appeal" under "SUPREME COURT OF APPEAL OF SOUTH AFRICA"
        if re.match(r" (?:of|for|in) \w", more):
            return printed
    return sender


def _from_line_body(text: str) -> str | None:
    line = _FROM_LINE_RE.search(text, 0, min(len(text), 1200))
    if line is None:
        return None
    rest = _MAIL_ADDRESS_RE.sub("", line["rest"]).strip(" \"'“”")
    for issuer in _NEXT_ISSUER_RE.split(rest):
        for part in _address_kept(_footer_parts(issuer)):
            part = _PRESS_UNIT_END_RE.sub("", _PRESS_DESK_RE.sub("", part.strip()))
            if _sender_body(part) and not _a_press_unit(part):
                return part
    return None


def _address_kept(parts: list[str]) -> list[str]:
    """Comma-separated parts, an address kept with the body before it: GOV.UK's
    "Prime Minister's Office, 10 Downing Street" is one name."""
    out: list[str] = []
    for part in parts:
        if out and part[:1].isdigit():
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def _sender_body(phrase: str) -> bool:
    """Whether a "From:" line's part is a body: a body's word in it ("Wales Office"),
    or a name that ends in a country ("Fisheries and Oceans Canada", "Transport
    Canada"); not people ("Harry Rand and Dick Dunn") or a role ("Cabinet Secretary
    for Transport")."""
    words = phrase.split()
    if len(words) < 2 or not phrase[:1].isupper() or "@" in phrase or re.search(r"\d{3}", phrase):
        return False
    head = re.split(r"\s+(?:of|for|and|&|on)\s+", phrase, maxsplit=1)[0]
    if names.titled_re().match(phrase + " ") or _OFFICE_HOLDER_RE.search(head.split()[-1]):
        return False
    # (a country's name last: a body, where a person's surname would be)
    return _valid(phrase) == phrase or words[-1].lower() in wordlists.place_names()


def _footer_body(text: str) -> str | None:
    """The body a release's footer says issues it ("Issued by: ...", a member's
    office with its address), or None."""
    tail_start = max(0, len(text) - 600)
    office = _FOOTER_OFFICE_RE.search(text, tail_start)
    if office and not any(w.lower() in wordlists.action_verbs() for w in office["office"].split()):
        return office["office"].strip()  # (not "Office of State Senator X Hosts Budget Forum")
    for m in _FOOTER_RE.finditer(text, tail_start):
        body = _body_in(m["rest"])
        if body and _a_press_unit(body):
            # "Issued by: Corporate Communications Department" / "Al Dafna Maritime
            # Services Q.P.S.C.": the body whose unit it is, on the next line.
            under = text[m.end() + 1 :].split("\n", 1)[0]
            body = _body_in(under) or body
        if body:
            return body
    # "Issued by the Ministry of Livestock, Agriculture and Fisheries on 7 September
    # 2024.": the sentence form, without a colon, its date after the body.
    label = _ISSUED_BY_RE.search(text, tail_start)
    if label:
        return _bodies_in(_ISSUED_ON_RE.split(label["rest"], 1)[0])
    return _body_under_its_press_unit(text[tail_start:])


def _body_under_its_press_unit(tail: str) -> str | None:
    """ "Gabinete de Comunicação e Imagem" / "Câmara Municipal do Sal" as a release's last
    lines: the press unit signing off, and the body whose unit it is."""
    lines = [line.strip() for line in tail.rstrip().split("\n")[-3:]]
    for unit, body in itertools.pairwise(lines):
        # (not a labelled line: "Photographs: Media Unit")
        if unit and ":" not in unit and _a_press_unit(unit) and not re.search(r"[\d@:]", body):
            return organization_line(body)
    return None


def body_over_its_address(text: str) -> str | None:
    """A body's name on a line of its own at the foot, its postal address on the next
    ("Delegation of the European Union to the Republic of Tajikistan" / "105A Rudaki
    Avenue, 734001 Dushanbe"): the issuer signing off, as a letterhead would."""
    tail = text[max(0, len(text) - 700) :]
    if _TIME_OF_DAY_RE.search(tail):
        return None  # an advisory's schedule: each event's place with its address
    lines = tail.split("\n")
    found = []
    for line, under in itertools.pairwise(lines):
        # (each line once, as it is reached: a referral above the body's line voids it)
        if _REFERRAL_RE.search(line):
            return None  # "... people are asked to contact the X Trust:": whom readers ask
        if line.rstrip().endswith(":") and _THREE_LOWER_WORDS_RE.search(line):
            return None  # "The exhibition will be held at:", "Donations may be sent to:"
        line, under = line.strip(), under.strip()
        if not line or not under or re.search(r"\d|@|:", line) or len(line.split()) > 14:
            continue
        body = organization_line(line)
        # (not a member's offices listed with their addresses: "Honolulu Office", "St.
        # Paul Office", "Washington, DC Office")
        if body and specific(body) and postal_address(under) and not _PLACE_OFFICE_RE.match(body):
            found.append(body)
    return found[0] if len(found) == 1 else None


_THREE_LOWER_WORDS_RE = re.compile(r"\b[a-z]+\s+[a-z]+\s+[a-z]+\b")
_REFERRAL_RE = re.compile(
    r"\b(?:contact|call|visit|write\s+to|apply\s+to)\s+(?:the|their|your|any)\s"
)
_TIME_OF_DAY_RE = re.compile(r"(?i)\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b")
_PLACE_OFFICE_RE = re.compile(r"^(?!.*\bof\b)(?!.*['’]s\b)[^\n]*\bOffice$")


_ISSUED_ON_RE = re.compile(
    r"(?i)\s+on\s+(?=\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
)


def issuer_among_letterheads(printed: str | None, text: str, head_end: int) -> str | None:
    """Under layered letterheads (an agency under its ministry under its
    government), the one the footer names as the issuer ("Issued by the WHO
    Regional Office for ..."), when it is not the letterhead already chosen."""
    label = _ISSUED_BY_RE.search(text, max(0, len(text) - 600))
    footer = _bodies_in(label["rest"]) if label else None
    if not printed or not footer or names.fold(footer) == names.fold(printed):
        return None
    words = names.fold(footer).split()
    content = [w for w in words if w not in _JOINING_WORDS]
    printed_words = set(names.fold(printed).split())
    if sum(w in printed_words for w in content) >= 0.6 * len(content):
        return None  # the letterhead's body again, or misspelt ("Office of the Prirne Minister")
    assert label is not None  # (a footer was read from it)
    under = names.fold(text[label.end() : label.end() + 200].strip().split("\n", 1)[0])
    if under == names.fold(printed):
        return None  # "Issued by: Office of the Chief Executive Officer" / the body: its own
    header = f" {names.fold(text[:head_end])} "
    shared = any(f" {' '.join(words[i : i + 3])} " in header for i in range(max(0, len(words) - 2)))
    return footer if len(words) >= 3 and shared else None


def signed_off_level(printed: Layout, chosen: str | None, text: str) -> str | None:
    """Under a letterhead of several bodies ("GOVERNMENT OF TUVALU" / "Ministry of X" /
    "Tuvalu Inter-Island Shipping Authority"), the lower one the release signs off as
    ("Issued by: / Information Section / Department of X", "This advisory is issued by
    the Sanma Provincial Command.", its name as the last line): that level issues. Not
    a joint release's other issuer, a press unit, or a body a contact or enquiries
    block sends readers to ("For forecasts, contact: / Meteorological Services")."""
    orgs = [part for part in printed.all("org") if part.value]
    top = next((o for o in orgs if names.fold(o.value or "") == names.fold(chosen or "")), None)
    if top is None or any(_JOINT_LABEL_RE.search(p.text) for p in printed.parts):
        return None
    lines = [names.fold(line.strip()) for line in text[printed.body_start :].split("\n")]
    closing = [line for line in lines if line][-5:]
    stack = {names.fold(o.value or "") for o in orgs}
    for org in reversed(orgs[orgs.index(top) + 1 :]):
        name = names.fold(org.value or "")
        if (
            len(name.split()) >= 2
            and not _PRESS_OFFICE_RE.search(name)
            and not _a_press_unit(org.value or "")
            and not _COMMUNICATIONS_RE.search(name)  # "Dirección de Comunicaciones"
            and _letterhead_lines(printed, top, org)
            and _signs_off_as(name, closing, stack)
        ):
            return org.value
    return None


_COMMUNICATIONS_RE = re.compile(r"(?i)\bcomunica(?:ciones|ções|zioni)\b|\bcommunications?\b")
# A closing line that sends readers somewhere: "For forecasts, contact:", "Media contacts:",
# "Research enquiries:".
_CONTACT_LABEL_RE = re.compile(r"(?i)\b(?:contact|enquir|inquir|media|press|research|information)")


def _signs_off_as(name: str, closing: list[str], stack: set[str]) -> bool:
    """Whether the closing lines (folded) sign the release as ``name``: "issued by (the)
    X" on one line; X as the last line (its town under it) under an "Issued by:" or
    "Signed" label or its press unit, or under no contact's label and no other of the
    letterhead's bodies."""
    issued = re.compile(rf"(?:issued|released|published)\s+by:?\s+(?:the\s+)?{re.escape(name)}\b")
    joined = "\n".join(closing)
    if issued.search(joined):
        return True
    for i, line in enumerate(closing):
        if line != name:
            continue
        after = closing[i + 1 :]
        if len(after) > 1 or (after and (re.search(r"[\d@:]", after[0]) or len(after[0]) > 40)):
            continue  # (only its town under it: "Neiafu")
        above = closing[max(0, i - 2) : i]
        if any(_ISSUED_LABEL_RE.match(a) for a in above):
            return True  # "Issued by:" / "Information Section" / X
        if above and _a_press_unit(above[-1]):
            return True  # "... please contact:" / "Press and Public Information Unit" / X
        # (not under a contacts block: "Media contacts:" / "Ana Reyes, X" / "Joel Tan" / Y)
        labels = [a for a in closing[:i] if a.endswith(":") and _CONTACT_LABEL_RE.search(a)]
        if labels or (above and above[-1] in stack):
            continue
        return True
    return False


_ISSUED_LABEL_RE = re.compile(r"(?:issued|released|published)\s+by\s*:?$|signed:?$")


# A headline's verb after its subject, in the present tense headlines use.
_HEADLINE_VERB_RE = re.compile(r"(?i)^[a-z]+(?:s|es)$")


# Office holders speak for their office: the body a senator's headline makes its
# subject is one they act on ("Senate Energy Committee Approves ..."), not the issuer.
_OFFICE_HOLDER_RE = re.compile(
    r"(?i)\b(?:(?:sen|senator|rep|representative|congress(?:wo)?man|congressmember|delegate|"
    r"assembly(?:wo)?man|assemblymember|mp|mla|mpp|msp|td|minister|premier|governor|mayor|"
    r"council(?:l)?or|cllr|secretary|whip|leader)s?)\b"
)
# A chamber acts on bills; its name heading a headline is no issuer ("U S SENATE APPROVES").
_CHAMBER_RE = re.compile(r"(?i)\b(?:senate|house|congress|parliament)\b")


def headline_subject(
    headline: str | None, speaker: str | None, speaker_titles: Sequence[str] = ()
) -> str | None:
    """The body a headline makes its subject: "Northgate Philharmonic Orchestra
    announces 2024–25 season"; not when an office holder speaks."""
    if not headline or any(_OFFICE_HOLDER_RE.search(t) for t in speaker_titles):
        return None
    company, colon, _ = headline.partition(": ")
    if colon and company.split()[-1].strip(".,").lower() in LEGAL_FORMS and _valid(company):
        return company  # "Donaustadt Energie AG: 55-megawatt river heat pump to ..."
    words = headline.split()
    verbs = wordlists.action_verbs()
    for i in range(1, min(len(words), 10)):
        word = words[i].strip(",:;")
        if word.lower() not in verbs or not _HEADLINE_VERB_RE.match(word):
            continue
        subject = _ARTICLE_RE.sub("", " ".join(words[:i]))
        if subject.split()[-1].lower() in _JOINING_WORDS:
            return None  # "MINISTRY OF WORKS": the verb is part of the name
        body = organization_line(subject)
        if _CHAMBER_RE.search(subject):
            return None
        if body and body == normal_case(subject) and _plain_body(body, speaker):
            return body
        return None  # the first verb ends the subject
    return None


def defined_full_name(org: str, text: str) -> str:
    """A short name as the full name the text defines it by: "HIST" from "The Hanbit
    Institute of Science and Technology (HIST)", "Mạ Xanh" from "Mạ Xanh Agritech
    Joint Stock Company ("Mạ Xanh")". A logo line or a headline often prints the
    short form; the lead spells the body out once."""
    if len(org.split()) > 3 or not any(f"({quote}{org}" in text for quote in ("", '"', "“")):
        return org
    pattern = rf"(?P<org>{_phrase()})\s*\(\s*[\"“]?{re.escape(org)}[\"”]?\s*\)"
    for m in re.finditer(pattern, text[:3000]):
        # (on its own line: "Share Facebook Email\n\nNordlys Institute ... (NIER)")
        spelled = _LEAD_OPENER_RE.sub("", m["org"].rsplit("\n", 1)[-1]).strip()
        # (an acronym's own letters open it: "Österreichische Energieregulierungsbehörde
        # (ÖRE)", though no body's word of ours is in it)
        name = _valid(spelled) or (spelled if _opens_with_initial(spelled, org) else None)
        if name and len(name.split()) > len(org.split()) and specific(name):
            return name
    return org


def under_its_logo_line(org: str, printed: Layout, text: str) -> str:
    """ "United Nations" / "Office for Dryland Restoration": a letterhead that prints the
    body's name over two lines, whole when the text names it so ("The United Nations
    Office for Dryland Restoration today ...")."""
    body = text[printed.body_start :]
    for part, under in itertools.pairwise(printed.parts):
        line = part.text.strip()
        # (the line right over the body's own line: not a headline before the text)
        over_the_body = under.kind == "org" and (under.value or "").endswith(org)
        named = (
            re.search(rf"(?i)\b{re.escape(line)}[^\S\n]+{re.escape(org)}\b", body)
            if part.kind == "headline" and 1 <= len(line.split()) <= 3 and over_the_body
            else None
        )
        if named:
            return " ".join(named.group().split())  # as the text spells it
    return org


def _opens_with_initial(name: str, acronym: str) -> bool:
    return acronym.isupper() and len(name.split()) >= 2 and name[:1] == acronym[:1]


def specific(org: str | None) -> bool:
    """Whether ``org`` names one body, not a generic word alone ("Office", "Government")."""
    if not org:
        return False
    words = org.split()
    return len(words) > 1 or words[0].strip(".,") not in _org_words()


def about_section(text: str) -> str | None:
    """The company an "About X" boilerplate section describes, a last resort; "About
    the X" only for a body's name of two words or more, while no "About the ..." section
    before it was a law's or a programme's ("About the MOVE Act", then its partners')."""
    skipped = False
    for about in _ABOUT_RE.finditer(text):
        if site_menu(about.group()):  # "About Issues Services Newsroom Contact"
            continue
        org = about["org"].strip()
        if not about["the"]:
            return org
        head = org.split(" and the ")[0].split()
        if skipped or len(head) < 2 or head[-1].lower() in _NOT_A_BODYS_HEAD:
            skipped = True  # "About the Author", "About the Programme"
            continue
        return org
    return None


_NOT_A_BODYS_HEAD = frozenset(
    ["act", "bill", "law", "initiative", "project", "report", "survey",
     "study", "campaign", "award", "awards", "prize", "series", "event", "conference", "summit",
     "festival", "exhibition", "scheme", "strategy", "plan", "data", "figures", "index",
     "research", "case", "investigation", "trial", "book", "film"]
)  # fmt: skip


def find_organization(
    text: str,
    head_end: int,
    lead_start: int,
    speaker: str | None,
    speaker_titles: list[str],
    body_start: int = 0,
) -> str | None:
    """The organisation of the release (see the module docstring); ``body_start``
    is where the body's text begins, after any header lines."""
    if speaker:
        org = _speaker_org(text, head_end, speaker)
        if org:
            return org
    end = min(len(text), lead_start + 600)
    opening = _OPENING_RE.match(text, max(lead_start, body_start), end)
    subject = _lead_subject_regex().match(text, opening.end(), end) if opening else None
    for lead in (subject, _lead_regex().search(text, lead_start, end)):
        if lead and _OBJECT_BEFORE_RE.search(text, max(0, lead.start() - 30), lead.start()):
            continue  # "I am pleased to address the Economic Club of Colorado today"
        org = _valid(_LEAD_OPENER_RE.sub("", lead["org"])) if lead else None
        if org and _plain_body(org, speaker):
            return org
    # "Metro Transit advises customers that ...", "Waterford Regional Water advises":
    # with nobody speaking, the lead's subject of a body's verb is the body, even
    # without a body's word in its name.
    notice = _BODY_NOTICE_RE.match(text, opening.end(), end) if opening else None
    if (
        notice
        and speaker is None
        and not names.is_title(notice["org"].split()[0])
        # "Jane Whitfield advises customers that her bakery ...": a person
        and not _PERSON_AFTER_RE.match(text, notice.end())
    ):
        return _LEAD_OPENER_RE.sub("", notice["org"])
    return None


_PERSON_AFTER_RE = re.compile(r"[^.\n]{0,80}?\b(?:her|his|she|he)\b")
_BODY_NOTICE_RE = re.compile(
    rf"(?!(?:This|That|These|Those|So|But|And|It|We|Our)\b)"
    rf"(?P<org>[{UPPER}][\w'’.&-]*(?:[^\S\n]+(?:(?:of|for|and|the|&)[^\S\n]+){{0,2}}"
    rf"[{UPPER}][\w'’.&-]*){{1,6}})(?:[^\S\n]*\([^()\n]{{1,20}}\))?[^\S\n]+"
    r"(?:advises|informs|notifies|reminds|wishes\s+to\s+(?:advise|inform|notify)|"
    r"has\s+been\s+awarded)\b"
)


# (a numbered statement's first paragraph: "1. The Ministry of Transport ...")
_OPENING_RE = re.compile(r"[\s–—-]*(?:1\.[^\S\n]+)?")
# A body after these is the object of a sentence, not its subject: "to address the
# Economic Club today", "addressed the National Press Club today".
_OBJECT_BEFORE_RE = re.compile(
    r"(?i)\b(?:address(?:ed|es|ing)?|before|to|at|with|from|visit(?:ed|s|ing)?|"
    r"join(?:ed|s|ing)?|thank(?:ed|s)?)[^\S\n]+$"
)
# "Today the Senate ...", "The U.S. Senate ...": words before the body's name.
_LEAD_OPENER_RE = re.compile(
    r"^(?:(?:Today|Yesterday|Tonight|Earlier|Now),?\s+)?(?:the\s+|The\s+)?"
)


def _plain_body(org: str, speaker: str | None) -> bool:
    """A body's name alone: no person (the speaker, "Senator Evan ...") and no
    capitals run from a headline glued on ("FEET WHILE FARMERS ... The Senate")."""
    if speaker and names.fold(names.surname(speaker)) in names.fold(org):
        return False
    words = org.split()
    org_words = _org_words()
    # A title opening the phrase ("Chairman of the ... Committee") or before a
    # name ("... Senator Evan") is a person's, not a body's.
    if names.is_title(words[0]) or any(
        names.is_title(w) and n[:1].isupper() and n.strip(".,") not in org_words
        for w, n in itertools.pairwise(words)
    ):
        return False
    shouting = sum(1 for w in words if len(w) > 3 and w.isupper())
    return not 2 <= shouting < len(words)


def first_line_body(printed: Layout, text: str, people: frozenset[str]) -> str | None:
    """The text's first line over its headline, when nothing else names a body: a
    body-like name of no person the text speaks of ("XUNTA DE GALICIA", "Stadt
    Freiburg im Breisgau", "Centre Hospitalier Régional de la Meuse") is the body
    whose page it is. A last resort: no label, newsletter title ("WASHINGTON
    REPORT"), place, single word ("Tallinn"), lower-case words without a body's word
    ("harlan pruitt"), nor a line that reads as a person's name without a body's sign
    ("María del Carmen Ruiz Soto"; so "Sveriges Riksbank" is missed too)."""
    first = printed.parts[0] if printed.parts else None
    headline = printed.headline
    if not (first and headline and first.kind == "headline" and first.start < headline.start):
        return None
    if text[: first.start].strip():
        return None
    line = first.text.strip()
    words = line.split()
    if not 2 <= len(words) <= 8 or _FIRST_LINE_MARKS_RE.search(line) or has_verb(line):
        return None
    if words[-1].strip("’'").lower() in _PUBLICATION_TAILS or _DOCUMENT_KIND_RE.search(line):
        return None
    if any(names.fold(w.strip(",")) in people for w in words) or _all_places(line):
        return None
    if person_name(line, bare=False) or not _body_like(line, text):
        return None  # "JOHN DOE MP", "Sarah Olney", "Public Safety": no body's name
    if person_name(line) and not _body_like(line, text, by_length=False):
        return None  # "María del Carmen Ruiz Soto": a name's length is no body's sign
    if names.fold(line) == names.fold(headline.text):
        return None  # the headline printed twice
    if line.islower() and not _valid(line.title()):
        return None
    return normal_case(line)


_FIRST_LINE_MARKS_RE = re.compile(r"[.:;?!\"“”(){}\[\]/@]")
# The last word of a newsletter's or column's title, not a body's name.
_PUBLICATION_TAILS = frozenset(
    [
        "report", "quarterly", "minute", "desk", "bulletin", "newsletter", "digest",
        "update", "weekly", "monthly", "review", "journal", "times", "courier",
        "gazette", "herald", "news", "post", "blog", "magazine", "chronicle",
        "debates", "hansard", "transcript", "letter", "notes", "diary", "briefing",
        "edition", "dispatch", "roundup", "insider",
    ]
)  # fmt: skip


def copyright_holder(text: str) -> str | None:
    """The body a page's closing copyright line names ("© 2025 University of
    Strathkelvin, Kelvin Campus, ...", "© NHS Moray and Speyside 2025"): the
    site's owner, who published the release."""
    tail = max(0, len(text) - 1500)
    footer = text[tail:]
    if not any(mark in footer for mark in ("©", "opyright", "(c)", "(C)")):
        return None  # (a plain find first: most releases print no copyright)
    for m in _COPYRIGHT_RE.finditer(text, tail):
        holder = _COPYRIGHT_TAIL_RE.sub("", _PAGE_LINKS_RE.split(m["holder"], 1)[0]).strip(" ,.")
        words = holder.split()
        if (
            1 <= len(words) <= 12
            and holder[:1].isupper()
            and not _ALL_RIGHTS_RE.match(holder)
            and not _all_places(holder)
            # (not a photo's, a map's or the Crown's: "© Tove Rasmussen", "© Photo: X
            # Studio", "© Mapbox", "© Crown copyright")
            and not (person_name(holder) and not _body_like(holder, text))
            and not _NO_HOLDER_RE.search(holder)
            and (len(words) > 1 or text.count(holder) > 1)
            and specific(holder)
        ):
            return holder
    return None


_COPYRIGHT_RE = re.compile(
    # (at a line's start or after a footer's separator; not a photo's "(source ©BFE2016)")
    r"(?m)(?:^|[|·][^\S\n]*)[^\S\n]*(?:©|\bCopyright\b\s*©?|\([cC]\)(?=\s*(?:19|20)\d\d))[^\S\n]*"
    r"(?:(?:19|20)\d\d(?:[^\S\n]*[-–][^\S\n]*(?:19|20)\d\d)?[^\S\n]*)?"
    r"(?P<holder>[^|·\n]{2,100})"
)
# What follows the holder's name: a year, "All rights reserved", its address.
_COPYRIGHT_TAIL_RE = re.compile(
    r"(?i)(?:[.,]?\s+all rights reserved.*|\s+(?:19|20)\d\d\b.*|,\s+.*|(?<!\b[A-Z])\.\s.*)$"
)
# A page's links after the holder, or a photographer after a slash.
_PAGE_LINKS_RE = re.compile(
    r"\s+(?:Privacy|Accessibility|Terms|Cookies?|Contact|Disclaimer|Sitemap|Legal)\b|\s+/\s"
)
_NO_HOLDER_RE = re.compile(r"(?i)^(?:photo|foto|image|picture|map)s?\b|\bcopyright\b|:")
_ALL_RIGHTS_RE = re.compile(r"(?i)^(?:all rights|todos los derechos|tous droits|alle rechte)")


def without_its_acronym(org: str) -> str:
    """ "Federal Office for Water and Glaciers FOWG": a letterhead prints the body's
    short form after its name; the name alone is the body's ("Bundesamt für Energie
    BFE" -> "Bundesamt für Energie"). Only letters that are the name's own initials,
    of every word or of its capitalised ones."""
    dashed = _AFTER_A_DASH_RE.match(org)
    if dashed and re.fullmatch(r"[A-Z]{3,10}", dashed["rest"]) and dashed["rest"][0] == org[0]:
        # "Central de Cooperativas Quinueras del Altiplano – CECOQA": its short form after
        # a dash, of syllables as often as of initials
        return dashed["body"]
    words = org.split()
    if len(words) < 3:
        return org
    last = words[-1].strip("()")
    if not last.isalpha() or len(last) < 2:
        return org
    if len(last) == 2 and last.lower() in LEGAL_FORMS:
        return org  # "Andersson Bygg AB", "Alpine Glass AG": a company's legal form
    every = "".join(w[0] for w in words[:-1] if w[0].isalpha())
    capitalised = "".join(w[0] for w in words[:-1] if w[0].isupper())
    if last.lower() in (every.lower(), capitalised.lower()):
        return " ".join(words[:-1])
    return org


# A body's name, a dash, then what follows it: its unit or its short form.
_AFTER_A_DASH_RE = re.compile(r"^(?P<body>\S.{4,}?)\s+[–—-]\s+(?P<rest>\S[^–—]*)$")
# Letters a scanner confuses: "SHlPPING", "AGRICU1TURE", "C0UNCIL".
_OCR_ALIKE = {"l": "[lI1i]", "i": "[lI1i]", "1": "[lI1i]", "o": "[oO0]", "0": "[oO0]"}
_OCR_DAMAGE_RE = re.compile(r"[A-Za-z][10][A-Za-z]|[A-Z]l[A-Z]")


def with_its_legal_form(org: str, text: str) -> str:
    """ "Bakkefjord Laks" of an "About Bakkefjord Laks" section, the text naming "Bakkefjord
    Laks AS": the company's name with the legal form the text gives it."""
    words = org.split()
    if not words or words[-1].strip(".,").lower() in LEGAL_FORMS:
        return org
    # (the form ends the name: not "Prairie Grain AG Services")
    found = re.search(
        rf"(?<!\w){re.escape(org)}\s+(?P<form>[{UPPER}][\w/]{{1,5}})\.?(?![\w/-])(?!\s+[{UPPER}])",
        text,
    )
    form = found["form"] if found else ""
    initials = "".join(w[0] for w in words if w[:1].isupper())
    # (a company's form, not the body's initials: "American Shareholders Association ASA")
    # (nor "Co", of a co-chair or a county)
    if form.lower() not in LEGAL_FORMS or form.lower() == "co" or form == initials:
        return org
    return f"{org} {form}"


def as_the_text_spells_it(org: str, text: str, body_start: int) -> str:
    """A body's name printed in capitals or scanned with damage ("KERALA STATE COASTAL
    SHlPPING CORPORATION LTD.", "Ministry of Agricu1ture") as the body's text spells
    it in mixed case ("The Kerala State Coastal Shipping Corporation Ltd. (KSCSC)")."""
    letters = [c for c in org if c.isalpha()]
    shouting = sum(c.isupper() for c in letters) > 0.8 * len(letters)
    # (one word in capitals is a house style: "UNICEF", not "Unicef")
    if not letters or not ((shouting and " " in org.strip()) or _OCR_DAMAGE_RE.search(org)):
        return org
    pattern = "".join(
        _OCR_ALIKE.get(c.lower(), r"\s+" if c.isspace() else re.escape(c)) for c in org
    )
    for m in re.finditer(rf"(?i)(?<!\w){pattern}(?!\w)", text[body_start:]):
        spelled = m.group()
        mixed = spelled[0].isupper() and any(c.islower() for c in spelled)
        if mixed and not _OCR_DAMAGE_RE.search(spelled):
            return " ".join(spelled.split())
    return org


def without_scan_damage(org: str) -> str:
    """A body's name with a scan's misread letters put right where the text gives no clean
    spelling: a digit among letters ("C0ldwater", "Counci1", "0ffice") and "rn" read for
    "m" in a body's word ("Governrnent", "Cornmunications")."""
    words = []
    for word in org.split():
        letters = sum(c.isalpha() for c in word)
        if letters >= 3 and _SCANNED_DIGIT_RE.search(word):
            letters_for = _CAPITAL_LETTERS_FOR if word.isupper() else _LETTERS_FOR
            fixed = _SCANNED_DIGIT_RE.sub(lambda m, f=letters_for: f[m.group()], word)
            if fixed[:1] == "o":
                fixed = "O" + fixed[1:]  # ("0ffice": a capital's place)
            # (a digit among letters is a scan's; one at a word's edge only where that
            # makes a body's word: "Counci1", not "Sea1 Ferries", "1Life", "Tier1")
            inside = _SCANNED_INSIDE_RE.search(word)
            if inside or fixed.strip(".,").title() in _org_words() or fixed in _org_words():
                word = fixed
        elif "rn" in word and word not in _org_words():
            word = next((f for f in names.rn_readings(word) if f in _org_words()), word)
        words.append(word)
    return " ".join(words)


_SCANNED_INSIDE_RE = re.compile(r"(?<=[A-Za-z])[01](?=[A-Za-z])")
_LETTERS_FOR = {"0": "o", "1": "l"}
_CAPITAL_LETTERS_FOR = {"0": "O", "1": "L"}
# A 0 or 1 a scan read for a letter: among letters, or ending or opening a word of them
# ("Counci1", "0ffice"; not "G20", "H1N1", "COVID-19": digits of their own).
_SCANNED_DIGIT_RE = re.compile(
    r"(?<=[A-Za-z])[01](?=[A-Za-z])|(?<=[A-Za-z]{2})[01](?=$|[.,’'s]+$)|^[01](?=[A-Za-z]{2})"
)
