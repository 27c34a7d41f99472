"""Who the release speaks for: people named with a title, and the main one.

People are collected from the head of the text: a title and the names after
it ("U.S. Senators Pat Roberts, Blanche Lincoln (D-AR) and Ken Salazar"), a
name and a title after a comma ("Jane Doe, CEO of Acme"), bare attributions
("Akaka said", "said McConnell"), quote attributions, a byline or a
"Statement by ..." line, and the name opening the headline ("Brown
Testifies At ..."). Each person then gathers evidence, weighed in
:func:`choose_speaker`: being the headline's subject or the lead sentence's
agent ("Senator Ruth Amsel today introduced ...") counts most, so a release
that speaks on behalf of someone names them even when another official is
quoted first; otherwise the first official quoted wins, then titles and
attributions decide. People are compared by folded last name and reported
under the fullest form of their name found in the text.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from index.extraction import names, scoring, sentences, wordlists
from index.extraction.layout import (
    FIRST_PERSON_RE,
    LEGAL_FORMS,
    QUOTED_RE,
    Layout,
    Part,
    ends_in_legal_form,
    first_person_voice,
    menu_line,
)
from index.extraction.names import LOWER, NAME_RUN, UPPER, Mention
from index.extraction.quotes import SENTENCE_END_RE, QuoteSpan

_LIST_SEP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)")
# Party and state after a name: "(D-HI)", ", R-Ga.,", "  D IL", "R N D".
_PARTY_RE = re.compile(
    r"(?:\s*\([^()\n]{1,30}\)|,\s*[DRI]-[A-Z][\w.]{0,10}"
    r"|\s+[DRI](?:\s+[A-Z][\w]{0,5}\.?){1,2}(?=[\s,]))"
)
_APPOSITION_RE = re.compile(r",[^,;.\"“”\n]{1,150}?,")
# The end of a party and state set off by commas: "Johnny Isakson, R-Ga.,".
_COMMA_PARTY_END_RE = re.compile(r",\s*[DRI]-[A-Z][\w.]{0,10}$")
# Before a verb's participle: "are stepping up", "have urged".
_AUXILIARIES = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would"])
_LEAD_FILLER = frozenset(
    [
        "today",
        "yesterday",
        "tonight",
        "also",
        "has",
        "have",
        "had",
        "will",
        "was",
        "is",
        "were",
        "would",
        "this",
        "week",
        "on",
        "last",
        "recently",
        "formally",
        "officially",
        "jointly",
        "again",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "morning",
        "afternoon",
        "evening",
        "along",
        "with",
    ]
)
_WORD_RE = re.compile(r"[\w'’-]+")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS_RE = re.compile(r"[A-Za-z]+")
_ADDRESS_RE = re.compile(r"@|://|www\.|\.(?:gov|com|org|net|edu)\b")
#: Bare attributions and word counts are read this far into the text.
_ATTRIBUTION_CHARS = 5000
#: The lead's subject is looked for this far into its first sentence.
_LEAD_CHARS = 150
#: A name this close to the headline's start is its subject ("SEN. DODD ON ...").
_HEADLINE_SUBJECT_ZONE = 40
# Small words inside a title apposition without commas ("Chairman of the ... Committee").
_APPOSITION_SMALL = frozenset({"of", "the", "and", "on", "for"})
# German titles: a single capitalised word after them may be any noun.
_GERMAN_TITLE_RE = re.compile(
    r"^(?:Bundes\w+|Direktor\w*|Präsident\w*|Herr|Frau|Botschafter\w*|National\w+|"
    r"Ständer\w+|Regierungs\w+|Staatssekretär\w*|Professorin)$"
)
# Titles of people whose own office issues releases under their name.
_OFFICE_TITLE_RE = re.compile(
    r"(?i)\b(?:sens?|senator|senators|representative|rep|congress\w*|governor|mayor|minister|premier|"
    r"councill?or|attorney|senador\w*|bundesr\w*|conseill\w*)\b"
)
_PREPOSITIONS = frozenset(
    [
        "to",
        "with",
        "from",
        "by",
        "for",
        "of",
        "at",
        "on",
        "about",
        "against",
        "before",
        "after",
        "among",
        "between",
        "toward",
        "towards",
        "urging",
        "asking",
        "joined",
    ]
)


def _first_letters(words: tuple[str, ...]) -> str:
    """A lookahead for the first letters of ``words``: lets the engine skip other positions."""
    letters = sorted({w[0] for w in words} | {w[0].upper() for w in words})
    return "(?=[" + re.escape("".join(letters)) + "])"


# "By Hon. Akinyi Odhiambo-Were", "SPEECH BY HON. (DR.) JOSEPHINE KAMAU", "H.E. DR. …": the style
# before a byline's name.
# Lower-case words before a title after a name: "X, federal Minister of ...".
_LOWER_RANKS = r"(?:federal|provincial|state|national|regional|deputy|acting|interim)"
# A title's portfolio: " for Coastal and Water Resilience", " of Health".
_PORTFOLIO = r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,4}"
# A date alone on a line under a signature: "14TH MARCH, 2025", "27.05.2024".
_SIGNED_ON = r"(?=[^\n]{4,24}(?:\n|\Z))[\w .,/-]*\b(?:19|20)\d\d\b\.?(?=\s*(?:\n|\Z))"
_STYLE = (
    r"(?:" + names.excellency(r"\s") + r"\s+)?"
    r"(?:(?:[Tt]he|THE)\s+(?=(?:Rt|RT|Right|Hon|HON|Honourable|Honorable|HONOURABLE)\b))?"
    # ("HON" is no style inside "HONOURABLE")
    r"(?:(?:Rt|RT|Right)\.?\s+)?(?:(?:Hon|HON)\b\.?|Honourable|Honorable|HONOURABLE|HONORABLE)?"
    # ("HON. (ENG.) X": an engineer's or architect's title in brackets)
    r"(?:\s*\((?:Dr|DR|Mrs|MRS|Prof|PROF|Eng|ENG|Engr|ENGR|Arch|ARCH)\.?\))?\s*"
)


def _byline_regex(titles: str) -> re.Pattern[str]:
    """A byline ("By Sen. Chuck Hagel", "BY SEN. X", "COMMENTARY WRITTEN BY X")."""
    return re.compile(
        r"(?=[Bb])(?:(?<![\w])|(?<=[a-z]))(?<!Released )(?<!RELEASED )(?<!released )"
        # (not a capitals headline's passive: "DELEGATION OUTRAGED BY DELAY OF DATA")
        rf"(?:By|(?<![A-Z] )BY|(?:(?<=WRITTEN )|(?<=DELIVERED )|(?<=PRESENTED )"
        rf"|(?<=PREPARED )|(?<=ISSUED )|(?<=SUBMITTED ))BY"
        rf"|BY(?=:?\s+{_STYLE}(?:{titles})\s)|(?:^|(?<=\n))by):?\s+"
        rf"{_STYLE}(?:(?:{titles})\s+)?(?P<name>{NAME_RUN}|{names.CAPS_RUN})(?![\w])"
        r"(?!,?\s*(?:[A-Z][\w.]*\s+){0,3}(?:Writer|WRITER|Reporter|Correspondent|Staff|Editor))"
    )


@functools.cache
def _regexes() -> dict[str, re.Pattern[str]]:
    titles = names.titles_regex()
    speech = "|".join(re.escape(w) for w in sorted(wordlists.speech_verbs(), key=len, reverse=True))
    postnominals = "|".join(re.escape(p) for p in sorted(names.POSTNOMINALS, key=len, reverse=True))
    return {
        # The name before a comma and a title: "Jane Doe, CEO of Acme",
        # "Ruth Amsel, the Finance Minister", "Bill Nelson, U.S. Senator from Florida",
        # "Ana Rhys-Pryce MS, Cabinet Secretary" (post-nominals before the comma).
        "name_comma": re.compile(
            rf"(?<![\w])(?P<name>{NAME_RUN})(?:[^\S\n]+(?:{postnominals}))*,\s+(?:the\s+|a\s+|an\s+)?"
            rf"(?:(?:[{UPPER}][\w.'’&-]*|of|for|and|{_LOWER_RANKS})\s+){{0,4}}$"
        ),
        # Bare attributions, quote marks or not: "Akaka said", "said Akaka";
        # a name after an article is a thing ("The Constitution says").
        "speech": re.compile(
            rf"{_first_letters(wordlists.speech_verbs())}(?<![\w])(?:{speech})(?![\w])"
        ),
        "name_before": re.compile(rf"(?<![Tt]he )(?<![\w])(?P<name>{NAME_RUN})\s+(?:also\s+)?$"),
        # The office that issues the release, in page furniture: "from the Office of
        # Senator Bob Corker", "Senator Carl Levin News Release", "United States
        # Senator Gordon Smith Press Room", "Bill Nelson, U.S. Senator from Florida: Media Release".
        "office_of": re.compile(
            r"(?:Office of|OFFICE OF)\s+(?:the\s+|THE\s+)?"
            # ("MEDIA OFFICE OF HON ADEBAYO TUNDE OGUNLEYE": a style for a title)
            rf"(?:(?:{titles}){names.NAME_SPACE}|(?:Hon|HON)\.?{names.NAME_SPACE})+"
            rf"(?P<name>{NAME_RUN}|{names.CAPS_RUN})(?![\w])"
            r"(?!\s+(?:of|OF)\b)"  # "Office of the Mayor / City of Halifax": a place
        ),
        "furniture_after": re.compile(
            r"\s*(?:[,:]?\s*(?:U\.?\s?S\.?\s+Senator\s+from\s+)?[A-Z][A-Za-z]+\s*)?[:\-]?\s*"
            # the day the page was saved: "United States Senator John Thune July 31 2008 Press Releases"
            r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\s+)?"
            r"(?:Press\s+Rel[ea]+ses?|News\s+Releases?|Press\s+Room|Press\s+Office|News\s+Room|"
            r"Media\s+Releases?|PRESS\s+RELEASES?|NEWS\s+RELEASES?)\b"
        ),
        # Who the text is by: "Statement by Minister Ruth Amsel", "Remarks of Senator X",
        # a letter's "Sincerely, Senator Harry Reid", an op-ed's closing
        # "Kay Bailey Hutchison is the senior Senator from Texas".
        "statement_by": re.compile(
            r"(?:Statement|STATEMENT|Remarks|REMARKS|Testimony|TESTIMONY|Speech|SPEECH|Address|"
            r"Comments?|COMMENTS?|Op-[Ee]d|OP-ED|Column|COLUMN|Commentary|COMMENTARY)\s+"
            r"(?:of|by|from|OF|BY|FROM|Of|By|From)\s+"
            # ("Statement from Superintendent Dr. Marisol Ybarra-Keane": titles in a row;
            # "Speech by Minister for Coastal and Water Resilience Mr Gerald Koh": a portfolio)
            rf"{_STYLE}(?:(?:{titles})(?:{_PORTFOLIO}(?=\s+(?:Mr|Mrs|Ms|Dr|Prof)\b))?\s+){{0,2}}"
            rf"(?P<name>{NAME_RUN}|{names.CAPS_RUN})(?![\w])"
        ),
        # A byline, unless it names a journalist ("By MARK NIESSE Associated Press Writer").
        "byline": _byline_regex(titles),
        # Transcript speaker labels: "Mr. BIDEN: Mr. President, I rise ..."
        "label": re.compile(
            rf"(?<![\w.])(?:Mr|Mrs|Ms|Senator|Sen|Chairman)\.?\s+(?P<name>{names.CAPS_WORD})"
            r"(?:[:.]\s|\s*--\s*|\s+(?=Mr\.?\s+(?:President|Chairman|Speaker)\b))"
        ),
    }


# What follows the name in a closing bio: an office anywhere in the tail ("is the
# Senator from ..."), other roles at a line's start ("Jane Doe is the director of …").
_BIO_OFFICE = (
    r"(?:\([A-Z][\w.]*-[\w. ]{2,10}\)\s+)?"  # "Jim Talent (R-Mo.) was elected to ..."
    r"(?:(?:is|was|represents)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+){0,3}?"
    r"(?:U\.?\s?S\.?\s+)?(?:Senator|senator|Representative|Governor|Minister)\b"
    r"|(?:was|is)\s+(?:first\s+|re-?)?elected\s+to\s+(?:serve|represent)\s)"
)
_BIO_ROLE = (
    r"is\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+){0,3}?"
    r"(?:minister|[Dd]irector(?:-[Gg]eneral)?|[Cc]hair(?:man|woman|person)?|[Pp]resident|"
    r"[Ff]ounder|[Cc]o-founder|[Pp]rofessor|[Cc]hief [Ee]xecutive|CEO|"
    r"[Ss]ecretary(?:-[Gg]eneral)?|[Mm]ayor|[Cc]ommissioner|[Hh]ead|[Ll]eader|"
    r"[Cc]oordinator|[Ss]pokes(?:person|man|woman))\b"
)
# ... looked for first without the name: trying a name at every capital of the tail
# cost more than the rest of the closing cues together.
_BIO_HINT_RE = re.compile(rf"(?=[iwr])(?<=\s)(?:{_BIO_OFFICE}|{_BIO_ROLE})")


# A media contact's line under a signature.
_CONTACT_WORDS = r"(?i:(?:for\s+)?(?:media|press)|contact|enquiries|inquiries|for (?:further|more) information)\b"
# ... and a web page's share buttons: "Kongsi: Facebook | X", "Share this page".
_SHARE_ROW = r"(?i:share|kongsi|bagikan|compartir|compartilhe|partager|teilen|condividi|delen)\b"


@functools.cache
def _closing_regexes() -> dict[str, re.Pattern[str]]:
    """Who signs a text at its end: a letter's closing, an op-ed's bio line."""
    titles = names.titles_regex()
    return {
        "signature": re.compile(
            r"(?i:sincerely|respectfully|yours (?:sincerely|faithfully|truly)|yours, etc\.?|"
            r"(?:kind|best|warm|with best) regards|(?:with )?(?:best|warm|warmest|kind|kindest) "
            r"wishes|with (?:gratitude|thanks)),?\s+"
            rf"(?:(?:{titles})\s+)?(?P<name>{NAME_RUN}|{names.CAPS_RUN})(?![\w])"
        ),
        # A statement signed at its foot: "Dewi Sasmita-Rahardjo" / "Ambassador of …" on the
        # last two lines (an embassy's statement, an open letter).
        "signature_block": re.compile(
            # "+ The Most Rev. X, DD": a bishop's cross and style.
            r"(?:^|(?<=\n))[^\S\n]*(?:\+[^\S\n]*)?(?:(?:[Tt]he[^\S\n]+)?(?:Most|Very)[^\S\n]+(?=Rev))?"
            # ("DATUK SERI DR. AHMAD ...": titles one after another)
            # ("W. A. DHAMMIKA PERERA": initials before a name in capitals)
            rf"{_STYLE}(?:(?:{titles})\.?\s+){{0,3}}"
            rf"(?P<name>{NAME_RUN}|(?:[A-Z]\.[^\S\n]*){{0,3}}{names.CAPS_RUN})"
            # "..., MP", "..., PhD", "(MP)"
            r"(?:,[^\S\n]*(?:(?:[A-Z]{2,4}|PhD|DPhil)\b,?[^\S\n]*){1,3}|[^\S\n]*\([A-Z]{2,4}\))?"
            r"[^\S\n]*\n"
            # ("UN Resident and Humanitarian Coordinator for X": a body's initials, a post
            # joined to the titled one)
            r"[^\S\n]*(?:[A-Z]{2,5}[^\S\n]+)?(?:[A-Z][a-z]+[^\S\n]+and[^\S\n]+)?"
            rf"(?:{titles})\b[^\n]*"
            # "President" / "South American Handball Confederation": the body on a line of
            # its own; then perhaps the media contact.
            rf"(?:\s*\n[^\S\n]*(?!{_CONTACT_WORDS})(?P<body>[^\n]{{3,80}}))?\s*"
            # (and the date it was signed: "14TH MARCH, 2025")
            rf"(?:\n[^\S\n]*(?:{_CONTACT_WORDS}|{_SHARE_ROW}|{_SIGNED_ON})[^\n]*\s*)*\Z"
        ),
        # "— Órla Ní Bhriain, Chief Executive, Foster Care Alliance of Ireland": a
        # statement signed on one line at its foot, then perhaps the media contact; a
        # dash, not a hyphen, and not the last of a list ("– X, Chair" under "– Y, ...").
        "dash_signature": re.compile(
            rf"(?:^|(?<=\n))[^\S\n]*[—–][^\S\n]*(?:(?:{titles})\.?\s+)?(?P<name>{NAME_RUN}),"
            rf"[^\S\n]+(?:[^\n]*?\b(?:{titles}|[Cc]hief [Ee]xecutive|CEO|[Ff]ounder|[Dd]irector)\b)"
            r"[^\n]*\s*"
            rf"(?:\n[^\S\n]*(?:[^\n]*{_CONTACT_WORDS}|[A-Z][^\n]*\b(?:[Nn]umber|[Nn]o\.)\s*\d)[^\n]*\s*)*\Z"
        ),
        # "Speaker: Dr Jane Doe, Director-General, …" under a speech's text.
        "speaker_label": re.compile(
            rf"(?:^|(?<=\n))(?:Speaker|SPEAKER|Delivered by|Author)\s*:\s*(?:(?:{titles})\s+)?"
            rf"(?P<name>{NAME_RUN})(?![\w])"
        ),
        # "Jane Doe is the director of …" closing an op-ed or under "About the
        # speaker"; an office anywhere in the tail, other roles at a line's start.
        "bio": re.compile(
            rf"(?=[{names.UPPER}])(?:(?:(?:{titles})\.?\s+)?(?P<name>{NAME_RUN})\s+{_BIO_OFFICE})"
            rf"|(?:(?<=\n)(?P<author>{NAME_RUN})\s+{_BIO_ROLE})"
        ),
    }


class _HeadWords:
    """Word counts of the head, to tell names from common words without regexes per word."""

    def __init__(self, head: str):
        # Web and mail addresses ("www.gregg.senate.gov") hold names in lower case.
        hits = [m.start() for m in _ADDRESS_RE.finditer(head)]
        if hits:
            parts, pos = [], 0
            for hit in hits:
                start = max(head.rfind(" ", 0, hit), head.rfind("\n", 0, hit)) + 1
                if start < pos:
                    continue
                end = len(head) if (space := head.find(" ", hit)) < 0 else space
                parts.append(head[pos:start])
                pos = end
            parts.append(head[pos:])
            head = " ".join(parts)
        letters = _ASCII_LETTERS_RE if head.isascii() else _LETTERS_RE  # same words, faster
        self.counts = Counter(letters.findall(head))
        self.text = head

    def lower_used(self, word: str) -> bool:
        return self.counts[word.lower()] > 0

    def title_count(self, word: str) -> int:
        # "McConnell", "DeMint" as written; "NELSON" and "nelson" as "Nelson".
        mixed = word[:1].isupper() and not word.isupper()
        return self.counts[word if mixed else word.capitalize()]

    def name_count(self, name: str) -> int:
        """How often a name word occurs, in title case or capitals; a word the
        counts split ("Villanueva-Dizon", "O’Connor") by its rarest part."""
        parts = [p for p in _LETTERS_RE.findall(name) if len(p) > 1] or [name]
        return min(self.title_count(p) + self.caps_count(p) for p in parts)

    def caps_count(self, word: str) -> int:
        return self.counts[word.upper()]


@dataclass
class Person:
    key: str
    name: str
    mixed_case: bool
    first: int
    titled: int = 0
    attributed: int = 0
    hits: int = 0
    hits_outside_headline: int = 0
    #: Named only right after a plural title ("Senators Warn ..."), which in a
    #: headline is as often a verb as a list of names.
    plural_only: bool = True
    headline_pos: int | None = None
    agent: bool = False
    agent_in_list: bool = False
    #: Named in the lead's subject list beside its head ("Sens. A and B today announced").
    co_agent: bool = False
    #: Named with the title of an office that issues releases (Senator, Governor, ...).
    office_title: bool = False
    #: Named as the owner of the web page or office that issued the release.
    office: bool = False
    quoted_at: int | None = None
    #: Named on a header line of its own (a letterhead or a speech's speaker line).
    letterhead: bool = False
    #: Named by a "Remarks by ...", "Statement of ..." header line.
    header_by: bool = False
    #: Share of a transcript's words this person speaks.
    turn_share: float = 0.0
    #: Times a role reference ("the minister said") resolves to this person.
    role_refs: int = 0
    #: Whether ``name`` was read after a title.
    name_titled: bool = False
    #: Named with a title the issuing body's own name heads ("FICM President X", "CCI
    #: Managing Director X"): the body's officer, who speaks for it.
    own_officer: bool = False

    @property
    def printed(self) -> bool:
        return self.letterhead or self.header_by or self.turn_share > 0


_CONTACT_LABEL_RE = re.compile(r"[^\S\n]*:[^\S\n]*[+(\d]")


# After a name on the line below its title ("Minister for Health / Jane Doe MP"):
# post-nominals, a party, or a comma before a role, and the line's end.
_ENDS_ITS_LINE_RE = re.compile(
    r"(?:[^\S\n]+(?:[A-Z]{2,4}|PhD)\b\.?)*[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?:,|\n|$)"
)


def _names_nobody(
    text: str, title: re.Match[str], pos: int, name: str, run_end: int, first: bool
) -> bool:
    """Whether the words read as a name after ``title`` name nobody."""
    if _no_name_after_title(text, name, run_end, title["title"]):
        return True
    if names.fold(name.split()[-1]) in names.PORTFOLIO_NOUNS:
        return True  # "Minister for Industry, Energy Transition and …": a portfolio's words
    if not first and _country_at(text, pos):
        return True  # "Minister ..., Cheryl-Ann Blackman-Worrell, and Trinidad and Tobago’s ..."
    if _TAX_AFTER_RE.match(text, run_end):
        return True  # "General Sales Tax": a tax, no general
    if pos == title.end() and names.FRENCH_OFFICE_OF_RE.match(text, title.start()):
        return True  # "PRÉFET DE LA GIRONDE": the office's place (not "préfet de X, Name")
    if _body_name_goes_on(text, run_end):
        return True
    if " " not in name and "," in text[title.start() : pos] and _OF_A_PLACE_RE.match(text, run_end):
        return True  # "Aino Hyvärinen, Mayor, City of Oulu": the body after the role
    if " " not in name and _ROLE_OF_A_PLACE_THEN_NAME_RE.match(text, run_end):
        return True  # "Deputy Akim of Almaty Daniyar Seitkaliyev": the role's word, not a name
    if (" " not in name and _PLACE_KIND_AFTER_RE.match(text, run_end)) or (
        name.split()[-1] in names.PLACE_KINDS
    ):
        return True  # "Mayor, Iloilo City, Republic of the Philippines": a place
    # "Office of the Mayor / CITY OF TACOMA": a title's line, then another line.
    return (
        first and "\n" in text[title.start() : pos] and not _ENDS_ITS_LINE_RE.match(text, run_end)
    )


# "... of Almaty Daniyar Seitkaliyev": a place, then a full name (not "Senator Smith of
# Iowa said").
_ROLE_OF_A_PLACE_THEN_NAME_RE = re.compile(
    rf"[^\S\n]+of[^\S\n]+[{UPPER}][\w'’-]+[^\S\n]+[{UPPER}][{LOWER}]+[^\S\n]+[{UPPER}][{LOWER}]+"
    r"(?:[^\S\n]+(?:said|says|told|announced|added|noted)\b|[^\S\n]*[,.])"
)
# A title-case headline's small word after capitalised words: "... Request For Key ...".
_TITLE_CASE_SMALL_WORD_RE = re.compile(
    r"[^\S\n]+(?:For|To|On|In|Of|With|At|The|From|Over|After|Against|About)\b"
)
_OF_A_PLACE_RE = re.compile(rf"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[{UPPER}]")
# ("Executive Governor, Kwara State": a federation's state too)
_PLACE_KIND_AFTER_RE = re.compile(rf"[^\S\n]+(?:{'|'.join(names.PLACE_KINDS)}|State)\b")


def _no_name_after_title(text: str, name: str, name_end: int, title: str) -> bool:
    """Capitalised words after a title that name nobody."""
    return bool(
        # "Spokesperson to the Minister" / "Cell: 082 555 0147": a phone line
        _CONTACT_LABEL_RE.match(text, name_end)
        # a title-case headline: "Senators Call For ...", "Senator Endorse ..."
        or (" " not in name and name.lower() in wordlists.action_verbs())
        # "Democratic Senators Renew Request For Key ...": a plural title's verb
        or (
            _is_plural_title(title)
            and name.split()[0].lower() in _base_verbs()
            and bool(_TITLE_CASE_SMALL_WORD_RE.match(text, name_end))
        )
        # German nouns are capitalised: "Präsident Anfang Juli" is no name
        or (" " not in name and _GERMAN_TITLE_RE.search(title))
        # "Director General Inter-Services Media Directorate": a body follows the title
        or (" " not in name and _body_goes_on(text, name_end))
        # "Director-General Quality and Safety at the FPS Economy": a portfolio
        or (" " not in name and bool(_PORTFOLIO_PAIR_RE.match(text, name_end)))
        # "SENATE PRESIDENT TASKS COMMITTEES ON ...": a capitals headline's verb that is
        # also a noun or a surname elsewhere ("Task Force", "Dr. Helen Tasks")
        or names.a_capitals_headlines_verb(text[name_end - len(name) : name_end])
    )


_PORTFOLIO_PAIR_RE = re.compile(
    rf"[^\S\n]+(?:and|&)[^\S\n]+[{UPPER}][\w'’-]*[^\S\n]+(?:at|of|in|for)[^\S\n]+(?:the[^\S\n]+)?[{UPPER}]"
)


# Capitalised words straight after a name, one space apart (scraped text pads
# separate header pieces with runs of spaces).
_NEXT_CAPITALS_RE = re.compile(r"(?: [A-Z][a-z][\w'’&-]*){1,3}")


def _body_goes_on(text: str, name_end: int) -> bool:
    """Whether the capitalised words after a "name" end in a body's word."""
    m = _NEXT_CAPITALS_RE.match(text, name_end)
    if not m or text[name_end - 1 : name_end] == ".":
        return False
    org_words = wordlists.organization_word_set()
    return any(w.strip(".,").lower() in org_words for w in m.group().split())


