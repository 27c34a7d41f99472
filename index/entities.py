"""Entities: one canonical speaker, venue or organization per person, place and body.

A facet value as found ("Senate floor", "floor of the U.S. Senate";
"BenNelson"; "Committee on Finance") is resolved at ingest to an entity: a
stable key (the first form seen), a display name and its aliases. Variants
merge when they normalise alike (:func:`merge_key`: case, punctuation,
"U S"/"U.S."/"United States", "floor of the Senate" = "Senate floor",
"Committee on X" = "X Committee"); a speaker's aliases are the full names the
texts give them ("Barack Obama", "Sen. Obama" for the key ``Obama``).

Given metadata stays as given: the index stores the value found, and the
facet fields hold the entity key. The resolution lives in ``entities.json``
next to the index (:class:`EntityStore`): keys never change once made, so a
re-ingest is stable and a later document joins an existing entity. Counts
and names are rebuilt from each document's ``entity_sources`` column when a
writer opens the index; a store made by older merge rules (``STORE_VERSION``)
is only read, never continued (index/writer.py).

Extracted (not given) venues and organizations are also cleaned here
(:func:`clean_extracted`): datelines, headlines, people's names and sentence
fragments glued to a body are cut off, and generic single words ("Senate",
"Congress", "Office") and mentioned-only bodies ("Supreme Court", "Bush
Administration") are dropped.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from index.analysis import fold, stem, stop_words
from index.extraction import wordlists
from index.extraction.layout import normal_case

ENTITY_FACETS = ("speaker", "venue", "organization")
STORE_FILE = "entities.json"
#: Bumped when merge keys change (:func:`merge_key`): an older store's keys
#: were made by other rules, which a writer cannot continue (index/writer.py).
#: 2: a venue's trailing sitting word ("... hearing") is dropped.
STORE_VERSION = 2

#: A full name must be found in at least this share of an entity's documents
#: to become an alias (joint releases name other people too).
NAME_ALIAS_SHARE = 0.05
#: ... and the display name in at least this share.
DISPLAY_NAME_SHARE = 0.15

# -- word lists -------------------------------------------------------------


@functools.cache
def _data_words(name: str) -> frozenset[str]:
    raw = resources.files("index.data").joinpath(f"{name}.txt").read_text("utf-8")
    words = (line.strip() for line in raw.splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))


@functools.cache
def head_words() -> frozenset[str]:
    """Folded words that make a phrase the name of a body or a place."""
    words = _data_words("organization-words") | _data_words("venue-words")
    return frozenset(fold(w.rstrip(".")) for w in words) | {
        "subcommittee",
        "caucus",
        "task",
        "floor",
        "hill",
        "agencies",
        "office",
    }


@functools.cache
def title_words() -> frozenset[str]:
    """Folded single words of our titles list (Senator, Sen, Chairman, ...)."""
    words = set()
    for title in _data_words("honorifics"):
        words.update(fold(w.rstrip(".")) for w in title.split())
    return frozenset(words - {"of", "the", "in", "for", "general", "state", "member"})


# Words that tie a person to a body ("Subcommittee Chair Olympia J. Snowe"):
# a value is cut where one of them starts.
_ROLE_WORDS = frozenset(
    [
        "chair",
        "chairman",
        "chairwoman",
        "ranking",
        "member",
        "senator",
        "sen",
        "senators",
        "sens",
        "director",
        "secretary",
        "leader",
        "whip",
        "spokesman",
        "spokeswoman",
        "president",
        "vice",
        "rep",
        "representative",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)
_CONNECTORS = frozenset(
    ["of", "on", "for", "the", "and", "to", "in", "at", "de", "des", "du", "la", "le"]
)
# Words a value never starts with: an article, or the preposition of a clause
# the extractor took along ("During Senate Commerce Committee hearing").
_LEADING_WORDS = frozenset(["a", "an", "during", "after", "before", "following", "with", "by"])
_TIME_WORDS = (
    frozenset(wordlists.WEEKDAYS_EN)
    | frozenset(wordlists.MONTHS_EN)
    | frozenset(["today", "yesterday", "tomorrow"])
)
_TRAILING_WORDS = _CONNECTORS | frozenset(
    [
        "a",
        "an",
        "as",
        "i",
        "we",
        "he",
        "she",
        "they",
        "it",
        "this",
        "that",
        "thank",
        "said",
        "says",
        "will",
        "with",
        "by",
        "from",
    ]
)


@functools.cache
def trailing_words() -> frozenset[str]:
    """Words a name does not end with: "Congress on", "Museum ... His"."""
    return _TRAILING_WORDS | stop_words("en") | {"his", "her", "their", "our", "its", "these"}


_INITIALED_NAME_RE = re.compile(r"\b[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+")
# Bodies a release mentions rather than issues.
_MENTIONED_ONLY = re.compile(r"\b(courts?|administration)$", re.IGNORECASE)

# -- normalisation ------------------------------------------------------------

_PUNCT_RE = re.compile(r"[^\w\s]|_")
_CAMEL_SPLIT_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_US_RE = re.compile(r"\b(united states|u s|us)\b(?= (senate|house|congress|capitol|senator))")
_FLOOR_RE = re.compile(r"^floor of (.+)$")
_ON_RE = re.compile(r"^(.*?)\b(committee|subcommittee) (?:on|for) (.+)$")
_BODY_PREFIXES = ("senate", "us", "house", "joint")
_COMMITTEE_QUALIFIERS = frozenset(["select", "special", "permanent", "standing"])
# Committees also known by their acronym.
_ACRONYMS = {"help": "health", "epw": "environment", "hsgac": "homeland"}


def normalize(text: str) -> str:
    """Lowercase, accents and punctuation gone, "&" as "and", single spaces."""
    text = fold(text).replace("&", " and ").replace("'", "").replace("’", "")
    return " ".join(_PUNCT_RE.sub(" ", text).split())


def split_camel(name: str) -> str:
    """``BenNelson`` -> ``Ben Nelson`` (folder keys glue first and last names)."""
    return _CAMEL_SPLIT_RE.sub(" ", name)


def _committee_key(words: list[str], kind: str, subject: list[str]) -> str:
    """One key for a committee's name forms: its kind and first subject word."""
    house = bool(words) and words[0] == "house" and "senate" not in words
    rest = [w for w in words if w not in _BODY_PREFIXES and w not in _COMMITTEE_QUALIFIERS]
    if kind == "subcommittee" and not subject:
        # "Senate Defense Appropriations Subcommittee" = "... Subcommittee on Defense"
        rest = [w for w in rest if w != "appropriations"] or rest
    topic = subject or rest
    topic = [w for w in topic if w not in _CONNECTORS]
    if not topic:
        return " ".join([*words, kind])
    first = _ACRONYMS.get(topic[0], topic[0])
    # "Agricultural" = "Agriculture", "Veterans" = "Veteran"
    return " ".join((["house"] if house else []) + [kind, stem(first)])


