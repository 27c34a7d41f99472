"""What a feed's or page's declared author says: a person (the speaker) or an office.

Press-office feeds and pages name as "author" a person ("Jane Doe"), an
office ("Office of Public Affairs", "Press Office"), a mailbox
("press@agency.gov") or nothing useful ("admin"). Only a person is a
speaker, so :func:`classify_author` is strict:

* e-mail addresses are dropped, keeping a name given with one
  (``press@x.gov (Jane Doe)``, ``Jane Doe <jane@x.gov>``);
* a person's name is 2 to 5 words, each capitalised (``Jean-Luc``,
  ``O'Neil``, initials such as ``J.``), particles such as ``van`` or
  ``de`` allowed inside, no digits, not all capitals, and none of its words
  is an organisation word (``index/data/organization-words.txt``) or a
  word such as Press, Staff or Newsroom
  (``index/data/non-person-author-words.txt``);
* a value with an organisation word and a name of its own ("Ministry of
  Water", not "Press Office") is an organisation;
* anything else (one word, a handle, several names) is neither.
"""

from __future__ import annotations

import functools
import re

from index.extraction.wordlists import load

_EMAIL_RE = re.compile(r"\S+@\S+")
_PAREN_RE = re.compile(r"^\s*\S+@\S+\s*\((.+)\)\s*$")
_ANGLE_RE = re.compile(r"^\s*(.+?)\s*<[^>]*@[^>]*>\s*$")
_NAME_WORD_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|[A-ZÀ-ÖØ-Þ]\.)$")
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "zu",
        "ten",
        "ter",
        "st.",
    ]
)


@functools.cache
def _not_person_words() -> frozenset[str]:
    words = [*load("organization-words"), *load("non-person-author-words")]
    return frozenset(w.rstrip(".").casefold() for w in words)


@functools.cache
def _organization_words() -> frozenset[str]:
    return frozenset(w.rstrip(".").casefold() for w in load("organization-words"))


def clean_author(value: str | None) -> str | None:
    """The name in an author value, without e-mail address; None when nothing is left."""
    if not value or not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if (match := _PAREN_RE.match(text)) or (match := _ANGLE_RE.match(text)):
        text = match.group(1)
    text = _EMAIL_RE.sub("", text).strip(" ,;:-()\"'")
    return text or None


def is_person_name(name: str) -> bool:
    words = name.replace(",", " ").split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() for c in name):
        return False
    if not any(c.islower() for c in name):
        return False
    if not (_NAME_WORD_RE.match(words[0]) and _NAME_WORD_RE.match(words[-1])):
        return False
    stop = _not_person_words()
    for word in words:
        if word.casefold().rstrip(".") in stop:
            return False
        if not (_NAME_WORD_RE.match(word) or word.casefold() in _PARTICLES):
            return False
    return True


#: Words that name no particular office: "Press Office", "Web Team", "News Desk".
_GENERIC_OFFICE_WORDS = frozenset(
    [
        "press",
        "news",
        "newsroom",
        "media",
        "communication",
        "communications",
        "team",
        "staff",
        "desk",
        "web",
        "website",
        "webmaster",
        "admin",
        "administrator",
        "editor",
        "editors",
        "editorial",
        "info",
        "information",
        "contact",
        "release",
        "releases",
    ]
)


def is_organization_name(name: str) -> bool:
    """An organisation word plus a capitalised word of its own ("Ministry of Water",
    "Office of Public Affairs"; not a generic "Press Office")."""
    words = [w.strip(".,()") for w in name.split()]
    orgs = _organization_words()
    if not any(w.casefold() in orgs for w in words):
        return False
    return any(
        w[:1].isupper() and w.casefold() not in orgs and w.casefold() not in _GENERIC_OFFICE_WORDS
        for w in words
    )


def classify_author(value: str | None) -> tuple[str | None, str | None]:
    """``(speaker, organization)`` for a declared author; at most one is set."""
    name = clean_author(value)
    if name is None:
        return None, None
    if is_person_name(name):
        return name, None
    if is_organization_name(name):
        return None, name
    return None, None
