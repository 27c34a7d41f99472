"""Merges built beside an ingest, after Lucene's ConcurrentMergeScheduler.

A merge run by the writer after its commit stops the ingest: the preparing
workers fill their queue and wait. At a million releases merges took a
quarter of the ingest's time (`make bench-scale`), one core idle meanwhile.
So the writer hands a run of segments (index.merging's policy) to a process
of its own, which writes the merged segment from their files (immutable but
for deletions, which live in the table of contents) without the index's
lock, and goes on writing. At a later commit the writer puts the merged
segment in the run's place, carrying over the deletions made meanwhile (a
release updated while its segment was being merged) through the merge's
document map. The merge's files are named before they exist, and spared by
the writer's clean-up until then; a merge that is killed or fails leaves
files that the next commit's clean-up deletes, and the index as it was.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex
from whoosh.util import random_name

from index import merging
from index.integrity import (
    MANIFEST_EXT,
    remove_segment_files,
    write_manifests,
    write_posting_arrays,
)
from index.merging import MergeStep
from index.segments import MergingSegmentWriter, PressroomCodec, UnmergeableSegment

log = logging.getLogger(__name__)


@dataclass
class MergedRun:
    """A merged segment, written but in no table of contents yet."""

    segment: Any  # a Whoosh segment
    replaces: list[str]  # the run's segment ids, in order
    docmaps: list[np.ndarray]  # per source segment: each document's number in ``segment``
    seconds: float

    def step(self) -> MergeStep:
        return MergeStep(len(self.replaces), self.segment.doc_count(), self.seconds)


def write_merged_run(
    index_dir: str, indexname: str, segments: list, codec: PressroomCodec, segid: str
) -> MergedRun:
    """In a merge process: merge ``segments`` (neighbours, in order) into a new
    segment named ``segid``, with its posting arrays and manifest."""
    started = time.perf_counter()
    storage = _MergeStorage(index_dir, f"{indexname}_{segid}.tmp")
    ix = FileIndex(storage, indexname=indexname)
    codec.next_segment_id = segid
    try:
        writer = MergingSegmentWriter(
            ix,
            _lk=False,
            codec=codec,
            commit_toc=_never,
            discard=remove_segment_files,
            compound=False,
        )
        segment, docmaps = writer.write_unlocked(segments)
    finally:
        storage.temp_storage().destroy()
    try:
        write_posting_arrays(storage, ix.schema, [segment])
        write_manifests(storage, [segment])
    except BaseException:
        remove_segment_files(storage, segment.segment_id())
        raise
    replaces = [s.segment_id() for s in segments]
    return MergedRun(segment, replaces, docmaps, time.perf_counter() - started)


class _MergeStorage(FileStorage):
    """The index's folder, with a temporary folder of the merge's own: Whoosh
    names a writer's after the index (``MAIN.tmp``), and the index's writer
    deletes that one at each commit. Named like a segment's file, it is
    spared with the segment and deleted with it (index.integrity)."""

    def __init__(self, folder: str, temporary: str):
        super().__init__(folder)
        self._temporary = temporary

    def temp_storage(self, name: str | None = None) -> FileStorage:
        return super().temp_storage(self._temporary)


def _never(*args) -> None:
    raise AssertionError("a merge built beside the writer commits nothing itself")


class PendingMerge(Protocol):
    """A merge under way: done or not, its result, and a way to stop it."""

    def ready(self) -> bool: ...
    def get(self) -> MergedRun: ...
    def cancel(self) -> None: ...


class MergeProcessDied(RuntimeError):
    """The merge process ended without a result (killed, out of memory)."""


class _MergeInProcess:
    """A merge in a process of its own, its result sent back through a pipe.

    (A process per merge rather than a pool: a pool replaces a worker that dies
    and never answers its task, so a merge killed by the kernel would leave the
    ingest waiting for ever; here the process's end is seen.)
    """

    def __init__(self, func: Callable[..., MergedRun], args: tuple):
        # forkserver: the process must not inherit the writer's lock files or open segments.
        context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_run, args=(send, func, args), daemon=True)
        self._process.start()
        send.close()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def ready(self) -> bool:
        return self._receive.poll() or not self._process.is_alive()

    def get(self) -> MergedRun:
        try:
            ok, value = self._receive.recv()  # waits for the result or the process's end
        except EOFError:
            self._process.join()
            raise MergeProcessDied(
                f"the merge process ended with code {self._process.exitcode}"
            ) from None
        self._process.join()
        if not ok:
            raise value
        return value

    def cancel(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._receive.close()


def _run(send, func: Callable[..., MergedRun], args: tuple) -> None:
    try:
        send.send((True, func(*args)))
    except BaseException as err:  # the writer decides; the process only reports
        send.send((False, err))
    finally:
        send.close()


def start_merge_process(func: Callable[..., MergedRun], args: tuple) -> PendingMerge:
    return _MergeInProcess(func, args)


class BackgroundMerges:
    """One merge at a time beside a writer, planned by index.merging's policy.

    The writer calls :meth:`start` after each commit, :meth:`finished` before
    the next (passing :meth:`put_in_place` to the commit when a merge is
    ready), :meth:`protected` for its clean-up, and :meth:`wait` and
    :meth:`close` at its end.
    """

    def __init__(
        self,
        ix: FileIndex,
        codec: PressroomCodec,
        start_merge: Callable[[Callable[..., MergedRun], tuple], PendingMerge] | None = None,
    ):
        self._ix = ix
        self._codec = codec
        self._start_merge = start_merge
        self._running: PendingMerge | None = None
        self._segment_id: str | None = None
        #: Set when a merge failed here: the rest is left to the writer's merges at
        #: its end (which leave an unmergeable segment as it is, and raise on a
        #: real failure after every batch is committed).
        self.stopped = False

    def protected(self) -> frozenset[str]:
        """The id of the segment being written, whose files no clean-up may delete."""
        return frozenset() if self._segment_id is None else frozenset({self._segment_id})

    def start(
        self, segments: Sequence, factor: int | None = None, floor: int | None = None
    ) -> bool:
        """Start merging the run the policy finds among ``segments`` (the
        index's, as just committed), unless a merge is running; returns whether
        one was started."""
        if self._running is not None or self.stopped:
            return False
        run = merging.plan_merge(
            merging.policy_sizes(segments),
            merging.FACTOR if factor is None else factor,
            merging.FLOOR if floor is None else floor,
        )
        if run is None:
            return False
        segid = random_name(16)  # as Whoosh names segments
        self._segment_id = f"{self._ix.indexname}_{segid}"
        storage = self._ix.storage
        assert isinstance(storage, FileStorage)
        args = (storage.folder, self._ix.indexname, [segments[i] for i in run], self._codec, segid)
        start = self._start_merge or start_merge_process  # (looked up now: tests replace it)
        try:
            self._running = start(write_merged_run, args)
        except OSError as err:  # no process to be had (limits, no /dev/shm): merge at the end
            log.warning("no merge process could be started (%r); merging at the end", err)
            self._segment_id = None
            self.stopped = True
            return False
        return True

    def finished(self) -> MergedRun | None:
        """The running merge's result when it is done (once), else None."""
        if self._running is None or not self._running.ready():
            return None
        return self._result()

    def wait(self) -> MergedRun | None:
        """The running merge's result, waiting for it; None when none runs."""
        return None if self._running is None else self._result()

    def _result(self) -> MergedRun | None:
        running, self._running = self._running, None
        assert running is not None
        try:
            merged = running.get()
        except Exception as err:
            # A merge is no part of the batch being committed: the ingest goes on
            # and its files go with the next clean-up.
            self._segment_id = None
            self.stopped = True
            if not isinstance(err, UnmergeableSegment):
                log.warning("a merge beside the ingest failed (%r); merging at its end", err)
            return None
        storage = self._ix.storage
        if not storage.file_exists(merged.segment.segment_id() + MANIFEST_EXT):
            self._segment_id = None  # its files are gone (written last: the manifest)
            return None
        return merged

    def put_in_place(self, segments: list, merged: MergedRun) -> list:
        """``segments`` (a writer's, about to be committed) with the merged run
        replaced by its merged segment, carrying over deletions made since the
        merge began; unchanged (the merge thrown away) when the run is no
        longer there as it was."""
        self._segment_id = None  # from here on the commit's own files
        ids = [s.segment_id() for s in segments]
        first = ids.index(merged.replaces[0]) if merged.replaces[0] in ids else -1
        stop = first + len(merged.replaces)
        if first < 0 or ids[first:stop] != merged.replaces:
            return segments  # not kept by the commit: its clean-up deletes the files
        segment = merged.segment
        for source, docmap in zip(segments[first:stop], merged.docmaps):
            for docnum in source.deleted_docs():
                if docmap[docnum] >= 0:
                    segment.delete_document(int(docmap[docnum]))
        return [*segments[:first], segment, *segments[stop:]]

    def close(self) -> None:
        """Stop a running merge (its files go with the next clean-up)."""
        running, self._running = self._running, None
        self._segment_id = None
        if running is not None:
            running.cancel()