_SITTINGS = frozenset(["hearing", "hearings", "meeting", "markup", "roundtable", "session"])


def merge_key(facet: str, value: str) -> str:
    """The form variants of one entity share: ``floor of the U.S. Senate`` and
    ``Senate floor`` -> ``senate floor``; ``Committee on Finance`` and
    ``Senate Finance Committee`` -> ``committee financ``."""
    if facet == "speaker":
        return normalize(split_camel(value))
    text = normalize(value)
    text = _US_RE.sub("", text)
    words = [w for w in text.split() if w != "the"]
    # "Senate Commerce Committee hearing" is held where the committee sits.
    if facet == "venue" and len(words) > 2 and words[-1] in _SITTINGS:
        words = words[:-1]
    # "U.S. Department of Energy" = "Department of Energy"
    while len(words) > 2 and words[0] in ("us", "u", "s", "united", "states"):
        words = words[1:]
    text = " ".join(words)
    floor = _FLOOR_RE.match(text)
    if floor:
        text = f"{floor.group(1)} floor"
    on = _ON_RE.match(text)
    if on:
        before, kind, subject = on.group(1).split(), on.group(2), on.group(3).split()
        return _committee_key(before, kind, subject)
    words = text.split()
    if words and words[-1] in ("committee", "subcommittee"):
        return _committee_key(words[:-1], words[-1], [])
    if (
        len(words) > 1
        and words[0] in ("senate", "house")
        and not set(words)
        & head_words()
        - {
            "senate",
            "house",
        }
    ):
        return _committee_key(words, "committee", [])  # "Senate Armed Services"
    if len(words) > 1 and words[-1] == "department":
        return " ".join(["department", "of", *words[:-1]])  # "State Department"
    return text