# One word after a name, the last of its run: "… Tenants' Alliance," "… Parkway Trust said".
_NEXT_WORD_RE = re.compile(rf"['’]? (?P<word>[{UPPER}][\w-]+)(?![^\S\n]*[{UPPER}\w])")


_AMPERSAND_NAME_RE = re.compile(r"[^\S\n]*&[^\S\n]*[A-Z]")


def _body_name_goes_on(text: str, run_end: int) -> bool:
    """Whether the run is the start of a body's name: "Director, Westmark Tenants'
    Alliance", "the Hollis Parkway Trust" (not "Senator Lamar Alexander Senate
    Energy Subcommittee Chairman")."""
    amp = _AMPERSAND_NAME_RE.match(text, run_end)
    if amp and names.style_or_title_at(text, amp.end() - 1) is None:
        # "... and Kivu Gas & Power Managing Director X": a company's name (not "Senator
        # Ruth Harlow & Senator Kenneth Dobbs", two people)
        return True
    m = _NEXT_WORD_RE.match(text, run_end)
    # "Speaker, Karnataka Legislative Assembly": a chamber is a body too (though not
    # an issuing organisation's word: the Assembly seldom issues the release).
    if m and (m["word"].lower() in wordlists.organization_word_set() or m["word"] == "Assembly"):
        return True
    # "Commissioner of Police, Ekiti State Command", "SPEAKER, OYO STATE HOUSE OF
    # ASSEMBLY": a place, its tier, then the body.
    tiered = _TIERED_BODY_RE.match(text, run_end)
    bodies = wordlists.organization_word_set()
    return bool(tiered) and any(
        w.lower() in bodies or w.lower() == "assembly" for w in tiered["rest"].split()
    )


_TIERED_BODY_RE = re.compile(
    r" (?i:state|county|city|district|regional|provincial|municipal|federal|national|police)"
    rf"(?P<rest>(?: (?:of |OF )?[{UPPER}][\w-]+){{1,4}})"
)


_ADDRESSED_RE = re.compile(
    r"(?i)\b(?:thank you(?: very much)?|thanks|good (?:morning|afternoon|evening)|dear|welcome)"
    r"[,!]?[^\S\n]+$"
)
# "a letter to the Minister for Housing, X": the person written to.
_SENT_TO_RE = re.compile(r"(?<!according )(?<!next )(?<!close )\bto[^\S\n]+(?:the[^\S\n]+)?$")


def _in_an_address_block(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a letter's address block, a paragraph opened by a "To"
    line ("To" / "The Editor / Chief Reporter" / ...)."""
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    end = text.find("\n", start, pos)
    return end >= 0 and text[start:end].strip() in ("To", "To,", "To:", "TO", "TO:")


_CLOCK_BEFORE_RE = re.compile(r"\d[^\S\n]?$")
_SALUTATION_RE = re.compile(
    r"(?i)\b(?:ladies and gentlemen|excellencies|distinguished guests|dear (?:colleagues|friends)|"
    r"honourable members|honorable members)\b"
)


_TAGS_LINE_RE = re.compile(
    r"(?i)[^\S\n]*(?:tags?|topics?|keywords?|categor(?:y|ies)|filed under|related)[^\S\n]*:"
)


def _on_a_salutation_line(text: str, pos: int) -> bool:
    """A speech's salutation line ("Minister Kask, Excellencies, ladies and gentlemen,")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : len(text) if end < 0 else end].strip()
    return (
        line.endswith((",", ":", "!"))
        and len(line.split()) <= 20
        and bool(_SALUTATION_RE.search(line))
    ) or (line.endswith(";") and _in_a_salutation_block(text, pos))


def _in_a_greeting_sentence(text: str, pos: int) -> bool:
    """A title among those a speech's sentence greets before thanking them: "Minister
    Quispe Mamani, Mayor Salcedo, colleagues from ..., thank you for joining us"."""
    start = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    if not _GREETED_BEFORE_RE.fullmatch(text, start, pos):
        return False
    ends = [i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0]
    thanks = _THANKS_RE.search(text, pos, min(ends, default=len(text)))
    # (two or more greeted: not "Minister X announced ..., welcome news for families")
    return bool(thanks) and text.count(",", start, thanks.start()) >= 1


# Only items of a list before the title: "", "Excellencies, ", "Minister X, ".
_GREETED_BEFORE_RE = re.compile(r"\s*(?:[^,.!?\n]{1,60},\s*){0,8}")
_THANKS_RE = re.compile(
    r",\s*(?:thank you|welcome (?:to|everyone|all)|it is (?:a|an|my) (?:great )?(?:pleasure|honou?r))\b"
)
_SALUTATIONS_HEADER_RE = re.compile(r"(?i)^(?:salutations?|protocols?|acknowledgements?)[.:]?$")


def _in_a_salutation_block(text: str, pos: int) -> bool:
    """A line of a speech's list of those it greets, one per line ("Minister of
    Agriculture, the Hon. Desmond Whyte, MP;"), under "SALUTATIONS" or ending
    in "Ladies and gentlemen"."""
    start = text.rfind("\n\n", 0, pos)
    end = text.find("\n\n", pos)
    block = text[0 if start < 0 else start + 2 : len(text) if end < 0 else end]
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    return len(lines) >= 2 and bool(
        _SALUTATIONS_HEADER_RE.match(lines[0]) or _SALUTATION_RE.search(lines[-1])
    )


# A street's kind before a titled name: "Av. General Garzón", "Rue du Général Leclerc".
_STREET_BEFORE_RE = re.compile(
    r"(?i)\b(?:av|avda|avenida|avenue|ave|calle|c/|rua|rue|jalan|jl|boulevard|blvd|street|st|"
    r"viale|strasse|straße)\.?[^\S\n]+(?:d[eu][^\S\n]+)?$"
)


_PLACE_ARTICLE_BEFORE_RE = re.compile(rf"[{UPPER}]\w+[^\S\n]+(?:El|Al|el|al)[^\S\n]+$")


# A contact's label, in one language or another: "Media contact", "Enquiries",
# "Contacto", "Kontakt", "Renseignements", "Address for enquiries".
_CONTACT_HEAD_LABEL = (
    r"(?i:(?:address\s+for\s+)?(?:(?:media|press|news|investor\s+relations?)[^\S\n]+)?"
    r"(?:contacts?|enquiries|inquiries|auskünfte|renseignements|contacto|contato|kontakt|"
    # (German and Dutch: "Rückfragen:", "Rückfragehinweis:", "Persvragen:", "Pressekontakt:")
    r"informazioni|rückfragen|rückfragehinweis|pressekontakt|persvragen|contactpersoon)"
    r"(?:[^\S\n]+(?:presse|de[^\S\n]+prensa))?)"
)
_CONTACT_LINE_RE = re.compile(rf"[^\S\n]*{_CONTACT_HEAD_LABEL}[^\S\n]*:")


def _in_a_contact_block(text: str, line_start: int) -> bool:
    """Whether the line is among the three under a "Contact:" line, no blank line between."""
    paragraph_start = text.rfind("\n\n", max(0, line_start - 300), line_start)
    if paragraph_start < 0:
        return False
    lines = text[paragraph_start + 2 : line_start].split("\n")[:-1]
    return any(_CONTACT_HEAD_RE.fullmatch(line) for line in lines[-3:])


# A contact block's heading line: "Contact:", "Media contact", "Investor Relations contact:".
# ... in one language or several: "Address for enquiries / Auskünfte / Renseignements".
_CONTACT_HEAD_RE = re.compile(
    rf"[^\S\n]*{_CONTACT_HEAD_LABEL}(?:[^\S\n]*/[^\S\n]*{_CONTACT_HEAD_LABEL})*[^\S\n]*:?[^\S\n]*"
)


def _titles_nobody_here(text: str, m: re.Match[str]) -> bool:
    """Whether a title stands where it names no one who speaks: the audience, a page's
    topics, a street's or a place's name, a clock's "PM"."""
    start = m.start()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return bool(
        # "Thank you, Chair Abernethy-Osei, members of the Board": the audience
        _ADDRESSED_RE.search(text, max(0, start - 24), start)
        # "Minister Kask, Excellencies, ladies and gentlemen,": the audience
        or _on_a_salutation_line(text, start)
        # "Good morning. Minister X, Mayor Y, colleagues ..., thank you for joining us"
        or _in_a_greeting_sentence(text, start)
        # "Tags: Prime Minister, Sewage, Water": a page's topics, no one named
        or _TAGS_LINE_RE.match(text, line_start)
        # "Media inquiries: Sgt. Lorraine Dube, Public Information Office": who answers
        # the press, not who speaks
        or _CONTACT_LINE_RE.match(text, line_start)
        # "Contact:\nAcme AG\nInvestor Relations\nDr. Felix Ahrens": a contact block's lines
        or _in_a_contact_block(text, line_start)
        # "Home  About Us  Market Reports  News  Contact  Member Login": a site's menu
        or (start < 1500 and menu_line(text[line_start : line_end if line_end >= 0 else None]))
        # "Av. General Garzón 1850": a street named after someone
        or _STREET_BEFORE_RE.search(text, max(0, start - 12), start)
        # "Sharm El Sheikh", "Kafr El Sheikh, Beheira": a place's name (not "El Senador")
        or _PLACE_ARTICLE_BEFORE_RE.search(text, max(0, start - 30), start)
        # "PR Newswire", "/PR Newsline/": public relations, not "Pr" (Professeur)
        or m["title"] == "PR"
        # "5:00 PM ET": a time, not a prime minister
        or (m["title"] in ("PM", "AM") and _CLOCK_BEFORE_RE.search(text, max(0, start - 8), start))
        # "San Juan, PR 00926": a state's code before its ZIP code, not "Pr" (Professeur)
        or bool(_ZIP_AFTER_RE.match(text, m.end("title")))
        # A marshal is Poland's regional head only where a voivodeship is named: not "Deputy
        # U.S. Marshal X", "Field Marshal X", "City Marshal Indicted" (whom releases are about)
        or (m["title"].lower() in _REGIONAL_MARSHALS and not _VOIVODESHIP_RE.search(text))
    )


_REGIONAL_MARSHALS = frozenset(["marshal", "deputy marshal", "vice-marshal"])
_VOIVODESHIP_RE = re.compile(r"(?i)\bvoivodeship|\bwojew[oó]dztw|\bsejmik\b")


_ZIP_AFTER_RE = re.compile(r"[^\S\n]+\d{5}(?:-\d{4})?\b")


def find_mentions(text: str, end: int, breaks: Sequence[int] = ()) -> list[Mention]:
    """People named with a title in ``text[:end]``, in text order.

    ``breaks`` are where scraping lost punctuation (see
    :func:`cleaning.clean_with_breaks`); no name runs across one.
    """
    mentions: list[Mention] = []
    titled = names.titled_re()
    post_titles: list[tuple[int, int, bool]] = []
    for m in titled.finditer(text, 0, end):
        if _titles_nobody_here(text, m):
            continue
        caps = m["title"].isupper()
        after_a_name = _after_a_names_comma(text, m)
        if after_a_name is not None:
            post_titles.append((m.start(), m.end(), after_a_name))
        pos = names.name_start(text, m, end)
        if pos is None or _title_ends_its_line(text, m, pos) or _role_ending_a_name_line(text, m):
            continue
        group: list[Mention] = []
        run_end = pos
        title = m["title"]
        for _ in range(6):  # a list of names after a plural title
            # (one initial and a surname right after a title of three letters or more:
            # not after "M." of "M. D. Mahecha, M. Reichstein", an authors' list)
            long_title = not group and len(m["title"].strip(". ")) > 2
            found = names.name_at(text, pos, caps=caps, after_title=long_title)
            if not found:
                break
            name, run_end = found
            if group and text[pos:run_end] in names.POSTNOMINALS:
                break  # "DR. WANJIKU MUTHONI-KAMAU, EGH": an honour after the name
            if _names_nobody(text, m, pos, name, run_end, first=not group):
                break
            name_caps = caps and text[pos:run_end].isupper()  # ("MEP Anna Kowalska-Nowak")
            name, pos = _without_rank(text, pos, name)
            group.append(Mention(name, pos, titled=True, caps=name_caps, title=title))
            party = _PARTY_RE.match(text, run_end)
            if party:
                run_end = party.end()
            next_pos = _next_in_list(text, run_end, m["title"])
            if next_pos is None:
                break
            # "Councillor Norman Gobbi, Police Commander Matteo Cocchi": each by their own
            # (a courtesy title adds nothing: "Minister of X, Y and Z, Mr Kavish R.")
            own = _title_before_re().search(text, run_end, next_pos)
            courtesy = own and own["title"].lower().rstrip(".") in _COURTESY_TITLES
            title = own["title"] if own and not courtesy else m["title"]
            pos = next_pos
        addressee = bool(_SENT_TO_RE.search(text, max(0, m.start() - 24), m.start()))
        addressee = addressee or _in_an_address_block(text, m.start())
        for mention in group:
            mention.list_end = run_end
            mention.list_head = group[0].name
            mention.addressee = addressee
        mentions.extend(group)
    mentions.extend(_post_title_mentions(text, post_titles, mentions))
    mentions.extend(_role_appositions(text, end))
    mentions.sort(key=lambda mention: mention.start)
    return _cut_at_breaks(mentions, text, breaks)


def _without_rank(text: str, pos: int, name: str) -> tuple[str, int]:
    """ "The Commissioner of Police, CP Kehinde X": the name without its rank's initials."""
    rank = _RANK_FIRST_RE.match(text, pos)
    words = name.split(maxsplit=1)
    # (the name read must hold the rank: never a given name taken for it)
    if rank and len(name.split()) >= 3 and words[0].upper() == rank.group().strip().upper():
        return words[1], rank.end()
    return name, pos


_RANK_FIRST_RE = re.compile(rf"{names.RANKS}[^\S\n]+(?=[{UPPER}][{LOWER}])")
_BODY_AFTER_COMMA_RE = re.compile(
    # (words of the same sentence: not "Verkehr, Raumplanung. Die Minister")
    rf",[^\S\n]+(?:the[^\S\n]+)?(?:(?:[{UPPER}][\w'’&-]*|{_LOWER_RANKS})[^\S\n]+){{1,3}}$"
)


_OBJECT_BEFORE_RE = re.compile(r"(?i)\b(?:with|to|from|after|before|thanking|meeting)\s+$")


def _after_a_names_comma(text: str, m: re.Match[str]) -> bool | None:
    """Whether a title may follow the name it is of: False right after a comma or
    article ("Jane Doe, CEO"), True after a body's words there ("Ingrid Halvorsen,
    United Nations Resident Coordinator": a full name is needed then), None if not."""
    if m["title"].lower().rstrip(".") in _COURTESY_TITLES:
        return None
    if text[max(0, m.start() - 12) : m.start()].rstrip().endswith((",", " the", " a", " an")):
        return False
    return True if _body_before_title(text, m.start()) else None


def _body_before_title(text: str, start: int) -> bool:
    """A body's words between a name's comma and the title at ``start`` (not a form
    of address: "Minister of Sport, Mr Mayor of La Paz" names nobody "Sport")."""
    body = _BODY_AFTER_COMMA_RE.search(text, max(0, start - 48), start)
    return bool(body) and not any(
        w.lower().rstrip(".") in _COURTESY_TITLES for w in body.group().split()
    )


# Forms of address that come before a name, never after it as its role ("Minister of
# Sport, Mr Mayor of La Paz": no "Sport" named by "Mr").
_COURTESY_TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "sir", "dame", "madam", "monsieur", "madame", "mme", "m"]
)


