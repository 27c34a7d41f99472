"""Did you mean: replace rare query words by close, frequent indexed words.

Candidates are every word one edit away (deletion, transposition,
substitution, insertion: Damerau-Levenshtein distance 1), checked against
the index after stemming. The most frequent stem among candidates much more
frequent than the typed word wins. The index holds stems, not words, so the
spelling offered is the candidate written most often in a few documents
with that stem (``veteranz`` -> ``veterans``, not ``veterane``).
"""

from __future__ import annotations

import re
import string
from collections import Counter

from index.analysis import normalize_word, stem, text_tokens
from searcher.entities import suggest_entity
from searcher.index_view import IndexView
from searcher.query import Node, Phrase, Word

#: A word with fewer documents than this may get a suggestion.
RARE_DOC_FREQUENCY = 3
#: A suggestion must be in at least this many times more documents.
MIN_GAIN = 10
MIN_WORD_LENGTH = 4
#: Documents read to learn how a stem is usually written.
SURFACE_SAMPLE_DOCS = 5
_LETTERS = string.ascii_lowercase


def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + transposes + replaces + inserts) - {word}


def _usual_spelling(view: IndexView, term: str, candidates: set[str]) -> str | None:
    """The candidate written most often in a few documents containing ``term``."""
    docs, _ = view.postings("text", term)
    seen: Counter[str] = Counter()
    for docnum in docs[:SURFACE_SAMPLE_DOCS].tolist():
        text = view.stored(docnum).get("text") or ""
        for token in text_tokens(text):
            if token.term == term:
                seen[normalize_word(text[token.start : token.end])] += 1
    written = [(count, word) for word, count in seen.items() if word in candidates]
    return max(written)[1] if written else None


def correct_word(view: IndexView, word: str, languages: list[str]) -> str | None:
    """A better spelling of ``word``, or None."""
    normalized = normalize_word(word)
    if len(normalized) < MIN_WORD_LENGTH or not normalized.isalpha():
        return None
    # The query's own words were just matched: their postings are cached.
    frequency = max(len(view.postings("text", stem(normalized, lang))[0]) for lang in languages)
    if frequency >= RARE_DOC_FREQUENCY:
        return None
    by_stem: dict[str, set[str]] = {}
    stem_frequency: dict[str, int] = {}
    for candidate in edits1(normalized):
        for lang in languages:
            term = stem(candidate, lang)
            if term not in stem_frequency:
                stem_frequency[term] = view.text_frequency(term)
            if stem_frequency[term] >= max(1, frequency) * MIN_GAIN:
                by_stem.setdefault(term, set()).add(candidate)
    if not by_stem:
        return None
    best = max(by_stem, key=lambda t: (stem_frequency[t], t))
    spellings = by_stem[best]
    usual = _usual_spelling(view, best, spellings)
    if usual is not None:
        return usual
    # No sampled document writes any candidate: prefer the typed length.
    return min(spellings, key=lambda w: (len(w) != len(normalized), w))


def suggest(view: IndexView, query: str, tree: Node, languages: list[str]) -> str | None:
    """The query with misspelt words replaced, or None when nothing changes."""
    suggestion = query
    changed = False
    for leaf in tree.positive_leaves():
        if isinstance(leaf, (Word, Phrase)) and leaf.field is not None:
            # A name in an entity field: the closest entity alias.
            better = suggest_entity(view, leaf.field, leaf.text)
            if better is not None:
                quoted = f'"{better}"' if " " in better else better
                written = f'"{leaf.text}"' if isinstance(leaf, Phrase) else leaf.text
                pattern = re.compile(rf"(?<=:){re.escape(written)}(?![\w\"])", re.IGNORECASE)
                suggestion, count = pattern.subn(quoted, suggestion, count=1)
                changed = changed or count > 0
            continue
        if not isinstance(leaf, Word) or leaf.field is not None:
            continue
        better = correct_word(view, leaf.text, languages)
        if better is None:
            continue
        pattern = re.compile(rf"(?<![\w:]){re.escape(leaf.text)}(?!\w)")
        suggestion, count = pattern.subn(better, suggestion, count=1)
        changed = changed or count > 0
    return suggestion if changed else None
