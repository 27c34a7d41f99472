"""Our own word lists in ``index/data``: titles, verbs, venue and organisation words.

Each list is a UTF-8 text file, one entry per line; lines starting with ``#``
and blank lines are ignored. Lists are read once per process (cached).
"""

from __future__ import annotations

import functools
from importlib import resources

MONTHS_EN = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Weekday names in the languages of releases we are sent, as one regex alternation
# (lower case; match with re.IGNORECASE).
#: Words a body's short form skips: "Syndicat intercommunal des eaux du Ried alsacien"
#: is "SIERA" (used where a short form is checked against its spelled name).
ACRONYM_SKIPPED_WORDS = frozenset(
    ["of", "the", "and", "for", "de", "des", "du", "la", "le", "les", "et", "für", "der", "und",
     "di", "del", "della", "y", "en", "&"]
)  # fmt: skip
WEEKDAYS_ANY = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag|"
    r"poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|"
    r"pondělí|úterý|středa|čtvrtek|pátek|neděle|"
    r"hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|"
    r"pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|"
    r"isnin|senin|selasa|rabu|khamis|kamis|jumaat|jumat|sabtu|ahad|"
    # Welsh and Irish, two words: "Dydd Iau", "Dé Máirt"
    r"dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|"
    r"d[ée]\s+(?:luain|máirt|céadaoin|hardaoin|haoine|sathairn|domhnaigh)|déardaoin"
)


#: The last word of an event's name, never of a place's ("Legislative Elections –
#: 10 March 2019" prints the event's date, not a dateline).
EVENT_NOUNS = frozenset(
    ["Elections", "Election", "Conference", "Summit", "Forum", "Congress", "Session", "Week",
     "Festival", "Championships", "Games", "Expo", "Symposium", "Meeting"]
)  # fmt: skip


@functools.cache
def load(name: str) -> tuple[str, ...]:
    """The entries of ``index/data/<name>.txt``, in file order, without duplicates."""
    raw = resources.files("index.data").joinpath(f"{name}.txt").read_text("utf-8")
    seen: dict[str, None] = {}
    for line in raw.splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            seen.setdefault(entry, None)
    return tuple(seen)


def honorifics() -> tuple[str, ...]:
    return load("honorifics")


def attribution_verbs() -> tuple[str, ...]:
    return load("attribution-verbs")


def speech_verbs() -> tuple[str, ...]:
    return load("speech-verbs")


def venue_words() -> tuple[str, ...]:
    return load("venue-words")


def organization_words() -> tuple[str, ...]:
    return load("organization-words")


def place_abbreviations() -> tuple[str, ...]:
    return load("place-abbreviations")


_NO_D_FORM = frozenset(["see"])


def _inflect(base: str) -> set[str]:
    # Regular English inflections only; irregular forms are listed in the file.
    forms = {base}
    if base in _NO_D_FORM:
        forms.add(base + "s")  # "sees" ("seed" is no form of it; "saw" is listed)
    elif base.endswith("e"):
        forms |= {base + "s", base + "d"}
    elif base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {base + "es", base + "ed"}
    else:
        forms |= {base + "s", base + "ed"}
    return forms


@functools.cache
def action_verbs() -> frozenset[str]:
    """Lower-case verb forms that make a named person a release's agent."""
    forms: set[str] = set()
    for base in load("action-verbs"):
        forms |= _inflect(base.lower())
    forms |= {verb.lower() for verb in attribution_verbs() if " " not in verb}
    return frozenset(forms)


@functools.cache
def title_word_set() -> frozenset[str]:
    """Every word of our titles, lower case, without dots ("prime", "minister", "hon")."""
    words: set[str] = set()
    for title in honorifics():
        words.update(w.strip(".").lower() for w in title.split())
    return frozenset(words)


@functools.cache
def venue_word_set() -> frozenset[str]:
    """Our venue words, as written ("Hall", "Dewan")."""
    return frozenset(venue_words())


@functools.cache
def organization_word_set() -> frozenset[str]:
    """Our organisation words, lower case, without a trailing dot."""
    return frozenset(w.rstrip(".").lower() for w in organization_words())


@functools.cache
def place_names() -> frozenset[str]:
    """Continents, regions and countries, folded to lower case."""
    return frozenset(name.lower() for name in load("place-names"))


@functools.cache
def printed_place_names() -> frozenset[str]:
    """Continents, regions and countries as printed ("Finland", "Timor-Leste")."""
    return frozenset(name for name in load("place-names") if name[:1].isupper())


@functools.cache
def speech_verb_set() -> frozenset[str]:
    return frozenset(w.lower() for w in speech_verbs())


def is_verb(word: str) -> bool:
    """Whether a word, in any case, is one of our action or speech verb forms."""
    low = word.lower()
    return low in action_verbs() or low in speech_verb_set()


@functools.cache
def non_name_words() -> frozenset[str]:
    """Capitalised words that are never part of a person's name."""
    words = set(load("non-name-words"))
    words |= {m.capitalize() for m in MONTHS_EN} | {d.capitalize() for d in WEEKDAYS_EN}
    words |= {m.capitalize()[:3] for m in MONTHS_EN} | {"Sept"}
    # Inflected verbs end a name in a title-case headline ("Clinton Introduces
    # Bill"); base forms do not, being given names too often (Mark, Win, Bob).
    bases = {base.lower() for base in load("action-verbs")}
    words |= {verb.capitalize() for verb in action_verbs() if verb not in bases}
    for title in honorifics():
        words |= {part.rstrip(".") for part in title.split() if part[:1].isupper()}
    # Title words that are common given names or surnames ("Dean Heller").
    return frozenset(words - _NAME_LIKE_TITLE_WORDS)


_NAME_LIKE_TITLE_WORDS = frozenset(
    # "Tan" (of "Tan Sri"), "Major" and "Cardinal" are surnames too: Tan Boon Heng,
    # John Major, Douglas Cardinal.
    {"Dean", "Bishop", "Chancellor", "Rector", "Sir", "Dame", "M", "Tan", "Major", "Cardinal"}
)


@functools.cache
def lowercase_words() -> frozenset[str]:
    """Words our own releases print in lower case mid-sentence (fitted by
    ``tests/evaluation/fit_recasing.py``): common words, not names."""
    return frozenset(load("lowercase-words"))
