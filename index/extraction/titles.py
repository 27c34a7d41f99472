"""The headline: the first line, or the run of words before the date/dateline.

Clean releases put the headline on a line of its own. Scraped ones run
everything together ("Bayh Announces Plan ... Washington-- U.S. Senator"),
often behind page furniture ("Press Release:", "FOR IMMEDIATE RELEASE",
"United States Senator Gordon Smith"), and sometimes twice. The headline is
then the first stretch of at least three words between such markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.extraction import sentences

MAX_TITLE = 300

# Page furniture that precedes or interrupts scraped headlines.
_FURNITURE_RE = re.compile(
    r"(?:\bFOR IMMEDIATE RELEASE\b|\bFor Immediate Release\b:?|\bPRESS RELEASES?\b:?"
    r"|\bPress Releases?\b:?|\bNews Releases?\b:?|\bMedia Release\b:?|\bNews Room\b"
    r"|\bPress Room\b|\bPress Office\b|\bLatest News\b|\bTOPICS\b|\bFilter by\b:?"
    r"|\b(?:Press|News|Media) release\b"
    r"|\bReleases(?=\s+\d)|\bContact\b:?|\bPhone\b:?|\bAs Prepared\b"
    r"|\bPress Relases\b|\b(?:Date|DATE)(?:\s*:|(?=\s+\d))"
    r"|(?:\b[A-Z][\w.]*\s+){0,4}(?:\([\d ]{3,5}\)|\d{3})[ -]\d{3}[ -]\d{4}"  # contacts, phones
    r"|\bToday\s*:)"
)
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")
_QUOTE_RE = re.compile(r"[\"“]")
_WORD_RE = re.compile(r"[^\W_]+")


@dataclass
class Headline:
    text: str
    start: int
    end: int
    #: The headline is the whole first line, so it can be dropped from the body.
    whole_first_line: bool = False
    #: The headline is a header line of its own (not cut from run-on text).
    own_line: bool = False


def _dedupe(title: str) -> str:
    # "BAUCUS OUTRAGED BAUCUS OUTRAGED" -> "BAUCUS OUTRAGED"
    words = title.split()
    n = len(words)
    if n >= 4 and n % 2 == 0 and words[: n // 2] == words[n // 2 :]:
        return " ".join(words[: n // 2])
    return title


def _before_its_repeat(title: str) -> str:
    """ "Statement of Senator X on Y  X  Statement of Senator X on Y  Wednesday ...": a
    scraped page prints its headline again after the name; the words repeated, when
    the repeat ends before the run does (six words or more, a few between; not "Mit
    Wirkung ab 1. Dezember - Mit Wirkung ab 1. Januar", nor a repeat cut short)."""
    words = title.split()
    n = len(words)
    for j in range(4, n - 3):
        if words[j : j + 4] == words[:4]:
            same = next((i for i in range(j) if j + i >= n or words[i] != words[j + i]), j)
            if same >= 6 and j - same <= 6 and j + same < n:
                return " ".join(words[:same])
    return title


def _tidy(title: str) -> str:
    title = title.strip(" -–—:|,;")
    return _dedupe(title)


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of ``text[start:end]`` between pieces of page furniture."""
    spans = []
    pos = start
    for m in _FURNITURE_RE.finditer(text, start, end):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def find_headline(
    text: str,
    date_spans: list[tuple[int, int]],
    dateline_start: int | None,
    given: str | None = None,
) -> Headline | None:
    """The headline of cleaned ``text``.

    ``date_spans`` are the dates of the header and ``dateline_start`` where
    the dateline begins (the body follows it, so no headline lies beyond);
    ``given`` is a title from the input, used as is.
    """
    if given:
        given = given.strip()
        if text[: len(given)].casefold() == given.casefold():
            line_end = text.find("\n")
            whole = line_end == len(given) or len(text) == len(given)
            return Headline(given, 0, len(given), whole)
        return Headline(given, 0, 0, False)
    if not text:
        return None
    limit = min(len(text), 600)
    if dateline_start is not None:
        limit = min(limit, dateline_start)
    first_end = text.find("\n")
    if 0 < first_end <= min(MAX_TITLE, limit):
        first_line = text[:first_end]
        words = _WORD_RE.findall(first_line)
        sentence_like = first_line.rstrip().endswith(".") and len(words) > 20
        if len(words) >= 2 and not sentence_like and not _FURNITURE_RE.search(first_line):
            return Headline(_tidy(first_line), 0, first_end, True)
    pos = 0
    for gap_start, gap_end in _gaps(date_spans, limit):
        for seg_start, seg_end in _segments(text, max(pos, gap_start), gap_end):
            segment = text[seg_start:seg_end]
            if len(_WORD_RE.findall(segment)) >= 3:
                candidate = _cut_run_on(segment)
                if candidate and len(_WORD_RE.findall(candidate)) >= 3:
                    lead = len(segment) - len(segment.lstrip())
                    title = _before_its_repeat(_tidy(candidate))
                    return Headline(title, seg_start + lead, seg_start + lead + len(candidate))
    return None


def _gaps(spans: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    gaps = []
    pos = 0
    for start, end in sorted(spans):
        if start >= limit:
            break
        if start > pos:
            gaps.append((pos, start))
        pos = max(pos, end)
    if pos < limit:
        gaps.append((pos, limit))
    return gaps


def _cut_run_on(segment: str) -> str | None:
    """The headline part of a run-on segment (no marker before the body starts)."""
    if len(segment) <= MAX_TITLE and not _QUOTE_RE.search(segment[:MAX_TITLE]):
        end = _SENTENCE_END_RE.search(segment)
        if not end or end.start() > len(segment) - 3:
            return segment.strip()
    cut = len(segment)
    quote = _QUOTE_RE.search(segment)
    if quote:
        cut = min(cut, quote.start())
    end = _SENTENCE_END_RE.search(segment)
    if end:
        cut = min(cut, end.start() + 1)
    if cut <= MAX_TITLE:
        return segment[:cut].strip()
    # Punctuation lost: the headline is the run of capitals or of title-case words.
    return _case_run(segment)


# Small words a title-case headline keeps in lower case.
_CONNECTORS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "under",
        "up",
        "via",
        "vs",
        "with",
    ]
)
# Words that open the lead sentence, glued to the end of a headline without punctuation.
_SENTENCE_OPENERS = frozenset(
    ["The", "A", "An", "I", "In", "On", "Today", "Senator", "Sen", "U", "We", "This"]
)
_TOKEN_RE = re.compile(r"\S+")


def _case_run(segment: str) -> str | None:
    """The leading all-capitals or title-case words of ``segment`` (up to 25 words)."""
    tokens = list(_TOKEN_RE.finditer(segment))[:40]
    if not tokens:
        return None
    letters = [t.group() for t in tokens]
    caps = [bool(re.search(r"[^\W\d_]", w)) and w.upper() == w for w in letters]
    end = 0
    if len(caps) >= 3 and all(caps[:3]):
        while end < len(letters) and (caps[end] or not re.search(r"[^\W\d_]", letters[end])):
            end += 1
        if end < len(letters) and len(letters[end - 1]) == 1:
            end -= 1  # "... DEPOT N" of "N D" belongs to what follows
    else:
        while end < len(letters):
            word = letters[end]
            if word[:1].islower() and word.lower() not in _CONNECTORS:
                break
            end += 1
        if end < len(letters) and end > 4 and letters[end - 1] in _SENTENCE_OPENERS:
            end -= 1
    end = min(end, 25)
    if end < 3:
        return None
    return segment[tokens[0].start() : tokens[end - 1].end()]


#: A displayed title is cut to this many words at most ...
MAX_TITLE_WORDS = 20
#: ... unless the header prints it on a line of its own: a long headline as printed
#: ("Joint Statement of the President of X and the Prime Minister of Y on ...").
MAX_LINE_TITLE_WORDS = 32
# Page furniture naming the office before a scraped headline: "U S Senator Patty
# Murray", "United States Senator Gordon Smith Press Room".
_OFFICE_PREFIX_RE = re.compile(
    r"^(?:(?:U\.?\s?S\.?|United States)\s+)?Senator\s+(?:[A-Z][\w.'’-]*\s+){1,3}?"
    r"(?:(?:Press Room|News Releases?|Press Releases?|Newsroom)\s+|(?=(?:Senator|Sen\.?)\s))"
)
# A headline ending in a dateline, a weekday or a contact: "... Plan Tuesday", "... WASHINGTON".
_TRAILING_RE = re.compile(
    r"(?i)(?:[\s,;–—-]+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday))+\.?\s*$"
)
# Where a run-on lead begins inside an over-long headline: "... Children U S Senator Patty ...".
_LEAD_START_RE = re.compile(
    r"\s(?=(?:U\.?\s?S\.?\s+Senators?|United States Senators?|Senators?|Sens?\.|Today|"
    r"WASHINGTON|Washington,?\s+D\.?\s?C)\b)"
)
# "... TO RESUME BY FRIDAY", "... banned from Tuesday": the day belongs to the headline.
_DAY_GOVERNED_RE = re.compile(
    r"(?i)\b(?:by|from|until|till|before|after|through|next|this|last|to|every)$"
)


def without_trailing_weekday(title: str) -> str:
    """``title`` without the weekday a wire or office appended ("... Plan Tuesday",
    "..., on Monday"), keeping one the headline governs ("... by Friday")."""
    trailing = _TRAILING_RE.search(title)
    if trailing is None or _DAY_GOVERNED_RE.search(title[: trailing.start()]):
        return title
    return title[: trailing.start()]


# A report's date appended in brackets: "... Flash Update No. 3 (As of 18 February 2025)"
# (not its hour, part of a notice's headline: "... due to heavy snowfall (as of 14:00)").
_AS_OF_RE = re.compile(r"(?i)\s*\((?:as (?:of|at)|updated)\s+[^()]{0,30}\b(?:19|20)\d\d\)\s*$")
_PHOTO_CREDIT_RE = re.compile(
    r"\s*\((?:Photo|Photograph|Picture|Image|Credit)?[^()]{0,60}/[^()]{1,40}\)\s*$"
    r"|^\s*\((?:Photo|Photograph|Picture|Image|Credit)[^()]*\)\s*",
    re.IGNORECASE,
)


# A dateline printed after the headline on its line: "... to 12 stations — Papeete, le 12
# juin 2024", "... wharf — APIA, 22 May 2024 –".
_DATELINE_AFTER_RE = re.compile(
    r"\s+[–—-]\s+[A-Z][\w'’. -]{1,40},\s+(?:(?:le|el|den|am)\s+)?"
    # (a recent year: not a history's "... marks the great flood — Riverton, 14 March 1954")
    r"(?:\d{1,2}(?:er|st|nd|rd|th)?\.?\s+[^\W\d_]+\.?\s+(?:199\d|20\d\d)|"
    r"[^\W\d_]+\.?\s+\d{1,2},?\s+(?:199\d|20\d\d))\s*[–—-]?\s*$"
)


# A heading's date as the last of its dashed parts: "Radio interview – Swan Talk Mornings –
# 14 May 2025" (a recent year, as above; a headline with one dash keeps it: "Council
# Meeting Summary – 26 February 2025").
_DATE_AFTER_RE = re.compile(
    r"(?P<kept>\s[–—|-]\s[^–—|\n]{3,80}?)\s+[–—|-]\s+(?:[^\W\d_]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]+\.?,?|"
    r"[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+(?:199\d|20\d\d)\s*$"
)


def finish(
    title: str | None, text: str, lead_start: int, max_words: int = MAX_TITLE_WORDS
) -> str | None:
    """The title as displayed: no office furniture, photo credit or trailing weekday,
    at most ``max_words`` words; the lead's first sentence when there is none."""
    if title:
        title = " ".join(title.split())  # a title is one line
        title = _PHOTO_CREDIT_RE.sub("", title)
        title = _AS_OF_RE.sub("", title)
        title = _DATELINE_AFTER_RE.sub("", title)
        title = _DATE_AFTER_RE.sub(r"\g<kept>", title)
        title = _OFFICE_PREFIX_RE.sub("", title)
        title = without_trailing_weekday(title).strip(" -–—:|,;")
        title = _dedupe(title)
    if not title or not re.search(r"[^\W\d_]{3,}", title):
        # The lead's first sentence; else (a transcript opening on its turns)
        # the text's first line.
        title = _first_sentence(text, lead_start) or _first_line(text)
    if not title:
        return None
    words = title.split()
    if len(words) > MAX_TITLE_WORDS:
        lead = _LEAD_START_RE.search(title, len(" ".join(words[:4])))
        if lead and len(title[: lead.start()].split()) >= 4:
            title = title[: lead.start()]
        words = title.split()
        if len(words) > max_words:
            title = " ".join(words[:max_words]).rstrip(",;:-–—") + "…"
    return title


def _first_line(text: str) -> str | None:
    """The text's first line of two words or more."""
    for line in text[:2000].split("\n"):
        if len(line.split()) >= 2:
            return line.strip()
    return None


def _first_sentence(text: str, start: int) -> str | None:
    """The first sentence from ``start``, cut at a word boundary."""
    while start < len(text) and text[start] in " \n-–—:,":
        start += 1
    sentence = text[start : sentences.first_sentence_end(text, start, 400)]
    sentence = sentence.split("\n", 1)[0].strip()
    words = sentence.split()
    if len(words) < 3:
        return None
    if len(words) > MAX_TITLE_WORDS:
        return " ".join(words[:MAX_TITLE_WORDS]).rstrip(",;:-–—") + "…"
    return sentence.strip()
