"""Snippets: the best passages of a document with the matched words marked.

The output is HTML in which everything from the document is escaped and
the only markup is our own ``<mark>``, so a document can never inject
markup into a page.

Finding matches does not analyse the whole text: a regular expression
first finds words that start like a query term (a Snowball stem minus its
last letter is a prefix of the words it comes from: ``studi`` from
``study``), and only those words go through the analyzer to confirm them.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from html import escape

from index.analysis import fold, normalize_word, stem, stop_words

FRAGMENT_CHARS = 170
#: Characters shown before the first match of a fragment.
LEAD_CHARS = 45
#: How far a fragment edge may move to avoid cutting a word.
EDGE_SLACK = 25
PLAIN_SNIPPET_CHARS = 240
#: Candidate passages considered: one starting near each of the first matches.
MAX_WINDOWS = 60
#: Passages are looked for this far into a text, so long documents cost no more.
SCAN_CHARS = 12_000
ELLIPSIS = "…"
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Characters that continue a word: a match right after one is not a word start.
_JOINERS = "_'’"


@dataclass(frozen=True)
class HighlightTerms:
    """Analysed terms to mark: single words and phrases (term sequences)."""

    words: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)

    @property
    def all_terms(self) -> frozenset[str]:
        return self.words.union(t for phrase in self.phrases for t in phrase)


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    term: str


@functools.lru_cache(maxsize=512)
def _prefixes(terms: frozenset[str]) -> tuple[str, ...]:
    """What words that analyse to ``terms`` start with (a stem minus its last letter)."""
    return tuple(sorted({t[:-1] if len(t) >= 3 else t for t in terms}))


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    folded = fold(char)
    if len(folded) == 1:
        return folded
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def _fold_same_length(text: str) -> str:
    """Lowercase, accent-free text with every character where it was."""
    if text.isascii():
        return text.lower()
    table = {ord(c): _fold_char(c) for c in set(text) if not c.isascii()}
    return text.translate(table).lower()


@functools.lru_cache(maxsize=65536)
def _term_of(word: str, lang: str) -> str | None:
    """The index term of a word as written, None for a stop word."""
    normalized = normalize_word(word)
    return None if normalized in stop_words(lang) else stem(normalized, lang)


def _find(
    text: str, terms: HighlightTerms, lang: str, limit: int | None = SCAN_CHARS
) -> list[_Match]:
    """Words of ``text`` (its first ``limit`` characters) that analyse to one
    of the terms, in text order."""
    wanted = terms.all_terms
    folded = _fold_same_length(text[:limit])
    starts: set[int] = set()
    for prefix in _prefixes(wanted):
        # str.find is a fast C scan; a regular expression over every
        # position cost several times more.
        at = folded.find(prefix)
        while at != -1:
            if at == 0 or not (folded[at - 1].isalnum() or folded[at - 1] in _JOINERS):
                starts.add(at)
            at = folded.find(prefix, at + 1)
    found = []
    for start in sorted(starts):
        word = _WORD_RE.match(folded, start)
        if word is None:
            continue
        end = word.end()
        term = _term_of(text[start:end], lang)
        if term in wanted:
            found.append(_Match(start, end, term))
    return found


def _only_stop_words(gap: str, stops: frozenset[str]) -> bool:
    return all(normalize_word(w) in stops for w in _WORD_RE.findall(gap))


def _marked(text: str, matches: list[_Match], terms: HighlightTerms, lang: str) -> list[_Match]:
    """Matches to mark: query words, and phrase words where the whole phrase occurs."""
    keep = [m.term in terms.words for m in matches]
    stops = stop_words(lang)
    for phrase in terms.phrases:
        n = len(phrase)
        for i in range(len(matches) - n + 1):
            run = matches[i : i + n]
            if [m.term for m in run] == list(phrase) and all(
                _only_stop_words(text[a.end : b.start], stops) for a, b in itertools.pairwise(run)
            ):
                for k in range(i, i + n):
                    keep[k] = True
    return [m for m, k in zip(matches, keep) if k]


def _edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Move [start, end) out to whitespace so no word is cut."""
    low = max(0, start - EDGE_SLACK)
    while start > low and not text[start - 1].isspace():
        start -= 1
    high = min(len(text), end + EDGE_SLACK)
    while end < high and not text[end].isspace():
        end += 1
    return start, end


def _render(text: str, start: int, end: int, marks: list[_Match]) -> str:
    out = []
    cursor = start
    for match in marks:
        if match.start < start or match.end > end:
            continue
        out.append(escape(text[cursor : match.start]))
        out.append(f"<mark>{escape(text[match.start : match.end])}</mark>")
        cursor = match.end
    out.append(escape(text[cursor:end]))
    return " ".join("".join(out).split())


def match_spans(text: str, terms: HighlightTerms, lang: str = "en") -> list[tuple[int, int]]:
    """Where the query's words are in the whole of ``text``: (start, end) pairs
    in order, as snippets mark them (phrase words only inside the phrase)."""
    if not text or not terms:
        return []
    return [(m.start, m.end) for m in _marked(text, _find(text, terms, lang, None), terms, lang)]


def plain_snippet(text: str, limit: int = PLAIN_SNIPPET_CHARS) -> str:
    """The opening of a text, escaped, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return escape(text)
    cut = text.rfind(" ", 0, limit)
    return escape(text[: cut if cut > limit // 2 else limit]) + ELLIPSIS


def _windows(marks: list[_Match], length: int) -> list[tuple[int, int, int, int, int]]:
    """A passage starting a little before each of the first matches, as
    (distinct terms, matches, -first, first, last): the matches wholly inside
    [first, last), counted by sliding both edges forward (marks are in text
    order and do not overlap, so their ends are in order too)."""
    windows = []
    terms: dict[str, int] = {}
    low = high = 0
    for match in marks[:MAX_WINDOWS]:
        first = max(0, match.start - LEAD_CHARS)
        last = min(length, first + FRAGMENT_CHARS)
        while high < len(marks) and marks[high].end <= last:
            terms[marks[high].term] = terms.get(marks[high].term, 0) + 1
            high += 1
        while low < high and marks[low].start < first:
            left = marks[low].term
            terms[left] -= 1
            if not terms[left]:
                del terms[left]
            low += 1
        windows.append((len(terms), high - low, -first, first, last))
    return windows


def snippet(text: str, terms: HighlightTerms, lang: str = "en", max_fragments: int = 2) -> str:
    """Up to ``max_fragments`` passages with the most distinct matched terms."""
    if not text:
        return ""
    if not terms:
        return plain_snippet(text)
    marks = _marked(text, _find(text, terms, lang), terms, lang)
    if not marks:
        return plain_snippet(text)
    windows = _windows(marks, len(text))
    windows.sort(reverse=True)
    chosen: list[tuple[int, int]] = []
    for *_, first, last in windows:
        if all(last <= a or first >= b for a, b in chosen):
            chosen.append((first, last))
            if len(chosen) == max_fragments:
                break
    chosen.sort()
    parts = []
    for n, (first, last) in enumerate(chosen):
        start, end = _edges(text, first, last)
        if n or start > 0:
            parts.append(ELLIPSIS)
        parts.append(_render(text, start, end, marks))
    if end < len(text.rstrip()):
        parts.append(ELLIPSIS)
    return " ".join(parts)
