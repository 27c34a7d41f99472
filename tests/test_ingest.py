import contextlib
import json
import multiprocessing
import threading

import pytest

from index.ingest import ingest
from index.store import open_index
from index.writer import DocumentWriter, IndexBusy
from searcher.request import SearchRequest
from searcher.search import SearchEngine


def _write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


RECORDS = [
    {
        "id": f"r{i}",
        "title": f"Release {i}",
        "text": f"Harbour news number {i}.",
        "date": f"2010-01-{i + 1:02d}",
    }
    for i in range(5)
]


def test_reingest_is_idempotent(tmp_path):
    source = _write_jsonl(tmp_path / "in.jsonl", RECORDS)
    first = ingest([source], tmp_path / "ix", workers=0)
    assert (first.added, first.updated, first.unchanged, first.documents) == (5, 0, 0, 5)
    generation = open_index(tmp_path / "ix").latest_generation()
    second = ingest([source], tmp_path / "ix", workers=0)
    assert (second.added, second.updated, second.unchanged, second.documents) == (0, 0, 5, 5)
    # Nothing was committed: the index did not move to a new generation.
    assert open_index(tmp_path / "ix").latest_generation() == generation


def test_changed_record_replaces_older_version(tmp_path):
    source = _write_jsonl(tmp_path / "in.jsonl", RECORDS)
    ingest([source], tmp_path / "ix", workers=0)
    changed = [dict(r) for r in RECORDS]
    changed[2]["text"] = "Ferry timetable changes for the winter."
    _write_jsonl(source, changed)
    report = ingest([source], tmp_path / "ix", workers=0)
    assert (report.added, report.updated, report.unchanged, report.documents) == (0, 1, 4, 5)
    engine = SearchEngine(tmp_path / "ix")
    assert [h.id for h in engine.search(SearchRequest(q="ferry")).results] == ["r2"]
    assert "r2" not in {
        h.id for h in engine.search(SearchRequest(q="harbour", per_page=10)).results
    }
    assert engine.search(SearchRequest()).total == 5


def test_duplicate_id_in_one_run_keeps_the_last(tmp_path):
    source = _write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "same", "text": "First version about ferries."},
            {"id": "same", "text": "Second version about harbours."},
        ],
    )
    report = ingest([source], tmp_path / "ix", workers=0)
    assert report.documents == 1
    engine = SearchEngine(tmp_path / "ix")
    assert engine.search(SearchRequest(q="harbours")).total == 1
    assert engine.search(SearchRequest(q="ferries")).total == 0


def test_broken_input_is_reported_and_the_rest_ingested(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": "ok1", "text": "Fine."}\n'
        '{"id": "bad-json", "text": \n'
        '{"id": "bad-date", "text": "Dated badly.", "date": "2007-02-30"}\n'
        '{"id": "ok2", "text": "Also fine."}\n',
        encoding="utf-8",
    )
    report = ingest([source, tmp_path / "missing.txt"], tmp_path / "ix", workers=0)
    assert report.added == 2
    reasons = {r.source: r.reason for r in report.rejected}
    assert set(reasons) == {f"{source.name}:2", f"{source.name}:3", str(tmp_path / "missing.txt")}
    assert "bad date" in reasons[f"{source.name}:3"]


@pytest.mark.parametrize("date", ["2007-00", "2007-00-00", "2007-04-00"])
def test_a_given_date_with_month_or_day_00_is_reported_like_any_bad_date(tmp_path, date):
    source = _write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": "ok", "text": "Fine."}, {"id": "zero", "text": "Dated 00.", "date": date}],
    )
    report = ingest([source], tmp_path / "ix", workers=0)
    assert (report.added, report.documents) == (1, 1)
    [rejected] = report.rejected
    assert rejected.source == f"{source.name}:2"
    assert "bad date" in rejected.reason
    # Nothing half-stored: the date facet and a date search work after it.
    engine = SearchEngine(tmp_path / "ix")
    assert engine.search(SearchRequest(date_to="2008")).total == 0


def test_given_metadata_is_kept_unchanged(tmp_path):
    record = {
        "id": "m1",
        "text": 'WASHINGTON -- "We will act," said Senator John Smith at the Capitol.',
        "speaker": "jane q. public",
        "venue": "Somewhere Else",
        "date": "1999-12-31",
    }
    ingest([_write_jsonl(tmp_path / "in.jsonl", [record])], tmp_path / "ix", workers=0)
    doc = SearchEngine(tmp_path / "ix").document("m1")
    assert (doc["speaker"], doc["venue"], doc["date"]) == (
        "jane q. public",
        "Somewhere Else",
        "1999-12-31",
    )


