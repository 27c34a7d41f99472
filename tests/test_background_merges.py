"""Merges built beside the writer (index.background_merges): documents kept
once each, deletions made during a merge carried over, files spared while
being written and cleaned up when thrown away."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage

import index.background_merges
import index.merging
from index.background_merges import BackgroundMerges
from index.ingest import ingest
from index.integrity import check_index, remove_unused_files
from index.prepare import IndexDocument, prepare, record_hash
from index.readers import read_paths
from index.segments import MergingSegmentWriter, PressroomCodec
from index.store import open_index
from index.writer import DocumentWriter


def _write(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")


def _prepared(tmp_path: Path, record: dict) -> IndexDocument:
    path = tmp_path / f"one-{record['id']}.jsonl"
    _write(path, [record])
    (item,) = list(read_paths([path]))
    doc = prepare(item, record_hash(item))
    assert isinstance(doc, IndexDocument)
    return doc


class _Done:
    """A merge run at once, in this process: the writer sees it finished at its
    next commit, as a merge process's result."""

    def __init__(self, value):
        self._value = value

    def ready(self) -> bool:
        return True

    def get(self):
        return self._value

    def cancel(self) -> None:
        pass


def _inline(func, args):
    return _Done(func(*args))


def _ids(index_dir: Path) -> list[str]:
    ix = open_index(index_dir)
    try:
        with ix.searcher() as searcher:
            return sorted(searcher.stored_fields(n)["id"] for n in searcher.document_numbers())
    finally:
        ix.close()


def _left_unmerged(index_dir: Path) -> list[int]:
    """The index's segment sizes, asserting that no run of three (tiers of 2, 6,
    18 ...) is left to merge."""
    ix = open_index(index_dir)
    try:
        sizes = [s.doc_count_all() for s in ix._segments()]
    finally:
        ix.close()
    assert index.merging.plan_merge(sizes, 3, 2) is None, sizes
    return sizes


def test_a_release_updated_while_its_segment_is_merged_is_kept_once(tmp_path, monkeypatch):
    """Two segments of three are merged beside the writer; meanwhile r1, in the
    first, is replaced. The merged segment, put in place at the next commit,
    must carry r1's deletion over: else the old r1 would come back beside
    the new one."""
    index_dir = tmp_path / "index"
    monkeypatch.setattr(index.merging, "FACTOR", 10**9)
    records = [{"id": f"r{n}", "text": f"harbour plan number{n}"} for n in range(6)]
    _write(tmp_path / "a.jsonl", records)
    ingest([tmp_path / "a.jsonl"], index_dir, workers=0, batch_size=3)
    monkeypatch.setattr(index.merging, "FACTOR", 2)
    monkeypatch.setattr(index.merging, "FLOOR", 3)
    monkeypatch.setattr(index.background_merges, "start_merge_process", _inline)

    writer = DocumentWriter(open_index(index_dir), batch_size=1, background_merges=True)
    writer.write(_prepared(tmp_path, {"id": "r9", "text": "harbour plan nine"}))
    # The commit started a merge of the two segments of three: done, not yet in place.
    assert writer._background is not None
    assert writer._background.protected()
    writer.write(_prepared(tmp_path, {"id": "r1", "text": "harbour plan replaced"}))
    writer.close()

    assert [m.documents for m in writer.merges][:1] == [5]  # r1's old version not counted
    assert _ids(index_dir) == ["r0", "r1", "r2", "r3", "r4", "r5", "r9"]
    ix = open_index(index_dir)
    try:
        with ix.searcher() as searcher:
            hits = [searcher.stored_fields(n)["text"] for n in searcher.document_numbers(id="r1")]
        assert hits == ["harbour plan replaced"]
    finally:
        ix.close()
    assert check_index(index_dir).ok