def _post_title_mentions(
    text: str, post_titles: list[tuple[int, int, bool]], titled: list[Mention]
) -> list[Mention]:
    """ "Jane Doe, CEO of Acme": names before a title after a comma, with no name after
    it (or only on the next line: "Rt Hon Jane Doe, Prime Minister" / "Hon X, ...");
    a full name only where the title is the third item of ``post_titles``; none that
    ends where a name read after its own title ends ("Minister of Maritime Logistics Kang
    Seo-yeon, Vice Minister of ..." names no "Maritime Logistics Kang Seo-yeon")."""
    ends = {m.start + len(m.name) for m in titled}
    found = []
    name_comma = _regexes()["name_comma"]
    for start, title_end, full_name in post_titles:
        m = name_comma.search(text, max(0, start - 90), start)
        if (
            m
            and (not names.name_at(text, title_end) or "\n" in text[start:title_end])
            # "Speaking at Kilronan Pier, Inis Mór, the Minister said": a place.
            and not names.after_place_word(text[: m.start("name")])
        ):
            # ("said Subintendente Ana X, spokesperson for ...": the title before it aside)
            run, run_start = _bare_name_run(text, m["name"], m.start("name"))
            name = names.trim_name(names.strip_title(run))
            if full_name and _OBJECT_BEFORE_RE.search(text, max(0, run_start - 16), run_start):
                continue  # "After talks with Li Qiang, Australian Trade Minister X said"
            if " " not in (name or "") and _OF_THE_BEFORE_RE.search(
                text, max(0, run_start - 12), run_start
            ):
                continue  # "the President of the Republic, Head of State": no one
            if name and (" " in name or not full_name) and run_start + len(name) not in ends:
                found.append(Mention(name, run_start, titled=True))
    return found


_OF_THE_BEFORE_RE = re.compile(r"\bof\s+the\s+$")


def _bare_name_run(text: str, run: str, start: int) -> tuple[str, int]:
    """A name run and where it starts, without its style ("The Honourable Jane Doe,
    Speaker of ...") and, across a line break, without the line before when the last line
    holds a full name alone and the line before ends in a name's last word ("...,
    Strasbourg" / "Ioana Mărgineanu-Stoica, President of ..."; not a wrapped "said Maria" /
    "Da Silva Santos, Minister ...")."""
    before, newline, last = run.rpartition("\n")
    word_before = text[max(0, start - 30) : start].split()[-1:]
    if (
        newline
        and len(last.split()) >= 2
        and " " not in before.strip()
        and not (word_before and word_before[0].islower())
    ):
        run, start = last, start + len(before) + 1
    unstyled = names.strip_style(run)
    return unstyled, start + len(run) - len(unstyled)


def _role_ending_a_name_line(text: str, title: re.Match[str]) -> bool:
    """ "Rt Hon Jane Smith, Prime Minister" / "Hon X, Minister of Finance": the title is
    the role of the name before it on its line, not of the next line's name."""
    if "\n" not in text[title.end("title") : title.end()]:
        return False
    line_start = text.rfind("\n", 0, title.start()) + 1
    return bool(_NAME_COMMA_BEFORE_RE.search(text, line_start, title.start()))


_NAME_COMMA_BEFORE_RE = re.compile(rf"[{UPPER}][\w'’‐-]+,[^\S\n]+(?:the[^\S\n]+)?$")


def _title_ends_its_line(text: str, title: re.Match[str], pos: int) -> bool:
    """ "Office of the Governor / Newsroom": a title at a line's end over a single
    word, no name (a full name on the next line is one: "Minister for Health / Jane Doe")."""
    if "\n" not in text[title.end("title") : pos]:
        return False
    found = names.name_at(text, pos)
    return found is None or " " not in found[0]


# A role in lower case, as British, Australian and company releases write it.
_LOWER_ROLE = (
    r"(?:(?:chief|deputy|assistant|general|managing|executive|vice|acting|interim|senior|"
    r"national|regional|policy|press|research|medical|finance|political|founding|co)[ -]){0,2}"
    r"(?:(?:director|secretary|attorney)[ -]general|vice[ -]chancellor|"
    r"executive|secretary|director|chair|chairman|chairwoman|chairperson|president|"
    r"spokesperson|spokesman|spokeswoman|minister|leader|head|manager|officer|founder|"
    r"co-founder|editor|commissioner|principal|dean|professor|lecturer|coordinator|organiser|"
    r"organizer|convener|convenor|governor|mayor|councillor|superintendent|economist|prosecutor)"
)
# Both forms hang on a comma, which a literal scan finds fast: "Christine
# Mbatha-Lowry, general secretary of the Union, said", "said Trần Minh Khuê, the
# group’s Asia director" (the role after the comma, the name before it) ...
_COMMA_ROLE_RE = re.compile(
    rf",[^\S\n]+(?:(?:the|a|an|its|their|our)[^\S\n]+)?(?:[\w&.-]+['’]s[^\S\n]+)?"
    rf"(?:[{UPPER}][\w&-]*[^\S\n]+)?(?P<role>{_LOWER_ROLE})(?![\w-])"
)
_NAME_AT_END_RE = re.compile(rf"(?<![\w'’-])(?P<name>{NAME_RUN})$")
# ... and "Hartwell's chief executive, Samuel Okereke-Dunn, said" (the name between
# two commas, the role before them).
# ... or at the sentence's end: "announced today by the chair of the Board, Rhiannon
# Pugh-Evans."
_COMMA_NAME_RE = re.compile(rf",[^\S\n]+(?P<name>{NAME_RUN})(?:,|\.(?=\s|$))")
_ROLE_AT_END_RE = re.compile(
    rf"(?<![\w-])(?P<role>{_LOWER_ROLE})(?:[^\S\n]+(?:of|at|for)[^\S\n]+[^,\n]{{1,60}}"
    # ("the regional minister for Agriculture, Fisheries, Water and Rural Development, X,")
    rf"(?:,[^\S\n]+[{UPPER}][^,\n]{{1,40}}){{0,4}})?$"
)


_WITH_RE = re.compile(r"(?i)\b(?:together|along)\s+with\b|\b(?:accompanied|joined)\s+by\b")


def _a_companion(text: str, pos: int) -> bool:
    """Whether the sentence up to ``pos`` names someone's companion ("together with the
    Flemish education minister, X.", "along with another former officer, X.")."""
    start = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos)) + 1
    return bool(_WITH_RE.search(text, start, pos))


def _role_appositions(text: str, end: int) -> list[Mention]:
    """People named beside a role in lower case, which our titles (capitalised) miss."""
    found = []
    for m in _COMMA_ROLE_RE.finditer(text, 0, end):
        before = _NAME_AT_END_RE.search(text, max(0, m.start() - 80), m.start())
        name = _last_name_in(before["name"]) or names.trim_name(before["name"]) if before else None
        # "Speaking at Casa Jalisco, the governor said": a place, not the governor; "on
        # the second day of the Royal Welsh Show, the chair said": an event.
        if (
            before
            and name
            and not names.after_place_word(text[: before.start("name")])
            and not _THE_BEFORE_RE.search(
                text, max(0, before.start("name") - 4), before.start("name")
            )
        ):
            found.append(Mention(name, before.start("name"), titled=True, title=m["role"]))
    for m in _COMMA_NAME_RE.finditer(text, 0, end):
        role = _ROLE_AT_END_RE.search(text, max(0, m.start() - 160), m.start())
        if role and m.group().endswith(".") and _a_companion(text, role.start()):
            continue  # "..., together with the regional councillor for X, Davide Montanari."
        name = names.trim_name(m["name"]) if role else None
        if role and name:
            found.append(Mention(name, m.start("name"), titled=True, title=role["role"]))
    return [m for m in found if " " in m.name and not _not_a_person(m.name)]


def _cut_at_breaks(mentions: list[Mention], text: str, breaks: Sequence[int]) -> list[Mention]:
    """Names cut where punctuation was lost: "said Allard  Companies interested …"
    names Allard, and "Joe Lieberman  Lamar Alexander" two people."""
    if not breaks:
        return mentions
    kept = []
    for mention in mentions:
        words = mention.name.split()
        # The mention may start at its title ("Senator Allard"): find the name.
        start = text.find(words[0], mention.start, mention.start + 80) if words else -1
        start = mention.start if start < 0 else start
        if mention.title and mention.title.isupper() and not mention.caps:
            first = bisect.bisect_left(breaks, start - 2)
            if first < len(breaks) and breaks[first] < start:
                continue  # "NAMES NEW CEO  Boston  March 3": a capitals headline ends, no name
        i = bisect.bisect_right(breaks, start)
        while i < len(breaks) and breaks[i] < start + len(mention.name):
            before = len(text[start : breaks[i]].split())
            i += 1
            # "Edward M  Kennedy", "Henry A Obering  III": the lost mark was an
            # initial's full stop or a suffix's comma.
            if (
                before < len(words)
                and len(words[before - 1].rstrip(".")) > 1
                and not names.is_suffix(words[before])
            ):
                if _new_sentence_or_name(text, breaks[i - 1], len(words) - before):
                    mention.name = " ".join(words[:before]).rstrip(",")
                break
        kept.append(mention)
    return kept


_LOWER_WORD_RE = re.compile(r"\s*[a-z]")


def _new_sentence_or_name(text: str, cut: int, words_after: int) -> bool:
    """Whether the words after a lost mark start a sentence ("Allard  Companies
    interested in …") or another name ("Joe Lieberman  Lamar Alexander"), not
    the rest of a name spaced out in a letterhead ("PATRICK      LEAHY")."""
    if words_after >= 2:
        return True
    word = re.compile(r"\s*\S+").match(text, cut)
    return bool(word and _LOWER_WORD_RE.match(text, word.end()))


def _attributions(text: str, end: int) -> list[Mention]:
    """Bare attributions ("Akaka said", "said Akaka") and transcript labels ("Mr. BIDEN:").

    The verbs are found first (a cheap literal scan); names are then read
    right before or after each.
    """
    rx = _regexes()
    found = []
    for verb in rx["speech"].finditer(text, 0, end):
        window_start = max(0, verb.start() - 60)
        before = rx["name_before"].search(text, window_start, verb.start())
        if before and _INSIDE_A_BODY_RE.search(text, max(0, before.start() - 8), before.start()):
            before = None  # "the Office for Migration and Displacement said": a body
        if before and _ADDS_AN_AMOUNT_RE.match(text, verb.start()):
            before = None  # "Transaction adds approximately $310 million": not speech
        if (
            before
            and verb.group().lower() not in _ENGLISH_SPEECH_VERBS
            and _SUBJECT_AFTER_VERB_RE.match(text, verb.end())
        ):
            # "Im Plenarsaal des Landtags sagte die Ministerin", "a déclaré le préfet":
            # the one speaking comes after the verb, the words before it are no name.
            before = None
        posted = before and names.name_past_its_post(text, before.start("name"), before.end("name"))
        if posted:
            found.append(Mention(posted[1][0], posted[0]))  # "in Madagascar Esther Nakato"
        elif before:
            name = _last_name_in(before["name"])
            if name and (
                name == before["name"]
                # ("... from Iowa Harkin said", punctuation stripped: a sentence ends between)
                or verb.group().lower() in _PLAIN_SAYING
                or _named_apart(name, before["name"], text)
            ):
                found.append(Mention(name, before.start("name")))
        after = names.NAME_RUN_RE.match(text, verb.end() + 1) if verb.end() < end else None
        if after is None and verb.end() < end:
            # "said committee chair Dorota Nowak": a role in lower case, then the name.
            role = _LOWER_ROLE_AFTER_VERB_RE.match(text, verb.end())
            after = names.NAME_RUN_RE.match(text, role.end()) if role else None
        if after and _CLAUSE_VERB_AFTER_RE.match(text, after.end()):
            after = None  # "Kettering said Treasury would also post ...": a clause's subject
        if after and text[verb.end() : verb.end() + 1].isspace():
            # "said Acme Corp. CEO Jane Doe": the titled name, not the first capitals.
            window = text[after.start() : after.start() + 80]
            if after.start() + 80 < len(text):
                window = window.rsplit(None, 1)[0]  # no word cut short ("Commi")
            # (a headline's "..., says Committee Chair" ends at its line)
            phrase = SENTENCE_END_RE.split(window.split("\n\n", 1)[0], 1)[0]
            name = names.find_name(phrase)
            if name and name != names.PRONOUN and not _portfolio(phrase, name):
                found.append(Mention(name, after.start()))
    for m in rx["label"].finditer(text, 0, end):
        name = names.trim_name(m["name"], caps=True)
        if name:
            found.append(Mention(name, m.start("name"), title="label"))
    return found


# ("said Papua New Guinea's mining sector would ...": a possessive opens the clause too,
# when its verb follows; not "said Microsoft's former chief executive Jane Doe")
_MODALS = r"(?:would|will|had|has|have|was|were|is|are|could|should|might|must|can)\b"
_CLAUSE_VERB_AFTER_RE = re.compile(
    rf"[^\S\n]+{_MODALS}"
    rf"|['’]s(?=(?:[^\S\n]+[a-z][\w-]*){{1,6}}?[^\S\n]+(?:{_MODALS}|[a-z]+ed\b))"
)
# An article opening the subject right after a verb of saying, in languages that put
# the subject there; not after an English verb ("Ortiz said de Blasio had ...",
# "Smith told la Repubblica" keep their speaker).
_ENGLISH_SPEECH_VERBS = frozenset(
    ["said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted",
     "notes", "explained", "declared", "remarked", "commented", "continued", "concluded",
     "stressed", "argued", "insisted", "wrote", "writes", "replied", "responded", "asked",
     "warned", "urged", "announced", "recalled", "affirmed"]
)  # fmt: skip
_SUBJECT_AFTER_VERB_RE = re.compile(
    r"[^\S\n]+(?:die|der|das|le|la|les|il|lo|el|o|het|de)[^\S\n]+\w"
)


def _portfolio(phrase: str, name: str) -> bool:
    """ "..., says Agriculture Minister": capitals that a role noun ends are a portfolio
    ("said Harkin Chairman of the committee", punctuation stripped, is a name)."""
    return phrase.startswith(name) and bool(_ROLE_ENDS_RE.match(phrase, len(name)))


_ROLE_ENDS_RE = re.compile(
    r"[^\S\n]+(?:Minister|Secretary|Commissioner|Director|Spokesperson|Spokesman|"
    r"Spokeswoman|Chief|Governor|Premier|Mayor|Ambassador|Adviser|Advisor)[^\S\n]*(?:[.,;:\n]|$)"
)


# (up to three capitalised words may come first, a body's name or initials: "said CECOQA
# president Rosa Elvira ...")
_LOWER_ROLE_AFTER_VERB_RE = re.compile(
    rf"[^\S\n]+(?:[{UPPER}][\w&.‐-]*[^\S\n]+){{0,3}}?(?:[a-z][\w-]*[^\S\n]+){{0,2}}?"
    rf"{_LOWER_ROLE}[^\S\n]+(?=[{UPPER}])"
)
# ("Ligue des Familles", "Verband für ...": not a name's particles "de", "du", "dos")
_INSIDE_A_BODY_RE = re.compile(r"\b(?:and|of|for|&|des|della|delle|degli|für|voor|pour)\s+$")
_ADDS_AN_AMOUNT_RE = re.compile(
    r"(?i)add(?:s|ed)\s+(?:[$€£¥]|\d|(?:approximately|about|nearly|almost|around|more|over|"
    r"some|up|another|new|a|an)\s)"
)


_PLAIN_SAYING = frozenset(["said", "says", "told", "tells", "added", "adds"])


