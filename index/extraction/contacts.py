"""Press contacts: the people, telephone numbers and mail addresses a release
gives to call, as keys that identify the office it comes from.

A press office's contacts stay the same from one release to the next, so over
a corpus they tell which of a joint release's issuers printed it when its text
names both alike ("Sens. Levin, Stabenow announce ..." on Stabenow's site,
"Contact: Kate Cutler"): :mod:`index.contact_book` learns them from the
releases one issuer printed alone.
"""

from __future__ import annotations

import re

from index.extraction import layout, names

# "Contact:", "Media contacts", "Press enquiries:", "Phone: ..." at a line's start, or
# inside a line that lost its breaks ("... 2006 Contact   Siobhan Oat  202 221 1839").
_LINE_LABEL_RE = re.compile(
    r"[^\S\n]*(?i:(?:media|press|news)[^\S\n]+)?(?i:contacts?|enquiries|inquiries|phone|"
    r"tel(?:ephone)?)\b(?=[^\S\n]*(?::|$)|[^\S\n]{2})[^\S\n]*:?",
    re.M,
)
_INLINE_LABEL_RE = re.compile(
    r"(?:Contacts?|CONTACTS?|Phone|PHONE)(?=[^\S\n]*:|[^\S\n]{2})[^\S\n]*:?"
)
_LABEL_WORDS = ("contact", "enquir", "inquir", "phone", "tel:")
_PHONE_RE = re.compile(r"\+?\(?\d[\d ()./-]{5,}\d")
_MAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Where one contact of a list ends: "Barry E. Piatt and Rebecca Pollard, 202/...;", or
# a run of spaces where a line break was.
_SEPARATOR_RE = re.compile(r"[,;/|()\n]|\s+(?:and|&|or)\s+|\s{2,}")
# A line that goes on with the text rather than the contact block: a sentence's
# lower-case words ("Sens. Joe Biden and Tom Carper today announced the ...").
_PROSE_WORD_RE = re.compile(r"(?<!\S)(?!(?:and|or|at|of|the|for|ext)\b)[a-z]{2,}\b")
_HOST_RE = re.compile(r"(?i)(?:https?://|\bwww\.)(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)")
_GAP_RE = re.compile(r"\s{6,}")
#: Lines of a contact block read after its label, and keys kept per release.
BLOCK_LINES = 4
MAX_KEYS = 8


def press_contacts(text: str) -> list[str]:
    """Keys of the press contacts the text gives, in order: ``tel:`` + the
    number's last ten digits, ``mail:`` + the address, ``name:`` + the person's
    folded name."""
    keys: list[str] = []
    low = text.lower()
    if len(low) != len(text):  # ("İ" lowers to two characters: keep positions)
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for end in _label_ends(text, low):
        for key in _block_keys(_block(text, end)):
            if key not in keys:
                keys.append(key)
    hosts = _HOST_RE.finditer(text) if "://" in text or "www." in low else ()
    for m in hosts:
        key = f"host:{m['host'].lower().removeprefix('www.')}"
        if key not in keys:
            keys.append(key)
    for key in _foot_keys(text):
        if key not in keys:
            keys.append(key)
    return keys[:MAX_KEYS]


# Where a page's last piece starts: a line break, or a run of spaces where one was.
_PIECE_BREAK_RE = re.compile(r"\n|[^\S\n]{3,}")
_LAST_PHONE_RE = re.compile(r"\(?\d{3}\)?[\s./-]*\d{3}[\s./-]*\d{4}$")
_DIGITS_RE = re.compile(r"\d+")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_NON_DIGITS_RE = re.compile(r"\D")


def _foot_keys(text: str) -> list[str]:
    """The office's foot: a telephone number the text ends on, without a label
    ("... friendship   Melissa Wagoner  202  224 2633"), else the last piece of a
    page's furniture its template leaves under every release ("Originating Site
    Number Site Filter Search", "2007 Press Releases"; its numbers as ``#``),
    not a sentence's end."""
    tail = text[-300:].rstrip()
    last = _PIECE_BREAK_RE.split(tail)[-1].strip() if tail else ""
    if phone := _LAST_PHONE_RE.search(last):
        return ["tel:" + _NON_DIGITS_RE.sub("", phone.group(0))[-10:]]
    words = last.split()
    if not 2 <= len(words) <= 8 or not all(map(_furniture_word, words)):
        return []
    if ":" in last or any(_DIGITS_RE.search(w) and not _YEAR_RE.fullmatch(w) for w in words):
        return []  # a label and its value ("Tel: 454 3010"), a page's number: no office's own
    return ["foot:" + " ".join(_DIGITS_RE.sub("#", word.lower()) for word in words)]


# (a menu's words are capitalised: "Questions or Comments", "Site Filter Search"; a
# sentence that lost its full stop has lower-case ones: "... announced the plan")
_MENU_JOINERS = frozenset(["of", "or", "by", "and", "the", "to", "us", "&", "|", "-", "–", "·"])


def _furniture_word(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word in _MENU_JOINERS


def _label_ends(text: str, low: str) -> list[int]:
    """Where each contact label ends. (The label words are looked up first: a
    pattern tried at every position of every text costs a third of a release's
    extraction time, and most texts hold none of them.)"""
    ends: set[int] = set()
    for word in _LABEL_WORDS:
        at = low.find(word)
        while at != -1:
            line = _LINE_LABEL_RE.match(text, text.rfind("\n", 0, at) + 1)
            if line and line.end() > at:
                ends.add(line.end())
            elif at and text[at - 1].isspace() and (inline := _INLINE_LABEL_RE.match(text, at)):
                ends.add(inline.end())
            at = low.find(word, at + 1)
    return sorted(ends)


def _block(text: str, start: int) -> str:
    """The label's line and the contact lines under it: up to a blank line or one
    that reads as prose ("Contact: Bette Phelan 202-224-2441" / "Sens. Joe Biden
    and Tom Carper today ..."). A line that lost its breaks ends at a wide gap."""
    lines = text[start : start + 800].split("\n")[: BLOCK_LINES + 1]
    first = lines[0].strip()
    if first and (gap := _GAP_RE.search(first)):
        return first[: gap.start()]
    kept = [first[:120]]
    for line in lines[1:]:
        line = line.strip()
        if not line and kept[-1]:
            break
        if len(_PROSE_WORD_RE.findall(_MAIL_RE.sub("@", line))) >= 3:
            break
        kept.append(line)
    return "\n".join(kept)


def _block_keys(block: str) -> list[str]:
    keys = [f"mail:{m.group(0).lower()}" for m in _MAIL_RE.finditer(block)]
    rest = _MAIL_RE.sub(" ", block)
    for m in _PHONE_RE.finditer(rest):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 7:
            keys.append(f"tel:{digits[-10:]}")
    rest = _PHONE_RE.sub(" ", rest)
    for piece in _SEPARATOR_RE.split(rest):
        name = layout.person_name(piece.strip(" .:\t")) if piece.strip() else None
        if name:
            keys.append(
                "name:" + " ".join(re.sub(r"[^\w\s]", " ", names.fold(name)).lower().split())
            )
    return keys
