"""Did you mean: replace rare query words by close, frequent indexed words.

Candidates are every word one edit away (deletion, transposition,
substitution, insertion: Damerau-Levenshtein distance 1), checked against
the index after stemming. The most frequent stem among candidates much more
frequent than the typed word wins. The index holds stems, not words, so the
spelling offered is the candidate written most often in a few documents
with that stem (``veteranz`` -> ``veterans``, not ``veterane``). A word
with no candidate one edit away is compared with the indexed stems of
about its length that start with its letter, two edits away at most.

A misspelling that a large corpus holds a few times (``goverment``) still
gets a suggestion, when the correction is in a hundred times as many
documents. Also here: a runnable query close to one that does not parse.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Callable

from index.analysis import normalize_word, stem, text_tokens
from searcher.entities import suggest_entity
from searcher.index_view import IndexView
from searcher.query import Node, Phrase, Word
from searcher.query_parser import QuerySyntaxError, parse_query

#: A word with fewer documents than this may get a suggestion.
RARE_DOC_FREQUENCY = 3
#: A suggestion must be in at least this many times more documents.
MIN_GAIN = 10
#: A word in a few documents of a large index (at most this share of them,
#: and fewer than COMMON_DOC_FREQUENCY) may be a common misspelling...
RARE_SHARE = 1 / 5000
COMMON_DOC_FREQUENCY = 50
#: ...and gets a suggestion when the correction is this many times more frequent.
MIN_GAIN_COMMON = 100
#: Letters stemming may take off a word's end.
STEM_SLACK = 4
#: Stems compared two edits away; shorter words have too many neighbours.
MIN_LENGTH_TWO_EDITS = 6
MIN_WORD_LENGTH = 4
#: Documents read to learn how a stem is usually written.
SURFACE_SAMPLE_DOCS = 5
#: Stems, most frequent first, whose documents are read for a written candidate.
ATTESTED_TRIES = 3
_LETTERS = string.ascii_lowercase


def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + transposes + replaces + inserts) - {word}


def _usual_spelling(view: IndexView, term: str, accept: Callable[[str], bool]) -> str | None:
    """The accepted spelling written most often in a few documents containing ``term``."""
    docs, _ = view.postings("text", term)
    seen: Counter[str] = Counter()
    for docnum in docs[:SURFACE_SAMPLE_DOCS].tolist():
        text = view.stored(docnum).get("text") or ""
        for token in text_tokens(text):
            if token.term == term:
                seen[normalize_word(text[token.start : token.end])] += 1
    written = [(count, word) for word, count in seen.items() if accept(word)]
    return max(written)[1] if written else None


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions), or ``limit + 1``
    when it is larger than ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _two_edits(view: IndexView, word: str, needed: int) -> str | None:
    """A frequent word two edits from ``word``, spelt as documents write it.

    The index holds stems, so a stem is a candidate when it is two edits
    from the start of the word (``environ`` from ``enviromnet``); the
    spelling offered must itself be two edits from the word."""
    candidates = []
    # Stemming drops a few letters at most; shorter stems match too much.
    near = view.text_terms_like(word[:1], len(word) - STEM_SLACK, len(word) + 2)
    for term, frequency in near.items():
        if frequency < needed or not term.isalpha():
            continue
        if any(edit_distance(word[:cut], term) <= 2 for cut in range(len(term) - 1, len(term) + 2)):
            candidates.append((frequency, term))
    for _, term in sorted(candidates, reverse=True)[:ATTESTED_TRIES]:
        usual = _usual_spelling(view, term, lambda w: edit_distance(w, word) <= 2)
        if usual is not None:
            return usual
    return None


def correct_word(view: IndexView, word: str, languages: list[str]) -> str | None:
    """A better spelling of ``word``, or None."""
    normalized = normalize_word(word)
    if len(normalized) < MIN_WORD_LENGTH or not normalized.isalpha():
        return None
    # The query's own words were just matched: their postings are cached.
    frequency = max(len(view.postings("text", stem(normalized, lang))[0]) for lang in languages)
    common_limit = min(COMMON_DOC_FREQUENCY, view.doc_count * RARE_SHARE)
    if frequency < RARE_DOC_FREQUENCY:
        needed = max(1, frequency) * MIN_GAIN
    elif frequency < common_limit:
        needed = frequency * MIN_GAIN_COMMON
    else:
        return None
    stems = {
        (candidate, stem(candidate, lang)) for candidate in edits1(normalized) for lang in languages
    }
    distinct = sorted({term for _, term in stems})
    stem_frequency = dict(zip(distinct, view.text_frequencies(distinct), strict=True))
    by_stem: dict[str, set[str]] = {}
    for candidate, term in stems:
        if stem_frequency[term] >= needed:
            by_stem.setdefault(term, set()).add(candidate)
    if not by_stem:
        if len(normalized) < MIN_LENGTH_TWO_EDITS:
            return None
        return _two_edits(view, normalized, needed)
    ranked = sorted(by_stem, key=lambda t: (stem_frequency[t], t), reverse=True)
    # A stem's candidate that no document writes is no word ("overment" for
    # "goverment" shares the frequent stem "over"): try the next stem.
    for term in ranked[:ATTESTED_TRIES]:
        usual = _usual_spelling(view, term, by_stem[term].__contains__)
        if usual is not None:
            return usual
    spellings = by_stem[ranked[0]]
    # No sampled document writes any candidate: prefer the typed length.
    return min(spellings, key=lambda w: (len(w) != len(normalized), w))


def repair_query(query: str, error: QuerySyntaxError) -> str | None:
    """A query close to ``query`` that parses (it failed with ``error``), or None:
    a closed quotation mark or parenthesis, the offending token left out, or
    at worst the plain words."""
    candidates = []
    if "quotation" in error.message:
        candidates.append(query + '"')
    if "'(' without" in error.message:
        candidates.append(query + ")" * max(1, query.count("(") - query.count(")")))
    if error.position:
        at = error.position - 1
        end = at + 1
        while end < len(query) and not query[end].isspace():
            end += 1
        candidates += [query[:at] + query[end:], query[:at] + query[at + 1 :]]
    candidates.append(re.sub(r'[()\[\]"*:]+|\b(?:AND|OR|NOT)\b|(?<!\w)[-+]', " ", query))
    for candidate in candidates:
        candidate = " ".join(candidate.split())
        if not candidate or candidate == query:
            continue
        try:
            parse_query(candidate)
        except QuerySyntaxError:
            continue
        return candidate
    return None


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