def alias_key(text: str) -> str:
    """How an alias is looked up: normalised, titles and middle initials dropped
    (``Senator Daniel K. Akaka`` -> ``daniel akaka``)."""
    words = normalize(split_camel(text)).split()
    while len(words) > 1 and (words[0] in title_words() or words[0] in ("us", "u", "s")):
        words = words[1:]
    if len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    return " ".join(words)


# -- cleaning extracted values --------------------------------------------------

_TOKEN_RE = re.compile(r"\S+")
# The capital's dateline before or after a name: "Washington D C Senate ...",
# "D C Senate ...", "... Pollution Washington D C".
_DC_DATELINE_RE = re.compile(
    r"^(?:(?i:washington),?\s+)?D\.?\s?C\.?(?:\s+|$)"
    r"|\s+(?:in\s+)?(?:(?i:washington),?\s+)?D\.?\s?C\.?$"
)
# A sentence end after a word (not after "U.S." or "J."), or a dash aside.
_SENTENCE_END_RE = re.compile(r"(?<=[a-z]{2})[.!?;:]\s+\S.*$|\s+[-–—]\s.*$")
# A dash before the words that end the name.
_DASH_TAIL_RE = re.compile(r"\s+[–—]\s+(?P<tail>[^–—\n]{1,40})$")


def _without_sentence_end(text: str) -> str:
    """The name without a sentence or aside run on after it, but with the place a dash
    names it by ("Regional Administration – Varna"; not "Ministry of Finance – News
    Release", "Kestrel Power Authority – Update")."""
    dash = _DASH_TAIL_RE.search(text)
    if dash and _a_place_after_a_dash(dash["tail"].split()):
        return _SENTENCE_END_RE.sub("", text[: dash.start()]) + text[dash.start() :]
    return _SENTENCE_END_RE.sub("", text)


def _a_place_after_a_dash(words: list[str]) -> bool:
    """One to three capitalised words, none a common word of ours ("Varna", "Tartu")."""
    return 1 <= len(words) <= 3 and all(
        w[:1].isupper() and w.lower().strip(".,") not in wordlists.lowercase_words() for w in words
    )


# A company's legal form in capitals after its name, no body's acronym ("Bakkefjord Laks AS",
# "Nordvik Energi ASA"; not "CO", "SE", "SA": a state's or a department's letters).
_COMPANY_FORMS = frozenset(
    ["as", "asa", "ab", "ag", "plc", "llc", "ltd", "inc", "nv", "bv", "gmbh", "oy", "oyj", "spa"]
)


