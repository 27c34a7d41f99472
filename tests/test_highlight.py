"""Snippet passages: the sliding count of matches per candidate passage."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from searcher.highlight import FRAGMENT_CHARS, LEAD_CHARS, MAX_WINDOWS, _Match, _windows


def counted_afresh(marks: list[_Match], length: int) -> list[tuple[int, int, int, int, int]]:
    """The definition: for each passage, the matches wholly inside it, counted anew."""
    windows = []
    for match in marks[:MAX_WINDOWS]:
        first = max(0, match.start - LEAD_CHARS)
        last = min(length, first + FRAGMENT_CHARS)
        inside = [m for m in marks if m.start >= first and m.end <= last]
        windows.append((len({m.term for m in inside}), len(inside), -first, first, last))
    return windows


@st.composite
def marks_in_text(draw) -> tuple[list[_Match], int]:
    """Matches in text order that do not overlap, some longer than a passage."""
    marks, at = [], 0
    for _ in range(draw(st.integers(0, 90))):
        start = at + draw(st.integers(1, 120))
        end = start + draw(st.integers(1, 200 if draw(st.booleans()) else 12))
        marks.append(_Match(start, end, draw(st.sampled_from("abcd"))))
        at = end
    return marks, at + draw(st.integers(0, 300))


@given(marks_in_text())
def test_sliding_counts_equal_counting_each_passage_afresh(case):
    marks, length = case
    assert _windows(marks, length) == counted_afresh(marks, length)
