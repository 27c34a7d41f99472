"""Fit the lower-case word list that restores capitals in lowered texts.

:mod:`index.extraction.recasing` capitalises, in a text printed all in lower
case, every word that our own releases do not print in lower case
mid-sentence. This script counts, in text we wrote ourselves (the gold set's
development split and the bundled sample corpus, never the held-out test
split nor the shared corpora), how often each word appears mid-sentence in
lower case and with a capital, and keeps the words seen in lower case at
least ``MIN_SEEN`` times and in at least ``LOWER_SHARE`` of their uses
("said", "may", "state"; not "minister", "march", "ministry", which name
people, months and bodies more often than not). Releases whose punctuation
was stripped, and lowered ones, are left out: they do not show case.

Usage (from the repository root)::

    .venv/bin/python -m tests.evaluation.fit_recasing [--dry-run]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from index.extraction import recasing
from tests.evaluation import extraction_sets as sets

LOWER_OUT = sets.REPO / "index" / "data" / "lowercase-words.txt"
CAPITALS_OUT = sets.REPO / "index" / "data" / "capitals-words.txt"
MIN_SEEN = 2
LOWER_SHARE = 0.4
CAPITALS_SHARE = 0.6

_TOKEN_RE = re.compile(r"\S+")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LABEL_RE = re.compile(r"^[^:\n]{1,60}:(?=\s)")
_OPENING_MARKS = ("", '"', "“", "(", "‘", "'")
_ENDS_A_SENTENCE_RE = re.compile(r"[.!?:][\"”’)]*$")
# Addresses are lower case whatever they name: "l.meyer@example.org", "example.org/news".
_ADDRESS_RE = re.compile(r"[@/]|\.\w")

LOWER_HEADER = """\
# Words our own releases print in lower case mid-sentence: at least {min_seen}
# times and in at least {lower:.0%} of their uses. In a text lowered to lower
# case, index/extraction/recasing.py capitalises every other word (names,
# places, bodies, months). Fitted by tests/evaluation/fit_recasing.py from
# the gold set's development split and corpus/ (our own text); do not edit
# by hand, refit.
"""
CAPITALS_HEADER = """\
# Words our own releases print all in capitals mid-sentence: at least
# {min_seen} times and in at least {capitals:.0%} of their uses ("MP", "CEO",
# "UNICEF"). In a text lowered to lower case, index/extraction/recasing.py
# prints them so again. Fitted by tests/evaluation/fit_recasing.py from the
# gold set's development split and corpus/ (our own text); do not edit by
# hand, refit.
"""


def our_texts() -> Iterator[str]:
    """Text we wrote that shows case: gold development releases and the sample corpus."""
    for line in (sets.REPO / "tests" / "fixtures" / "gold" / "dev.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        if record.get("style") != "punct-stripped":
            yield record["text"]
    for line in (sets.REPO / "corpus" / "releases.jsonl").open(encoding="utf-8"):
        yield json.loads(line).get("text") or ""
    for path in sorted((sets.REPO / "corpus" / "releases").rglob("*.txt")):
        yield path.read_text(encoding="utf-8")


@dataclass
class CaseCounts:
    """How often each word (lower case) is printed mid-sentence in each case."""

    lower: collections.Counter = field(default_factory=collections.Counter)
    capital: collections.Counter = field(default_factory=collections.Counter)
    #: all in capitals ("MP", "UNICEF"), counted only in lines of ordinary case
    capitals: collections.Counter = field(default_factory=collections.Counter)

    def uses(self, word: str) -> int:
        return self.lower[word] + self.capital[word] + self.capitals[word]


def count_cases(texts: Iterator[str]) -> CaseCounts:
    counts = CaseCounts()
    for text in texts:
        if recasing.is_lowercased(text):
            continue
        for line in text.split("\n"):
            tokens = _TOKEN_RE.findall(line)
            label = _LABEL_RE.match(line)
            if label:  # a speaker's turn ("MINISTER ABEYSEKARA:") shows no case
                tokens = tokens[len(label.group().split()) :]
            # (a headline or letterhead in capitals shows no word's own case)
            shouting = sum(t.isupper() for t in tokens) * 3 > len(tokens)
            sentence_start = True
            for token in tokens:
                word = _WORD_RE.search(token)
                if (
                    word
                    and not sentence_start
                    and token[: word.start()] in _OPENING_MARKS
                    and not _ADDRESS_RE.search(token)
                ):
                    _count(counts, word.group(), shouting)
                sentence_start = bool(_ENDS_A_SENTENCE_RE.search(token))
    return counts


def _count(counts: CaseCounts, w: str, shouting: bool) -> None:
    if w.islower():
        counts.lower[w] += 1
    elif w[0].isupper() and (len(w) == 1 or w[1:].islower()):
        counts.capital[w.lower()] += 1
    elif len(w) > 1 and w.isupper() and not shouting:
        counts.capitals[w.lower()] += 1


def lowercase_words(counts: CaseCounts) -> list[str]:
    return sorted(
        w for w, n in counts.lower.items() if n >= MIN_SEEN and n >= LOWER_SHARE * counts.uses(w)
    )


def capitals_words(counts: CaseCounts) -> list[str]:
    return sorted(
        w
        for w, n in counts.capitals.items()
        if n >= MIN_SEEN and n > CAPITALS_SHARE * counts.uses(w)
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="report, do not write the lists")
    args = parser.parse_args(argv)
    counts = count_cases(our_texts())
    lists = (
        (LOWER_OUT, lowercase_words(counts), LOWER_HEADER),
        (CAPITALS_OUT, capitals_words(counts), CAPITALS_HEADER),
    )
    for path, words, header in lists:
        print(f"{len(words)} words for {path.name}")
        if not args.dry_run:
            text = header.format(min_seen=MIN_SEEN, lower=LOWER_SHARE, capitals=CAPITALS_SHARE)
            path.write_text(text + "\n".join(words) + "\n", encoding="utf-8")
            print(f"written to {path.relative_to(sets.REPO)}")


if __name__ == "__main__":
    main()