def test_an_ingest_merges_in_a_process_of_its_own(tmp_path, monkeypatch):
    """Thirty commits of two, runs of three merged by the merge process (at
    least its first, whose result the writer waits for at its end, the rest
    by the writer): every release found once, no run left to merge, every
    file accounted for."""
    monkeypatch.setattr(index.merging, "FACTOR", 3)
    monkeypatch.setattr(index.merging, "FLOOR", 2)
    placed = []
    put_in_place = BackgroundMerges.put_in_place

    def counted(self, segments, merged):
        placed.append(merged.segment.doc_count())
        return put_in_place(self, segments, merged)

    monkeypatch.setattr(BackgroundMerges, "put_in_place", counted)
    records = [{"id": f"r{n}", "text": f"harbour plan number{n}"} for n in range(60)]
    _write(tmp_path / "a.jsonl", records)
    report = ingest([tmp_path / "a.jsonl"], tmp_path / "index", workers=1, batch_size=2)
    assert report.added == 60
    assert placed
    assert placed[0] == 6
    assert _ids(tmp_path / "index") == sorted(f"r{n}" for n in range(60))
    assert sum(_left_unmerged(tmp_path / "index")) == 60
    assert check_index(tmp_path / "index").ok


def test_a_merge_no_longer_matching_the_index_is_thrown_away(tmp_path, monkeypatch):
    """A merged run whose segments are gone from the writer's list (merged by
    someone else meanwhile) is not put in: the list stays as it was."""
    index_dir = tmp_path / "index"
    monkeypatch.setattr(index.merging, "FACTOR", 10**9)
    records = [{"id": f"r{n}", "text": f"harbour plan number{n}"} for n in range(4)]
    _write(tmp_path / "a.jsonl", records)
    ingest([tmp_path / "a.jsonl"], index_dir, workers=0, batch_size=2)
    ix = open_index(index_dir)
    segments = list(ix._segments())
    merges = BackgroundMerges(ix, PressroomCodec(), start_merge=_inline)
    assert merges.start(segments, factor=2, floor=2)
    merged = merges.finished()
    assert merged is not None
    assert merged.segment.doc_count() == 4
    assert merges.put_in_place(segments[1:], merged) == segments[1:]
    kept = merges.put_in_place(segments, merged)
    assert [s.segment_id() for s in kept] == [merged.segment.segment_id()]
    ix.close()


def test_the_clean_up_spares_a_segment_being_written(tmp_path):
    """Files of a protected segment (a merge being written) and its posting
    arrays' temporary file stay; an unprotected stray segment goes."""
    storage = FileStorage(str(tmp_path)).create()
    for name in ("MAIN_abc.seg", ".MAIN_abc.pra.tmp", "MAIN_old.seg", ".MAIN_old.pra.tmp"):
        (tmp_path / name).write_bytes(b"x")
    deleted = remove_unused_files(storage, [], protect={"MAIN_abc"})
    assert sorted(deleted) == ["MAIN_old.seg"]
    assert (tmp_path / "MAIN_abc.seg").exists()
    assert (tmp_path / ".MAIN_abc.pra.tmp").exists()
    assert not (tmp_path / ".MAIN_old.pra.tmp").exists()


@pytest.mark.parametrize("background", [True, False])
def test_merges_give_the_same_documents_either_way(tmp_path, monkeypatch, background):
    """The same releases, merged beside the writer or by it, end in indexes
    holding the same documents in the same order."""
    monkeypatch.setattr(index.merging, "FACTOR", 3)
    monkeypatch.setattr(index.merging, "FLOOR", 2)
    monkeypatch.setattr(index.background_merges, "start_merge_process", _inline)
    records = [{"id": f"r{n}", "text": f"harbour plan number{n}"} for n in range(20)]
    _write(tmp_path / "a.jsonl", records)
    index_dir = tmp_path / "index"
    ingest([tmp_path / "a.jsonl"], index_dir, workers=1 if background else 0, batch_size=2)
    ix = open_index(index_dir)
    try:
        with ix.searcher() as searcher:
            order = [searcher.stored_fields(n)["id"] for n in searcher.document_numbers()]
    finally:
        ix.close()
    assert order == [f"r{n}" for n in range(20)]


