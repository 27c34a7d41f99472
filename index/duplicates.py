"""Syndicated copies: the same release stored under several ids.

Exact copies share a fingerprint of their normalised words. Near copies (a
re-issued version with a corrected figure and a correction note) share most
of their word 3-shingles: their MinHash signatures (Broder, 1997) agree in
at least :data:`MIN_SIMILARITY` of positions, an estimate of the shingle
sets' Jaccard similarity. Candidates come from locality-sensitive hashing:
the signature is cut into bands, and documents sharing a whole band are
compared.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import defaultdict

import numpy as np

from index.analysis import fold

SIGNATURE_SIZE = 32
BANDS = 8
ROWS = SIGNATURE_SIZE // BANDS
#: Estimated Jaccard similarity of shingle sets from which texts are copies.
MIN_SIMILARITY = 0.7
#: Texts shorter than this many words are matched exactly only.
MIN_WORDS_FOR_MINHASH = 40

_APOSTROPHES = str.maketrans("", "", "'’")
_PRIMES = (
    np.uint64(0x9E3779B97F4A7C15),
    np.uint64(0xC2B2AE3D27D4EB4F),
    np.uint64(0x165667B19E3779F9),
)
_rng = np.random.default_rng(20261125)
# One (multiplier, offset) pair per signature position; fixed, so signatures
# from different runs and processes compare.
_MULTIPLIERS = (
    _rng.integers(1, 2**63, SIGNATURE_SIZE, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
)[:, None]
_OFFSETS = _rng.integers(0, 2**63, SIGNATURE_SIZE, dtype=np.uint64)[:, None]
del _rng


def _words(text: str) -> list[str]:
    return fold(text).translate(_APOSTROPHES).split()


def text_fingerprint(text: str) -> str:
    """Hex digest equal for texts that differ only in case, accents, spacing."""
    return _fingerprint_of(_words(text))


def _fingerprint_of(words: list[str]) -> str:
    """Empty for a text without words: blank releases are nobody's copies."""
    if not words:
        return ""
    return hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=12).hexdigest()


def _word_hash(word: str) -> int:
    data = word.encode("utf-8")
    return zlib.crc32(data) | (zlib.crc32(data, 0x5BD1E995) << 32)


def minhash(text: str) -> bytes:
    """MinHash signature of the text's word 3-shingles; empty for short texts."""
    return _minhash_of(_words(text))


def fingerprints(text: str) -> tuple[str, bytes]:
    """(exact fingerprint, MinHash signature), reading the text once."""
    words = _words(text)
    return _fingerprint_of(words), _minhash_of(words)


def _minhash_of(words: list[str]) -> bytes:
    if len(words) < MIN_WORDS_FOR_MINHASH:
        return b""
    hash_of = {w: _word_hash(w) for w in set(words)}
    hashes = np.array([hash_of[w] for w in words], dtype=np.uint64)
    with np.errstate(over="ignore"):
        shingles = hashes[:-2] * _PRIMES[0] + hashes[1:-1] * _PRIMES[1] + hashes[2:] * _PRIMES[2]
        permuted = (np.unique(shingles)[None, :] * _MULTIPLIERS + _OFFSETS) >> np.uint64(32)
    return permuted.min(axis=1).astype("<u4").tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    if not a or not b:
        return 0.0
    return float(np.mean(np.frombuffer(a, "<u4") == np.frombuffer(b, "<u4")))


class DuplicateGroups:
    """Assigns each document the group of an earlier exact or near copy.

    A group is named by the id of the first document seen in it; when that
    name is taken (the document was re-ingested with other text and founds a
    new group), the new group's name adds the text's fingerprint.
    """

    def __init__(self) -> None:
        self._by_fingerprint: dict[str, str] = {}
        self._bands: dict[tuple[int, bytes], list[tuple[bytes, str]]] = defaultdict(list)
        self._labels: set[str] = set()

    @staticmethod
    def _band_keys(signature: bytes) -> list[tuple[int, bytes]]:
        width = ROWS * 4
        return [(band, signature[band * width : (band + 1) * width]) for band in range(BANDS)]

    def add(self, fingerprint: str, signature: bytes, group: str) -> None:
        self._labels.add(group)
        if fingerprint:
            self._by_fingerprint.setdefault(fingerprint, group)
        if signature:
            for key in self._band_keys(signature):
                self._bands[key].append((signature, group))

    def find(self, fingerprint: str, signature: bytes) -> str | None:
        group = self._by_fingerprint.get(fingerprint) if fingerprint else None
        if group is not None or not signature:
            return group
        best: tuple[float, str] | None = None
        for key in self._band_keys(signature):
            for other, other_group in self._bands.get(key, ()):
                score = similarity(signature, other)
                if score >= MIN_SIMILARITY and (best is None or score > best[0]):
                    best = (score, other_group)
        return best[1] if best else None

    def assign(self, doc_id: str, fingerprint: str, signature: bytes) -> str:
        """The group for a new document, registering it for later ones."""
        group = self.find(fingerprint, signature) or self._new_label(doc_id, fingerprint)
        self.add(fingerprint, signature, group)
        return group

    def _new_label(self, doc_id: str, fingerprint: str) -> str:
        label, n = doc_id, 0
        while label in self._labels:
            n += 1
            label = f"{doc_id}~{fingerprint[:8]}" + (f"~{n}" if n > 1 else "")
        return label