def _is_caps(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def clean_extracted(facet: str, value: str | None) -> str | None:
    """An extracted venue or organization as a facet value, or None when it is
    junk: glued datelines, headlines, names and fragments cut off; generic
    single words and mentioned-only bodies dropped."""
    if not value or facet not in ("venue", "organization"):
        return value
    text = _without_sentence_end(value.strip())
    if text.isupper() and len(text.split()) > 1:
        # A letterhead in capitals ("MINISTRY OF THE SEA") is a name of its own, not
        # a dateline or headline glued before one: cutting capitals would leave nothing.
        text = normal_case(text)
    text = _DC_DATELINE_RE.sub(" ", text).strip()
    text = re.sub(r"[’']s$", "", text).strip(" ,.;:")
    tokens = _cut_capitals_run(_TOKEN_RE.findall(text))
    # The capital's initials left over from "WASHINGTON D C" before the name.
    tokens = _TOKEN_RE.findall(_DC_DATELINE_RE.sub(" ", " ".join(tokens)).strip())
    tokens = _cut_glued_tail(_cut_second_clause(tokens))
    if not tokens or _is_junk(facet, tokens):
        return None
    return " ".join(tokens).rstrip(",;:")


def _cut_capitals_run(tokens: list[str]) -> list[str]:
    """The tokens after a dateline or headline in capitals glued before the name."""
    cut = 0
    for i, token in enumerate(tokens):
        if not _is_caps(token) or token == "U.S.":
            continue
        next_caps = i + 1 < len(tokens) and _is_caps(tokens[i + 1]) and tokens[i + 1] != "U.S."
        if next_caps or (i > 0 and cut == i) or len(token) >= 6:
            cut = i + 1
    tokens = tokens[cut:]
    # Leading capitals left over from a run ("... PLANS U.S. Senate" keeps "U.S.").
    while tokens and fold(tokens[0].rstrip(".,")) in _ROLE_WORDS:
        tokens = tokens[1:]
    return tokens


def _cut_second_clause(tokens: list[str]) -> list[str]:
    """The tokens before a glued-on role, next sentence or second body."""
    # A person's role and name glued on: "Coast Guard Subcommittee Chair Olympia J. Snowe";
    # "Office of U.S. Senator X" is named for them.
    office = _named_office(tokens)
    for i, token in enumerate(tokens):
        if i > 0 and not office and fold(token.rstrip(".,")) in _ROLE_WORDS:
            tokens = tokens[:i]
            break
    # A next sentence or clause starting with "The": "Council The Council".
    for i in range(1, len(tokens)):
        if tokens[i] == "The":
            tokens = tokens[:i]
            break
    # Two bodies joined: "Foreign Relations Committee and the Homeland Security ..."
    # (not a list's last item: "Department of Housing, Local Government and Heritage").
    for i in range(1, len(tokens) - 1):
        previous = tokens[i - 1].strip(".,")
        if (
            fold(tokens[i]) == "and"
            and (fold(previous) in head_words() or _is_caps(previous))
            and not _last_of_a_list(tokens[:i], tokens[i + 1 :])
        ):
            tokens = tokens[:i]
            break
    return tokens


def _named_office(tokens: list[str]) -> bool:
    """ "Office of U.S. Senator Raymond T. Okafor": an office named for its holder."""
    return [fold(t) for t in tokens[:2]] == ["office", "of"]


def _cut_glued_tail(tokens: list[str]) -> list[str]:
    """The name without the words, dates, names and acronyms glued after it."""
    tokens = _trim_tail(tokens)
    # A date or a sentence's next words after the name: "... Subcommittee on Tuesday".
    for i, token in enumerate(tokens):
        if i > 0 and fold(token.strip(".,")) in _TIME_WORDS:
            tokens = tokens[: i - 1] if fold(tokens[i - 1]) in _CONNECTORS else tokens[:i]
            break
    match = None if _named_office(tokens) else _INITIALED_NAME_RE.search(" ".join(tokens))
    if match:  # "... Council on Foreign Relations Leslie H. Gelb"
        tokens = _TOKEN_RE.findall(" ".join(tokens)[: match.start()])
    while tokens:
        last = tokens[-1].strip(".,;:")
        if fold(last) in trailing_words() and last != "AS":  # (a company's legal form)
            tokens = tokens[:-1]  # "Congress on", "Chamber of Commerce As I"
        elif (
            len(tokens) > 2
            and _is_caps(last)
            and last != "U.S"
            and last.lower() not in _COMPANY_FORMS
        ):
            # an acronym after the name: "Department of Energy DOE" (not a company's
            # legal form: "Bakkefjord Laks AS", "Nordvik Energi ASA")
            tokens = tokens[:-1]
        else:
            break
    while tokens and fold(tokens[0]) in _CONNECTORS | _LEADING_WORDS:
        tokens = tokens[1:]
    return tokens


def _is_junk(facet: str, tokens: list[str]) -> bool:
    """Whether the cleaned name is no facet value: generic, unspecific or only mentioned."""
    if len(tokens) == 1 and (not _is_caps(tokens[0]) or fold(tokens[0]) in head_words()):
        return True  # "Senate", "Congress", "Office", "Capitol", "PARK"; a stray name
    if _named_office(tokens):
        holder_words = title_words() | _ROLE_WORDS
        if all(fold(t.strip(".,")) in holder_words for t in tokens[2:]):
            return True  # "Office of Dr", "Office of the": the holder's name cut off
    words = normalize(" ".join(tokens)).split()
    cleaned = " ".join(tokens).rstrip(",;:")
    if not words or all(len(w) == 1 for w in words):
        return True  # "D C", "U S": initials, no name
    if words[-1] == "subcommittee" and not set(words[:-1]) - {
        "senate",
        "us",
        "u",
        "s",
        "house",
        "appropriations",
    }:
        return True  # "Senate Appropriations Subcommittee": which one?
    if facet == "organization":
        if len(tokens) == 2 and words[-1] == "administration":
            return True  # "Bush Administration": a government mentioned
        if _MENTIONED_ONLY.search(cleaned) and words[-1].startswith("court"):
            return True  # "Supreme Court": mentioned, never issuing
        if " and " in f" {' '.join(words)} " and words[-1] in ("senate", "house", "congress"):
            return True  # "House and Senate": two bodies, not one
    return False


def _trim_tail(tokens: list[str]) -> list[str]:
    """Drop words after the last head word that do not continue the name
    ("Capitol They", "Fund LWCF Alexander", "Congress and the American")."""
    heads = [i for i, t in enumerate(tokens) if fold(t.strip(".,")) in head_words()]
    if not heads:
        return tokens
    last = heads[-1]
    tail = tokens[last + 1 :]
    if not tail:
        return tokens
    if heads == [0] and fold(tokens[0]) in ("senate", "house"):
        return tokens  # a committee's short name: "Senate Armed Services"
    first = fold(tail[0])
    if first in _CONNECTORS and first != "and":
        return tokens  # "Committee on Finance", "University of Maine"
    if first == "and" and _last_of_a_list(tokens[: last + 1], tail[1:]):
        return tokens  # "Department of Housing, Local Government and Heritage"
    if first in ("–", "—") and _a_place_after_a_dash(tail[1:]):
        return tokens  # its place: "Regional Administration – Varna"
    return tokens[: last + 1]


def _last_of_a_list(name: list[str], rest: list[str]) -> bool:
    """Whether the words after "and" end a list of the body's portfolios, its items
    parted by commas ("of Housing, Local Government and Heritage")."""
    return (
        any(t.endswith(",") for t in name)
        and 1 <= len(rest) <= 3
        and all(t[:1].isupper() and not _is_caps(t) for t in rest)
        and not any(fold(t) in head_words() for t in rest)  # (a second body: "and House")
    )


# -- speakers' full names in the text ---------------------------------------------

_NAME_TOKEN = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# Some releases lost their punctuation ("U S  Senator Edward M  Kennedy").
_TITLE = (
    r"(?:U\.?\s?S\.?\s+)?(?:Senators|Senator|Sens\.?|Sen\.?)"
    r"|(?:Senate\s+)?(?:Majority|Minority|Republican|Democratic)\s+Leader"
)


# An optional title, a first name, a middle name or initial, then the
# surname, which ends the text searched.
_NAME_BEFORE_RE = re.compile(
    rf"(?:\b({_TITLE})\s+)?\b((?:{_NAME_TOKEN}\s+)(?:(?:{_NAME_TOKEN}|[A-Z]\.?)\s+)?)?(\S+)\Z"
)
#: Characters before a surname searched for its title and first names.
_NAME_WINDOW = 60


@functools.lru_cache(maxsize=4096)
def _surname_pattern(surname: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)


def speaker_names(speaker: str, text: str, limit: int = 50) -> list[str]:
    """Full names of ``speaker`` the text gives, with a title when it has one:
    for ``Obama``: ``Barack Obama``, ``Sen. Obama``, ``Senator Barack Obama``.
    A first name in the key (``BenNelson``) must match."""
    parts = split_camel(speaker).split()
    if not parts or not text:
        return []
    surname, given = parts[-1], parts[:-1]
    found: list[str] = []
    for occurrence in _surname_pattern(surname).finditer(text, 0, 20000):
        start = max(0, occurrence.start() - _NAME_WINDOW)
        match = _NAME_BEFORE_RE.search(text, start, occurrence.end())
        if match is None:
            continue
        title, first, last = match.group(1), (match.group(2) or "").split(), match.group(3)
        if not last[0].isupper():
            continue
        if any(
            (len(w.rstrip(".")) > 1 and fold(w.rstrip(".")) in title_words())
            or fold(w) == fold(last)
            for w in first
        ):
            continue
        if given and (not first or fold(first[0]) != fold(given[0])):
            continue
        if not first and not title:
            continue
        # An initial keeps (or gets) its dot: "Edward M. Kennedy".
        first = [f"{w}." if len(w) == 1 else w for w in first]
        name = " ".join([*first, last])
        title = " ".join(title.split()) if title else None
        found.append(f"{title} {name}" if title else name)
        if len(found) >= limit:
            break
    return list(dict.fromkeys(found))


_LIST_TITLES = ("Sens.", "Sens", "Senators")


def _bare_name(form: str) -> tuple[str, bool]:
    """A found name without its title, and whether it had one (a plural
    title, "Senators Durbin Obama", lists several people: no title)."""
    match = re.match(rf"(?:{_TITLE}) ", form)
    if not match:
        return form, False
    return form[match.end() :], match.group(0).split()[-1] not in _LIST_TITLES


# -- the store -------------------------------------------------------------------


@dataclass
class Entity:
    facet: str
    key: str
    name: str
    aliases: list[str]
    documents: int

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "name": self.name,
            "aliases": self.aliases,
            "documents": self.documents,
        }


