"""`pressroom check [--repair]`, and a full disk during an ingest."""

from __future__ import annotations

import json
import resource
import shutil
import signal
import subprocess
import sys

import pytest
from click.testing import CliRunner
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

import index.integrity
import index.merging
from index.ingest import ingest
from index.integrity import KEEP_GENERATIONS, check_index, generations, repair_index
from searcher.cli import main
from searcher.request import SearchRequest
from searcher.search import SearchEngine

from .conftest import FIXTURES, REPO
from .synthetic import write_releases


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """12 releases committed 5 at a time: generations of 5, 10 and 12 documents."""
    path = tmp_path_factory.mktemp("integrity") / "index"
    with pytest.MonkeyPatch.context() as patch:  # the last three generations only
        patch.setattr(index.integrity, "GENERATION_GRACE_SECONDS", 0.0)
        report = ingest([FIXTURES / "search"], path, workers=0, batch_size=5)
    assert report.added == 12
    return path


@pytest.fixture
def index_dir(pristine, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(pristine, copy)
    return copy


def _segments(index_dir, generation: int) -> list[str]:
    toc = TOC.read(FileStorage(str(index_dir)), "MAIN", generation)
    return [s.segment_id() for s in toc.segments]


def _newest_segment(index_dir) -> str:
    """The segment only the newest generation uses."""
    newest, previous = generations(FileStorage(str(index_dir)))[:2]
    (only,) = set(_segments(index_dir, newest)) - set(_segments(index_dir, previous))
    return only


def _check(index_dir, *args):
    result = CliRunner().invoke(main, ["check", "--index", str(index_dir), "--json", *args])
    return result.exit_code, json.loads(result.output)


def _searchable(index_dir) -> int:
    engine = SearchEngine(index_dir)
    assert engine.search(SearchRequest(q="harbour")).total >= 0
    return engine.search(SearchRequest()).total


def test_an_intact_index_verifies_in_every_generation(index_dir):
    code, report = _check(index_dir)
    assert code == 0
    assert report["ok"]
    assert [(g["generation"], g["documents"], g["ok"]) for g in report["generations"]] == [
        (3, 12, True),
        (2, 10, True),
        (1, 5, True),
    ]


def _truncate(path):
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


def _corrupt(path):
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(255 - b for b in data[middle : middle + 64])
    path.write_bytes(bytes(data))


DAMAGE = {
    "truncated postings": (".pst", _truncate, "bytes,"),
    "deleted column": (".id.col", lambda p: p.unlink(), "missing"),
    "corrupted term table": (".trm", _corrupt, "checksum"),
    "truncated stored documents": ("._stored.col", _truncate, "bytes,"),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_check_names_the_damaged_file_and_repair_goes_back_a_generation(index_dir, damage):
    suffix, harm, reason = DAMAGE[damage]
    damaged = f"{_newest_segment(index_dir)}{suffix}"
    harm(index_dir / damaged)
    code, report = _check(index_dir)
    assert code == 1
    assert not report["ok"]
    newest, *older = report["generations"]
    assert [p["file"] for p in newest["problems"]] == [damaged]
    assert reason in newest["problems"][0]["reason"]
    assert all(g["ok"] for g in older)

    code, repaired = _check(index_dir, "--repair")
    assert code == 0
    assert repaired["restored_generation"] == 2
    assert not (index_dir / damaged).exists()  # no kept generation uses it
    assert _check(index_dir)[1]["ok"]
    assert _searchable(index_dir) == 10
    # An ingest afterwards puts back what the lost generation held.
    assert ingest([FIXTURES / "search"], index_dir, workers=0).added == 2
    assert _searchable(index_dir) == 12
    assert check_index(index_dir).ok


def test_damage_without_manifests_is_found_by_reading_the_segment(index_dir):
    # An index written before manifests: the structure alone must tell.
    for manifest in index_dir.glob("*.manifest"):
        manifest.unlink()
    segment = _newest_segment(index_dir)
    _corrupt(index_dir / f"{segment}.pst")
    report = check_index(index_dir)
    assert [p.file for p in report.generations[0].problems] == [f"{segment}.pst"]
    assert report.generations[1].ok


def test_an_unreadable_table_of_contents_is_named(index_dir):
    (index_dir / "_MAIN_3.toc").write_bytes(b"not a table of contents")
    code, report = _check(index_dir)
    assert code == 1
    assert report["generations"][0]["problems"][0]["file"] == "_MAIN_3.toc"
    assert repair_index(index_dir).generation == 2
    assert _searchable(index_dir) == 10


def test_damage_every_generation_shares_cannot_be_repaired(index_dir):
    oldest = _segments(index_dir, 1)[0]
    (index_dir / f"{oldest}.pst").unlink()
    code, report = _check(index_dir, "--repair")
    assert code == 1
    assert report["restored_generation"] is None
    assert all(not g["ok"] for g in report["generations"])
    result = CliRunner().invoke(main, ["check", "--index", str(index_dir), "--repair"])
    assert "no generation verifies" in result.output


def test_only_the_last_generations_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(index.integrity, "GENERATION_GRACE_SECONDS", 0.0)
    index_dir = tmp_path / "index"
    ingest([FIXTURES / "search"], index_dir, workers=0, batch_size=2)
    kept = generations(FileStorage(str(index_dir)))
    assert len(kept) == KEEP_GENERATIONS
    assert kept == sorted(kept, reverse=True)
    used = {s for g in kept for s in _segments(index_dir, g)}
    on_disk = {p.name.split(".")[0] for p in index_dir.glob("MAIN_*.*")}
    assert on_disk - {"MAIN_WRITELOCK"} == used


# -- a full disk ------------------------------------------------------------------------


def _limit_file_size(size: int):
    def apply():
        # Writes past the limit fail with EFBIG instead of killing the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return apply


def test_a_full_disk_stops_the_ingest_and_keeps_every_committed_document(tmp_path):
    first = write_releases(tmp_path / "first.jsonl", 300)
    more = write_releases(tmp_path / "more.jsonl", 500, start=300)
    index_dir = tmp_path / "index"
    ingest([first], index_dir, workers=0, batch_size=100)
    largest = max(f.stat().st_size for f in index_dir.iterdir())
    # Room for files like the ones written so far, not for a batch of 400.
    done = subprocess.run(
        [
            *(sys.executable, "-m", "searcher.cli", "ingest", str(more)),
            *("--index", str(index_dir), "--batch-size", "400", "--workers", "0"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        preexec_fn=_limit_file_size(largest + 16384),
        timeout=300,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    (message,) = done.stderr.strip().splitlines()
    assert message.startswith(f"error: ingest stopped: cannot write the index at {index_dir}")
    assert "the disk is full or a file-size limit was reached" in message
    assert check_index(index_dir).ok
    engine = SearchEngine(index_dir)
    assert engine.search(SearchRequest()).total == 300
    assert engine.document("synthetic-00299") is not None
    # With room again, the same ingest finishes and the leftovers go.
    report = ingest([more], index_dir, workers=0, batch_size=400)
    assert report.added == 500
    assert report.documents == 800
    assert check_index(index_dir).ok


def test_generations_of_the_last_minutes_are_kept_too(tmp_path):
    """A server may still read a generation a few commits old: merges commit
    several within a second, so recent ones keep their files beyond the last three."""
    index_dir = tmp_path / "index"
    ingest([FIXTURES / "search"], index_dir, workers=0, batch_size=2)
    kept = generations(FileStorage(str(index_dir)))
    assert len(kept) > KEEP_GENERATIONS
    for generation in kept:
        assert not _missing_files(index_dir, generation)


def _missing_files(index_dir, generation: int) -> list[str]:
    """Files a generation's segments need that are not on disk (their manifests list them)."""
    missing = []
    for segment in _segments(index_dir, generation):
        manifest = json.loads((index_dir / f"{segment}.manifest").read_text())
        missing += [name for name in manifest["files"] if not (index_dir / name).exists()]
    return missing


def test_a_server_view_survives_merges_committed_in_quick_succession(tmp_path, monkeypatch):
    """A search engine's view of nine segments, then an ingest whose merges commit
    four generations at once: the view's files (read lazily) are still there."""
    index_dir = tmp_path / "index"
    monkeypatch.setattr(index.merging, "FACTOR", 10**9)
    records = [{"id": f"r{n}", "text": f"harbour release number{n}"} for n in range(9)]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    ingest([tmp_path / "a.jsonl"], index_dir, workers=0, batch_size=1)
    engine = SearchEngine(index_dir)
    assert engine.search(SearchRequest(q="nothingmatches")).total == 0
    monkeypatch.setattr(index.merging, "FACTOR", 3)
    monkeypatch.setattr(index.merging, "FLOOR", 1)
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "r99", "text": "harbour extra"}) + "\n")
    report = ingest([tmp_path / "b.jsonl"], index_dir, workers=0, batch_size=1)
    assert len(report.merges) >= 3
    # Within half a second the engine still answers from the view it had.
    assert engine.search(SearchRequest(q="harbour")).total in (9, 10)