def _named_apart(name: str, run: str, text: str) -> bool:
    """Whether a name cut from the end of a run of capitals ("Americans Harkin") is
    written somewhere without the word before it: "Total Fire Ban" is one term."""
    before = run[: len(run) - len(name)].split()
    if " " in name or not before:
        return True
    titles = wordlists.title_word_set()
    if (
        names.is_particle(before[-1])
        or names.is_title(before[-1])
        or all(w.strip(".,").lower() in titles for w in before)
    ):
        return True  # "De Smedt", "Senator Kerry", "Commander Bilić-Maras": as the text writes it
    for at in _uses(name, text):
        words = text[max(0, at - 40) : at].split()
        if not words or words[-1] != before[-1]:
            return True
    return False


def _last_name_in(run: str) -> str | None:
    """The name that ends a run of capitalised words: "Americans Harkin" -> "Harkin",
    "Services Administration Lindqvist" -> "Lindqvist"."""
    words = run.split()
    bodies, titles = wordlists.organization_word_set(), wordlists.title_word_set()
    for j in range(len(words) - 2, -1, -1):
        if words[j].strip(".,").lower() in bodies or words[j].strip(".,").lower() in titles:
            words = words[j + 1 :]  # a body's or a title's words are not the name's
            break
    for i in range(len(words)):
        name = names.trim_name(" ".join(words[i:]))
        if name and name.split()[-1] == words[-1]:
            return name
    return None


def _is_lead_agent(text: str, mention: Mention) -> bool:
    """Whether the words after a mention (or its list) make the person act.

    "Senator Ruth Amsel (D-XY), chair of the committee, today announced",
    "Senator Edward M Kennedy Chairman of the Senate HELP Committee sent".
    Not when a preposition puts the person in the object ("In a letter to
    Chairman Barbara Boxer ...") or another titled person follows first.
    """
    verbs = wordlists.action_verbs()
    before = _WORD_RE.findall(text[max(0, mention.start - 40) : mention.start])
    if before and before[-1].lower() in _PREPOSITIONS:
        # "a resolution offered by Sens. A and B": the agents of a passive
        return before[-1].lower() == "by" and len(before) > 1 and before[-2].lower() in verbs
    pos = mention.list_end
    if pos is None:
        found = names.name_at(text, mention.start, caps=mention.caps)
        if not found:
            return False
        pos = found[1]
    party = _PARTY_RE.match(text, pos)
    if party:
        pos = party.end()
    if text[pos : pos + 1] == "," and _COMMA_PARTY_END_RE.search(text, max(0, pos - 16), pos):
        pos += 1  # "Johnny Isakson, R-Ga., today unveiled": the party's closing comma
    apposition = _APPOSITION_RE.match(text, pos)
    if apposition:
        pos = apposition.end()
    if text[pos : pos + 1] == ",":
        return False  # "Committee on Intelligence, Sen. Olympia Snowe ...": another person
    titled = names.titled_re()
    after_auxiliary = False
    for i, m in enumerate(_WORD_RE.finditer(text, pos, min(len(text), pos + 160))):
        word = m.group()
        lower = word.lower()
        if _acts(lower, verbs, after_auxiliary):
            return True
        after_auxiliary = lower in _AUXILIARIES
        if after_auxiliary:
            continue
        if i >= 14:
            break
        if word[:1].isupper():
            title = titled.match(text, m.start())
            if title and i > 0 and names.name_at(text, title.end()):
                return False  # "... and Ranking Member Jim Inhofe Senator Susan Collins has"
            continue
        if lower in _LEAD_FILLER or lower in _APPOSITION_SMALL:
            continue
        return False
    return False


def _acts(word: str, verbs: frozenset[str], after_auxiliary: bool) -> bool:
    """An action verb: "announced", "reintroduced", or "are stepping up"."""
    return (
        word in verbs
        or (word.startswith("re") and word[2:] in verbs)
        or (after_auxiliary and word.endswith("ing") and len(word) > 5)
    )


@functools.cache
def _title_words() -> frozenset[str]:
    """Titles of one word ("Senator", "Sen", "SENS"), capitalised, without dots."""
    return frozenset(
        t.rstrip(".").replace(".", "").capitalize() for t in wordlists.honorifics() if " " not in t
    )


# Words that end a headline's subject like a verb: "Brown Senate Floor Speech ...".
_HEADLINE_NOUNS = frozenset(
    [
        "statement",
        "speech",
        "remarks",
        "testimony",
        "floor",
        "response",
        "letter",
        "column",
        "reaction",
        "op-ed",
        "on",
        "opening",
        "senate",
        "guest",
        "view",
        "views",
        "commentary",
        "weekly",
        "newsletter",
    ]
)
# What a person's possessive in a headline introduces when the release is theirs:
# "Vitter's View", "SEN. MIKULSKI'S AMENDMENT ...", "Brown s Response To ...".
_POSSESSED = frozenset(
    [
        "view",
        "views",
        "statement",
        "column",
        "speech",
        "response",
        "remarks",
        "amendment",
        "bill",
        "legislation",
        "resolution",
        "plan",
        "proposal",
        "initiative",
        "letter",
        "testimony",
        "reaction",
        "comments",
    ]
)
# Page furniture that may precede a headline's subject: "FLOOR STATEMENT Allard Opposes".
_HEADLINE_FURNITURE = frozenset(
    [
        "floor",
        "statement",
        "press",
        "release",
        "news",
        "media",
        "advisory",
        "update",
        "opening",
        "remarks",
        "u",
        "s",
    ]
)


# Verbs whose headline subject is usually a place or a body: "BRISTOL RECEIVES $700,000".
_PLACE_VERBS = frozenset(
    ["receive", "receives", "received", "get", "gets", "got", "win", "wins", "won"]
)


def _headline_subject(headline: str, head: _HeadWords) -> list[str]:
    """The names opening a headline before its verb: "Brown Testifies At ..." -> ["Brown"].

    One to three capitalised words right before a verb (a singular subject
    takes an inflected verb: "Brown Testifies", not "Americans Show"), none
    of them a word the text also writes in lower case ("leaders") or an
    acronym the body repeats in capitals ("USDA DECLARES ...").
    """
    quoting = _QUOTING_HEADLINE_RE.match(headline)
    if quoting:  # 'Kettleborough: "We go to Thornbury to win"': the one quoted
        subject, verb = quoting["who"].split(), "says"
    else:
        subject, verb = _headline_subject_words(headline.replace(",", " ").split())
    if not subject or not verb:
        return []
    listed = headline.split(",")[0].split()
    if len(listed) < len(subject) and subject[: len(listed)] == listed:
        # "Villanueva-Dizon, Abellana file twin bills": a list of people, the
        # first named first (not "Villanueva-Dizon Abellana", one name).
        return [n for n in (names.trim_name(w, caps=w.isupper()) for w in listed) if n]
    base_form = verb in _base_verbs() and verb not in _HEADLINE_NOUNS and verb not in _POSSESSED
    if base_form and len(subject) == 1:
        return []  # "AMERICANS SHOW ...": a plural subject, not a person
    if verb in _PLACE_VERBS:
        return []  # "BRISTOL RECEIVES ...": towns and agencies receive, people announce
    org_words = wordlists.organization_words()
    if any(w.capitalize() in org_words or w in org_words for w in subject):
        return []  # "Forest Service Responds ..."
    if any(_not_a_person_word(word, head) for word in subject):
        return []
    opening = [w for w in headline.split()[:8] if w[:1].isalpha()]
    if sum(w.isupper() for w in opening) * 2 < len(opening) and all(
        w.isupper() and not head.title_count(w) for w in subject
    ):
        # "LASG Begins Free Screening ...": initials in a headline not in capitals (not
        # "ALLARD SECURES FUNDING ... Designation will Upgrade ...", a deck run on)
        return []
    if (
        " ".join(subject).lower() in wordlists.place_names()
        or _names_a_country(subject, headline)
        or _a_body_of_the_place(subject, head.text)
    ):
        return []  # "Việt Nam launches national roadmap ...", "Barbados and Trinidad and Tobago agree"
    return [n for n in (names.trim_name(w, caps=w.isupper()) for w in subject) if n]


# A passive headline's verb: the subject was chosen, by someone else.
_CHOSEN_VERBS = frozenset(
    [
        "appointed",
        "named",
        "elected",
        "re-elected",
        "reelected",
        "promoted",
        "nominated",
        "inducted",
        "sworn",
        "honoured",
        "honored",
        "awarded",
        "selected",
        "chosen",
    ]
)
_TAX_AFTER_RE = re.compile(r"[^\S\n]+Tax(?:es)?\b")


def _country_at(text: str, pos: int) -> bool:
    """Whether a country's possessive ("Trinidad and Tobago’s", "Barbados'") begins at
    ``pos`` (not a given name that is also a country's: "Chad Hagel", "Jordan Lee")."""
    ahead = text[pos : pos + 44].lower()
    return any(
        ahead.startswith(p) and ahead[len(p) : len(p) + 1] in ("'", "’")
        for p in wordlists.place_names()
    )


def _a_body_of_the_place(subject: list[str], head: str) -> bool:
    """ "Kitakyushu opens ...", "Styria launches ..." under "City of Kitakyushu",
    "Province of Styria", "Goiás declares ..." under "Governo de Goiás", "Tromsø
    opens ..." under "Tromsø kommune": the subject is the place whose body issues
    the release."""
    # The body words are found once and the subject's words compared at their ends
    # (a pattern per word would be compiled anew for every headline).
    after_body = [m.end() for m in _PLACE_BODY_OF_RE.finditer(head)]
    before_body = [m.start() for m in _BODY_AFTER_PLACE_RE.finditer(head)]
    return any(
        any(_word_at(head, pos, word) for pos in after_body)
        or any(_word_at(head, pos - len(word), word) for pos in before_body)
        for word in subject
    )


def _word_at(text: str, start: int, word: str) -> bool:
    """Whether ``word`` stands at ``start`` of ``text`` as a whole word (as ``\\bword\\b``)."""
    end = start + len(word)
    if start < 0 or not word or text[start:end] != word:
        return False
    return _boundary(text, start) and _boundary(text, end)


def _boundary(text: str, pos: int) -> bool:
    """``\\b`` at ``pos``: a word character on one side only."""
    before = pos > 0 and _is_word_char(text[pos - 1])
    after = pos < len(text) and _is_word_char(text[pos])
    return before != after


# A town's body named after it: "Tromsø kommune", "Umeå kommun", "Oulu City Council".
_BODY_AFTER_PLACE = (
    r"(?:[Kk]ommune|[Kk]ommun|sveitarfélag|(?:City|County|District|Borough|Town|Shire|Municipal)"
    r"\s+Council|Municipality|Municipal\s+Corporation|"
    # "Busan Metropolitan City", "Shizuoka Prefectural Government", "Sejong Special City"
    r"(?:Metropolitan|Prefectural|Provincial|Special)\s+(?:City|Government|Council|Office))"
)
_PLACE_BODY_WORDS = (
    r"(?:City|Province|State|County|Government|Region|Municipality|Prefecture|Republic|"
    r"Kingdom|Land|Canton|Town|Village|District|Commonwealth|Borough|Council|Municipal|"
    # "Governo de Goiás", "Gobierno de Mendoza", "Estado de Jalisco"
    r"Governo|Gobierno|Gouvernement|Estado|Provincia|Província|Municipio|Município)"
)
_OF = r"(?:of|de|do|da|del|du)"
_PLACE_BODY_OF_RE = re.compile(rf"\b{_PLACE_BODY_WORDS}\s+{_OF}\s+(?:the\s+)?")
_BODY_AFTER_PLACE_RE = re.compile(rf"\s+{_BODY_AFTER_PLACE}\b")


def _names_a_country(subject: list[str], headline: str) -> bool:
    """Whether a word of the subject begins a country's name of several words that
    the headline prints ("Trinidad" of "Trinidad and Tobago"; not "Chad" of "Chad
    Hagel Announces ...")."""
    places = wordlists.place_names()
    phrase = f" {headline.lower()} "
    return any(
        p.startswith(f"{word.lower()} ") and f" {p} " in phrase for word in subject for p in places
    )


_QUOTING_HEADLINE_RE = re.compile(
    rf"^(?P<who>[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{0,2}}):\s*[\"“‘]"
)


def _headline_subject_words(words: list[str]) -> tuple[list[str], str]:
    """The capitalised words before a headline's verb, and the verb (lower case).

    Empty when a word before the verb cannot be part of a name, or more than
    three are.
    """
    verbs = wordlists.action_verbs()
    non_names = wordlists.non_name_words()
    subject: list[str] = []
    verb = ""
    possessive = False
    for at, word in enumerate(words[:7]):
        bare = word.strip(":;'’\"")
        lower = bare.lower()
        if possessive:
            if lower in _POSSESSED:
                verb = lower
            break
        if subject and lower in ("s", "'s", "’s"):
            possessive = True  # "Brown s Response" (apostrophe lost)
            continue
        if lower in verbs or (subject and lower in _HEADLINE_NOUNS):
            if lower in _HEADLINE_NOUNS and " ".join(words[at + 1 : at + 2]).lower() == "by":
                return [], ""  # "Congratulatory Remarks by ...": who gave them follows
            verb = lower
            break
        if not subject and lower.endswith(("'s", "’s", "s'", "s’")) and bare[:1].isupper():
            subject.append(bare[:-2] if lower.endswith(("'s", "’s")) else bare[:-1])
            possessive = True
            continue
        title_case = bare.rstrip(".").capitalize()
        if not subject and (title_case in _title_words() or lower in _HEADLINE_FURNITURE):
            continue  # "Senator", "SEN.", "FLOOR STATEMENT" before the name
        if bare in non_names or title_case in non_names or not bare[:1].isupper():
            return [], ""
        subject.append(bare)
        if len(subject) > 3:
            return [], ""
    return subject, verb


def _not_a_person_word(word: str, head: _HeadWords) -> bool:
    """A headline subject word the text shows is no name: written in lower case
    elsewhere, a place abbreviation, or an acronym the body repeats in capitals."""
    if not word[:1].isalpha() or head.lower_used(word):
        return True
    if word.replace(".", "") in names.place_abbreviations():
        return True  # "La Delegation Requests ..."
    if _MIXED_INITIALS_RE.fullmatch(word):
        return True  # "MoH Expands HPV Vaccination ...": the Ministry of Health's initials
    return word.isupper() and not head.title_count(word) and head.caps_count(word) >= 2


# A body's initials with its small words in lower case: "MoH", "DoJ", "DfE", "MoFA".
_MIXED_INITIALS_RE = re.compile(r"(?=.{3,4}$)[A-Z][a-z]{1,2}[A-Z]{1,2}")


@functools.cache
def _base_verbs() -> frozenset[str]:
    return frozenset(b.lower() for b in wordlists.load("action-verbs"))


class _People(dict[str, Person]):
    """Everyone the release names, by folded last name; a later fuller name wins."""

    def __init__(self) -> None:
        super().__init__()
        # a scan's "rn" for "m" ("Dr. Habirnana" of "Jeanne Uwimana Habimana"): the key a
        # last name has, read either way
        self._scanned: dict[str, str] = {}

    def add(self, mention: Mention) -> Person | None:
        key = mention.key
        # ("Department of Industry, Energy Transition and Sustainability": a portfolio)
        if not key or len(key) < 2 or key in names.PORTFOLIO_NOUNS:
            return None
        if key not in self:
            key = self._as_scanned(key, mention.name)
        person = self.get(key)
        mixed = not mention.name.isupper() and not mention.caps
        if person is None:
            person = self[key] = Person(key, mention.name, mixed, mention.start)
            person.name_titled = mention.titled
        elif (
            len(mention.name) > len(person.name)
            and (mixed or not person.mixed_case)
            # (a scan's "rn" for "m": "Cllr. Ernrys Pritchard" of "Councillor Emrys Pritchard")
            and mention.name.replace("rn", "m") != person.name
            # A full name a title introduced ("Minister for Transport Ilse Varga")
            # beats a longer run of capitals ("Transport Ilse Varga said").
            and not (
                person.name_titled
                and not mention.titled
                and " " in person.name
                and not mention.name.startswith(person.name)
            )
        ):
            person.name, person.mixed_case = mention.name, mixed
            person.name_titled = mention.titled
        person.first = min(person.first, mention.start)
        return person

    def _as_scanned(self, key: str, name: str) -> str:
        """The key of the person a scan's misreading names: a surname alone with "rn"
        where another's has "m" (not "Walter Kirn" of "Grace Kim": a given name each)."""
        alias = self._scanned.setdefault(key.replace("rn", "m"), key)
        if alias == key:
            return key
        other = self[alias].name if alias in self else ""
        misread = name if "rn" in key else other
        return alias if len(misread.split()) == 1 else key


def choose_speaker(
    text: str,
    head_end: int,
    headline: str | None,
    headline_start: int,
    headline_end: int,
    lead_start: int,
    quotes: list[QuoteSpan],
    mentions: list[Mention],
    given_speaker: str | None = None,
    printed: Layout | None = None,
    explain: list[dict] | None = None,
    breaks: Sequence[int] = (),
    co_issuers: list[str] | None = None,
) -> str | None:
    """The main speaker of the release (see the module docstring).

    ``printed`` is the release's header layout; ``explain``, when a list,
    receives every candidate with its features and score, best first;
    ``breaks`` are where scraping lost punctuation; ``co_issuers``, when a
    list, receives the others who issue a joint release with the speaker.
    """
    if printed is not None and (not_speaking := _not_speaking_lines(printed)):
        text, mentions = _without_captions(text, mentions, not_speaking)
    people = _People()
    head_words = _HeadWords(text[: min(head_end, _ATTRIBUTION_CHARS)])
    _add_titled(people, mentions, head_words)
    _mark_own_officers(people, mentions, text, printed)
    _mark_office_holders(people, mentions, text, printed)
    _add_attributed(people, text, head_end, breaks)
    _add_quoted(people, quotes)
    # Without a headline or dateline, the first words stand for the headline.
    headline_zone = text[: max(headline_end, lead_start) or 200]
    if headline:
        _add_headline(people, headline, head_words, printed, text)
    if printed is not None:
        _add_printed(printed, people.add)
    _add_from_line(people, text)
    _add_given(people, given_speaker)
    if not people:
        # A signature may name the only person ("Sincerely, / Callum Strand").
        _mark_signed(people, text, head_end)
        if not people:
            return None
    else:
        _count_hits(people, head_words, text, len(headline_zone))
        _mark_signed(people, text, head_end)
    _drop_non_people(people, text, printed, lead_start)
    _mark_office(text, mentions, people, people.add)
    _mark_lead_agent(people, text, lead_start, mentions)
    _mark_speech_heading(people, text, headline_start, headline_end)
    _drop_listed_in_an_advisory(people, printed)
    _merge_short_forms(people, text, headline_end)
    # Where the header ends: a person named in it is not only talked about.
    body_start = max(lead_start, headline_end, printed.body_start if printed else 0)
    starts = (headline_start, headline_end, body_start)
    return _best_speaker(people, text, starts, head_words, explain, co_issuers, breaks)


_ADVISORY_RE = re.compile(r"(?i)^(?:media|news|press)\s+advisory\b")


