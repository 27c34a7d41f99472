"""The venue: where the statement was made or the event took place.

Only a place the text names after a speaking or event word counts:
"addressing the annual Harbour Cities Conference in Rotterdam", "a speech
at Bowie State University", "at a press conference today at the Chesapeake
Ecology Center", "on the Senate floor", "vor dem Nationalrat". The named
place must contain one of our venue words (index/data/venue-words.txt);
anything else is left out: a missing venue is better than a guessed one.
"""

from __future__ import annotations

import functools
import re

from index.extraction import names, wordlists
from index.extraction.names import UPPER

# Speaking and event words, then (up to three small words later) a preposition.
_TRIGGER_PREP = (
    r"(?:spoke|speaks|speaking|Speaking|speak|speech|remarks|address|keynote(?:\s+address|\s+speech)?|"
    r"lecture|testified|testifying|testimony|appeared|appearing|delivered|delivering|recorded|"
    r"statements?|press\s+conference|news\s+conference|media\s+conference|briefing|forum|"
    r"meeting|hearing|ceremony|(?<=a )function|(?<=the )function|event|roundtable|rally|reception|town\s+hall(?:\s+meeting)?|"
    r"summit|conference|gathering|visit|visited|visiting|tour|toured|touring|presentation(?=\s+at\s)|"
    r"participated|participating|attended|attending|Rede|sprach|Ansprache|Medienkonferenz|"
    r"Treffen|teilgenommen|discours|conférence|opening|opened|assembly|synod|"
    # "The agreement was signed on Wednesday in the Salle de l’Alabama", "cut the
    # ribbon at the X Campus", "a sitting in the County Assembly Chamber"
    r"signed|signing|ribbon|sitting|session)"
    # ("signed on Wednesday in the ...", "a special meeting of the Board in the ...")
    r"(?:\s+(?:[a-z]+|[A-Z][a-z]+day|(?<=\sthe\s)[A-Z][a-z]+)){0,3}?"
    r"\s+(?:at|before|to|in|outside|inside|an|am|im|vor|beim|à|devant)"
    # "... at the university's Thuto Great Hall"
    r"(?:\s+(?:the|a|an|dem|der|den|la|le|l'))?(?:\s+[a-z]+['’]s)?\s+"
)
# Words that take the venue as their object directly: "addressing the X".
_TRIGGER_DIRECT = (
    r"(?:(?:addressed|addresses|addressing|told|opened|opening|hosted|hosting|keynoted|"
    r"attended|attending|visited|visiting|toured|touring|eröffnete)\s+(?:the|die|den|das)\s+"
    # A speech's opening: "thank you for inviting me to (open) the X Conference",
    # "an honor to join you at the X Forum", "I thank the organisers of the X".
    r"|(?:inviting|invited)\s+me\s+to\s+(?:(?:open|address|speak\s+at|join\s+you\s+at)\s+)?"
    r"(?:the|your|this)\s+|join\s+you\s+(?:here\s+)?(?:at|for|in)\s+(?:the\s+|this\s+)?|"
    # "It is a pleasure to be here at the X", "delighted to be with you in the X"
    r"(?:be|am|are|stand|standing)\s+(?:(?:with\s+you\s+)?here|with\s+you)\s+(?:with\s+you\s+)?"
    r"(?:at|in)\s+(?:the\s+)?|"
    # "to welcome you all here to the Liffey Conference Centre"
    r"welcome\s+(?:you(?:\s+all)?(?:\s+here)?|here)\s+to\s+(?:the\s+)?|"
    # "Interview broadcast live from the concourse at Birmingham New Street station",
    # "flagged off the vehicles at the X Hospital", "flagged off 40 water bowsers at X"
    r"broadcast\s+(?:live\s+)?from\s+(?:the\s+)?(?:[a-z]+\s+(?:at|of)\s+(?:the\s+)?)?|"
    r"flag(?:s|ged)?\s+off\s+(?:[\w-]+\s+){1,4}?(?:at|in)\s+(?:the\s+)?|"
    # "The signing took place in the Lincoln Auditorium"
    r"(?:took|takes)\s+place\s+(?:at|in)\s+(?:the\s+)?|"
    # "The report, presented today in the Plenary Hall", "presented to staff ... this
    # morning in Hangar 3" (not "will be presented in", "presented the budget in")
    r"(?<!be )presented\s+(?:to\s+[^.;:\n]{1,50}?\s+)?"
    r"(?:(?:today|yesterday|this\s+(?:morning|afternoon|evening))\s+)?(?:at|in)\s+(?:the\s+)?|"
    # "At the inauguration, held in Plaza Independencia", "faced the media at the X"
    # ("held Monday evening at the X", "held on Tuesday in the Y")
    r"held\s+(?:(?:on\s+)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?\s+)?"
    r"(?:at|in)\s+(?:the\s+)?|"
    # A broadcast address: "I address you this evening from State House, Lusaka"
    r"(?:address(?:ing)?|speak(?:ing)?\s+to)\s+you\s+(?:(?:this|tonight|today)[a-z ]{0,12}\s+)?"
    r"from\s+(?:the\s+)?|"
    r"(?:faced|met|briefed|addressed)\s+(?:the\s+)?(?:media|press|reporters|journalists)\s+"
    r"(?:at|in)\s+(?:the\s+)?|"
    r"(?:organisers|organizers|hosts)\s+of\s+(?:the|this)\s+|"
    # "Delivered by Professor Dame X FRSE at the Bute-Kinnaird Hall, Glasgow", "Preached by …"
    r"(?:[Dd]elivered|DELIVERED|[Gg]iven|[Pp]reached)\s+by\s+[^\n]{3,120}?\s+at\s+(?:the\s+)?)"
)
_MODIFIERS = (
    r"(?:(?:annual|yearly|first|second|third|\d+(?:st|nd|rd|th)|international|inaugural|"
    r"biennial|jährlichen|ersten|"
    # "held at the new X Hub", "at the newly renovated Y Hall"
    r"new|(?:newly|recently)\s+(?:built|opened|renovated|refurbished|restored)|renovated|"
    r"refurbished|restored)\s+){0,3}"
)
# The articles inside Irish, Gaelic, Welsh and Dutch names: "Halla an Phobail",
# "Sgoil na Mara", "Neuadd y Dref", "Huis ten Bosch".
_NAME_ARTICLES = "an|na|y|yr|ten"
# "Palácio das Necessidades", "Palazzo della Consulta", "Haus der Wirtschaft".
_ROMANCE_SMALL = (
    "de|du|des|la|le|del|della|delle|dello|degli|dei|di|los|las|da|das|dos|do|für|der|die"
)
_SMALL = rf"(?:of|for|and|on|the|{_ROMANCE_SMALL}|in|at|{_NAME_ARTICLES}|&)"
_FLOOR_RE = re.compile(
    r"\b(?:[Oo]n|(?:went|came|took)\s+to) the (?P<floor>(?:Senate|House) floor|floor of the (?:U\.?\s?S\.?\s|United States\s)?"
    r"(?:Senate|House(?: of Representatives)?))"
)


@functools.cache
def _regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    word = rf"ʻ?[{UPPER}][\w'’.&–-]*"  # (ʻ: "the ʻOhonua Town Hall")
    # ... and a place noun in lower case after it: "Port Glasgow shipyard", "X Park visitor centre".
    noun = rf"(?:[^\S\n]+(?:(?!(?:{_SMALL}|about|with|today)\b)[a-z]+[^\S\n]+)?(?:{_BUILDINGS})\b)?"
    # "Maison de l’Huître": an elided article joins the next word.
    # "held in 2167 Rayburn House Office Building", "at 10 Downing Street": a room's or
    # street number first (not a year: "in 2024 Annual ...").
    number = r"(?:(?!(?:19|20)\d\d\b)\d{1,5}[A-Z]?\s+)?"
    # (a name runs on over a line's end, never over a blank line: "... Conference" /
    # "" / "Colleagues,")
    space = r"(?:[^\S\n]+|[^\S\n]*\n(?![^\S\n]*\n)[^\S\n]*)"
    # ("Terminal 4 Media Centre", "Press Room No. 2", "Hangar 3": a number inside the
    # name, after a word that takes one; not "Town Hall 102", "Murphy 29")
    inner = (
        r"(?:(?:(?<=Terminal )|(?<=Hangar )|(?<=Berth )|(?<=Gate )|(?<=Pier )|(?<=Studio )"
        r"|(?<=Platform )|(?<=Stage )|(?<=No\. ))\d{1,3}[A-Z]?\b)"
    )
    phrase = (
        rf"(?P<venue>{number}{word}(?:{space}(?:(?:{_SMALL}\s+){{0,2}}(?:[ld]['’])?{word}|{inner}))"
        rf"{{0,7}}{noun})"
    )
    # The first letters of the trigger words: other positions fail at once.
    first = "(?=[sSrRaAkltTdDpPnmMbfhcegGvoijJw])"
    trigger = re.compile(
        rf"{first}(?<![\w])(?:{_TRIGGER_PREP}|{_TRIGGER_DIRECT}){_MODIFIERS}{phrase}"
    )
    return trigger, re.compile(r"\s+(?:" + _SMALL + r")$")