def test_worker_processes_give_the_same_index(tmp_path):
    records = [
        {"id": f"w{i}", "text": f"Release {i} on harbour dredging and budget item {i % 7}."}
        for i in range(300)
    ]
    source = _write_jsonl(tmp_path / "in.jsonl", records)
    pooled = ingest([source], tmp_path / "pooled", workers=2, batch_size=100)
    single = ingest([source], tmp_path / "single", workers=0)
    assert pooled.added == single.added == 300
    a = SearchEngine(tmp_path / "pooled").search(SearchRequest(q="budget 3", per_page=100))
    b = SearchEngine(tmp_path / "single").search(SearchRequest(q="budget 3", per_page=100))
    assert [h.id for h in a.results] == [h.id for h in b.results]
    assert a.total == 43


@contextlib.contextmanager
def held_elsewhere(holder, index_dir):
    """Run ``holder(index_dir, ready, release)`` in another process while the
    block runs; yields the ``release`` event (set on exit in any case)."""
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    process = ctx.Process(target=holder, args=(index_dir, ready, release))
    process.start()
    try:
        assert ready.wait(30)
        yield release
    finally:
        release.set()
        process.join(10)


def _hold_writer(index_dir, ready, release):
    writer = DocumentWriter(open_index(index_dir), lock_timeout=1)
    ready.set()
    release.wait(120)
    writer.cancel()


def test_second_writer_gets_a_clear_error(tmp_path):
    ingest([_write_jsonl(tmp_path / "in.jsonl", RECORDS)], tmp_path / "ix", workers=0)
    busy = pytest.raises(IndexBusy, match="another ingest")
    with held_elsewhere(_hold_writer, tmp_path / "ix"), busy:
        ingest([tmp_path / "in.jsonl"], tmp_path / "ix", workers=0, lock_timeout=0.5)


def _hold_ingest_lock(index_dir, ready, release):
    from whoosh.filedb.filestore import FileStorage

    from index.ingest import INGEST_LOCK

    lock = FileStorage(str(index_dir)).lock(INGEST_LOCK)
    assert lock.acquire(blocking=False)
    ready.set()
    release.wait(120)
    lock.release()


def test_rebuild_cannot_empty_an_index_being_written(tmp_path):
    ingest([_write_jsonl(tmp_path / "in.jsonl", RECORDS)], tmp_path / "ix", workers=0)
    busy = pytest.raises(IndexBusy, match="another ingest is running")
    with held_elsewhere(_hold_ingest_lock, tmp_path / "ix"), busy:
        ingest([tmp_path / "in.jsonl"], tmp_path / "ix", workers=0, rebuild=True, lock_timeout=0.5)
    assert SearchEngine(tmp_path / "ix").search(SearchRequest()).total == 5


def test_moving_a_line_is_not_a_change(tmp_path):
    source = _write_jsonl(tmp_path / "in.jsonl", RECORDS)
    ingest([source], tmp_path / "ix", workers=0)
    _write_jsonl(source, [{"id": "new", "text": "A new first line."}, *RECORDS])
    report = ingest([source], tmp_path / "ix", workers=0)
    assert (report.added, report.updated, report.unchanged) == (1, 0, 5)


def test_control_characters_leave_given_metadata(tmp_path):
    record = {
        "id": "c1",
        "title": "Budget\x1b]0;pwned\x07 day\x00",
        "speaker": "Ann\tLee",
        "text": "Body.",
    }
    ingest([_write_jsonl(tmp_path / "in.jsonl", [record])], tmp_path / "ix", workers=0)
    doc = SearchEngine(tmp_path / "ix").document("c1")
    assert (doc["title"], doc["speaker"]) == ("Budget ]0;pwned day", "Ann Lee")


def test_a_second_ingest_waits_for_the_first(tmp_path):
    ingest([_write_jsonl(tmp_path / "in.jsonl", RECORDS)], tmp_path / "ix", workers=0)
    with held_elsewhere(_hold_ingest_lock, tmp_path / "ix") as release:
        threading.Timer(1.0, release.set).start()
        report = ingest([tmp_path / "in.jsonl"], tmp_path / "ix", workers=0, lock_timeout=30)
        assert report.unchanged == 5


def test_a_commit_while_a_view_opens_is_seen_by_the_next_search(tmp_path, monkeypatch):
    """An ingest that commits between a view opening its reader and reading the
    index's generation must not leave the server on the older reader for good."""
    from searcher import generations

    ingest([_write_jsonl(tmp_path / "in.jsonl", RECORDS[:3])], tmp_path / "ix", workers=0)
    index_class = type(open_index(tmp_path / "ix"))
    open_reader = index_class.reader

    def reader_then_commit(self, *args, **kwargs):
        reader = open_reader(self, *args, **kwargs)
        monkeypatch.setattr(index_class, "reader", open_reader)  # the race happens once
        ingest([_write_jsonl(tmp_path / "more.jsonl", RECORDS[3:])], tmp_path / "ix", workers=0)
        return reader

    monkeypatch.setattr(index_class, "reader", reader_then_commit)
    engine = SearchEngine(tmp_path / "ix")
    assert engine.search(SearchRequest(q="")).total == 3
    monkeypatch.setattr(generations, "GENERATION_CHECK_SECONDS", 0.0)
    assert engine.search(SearchRequest(q="")).total == 5
