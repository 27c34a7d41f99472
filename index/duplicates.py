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

import numpy as np

from index.analysis import fold

SIGNATURE_SIZE = 32
_SIGNATURE_BYTES = SIGNATURE_SIZE * 4
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

    The writer holds one entry per document of the index, so entries are
    arrays, not objects: signatures in one matrix, each band's 64-bit key in
    sorted arrays (with a dict for the entries added since they were last
    sorted). At 300,000 releases, a list of (signature, group) tuples per
    band took 2.6 KB per document and 5.5 s to load.
    """

    def __init__(self) -> None:
        self._group_numbers: dict[str, int] = {}  # label -> number
        self._group_labels: list[str] = []
        self._by_fingerprint: dict[str, int] = {}  # fingerprint -> group number
        self._signatures = np.zeros((0, SIGNATURE_SIZE), dtype="<u4")
        self._entry_groups = np.zeros(0, dtype=np.int32)
        self._entries = 0
        # Band keys of the entries sorted so far (with their entries), and of later ones.
        self._sorted_keys = np.zeros(0, dtype=np.uint64)
        self._sorted_entries = np.zeros(0, dtype=np.int32)
        self._unsorted: list[tuple[np.ndarray, np.ndarray]] = []
        self._recent: dict[int, list[int]] = {}
        self._recent_entries = 0

    def add(self, fingerprint: str, signature: bytes, group: str) -> None:
        self.add_many([fingerprint], [signature], [group])

    def add_many(self, fingerprints: list[str], signatures: list[bytes], groups: list[str]) -> None:
        """Register documents at once (the writer loading an index)."""
        numbers = [self._group_number(group) for group in groups]
        for fingerprint, number in zip(fingerprints, numbers):
            if fingerprint:
                self._by_fingerprint.setdefault(fingerprint, number)
        # (A signature of another length, from a damaged column, is no signature.)
        signed = [i for i, signature in enumerate(signatures) if len(signature) == _SIGNATURE_BYTES]
        if not signed:
            return
        matrix = np.frombuffer(b"".join(signatures[i] for i in signed), dtype="<u4")
        first = self._append(
            matrix.reshape(-1, SIGNATURE_SIZE), np.array([numbers[i] for i in signed], np.int32)
        )
        keys = band_keys(self._signatures[first : self._entries]).ravel()
        entries = np.repeat(np.arange(first, self._entries, dtype=np.int32), BANDS)
        if len(signed) > 1:
            # Sorted in before the next look-up: a writer loading an index's
            # segments sorts once, not once per segment.
            self._unsorted.append((keys, entries))
            return
        for key, entry in zip(keys.tolist(), entries.tolist()):
            self._recent.setdefault(key, []).append(entry)
        self._recent_entries += 1
        # Sorted in when the dict holds an eighth of the entries: amortised
        # O(n log n), and the dict stays small.
        if self._recent_entries * 8 > max(self._entries, 8192):
            self._sort_in()

    def _group_number(self, group: str) -> int:
        number = self._group_numbers.get(group)
        if number is None:
            number = self._group_numbers[group] = len(self._group_labels)
            self._group_labels.append(group)
        return number

    def _append(self, signatures: np.ndarray, groups: np.ndarray) -> int:
        """Store entries' signatures and groups; returns the first new entry."""
        first, needed = self._entries, self._entries + len(signatures)
        if needed > len(self._signatures):
            capacity = max(needed, 2 * len(self._signatures), 1024)
            grown = np.zeros((capacity, SIGNATURE_SIZE), dtype="<u4")
            grown[:first] = self._signatures[:first]
            self._signatures = grown
            self._entry_groups = np.resize(self._entry_groups, capacity)
        self._signatures[first:needed] = signatures
        self._entry_groups[first:needed] = groups
        self._entries = needed
        return first

    def _sort_in(self) -> None:
        """Merge the bulk-added keys and the recent dict's into the sorted arrays."""
        recent_keys = [k for k, found in self._recent.items() for _ in found]
        recent_entries = [e for found in self._recent.values() for e in found]
        all_keys = np.concatenate(
            [
                self._sorted_keys,
                *(keys for keys, _ in self._unsorted),
                np.array(recent_keys, dtype=np.uint64),
            ]
        )
        all_entries = np.concatenate(
            [
                self._sorted_entries,
                *(entries for _, entries in self._unsorted),
                np.array(recent_entries, dtype=np.int32),
            ]
        )
        order = np.argsort(all_keys, kind="stable")
        self._sorted_keys, self._sorted_entries = all_keys[order], all_entries[order]
        self._unsorted, self._recent, self._recent_entries = [], {}, 0

    def _candidates(self, signature: bytes) -> np.ndarray:
        """Entries sharing a whole band with ``signature``."""
        if self._unsorted:
            self._sort_in()
        keys = band_keys(np.frombuffer(signature, dtype="<u4")[None, :])[0]
        starts = np.searchsorted(self._sorted_keys, keys, side="left")
        ends = np.searchsorted(self._sorted_keys, keys, side="right")
        found = [self._sorted_entries[s:e] for s, e in zip(starts, ends) if e > s]
        for key in keys.tolist():
            if key in self._recent:
                found.append(np.array(self._recent[key], dtype=np.int32))
        return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int32)

    def find(self, fingerprint: str, signature: bytes) -> str | None:
        number = self._by_fingerprint.get(fingerprint) if fingerprint else None
        if number is not None:
            return self._group_labels[number]
        if len(signature) != _SIGNATURE_BYTES:
            return None
        candidates = self._candidates(signature)
        if not len(candidates):
            return None
        mine = np.frombuffer(signature, dtype="<u4")
        scores = (self._signatures[candidates] == mine).mean(axis=1)
        # The most similar; among equals, the earliest registered.
        best = int(np.argmax(scores))
        if scores[best] < MIN_SIMILARITY:
            return None
        return self._group_labels[int(self._entry_groups[candidates[best]])]

    def assign(self, doc_id: str, fingerprint: str, signature: bytes) -> str:
        """The group for a new document, registering it for later ones."""
        group = self.find(fingerprint, signature) or self._new_label(doc_id, fingerprint)
        self.add(fingerprint, signature, group)
        return group

    def _new_label(self, doc_id: str, fingerprint: str) -> str:
        label, n = doc_id, 0
        while label in self._group_numbers:
            n += 1
            label = f"{doc_id}~{fingerprint[:8]}" + (f"~{n}" if n > 1 else "")
        return label


_BAND_MIX = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5],
    dtype=np.uint64,
)


def band_keys(signatures: np.ndarray) -> np.ndarray:
    """A 64-bit key for each band of each signature (rows of ``SIGNATURE_SIZE``
    32-bit values): equal bands of the same number give equal keys; keys that
    collide otherwise only add a candidate, which the similarity then rejects."""
    bands = signatures.reshape(len(signatures), BANDS, ROWS).astype(np.uint64)
    with np.errstate(over="ignore"):
        mixed = (bands * _BAND_MIX[:ROWS]).sum(axis=2, dtype=np.uint64)
        mixed ^= np.arange(BANDS, dtype=np.uint64) * np.uint64(0xFF51AFD7ED558CCD)
        mixed ^= mixed >> np.uint64(31)
    return mixed
