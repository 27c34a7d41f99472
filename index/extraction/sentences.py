"""The lead sentence, found with nltk's Punkt splitter and our own abbreviations.

No Punkt model is downloaded: the parameters are set by hand from our word
lists (honorifics such as "Sen." or "Gov.", month abbreviations, corporate
suffixes), so that "Sen. Ruth Amsel (D-Maine) today announced ..." is one
sentence. Only a short span is split, which keeps the cost small.
"""

from __future__ import annotations

import functools

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from index.extraction import wordlists

_EXTRA_ABBREVIATIONS = (
    "u.s",
    "d.c",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "inc",
    "corp",
    "co",
    "ltd",
    "no",
    "st",
    "jr",
    "sr",
)


@functools.cache
def _tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    abbreviations = {a.lower() for a in _EXTRA_ABBREVIATIONS}
    for title in wordlists.honorifics():
        for word in title.split():
            if word.endswith("."):
                abbreviations.add(word[:-1].lower())
    for abbreviation in wordlists.place_abbreviations():
        abbreviations.add(abbreviation.lower())
    params.abbrev_types = abbreviations
    return PunktSentenceTokenizer(params)


def first_sentence_end(text: str, start: int, limit: int = 400) -> int:
    """Where the sentence starting at ``start`` ends (at most ``limit`` characters on)."""
    span = text[start : start + limit]
    for _, end in _tokenizer().span_tokenize(span):
        return start + end
    return start + len(span)