def _drop_listed_in_an_advisory(people: _People, printed: Layout | None) -> None:
    """A media advisory's people listed for an event to come ("WHO: Museum Director Dr.
    X; elders and ..."), who say nothing in it and are not named in its headline
    ("Deputy Premier X to Deliver Keynote ..."): no speaker."""
    if printed is None or not any(_ADVISORY_RE.match(p.text) for p in printed.all("furniture")):
        return
    headline = printed.headline.text if printed.headline else ""
    for key, person in list(people.items()):
        if not (
            person.attributed
            or person.quoted_at is not None
            or person.headline_pos is not None
            or person.agent
            or person.printed
            or person.role_refs
            or person.name in headline
        ):
            del people[key]


def _add_headline(
    people: _People, headline: str, head_words: _HeadWords, printed: Layout | None, text: str
) -> None:
    """The headline's subject, unless it is the issuing body or a body the text names."""
    subject = _headline_subject(headline, head_words)
    if not (printed and _is_issuing_body(subject, printed)) and not _a_body_in_text(subject, text):
        _add_headline_subject(people, subject)


def _add_given(people: _People, given_speaker: str | None) -> None:
    """The speaker the input gives, as if titled: it competes with the text's own people."""
    person = people.add(Mention(given_speaker, 0)) if given_speaker else None
    if person:
        person.titled += 1


# A speech's heading names who gives it: "Remarks by Prime Minister the Most Hon.
# Dr. Keith Ramsay, ON, MP, at the Groundbreaking ...".
_SPEECH_BY_RE = re.compile(
    r"(?i:\b(?:remarks|speech|address|statement|keynote|lecture|message|presentation)"
    r"(?:\s+(?:delivered|given|made))?\s+by\s+)"
    rf"(?P<between>(?:(?:[{UPPER}][\w'’-]*\.?|the|of|for|and)[^\S\n]+){{0,8}})$"
)
_BY_RE = re.compile(r"(?i)\sby\s")


_LEGAL_FORM_FIRST_RE = re.compile(r"^(?:pt|cv|ooo|oao|zao|sc|sa)\s")


def _drop_printed_bodies(people: _People, printed: Layout) -> None:
    """ "Mälarstrand Vatten said", "Jinhe Unveils ...": the company its letterhead prints
    ("MÄLARSTRAND VATTEN AB", "Jinhe New Energy Technology Co., Ltd."), not a person."""
    # (a company's: its legal form last, "AB", "Co., Ltd."; not "Elton John AIDS Foundation",
    # named after a person who may speak)
    bodies = [
        names.fold(p.value) for p in printed.all("org") if p.value and ends_in_legal_form(p.value)
    ]
    # (after a legal form opening it: "PT NUSANTARA KARYA SAMUDRA TBK")
    bodies += [body.split(" ", 1)[1] for body in bodies if _LEGAL_FORM_FIRST_RE.match(body)]
    # (any printed body named whole: "World Food Programme" over "said the World Food
    # Programme", no one)
    printed_names = {names.fold(p.value) for p in printed.all("org") if p.value}
    for key, person in list(people.items()):
        name = names.fold(person.name)
        # (or inside it, after its first word: "President of Hokkai Green Hydrogen" read
        # "Green Hydrogen" of "Hokkai Green Hydrogen K.K."; not a founder's name after a
        # title, "DR. HANS WEBER GMBH", nor one the text introduces with a person's title)
        if name in printed_names or any(
            body == name
            or body.startswith(name + " ")
            or (f" {name} " in body and _inside_the_name(body, name, person))
            for body in bodies
        ):
            del people[key]


def _inside_the_name(body: str, name: str, person: Person) -> bool:
    """Whether the body's word before ``name`` is no title ("hokkai", not "dr.") and the
    person says nothing the text attributes or quotes (a founder speaking is a person)."""
    before = body[: body.index(f" {name} ")].split()[-1]
    return not names.is_title(before) and not person.attributed and person.quoted_at is None


def _mark_speech_heading(
    people: _People, text: str, headline_start: int, headline_end: int
) -> None:
    """The person a speech's headline names after "Remarks by" and titles only: its
    speaker ("Statement by the African Union Special Envoy for Lake Tanganyika, ..."
    names a body and a place first, and is left to the other cues)."""
    if not _BY_RE.search(text, headline_start, headline_end):
        return  # most headlines: no one to look for
    titles = wordlists.title_word_set() | {"most", "of", "for", "and"}
    for person in people.values():
        # (a capitals heading prints the name in capitals)
        found = re.compile(re.escape(person.name), re.IGNORECASE).search(
            text, headline_start, headline_end
        )
        pos = found.start() if found else -1
        m = _SPEECH_BY_RE.search(text, max(headline_start, pos - 120), pos) if pos > 0 else None
        words = [w.lower() for w in _WORD_RE.findall(m["between"])] if m else []
        # (the body's name before the title: "Remarks by World Bank Vice President X")
        if m and (
            all(w in titles for w in words)
            or (
                " " in person.name
                and words[-1] in wordlists.title_word_set()
                and sum(w not in titles for w in words) <= 3
            )
        ):
            person.header_by = True


def _merge_short_forms(people: _People, text: str, headline_end: int) -> None:
    """Fold a name's leading words into the full name they begin.

    A person called by the first words of their name ("Teo Hui Min" … "Ms
    Teo", "Siti Zulaikha Ahmad Fauzi" … "Siti Zulaikha", "DeShawn" in a
    club's release) is one candidate, not two, so the cues add up. A run
    that only glues a word to a name ("Allard Already", "Biden Appears",
    "Allard Musgrave") is not a fuller name, nor is one only a title-case
    headline prints ("Allard Goes to …").
    """
    full: dict[tuple[str, ...], list[Person]] = {}
    for person in people.values():
        words = tuple(names.fold(w) for w in person.name.split())
        for n in range(1, len(words)):
            full.setdefault(words[:n], []).append(person)
    for key, person in list(people.items()):
        short = tuple(names.fold(w) for w in person.name.split())
        longer = full.get(short, [])
        if len(longer) != 1 or longer[0] is person:
            continue  # nobody, or two people it could be ("John" of two Johns)
        whole = longer[0]
        extra = whole.name.split()[len(short) :]
        others = {k for k, p in people.items() if p is not person and p is not whole}
        if all(_name_word(w, others, text) for w in extra) and _named_outside_headline(
            whole.name, text, headline_end
        ):
            _absorb(whole, person)
            del people[key]


def _named_outside_headline(name: str, text: str, headline_end: int) -> bool:
    """Whether the name is printed past the headline, or in it before a comma and its
    role ("... BY YAB DATO' SRI HARIS ISKANDAR BIN RAHMAT, PRIME MINISTER OF ..."), not
    only glued to the headline's next word ("Allard Goes to ...")."""
    pattern = re.compile(r"\s+".join(re.escape(w) for w in name.split()), re.IGNORECASE)
    if pattern.search(text, headline_end):
        return True
    return any(text.startswith(",", m.end()) for m in pattern.finditer(text, 0, headline_end))


def _name_word(word: str, others: set[str], text: str) -> bool:
    """Whether a word can carry on a name: not a common word, a verb, or another person."""
    low = word.strip(".,").lower()
    if low in names.NAME_PARTICLES:
        return True
    return not (
        re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text)
        or names.fold(word) in others
        or low in wordlists.action_verbs()
        or low in wordlists.speech_verb_set()
        or low in wordlists.non_name_words()
        or low in wordlists.organization_word_set()
    )


def _absorb(person: Person, other: Person) -> None:
    """Add ``other``'s cues to ``person``'s: they are one person."""
    person.first = min(person.first, other.first)
    for count in ("titled", "attributed", "hits", "hits_outside_headline", "role_refs"):
        setattr(person, count, getattr(person, count) + getattr(other, count))
    if other.agent:
        person.agent_in_list = person.agent_in_list and other.agent_in_list
    for flag in ("agent", "co_agent", "office_title", "office", "letterhead", "header_by"):
        setattr(person, flag, getattr(person, flag) or getattr(other, flag))
    person.plural_only = person.plural_only and other.plural_only
    person.turn_share = max(person.turn_share, other.turn_share)
    for where in ("headline_pos", "quoted_at"):
        mine, theirs = getattr(person, where), getattr(other, where)
        if theirs is not None and (mine is None or theirs < mine):
            setattr(person, where, theirs)


def _is_issuing_body(subject: list[str], printed: Layout) -> bool:
    """ "Alpenbrücke launches appeal" under the letterhead "Alpenbrücke – Schweizer
    Hilfswerk": the headline's subject is the body that issues the release."""
    forms = {names.fold(w) for w in subject} | {names.fold(" ".join(subject))}
    return bool(subject) and any(
        names.fold(part.value or "") in forms or _named_with_suffix(subject, part.value or "")
        for part in printed.all("org")
    )


def _a_body_in_text(subject: list[str], text: str) -> bool:
    """ "Halberd Completes Acquisition ..." over "said X, chief executive of Halberd":
    a headline's subject the text names as the body someone heads, not a person."""
    name = " ".join(subject)
    # (a literal scan, then the role before it: a pattern per name cost 10 % of extraction)
    pos = text.find(name, 0, 3000) if name else -1
    while pos >= 0:
        end = pos + len(name)
        goes_on = _NAME_GOES_ON_RE.match(text, end)
        if not goes_on and _HEAD_OF_BEFORE_RE.search(text, max(0, pos - 60), pos):
            return True
        # "Donauflug takes delivery …" over "Die Wiener Regionalfluglinie Donauflug
        # Luftfahrt AG hat …": the company's name with its legal form
        form = _LEGAL_FORM_AFTER_RE.match(text, end)
        if form and form["form"].lower().replace(".", "") in LEGAL_FORMS:
            return True
        # "Río Vivo calls for ..." over "Fundación Río Vivo", "Les Rôniers opens ..." over
        # "Centre Médical Les Rôniers": the end of a body's name
        if not goes_on and _body_word_before(text, pos, name):
            return True
        pos = text.find(name, end, 3000)
    return False


def _drop_non_people(people: _People, text: str, printed: Layout | None, lead_start: int) -> None:
    """The bodies the header prints, and the place a dateline opens with ("Đà Nẵng sets
    timetable ..." over "Đà Nẵng, 15/8/2024 – The ...", "Office of the Divisional
    Commissioner, Khulna" over "Khulna, 03 November 2023:"): no one."""
    if printed is not None:
        _drop_printed_bodies(people, printed)
    for key, person in list(people.items()):
        if _opens_the_dateline(person.name, text, lead_start):
            del people[key]


def _opens_the_dateline(name: str, text: str, lead_start: int) -> bool:
    """Whether ``name`` (or its last words: "Ninh" of "Bắc Ninh") opens a line with a
    full date after its comma that ends by where the lead starts: the dateline (not a
    byline's "By Grace Mutua, 4 March 2024", nor a signature's date at the end)."""
    pos = text.find(name, 0, lead_start)
    while pos >= 0:
        before = text[text.rfind("\n", 0, pos) + 1 : pos]
        if _PLACE_WORDS_BEFORE_RE.fullmatch(before) and _DATE_AFTER_PLACE_RE.match(
            text, pos + len(name)
        ):
            return True
        pos = text.find(name, pos + len(name), lead_start)
    return False


# (not a byline's "By")
_PLACE_WORDS_BEFORE_RE = re.compile(rf"(?!By\s)(?:[{UPPER}][\w'’-]*[^\S\n]+){{0,2}}")


# A full date right after a place's comma (the line is a dateline): "15/8/2024", "3 March
# 2024", "March 3, 2024".
# ("Ciudad de México, a 19 de marzo de 2025", "Genève, le 3 septembre 2024")
_DATE_AFTER_PLACE_RE = re.compile(
    r",[^\S\n]*(?:(?:a|le|el|den|am)[^\S\n]+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|"
    r"\d{1,2}(?:st|nd|rd|th|\.|º)?[^\S\n]+(?:de[^\S\n]+)?[^\W\d_]+\.?[^\S\n]+(?:de[^\S\n]+)?\d{4}"
    r"|[A-Z][a-z]+\.?[^\S\n]+\d{1,2},?[^\S\n]+\d{4})"
)


def _body_word_before(text: str, pos: int, name: str) -> bool:
    """Whether one of the (up to two) capitalised words right before ``pos`` on its
    line is a body's word ("Fundación", "Centre Médical"), the body so named twice (not
    "... Missile Defense Agency Allard is ...", a sentence that lost its full stop)."""
    line_start = text.rfind("\n", 0, pos) + 1
    window = text[max(line_start, pos - 40) : pos]
    words = (
        window.split()[-2:] if max(line_start, pos - 40) == line_start else window.split()[1:][-2:]
    )
    org_words = wordlists.organization_word_set()
    for back, word in enumerate(reversed(words), start=1):
        if not word[:1].isupper():
            return False
        if word.lower() in org_words or word.lower() in _CARE_BODY_WORDS:
            return text.count(" ".join([*words[-back:], name]), 0, 5000) >= 2
    return False


# Words of a clinic's or a centre's name that our body words leave out (they also name
# buildings, so only here, right before a headline's subject).
_CARE_BODY_WORDS = frozenset(
    ["centre", "center", "centro", "médical", "medical", "médico", "clinique", "clínica", "clinic"]
)


_LEGAL_FORM_AFTER_RE = re.compile(
    rf"(?:[^\S\n]+[{names.UPPER}][\w&-]*){{0,2}},?[^\S\n]+(?P<form>[A-Z][A-Za-z./]{{0,5}})(?!\w)"
)


# "chief executive of (the) ", right before the subject's name.
_HEAD_OF_BEFORE_RE = re.compile(
    r"(?i:chief\s+executive(?:\s+officer)?|ceo|president|chair(?:man|woman|person)?|founder|"
    r"managing\s+director|general\s+manager|spokes(?:man|woman|person))\s+(?:of|at)\s+"
    r"(?:the\s+)?$"
)
# The name goes on ("Halberd Group") or is part of a word ("Halberds").
_NAME_GOES_ON_RE = re.compile(rf"\w|[^\S\n]+[{names.UPPER}]")


def _named_with_suffix(subject: list[str], body: str) -> bool:
    """ "Järvinen Acoustics launches ..." under "Järvinen Acoustics Oy": the body's name
    without its company form."""
    words = body.split()
    return (
        len(words) > len(subject)
        and [names.fold(w) for w in words[: len(subject)]] == [names.fold(w) for w in subject]
        and all(
            w.strip(".,").lower() in wordlists.organization_word_set()
            or w.strip(".,").lower() in _COMPANY_ABBREVIATIONS
            for w in words[len(subject) :]
        )
    )


# "Daehan Lumitech Co., Ltd.": company forms that are no body words of their own
# ("Co." also stands for a county).
_COMPANY_ABBREVIATIONS = frozenset(["co", "corp", "k.k", "kk"])


def _add_titled(people: _People, mentions: list[Mention], head_words: _HeadWords) -> None:
    """People named with a title ("Senator Akaka")."""
    for mention in mentions:
        person = people.add(_resolve_caps(mention, mentions, head_words))
        # The one a letter is sent to is named, not speaking.
        if person and not mention.addressee:
            person.titled += 1
            if mention.title and _holds_an_office(mention.title, head_words):
                person.office_title = True
            if not _is_plural_title(mention.title):
                person.plural_only = False


def _holds_an_office(title: str, head_words: _HeadWords) -> bool:
    """Whether the title is an office that issues releases under its holder's name; an
    ambassador's only on a page that names an embassy, a delegation or a mission (a
    senator's release about a nominee "Ambassador Bolton" is not the ambassador's)."""
    if _OFFICE_TITLE_RE.search(title):
        return True
    return bool(_ENVOY_RE.search(title)) and any(head_words.counts[w] for w in _MISSION_WORDS)


_ENVOY_RE = re.compile(r"(?i)\bambassador")
_MISSION_WORDS = ("Embassy", "EMBASSY", "Delegation", "DELEGATION", "Mission", "MISSION")


# A body's short name in brackets where it is first named: "(FICM)", "(ASX: CCI)",
# "(CCI or the Company)".
_SHORT_NAME_RE = re.compile(
    r"\((?:[A-Z]{2,6}:\s*)?(?P<short>[A-Z][A-Za-z&]{0,5}[A-Z])(?:\s+or\s+[^()\n]{1,30})?\)"
)
#: How far into the text a body's short name is looked for.
_SHORT_NAME_CHARS = 1500


def _mark_own_officers(
    people: _People, mentions: list[Mention], text: str, printed: Layout | None
) -> None:
    """Mark people whose title the issuing body's short name or first word heads: a
    company's or a federation's own officer ("FICM President Anne-Sophie X"; other
    titles may stand between: "CCI Managing Director and Chief Executive Officer X")."""
    titled = [(m, m.title) for m in mentions if m.title and not m.addressee]
    if not titled:
        return
    lead = text[: min(len(text), _SHORT_NAME_CHARS)]
    keys = {m["short"] for m in _SHORT_NAME_RE.finditer(lead)}
    keys.update(m["first"] for m in _LISTED_COMPANY_RE.finditer(lead))
    for part in printed.all("org") if printed else ():
        first = (part.value or "").split()[:1]
        if first and first[0][:1].isupper() and first[0].lower() not in _GENERIC_BODY_HEADS:
            keys.add(first[0])
    if not keys:
        return
    for person in people.values():
        person.own_officer = person.own_officer or _officer_of(text, person.name, keys)
    for mention, title in titled:
        title_start = text.rfind(title.split()[0], max(0, mention.start - 120), mention.start)
        if title_start <= 0:
            continue
        # (the title may run to several words: "the Executive Director of UNAF, Ms X")
        of_body = _TITLE_OF_KEY_RE.search(text, title_start, mention.start)
        if of_body and of_body["key"] in keys and (person := people.get(mention.key)):
            person.own_officer = True  # "the Secretary-General of WMWO, Dr X"
            continue
        words = text[max(0, title_start - 90) : title_start].rsplit("\n", 1)[-1].split()
        # (plain words, not a pattern built for each release's keys: compiling one cost
        # 3 % of extraction)
        for back, word in enumerate(reversed(words)):
            if word.removesuffix("'s").removesuffix("’s") in keys:
                person = people.get(mention.key)
                if person:
                    person.own_officer = True
                break
            if back >= 6 or not (_TITLE_WORD_RE.match(word) or word in ("and", "&", "of")):
                break


# The office of a post that issues the release: "Office of the United Nations Resident
# Coordinator in Senegal", "Office of the Ombudsman": the post's last two words.
_OFFICE_OF_POST_RE = re.compile(
    rf"^(?:the\s+)?Office\s+of\s+the\s+(?:[{UPPER}][\w.-]*\s+)*?"
    rf"(?P<post>(?:[{UPPER}][\w-]*\s+)?[{UPPER}][\w-]*)(?:\s+(?:in|for|of|to|on)\s+[^\n]*)?$"
)


