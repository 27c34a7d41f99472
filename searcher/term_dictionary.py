"""The text field's terms and their document frequencies, for spelling suggestions.

A suggestion looks up hundreds of candidate words for one query word, too many
to read from the index each time. A Python dict of every term of every
segment cost about 100 bytes a term in each server process; at a million
releases those dicts were most of a server's memory. A segment's terms are
kept instead as one sorted array of fixed-width UTF-8 strings and one of
frequencies (28 bytes a term), searched with NumPy, and a term's frequency is
summed over the segments when it is looked up, so a new segment adds its
own arrays and nothing else is rebuilt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

#: Longer terms are left out: no suggestion is made for them or offered as them.
MAX_TERM_BYTES = 24
_DTYPE = f"S{MAX_TERM_BYTES}"


@dataclass(eq=False)
class SegmentTerms:
    """One segment's text terms (sorted UTF-8) and their document frequencies."""

    terms: np.ndarray
    frequencies: np.ndarray

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str | bytes, int]]) -> SegmentTerms:
        terms, frequencies = [], []
        for term, frequency in pairs:
            encoded = term.encode("utf-8") if isinstance(term, str) else term
            if len(encoded) <= MAX_TERM_BYTES:
                terms.append(encoded)
                frequencies.append(frequency)
        array = np.array(terms, dtype=_DTYPE)
        order = np.argsort(array, kind="stable")  # the term table's order, to be sure
        return cls(array[order], np.array(frequencies, dtype=np.int32)[order])

    @property
    def nbytes(self) -> int:
        return self.terms.nbytes + self.frequencies.nbytes

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """Each key's document frequency here (0 when absent)."""
        if not len(self.terms):
            return np.zeros(len(keys), dtype=np.int64)
        at = np.minimum(np.searchsorted(self.terms, keys), len(self.terms) - 1)
        return np.where(self.terms[at] == keys, self.frequencies[at], 0).astype(np.int64)

    def starting_with(self, first: bytes) -> tuple[np.ndarray, np.ndarray]:
        """The terms whose UTF-8 starts with the byte string ``first``, and their frequencies."""
        start = np.searchsorted(self.terms, np.array(first, dtype=_DTYPE))
        stop = np.searchsorted(self.terms, np.array(first + b"\xff", dtype=_DTYPE))
        return self.terms[start:stop], self.frequencies[start:stop]


def frequencies(dictionaries: Sequence[SegmentTerms], terms: Sequence[str]) -> list[int]:
    """Each term's document frequency over all segments (0 for a term too
    long to be kept)."""
    encoded = [term.encode("utf-8") for term in terms]
    kept = np.array([len(e) <= MAX_TERM_BYTES for e in encoded], dtype=bool)
    keys = np.array([e if k else b"" for e, k in zip(encoded, kept, strict=True)], dtype=_DTYPE)
    total = np.zeros(len(terms), dtype=np.int64)
    for dictionary in dictionaries:
        total += dictionary.lookup(keys)
    return np.where(kept, total, 0).tolist()


def terms_like(
    dictionaries: Sequence[SegmentTerms], first: str, shortest: int, longest: int
) -> dict[str, int]:
    """Terms starting with ``first`` of ``shortest`` to ``longest`` characters,
    with their document frequencies over all segments."""
    found: Counter[str] = Counter()
    prefix = first.encode("utf-8")
    for dictionary in dictionaries:
        terms, counts = dictionary.starting_with(prefix)
        # A character is at least one byte: a cheap bound before decoding.
        sizes = np.char.str_len(terms) if len(terms) else np.zeros(0, dtype=np.int64)
        keep = sizes >= shortest
        for term, count in zip(terms[keep].tolist(), counts[keep].tolist(), strict=True):
            text = term.decode("utf-8")
            if shortest <= len(text) <= longest:
                found[text] += count
    return dict(found)
