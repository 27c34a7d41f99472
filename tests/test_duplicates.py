"""Copy detection: the groups the writer assigns, against a brute-force search."""

from __future__ import annotations

import numpy as np

from index.duplicates import (
    BANDS,
    MIN_SIMILARITY,
    ROWS,
    SIGNATURE_SIZE,
    DuplicateGroups,
    fingerprints,
    similarity,
)


def _signatures(count: int, seed: int) -> list[bytes]:
    """Random signatures, a third of them near copies of an earlier one (a few
    values changed, sometimes so many that no band is left whole)."""
    rng = np.random.default_rng(seed)
    made: list[np.ndarray] = []
    for _ in range(count):
        if made and rng.random() < 0.35:
            signature = made[int(rng.integers(len(made)))].copy()
            changed = rng.choice(SIGNATURE_SIZE, int(rng.integers(1, 16)), replace=False)
            signature[changed] = rng.integers(0, 2**32, len(changed), dtype=np.uint32)
        else:
            signature = rng.integers(0, 2**32, SIGNATURE_SIZE, dtype=np.uint32)
        made.append(signature)
    return [s.astype("<u4").tobytes() for s in made]


def _brute_force_group(signature: bytes, earlier: np.ndarray, groups: list[str]) -> str | None:
    """The group of the most similar earlier signature (rows of ``earlier``)
    sharing a whole band, the earliest among equals, if similar enough."""
    if not len(earlier):
        return None
    mine = np.frombuffer(signature, dtype="<u4")
    equal = earlier == mine
    scores = equal.mean(axis=1)
    shares = equal.reshape(len(earlier), BANDS, ROWS).all(axis=2).any(axis=1)
    scores[~shares] = -1
    best = int(np.argmax(scores))
    return groups[best] if scores[best] >= MIN_SIMILARITY else None


def test_groups_equal_a_brute_force_search_past_several_re_sorts():
    # 2,600 single additions: the recent entries are sorted in twice on the way.
    signatures = _signatures(2600, seed=7)
    groups = DuplicateGroups()
    matrix = np.frombuffer(b"".join(signatures), dtype="<u4").reshape(-1, SIGNATURE_SIZE)
    labels: list[str] = []
    copies = 0
    for n, signature in enumerate(signatures):
        expected = _brute_force_group(signature, matrix[:n], labels) or f"doc{n}"
        assert groups.assign(f"doc{n}", f"fp{n}", signature) == expected, n
        copies += expected != f"doc{n}"
        labels.append(expected)
    assert 300 < copies < 1000  # the test plants copies and they are found


def test_a_writer_loading_an_index_finds_what_the_writer_that_built_it_found():
    signatures = _signatures(1500, seed=11)
    built = DuplicateGroups()
    labels = [built.assign(f"doc{n}", f"fp{n}", s) for n, s in enumerate(signatures)]
    loaded = DuplicateGroups()
    # Two segments, loaded at once each, as DocumentWriter._load_state does.
    for part in (slice(0, 900), slice(900, None)):
        loaded.add_many([f"fp{n}" for n in range(1500)][part], signatures[part], labels[part])
    probes = _signatures(1800, seed=11)[1500:] + _signatures(300, seed=12)
    for probe in probes:
        assert loaded.find("", probe) == built.find("", probe)
    assert loaded.find("fp42", b"") == labels[42]


def test_equally_similar_copies_join_the_earliest_group():
    base = np.arange(SIGNATURE_SIZE, dtype="<u4")
    first, second, probe = base.copy(), base.copy(), base.copy()
    second[[16, 20]] += 1000
    first[[24, 28]] += 1000
    probe[8] += 1000
    groups = DuplicateGroups()
    groups.assign("second", "", second.tobytes())
    groups.assign("first", "", first.tobytes())
    assert similarity(probe.tobytes(), first.tobytes()) == 29 / 32
    assert similarity(probe.tobytes(), second.tobytes()) == 29 / 32
    assert groups.find("", probe.tobytes()) == "second"


def test_near_copies_of_a_text_share_a_group_and_other_texts_do_not():
    text = " ".join(f"word{i} harbour plan council" for i in range(40))
    corrected = text.replace("word17", "word71") + " Correction: a figure was wrong."
    other = " ".join(f"term{i} ferry budget school" for i in range(40))
    groups = DuplicateGroups()
    for doc_id, body in (("a", text), ("b", corrected), ("c", other), ("d", text.upper())):
        fingerprint, signature = fingerprints(body)
        groups.assign(doc_id, fingerprint, signature)
    assert [groups.find(*fingerprints(t)) for t in (corrected, other, text.upper())] == [
        "a",
        "c",
        "a",
    ]


def test_a_damaged_signature_is_no_signature():
    groups = DuplicateGroups()
    good = np.arange(SIGNATURE_SIZE, dtype="<u4").tobytes()
    groups.add_many(["fp1", "fp2"], [good, good[:-3]], ["a", "b"])
    assert groups.find("", good[:-3]) is None
    assert groups.find("", good) == "a"
    assert groups.find("fp2", b"") == "b"  # its exact fingerprint still counts