@dataclass
class _Stats:
    forms: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    documents: int = 0


def entity_sources(values: dict[str, str | None], names: list[str]) -> dict:
    """What a document contributes to entities: each facet's value as found,
    and the speaker's full names found in its text."""
    out: dict = {f: values.get(f) for f in ENTITY_FACETS if values.get(f)}
    if names and out.get("speaker"):
        out["names"] = names
    return out


def _titled_names(stats: _Stats) -> Counter:
    """Full names written after a title ("Senator Barack Obama" -> "Barack
    Obama"): a name merely next to the surname ("Sincerely Barack Obama",
    "Senators Durbin Obama") is no evidence."""
    titled: Counter = Counter()
    for form, count in stats.names.items():
        name, had_title = _bare_name(form)
        if had_title and " " in name:
            titled[name] += count
    return titled


def _display_name(facet: str, key: str, stats: _Stats) -> str:
    if facet == "speaker":
        titled = _titled_names(stats)
        if titled:
            name, count = max(titled.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))
            if count >= DISPLAY_NAME_SHARE * stats.documents:
                return name
        return split_camel(key)
    if not stats.forms:
        return key
    # The form most documents use; ties: the longer (fuller) one.
    best = max(stats.forms.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]
    return _without_sitting(facet, best, stats.forms)


