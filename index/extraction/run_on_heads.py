"""A header whose lines a feed ran together, set back on its lines.

Feeds that lose punctuation often lose line breaks too: the letterhead, the
release label, the headline, the dateline and the lead arrive as one line
("federación colombiana de ciclismo press release colombia names 14 riders for
pan american track championships bogotá 5 may 2025 the federation has named
..."). The label is the seam between the body's name and the headline; the
dateline's place, just before the release's date, is the seam between the
headline and the lead. Each seam's space becomes a line break, so the text keeps
its length (positions found later stay valid) and the header reader sees lines.
"""

from __future__ import annotations

import re

from index.extraction import dates, names, wordlists
from index.extraction.layout import has_verb

#: A first line shorter than this is a header line, not a header run together.
_RUN_ON_CHARS = 120
#: How far into the first line the release label may stand.
_LABEL_CHARS = 300
#: How far after the label the release's date may stand (the headline between).
_HEADLINE_CHARS = 400

# "press release", "COMMUNIQUÉ DE PRESSE PRESS RELEASE", "Press release No. 118/2024"
_LABEL = (
    r"(?:(?:press|media|news)\s+(?:release|statement|centre|center)|communiqué\s+de\s+presse|"
    r"comunicado\s+de\s+prensa|nota\s+de\s+prensa)"
)
_LABEL_RE = re.compile(
    rf"(?i)(?<=\s)(?:{_LABEL})(?:\s+{_LABEL})*(?:\s+no\.?\s*\d+(?:/\d+)?)?(?=\s)"
)
_PARTICLES = frozenset(["de", "del", "la", "da", "do", "of", "the", "DE", "DEL", "LA", "OF"])
_WORD_RE = re.compile(r"\S+")


def set_on_lines(text: str) -> str:
    """``text`` with a header run together (a feed's, or a flattened web page's) set
    back on its lines, same length; or ``text`` itself."""
    split = split_run_on_head(text)
    return split if split is not text else split_flattened_page(text)


def split_run_on_head(text: str) -> str:
    """``text`` with its run-together header set on lines (same length), or as it is."""
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    if first_end < _RUN_ON_CHARS:
        return text
    label = _LABEL_RE.search(text, 0, min(first_end, _LABEL_CHARS))
    if label is None or len(text[: label.start()].split()) < 2:
        return text
    if not _a_body(text[: label.start()]) or _a_sentence_goes_on(text, label.end()):
        # "X Welcomes Vote to Ban ... Press release Anna X Member of ...", "Senator X
        # Statement on ... Press release": the headline first; "The Vela Council press
        # centre will be closed ...": a sentence
        return text
    chars = list(text)
    chars[label.start() - 1] = "\n"
    chars[label.end()] = "\n"
    place = _place_before_date(text, label.end(), first_end) or _caps_place(
        text, label.end(), first_end
    )
    if place is not None:
        chars[place - 1] = "\n"
    return "".join(chars)


def _place_before_date(text: str, start: int, line_end: int) -> int | None:
    """Where the dateline's place starts, right before the release's date, with a
    headline of three words or more before it; None if no date follows so."""
    found = dates.scan_dates(text, start, min(line_end, start + _HEADLINE_CHARS))
    if not found:
        return None
    words = list(_WORD_RE.finditer(text, start, found[0].start))
    if len(words) < 4:
        return None
    segment = text[start : found[0].start]
    mixed = segment != segment.upper() and segment != segment.lower()
    for size in range(min(4, len(words) - 3), 0, -1):
        phrase = words[-size:]
        if phrase[0].group() in _PARTICLES or phrase[-1].group() in _PARTICLES:
            continue
        spelled = " ".join(w.group() for w in phrase)
        if mixed:
            if spelled.isupper() and any(c.isalpha() for c in spelled):
                return phrase[0].start()  # "... Districts ACCRA 14 March 2024"
        elif _place_like(spelled) and _named_elsewhere(
            text, spelled, phrase[0].start(), phrase[-1].end()
        ):
            return phrase[0].start()  # "... championships bogotá 5 may 2025", "in bogotá"
    return None


def _named_elsewhere(text: str, phrase: str, start: int, end: int) -> bool:
    """Whether the text names ``phrase`` (a place) outside ``text[start:end]``."""
    pattern = re.compile(rf"(?i)(?<![\w'’-]){re.escape(phrase)}(?![\w'’-])")
    return any(not start <= m.start() < end for m in pattern.finditer(text))


# "... in Viña del Mar VIÑA DEL MAR The Regional Government ...": a place in capitals
# between a mixed-case headline and the lead's first word, no date between.
_CAPS_PLACE_RE = re.compile(
    rf"(?<=[{names.LOWER}\d] )(?P<place>[{names.UPPER}]{{2,}}(?: [{names.UPPER}]{{2,}}){{0,3}})"
    r" (?=(?:The|A|An|In|On|At|This|After|Following|Today|Officials|Police)\s)"
)


def _caps_place(text: str, start: int, line_end: int) -> int | None:
    m = _CAPS_PLACE_RE.search(text, start, min(line_end, start + _HEADLINE_CHARS))
    if m is None or len(text[start : m.start()].split()) < 3:
        return None
    return m.start("place")