_LAST_ONLY_WORDS = frozenset({"Field", "Exchange", "Square"})
_TIME_WORDS = frozenset(wordlists.WEEKDAYS_EN) | frozenset(wordlists.MONTHS_EN) | {"today"}


def _before_time(venue: str) -> list[str]:
    """The words of ``venue`` before a date or weekday ("Eastbridge University on
    Tuesday"), without trailing small words."""
    words = venue.split()
    for i, word in enumerate(words):
        if word.lower().strip(".,") in _TIME_WORDS:
            words = words[:i]
            break
    while words and (words[-1].lower() in ("of", "for", "and", "on", "the", "in", "at", "&")):
        words.pop()
    return words


def _valid(venue: str) -> str | None:
    _, trailing = _regexes()
    words = _before_time(venue)
    non_names = wordlists.non_name_words()
    if not words:
        return None
    venue_words = wordlists.venue_word_set()
    if (
        words[0] in non_names
        and words[0] not in venue_words
        and words[0] not in ("House",)
        # "State House", "Government House": a common word naming a building
        and not (len(words) == 2 and words[1] in ("House", "Lodge", "Palace"))
        # "National Forecasting Centre", "Press Room No. 2": common words before the
        # building's own word
        and not _ends_in_a_building(words)
    ):
        return None
    # The venue word must head the phrase or its first part ("University of Utah").
    head_part = " ".join(words).split(" in ")[0].split(", ")[0]
    head_words = [w.strip(".,'’") for w in head_part.split()]
    # "Field" and "Exchange" name a place only at the end ("Halvorsen Field", "Corn
    # Exchange"; not "Field Marshal Jones", "the Securities and Exchange Commission").
    if (
        not any(
            (w in venue_words and (w not in _LAST_ONLY_WORDS or i == len(head_words) - 1))
            or _COMPOUND_VENUE_RE.search(w)
            for i, w in enumerate(head_words)
        )
        and head_words[-1] not in _LOWER_CASE_VENUES
        # "the Ambassador's residence", "Birmingham New Street station": a named place's
        # building noun in lower case after its capitalised words
        and not (len(head_words) >= 2 and head_words[-1] in _LOWER_BUILDING_ENDS)
    ):
        return None  # ... but "the Radio Kōtuku studio", "the Platte Valley Ethanol plant" are
    venue = " ".join(words).rstrip(".,;:")
    return trailing.sub("", venue) or None


def _ends_in_a_building(words: list[str]) -> bool:
    """A name of two to five words whose last (or last before its number) is a
    building's or room's word ("Forecasting Centre", "Press Room No. 2")."""
    named = [w for w in words if not (w[:1].isdigit() or w in ("No.", "No"))]
    return 2 <= len(named) <= 5 and named[-1] in _BUILDING_ENDS


_BUILDING_ENDS = frozenset(
    ["Centre", "Center", "Room", "Hall", "Auditorium", "Building", "Theatre", "Theater", "Club"]
)


# German and Dutch venues are compounds: "Kongresshaus", "Synodalsaal", "Senaatszaal".
_COMPOUND_ENDINGS = (
    "haus", "halle", "saal", "zaal", "zentrum", "zentrale", "centrum", "gebäude", "bahnhof"
)  # fmt: skip
_COMPOUND_VENUE_RE = re.compile(rf"^[A-ZÄÖÜ]\w{{3,}}(?:{'|'.join(_COMPOUND_ENDINGS)})$")


# A media advisory's "WHERE: Grand Ballroom, Riverbend Convention Centre" line.
_WHERE_LINE_RE = re.compile(
    r"(?im)^[^\S\n]*(?:where|location|venue)[^\S\n]*[:–—-][^\S\n]*(?P<venue>[^\n(;]{3,120})"
)


def labelled_venue(text: str, end: int) -> str | None:
    """The place a "WHERE:" / "Location:" line names, up to ``end``."""
    m = _WHERE_LINE_RE.search(text, 0, end)
    if not m:
        return None
    # Lines run together: "WHERE: Maroon Center ... TIME: 10 a.m." ends at the next label.
    venue = re.split(r"\s(?:WHEN|When|TIME|Time|DATE|Date|WHO|Who|WHAT|What)\s*:", m["venue"])[0]
    return tidy(venue.strip(" ,."))


# A speech's closing line: "Delivered at the Vanua Convention Hall, Suva, on Tuesday, 3 March 2026."
_CLOSING_LINE_RE = re.compile(
    rf"(?im)^[^\S\n]*\(?(?:delivered|given|presented|spoken)\s+(?:at|in)\s+(?:the\s+)?"
    rf"(?P<venue>(?-i:[{UPPER}])[^\n]{{2,120}}?)(?:,?\s+on\s+[^\n]*)?[.)]*[^\S\n]*$"
)
#: A closing line is looked for in this many last characters.
CLOSING_CHARS = 400


def closing_venue(text: str) -> str | None:
    """The place a speech's last lines say it was delivered at, or None."""
    m = _CLOSING_LINE_RE.search(text, max(0, len(text) - CLOSING_CHARS))
    if not m:
        return None
    venue = m["venue"].strip(" ,.")
    return venue if _valid(venue.split(", ")[0]) else None


# "At a media conference in the Federal Palace media centre, …"
_PRESS_CONFERENCE_RE = re.compile(
    rf"\b(?:at|At)\s+an?\s+(?:joint\s+)?(?:media|press|news)\s+(?:conference|briefing)\s+(?:in|at)\s+"
    rf"(?:the\s+)?(?P<venue>[{UPPER}][\w'’-]*(?:\s+(?:[\w'’-]+)){{0,5}}?)(?=[,.;]|\s+(?:on|today)\b)"
)


def find_venue(text: str, start: int, end: int) -> str | None:
    """The venue named in ``text[start:end]``, or None."""
    press = _PRESS_CONFERENCE_RE.search(text, start, end)
    # "... media centre", not a city alone ("a news conference in Washington").
    if press and re.search(rf"(?i)\b(?:{_PLACE_NOUNS})\b", press["venue"]):
        venue = tidy(_with_romance_words(text, press.start("venue"), press["venue"]))
        return _with_town(text, press.start("venue"), venue, end) if venue else venue
    trigger, _ = _regexes()
    for m in trigger.finditer(text, start, end):
        if _to_come(text, m.start("venue")) or _told_of_the_past(text, m):
            continue
        venue = tidy(_valid(_with_romance_words(text, m.start("venue"), m["venue"])))
        if venue and venue.rsplit(" in ", 1)[-1].split()[0] in _LANGUAGES:
            venue = venue.rsplit(" in ", 1)[0]  # "the Ambassador's residence in French and ..."
        if venue:
            numbered = _numbered_room(text, m.start("venue"), venue, end)
            return numbered or _with_town(text, m.start("venue"), venue, end)
    floor = next((f for f in _FLOOR_RE.finditer(text, start, end) if _on_the_day(text, f)), None)
    if floor:
        return floor["floor"]
    return (
        _event_place(text, start, end)
        or _described_place(text, start, end)
        or _visited_place(text, start, end)
        or _romance_place(text, start, end)
        # "dedicated the projects through video conference from the Lok Seva Bhawan"
        # (last: the event itself may be elsewhere, "joined by video link from ...")
        or next((tidy(_valid(v["venue"])) for v in _VIDEO_LINK_RE.finditer(text, start, end)), None)
    )