def _without_sitting(facet: str, best: str, forms: Counter) -> str:
    """For "Senate Commerce Committee hearing", the form without the sitting
    word when some document gives it ("Senate Commerce Committee"): the venue
    is where the committee sits, whichever of its sittings is reported."""
    words = [w for w in normalize(best).split() if w != "the"]
    if facet != "venue" or len(words) <= 2 or words[-1] not in _SITTINGS:
        return best
    shorter = [
        (form, count)
        for form, count in forms.items()
        if [w for w in normalize(form).split() if w != "the"] == words[:-1]
    ]
    if not shorter:
        return best
    return max(shorter, key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]


def _name_aliases(stats: _Stats) -> list[str]:
    """Found names common enough to be aliases: titled forms, and bare names
    also seen after a title."""
    floor = max(2, NAME_ALIAS_SHARE * stats.documents)
    titled = _titled_names(stats)
    out = []
    for form, count in stats.names.most_common():
        name, had_title = _bare_name(form)
        if not (count >= floor or count == stats.documents == 1):
            continue
        if had_title:
            out.append(form)
        elif form == name and name in titled:
            out.append(form)  # not "Senators Durbin Obama": it names two people
    return out


def _lookup_forms(alias: str) -> list[str]:
    """An alias as looked up, and for a longer name its first and last word
    ("Hillary Rodham Clinton" is also "hillary clinton")."""
    key = alias_key(alias)
    words = key.split()
    return [key, f"{words[0]} {words[-1]}"] if len(words) > 2 else [key]


