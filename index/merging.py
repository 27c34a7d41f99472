"""When segments are merged: a tiered policy, after Lucene's LogDocMergePolicy.

Each ingest commit adds a segment (index.writer), and a search looks every
term up in every segment: a million releases in 179 segments made the first
search of a query 7.6 times slower than 300,000 in 60 (`make bench-scale`).
So after each commit, ``FACTOR`` neighbouring segments of one tier are merged
into one, until no such run is left. A tier is a power of ``FACTOR`` times
``FLOOR`` documents, so the index keeps fewer than ``FACTOR`` segments per
tier, a few dozen at most, and each document is merged about
log_FACTOR(documents / FLOOR) times. Only neighbours are merged, so documents
keep their order.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex, LockError

from index.integrity import commit_generation, remove_segment_files, write_posting_arrays
from index.segments import MergingSegmentWriter, PressroomCodec, UnmergeableSegment

#: Segments merged at once, and the ratio between tiers.
FACTOR = 10
#: Documents of the smallest tier's segments (an ingest commit's batch).
FLOOR = 5000
# A segment a little smaller than a tier's size (deletions, a short last batch)
# still belongs to it, rather than being merged again with the tier below.
_TIER_SLACK = 0.25


@dataclass(frozen=True)
class MergeStep:
    """One merge: how many segments and live documents, and how long it took."""

    segments: int
    documents: int
    seconds: float

    def to_dict(self) -> dict:
        return {
            "segments": self.segments,
            "documents": self.documents,
            "seconds": round(self.seconds, 3),
        }


def tier(documents: int, floor: int = FLOOR, factor: int = FACTOR) -> int:
    """0 for segments of up to about ``floor`` documents, 1 for about ``floor * factor``, ..."""
    if documents <= floor:
        return 0
    return max(0, math.floor(math.log(documents / floor, factor) + _TIER_SLACK))


def policy_sizes(segments: Sequence) -> list[int | None]:
    """Each segment's size for :func:`plan_merge`: its documents, deleted ones
    included, or None for one another codec wrote (it cannot be merged)."""
    return [s.doc_count_all() if isinstance(s.codec(), PressroomCodec) else None for s in segments]


def plan_merge(
    sizes: Sequence[int | None], factor: int = FACTOR, floor: int = FLOOR
) -> range | None:
    """The leftmost run of ``factor`` neighbouring segments of one tier, given
    each segment's live documents (None for one that cannot be merged)."""
    run_start, run_tier = 0, None
    for i, size in enumerate(sizes):
        this = None if size is None else tier(size, floor, factor)
        if this is None or this != run_tier:
            run_start, run_tier = i, this
        if run_tier is not None and i - run_start + 1 == factor:
            return range(run_start, i + 1)
    return None


def merge_segments(
    ix: FileIndex,
    *,
    factor: int | None = None,
    floor: int | None = None,
    lock_timeout: float = 10.0,
    leave_to_writer: bool = True,
) -> list[MergeStep]:
    """Merge runs of segments as :func:`plan_merge` finds them (``FACTOR`` and
    ``FLOOR`` unless given), one commit each, until none is left; returns what
    was merged. A merge that is killed or fails leaves the index as its last
    commit left it. When another writer holds the index past ``lock_timeout``,
    the merges stop and are left to that writer's commits, or (with
    ``leave_to_writer`` false) Whoosh's LockError is raised."""
    factor = FACTOR if factor is None else factor
    floor = FLOOR if floor is None else floor
    steps: list[MergeStep] = []
    while True:
        started = time.perf_counter()
        try:
            writer = MergingSegmentWriter(
                ix,
                timeout=lock_timeout,
                delay=0.25,
                codec=PressroomCodec(),
                commit_toc=commit_generation,
                discard=remove_segment_files,
                compound=False,
            )
        except LockError:
            if leave_to_writer:
                return steps  # the writer holding the index merges after its commit
            raise
        segments = list(writer.segments)
        if not all(s.doc_count() for s in segments):  # every document replaced
            writer.commit(mergetype=lambda w, segs: [s for s in segs if s.doc_count()])
            continue
        # A segment's tier counts its deleted documents too, as Lucene's LogDocMergePolicy
        # does by default: one that updates have thinned stays in its run (and its
        # deletions go when the run is merged) instead of splitting it for good.
        sizes = policy_sizes(segments)
        run = plan_merge(sizes, factor, floor)
        if run is None:
            try:  # segments committed before posting arrays existed get theirs
                write_posting_arrays(cast(FileStorage, ix.storage), ix.schema, segments)
            finally:
                writer.cancel()
            return steps
        try:
            writer.commit(mergetype=lambda w, segs, run=run: w.merge_run(segs, run))
        except BaseException as err:
            if not writer.is_closed:
                writer.cancel()
            if isinstance(err, UnmergeableSegment):
                return steps  # an older segment's format: left as it is
            raise
        documents = sum(segments[i].doc_count() for i in run)
        steps.append(MergeStep(len(run), documents, time.perf_counter() - started))