# The triggers that tell of an act, not of speaking: "signed", "cut the ribbon",
# "a sitting"; in a sentence about the past they name no place of the release's.
_ACT_TRIGGER_RE = re.compile(r"(?i)signed|signing|ribbon|sitting")
# A visit in a sentence that opens in the past: "In 2019 the minister visited the
# Saldanha Desalination Plant", "Last November, Senator X visited ..." (not a few days
# ago, "Last Wednesday Senator X visited ...": the release's own event).
_VISIT_TRIGGER_RE = re.compile(r"(?i)visit|tour")
_OPENS_IN_THE_PAST_RE = re.compile(
    r"(?i)\s*(?:in\s+(?:[a-z]+\s+)?(?:19|20)\d\d|previously|last\s+(?:year|month|spring|summer|"
    r"autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|"
    r"november|december))\b"
)
_YEARS_AGO_RE = re.compile(
    r"(?i)\bin\s+(?:[a-z]+\s+)?(?:19|20)\d\d\b|\b(?:years?|decades?)\s+ago\b"
)
# (a year alone is none: a dateline's, a bill's number, "the Clean Water Act of 2025")
_PAST = r"in\s+(?:19|20)\d\d|last\s+(?:year|month|week)|since|previously|ago|which\s+was|had\s+been"
_PAST_RE = re.compile(rf"(?i)\b(?:{_PAST})\b")
# A floor "went to" on the release's own day: "today went to the Senate floor".
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# The release's own day: "today", "on Tuesday", "this morning" (a visit's, below); its
# week too for a floor's.
_SAME_DAY = rf"today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|on\s+(?:{_DAYS})"
_RELEASE_DAY = rf"{_SAME_DAY}|this\s+week"
_RELEASE_DAY_RE = re.compile(rf"(?i)\b(?:{_RELEASE_DAY})\b")
_SAME_DAY_RE = re.compile(rf"(?i)\b(?:{_SAME_DAY})\b")
_MONTHS_BUT_MAY = (
    "january|february|march|april|june|july|august|september|october|november|december"
)


