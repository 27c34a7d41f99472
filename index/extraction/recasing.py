"""Capitals for a text printed all in lower case, so that its names read as names.

Scrapers, speech-to-text feeds and some wire services deliver releases lowered
to lower case ("premier kowalchuk said the province was ready"). Every cue for
a person, a place or a body starts with a capital letter, so such a text would
yield nothing. We restore the capitals a reader would expect: the first word
of each line and sentence, "I", and every word that our own releases do not
print in lower case mid-sentence (names, places, bodies, months). The list of
lower-case words, ``index/data/lowercase-words.txt``, is fitted from our own
text by ``tests/evaluation/fit_recasing.py``; a word it does not hold (a
surname such as "kowalchuk") is taken for a name.

The recased text has the same length as the printed one, character for
character, so every position found in it holds in the printed text too.
"""

from __future__ import annotations

import functools
import re

from index.extraction import wordlists

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A sentence opens after a line break (and any bullet or mark) or a full stop.
_OPENS_LINE_RE = re.compile(r"(?:^|\n)[^\w\n]*$")
_OPENS_SENTENCE_RE = re.compile(r"(?<![\s.][^\W\d_])[.!?][\"”’)]*\s+[\"“‘(]?$")
_HEAD_CHARS = 6000
_QUICK_CHARS = 1000
_FEWEST_LETTERS = 200
# Lowered text keeps an acronym or two ("the who said"); ordinary English prints
# some 3-5 % of its letters as capitals.
_MOST_CAPITALS = 0.01


lowercase_words = wordlists.lowercase_words


@functools.cache
def capitals_words() -> frozenset[str]:
    return frozenset(wordlists.load("capitals-words"))


@functools.cache
def _function_words() -> frozenset[str]:
    """Words that never sit inside a name: "and", "of", "the", "said"."""
    words: set[str] = set()
    for language in ("en", "de", "fr", "it"):
        words.update(w.lower() for w in wordlists.load(f"stopwords-{language}"))
    return frozenset(words) | {"said", "says", "told", "added"}


def is_lowercased(text: str) -> bool:
    """Whether ``text`` was printed (or lowered) all in lower case."""
    # (most texts show their capitals in the first lines: a quick count decides)
    if sum(map(str.isupper, text[:_QUICK_CHARS])) > _QUICK_CHARS * 2 * _MOST_CAPITALS:
        return False
    head = text[:_HEAD_CHARS]
    letters = sum(map(str.isalpha, head))
    if letters < _FEWEST_LETTERS:
        return False
    return sum(map(str.isupper, head)) < letters * _MOST_CAPITALS


_LOWER, _CAPITAL, _UPPER = 0, 1, 2


def recase(text: str) -> str:
    """``text`` with a reader's capitals when it was lowered, else ``text`` itself."""
    if not is_lowercased(text):
        return text
    words = [m for m in _WORD_RE.finditer(text) if not _glued(text, m.start())]
    cases = [_case_alone(text, m) for m in words]
    _capitalise_in_names(text, words, cases)
    _capitalise_letterhead_bodies(text, words, cases)
    chars = list(text)
    for m, case in zip(words, cases):
        word = m.group()
        if case == _UPPER and len(word.upper()) == len(word):
            chars[m.start() : m.end()] = word.upper()
        elif case != _LOWER and len(word[0].upper()) == 1:  # ("ß" has no one-letter capital)
            chars[m.start()] = word[0].upper()
            # "o'neill", "mcallister": the name's second capital
            second = _SECOND_CAPITAL_RE.match(word)
            if second:
                chars[m.start() + second.end()] = word[second.end()].upper()
    return "".join(chars)


def _case_alone(text: str, m: re.Match[str]) -> int:
    """A word's case from the word and its place alone."""
    word = m.group()
    if word in capitals_words() or (_LABEL_RE.match(text, m.start()) and _opens_a_line(text, m)):
        return _UPPER  # "mp", "unicef"; a turn's initials at a line's start: "fo: ..."
    if _opens_a_sentence(text, m.start()) or word == "i":
        return _CAPITAL
    # (single letters stay: "a", and initials we cannot tell from stray letters; a
    # name's particles stay in lower case: "amal bint rashid", "ibn")
    if len(word) < 2 or word in lowercase_words() or word in _PARTICLES:
        return _LOWER
    return _CAPITAL