def _mark_office_holders(
    people: _People, mentions: list[Mention], text: str, printed: Layout | None
) -> None:
    """Mark the holder of the post whose office issues the release: "the UN Resident
    Coordinator in Senegal, Ms. X" under the "Office of the United Nations Resident
    Coordinator in Senegal"; their office speaks through them."""
    posts = {
        m["post"]
        for part in (printed.all("org") if printed else ())
        if (m := _OFFICE_OF_POST_RE.match(part.value or ""))
    }
    for post in posts:
        before = _post_before_name_re(post)
        for mention in mentions:
            person = people.get(mention.key)
            if person and before.search(text, max(0, mention.start - 120), mention.start):
                person.own_officer = True


@functools.lru_cache(maxsize=64)
def _post_before_name_re(post: str) -> re.Pattern[str]:
    """The post right before a name, its place and a style between: "the Resident
    Coordinator in Senegal, Ms. X", "Ombudsman Dr. X" (not its deputy's: "Deputy
    Mayor X"; nor a name further on: "Mayor X joined Police Chief Y")."""
    return re.compile(
        rf"(?<!Deputy )(?<!Vice )(?<!Vice-)(?<!Assistant )(?<!Acting )\b{re.escape(post)}\b"
        r"(?:\s+(?:in|of|for|to)\s+[^,.;:\n]{1,40})?,?\s*"
        r"(?:(?:Mr|Ms|Mrs|Dr|Prof|Hon|H\.\s?E)\.?\s+)?$"
    )


def _officer_of(text: str, name: str, keys: set[str]) -> bool:
    """ "Inês Barros, Chief Executive Officer of Atlântida Energia": a title after the
    name, of the body the key heads."""
    at = text.find(name + ",", 0, _SHORT_NAME_CHARS)
    after = _OFFICER_OF_RE.match(text, at + len(name)) if at >= 0 else None
    return bool(after) and after["first"].removesuffix("'s").removesuffix("’s") in keys


_OFFICER_OF_RE = re.compile(
    rf",[^\S\n]+(?:the[^\S\n]+)?(?:[{UPPER}][\w-]*[^\S\n]+){{1,5}}(?:of|at)[^\S\n]+"
    r"(?:the[^\S\n]+)?(?P<first>[\w'’-]+)"
)
# "Secretary-General of WMWO, Dr X": the title, then the body's short name.
_TITLE_OF_KEY_RE = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?P<key>[\w'’-]+),[^\S\n]+(?:\S+[^\S\n]+)?$"
)
# A listed company before its ticker: "Atlântida Energia, S.A. (Euronext Lisbon: ATLE)".
_LISTED_COMPANY_RE = re.compile(
    rf"(?P<first>[{UPPER}][\w-]+)(?:,?[^\S\n]+[{UPPER}][\w.&-]*){{0,4}},?[^\S\n]+"
    r"\([^():\n]{2,30}:[^\S\n]*[A-Z0-9.]{2,10}\)"
)
_TITLE_WORD_RE = re.compile(rf"[{UPPER}][\w-]*\Z")
# A body's first word that says what it is, not which ("Ministry of ...", "The ...").
_GENERIC_BODY_HEADS = frozenset(
    ["the", "ministry", "department", "office", "government", "state", "city", "republic",
     "national", "federal", "royal", "university", "council", "embassy", "united", "european"]
)  # fmt: skip


def _add_attributed(people: _People, text: str, head_end: int, breaks: Sequence[int] = ()) -> None:
    """People with a bare attribution ("Akaka said") or a transcript label."""
    found = _attributions(text, min(head_end, _ATTRIBUTION_CHARS))
    for mention in _cut_at_breaks(found, text, breaks):
        person = people.add(mention)
        if person:
            person.attributed += 1
            person.plural_only = False
            if mention.title == "label":  # "Mr. BIDEN: ..." speaks the text
                person.agent = True


def _add_quoted(people: _People, quotes: list[QuoteSpan]) -> None:
    for i, quote in enumerate(quotes):
        if quote.speaker and quote.speaker != names.PRONOUN:
            person = people.add(Mention(quote.speaker, quote.start))
            if person and person.quoted_at is None:
                person.quoted_at = i
            if person and quote.via_role:
                person.role_refs += 1
            if person and quote.signed:
                person.attributed += 1  # a quote signed under it names who says it


def _add_headline_subject(people: _People, subject: list[str]) -> None:
    if subject and not any(names.fold(w) in people for w in subject):
        # Not named elsewhere with a title: "Brown Testifies At ..." names
        # Brown; "Patty Murray Announces" names Murray.
        known_first = len(subject) == 2 and names.fold(subject[0]) in people
        people.add(Mention(subject[0] if len(subject) != 2 or known_first else subject[1], 0))


_SPOKEN_KIND_END_RE = re.compile(r"(?i)\b(?:address|speech|remarks|statement|lecture)$")


def _mark_signed(people: _People, text: str, head_end: int) -> None:
    """The person a byline, "Statement by", signature or closing bio names."""
    rx, closing = _regexes(), _closing_regexes()
    tail_start = max(0, len(text) - 600)
    for key, start, end in (
        ("byline", 0, min(head_end, 600)),
        ("statement_by", 0, min(head_end, 600)),
        ("signature", 0, len(text)),
        ("bio", tail_start, len(text)),
        ("speaker_label", tail_start, len(text)),
        ("signature_block", tail_start, len(text)),
        ("dash_signature", tail_start, len(text)),
    ):
        if key == "signature":
            # The closing pattern ignores case, so a scan of the whole text costs a
            # millisecond: start near the first closing word, if there is one.
            start = _first_closing_word(text)
            if start < 0:
                continue
        if key == "bio" and not _BIO_HINT_RE.search(text, start, end):
            continue
        m = (rx.get(key) or closing[key]).search(text, start, end)
        if not m:
            if key == "statement_by":
                _mark_heading_by(people, text, min(head_end, 600))
            continue
        if key == "signature_block" and (
            (m["body"] and not _signature_tail(m["body"])) or _SPOKEN_KIND_END_RE.search(m["name"])
        ):
            continue  # (not "Commencement Address" / "President X" / ... / its date)
        if key == "byline" and (
            _WRITERS_ROLE_RE.match(text, m.end("name")) or _a_storys_writer(text, m)
        ):
            continue  # "By Ingrid Solbakken, communications adviser": who wrote it up
        if key == "dash_signature" and _LIST_ITEM_RE.match(_line_before(text, m.start("name"))):
            continue
        group = "author" if key == "bio" and m["author"] else "name"
        name = names.trim_name(m[group], caps=m[group].isupper())
        person = people.add(Mention(name, m.start(group))) if name else None
        if person:
            person.agent = True
            # ("Dear Residents, ... Yours sincerely, / X": an open letter's writer, as a
            # byline names one; not a letter a release quotes, nor one many sign)
            if key == "signature" and _an_open_letter(text, m.start(group)):
                person.header_by = True


_LIST_ITEM_RE = re.compile(r"\s*[—–•*-]\s")
# A letter's salutation on a line of its own: "Dear Residents,", "Dear Colleagues:".
_SALUTATION_RE = re.compile(r"(?:^|(?<=\n))[^\S\n]*Dear[^\S\n]+[^\n]{1,60}[,:][^\S\n]*\n")


def _an_open_letter(text: str, signed_at: int) -> bool:
    """Whether the release is a letter: its salutation over the first paragraph, under
    header lines only (no lead of many words first), one name alone on its signature's
    line, at the text's foot (not a cover note over the release it sends), no press
    officer's post under it ("Kind regards, / X / Press Officer")."""
    salutation = _SALUTATION_RE.search(text, 0, min(len(text), _LETTER_HEAD_CHARS))
    if not salutation or any(
        len(line.split()) > 14 for line in text[: salutation.start()].split("\n")
    ):
        return False
    line_end = text.find("\n", signed_at)
    line_end = len(text) if line_end < 0 else line_end
    line, after = text[signed_at:line_end], text[line_end:]
    return (
        len(line.split()) <= 5
        and not re.search(r",|\band\b|&", line)
        and len(after) <= _LETTER_FOOT_CHARS
        and not _PRESS_POST_RE.match(after.lstrip())
    )


#: How much may follow a letter's signature (its post, a co-signer, a contact).
_LETTER_FOOT_CHARS = 300
_PRESS_POST_RE = re.compile(r"(?i)[^\n]*\b(?:press|media|communications?|public relations)\b")


#: How far into a letter its salutation stands.
_LETTER_HEAD_CHARS = 800


def _a_storys_writer(text: str, byline: re.Match[str]) -> bool:
    """A news story's byline: an untitled name the text never names again, over a
    text that quotes others ("By Lin Yu-ting | 3 June 2025" ... "…," said Professor
    Huang); not an op-ed's author, who writes in the first person and quotes no one."""
    if not re.match(r"(?i)by:?\s+$", text[byline.start() : byline.start("name")]):
        return False  # "By Sen. Chuck Hagel": a titled author
    line_end = text.find("\n", byline.start())
    line_end = len(text) if line_end < 0 else line_end
    next_line = text[line_end + 1 : line_end + 60].split("\n", 1)[0]
    if not (_STORY_ROW_RE.search(text, byline.start(), line_end) or _YEAR_RE.search(next_line)):
        return False  # (a news page's row: "By Lin Yu-ting | 3 June 2025"; an op-ed's
        # "By Tomasz Nowakowski" alone is its author's)
    last = names.surname(byline["name"]).lower()
    if text.lower().count(last) > 1 or not _QUOTE_MARK_RE.search(text, byline.end()):
        return False
    return not _AUTHORS_VOICE_RE.search(QUOTED_RE.sub(" ", text[byline.end() :]))


_QUOTE_MARK_RE = re.compile(r"[“\"]")
# A news page's byline row: "| 3 June 2025", "(Ascom/Semas)"; or a date line under it.
_STORY_ROW_RE = re.compile(r"[|·•][^\S\n]*\S|\([^()\n]{1,40}\)")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# An author's voice: "I", "we", "our", "my" outside quotations.
_AUTHORS_VOICE_RE = re.compile(r"(?<![\w'’])(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s)(?![\w'’])")


def _line_before(text: str, pos: int) -> str:
    """The last non-blank line before the one holding ``pos``."""
    lines = text[: text.rfind("\n", 0, pos) + 1].rstrip().rsplit("\n", 1)
    return lines[-1] if lines else ""


def _signature_tail(line: str) -> bool:
    """ "South American Handball Confederation", "15th January, 2025": a body's name or
    the date under a signature."""
    words = line.split()
    if len(words) <= 6 and re.search(r"\b(?:19|20)\d\d\b", line):
        return True
    return len(words) <= 10 and any(
        w.strip(".,").lower() in wordlists.organization_word_set() for w in words
    )


# "Speech by the Minister-President of Lower Saxony, Dr. Hannelore Wäckerle, at the
# opening of ...": the role before the name, the occasion after it.
_HEADING_BY_RE = re.compile(
    r"(?:^|(?<=\n))(?:Speech|SPEECH|Remarks|REMARKS|Address|ADDRESS|Statement|STATEMENT)\s+"
    r"(?:by|of|BY|OF)\s+(?P<phrase>the\s[^\n]{3,120}?)(?:,?\s+(?:at|to|on|during|before)\s|\n|$)"
)


# "Below is a statement from John Kerry commending ...": whose words follow.
_STATEMENT_BELOW_RE = re.compile(
    r"\b(?i:below|following|here)\s+(?:is|are)\s+(?:a|the)\s+(?:(?:full|joint)\s+)?"
    r"(?:statement|remarks|letter|op-ed|column|text)\s+(?:from|by|of)\s+"
    rf"(?P<phrase>(?:[{UPPER}][\w'’.-]*[^\S\n]+){{0,4}}[{UPPER}][\w'’-]+)"
)


def _mark_heading_by(people: _People, text: str, end: int) -> None:
    m = _HEADING_BY_RE.search(text, 0, end) or _STATEMENT_BELOW_RE.search(text, 0, end)
    name = names.find_name(m["phrase"]) if m else None
    if m and name and name != names.PRONOUN and " " in name:
        person = people.add(Mention(name, m.start("phrase")))
        if person:
            person.agent = True


_CLOSING_WORDS = (
    "sincerely",
    "respectfully",
    "yours",
    "regards",
    "wishes",
    "with gratitude",
    "with thanks",
)


def _first_closing_word(text: str) -> int:
    """Where a letter's closing may start (-1: nowhere), a little before its keyword."""
    low = text.lower()
    found = [i for i in (low.find(word) for word in _CLOSING_WORDS) if i >= 0]
    return max(0, min(found) - 16) if found else -1


def _not_speaking_lines(printed: Layout) -> list[Part]:
    """Header lines that name people who do not speak: a photo's caption (who is in
    the picture), "Delivered on her behalf by X" (who read the text out), a media
    contact's line (the press officer)."""
    return [*printed.all("photo"), *printed.read_by, *printed.all("contact")]


def _without_captions(
    text: str, mentions: list[Mention], captions: list[Part]
) -> tuple[str, list[Mention]]:
    """The text with its photo captions blanked (offsets kept), and the mentions outside them."""
    for caption in captions:
        text = text[: caption.start] + " " * (caption.end - caption.start) + text[caption.end :]
    kept = [m for m in mentions if not any(c.start <= m.start < c.end for c in captions)]
    return text, kept


def _mark_lead_agent(people: _People, text: str, lead_start: int, mentions: list[Mention]) -> None:
    """The lead sentence's subject: a person named within its first words."""
    lead_end = sentences.first_sentence_end(text, lead_start, _LEAD_CHARS)
    lead_mentions = [m for m in mentions if lead_start <= m.start < lead_end]
    # "When I voted ..., President Lindqvist promised": the lead is the writer's own
    # (an "I" inside a quotation is the quoted person's).
    if lead_mentions and FIRST_PERSON_RE.search(
        QUOTED_RE.sub(" ", text[lead_start : lead_mentions[0].start])
    ):
        return
    if lead_mentions and _is_lead_agent(text, lead_mentions[0]):
        head_name = lead_mentions[0].list_head or lead_mentions[0].name
        person = people.get(names.fold(names.surname(head_name)))
        if person:
            person.agent = True
            listed = _same_list(mentions, lead_mentions[0])
            person.agent_in_list = len(listed) > 1
            for mention in listed:
                other = people.get(mention.key)
                if other is not None and other is not person:
                    other.co_agent = True


def _named_as_a_speaker(p: Person) -> bool:
    """Named with a title, an attribution, in the headline, as an agent, in the header,
    or through a role reference ("The Cabinet Secretary said:" names its holder)."""
    return bool(
        p.titled or p.attributed or p.headline_pos is not None or p.agent or p.printed
    ) or bool(p.role_refs)


def _best_speaker(
    people: _People,
    text: str,
    starts: tuple[int, int, int],
    head_words: _HeadWords,
    explain: list[dict] | None,
    co_issuers: list[str] | None = None,
    breaks: Sequence[int] = (),
) -> str | None:
    """The best scored candidate, unless named too weakly to speak for the release.

    ``starts`` are where the headline starts and ends and where the body starts.
    """
    headline_start, headline_end, body_start = starts
    first_quoted = min(
        (p for p in people.values() if p.quoted_at is not None and (p.titled or p.agent)),
        key=lambda p: p.quoted_at or 0,  # never None here
        default=None,
    )
    subject_person = _headline_subject_person(people, text, headline_start)
    named = [
        p
        for p in people.values()
        if _named_as_a_speaker(p)
        and _supported(p, head_words, text)
        and not _a_bodys_name(p, text, body_start, breaks)
    ]
    # A name seen only in a title-case headline ("Senator Lobbied Senate
    # Appropriations ...") is a last resort.
    candidates = [p for p in named if p is subject_person or not _headline_only(p)] or named
    if not candidates:
        candidates = [
            p for p in people.values() if p.quoted_at is not None and not _not_a_person(p.name)
        ]
    # An unsigned column in the first person that names "President Bush": the
    # writer is not named, and Bush is talked about, not speaking.
    talked_about = [p for p in candidates if _talked_about(p, text, body_start)]
    if talked_about and first_person_voice(text):
        candidates = [p for p in candidates if p not in talked_about]
    # "sent the following letter to Mark P. Mays": a letter's addressee reads it.
    candidates = [p for p in candidates if not _only_addressed(p, text)]
    if not candidates:
        return None
    if subject_person is None:
        # "..., says Opposition critic", "Shadow Minister: ...": a headline names by
        # role the one whose role is printed beside their name.
        subject_person = _headline_role_person(candidates, text, headline_start, headline_end)
    joint_head = _joint_head(candidates, text, body_start)
    best = _ranked(candidates, subject_person, first_quoted, joint_head, explain)[0]
    if _weak(best):
        return None
    if co_issuers is not None:
        listed = _headline_list(candidates, text, headline_start, headline_end)
        co_issuers.extend(p.name for p in _joint_issuers(best, candidates, joint_head, listed))
    return best.name


def _ranked(
    candidates: list[Person],
    subject: Person | None,
    first_quoted: Person | None,
    joint_head: Person | None,
    explain: list[dict] | None,
) -> list[Person]:
    """The candidates, best scored first (earlier named first on a tie)."""
    weights = scoring.weights("speaker")
    scored = []
    for p in candidates:
        features = _features(p, subject, first_quoted, joint_head)
        scored.append((scoring.score(features, weights), -p.first, p, features))
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    if explain is not None:
        explain.extend(
            {"name": p.name, "score": round(value, 3), "features": features}
            for value, _, p, features in scored
        )
    return [p for _, _, p, _ in scored]


def _joint_issuers(
    best: Person, candidates: list[Person], joint_head: Person | None, headline_list: list[Person]
) -> list[Person]:
    """Who issues the release with ``best``: the others of the lead's subject
    list ("Sens. A and B today announced"), of a joint release's letterheads or
    of the headline's subject list ("SENS. A, B URGE ...")."""
    in_lead_list = best.agent_in_list or best.co_agent
    in_headline_list = any(p is best for p in headline_list)
    return sorted(
        (
            p
            for p in candidates
            if p is not best
            and (
                (in_lead_list and ((p.agent and p.agent_in_list) or p.co_agent))
                or (best is joint_head and p.letterhead)
                or (in_headline_list and any(p is q for q in headline_list))
            )
        ),
        key=lambda p: p.first,
    )


# A headline's words: letters with an inner apostrophe, or a colon or ampersand.
_HEADLINE_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[:&]")


def _headline_list(
    candidates: list[Person], text: str, headline_start: int, headline_end: int
) -> list[Person]:
    """The people a headline names together before its verb or a colon:
    "SENS. CHAMBLISS, ISAKSON URGE ...", "Specter & Casey Announce ...",
    "SENS. HAGEL, NELSON: WHERE WE STAND"; empty unless two or more.

    Anything else before the verb ("MRS. BUSH JOINS SENS. A, B") ends the list.
    """
    in_headline = [
        p for p in candidates if p.headline_pos is not None and p.headline_pos < headline_end
    ]
    if len(in_headline) < 2:
        return []  # (most releases: no list to read, and no cost)
    by_surname = {names.fold(names.surname(p.name)): p for p in candidates}
    given = {names.fold(w) for p in candidates for w in p.name.split()[:-1]}
    verbs = wordlists.action_verbs()
    listed: list[Person] = []
    for m in _HEADLINE_TOKEN_RE.finditer(text, headline_start, headline_end):
        word = m.group()
        folded = names.fold(word)
        person = by_surname.get(folded)
        if person is not None:
            # Only someone the text names with an issuing office's title ("Senator Bob
            # Corker", not "Secretary Gates"), and not headline words run together
            # ("Alexander Corker" of "Alexander Corker Davis Praise ...").
            run_together = any(names.fold(w) in by_surname for w in person.name.split()[:-1])
            if person.office_title and not run_together and person not in listed:
                listed.append(person)
            continue
        if word == ":" or word.lower() in verbs:
            break
        if (
            word == "&"
            or word.lower() in ("and", "u", "s")
            or word.capitalize() in _title_words()
            or folded in given
        ):
            continue
        return []
    return listed if len(listed) > 1 else []


