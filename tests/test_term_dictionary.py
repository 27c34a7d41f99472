"""The spelling dictionary's arrays: lookups summed over segments, prefixes, limits."""

from __future__ import annotations

from searcher.term_dictionary import (
    MAX_TERM_BYTES,
    SHORT_TERM_BYTES,
    SegmentTerms,
    frequencies,
    terms_like,
)

FIRST = SegmentTerms.from_pairs(
    [("veteran", 40), ("harbour", 3), ("élan", 2), ("vet", 5), ("x" * 30, 9)]
)
SECOND = SegmentTerms.from_pairs([(b"veteran", 2), ("ville", 7), ("élargir", 4)])


def test_a_terms_frequency_is_summed_over_the_segments_that_hold_it():
    found = frequencies([FIRST, SECOND], ["veteran", "ville", "harbour", "absent", "vet"])
    assert found == [42, 7, 3, 0, 5]


def test_a_term_longer_than_the_limit_is_neither_kept_nor_confused_with_its_start():
    too_long = SegmentTerms.from_pairs([("x" * (MAX_TERM_BYTES + 1), 9)])
    assert too_long.nbytes == 0
    # Cut to the limit it would equal a kept term; it must not borrow its count.
    kept = SegmentTerms.from_pairs([("y" * MAX_TERM_BYTES, 3)])
    assert frequencies([kept], ["y" * (MAX_TERM_BYTES + 5), "y" * MAX_TERM_BYTES]) == [0, 3]


def test_long_words_of_other_scripts_are_kept():
    """A Cyrillic letter takes two bytes, a Chinese character three: a word of
    17 letters or 10 characters is past the short width and still counted."""
    words = {"правительственный": 60, "中华人民共和国国务院": 4, "x" * 30: 2, "vet": 5}
    dictionary = SegmentTerms.from_pairs(words.items())
    assert frequencies([dictionary], list(words)) == list(words.values())
    assert terms_like([dictionary], "п", 10, 20) == {"правительственный": 60}
    # Cut to the short width, a long key must not match a short term.
    short = SegmentTerms.from_pairs([("a" * SHORT_TERM_BYTES, 7)])
    assert frequencies([short], ["a" * (SHORT_TERM_BYTES + 3)]) == [0]


def test_pairs_given_out_of_order_are_sorted_for_the_search():
    unordered = SegmentTerms.from_pairs([("zebra", 1), ("apple", 2), ("mango", 3)])
    assert frequencies([unordered], ["apple", "mango", "zebra"]) == [2, 3, 1]


def test_terms_like_filters_by_first_letter_and_length_in_characters():
    assert terms_like([FIRST, SECOND], "v", 4, 7) == {"veteran": 42, "ville": 7}
    # "élargir" is 7 characters but 8 bytes: its length is counted in characters.
    assert terms_like([FIRST, SECOND], "é", 4, 7) == {"élan": 2, "élargir": 4}
    assert terms_like([FIRST, SECOND], "q", 1, 10) == {}


def test_an_empty_segment_answers_nothing():
    empty = SegmentTerms.from_pairs([])
    assert frequencies([empty], ["veteran"]) == [0]
    assert terms_like([empty], "v", 1, 10) == {}