def test_a_merge_survives_the_writer_clearing_its_temporary_folder(tmp_path, monkeypatch):
    """The index's writer deletes its temporary folder (``MAIN.tmp``) at every
    commit; a merge running meanwhile keeps its column data in a folder of its
    own, so a commit in the middle of its writing does not break it."""
    index_dir = tmp_path / "index"
    monkeypatch.setattr(index.merging, "FACTOR", 10**9)
    records = [{"id": f"r{n}", "text": f"harbour plan number{n}"} for n in range(4)]
    _write(tmp_path / "a.jsonl", records)
    ingest([tmp_path / "a.jsonl"], index_dir, workers=0, batch_size=2)
    flush = MergingSegmentWriter._flush_segment

    def commit_meanwhile(self):
        FileStorage(str(index_dir)).temp_storage("MAIN.tmp").destroy()  # as a commit does
        flush(self)

    monkeypatch.setattr(MergingSegmentWriter, "_flush_segment", commit_meanwhile)
    ix = open_index(index_dir)
    merges = BackgroundMerges(ix, PressroomCodec(), start_merge=_inline)
    assert merges.start(list(ix._segments()), factor=2, floor=2)
    merged = merges.finished()
    assert merged is not None
    assert merged.segment.doc_count() == 4
    assert not [p.name for p in index_dir.iterdir() if p.name.endswith(".tmp")]
    ix.close()


class _Died:
    """A merge process the kernel killed: done, and no result."""

    def ready(self) -> bool:
        return True

    def get(self):
        raise index.background_merges.MergeProcessDied("the merge process ended with code -9")

    def cancel(self) -> None:
        pass


def test_a_merge_process_that_dies_costs_no_batch_and_no_merge(tmp_path, monkeypatch):
    """The merge process killed mid-merge: the batch being committed is kept,
    merging goes on in the writer at its end, and every release is found once."""
    monkeypatch.setattr(index.merging, "FACTOR", 3)
    monkeypatch.setattr(index.merging, "FLOOR", 2)
    monkeypatch.setattr(index.background_merges, "start_merge_process", lambda f, a: _Died())
    records = [{"id": f"r{n}", "text": f"harbour plan number{n}"} for n in range(20)]
    _write(tmp_path / "a.jsonl", records)
    report = ingest([tmp_path / "a.jsonl"], tmp_path / "index", workers=1, batch_size=2)
    assert report.added == 20
    assert _ids(tmp_path / "index") == sorted(f"r{n}" for n in range(20))
    _left_unmerged(tmp_path / "index")
    assert check_index(tmp_path / "index").ok


def test_a_killed_merge_process_is_seen_as_ended():
    """A real merge process killed before it answers: its end is seen (no wait
    for ever), as MergeProcessDied."""
    import os
    import signal
    import time

    running = index.background_merges.start_merge_process(time.sleep, (60,))
    os.kill(running.pid, signal.SIGKILL)  # as the kernel's out-of-memory killer does
    deadline = time.monotonic() + 10
    while not running.ready() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.ready()
    with pytest.raises(index.background_merges.MergeProcessDied):
        running.get()


def test_no_merge_process_to_be_had_leaves_merging_to_the_end(tmp_path, monkeypatch):
    """Starting the merge process fails (a process limit): the ingest goes on,
    and merges at its end."""

    def cannot_start(func, args):
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(index.merging, "FACTOR", 3)
    monkeypatch.setattr(index.merging, "FLOOR", 2)
    monkeypatch.setattr(index.background_merges, "start_merge_process", cannot_start)
    records = [{"id": f"r{n}", "text": f"harbour plan number{n}"} for n in range(12)]
    _write(tmp_path / "a.jsonl", records)
    report = ingest([tmp_path / "a.jsonl"], tmp_path / "index", workers=1, batch_size=2)
    assert report.added == 12
    assert report.merges
    assert _ids(tmp_path / "index") == sorted(f"r{n}" for n in range(12))