def _capitalise_in_names(text: str, words: list[re.Match[str]], cases: list[int]) -> None:
    """Capitals a word takes from its neighbours in a name: an initial, a title, a
    particle or a name's second part before a capitalised name word."""
    titles = _one_word_titles()
    function = _function_words()
    for i in range(len(words) - 1):
        if cases[i] != _LOWER:
            continue
        word, nxt = words[i].group(), cases[i + 1] != _LOWER
        if _dotted(text, words[i]):
            # "laurence h. meyer": an initial before a name; "u.s.", "d.c.": initials
            # (not "a.m.", "e.g.")
            run = _initials_run(text, words[i])
            cases[i] = (run not in _NOT_INITIALS) if run else nxt
        elif nxt and (word in titles or word in _NAME_PARTICLES):
            cases[i] = _CAPITAL  # "dr hylton", "mayor leka", "ciarán ó maoláin"
        elif (
            i > 0
            and word not in function
            and word not in _PARTICLES
            and _inside_a_name(text, words, cases, i)
        ):
            cases[i] = _CAPITAL  # "niamh oyelaran-price", "luz marina restrepo"


_LETTERHEAD_LINES = 6
_LINE_RE = re.compile(r"[^\n]+")


def _capitalise_letterhead_bodies(text: str, words: list[re.Match[str]], cases: list[int]) -> None:
    """A body's name on a line of its own at the top, printed in title case as
    letterheads print it: "bramblecombe community land trust", "ministry of health"
    (a line of a few words, one of them a body's, no verb, no figures)."""
    bodies = wordlists.organization_word_set()
    function = _function_words()
    lines = [m for m in _LINE_RE.finditer(text, 0, 1200) if m.group().strip()][:_LETTERHEAD_LINES]
    for line in lines:
        inside = [i for i, w in enumerate(words) if line.start() <= w.start() < line.end()]
        names = [words[i].group() for i in inside]
        if not 2 <= len(names) <= 10 or any(c.isdigit() for c in line.group()):
            continue
        if not any(w in bodies for w in names) or any(wordlists.is_verb(w) for w in names):
            continue
        for i in inside:
            if cases[i] == _LOWER and words[i].group() not in function:
                cases[i] = _CAPITAL


def _inside_a_name(text: str, words: list[re.Match[str]], cases: list[int], i: int) -> bool:
    """Whether the word continues a name: after a hyphen in it, between two of its
    words, or after a courtesy title ("ms grace tan")."""
    before, after = words[i - 1], words[i + 1]
    gap = text[before.end() : words[i].start()]
    if gap == " " and before.group().lower() in _COURTESY_TITLES:
        return True
    if not _named(text, before, cases[i - 1]):
        return False
    if gap in _HYPHENS:
        return True
    # (not a verb between two names: "tan met dr lee", "smith thanked jones")
    return (
        gap == " "
        and text[words[i].end() : after.start()] == " "
        and _named(text, after, cases[i + 1])
        and after.group() not in _one_word_titles()
        and not wordlists.is_verb(words[i].group())
    )


def _named(text: str, word: re.Match[str], case: int) -> bool:
    """A capitalised word that names (not a sentence's first word, nor an acronym)."""
    return case == _CAPITAL and not _opens_a_sentence(text, word.start())


_HYPHENS = frozenset("-‐‑")
_PARTICLES = frozenset({"bin", "bint", "binti", "ibn", "van", "von", "der", "den", "ter", "ten"})
_SECOND_CAPITAL_RE = re.compile(r"(?:o['’]|mc)(?=[a-z]{2})")
_NAME_PARTICLES = frozenset({"ó", "ní", "nic", "uí", "mac"})
_COURTESY_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "cllr", "hon", "rev", "revd"}
)
_LABEL_RE = re.compile(r"[^\W\d_]{1,3}:")


def _opens_a_line(text: str, word: re.Match[str]) -> bool:
    return bool(_OPENS_LINE_RE.search(text[max(0, word.start() - 20) : word.start()]))


@functools.cache
def _one_word_titles() -> frozenset[str]:
    """Titles of one word, lower case: "dr", "mayor", "premier" (not "the" of "The Hon")."""
    return frozenset(t.lower().rstrip(".") for t in wordlists.honorifics() if " " not in t)


def _dotted(text: str, word: re.Match[str]) -> bool:
    """A single letter with its full stop: "h." of "laurence h. meyer", "u.s."."""
    return len(word.group()) == 1 and text[word.end() : word.end() + 1] == "."


_INITIALS_RE = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,4}(?!\w)")
_NOT_INITIALS = frozenset({"a.m.", "p.m.", "e.g.", "i.e.", "cf."})


def _initials_run(text: str, word: re.Match[str]) -> str | None:
    """The run of dotted letters the letter is one of: "u.s.", "d.c.", "a.m."."""
    for m in _INITIALS_RE.finditer(text, max(0, word.start() - 6), word.end() + 8):
        if m.start() <= word.start() < m.end():
            return m.group().lower()
    return None


def _glued(text: str, start: int) -> bool:
    """ "2nd", "covid19": letters run on from a digit or letter are no word of their own."""
    return start > 0 and text[start - 1].isalnum()


def _opens_a_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start]
    return bool(_OPENS_LINE_RE.search(before) or _OPENS_SENTENCE_RE.search(before))