class EntityStore:
    """Entities of one index: created by the writer, read by the search core."""

    def __init__(self) -> None:
        #: The version of the file loaded (None: none was, a new store).
        self.version: int | None = None
        #: facet -> merge key -> entity key. Never changes once made.
        self.keys: dict[str, dict[str, str]] = {f: {} for f in ENTITY_FACETS}
        self._stats: dict[str, dict[str, _Stats]] = {f: {} for f in ENTITY_FACETS}
        self._sources: dict[str, dict] = {}
        self._entities: dict[str, dict[str, Entity]] = {f: {} for f in ENTITY_FACETS}
        self._aliases: dict[str, dict[str, str]] = {f: {} for f in ENTITY_FACETS}

    # -- persistence --

    @classmethod
    def load(cls, index_dir: Path) -> EntityStore:
        """The store of an index. An older version is loaded as it was: its
        keys are those in the documents' facet fields, so searches by alias
        stay right (only a writer must not continue it, see ``outdated``)."""
        store = cls()
        try:
            data = json.loads((Path(index_dir) / STORE_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return store
        version = data.get("version")
        if not isinstance(version, int) or not 1 <= version <= STORE_VERSION:
            return store  # not ours, or a newer Pressroom's: no entities
        store.version = version
        for facet in ENTITY_FACETS:
            store.keys[facet] = dict(data.get("keys", {}).get(facet, {}))
            for key, entry in data.get("entities", {}).get(facet, {}).items():
                store._entities[facet][key] = Entity(
                    facet, key, entry["name"], entry["aliases"], entry["documents"]
                )
        store._index_aliases()
        return store

    @property
    def outdated(self) -> bool:
        """Whether the store was made by older merge rules than this Pressroom's."""
        return self.version is not None and self.version < STORE_VERSION

    def save(self, index_dir: Path) -> None:
        """Write ``entities.json`` atomically (a reader never sees half a file)."""
        self._refresh()
        data = {
            "version": STORE_VERSION,
            "keys": self.keys,
            "entities": {
                facet: {k: {**e.to_dict()} for k, e in sorted(entities.items())}
                for facet, entities in self._entities.items()
            },
        }
        path = Path(index_dir) / STORE_FILE
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
        os.replace(tmp, path)

    # -- ingest side --

    def resolve_value(self, facet: str, value: str) -> str:
        """The entity key of a value as found, making a new entity if needed."""
        keys = self.keys[facet]
        merged = merge_key(facet, value)
        key = keys.get(merged)
        if key is None:
            # A later document joins an entity known under one of its aliases
            # ("Barack Obama" joins ``Obama``).
            key = self._aliases[facet].get(alias_key(value)) or value
            keys[merged] = key
        return key

    def add(self, doc_id: str, sources: dict) -> dict[str, str]:
        """Count a document's values; returns the entity key of each facet."""
        self.remove(doc_id)
        self._sources[doc_id] = sources
        resolved = {}
        for facet in ENTITY_FACETS:
            value = sources.get(facet)
            if not value:
                continue
            key = self.resolve_value(facet, value)
            stats = self._stats[facet].setdefault(key, _Stats())
            stats.documents += 1
            stats.forms[value] += 1
            if facet == "speaker":
                stats.names.update(sources.get("names", ()))
            resolved[facet] = key
        return resolved

    def remove(self, doc_id: str) -> None:
        old = self._sources.pop(doc_id, None)
        if not old:
            return
        for facet in ENTITY_FACETS:
            value = old.get(facet)
            if not value:
                continue
            key = self.keys[facet].get(merge_key(facet, value))
            stats = self._stats[facet].get(key) if key is not None else None
            if stats is None:
                continue
            stats.documents -= 1
            stats.forms.subtract([value])
            if facet == "speaker":
                stats.names.subtract(old.get("names", ()))

    def _refresh(self) -> None:
        """Entities (names, aliases, counts) from the documents counted so far."""
        for facet in ENTITY_FACETS:
            entities = {}
            for key, stats in self._stats[facet].items():
                if stats.documents <= 0:
                    continue
                stats.forms = +stats.forms
                stats.names = +stats.names
                name = _display_name(facet, key, stats)
                names = _name_aliases(stats)
                aliases = list(dict.fromkeys([name, key, *stats.forms, *names]))
                entities[key] = Entity(facet, key, name, aliases, stats.documents)
            self._entities[facet] = entities
        self._index_aliases()

    def _index_aliases(self) -> None:
        # Own keys and names first, then other aliases; among entities sharing
        # an alias, the one with the most documents.
        for facet in ENTITY_FACETS:
            index: dict[str, str] = {}
            ranked = sorted(self._entities[facet].values(), key=lambda e: -e.documents)
            for strong in (True, False):
                for entity in ranked:
                    forms = [entity.key, entity.name] if strong else entity.aliases
                    for alias in forms:
                        for looked_up in _lookup_forms(alias):
                            index.setdefault(looked_up, entity.key)
            self._aliases[facet] = index

    # -- search side --

    def resolve(self, facet: str, text: str) -> str | None:
        """The key of the entity ``text`` names (any alias), or None."""
        if facet not in self._aliases:
            return None
        if text in self._entities[facet]:
            return text
        return self._aliases[facet].get(alias_key(text))

    def entity(self, facet: str, key: str) -> Entity | None:
        return self._entities.get(facet, {}).get(key)

    def entities(self, facet: str) -> list[Entity]:
        return list(self._entities.get(facet, {}).values())

    def display_name(self, facet: str, key: str) -> str:
        entity = self.entity(facet, key)
        return entity.name if entity is not None else key

    def alias_keys(self, facet: str) -> dict[str, str]:
        """Every looked-up alias form of ``facet`` and its entity key."""
        return self._aliases.get(facet, {})
