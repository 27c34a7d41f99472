"""The text field's terms and their document frequencies, for spelling suggestions.

A suggestion looks up hundreds of candidate words for one query word, too many
to read from the index each time. A Python dict of every term of every segment
cost about 100 bytes a term in each server process, and the segments' terms
add up with the number of segments. A segment's terms are kept instead as
sorted arrays of fixed-width UTF-8 strings (16 bytes, or 64 for the few longer
terms) and of frequencies, about 20 bytes a term, searched with NumPy; a term's
frequency is summed over the segments when it is looked up, so a new segment
adds its own arrays and nothing else is rebuilt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

#: Most terms fit this many bytes; longer ones are kept in a second, wider array
#: (a Cyrillic or Greek letter takes two bytes, a Chinese character three).
SHORT_TERM_BYTES = 16
#: Longer terms are left out: no suggestion is made for them or offered as them.
MAX_TERM_BYTES = 64


@dataclass(eq=False)
class _SortedTerms:
    terms: np.ndarray  # sorted UTF-8, one fixed width
    frequencies: np.ndarray

    @classmethod
    def build(cls, terms: list[bytes], frequencies: list[int], width: int) -> _SortedTerms:
        array = np.array(terms, dtype=f"S{width}")
        order = np.argsort(array, kind="stable")  # the term table's order, to be sure
        return cls(array[order], np.array(frequencies, dtype=np.int32)[order])

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        if not len(self.terms) or not len(keys):
            return np.zeros(len(keys), dtype=np.int64)
        at = np.minimum(np.searchsorted(self.terms, keys), len(self.terms) - 1)
        return np.where(self.terms[at] == keys, self.frequencies[at], 0).astype(np.int64)

    def starting_with(self, first: bytes) -> tuple[np.ndarray, np.ndarray]:
        width = self.terms.dtype
        start = np.searchsorted(self.terms, np.array(first, dtype=width))
        stop = np.searchsorted(self.terms, np.array(first + b"\xff", dtype=width))
        return self.terms[start:stop], self.frequencies[start:stop]


@dataclass(eq=False)
class SegmentTerms:
    """One segment's text terms and their document frequencies: short terms in
    one sorted fixed-width array, longer ones in another."""

    short: _SortedTerms
    long: _SortedTerms

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str | bytes, int]]) -> SegmentTerms:
        short: tuple[list[bytes], list[int]] = ([], [])
        long: tuple[list[bytes], list[int]] = ([], [])
        for term, frequency in pairs:
            encoded = term.encode("utf-8") if isinstance(term, str) else term
            if len(encoded) <= MAX_TERM_BYTES:
                kept = short if len(encoded) <= SHORT_TERM_BYTES else long
                kept[0].append(encoded)
                kept[1].append(frequency)
        return cls(
            _SortedTerms.build(*short, SHORT_TERM_BYTES), _SortedTerms.build(*long, MAX_TERM_BYTES)
        )

    @property
    def nbytes(self) -> int:
        parts = (self.short, self.long)
        return sum(p.terms.nbytes + p.frequencies.nbytes for p in parts)

    def lookup(self, keys: _Keys) -> np.ndarray:
        """Each key's document frequency here (0 when absent or too long)."""
        found = np.zeros(keys.count, dtype=np.int64)
        for part, rows, array in ((self.short, *keys.short), (self.long, *keys.long)):
            if rows:
                found[rows] = part.lookup(array)
        return found

    def starting_with(self, first: bytes) -> list[tuple[np.ndarray, np.ndarray]]:
        """The terms whose UTF-8 starts with ``first``, and their frequencies, per width."""
        return [self.short.starting_with(first), self.long.starting_with(first)]


class _Keys(NamedTuple):
    """Terms to look up, as arrays of each width (built once, searched in every
    segment): each width's (positions among the terms, UTF-8 keys)."""

    count: int
    short: tuple[list[int], np.ndarray]
    long: tuple[list[int], np.ndarray]

    @classmethod
    def of(cls, terms: Sequence[str]) -> _Keys:
        encoded = [term.encode("utf-8") for term in terms]

        def width(low: int, high: int) -> tuple[list[int], np.ndarray]:
            rows = [i for i, key in enumerate(encoded) if low < len(key) <= high]
            return rows, np.array([encoded[i] for i in rows], dtype=f"S{high}")

        return cls(
            len(encoded), width(-1, SHORT_TERM_BYTES), width(SHORT_TERM_BYTES, MAX_TERM_BYTES)
        )


def frequencies(dictionaries: Sequence[SegmentTerms], terms: Sequence[str]) -> list[int]:
    """Each term's document frequency over all segments (0 for a term too
    long to be kept)."""
    keys = _Keys.of(terms)
    total = np.zeros(keys.count, dtype=np.int64)
    for dictionary in dictionaries:
        total += dictionary.lookup(keys)
    return total.tolist()


def terms_like(
    dictionaries: Sequence[SegmentTerms], first: str, shortest: int, longest: int
) -> dict[str, int]:
    """Terms starting with ``first`` of ``shortest`` to ``longest`` characters,
    with their document frequencies over all segments."""
    found: Counter[str] = Counter()
    prefix = first.encode("utf-8")
    for dictionary in dictionaries:
        for terms, counts in dictionary.starting_with(prefix):
            # A character is at least one byte: a cheap bound before decoding.
            sizes = np.char.str_len(terms) if len(terms) else np.zeros(0, dtype=np.int64)
            keep = sizes >= shortest
            for term, count in zip(terms[keep].tolist(), counts[keep].tolist(), strict=True):
                text = term.decode("utf-8")
                if shortest <= len(text) <= longest:
                    found[text] += count
    return dict(found)