def _talked_about(person: Person, text: str, body_start: int) -> bool:
    """Named in the body with a title other than an issuing office's, and nothing more."""
    return (
        person.first >= body_start
        and not (
            person.office_title
            or person.office
            or person.attributed
            or person.agent
            or person.quoted_at is not None
            or person.printed
            or person.role_refs
            or person.headline_pos is not None
        )
        and not _on_a_line_of_their_own(text, person.first)
        and not _BY_BEFORE_RE.search(text, max(0, person.first - 90), person.first)
        and not _DELIVERS_AFTER_RE.match(text, person.first)
    )


def _only_addressed(person: Person, text: str) -> bool:
    """First named as a letter's addressee ("a letter to President Bush", "Dear
    Mayor Miron") and never as one who speaks, signs or acts. (A titled mention
    right after "to" is already no title's weight: ``Mention.addressee``.)"""
    if (
        person.attributed
        or person.quoted_at is not None
        or person.agent
        or person.printed
        or person.role_refs
        or person.office
        or person.headline_pos is not None
    ):
        return False
    first = _first_printed(text, person)
    return bool(_ADDRESSEE_BEFORE_RE.search(text, max(0, first - 80), first))


# The words before an addressee's name: "letter early next week to Stratford Mayor James R. ",
# "wrote to Secretary ", "Dear Mr. ".
_ADDRESSEE_BEFORE_RE = re.compile(
    rf"(?:\b(?:[Ll]etters?|[Ww]rote|[Ww]riting|[Ww]ritten)(?:[^\S\n]+[a-z]+){{0,3}}[^\S\n]+to|\bDear)"
    rf"[^\S\n]+(?:the[^\S\n]+)?(?:[{UPPER}][\w'’.-]*[^\S\n]+){{0,6}}$"
)


# "Speech given by Cabinet Secretary for Rural Affairs and Islands " before a name:
# the text says who gave it.
# ("the speech by the Secretary for Trade and Industry, Mr Edmund Cheuk": a comma too)
_BY_BEFORE_RE = re.compile(
    rf"\b(?:[Bb]y|BY)[^\S\n]+(?:(?:[{UPPER}][\w'’.-]*|of|for|and|the),?[^\S\n]+){{0,9}}$"
)
# "Mr Mandla Ferreira, will deliver the following address": who gives the speech.
_DELIVERS_AFTER_RE = re.compile(
    r"[^.\n]{0,60}?\b(?:will\s+deliver|delivered|delivers|will\s+give|gave|gives)\s+"
    r"(?:the\s+following\s+|this\s+|an?\s+|his\s+|her\s+)?(?:address|speech|remarks|lecture)\b"
)


