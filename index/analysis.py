"""Text analysis shared by indexing, querying and highlighting.

One pipeline for every text field: split into words, lowercase, fold
accents, drop apostrophes, drop our own stop words, Snowball-stem. Names
(the ``speaker`` field) use the same steps without stop words or stemming,
and also split CamelCase folder names such as ``BenNelson``.

The writer receives documents already analysed (see :class:`PreparedTerms`),
so this work runs in the ingest worker processes, not in the single Whoosh
writer. The :class:`PressroomAnalyzer` wrapper lets Whoosh itself run the
very same pipeline where it needs an analyzer.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any, NamedTuple

from nltk.stem.snowball import SnowballStemmer
from whoosh.analysis import Analyzer, Token

from index.segments import ArrayPositions, PreparedTerms, encode_positions

#: Languages with a stemmer and a stop list; anything else is indexed folded
#: but unstemmed.
STEMMED_LANGUAGES = {"en": "english", "de": "german", "fr": "french", "it": "italian"}
DEFAULT_LANGUAGE = "en"

# A word is a run of letters/digits, with internal apostrophes ("Obama's").
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Once apostrophes are gone, a word is a plain run of letters and digits.
_PLAIN_WORD_RE = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans("", "", "'’")
# Letters that Unicode decomposition does not fold to ASCII.
_SPECIAL_FOLDS = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "þ": "th", "ı": "i"}
)
_CAMEL_RE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+")


class WordToken(NamedTuple):
    """A word as it appears in the original text, with its analysed term."""

    term: str
    position: int
    start: int
    end: int


def fold(text: str) -> str:
    """Lowercase and strip accents: ``Élise Núñez`` -> ``elise nunez``."""
    text = text.lower()
    if text.isascii():
        return text
    text = text.translate(_SPECIAL_FOLDS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def stop_words(lang: str) -> frozenset[str]:
    """Our stop list for ``lang`` (folded), empty for languages without one."""
    try:
        raw = resources.files("index.data").joinpath(f"stopwords-{lang}.txt").read_text("utf-8")
    except FileNotFoundError:
        return frozenset()
    words = (line.strip() for line in raw.splitlines())
    return frozenset(fold(w) for w in words if w and not w.startswith("#"))


@functools.cache
def _stemmer(lang: str):
    name = STEMMED_LANGUAGES.get(lang)
    if name is None:
        return lambda word: word
    # The stemmers are pure Python; the cache makes repeated words cheap.
    return functools.lru_cache(maxsize=200_000)(SnowballStemmer(name).stem)


def normalize_word(word: str) -> str:
    """Fold a single word and remove its apostrophes (no stemming)."""
    return fold(word).translate(_APOSTROPHES)


def stem(word: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """Stem an already folded word."""
    return _stemmer(lang)(word)


def text_terms(text: str, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """Index terms of ``text`` in order; list position is the term position."""
    stops = stop_words(lang)
    stemmer = _stemmer(lang)
    words = _PLAIN_WORD_RE.findall(fold(text).translate(_APOSTROPHES))
    return [stemmer(w) for w in words if w not in stops]


def text_tokens(text: str, lang: str = DEFAULT_LANGUAGE) -> Iterator[WordToken]:
    """Like :func:`text_terms`, but with each word's character offsets.

    Used for highlighting, where matches must be found in the original text.
    """
    stops = stop_words(lang)
    stemmer = _stemmer(lang)
    position = 0
    for match in _WORD_RE.finditer(text):
        word = normalize_word(match.group())
        if word in stops:
            continue
        yield WordToken(stemmer(word), position, match.start(), match.end())
        position += 1


def query_terms(text: str, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """Terms of a query word or phrase, as the text field indexes them."""
    return text_terms(text, lang)


def name_terms(text: str) -> list[tuple[int, str]]:
    """(position, term) pairs for a name field.

    ``BenNelson`` is indexed as ``bennelson`` and as ``ben`` ``nelson`` at
    consecutive positions, so ``speaker:nelson`` and ``speaker:bennelson``
    both match.
    """
    out: list[tuple[int, str]] = []
    position = 0
    for match in _WORD_RE.finditer(text):
        raw = match.group()
        parts = _CAMEL_RE.findall(raw)
        whole = normalize_word(raw)
        out.append((position, whole))
        if len(parts) > 1:
            for offset, part in enumerate(parts):
                folded = normalize_word(part)
                if offset or folded != whole:
                    out.append((position + offset, folded))
            position += len(parts)
        else:
            position += 1
    return out


def name_query_terms(text: str) -> list[str]:
    """Terms of a query against a name field (no CamelCase splitting)."""
    return [normalize_word(w) for w in _WORD_RE.findall(text)]


class PreparedPositions(ArrayPositions):
    """The positions format of every text field (:class:`index.segments.ArrayPositions`),
    which also accepts postings already encoded by a worker (:class:`PreparedTerms`)."""

    def word_values(self, value, analyzer, **kwargs):
        if isinstance(value, PreparedTerms):
            boost = self.field_boost
            return ((t.decode("utf-8"), f, w * boost, v) for t, f, w, v in value)
        return super().word_values(value, analyzer, **kwargs)


def prepare_terms(terms: Iterable[tuple[int, str]]) -> PreparedTerms:
    """Encode (position, term) pairs as Whoosh postings for one field."""
    positions: dict[str, list[int]] = {}
    for position, term in terms:
        positions.setdefault(term, []).append(position)
    return PreparedTerms(
        (term.encode("utf-8"), len(poses), float(len(poses)), encode_positions(sorted(poses)))
        for term, poses in positions.items()
    )


def prepare_text(text: str, lang: str = DEFAULT_LANGUAGE) -> PreparedTerms:
    return prepare_terms(enumerate(text_terms(text, lang)))


def prepare_name(text: str) -> PreparedTerms:
    return prepare_terms(name_terms(text))


class PressroomAnalyzer(Analyzer):
    """Whoosh adapter for our pipeline (``kind`` is ``"text"`` or ``"name"``)."""

    def __init__(self, kind: str = "text"):
        self.kind = kind

    def __eq__(self, other):
        return isinstance(other, PressroomAnalyzer) and other.kind == self.kind

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        # Whoosh's Token takes its attributes as they are set.
        token: Any = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if isinstance(value, (list, tuple)):
            pairs = list(enumerate(value))
        elif self.kind == "name":
            pairs = (
                name_terms(value) if mode != "query" else list(enumerate(name_query_terms(value)))
            )
        else:
            pairs = list(enumerate(text_terms(value)))
        for position, term in pairs:
            token.text = term
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos + position
            if chars:
                token.startchar = token.endchar = start_char
            yield token