def _a_body(letterhead: str) -> bool:
    """Whether the words before the label name a body ("MINISTRY OF FISHERIES ...",
    "federación colombiana de ciclismo"): a body's word among them, no verb (not a
    headline: "Senate Passes Energy Bill"), no article first nor date (not a sentence's
    subject: "VELA, 4 March 2024 - The Health Authority media centre confirmed")."""
    body_words = wordlists.organization_word_set()
    return (
        any(w.lower() in body_words for w in letterhead.split())
        and not has_verb(letterhead)
        and not re.match(r"(?i)(?:the|a|an)\s", letterhead)
        and not dates.scan_dates(letterhead)
    )


def _a_sentence_goes_on(text: str, label_end: int) -> bool:
    """Whether a lower-case word follows the label in a text with capitals (a sentence:
    "... media centre confirmed that ...")."""
    after = text[label_end : label_end + 40].split()
    return bool(after) and after[0][:1].islower() and not text[:label_end].islower()


# English's small words, which no place's name of ours holds ("tabled on" is no place).
_SMALL_WORDS = frozenset(
    ["on", "in", "at", "to", "for", "by", "with", "and", "be", "is", "was", "are", "will", "a",
     "an", "the"]
)  # fmt: skip


def _place_like(phrase: str) -> bool:
    """A lower-case phrase that may be a place: none of English's small words, and not
    common words only ("city centre")."""
    words = phrase.lower().split()
    common = wordlists.lowercase_words()
    return not any(w in _SMALL_WORDS for w in words) and not all(w in common for w in words)


# A web page flattened to one line: its skip link or cookie notice opens it, the menu and
# breadcrumb run into the headline, the headline into its date ("Skip to main content
# ... Home Releases Funding boost for predator-free work Hon X Conservation 14 March 2024
# Share this ..."). The breadcrumb's last section word is the seam before the headline,
# the date (or a share widget) the seam after it.
_PAGE_OPENING_RE = re.compile(
    r"(?i)^\s*(?:skip to (?:main )?content|we use cookies|this site uses cookies)\b"
)
_SECTION = (
    r"(?:(?:[Pp]ress|[Mm]edia|[Nn]ews)\s+[Rr]eleases|Releases|Newsroom|Transcripts|Speeches|"
    r"Statements|Archive|News)"
)
# The breadcrumb: its first item ("Home", or the search box before it), then one to three
# sections ("Home Releases", "Home › Newsroom › Press releases", "Search Archive"); a
# section word inside the headline ("Local News Network Wins ...") is no seam.
_BREADCRUMB_RE = re.compile(
    rf"\b(?:Home|Search|Accueil|Inicio)(?:\s*[›>/|»]\s*|\s+)(?:{_SECTION}(?:\s*[›>/|»]\s*|\s+)){{1,3}}"
)
_AFTER_HEADLINE_RE = re.compile(
    r"(?i)\s(?:share(?: this)?:?|print(?: this page)?|\d+\s*min read)\b"
)
# Who the page is by, between the headline and its date: "Hon Mereana Tawhiri Conservation".
_STYLE_AFTER_HEADLINE_RE = re.compile(r"\s(?=(?:The\s+)?(?:Hon|Rt\s+Hon|Senator|Minister)\s+[A-Z])")
_PAGE_HEADLINE_CHARS = 700
_WEEKDAY_END_RE = re.compile(
    r"\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*$"
)


def split_flattened_page(text: str) -> str:
    """``text`` with a flattened web page's headline set on a line of its own (same
    length), or as it is."""
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    if first_end < _RUN_ON_CHARS or not _PAGE_OPENING_RE.match(text):
        return text
    end_of_head = min(first_end, _PAGE_HEADLINE_CHARS)
    found = dates.scan_dates(text, 0, end_of_head)
    limit = found[0].start if found else end_of_head
    crumbs = list(_BREADCRUMB_RE.finditer(text, 0, limit))
    if not crumbs:
        return text
    start = crumbs[-1].end()
    while start < limit and text[start] == " ":
        start += 1
    after = _AFTER_HEADLINE_RE.search(text, start, end_of_head)
    end = min(limit, after.start() if after else limit)
    style = _STYLE_AFTER_HEADLINE_RE.search(text, start, end)
    end = style.start() if style else end
    weekday = _WEEKDAY_END_RE.search(text, start, end)
    end = weekday.start() if weekday else end
    headline = text[start:end].strip()
    if not 3 <= len(headline.split()) <= 30 or not headline[:1].isupper():
        return text
    chars = list(text)
    if chars[start - 1] == " ":
        chars[start - 1] = "\n"
    cut = start + len(text[start:end].rstrip())
    if cut < len(chars) and chars[cut] == " ":
        chars[cut] = "\n"
    # (a breadcrumb's last item repeats the headline: "Doorstop interview – X Doorstop
    # interview – X")
    half = len(headline) // 2
    if headline[:half].strip() == headline[half + 1 :].strip() and chars[start + half] == " ":
        chars[start + half] = "\n"
    return "".join(chars)