def _on_a_line_of_their_own(text: str, pos: int) -> bool:
    """A name line ("President Marguerite Okonjo", under a speech) signs the text."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : len(text) if end < 0 else end].strip()
    return len(line.split()) <= 6 and not line.endswith((".", "!", "?", ",", ";", ":"))


# "Joint statement of ...", "JOINT COMMUNIQUÉ", "Joint media release".
_JOINT_RE = re.compile(
    r"(?i)\bjoint\s+(?:press\s+|media\s+|news\s+)?"
    r"(?:release|statement|communiqu|declaration|press\s+conference|letter|op-ed)"
)
_JOINT_HEADER_CHARS = 800


_CONTACT_BEFORE_RE = re.compile(
    r"(?i)\b(?:media\s+|press\s+)?contacts?\s*:\s*(?P<given>[^:\n]{0,40})\Z"
)


def _named_as_contact(p: Person, text: str) -> bool:
    """Whether the person's first mention follows a "Contact:" label, with their given
    names and nothing else between ("Contact: Tamsin Greer"; not "Contact: Melissa
    Wagoner  Kennedy", the senator whose office she speaks for)."""
    pos = p.headline_pos or 0
    m = _CONTACT_BEFORE_RE.search(text, max(0, pos - 60), pos)
    given = p.name[: len(p.name) - len(names.surname(p.name))].split()
    return bool(m) and m["given"].split() == given


def _headline_subject_person(
    people: dict[str, Person], text: str, headline_start: int
) -> Person | None:
    """The first person of the headline, if no verb comes before them.

    "SENATE CONFIRMS ... GENERAL PETRAEUS" is about Petraeus, not by him.
    """
    headline_people = sorted(
        (
            p
            for p in people.values()
            if p.headline_pos is not None
            # (not named only over the headline with no title nor line of their own: a
            # letter's addressee, a place or a body in the letterhead)
            and not (p.headline_pos < headline_start and not (p.titled or p.printed or p.office))
            and not _in_an_address_block(text, p.headline_pos)
            # A contact above the headline ("Contact: Tamsin Greer, Press Secretary")
            # answers the phone; it is not the headline's subject.
            and not _named_as_contact(p, text)
            # ("Acquisition of Halden Precision Coatings Limited": a company named after
            # its founder, not the founder)
            and not _inside_a_company_name(text, p.headline_pos)
        ),
        key=lambda p: p.headline_pos or 0,  # never None here
    )
    if not headline_people:
        return None
    first = headline_people[0]
    first_pos = first.headline_pos or 0  # never None here
    before = text[headline_start:first_pos] if first_pos > headline_start else ""
    verbs = wordlists.action_verbs()
    words = _WORD_RE.findall(before)
    preceding = list(words)
    while preceding and preceding[-1] in first.name.split():
        preceding.pop()  # (the position is the surname's: "with Dele |Akande")
    if preceding and preceding[-1].lower() == "with":
        return None  # "Interview with Dele Akande, Lagos Talk FM": the host
    chosen = _CHOSEN_AFTER_RE.match(text, first_pos)
    if (
        chosen
        and chosen["verb"].lower() in _CHOSEN_VERBS
        and chosen["verb"][:1].isupper()  # a headline's verb, not a lead's "X named Y"
        and not first.attributed
        and first.quoted_at is None
    ):
        # "Dr. Rania Khoury-Haddad Appointed Dean of ...", and she says nothing: the one
        # the news is about; who chose her speaks ("ALLARD APPOINTED TO ..." and "said
        # Allard": his own release)
        return None
    if first_pos < headline_start + _HEADLINE_SUBJECT_ZONE and not any(
        w.lower() in verbs and w.lower() not in _HEADLINE_NOUNS for w in words
    ):
        return first
    return None


_CAPITALISED_RUN_RE = re.compile(rf"[\w'’.-]+(?:[^\S\n]+[{UPPER}][\w&'’.-]*){{1,4}}")


def _inside_a_company_name(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` opens a company's name: the capitalised words after
    it end in a legal form ("Halden Precision Coatings Limited")."""
    run = _CAPITALISED_RUN_RE.match(text, pos)
    if not run:
        return False
    ends = [m.end() for m in re.finditer(r"\S+", text[run.start() : run.end()])]
    return any(_legal_form_ends(text, run.start() + end) for end in ends[1:])


def _legal_form_ends(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a company's legal form as printed: "Ltd.",
    "AS", "hf.", "Limited"; not a word of a capitals headline ("CARDIN, AG GONZALES",
    "ALLARD TO SUPPORT NUSSLE AS ...") nor a lost hyphen's ("Clinton Co sponsors")."""
    start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
    form = text[start:end].rstrip(",")
    bare = form.rstrip(".").replace(".", "").lower()
    if bare in _LEGAL_FORMS_SPELT_OUT:
        return form[:1].isupper()
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start].split()[-3:]
    after = text[end : end + 2].strip()[:1]
    return (
        bare in LEGAL_FORMS
        and (form[:1].isupper() or form.rstrip(".") in _LOWER_CASE_FORMS)
        and not (form.isupper() and len(form) > 1 and before and all(w.isupper() for w in before))
        and (form.endswith(".") or not after.islower())
        # ("Co" without its dot only before a mark: "Allard Co Sponsors ..." lost a hyphen)
        and (bare != "co" or form.endswith(".") or not after.isalpha())
    )


_LEGAL_FORMS_SPELT_OUT = frozenset(["limited", "incorporated", "corporation", "holdings"])
# Legal forms written in lower case (the others in lower case are words: "as", "co").
_LOWER_CASE_FORMS = frozenset(["plc", "hf", "ehf"])


# The verb after the headline's name (its position is the surname's).
_CHOSEN_AFTER_RE = re.compile(
    r"[\w'’.-]+,?[^\S\n]+(?:(?:has|have|is|was)[^\S\n]+(?:been[^\S\n]+)?)?(?P<verb>[\w-]+)"
)


def _headline_role_person(
    candidates: list[Person], text: str, headline_start: int, headline_end: int
) -> Person | None:
    """The one candidate whose role, printed beside their name, shares the most title
    words with a headline that names no one ("Housing fund is a paper promise, says
    Opposition critic": "Opposition Housing Critic Rebecca Tallis"; "MP seeks ...":
    "Dr X, MP for Thanjavur"). None on a tie."""
    slot = _headline_speaker_slot(text[headline_start:headline_end])
    titles = wordlists.title_word_set()
    if any(w.endswith("s") and w[:-1] in titles for w in _WORD_RE.findall(slot.lower())):
        return None  # "Senators:", "MPs warn": several people
    wanted = _role_keys(slot)
    for p in candidates:
        if p.headline_pos is not None:
            # "PM call with President Kamara": that title is Kamara's, named there.
            before = _ROLE_BEFORE_RE.search(
                text, max(headline_start, p.headline_pos - 60), p.headline_pos
            )
            wanted -= _role_keys(before.group()) if before else set()
    if not wanted:
        return None
    shared = sorted(
        ((len(wanted & _roles_beside(p, text)), i) for i, p in enumerate(candidates)), reverse=True
    )
    if not shared[0][0] or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return candidates[shared[0][1]]


# Where a headline names who speaks: "..., says Opposition critic", "Shadow Minister:
# ...", "MPs warn ...", "Health Minister announces ...".
_SAYS_ROLE_RE = re.compile(
    r"(?i)[,\"”’']\s*(?:says|said|warns|urges|tells|claims|insists|argues)\s+(?P<role>(?:[\w'’-]+\s+){0,3}"
    r"[\w'’-]+)\W*$|^(?P<label>(?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*:"
)


def _headline_speaker_slot(headline: str) -> str:
    """The words of a headline that say who speaks, or ""."""
    m = _SAYS_ROLE_RE.search(headline)
    if m:
        return m["role"] or m["label"]
    words = _WORD_RE.findall(headline)[:5]
    if words and words[0].lower() == "the":
        words = words[1:]
    for i in range(1, min(len(words), 5)):
        # "MP seeks ...", "Health Minister announces ...": the role, then its verb
        verb = words[i].lower()
        if verb in wordlists.action_verbs() or verb in wordlists.speech_verb_set():
            return " ".join(words[:i])
    return ""


# Words of titles that say nothing of a role.
_NOT_ROLE_WORDS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "hon", "sir", "dame", "the", "prof", "of", "for", "and"}
    | {"her", "his", "u", "s", "u.s", "united", "states", "state", "first", "government"}
)


def _role_keys(phrase: str) -> set[str]:
    """The words of our titles in ``phrase``, lower case."""
    titles = wordlists.title_word_set()
    keys = set()
    for word in _WORD_RE.findall(phrase.lower()):
        if word in titles and word not in _NOT_ROLE_WORDS:
            keys.add(word)
    return keys


def _roles_beside(p: Person, text: str) -> set[str]:
    """Title words printed right before or after the person's surname, anywhere in the text."""
    last = names.surname(p.name)
    found: set[str] = set()
    at, seen = text.find(last), 0
    while at >= 0 and seen < 10:
        seen += 1
        before = _ROLE_BEFORE_RE.search(text, max(0, at - 120), at)
        if before:
            found |= _role_keys(before.group())
        after = _ROLE_AFTER_RE.match(text, at + len(last))
        if after:
            found |= _role_keys(after.group())
        at = text.find(last, at + len(last))
    return found


# "Shadow Minister for Buses and Local Transport Siobhan ": the capitalised run
# before a name (its given names included); ", MP for Thanjavur": the role after it.
_ROLE_BEFORE_RE = re.compile(
    rf"(?:[{UPPER}][\w'’.-]*[^\S\n]+(?:(?:of|for|and|the)[^\S\n]+)*){{1,8}}$"
)
_ROLE_AFTER_RE = re.compile(
    rf",[^\S\n]+(?:the[^\S\n]+)?[{UPPER}][\w'’.-]*(?:[^\S\n]+(?:(?:of|for|and|the)[^\S\n]+)*"
    rf"[{UPPER}][\w'’.-]*){{0,5}}"
)


def _strong(p: Person) -> bool:
    """Titled, printed, acting or quoted: more than a name that "says"."""
    return bool(p.titled or p.agent or p.quoted_at is not None or p.printed)


def _weak(p: Person) -> bool:
    """Named only once as "X said" somewhere: not enough to speak for the release."""
    return not _strong(p) and p.headline_pos is None and p.attributed < 2


def _joint_head(candidates: list[Person], text: str, body_start: int) -> Person | None:
    """The first person named in a joint release: a "Joint statement" header, or two letterheads.

    A joint release is cited by its first name ("Joint statement of A and B").
    A transcript's header lists its speakers too, but there the turns decide.
    """
    # The header only: "..., Snowe and Collins said in a joint statement" in
    # the body is no label of the release.
    header = text[: min(body_start, _JOINT_HEADER_CHARS)]
    if (
        len(candidates) < 2
        or any(p.turn_share for p in candidates)
        or not (_JOINT_RE.search(header) or sum(p.letterhead for p in candidates) >= 2)
    ):
        return None
    # Where the name is first printed: a mention may have been read later
    # ("The Minister for Health, Declan Mulcahy TD, and ..."). Only someone titled,
    # printed, acting or quoted heads it, not a word that "says" ("Lawsuit says ...").
    issuers = [p for p in candidates if _strong(p)]
    return min(issuers, key=lambda p: _first_printed(text, p)) if issuers else None


def _first_printed(text: str, person: Person) -> int:
    # A plain search for the surname as a whole word: a pattern built for each
    # candidate cost a compilation every time (2 % of extraction).
    word = names.surname(person.name)
    at = text.find(word) if word else -1
    while at >= 0:
        before, after = text[at - 1 : at], text[at + len(word) : at + len(word) + 1]
        if (
            not _is_word_char(before)
            and not _is_word_char(after)
            and not _names_a_body_after(text, at + len(word))
        ):
            return min(person.first, at)
        at = text.find(word, at + 1)
    return person.first


_FOLLOWING_WORD_RE = re.compile(r"[^\S\n]+([\w.&-]+)")


def _names_a_body_after(text: str, pos: int) -> bool:
    """ "[The Amberley-Osei Foundation logo]": the surname is part of a body's name."""
    m = _FOLLOWING_WORD_RE.match(text, pos)
    return bool(m) and m.group(1).rstrip(".").lower() in wordlists.organization_word_set()


def _is_word_char(char: str) -> bool:
    return bool(char) and (char.isalnum() or char == "_")


def _features(
    p: Person, subject: Person | None, first_quoted: Person | None, joint_head: Person | None
) -> dict[str, float]:
    """What speaks for a candidate, as numbers the scorer weighs (index/data/*-weights.json)."""
    return {
        "headline_subject": float(p is subject),
        "headline_other": float(p.headline_pos is not None and p is not subject),
        # A list ("Sens. A and B today announced") says nothing about its head.
        "lead_agent": float(p.agent and not p.agent_in_list),
        "lead_agent_in_list": float(p.agent and p.agent_in_list),
        "first_quoted": float(p is first_quoted),
        "quoted": float(p.quoted_at is not None),
        # An office that issues releases (Senator, Governor, Minister) speaks
        # more often than a President or Secretary it names.
        "titled_office": float(bool(p.titled) and p.office_title),
        "titled_other": float(bool(p.titled) and not p.office_title),
        "page_office": float(p.office),
        "attributed": float(min(p.attributed, 4)),
        "letterhead": float(p.letterhead),
        "header_by": float(p.header_by),
        "main_turn": p.turn_share,
        "role_referred": float(min(p.role_refs, 3)),
        "mentions": math.log1p(p.hits),
        "early": 1.0 - min(p.first, 2000) / 2000,
        "joint_head": float(p is joint_head),
        "own_officer": float(p.own_officer),
    }


# A government page's "From:" line under its headline: "From: Department for Transport
# and Tessa Hartigan MP", "From:\nPrime Minister's Office, 10 Downing Street and The Rt
# Hon Eleanor Whitcombe-Hale MP": the member whose words the page gives.
_FROM_MEMBER_RE = re.compile(
    rf"(?m)^From:[^\S\n]*\n?[^\n]*?(?:^|\band[^\S\n]+)(?:The[^\S\n]+)?(?:Rt[^\S\n]+)?"
    rf"(?:Hon\.?[^\S\n]+)?(?P<who>{NAME_RUN})[^\S\n]+(?:MP|MSP|MS|MLA|TD|MEP|MHK|MHA)\b"
)
#: How far into a page its "From:" line may stand.
_FROM_LINE_CHARS = 1500


def _add_from_line(people: _People, text: str) -> None:
    from_line = _FROM_MEMBER_RE.search(text, 0, min(len(text), _FROM_LINE_CHARS))
    person = people.add(Mention(from_line["who"], from_line.start("who"))) if from_line else None
    if person:
        person.header_by = True


def _add_printed(printed: Layout, add) -> None:
    """People the header prints: letterhead names, "Remarks by" lines, transcript turns."""
    greeted = printed.dignitaries_start()
    for part in printed.all("name", "byline"):
        if not part.value:
            continue  # never so: these lines are classified by the name they hold
        if part.start >= greeted:
            continue  # "PROTOCOL" / "Hon. Minister for X, Hon. Y": a dignitary greeted
        if part.kind == "byline" and _WRITERS_ROLE_RE.search(part.text):
            continue  # "By Ingrid Solbakken, communications adviser": who wrote it up
        if part.kind == "byline" and _names_the_host(part.text):
            continue  # "Interview with Sereana Vale, "Talanoa Tonight", Coral FM": the host
        person = add(Mention(part.value, part.start, caps=part.text.isupper()))
        if person:
            if part.kind == "name":
                person.letterhead = True
            else:
                person.header_by = True
    if printed.foot_author and not printed.all("byline"):
        # An op-ed signed at its foot: its author's words, as under a byline.
        person = add(Mention(printed.foot_author, printed.body_start))
        if person:
            person.header_by = True
    main = printed.main_turn_speaker()
    if main:
        person = add(Mention(main[0], printed.body_start))
        if person:
            person.turn_share = main[1]


# A transcript's heading naming its host, then the programme or station.
_HOST_AND_PROGRAMME_RE = re.compile(
    rf"(?i)^(?:(?:radio|television|tv|phone|telephone)\s+)?interview\s+with\s+"
    rf"(?P<first>(?-i:[{names.UPPER}])[\w'’.‐-]*)(?:\s+(?-i:[{names.UPPER}])[\w'’.‐-]*){{1,3}},"
    r"(?P<programme>[^\n]+)$"
)
_PROGRAMME_SMALL_WORDS = frozenset(["of", "the", "and", "on", "in", "&", "with"])


def _names_the_host(line: str) -> bool:
    """ "Interview with Sereana Vale, "Talanoa Tonight", Coral FM": the host, then the
    programme and station in capitals (not "Interview with Peter Rüegg, energy expert and
    deputy director", the guest and their post; nor a titled guest, "with Minister X")."""
    host = _HOST_AND_PROGRAMME_RE.match(line.strip())
    if not host or names.is_title(host["first"].rstrip(".")):
        return False
    words = host["programme"].replace(",", " ").split()
    return all(
        w[:1].isupper() or w[:1].isdigit() or w[:1] in '"“‘' or w in _PROGRAMME_SMALL_WORDS
        for w in words
    ) and not any(names.is_title(w.strip('"“”')) for w in words)


# A byline's role that makes its name the story's writer, not its speaker.
_WRITERS_ROLE_RE = re.compile(
    r"(?i),\s*(?:[\w-]+\s+){0,3}?(?:staff\s+writer|reporter|correspondent|"
    r"(?:communications?|press|media|news)\s+(?:adviser|advisor|officer|manager|"
    r"specialist|assistant|team|desk))\b"
)


def _headline_only(p: Person) -> bool:
    if (
        p.attributed
        or p.quoted_at is not None
        or p.agent
        or p.office
        or p.printed  # a name line of its own ("Vice Chair Richard H. Clarida")
        or not p.mixed_case
    ):
        return False
    return p.headline_pos is not None and p.hits_outside_headline == 0


def _supported(p: Person, head: _HeadWords, text: str) -> bool:
    """Whether a candidate is a name at all, not a headline word ("President Calling").

    A one-word mixed-case name with no other support is refused when it
    looks like a common word: a gerund, or a word the text also writes in
    lower case. A word the text writes after "the" ("The Summit noted") is a
    noun, whatever else speaks for it.
    """
    if (
        _not_a_person(p.name)
        or _after_the(p.name, text)
        or (" " not in p.name and _initials_of_a_name(p.name, text))
        # ("Centro de Operações LAI": a place named for a body the text spells out)
        or (_ends_in_initials(p.name) and _initials_of_a_name(p.name.split()[-1], text))
        or _a_street_in_an_address(p.name, text)
        # ("UdelNorte launches ...": the short name the text gives a body, "Universidad
        # Regional del Norte (UdelNorte)")
        or (" " not in p.name and _defined_as_a_short_name(p.name, text))
    ):
        return False
    if p.attributed or p.quoted_at is not None or p.agent:
        return True
    if (
        p.titled
        and p.plural_only
        and p.hits_outside_headline == 0
        and (" " not in p.name or p.name.split()[0].lower() in wordlists.action_verbs())
    ):
        # "Senators Warn President ...", "SENATORS PAN ...", "Attorneys General Sue
        # Ticket Reseller": a plural title's verb, named nowhere else
        return False
    if " " in p.name or not p.mixed_case:
        return True
    if p.name.lower().endswith("ing"):
        return False
    return not head.lower_used(p.name)


def _a_bodys_name(p: Person, text: str, body_start: int, breaks: Sequence[int]) -> bool:
    """Whether an untitled candidate is the name of a body (see :func:`_names_a_body`)."""
    if p.titled or p.office or p.printed:
        return False  # "Senator X", a page's owner, a letterhead: a person
    if " " in p.name and _written_in_lower_case(p.name.lower(), text):
        return True  # "Respiratory Therapists" of "... short about 140 respiratory therapists"
    return _names_a_body(p.name, text, body_start, breaks) or _with_a_legal_form(p.name, text)


def _with_a_legal_form(name: str, text: str) -> bool:
    """Whether the text writes ``name`` with a company's legal form after it ("Hafgló
    hf. (ticker: HAFGLO)", "Skagerak Ferjer AS, which operates ..."): a company."""
    for m in re.finditer(re.escape(name) + r",?[^\S\n]+[\w/]+\.?", text):
        if _legal_form_ends(text, m.end()):
            return True
    return False


def _written_in_lower_case(phrase: str, text: str) -> bool:
    """Whether ``phrase`` (in lower case) stands in the text as whole words."""
    at = text.find(phrase)
    while at >= 0:
        if _word_at(text, at, phrase):
            return True
        at = text.find(phrase, at + 1)
    return False


def _names_a_body(name: str, text: str, body_start: int, breaks: Sequence[int] = ()) -> bool:
    """Whether most times the body writes ``name`` it is part of a body's name.

    "the Northfield Party", "Kisewin Lake First Nation", "About Norrvik
    Energi" (a company's boilerplate heading), "Ministry of Rural Affairs and
    Territorial Cohesion": the words before or after hold an organisation
    word, with no title between ("Subcommittee Chair Olympia Snowe" is a
    person). Headline and header lines are left out: in title case every
    word is capitalised ("Obama Urges Senate Panel"). ``breaks`` are where
    scraping lost punctuation ("continued Hale Congress should ..."): no
    phrase runs across one.
    """
    uses = bodies = 0
    for at in _uses(name, text, body_start):
        end = at + len(name)
        if _after_a_clubs_kind(text, at):
            return True  # "Club Atlético Rambla Sur": a club, however often it is "Rambla Sur"
        uses += 1
        i = bisect.bisect_left(breaks, end)
        stop = breaks[i] if i < len(breaks) else len(text)
        bodies += _in_a_body_name(text, at, end, stop)
    return bodies > 0 and 2 * bodies >= uses


def _in_a_body_name(text: str, start: int, end: int, stop: int) -> bool:
    """Whether the name at ``start:end`` is part of a body's name (words after it end by ``stop``)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text.startswith("About ", line_start) and line_start + 6 == start:
        return True
    after = _CAPITALISED_AFTER_RE.match(text, end, stop)
    before = _CAPITALISED_BEFORE_RE.search(text, max(line_start, start - 80), start)
    words = after.group().split() if after else []
    titles = _title_words()
    if before and not any(
        w.strip(".,").capitalize() in titles
        or w.strip(".,").capitalize()[:-1] in titles  # "Members"
        for w in before.group().split()
    ):
        words += before.group().split()
    return any(w.rstrip(".").lower() in wordlists.organization_word_set() for w in words)


def _after_a_clubs_kind(text: str, start: int) -> bool:
    """ "Club Atlético Rambla Sur", "FC Nordlys": a club's kind before the name (its
    first words may stand between: "Club Atlético Rambla" before "Sur")."""
    line_start = text.rfind("\n", 0, start) + 1
    for word in reversed(text[max(line_start, start - 40) : start].split()[-3:]):
        if _a_clubs_kind(word):
            return True
        if not word[:1].isupper():
            return False
    return False


def _a_clubs_kind(word: str) -> bool:
    """ "Club", "Atlético", "FC", "SK" (its letters in capitals: not "if", "ca")."""
    kind = word.lower() in _CLUB_HEADS
    return kind and (word.isupper() if len(word) <= 3 else word[:1].isupper())


_CLUB_HEADS = frozenset(
    ["club", "clube", "atlético", "atletico", "deportivo", "sporting", "fc", "cf", "sc", "ac",
     "fk", "sk", "sv", "vfb", "vfl", "tsv", "cd", "ud", "sd", "ca", "if", "ik", "bk"]
)  # fmt: skip
# Up to three capitalised words right after a name, one space apart ("Party", "First Nation").
_CAPITALISED_AFTER_RE = re.compile(rf"(?: [{UPPER}][\w'’.&-]*){{1,3}}")
# The capitalised run before a name that a connector joins to it ("Ministry of
# Rural Affairs and "; not "Committee Joseph R. " before "Biden").
# ("Xunta de Galicia", "Ville de Lyon": the same in other languages)
_CONNECTORS = r"of|for|and|the|&|de|del|della|da|do|di|du|des"
_CAPITALISED_BEFORE_RE = re.compile(
    rf"(?:[{UPPER}][\w'’.&-]* (?:(?:{_CONNECTORS}) )*){{0,5}}"
    rf"[{UPPER}][\w'’.&-]* (?:{_CONNECTORS}) $"
)


def _after_the(word: str, text: str) -> bool:
    """Whether most of the times the text writes ``word``, "the" comes before it."""
    found = [bool(_THE_BEFORE_RE.search(text, max(0, at - 6), at)) for at in _uses(word, text)]
    return len(found) >= 2 and 2 * sum(found) > len(found)


def _uses(word: str, text: str, start: int = 0, limit: int = 20) -> Iterator[int]:
    """Where ``text`` writes ``word`` as a whole word, from ``start``, at most ``limit`` times.

    A plain find, then the word's edges by hand: far faster than a pattern that
    opens with a look-behind.
    """
    count = 0
    at = text.find(word, start)
    while at >= 0 and count < limit:
        end = at + len(word)
        if not _WORD_EDGE_RE.match(text, end) and not (at and _WORD_EDGE_RE.match(text, at - 1)):
            count += 1
            yield at
        at = text.find(word, end)


_WORD_EDGE_RE = re.compile(r"[\w'’-]")
_THE_BEFORE_RE = re.compile(r"(?i)(?<![\w'’-])the[^\S\n]+$")


def _defined_as_a_short_name(name: str, text: str) -> bool:
    """ "Universidad Regional del Norte (UdelNorte)": a capitalised word right before
    "(<name>)" (a plain find first: most candidates are never in brackets)."""
    at = text.find(f"({name})")
    while at >= 0:
        if _CAPITALISED_WORD_END_RE.search(text, max(0, at - 40), at):
            return True
        at = text.find(f"({name})", at + 1)
    return False


_CAPITALISED_WORD_END_RE = re.compile(rf"[{UPPER}][\w'’-]+[^\S\n]*$")


def _a_street_in_an_address(name: str, text: str) -> bool:
    """ "Gen. Aguila Street, Harbour City 5000": a street's name with its town and
    postcode (not "Andy Street, the Mayor of the West Midlands")."""
    if not name.endswith(" Street"):
        return False
    at = text.find(name)
    return at >= 0 and bool(_TOWN_AND_POSTCODE_RE.match(text, at + len(name)))


_TOWN_AND_POSTCODE_RE = re.compile(r",[^\S\n]*[A-Z][^\n,]{1,40}?\d{3,}")


def _ends_in_initials(name: str) -> bool:
    """A mixed-case name whose last word is in capitals ("de Operações LAI")."""
    words = name.split()
    return len(words) > 1 and words[-1].isupper() and not words[0].isupper()


def _initials_of_a_name(word: str, text: str) -> bool:
    """Whether ``word`` ("NSU") is the initials of words the text writes out
    ("National Schools Union"): a body, not a person."""
    letters = word.upper()
    if not 2 <= len(letters) <= 6 or not letters.isalpha() or letters not in text:
        return False
    small = r"(?:(?:of|the|and|for|on|de|du|des|la|le|für|&)[^\S\n]+)*"
    spelled = rf"[^\S\n]+{small}".join(rf"{c}[\w'’-]+" for c in letters)
    # Opening with its first capital, the pattern is scanned for fast; a
    # look-behind in front made every search cover the whole text (0.8 ms on
    # 18 KB). The word's start is checked by hand, at every place it may begin.
    spelled_out = re.compile(rf"{spelled}(?![\w'’-])")
    pos = 0
    while m := spelled_out.search(text, pos):
        if not m.start() or not _WORD_EDGE_RE.match(text, m.start() - 1):
            return True
        pos = m.start() + 1
    return False


def _singular(word: str) -> str:
    """ "secretaries" -> "secretary", "ministers" -> "minister" (a title's plural)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _not_a_person(name: str) -> bool:
    """ "Prime Minister", "Council Secretariat", "Southern Africa": titles, bodies and
    places, not people."""
    words = [w.strip(".,'’").lower() for w in name.split()]
    titles, bodies = wordlists.title_word_set(), wordlists.organization_word_set()
    return (
        not words
        or all(w in titles or w in bodies for w in words)
        or (len(words) == 1 and _singular(words[0]) in titles)  # "Chief Secretaries"
        or words[-1] in bodies
        or " ".join(words) in wordlists.place_names()  # "Southern Africa"
        or (len(words) == 1 and words[0].capitalize() in names.REGION_ADJECTIVES)  # "WESTERN"
        or "excellence" in words  # "Son Excellence Madame X": a style
    )


def _mark_office(text: str, mentions: list[Mention], people: dict[str, Person], add) -> None:
    """Mark the senator or official whose office's page furniture frames the release."""
    rx = _regexes()
    office = rx["office_of"].search(text, 0, 600)
    if office:
        name = names.trim_name(office["name"], caps=office["name"].isupper())
        person = add(Mention(name, office.start("name"))) if name else None
        if person:
            person.office = True
            return
    for mention in mentions:
        if mention.start > 400:
            break
        if not mention.title or not _OFFICE_TITLE_RE.search(mention.title):
            continue
        name = _banner_name(text, mention.start)
        if not name:
            found = names.name_at(text, mention.start, caps=mention.caps)
            # ("Senator A | Senator B" / "NEWS RELEASE": a joint banner names A first)
            banner = found and (
                rx["furniture_after"].match(text, found[1])
                or _JOINT_BANNER_RE.match(text, found[1])
            )
            name = found[0] if found and banner else None
        person = people.get(names.fold(names.surname(name))) if name else None
        if person:
            person.office = True
            return


_JOINT_BANNER_RE = re.compile(r"[^\S\n]+[|·][^\S\n]+(?:Senator|Sen\.|Rep\.|Representative)\s")

# After a name: the sentence goes on ("... Craig Thomas was a great man").
_LOWER_WORD_RE = re.compile(r"\s+[a-z]")


def _banner_name(text: str, pos: int) -> str | None:
    """ "U.S. Senator Barack Obama Barack Obama": a page banner prints the office
    holder's name twice (its text, then its logo's). Punctuation-stripped prose
    can too, but goes on in lower case: "the passing of Senator Craig Thomas
    Craig Thomas was a great man"."""
    run = names.NAME_RUN_RE.match(text, pos)
    words = run.group().split() if run else []
    sentence_goes_on = _LOWER_WORD_RE.match(text, run.end()) if run else None
    for size in (2, 3):
        if len(words) >= 2 * size and words[:size] == words[size : 2 * size]:
            if len(words) == 2 * size and sentence_goes_on:
                return None
            return " ".join(words[:size])
    return None


@functools.cache
def _title_before_re() -> re.Pattern[str]:
    """The title right before the next name of a list."""
    return re.compile(rf"(?<![\w.])(?P<title>{names.titles_regex()})\.?[^\S\n]+$")


def _next_in_list(text: str, run_end: int, title: str) -> int | None:
    """Where the next name of a titled list starts after a name ending at ``run_end``."""
    sep = _LIST_SEP_RE.match(text, run_end)
    if not sep or sep.end() == run_end:
        return None
    # A title of its own ("and Congressman Roy Blunt"), maybe after a place or
    # body ("and Delaware Congressman Mike Castle", "and U.S. Representative ..."),
    # continues the list.
    start = sep.end()
    for _ in range(4):
        other = names.titled_re().match(text, start)
        if other:
            return other.end()
        qualifier = _QUALIFIER_WORD_RE.match(text, start)
        if not qualifier:
            break
        start = qualifier.end()
    if sep.group().strip() == "," and not _is_plural_title(title):
        # "Dr Jane Doe, Acme International's director": one title names one person;
        # a comma goes on to the role, not to a list.
        return None
    return sep.end()


# A capitalised word of what may come before a title: "Delaware", "Georgia Veteran Affairs",
# "Bohol 2nd District".
_QUALIFIER_WORD_RE = re.compile(rf"(?:[{UPPER}][\w.'’-]*|\d{{1,2}}(?:st|nd|rd|th))[^\S\n]+")


def _is_plural_title(title: str | None) -> bool:
    if not title:
        return False
    last = title.split()[-1].rstrip(".").lower()
    return last.endswith("s") and last not in ("ms", "mrs")


def _same_list(mentions: list[Mention], mention: Mention) -> list[Mention]:
    return [m for m in mentions if m.list_end == mention.list_end and m.list_end is not None]


def _resolve_caps(mention: Mention, mentions: list[Mention], head: _HeadWords) -> Mention:
    """For "SEN WAYNE ALLARD ANNOUNCES ...", pick the word that is the last name.

    A word the text also names in mixed case wins; else the word the head
    writes most often as a name, the later word on a tie ("BEN NELSON" ->
    "Nelson") unless it looks like a headline verb ("COLEMAN REFLECTS").
    """
    if not mention.caps or " " not in mention.name:
        return mention
    words = mention.name.split()
    known = {m.key for m in mentions if not m.caps}
    for word in words:
        if names.fold(word) in known:
            return replace(mention, name=word, list_end=None, list_head=None)
    # Common words written in lower case elsewhere are not names ("THANK YOU").
    counts = [-1 if head.lower_used(w) else head.title_count(w) for w in words]
    verbs = wordlists.action_verbs()
    verb_like = [  # (a double-barrelled surname is no verb: "MCAULIFFE-REYES")
        (w.lower().endswith(("s", "ed")) and i == len(words) - 1 and w.isalpha())
        or (i > 0 and w.lower() in verbs)  # "SEN. FRIST CLEARS QUERIES ..."
        for i, w in enumerate(words)
    ]
    best = max(range(len(words)), key=lambda i: (counts[i], not verb_like[i], i))
    # The last word is the surname of a full name ("JOHN MCCAIN"); an earlier
    # one stands alone ("COLEMAN" of "COLEMAN REFLECTS").
    name = mention.name if best == len(words) - 1 else words[best]
    return replace(mention, name=name, list_end=None, list_head=None)


def _count_hits(
    people: dict[str, Person], head: _HeadWords, text: str, headline_limit: int
) -> None:
    """How often each person's last name occurs, and where first in the headline zone."""
    # A surname the word scan splits ("Villanueva-Dizon") is found by its first part.
    by_part = dict(people)
    for person in people.values():
        last = names.surname(person.name)
        person.hits = head.name_count(last)
        parts = _LETTERS_RE.findall(last)
        # (not a common word: "Day" of "Day-Lewis" in "Anzac Day dawn service")
        if len(parts) > 1 and len(parts[0]) > 3 and not head.lower_used(parts[0]):
            by_part.setdefault(names.fold(parts[0]), person)
    for m in _LETTERS_RE.finditer(text, 0, headline_limit):
        word = m.group()
        if not word[:1].isupper():
            continue
        person = by_part.get(names.fold(word))
        if person is not None and person.headline_pos is None:
            person.headline_pos = m.start()
    for person in people.values():
        inside = 1 if person.headline_pos is not None else 0
        person.hits_outside_headline = max(0, person.hits - inside)