def _sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the sentence holding ``pos`` starts: its full stop or line break before
    it, from ``floor`` (-1 when none)."""
    return max(text.rfind(". ", floor, pos), text.rfind("\n", floor, pos))


def _sentence_of(text: str, pos: int) -> str:
    start = _sentence_start(text, pos) + 1
    end = min(i for i in (text.find(". ", pos), text.find("\n", pos), len(text)) if i >= 0)
    return text[start:end]


def _told_of_the_past(text: str, m: re.Match[str]) -> bool:
    if _VISIT_TRIGGER_RE.match(text, m.start()):
        sentence = _sentence_of(text, m.start())
        # (a year or years ago anywhere in the main clause of a sentence of ordinary length:
        # "visited the Hume Dam in 2019", "Two years ago ..."; not a relative clause's, "a
        # visit to the X museum, which opened in 2016"; a scraped text run together is one
        # "sentence")
        main = re.split(r",\s+(?:which|where|who)\b", sentence)[0]
        if len(sentence) < 400 and _YEARS_AGO_RE.search(main):
            return True
        return bool(_OPENS_IN_THE_PAST_RE.match(sentence))
    return bool(_ACT_TRIGGER_RE.match(text, m.start())) and bool(
        _PAST_RE.search(_sentence_of(text, m.start()))
    )


def _on_the_day(text: str, floor: re.Match[str]) -> bool:
    """ "on the Senate floor" always, but in the speaker's own words only with a number
    of times ("I have raised this on the floor of the House three times" is no place
    of the release's); "went to the Senate floor" on the release's day."""
    sentence = _sentence_of(text, floor.start())
    said_so = _inside_quotation(text, floor.start())
    on = floor.group()[:3].lower() == "on "
    if on and not (said_so and _TIMES_RE.search(sentence)):
        return True
    return not on and bool(_RELEASE_DAY_RE.search(sentence))


_TIMES_RE = re.compile(
    r"(?i)\b(?:once|twice|(?:two|three|four|five|six|several|many|countless|\d+)\s+times|"
    r"again and again|repeatedly)\b"
)


def _inside_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation opened in its paragraph."""
    start = text.rfind("\n\n", 0, pos) + 1
    before = text[start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_CAPITALISED = rf"[{UPPER}][\w'’.&–-]*"
# "dedicated the projects through video conference from the Lok Seva Bhawan"
_VIDEO_LINK_RE = re.compile(
    r"\b(?:video\s*conferenc(?:e|ing)|video\s+link|virtually)\s+from\s+(?:the\s+)?"
    rf"(?P<venue>{_CAPITALISED}(?:\s+(?:{_SMALL}\s+)?{_CAPITALISED}){{0,6}})"
)


# "à la salle polyvalente Jean-Moulin de Craon", "en el Auditorio de la Institución Ferial",
# "nella Sala consiliare del Palazzo Comunale", "au Centre communautaire Marchand",
# "in buurthuis De Wissel", "im Plenarsaal des Landtags": a hall named after a
# preposition of place in French, Spanish, Italian, Dutch or German (the heads are in
# the lower case those languages write).
_ROMANCE_HALLS = (
    r"salle|sala|salón|salão|auditorio|auditorium|auditório|centre|centro|palazzo|palais|"
    # (a prefecture's or town's own hall: "à l'hôtel de préfecture", "à l'hôtel de ville")
    r"hôtel\s+de\s+(?:ville|préfecture|région)|hôtel\s+du\s+département|"
    r"palacio|palácio|maison|hôtel|teatro|théâtre|résidence|espace|espacio|aula|"
    # (a school by its name only: "école Jules-Ferry", not "l'école de la République")
    # ("École nationale de Bordes", "école élémentaire Sainte-Foy": its kind, then its name)
    r"mairie|préfecture|musée|bains|"
    r"(?:école|lycée|collège)(?=\s+(?-i:[A-ZÉ])|\s+(?!(?:de|du|des|la|le|les)\s)[a-zé]+\s+"
    r"(?:(?:de|du|des)\s+(?:la\s+)?)?(?-i:[A-ZÉ]))|"
    r"stadhuis|gemeentehuis|buurthuis|raadzaal|raadhuis|cultuurhuis|dorpshuis|provinciehuis|"
    # German: "im Rathaus Saarlouis", "im Parlament der Deutschsprachigen Gemeinschaft"
    r"rathaus|parlament|landtag|stadthaus|gemeindehaus|kongresshaus|schloss|"
    # German compounds: "im Plenarsaal des Landtags"
    r"\w*saal|\w*halle|\w*zentrum"
)
_ROMANCE_PLACE_RE = re.compile(
    rf"(?<![\w'’])(?:(?:à\s+la|au|aux|en\s+el|en\s+la|nella|nel|nello|dans\s+la|dans\s+le|"
    # ("at the Théâtre du Passage": an English sentence, the hall's own name)
    rf"in\s+het|[Ii]m|in|at\s+the)\s+|(?:à|dans)\s+l['’])(?P<venue>(?i:{_ROMANCE_HALLS})\b"
    rf"(?:[^\S\n]+[{names.LOWER}]{{4,}}(?=[^\S\n]+(?:[{UPPER}]|(?:{_ROMANCE_SMALL})\b)))?"
    rf"(?:[^\S\n]+(?:(?:{_ROMANCE_SMALL}|in\s+de)[^\S\n]+){{0,2}}[{UPPER}][\w'’-]*){{0,6}})"
)


def _romance_place(text: str, start: int, end: int) -> str | None:
    """A hall named after a French, Spanish, Italian, Dutch or German preposition of place."""
    m = _ROMANCE_PLACE_RE.search(text, start, end)
    if not m:
        return None
    venue = m["venue"]
    # "in" takes only the Dutch halls: "in buurthuis De Wissel", not "in Centre Court".
    if m.group().startswith("in ") and not venue.split()[0].islower():
        return None
    # (a German article opens the sentence's next phrase: "im Schloss Colombier die Zeremonie")
    venue = _GERMAN_PHRASE_RE.split(venue, maxsplit=1)[0]
    second = venue.split()[1] if len(venue.split()) > 1 else ""
    if venue.split()[0] in ("Landtag", "Parlament") and second[:1].isupper():
        return None  # "im Landtag Zustimmung gefunden": the house alone, then a noun
    if (
        m.group()[:3] in ("im ", "Im ")
        and second.islower()
        and (second not in _PARTICLE_WORDS or venue.split()[0] == "Zentrum")
    ):
        # "Im Zentrum stehen ...", "im Zentrum der Gespräche": German's verb after its
        # noun, its idiom for "at the heart of"; no hall
        return None
    tidied = tidy(venue)
    if not tidied or " " not in tidied:
        return None
    town = _IN_TOWN_RE.match(text, m.end("venue"), end) if tidied == m["venue"] else None
    # (a capital after German "in" may be any noun's: "im Rathaus X in Kraft gesetzt", "in
    # Begleitung zahlreicher Gäste"; not "im Zentrum Paul Klee in Bern")
    if town and m.group()[:3] in ("im ", "Im ") and _GERMAN_NOUN_RE.fullmatch(town["town"]):
        town = None
    if (
        town
        and not _MONTH_OR_DAY_RE.match(town["town"])
        and not _is_a_person(text, town["town"])
        # ("im Théâtre de Carouge in Anwesenheit von ...": a German noun, not a town)
        and not _GERMAN_OF_RE.match(text, town.end())
    ):
        return f"{tidied}, {town['town']}"  # "dorpshuis De Kruisweg in Opijnen"
    return tidied


_PARTICLE_WORDS = frozenset(_ROMANCE_SMALL.split("|"))
_GERMAN_NOUN_RE = re.compile(
    r"\w+(?:ung|heit|keit|schaft|tion|nis|tät)|Kraft|Betrieb|Frage|Zukunft|Anspruch|Form"
)
_GERMAN_PHRASE_RE = re.compile(r"\s+(?:die|das|den|dem)\s+(?=[A-ZÄÖÜ])")
_GERMAN_OF_RE = re.compile(r"\s+(?:von|vom|der|des|mit|zur|zum|für)\b")


# "told business leaders at the British Enterprise Council annual dinner",
# "signs the bill at the State Capitol", "made at the Lyell McEwin Hospital":
# a named place after "at the" in a sentence that tells of an event.
# Buildings and grounds: "Port Glasgow shipyard" (a lower-case one may end a venue).
_BUILDING_NOUNS = (
    "site", "plant", "factory", "facility", "centre", "center", "station", "campus",
    "headquarters", "hall", "hospital", "school", "farm", "stadium", "library", "museum",
    "office", "building", "park", "square", "plaza", "mine", "port", "airport", "wharf",
    "depot", "base", "clinic", "church", "market", "theatre", "theater", "arena", "shipyard",
    "marina", "pier", "quay", "terminal", "warehouse", "hotel", "grounds", "palace", "complex",
    "pavilion", "auditorium", "chamber", "cathedral", "mosque", "temple", "synagogue", "courthouse",
    "studio", "studios", "substation", "works", "basin", "dam", "reservoir", "harbour", "harbor",
    "residence", "dormitory", "playground", "jetty", "lock", "checkpoint",
    "border crossing", "border post",
)  # fmt: skip
_BUILDINGS = "|".join(_BUILDING_NOUNS)
# ... and the grounds a minister's visit is to: "a visit to X National Nature Reserve"
_VISITED_NOUNS = "|".join((*_BUILDING_NOUNS, "reserve", "sanctuary", "gardens", "zoo"))
_LOWER_BUILDING_ENDS = frozenset(
    ["residence", "station", "dormitory", "hospital", "school", "campus", "stadium", "museum",
     "library", "palace", "hotel", "terminal", "depot", "clinic", "auditorium", "pavilion"]
)  # fmt: skip

# "visited the Atlantis Desalination Plant construction site", "toured the Kestrel
# Bay Substation": the place of the release's own visit, a named building or site.
_VISITED_RE = re.compile(
    rf"\b(?<!has )(?<!had )(?<!have )(?:visited|toured|(?:a|the|his|her|their)\s+"
    # "Speaking during a tour of the Dunga treatment works on Monday"
    rf"(?:visit\s+to|tour\s+of))\s+(?:the\s+)?(?P<venue>[{UPPER}][\w'’.-]*"
    rf"(?:\s+(?:of\s+|the\s+|and\s+)?[{UPPER}][\w'’.-]*){{0,6}}"
    rf"(?:\s+(?:[a-z]+\s+)?(?:{_VISITED_NOUNS}))?)\b"
)
_DATELINE_LEAD_RE = re.compile(r"^[^—–\n]{0,80}?(?:19|20)\d\d\s*[—–-]+\s")
_MAY_OR_WILL_RE = re.compile(r"\b(?:will|would|shall|can|could|may|might|to)\s+(?:[a-z]+\s+){0,2}$")
# Another day than the release's: "last November", "has visited it several times".
_OTHER_TIME_RE = re.compile(
    rf"(?i)\b(?:last|recently|earlier\s+this|several\s+times|{_MONTHS_BUT_MAY})\b"
)


# "announced the funding during a visit to X": the release's news, given on the visit.
_ANNOUNCED_ON_A_VISIT_RE = re.compile(
    r"\b(?:announced|unveiled|launched|confirmed|presented)\s+[^.;:\n]{0,80}?\b(?:during|on)\s+"
    r"(?:a|his|her|their)\s+visit\s+to\b"
)


def _visited_place(text: str, start: int, end: int) -> str | None:
    """Where the release's visit was: a named building or site after "visited" or
    "toured" on the release's day (not a visit of another day)."""
    for m in _VISITED_RE.finditer(text, start, end):
        venue = m["venue"]
        # (not the dateline's month: "SEJONG, November 12, 2024 — Minister X on Tuesday
        # visited ...")
        raw = _sentence_of(text, m.start())
        sentence = _DATELINE_LEAD_RE.sub("", raw)
        # (other times read to a few words after the place: a clause further on tells of
        # them, "... would end the rationing that has been in place since 2019", "...
        # directed the contractor to complete the road by June 2026")
        opens = _sentence_start(text, m.start()) + 1
        clipped = _DATELINE_LEAD_RE.sub("", raw[: m.end() + 40 - opens])
        if (
            _to_come(text, m.start("venue"))
            or not re.search(rf"(?i)\b(?:{_VISITED_NOUNS})$", venue)
            or _PAST_RE.search(clipped)
            or _OTHER_TIME_RE.search(clipped)
            or not (_SAME_DAY_RE.search(sentence) or _ANNOUNCED_ON_A_VISIT_RE.search(raw))
            or _inside_quotation(text, m.start())
            # "will make a tour of the X terminal", "Visitors can take a tour of ..."
            or _MAY_OR_WILL_RE.search(text, max(0, m.start() - 40), m.start())
        ):
            continue
        words = _before_time(venue)
        if not words or words[0] in wordlists.non_name_words():
            continue
        venue = tidy(" ".join(words))
        if venue:
            return _with_town(text, m.start("venue"), venue, end)
    return None


# "in the council hall of the Municipality of Ohrid", "at the harbour office in
# Þorlákshöfn": a place described in lower case, then the body or town it belongs to.
# A building's noun needs a word before it ("the main square of X"; "the port of X",
# "the centre of X" are parts of a town); a room's does not ("the hall of the X").
_ROOM_NOUNS = ("hall", "chamber", "auditorium", "office", "room", "boardroom", "ballroom",
               "courtroom", "lounge", "foyer", "atrium")  # fmt: skip
# ... or a named room "in the" building: "in the Small Hall of the House of the National
# Assembly", "in the Great Hall of Pula City Hall" (at a named place is _event_place's).
_NAMED_ROOMS = r"Hall|Chamber|Room|Auditorium|Ballroom|Salon|Gallery|Rotunda"
# (not a possessive: "in the hall of the Grand Council of Bern the DIL’s annual event")
_NAME_WORD = rf"ʻ?[{UPPER}][\w'’.-]*(?![\w'’.-])(?<!['’]s)"
_OF_A_NAME = rf"(?:\s+(?:(?:of|the|and|for|{_ROMANCE_SMALL})\s+){{0,2}}{_NAME_WORD}){{0,6}}"
_DESCRIBED_PLACE_RE = re.compile(
    rf"\b(?:at|in)\s+the\s+(?P<venue>(?:(?:[a-z]+\s+){{1,2}}(?:{_BUILDINGS})|"
    rf"(?:[a-z]+\s+){{0,2}}(?:{'|'.join(_ROOM_NOUNS)}))"
    rf"\s+(?:of|in)\s+(?:the\s+)?{_NAME_WORD}{_OF_A_NAME}"
    rf"|(?<=in the )(?:[{UPPER}][\w'’.-]*\s+){{1,3}}(?:{_NAMED_ROOMS})\b(?!\s+of\s+Fame)"
    rf"(?:\s+of{_OF_A_NAME})?)"
)


_FUTURE_BEFORE_RE = re.compile(r"\b(?:will|would|shall|to)\s+(?:[a-z]+\s+){0,2}$")


def _described_place(text: str, start: int, end: int) -> str | None:
    """A place described in lower case after "at the"/"in the", in a sentence that
    tells of the release's own event close before it ("The ceremony took place at the
    new pumping station in Pîrlița"; not "worked in the office of the Mayor")."""
    for m in _DESCRIBED_PLACE_RE.finditer(text, start, end):
        sentence_start = _sentence_start(text, m.start(), start)
        sentence = text[sentence_start + 1 : m.start()]
        # (a named room may stand further from the event: "today presented the project
        # for ... of the Pula Arena in the Great Hall of Pula City Hall")
        room = not m["venue"][:1].islower() and not text.startswith("at", m.start())
        near = _EVENT_NEAR_RE.search(sentence[-_EVENT_WINDOW:])
        on_the_day = (
            room and _EVENT_WORD_RE.search(sentence[-200:]) and _SAME_DAY_RE.search(sentence[-200:])
        )
        if (
            not (near or on_the_day)
            or _PAST_RE.search(sentence[-_EVENT_WINDOW:])
            # "a portrait, which will hang in the National Portrait Gallery": to come
            or _FUTURE_BEFORE_RE.search(sentence[-40:])
            or _to_come(text, m.start("venue"))
            or _inside_quotation(text, m.start())
        ):
            continue
        venue = tidy(m["venue"].rstrip(".,;:"))
        if venue:
            return _with_town(text, m.start("venue"), venue, end)
    return None


# Lower-case nouns that end a place's name on their own (not "office", "market").
_LOWER_CASE_VENUES = frozenset(
    ["studio", "studios", "plant", "shipyard", "factory", "chamber", "harbour", "harbor"]
)
# ... and events and other places a speaker stands at: "dinner", "summit", "chamber".
_PLACE_NOUNS = "|".join(
    (
        *_BUILDING_NOUNS,
        *("dinner", "luncheon", "lunch", "breakfast", "gala", "reception", "forum", "conference"),
        *("summit", "meeting", "ceremony", "launch", "event", "estate", "estates"),
        *("basin", "precinct", "capitol", "village"),
    )
)
_PLACE_NOUN_RE = re.compile(_PLACE_NOUNS)


def _names_a_place(words: list[str]) -> bool:
    """A venue's word ("Hall") or a place's noun ("plant", "summit") among the words."""
    return _has_venue_word(words) or any(_PLACE_NOUN_RE.fullmatch(w.lower()) for w in words)


# Words that put the speaker at the place when they come shortly before "at":
# "told business leaders at", "a ceremony at", "signs the bill at".
_EVENT_WORDS = (
    r"\b(?:told|speaking|spoke|signed|signs|signing|opened|opens|opening|hosted|hosts|hosting|"
    r"launched|launches|launching|unveiled|unveils|visited|visiting|visit|addressed|addressing|"
    r"presentation|remarks|speech|address|meeting|toured|touring|tour|welcomed|ceremony|rally|"
    r"reception|event|luncheon|breakfast|dinner|gala|conference|hearing|forum|summit|"
    r"roundtable|town hall|briefing|appearance|appeared|presented|presenting|launch|"
    r"took place|takes place|held|demonstrated|ribbon-cutting|groundbreaking|here|officiating|"
    r"officiated|inaugurated|inaugurating|inaugurates|announcement|dialogue|workshop|seminar|"
    r"ribbon|"
    r"symposium|convention|conclave|homily|sermon|liturgy|vigil|requiem|eulogy|convened|"
    # "a commemorative function at", "the annual session of the Board at"
    r"(?:a|the)\s+(?:\w+\s+)?function(?!\s+of)|session|inauguration|"
    r"celebration|plenary|talks|"
    # a facility put into service: "was commissioned on Wednesday at the X Hospital" (not
    # "commissioned a study at the University", "the commissioning of its plant at X")
    r"(?:was|were|been)\s+commissioned|"
    # a consultation with the public and its African forms, right before the place or
    # with whom ("during a consultation with resource owners at", "an imbizo at"; not "after
    # a public consultation and copies are available at")
    r"(?:(?:during|at)\s+(?:a|an|the)\s+(?:\w+\s+)?consultations?|imbizo|baraza|indaba|kgotla|"
    r"durbar)(?:\s+with(?:\W+\w+){1,6})?(?=\W*$)|"
    # "Making a ministerial statement in the chamber of the National Assembly" (not "In a
    # policy statement ... fees at the X Terminal")
    r"(?:making|delivering|made|delivered)\s+(?:a|the|his|her)\s+(?:ministerial|policy|budget)"
    r"\s+statement)\b"
)
_EVENT_NEAR_RE = re.compile(
    # ... with at most eight words between it and "at": further away, the place
    # belongs to another clause ("signed an agreement allowing patients in
    # Donegal to receive radiotherapy at ...").
    _EVENT_WORDS + r"(?=(?:\W+\w+){0,8}\W*$)",
    re.IGNORECASE,
)
_EVENT_WORD_RE = re.compile(_EVENT_WORDS, re.IGNORECASE)


def _another_clauses_place(act: re.Match[str], before: str) -> bool:
    """ "launched the scheme and applications can be made online at the X", "Following the
    announcement, trains will no longer stop at X": the place of another clause."""
    return bool(_ANNOUNCED_RE.match(act.group()) and _ELSEWHERE_RE.search(before, act.end()))


# Between an announcement's or a launch's word and "at": a clause of what may or will
# happen, or a web page (an event's own "will take place at" is where it is held).
_ANNOUNCED_RE = re.compile(r"(?i)announce|launch")
_ELSEWHERE_RE = re.compile(r"\b(?:will|would|shall|can|could|may|might|must|online|available)\b")
# Reporting words place the speaker only right before "at" ("said today at the
# ..."); further away they report something that happened at a place mentioned
# ("announced $2 million for improvements at Truman VA Hospital").
_REPORTED_AT_RE = re.compile(
    r"\b(?:said|says|announced|announces|announcing|made|met|held)"
    r"(?:\s+(?:her|him|them|us))?"  # "We met her at Larkhill Hospital"
    r"(?:\s+(?:today|yesterday|tonight|earlier|recently|this\s+(?:morning|afternoon|evening|week)|"
    r"(?:on\s+)?[A-Z][a-z]+day))?"
    r"(?:\s*\([\d/.]+\))?,?"  # "announced on Tuesday (14/10), at the Palácio do Planalto"
    # "said Nathalie Grandjean-Pittet at the ...": the speaker named between (and their
    # post: "announced Ellen Brodeur, Minister of Forests, at the Kamloops Fire Centre")
    # (the post closed by its comma: not "said X, Director of the Centre at the University")
    r"(?:,?\s+(?:[A-Z][\w'’‐-]+\s+){1,3}?[A-Z][\w'’‐-]+(?:,\s+[A-Z][^,;:\n]{2,60},|,)?)?\s*$"
)
# "Announcing the network at the ASEAN Heritage Hall, the Deputy Secretary-General
# said": a participle opening the sentence puts its subject at the place.
_OPENING_PARTICIPLE_RE = re.compile(
    r"\s*(?:Announcing|Launching|Unveiling|Opening|Addressing|Welcoming|Presenting)\b"
    r"[^.,;:\n]{0,90}$"
)
_QUOTED_NAME_RE = re.compile(r"[\"“][^\"“”\n]{3,80}[\"”]")
#: How far before "at" an event word may stand.
_EVENT_WINDOW = 80


_SPOKEN_AT_RE = re.compile(
    r"\b(?:speaking|spoke|told|address(?:ed|ing)|remarks|briefing|press conference|"
    r"news conference|media conference|speech|keynote)\b",
    re.IGNORECASE,
)


@functools.cache
def _at_place_regex() -> re.Pattern[str]:
    # (ʻ: the Polynesian glottal stop opens names: "ʻOhonua Town Hall, ʻEua")
    word = rf"ʻ?[{UPPER}][\w'’.&–-]*"
    return re.compile(
        # ("on board the MV Northumberland Spirit in Caribou": a ship, where it was said)
        rf"\b(?:at|At|aboard|Aboard|on\s+board|On\s+board)\s+(?:the\s+)?(?:(?:opening|reopening|closing|launch|unveiling|dedication|"
        rf"inauguration|presentation)(?:\s+(?:session|ceremony|plenary))?\s+(?:of|in|at)\s+(?:the\s+)?"
        # "at a ceremony in the State Capitol Rotunda"
        rf"|(?P<event>an?\s+(?:[a-z-]+\s+){{0,2}}(?:ceremony|rally|reception|event|gathering|"
        rf"dinner|luncheon|breakfast|forum|briefing|conference|meeting|preview|screening|"
        rf"engagement|consultation|session|durbar|workshop|seminar)\s+"
        # "at a press preview in the museum’s Linthouse Gallery", "at a ceremony in the
        # cafeteria of Valle del Sol Elementary School"
        rf"(?:in|at)\s+(?:the\s+)?(?:[a-z]+['’]s\s+|[a-z]+\s+of\s+(?:the\s+)?)?)"
        # "at the grounds of the Pototan District Hospital"
        rf"|(?:grounds|premises|forecourt|steps|lawns?|courtyard|foyer|headquarters|offices)"
        rf"\s+of\s+(?:the\s+)?"
        # "at the university's Institute of Marine Sciences": whose the named place is
        rf"|(?<=the\s)[a-z]+['’]s\s+)?"
        rf"(?P<venue>{word}(?:\s+(?:(?:of|for|and|the|on|{_ROMANCE_SMALL}|{_NAME_ARTICLES}|&)\s+){{0,2}}"
        rf"(?:[ld]['’])?{word}){{0,7}}"
        # ("at Mchinji that every village would ...": no clause's words before the noun)
        rf"(?:\s+(?:(?!(?:that|which|who|where|when|every|each|and|or|but|if|as|all|to|will|"
        rf"would|can|could|may|might|shall|should|must)\b)[a-z]+\s+)"
        rf"{{0,2}}(?:{_PLACE_NOUNS})\b)?(?:\s+in\s+{word}(?:\s+{word}){{0,2}})?)"
    )


# "an event held at Bharat Mandapam": an event's place, whatever its name.
# (The event must be named: "trains are held at Großheringen" are stopped there.)
_HELD_AT_RE = re.compile(
    r"\b(?i:event|function|ceremony|meeting|gathering|programme|program|session|launch|"
    r"reception|celebration|rally|summit|conference|forum|briefing|day|expo|exhibition|fair|"
    r"festival),?\s+(?:was\s+|being\s+)?"
    r"(?:held|hosted|took place|takes place)\s+"
    # ("was held on the morning of the 10th at Hanseol Tower": when, between)
    r"(?:on\s+the\s+(?:morning|afternoon|evening)\s+of\s+(?:the\s+)?\w+\s+)?$"
)
# "The announcement was made at Exploramer", "The memorandum was signed at the
# headquarters of ...": where the release's own act took place.
_MADE_AT_RE = re.compile(
    r"\b(?:announcement|statement|decision|agreement|memorandum|declaration|accord)\s+"
    r"(?:was|were)\s+(?:made|presented|signed|announced|unveiled|delivered)\s+"
    # "... was signed by Estonia’s Minister of X and Finland’s Minister of Y at ..."
    r"(?:by\s+[^.;:\n]{3,160}?\s+)?"
    # "... was made at an event for investors and community representatives at M-SParc"
    r"(?:at\s+(?:an?|the)\s+(?:event|ceremony|reception|function|gathering|launch)\b[^.;:\n]{0,80}?\s+)?$"
)
# "held its quarterly meeting on Sunday at the Fairmont Nile City": the body's meeting.
_HELD_ITS_RE = re.compile(
    r"\bheld\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|summit|"
    rf"conference|forum|ceremony|briefing)(?:\s+(?:today|yesterday|on\s+(?i:{_DAYS})))?\s+$"
)
# "for welcoming us here at the Zappeion Megaron", "to be here at ...": where the
# speaker stands; not a time ("here at Christmas", "here at this moment").
_TIMES_AFTER_HERE_AT = frozenset(
    ["christmas", "easter", "thanksgiving", "ramadan", "eid", "diwali", "hanukkah", "passover",
     "midsummer", "halloween", "this", "that", "last", "such"]
)  # fmt: skip
_HERE_AT_RE = re.compile(r"\b(?:us|be|been|are|am|gathered|together|all)\s+here\s+$")
# "A public meeting will be held at Leith Community Hall": an event to come, not where
# anything was said.
_TO_COME_RE = re.compile(
    r"\b(?:will|shall|is to|are to)\s+(?:be\s+held|be\s+hosted|take\s+place"
    # "will hold a press conference in the Media Centre at 5pm on Tuesday"
    r"|hold\s+an?\s+(?:[a-z]+\s+)?(?:press|media|news)\s+(?:conference|briefing)"
    # "will hold its first annual investors' forum at the Hawassa Industrial Park"
    r"|hold\s+(?:its|their|his|her|a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:forum|meeting|conference|"
    r"summit|session|workshop|ceremony|event|expo|fair|festival|congress|assembly)"
    # "will deliver the keynote address at the X Expo at the Y Resort on 12 June"
    r"|(?:deliver|give|make)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:address|speech|remarks|"
    r"statement|presentation|lecture)(?:\s+at\s+[^.;:\n]{3,80}?)?)\s+(?:at|in)\s+"
    r"(?:the\s+)?$"
    # "Residents can ... attend an information session at the X on May 27": an invitation
    # (not "travelled to the coast to attend the meeting at State House")
    r"|\b(?:can|may|could|invited\s+to|welcome\s+to|encouraged\s+to)\s[^.;:\n]{0,150}?"
    r"(?:attend|join|visit)\s+(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:sessions?|meetings?|events?|open\s+days?|drop-ins?)\s+(?:at|in)\s+(?:the\s+)?$"
)


def _to_come(text: str, venue_start: int) -> bool:
    # (an invitation's modal may stand well before: "Residents can consult ..., or attend")
    return bool(_TO_COME_RE.search(text, max(0, venue_start - 220), venue_start))


def _at_a_briefing(m: re.Match[str]) -> bool:
    """ "at a press conference at the Élysette in Namur": the briefing's place (only
    "... conference at X", a building: "a news conference in Des Moines" is a town)."""
    return bool(
        m["event"]
        and _SPOKEN_AT_RE.search(m["event"])
        and re.search(r"\sat\s+(?:the\s+)?$", m["event"])
    )


def _held_at(text: str, start: int, m: re.Match[str], words: list[str], venue: str) -> bool:
    """ "an event held at X", "The announcement was made at X", "held its quarterly
    meeting on Sunday at X", "welcoming us here at X" (not "held at Chairman Baucus's
    request": no place)."""
    held = (
        _HELD_AT_RE.search(text, max(start, m.start() - 60), m.start())
        or _MADE_AT_RE.search(text, max(start, m.start() - 300), m.start())
        or _HELD_ITS_RE.search(text, max(start, m.start() - 70), m.start())
        or (
            _HERE_AT_RE.search(text, max(start, m.start() - 30), m.start())
            # (a place's name ends its phrase; "here at Christmas" is a time)
            and (
                text[m.end("venue") : m.end("venue") + 1] in (".", ",", ";", "!")
                or _ON_THE_DAY_RE.match(text, m.end("venue"))
            )
            and words[0].lower() not in _TIMES_AFTER_HERE_AT
            and [w.lower() for w in words[:2]] != ["new", "year"]
        )
    )
    return bool(held) and not (names.is_title(words[0]) or venue.endswith(("'s", "’s")))


# A French, Spanish or Italian venue's name goes on in lower case after its head:
# "la Maison du citoyen", "la Maison syndicale", "le Parc industriel et portuaire de
# Bécancour", "la Sala de conferencias".
_ROMANCE_VENUE_HEADS = frozenset(
    [
        "Maison",
        "Salle",
        "Parc",
        "Palais",
        "Place",
        "Hôtel",
        "Espace",
        "Halle",
        "Théâtre",
        "Musée",
        "Museu",
        "Centre",
        "Complexe",
        "Pavillon",
        "Casa",
        "Sala",
        "Palacio",
        "Palazzo",
        "Centro",
        "Auditorio",
        "Teatro",
        "Museo",
        "Biblioteca",
        "Salón",
    ]
)
_ROMANCE_WORDS_RE = re.compile(
    r"(?:[^\S\n]+(?:(?:du|de|des|de\s+la|del|della|et|e|y)[^\S\n]+|[dl]['’])?"
    r"(?!(?:in|on|at|by|for|from|with|to|the|and|of|a|an|as|after|before|where|which|who|"
    r"that|this|was|is|were|are|will|would|has|had|have|du|de|des|del|della|di|et|e|y|"
    r"today|yesterday|tonight|tomorrow|last|next|earlier|later|recently|when|while|but|or|"
    r"here|there|now|then|again|also|only|just|itself|alone|so|if|because|since|until)\b)"
    r"[a-zàâçéèêëîïôûùüÿœæñáíóú]+"
    r"(?<!ing)(?<!ed)(?![\w'’-])){1,4}"
    # ("... portuaire de Bécancour", "Centre communautaire Gérard-Ouellet")
    r"(?:[^\S\n]+(?:(?:de|du|des|del|di)[^\S\n]+)?[A-ZÀ-Ý][\w'’-]+)?"
)


# Heads English uses too: the name goes on in French only after "de", "du", "d'"
# or a French adjective's ending ("Centre administratif", "Place communale").
_ENGLISH_TOO = frozenset({"Centre", "Place", "Complexe", "Pavillon"})
_FRENCH_NEXT_RE = re.compile(
    r"\s+(?:(?:de|du|des)\s|[dl]['’]|\S+(?:if|aire|ique|elle|ois|oise|ien|ienne|é|ée|eux|euse)(?!\w))"
)
# After any head, the first lower-case word is a joiner's or has a Romance ending
# ("syndicale", "polyvalente", "municipal"; not "the Petit Palais saw record crowds").
_ROMANCE_NEXT_RE = re.compile(
    r"\s+(?:(?:de|du|des|del|della|di|et|y|e)\s|[dl]['’]|\S+(?:if|aire|ique|ale|ales|al|el|elle|"
    r"ois|oise|ien|ienne|é|ée|és|ées|eux|euse|ente|ant|ano|ana|ico|ica|ivo|iva|ado|ada|ino|ina)(?!\w))"
)


def _with_romance_words(text: str, start: int, venue: str) -> str:
    """``venue`` with the lower-case words of its Romance name ("Maison du citoyen")."""
    words = venue.split()
    if (
        not words
        or words[-1] not in _ROMANCE_VENUE_HEADS
        or text[start : start + len(venue)] != venue
    ):
        return venue
    more = _ROMANCE_WORDS_RE.match(text, start + len(venue))
    if not more or not _ROMANCE_NEXT_RE.match(more.group()):
        return venue
    if words[-1] in _ENGLISH_TOO and not _FRENCH_NEXT_RE.match(more.group()):
        return venue  # "at the Civic Centre central atrium": English goes on
    return venue + more.group()


def _event_place(text: str, start: int, end: int) -> str | None:
    """A named place after "at (the)" in a sentence with an event or speaking word."""
    for m in _at_place_regex().finditer(text, start, end):
        venue = m["venue"].rstrip(".,;:")
        words = venue.split()
        named_place = _names_a_place(words)
        # Right after speaking words any named place will do ("told a press
        # briefing at the Palais des Nations", "speaking ... at the Guildhall").
        briefing = _at_a_briefing(m)
        spoken = _SPOKEN_AT_RE.search(text, max(start, m.start() - 90), m.start()) or briefing
        # "at a conference in Tehran": a town alone is where an event was, not a venue.
        town_only = m["event"] and len(words) == 1 and not named_place
        held = _held_at(text, start, m, words, venue)
        # (a named ship: whoever is on board is there)
        aboard = m.group()[:1] in "aAoO" and m.group().lower().startswith(("aboard", "on board"))
        if not (named_place or spoken or held or aboard) or town_only:
            continue
        if words[0].lower() in _TIME_WORDS or _to_come(text, m.start("venue")):
            continue
        sentence_start = _sentence_start(text, m.start(), start)
        # An event's quoted name counts as one word: "the opening ceremony of the
        # "Smart Irrigation Expo 2025: Water for Every Field" at the Korat Convention Hall".
        before = _QUOTED_NAME_RE.sub(
            "X", text[max(sentence_start + 1, m.start() - _EVENT_WINDOW - 60) : m.start()]
        )[-_EVENT_WINDOW:]
        act = _EVENT_NEAR_RE.search(before)
        if act and _ACT_TRIGGER_RE.match(act.group()) and _PAST_RE.search(before):
            continue  # "since Mayor Smith cut the ribbon at the Central Library last year"
        if act and _another_clauses_place(act, before):
            act = None
        if (
            act
            or briefing
            or held  # "The memorandum was signed by X and Y at ..."
            # a hall built for meetings, in a sentence that tells of an event there:
            # "a meeting convened by WHO ... at the X Conference Centre" (not "worked at")
            or (
                _MEETING_HALL_RE.search(venue)
                and _EVENT_WORD_RE.search(text, sentence_start + 1, m.start())
            )
            # "at a ceremony in the cafeteria of X School": the event is in the phrase
            or (m["event"] and named_place)
            or _REPORTED_AT_RE.search(before)
            or _OPENING_PARTICIPLE_RE.match(text, sentence_start + 1, m.start())
            # "opened ... an exhibition of kilims, at the Manila Metropolitan Theater this
            # evening": a building, then the time of the release's own event (not "was
            # arrested at Manchester Airport this morning")
            or (
                named_place
                and _ON_THE_DAY_RE.match(text, m.end("venue"))
                and (
                    _EVENT_WORD_RE.search(text, sentence_start + 1, m.start())
                    or _HOSTS_RE.search(text, sentence_start + 1, m.start())
                )
            )
        ):
            found = _event_venue(text, m, venue, end, aboard)
            if found:
                return found
    return None


def _event_venue(text: str, m: re.Match[str], venue: str, end: int, aboard: bool) -> str | None:
    """The place an event sentence names, tidied, with its building and town."""
    building = _building_after_event(text, m, venue)
    if building is not None:
        m, venue = building, building["venue"].rstrip(".,;:")
    venue = _with_romance_words(text, m.start("venue"), venue)
    found = tidy(_valid(venue) or " ".join(_before_time(venue)))
    if found and aboard:
        found = found.replace(" in ", ", ", 1)  # "MV Island Spirit, Caribou"
    return _with_town(text, m.start("venue"), found, end) if found else None


# What an office holder does at a place on the day: "received at Qasr Al Bahr Majlis
# today", "flagged off 24 ambulances at the County Headquarters grounds this morning".
_HOSTS_RE = re.compile(
    r"\b(?:received|flagged\s+off|commissioned|inspected|handed\s+over|met\s+with|"
    # a project's first act on its site: "turned the first sod on the project at X Dam"
    r"turned\s+the\s+first\s+sod|broke\s+ground|laid\s+the\s+foundation\s+stone)\b"
)
_ON_THE_DAY_RE = re.compile(
    rf"[^\S\n]+(?:today|tonight|this\s+(?:morning|afternoon|evening)|on\s+(?:{_DAYS.title()}))\b"
    # (not a weekday with its full date, a day recalled: "on Friday, 12 March 2021")
    r"(?!,?[^\S\n]+(?:\d{1,2}(?:st|nd|rd|th)?[^\S\n]+[A-Z][a-z]+|[A-Z][a-z]+[^\S\n]+\d{1,2}),?"
    r"[^\S\n]+(?:19|20)\d\d)"
)
_MEETING_HALL_RE = re.compile(
    r"\b(?:Conference|Convention|Exhibition|Congress)\s+(?:Centre|Center|Hall)s?$"
)
# An event's name: "the East Africa Travel and Tourism Fair".
_EVENT_NAME_RE = re.compile(
    # ("the Rail Baltica Supplier Day at the National Library of Latvia")
    r"\b(?:Fair|Summit|Forum|Conference|Expo|Dialogue|Festival|Week|Day|Symposium|Show|"
    r"Exhibition|Games|Assembly|Congress|Meeting|Workshop|Seminar|Roundtable)(?:\s+\d{4})?$"
)


def _building_after_event(text: str, m: re.Match[str], venue: str) -> re.Match[str] | None:
    """ "at the opening of the X Tourism Fair at the Julius Nyerere International
    Convention Centre": the building the named event was held in is the venue."""
    if not _EVENT_NAME_RE.search(venue):
        return None
    # ("..., held at the Casa de Cultură a Studenților": whatever its name)
    held = _HELD_AFTER_EVENT_RE.match(text, m.end())
    # (" at\n" too: "the Smallholder Replanting Seminar at" / "Dewan Suarah, Sibu", wrapped)
    at = _AT_AFTER_EVENT_RE.match(text, m.end())
    if not (held or at):
        return None
    after = _at_place_regex().match(text, held.end() if held else m.end() + 1)
    if after is None or after["event"]:
        return None
    return after if held or _has_venue_word(after["venue"].split()) else None


_HELD_AFTER_EVENT_RE = re.compile(r",?\s+(?:held|hosted)\s+(?=at\s)")
_AT_AFTER_EVENT_RE = re.compile(r" at(?: |\n(?=\S))")


def _has_venue_word(words: list[str]) -> bool:
    """Whether one of a place's words is a venue's ("Centre", "Hall", "School"), or
    a German compound ending in one ("Grossratsgebäude", "Stadthalle")."""
    venue_words = wordlists.venue_word_set()
    return any(
        w.strip(".,'’") in venue_words or w.strip(".,'’").lower().endswith(_COMPOUND_ENDINGS)
        for w in words
    )


# The town after a venue: ", Westminster,", ", Baile na hAbhann, Co. Galway,", ", Leeds, on".
_TOWN_RE = re.compile(
    # ("at Exploramer, in Sainte-Anne-des-Monts")
    rf",[^\S\n]+(?P<in>in[^\S\n]+)?(?P<town>ʻ?[{UPPER}][\w'’.-]*(?:[^\S\n]+(?:(?:na|de|la|le|upon|on|am|an|der|"
    # ("Port of Spain"; a street with its number: "Put Supavla 21")
    rf"du|sur|of)[^\S\n]+)?[{UPPER}][\w'’.-]*){{0,2}}(?:[^\S\n]+\d{{1,4}}[a-z]?)?)(?=[,;)]|\.(?:\s|$)|[^\S\n]+(?:on|in|this|"
    rf"last|yesterday|today|to|where|when|before|after|was|were)\b)"
)
_MONTH_OR_DAY_RE = re.compile(rf"(?:{_MONTHS_BUT_MAY}|may|{_DAYS})\b", re.I)
# A body's trades listed after its "of": ", Economic Development and International
# Cooperation" after "Ministry of Planning".
_OF_A_TRADE_RE = re.compile(
    rf"\b(?:Ministry|Department|Office|Secretariat|Agency)\s+(?:of|for)\s+[{UPPER}][\w'’-]*$"
)
_TRADE = rf"[{UPPER}][\w'’-]*(?:[^\S\n]+[{UPPER}][\w'’-]*){{0,2}}"
_VERB_AFTER_RE = re.compile(
    r"[^\S\n]+(?:said|says|announced|announce|today|told|spoke|signed|met|were|are|have)\b"
)
_LISTED_TRADES_RE = re.compile(rf"(?:,[^\S\n]+{_TRADE}){{0,3}},?[^\S\n]+(?:and|&)[^\S\n]+{_TRADE}")
# A list goes on after the "town": "Senate Commerce, Science, and Transportation Committee".
# (not ", and was witnessed by ...", ", and I want to thank ...": the sentence goes on)
_LIST_GOES_ON_RE = re.compile(rf",?\s+(?:and|&)\s+(?!I\s)[{UPPER}\d]")


def _is_a_person(text: str, words: str) -> bool:
    """Whether the text calls ``words`` a person elsewhere ("Jane Smith" ... "Ms Smith",
    "Smith said"): "at the Central Library, Jane Smith, the Lord Mayor, said"."""
    last = re.escape(words.split()[-1])
    return " " in words and bool(
        re.search(
            rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+{last}\b|\b{last},?\s+(?:said|says|added|told)\b",
            text,
        )
    )


_ROOM_WORDS = frozenset(["Room", "Suite", "Chamber", "Courtroom", "Hall", "Auditorium"])
# "Room 231, House of Representatives New Building": the room's number, then its building.
_ROOM_NUMBER_RE = re.compile(
    # (not "Town Hall 102 North Main Street": a street's number)
    rf"[^\S\n]+(?P<number>\d{{1,4}}[A-Z]?)\b(?![^\S\n]+[{UPPER}])(?:,[^\S\n]+(?P<building>[{UPPER}][\w'’.&-]*"
    rf"(?:[^\S\n]+(?:of|the|and|[{UPPER}][\w'’.&-]*)){{0,7}}))?"
)


def _numbered_room(text: str, venue_start: int, venue: str, end: int) -> str | None:
    """A room named with its number ("Room 231") and the building after it, or None."""
    pos = venue_start + len(venue)
    if text[venue_start:pos] != venue or venue.split()[-1] not in _ROOM_WORDS:
        return None
    m = _ROOM_NUMBER_RE.match(text, pos, end)
    if not m:
        return None
    building = (m["building"] or "").rstrip(".,'’")
    last = building.split()[-1] if building else ""
    named = last in wordlists.venue_word_set() or last.lower() in _BUILDING_NOUNS
    return f"{venue} {m['number']}" + (f", {building}" if named else "")


def _with_town(text: str, venue_start: int, venue: str, end: int) -> str:
    """``venue`` with the town or two printed right after it, when the text goes on so.

    A name with a title ("..., Minister Jane Doe, said") or a speaking verb is no town.
    """
    pos = venue_start + len(venue)
    if text[venue_start:pos] != venue:
        return venue  # tidied: the text does not go on from it
    listed = _LISTED_TRADES_RE.match(text, pos) if _OF_A_TRADE_RE.search(venue) else None
    if listed and (
        # ("at the Department of Energy, Senators Pete Domenici and Jeff Bingaman said":
        # people, not the department's trades)
        any(names.is_title(w.strip(",")) for w in listed.group().split())
        or _VERB_AFTER_RE.match(text, listed.end())
    ):
        listed = None
    if listed:
        # "the Ministry of Planning, Economic Development and International Cooperation"
        venue, pos = venue + listed.group(), listed.end()
    # "the Luxtram depot in Kirchberg together with ...", "the Ambassador's residence in
    # Buenos Aires,": a building named by its lower-case noun, then its town
    inside = _IN_TOWN_RE.match(text, pos, end) if venue.split()[-1].islower() else None
    # (not "in March", "in French", "in Honour of the delegation")
    if (
        inside
        and not _is_a_person(text, inside["town"])
        and inside["town"].split()[0].lower() not in wordlists.lowercase_words()
        and not _MONTH_OR_DAY_RE.match(inside["town"])
        and inside["town"].split()[0] not in _LANGUAGES
    ):
        return f"{venue}, {inside['town']}"
    for _ in range(2):
        m = _TOWN_RE.match(text, pos, end)
        # A title heads or a post-nominal ends a person's name, not "County Donegal".
        if (
            not m
            or names.titled_re().match(m["town"] + " ")
            or m["town"].split()[-1].strip(".") in names.POSTNOMINALS
        ):
            break
        if (
            m["town"].split()[0].lower() in _OPENERS
            # ", in April, ...", ", Friday 21, the minister said"
            or ((m["in"] or m["town"][-1:].isdigit()) and _MONTH_OR_DAY_RE.match(m["town"]))
            or _LIST_GOES_ON_RE.match(text, m.end())
            or _is_a_person(text, m["town"])
        ):
            break
        town, stop, _ = m["town"].partition(". ")
        if stop and not _ABBREVIATION_RE.match(town.split()[-1] + "."):
            return f"{venue}, {town}"  # "..., Astana. It was ...": the sentence ends
        venue += ", " + m["town"]
        pos = m.end()
    return venue


_LANGUAGES = frozenset(
    ["English", "French", "Spanish", "German", "Portuguese", "Italian", "Dutch", "Arabic",
     "Irish", "Welsh", "Gaelic", "Māori", "Maori", "Swahili", "Chinese", "Japanese", "Russian",
     "Hindi", "Malay", "Tagalog", "Filipino", "Greek", "Turkish", "Polish", "Ukrainian"]
)  # fmt: skip
_IN_TOWN_RE = re.compile(
    rf"[^\S\n]+in[^\S\n]+(?P<town>[{UPPER}][\w'’-]+(?:[^\S\n]+[{UPPER}][\w'’-]+)?)"
    r"(?=[,.;]|[^\S\n]+[a-z])"
)


# Words that end a venue phrase run together with the next sentence: "... Airport
# Senator Shelby", "White House As", "... Children. Senator Akaka".
_OPENERS = frozenset(
    [
        "as",
        "it",
        "the",
        "this",
        "that",
        "in",
        "on",
        "he",
        "she",
        "we",
        "they",
        "a",
        "an",
        "but",
        "and",
        "today",
        "senator",
        "sen",
        "sens",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "governor",
        "mayor",
        "minister",
        "president",
        "i",
    ]
)
# One of these alone names no particular place (a chamber's own name does: "Nationalrat").
_GENERIC = frozenset(
    [
        "senate",
        "congress",
        "capitol",
        "house",
        "university",
        "college",
        "school",
        "hall",
        "center",
        "centre",
        "conference",
        "meeting",
        "hearing",
        "forum",
        "summit",
        "council",
        "chamber",
        "committee",
        "parliament",
        "institute",
        "club",
        "hotel",
        "station",
        "hospital",
        "church",
        "event",
        "ceremony",
    ]
)
_ABBREVIATION_RE = re.compile(
    r"^(?:(?:[A-Z]\.)+|St\.|Mt\.|Ft\.|Dr\.|Inc\.|Co\.|Corp\.|U\.S\.|D\.C\.|No\.)$"
)


def _names_a_hall(phrase: str) -> bool:
    """ "Švyturio arena", "the Kongresshaus": a building, not a town ("Davos")."""
    words = phrase.split()
    return _has_venue_word(words) or any(
        re.fullmatch(_BUILDINGS, w.lower()) or _COMPOUND_VENUE_RE.match(w) for w in words
    )


def tidy(venue: str | None) -> str | None:
    """A venue phrase cut where the next sentence begins; None for one generic word."""
    if not venue:
        return None
    kept: list[str] = []
    for word in venue.split():
        if kept and word.lower().strip(".,") in _OPENERS and word[:1].isupper():
            break
        kept.append(word)
        if word.endswith(".") and not _ABBREVIATION_RE.match(word):
            kept[-1] = word.rstrip(".")
            break
    while kept and kept[-1].lower() in ("of", "for", "and", "the", "at", "in", "on", "&"):
        kept.pop()
    if len(kept) == 1 and kept[0].strip(".,").lower() in _GENERIC:
        return None  # "Senate", "Capitol", "University": a word, not a place
    venue = " ".join(kept).strip(" ,;:")
    # "the Baltic Offshore Wind Forum at Švyturio arena": the event's hall is the place.
    event, at, hall = venue.partition(" at ")
    if at and _EVENT_NAME_RE.search(event) and _names_a_hall(hall):
        venue = hall
    return venue or None
