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

from index.extraction import wordlists
from index.extraction.names import UPPER

# Speaking and event words, then (up to three small words later) a preposition.
_TRIGGER_PREP = (
    r"(?:spoke|speaks|speaking|speak|speech|remarks|address|keynote(?:\s+address|\s+speech)?|"
    r"lecture|testified|testifying|testimony|appeared|appearing|delivered|delivering|"
    r"statement|press\s+conference|news\s+conference|media\s+conference|briefing|forum|"
    r"meeting|hearing|ceremony|event|roundtable|rally|reception|town\s+hall(?:\s+meeting)?|"
    r"summit|conference|gathering|visit|visited|visiting|tour|toured|touring|"
    r"participated|participating|attended|attending|Rede|sprach|Ansprache|Medienkonferenz|"
    r"Treffen|teilgenommen|discours|conférence)"
    r"(?:\s+[a-z]+){0,3}?\s+(?:at|before|to|in|an|am|im|vor|beim|à|devant)"
    r"(?:\s+(?:the|a|an|dem|der|den|la|le|l'))?\s+"
)
# Words that take the venue as their object directly: "addressing the X".
_TRIGGER_DIRECT = (
    r"(?:addressed|addresses|addressing|told|opened|opening|hosted|hosting|keynoted|"
    r"attended|attending|visited|visiting|toured|touring|eröffnete)\s+(?:the|die|den|das)\s+"
)
_MODIFIERS = (
    r"(?:(?:annual|yearly|first|second|third|\d+(?:st|nd|rd|th)|international|inaugural|"
    r"biennial|jährlichen|ersten)\s+){0,3}"
)
_SMALL = r"(?:of|for|and|on|the|de|du|des|la|le|für|der|die|das|in|at|&)"
_FLOOR_RE = re.compile(
    r"\bon the (?P<floor>(?:Senate|House) floor|floor of the (?:U\.?\s?S\.?\s|United States\s)?"
    r"(?:Senate|House(?: of Representatives)?))"
)


@functools.cache
def _regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    word = rf"[{UPPER}][\w'’.&-]*"
    phrase = rf"(?P<venue>{word}(?:\s+(?:{_SMALL}\s+){{0,2}}{word}){{0,7}})"
    # The first letters of the trigger words: other positions fail at once.
    first = "(?=[srRaAkltTdpnmMbfhcegvo])"
    trigger = re.compile(
        rf"{first}(?<![\w])(?:{_TRIGGER_PREP}|{_TRIGGER_DIRECT}){_MODIFIERS}{phrase}"
    )
    return trigger, re.compile(r"\s+(?:" + _SMALL + r")$")


_TIME_WORDS = frozenset(wordlists.WEEKDAYS_EN) | frozenset(wordlists.MONTHS_EN) | {"today"}


@functools.cache
def _venue_words() -> frozenset[str]:
    return frozenset(wordlists.venue_words())


def _valid(venue: str) -> str | None:
    _, trailing = _regexes()
    # Drop trailing small words and a trailing date or weekday.
    words = venue.split()
    # A date or weekday ends the place: "Eastbridge University on Tuesday".
    for i, word in enumerate(words):
        if word.lower().strip(".,") in _TIME_WORDS:
            words = words[:i]
            break
    non_names = wordlists.non_name_words()
    while words and (words[-1].lower() in ("of", "for", "and", "on", "the", "in", "at", "&")):
        words.pop()
    if not words:
        return None
    if words[0] in non_names and words[0] not in _venue_words() and words[0] not in ("House",):
        return None
    venue_words = _venue_words()
    # The venue word must head the phrase or its first part ("University of Utah").
    head_part = " ".join(words).split(" in ")[0].split(", ")[0]
    if not any(w.strip(".,'’") in venue_words for w in head_part.split()):
        return None
    venue = " ".join(words).rstrip(".,;:")
    return trailing.sub("", venue) or None


def find_venue(text: str, start: int, end: int) -> str | None:
    """The venue named in ``text[start:end]``, or None."""
    trigger, _ = _regexes()
    for m in trigger.finditer(text, start, end):
        venue = _valid(m["venue"])
        if venue:
            return venue
    floor = _FLOOR_RE.search(text, start, end)
    if floor:
        return floor["floor"]
    return None
