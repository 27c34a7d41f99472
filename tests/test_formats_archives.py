"""Archives read in place (fixtures written by tests/fixtures/formats/archives/make_archives.py)."""

import io
import zipfile

from index.ingest import ingest
from index.readers import read_paths
from index.records import Record, Rejection
from searcher.search import SearchEngine
from tests.conftest import FIXTURES

ARCHIVES = FIXTURES / "formats" / "archives"


def _split(items):
    return [i for i in items if isinstance(i, Record)], [
        i for i in items if isinstance(i, Rejection)
    ]


def test_zip_members_are_read_and_a_corrupt_member_is_rejected():
    path = ARCHIVES / "releases.zip"
    records, rejections = _split(list(read_paths([path])))
    assert [r.source for r in records] == [
        f"{path.name}!batch/first-release.txt",
        f"{path.name}!batch/library.html",
        f"{path.name}!batch/feeds/council.atom#1",
        f"{path.name}!batch/feeds/council.atom#2",
        f"{path.name}!batch/second-release.txt",
    ]
    assert records[0].id == "releases/batch/first-release"
    assert (records[0].title, records[0].date) == ("Ferry fares frozen", "2024-01-02")
    assert records[1].markup_type == "html"
    assert records[1].id == "releases/batch/library"
    assert (
        records[4].text
        == "Snow ploughs were out on the main roads before dawn, the roads office said."
    )
    # README.md and __MACOSX/ are skipped like in a directory walk.
    assert [(r.source, r.reason) for r in rejections] == [
        (
            f"{path.name}!batch/broken.txt",
            "corrupt archive member: Bad CRC-32 for file 'batch/broken.txt'",
        )
    ]


def test_tar_gz_with_a_corrupt_member():
    path = ARCHIVES / "releases.tar.gz"
    records, rejections = _split(list(read_paths([path])))
    member = f"{path.name}!bundle/lines.jsonl.gz"
    assert records[0].source == f"{path.name}!bundle/first.txt"
    assert records[0].title == "Tar release one"
    # The truncated .jsonl.gz member gives the lines before the damage, then a rejection.
    lines = [r for r in records if r.source.startswith(member)]
    assert [r.id for r in lines] == [f"bundle-line-{i}" for i in range(1, 10)]
    assert [r.source for r in rejections] == [f"{member}:10"]
    assert rejections[0].reason.startswith("unreadable after line 9")
    # The member after the damaged one is read.
    assert records[-1].source == f"{path.name}!bundle/second.txt"
    assert records[-1].title == "Tar release two"


def test_truncated_tar_gz_keeps_what_came_before():
    path = ARCHIVES / "truncated.tar.gz"
    records, rejections = _split(list(read_paths([path])))
    assert [r.id for r in records] == ["truncated/many/release-01", "truncated/many/release-02"]
    assert [r.source for r in rejections] == [path.name]
    assert rejections[0].reason.startswith("archive damaged after member many/release-02.txt")


def test_not_an_archive():
    path = ARCHIVES / "not-an-archive.zip"
    assert [(r.source, r.reason) for r in read_paths([path])] == [
        (path.name, "not a readable zip archive: File is not a zip file")
    ]


def test_nested_archive_and_layout_inside_an_archive(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("Kerry/2Jun2005kerry7.txt", "Senator Kerry spoke on energy policy today.")
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.writestr("corpus/inner.zip", inner.getvalue())
    [record] = list(read_paths([outer], layout="senate"))
    assert record.source == f"{outer.name}!corpus/inner.zip!Kerry/2Jun2005kerry7.txt"
    assert record.id == "outer/corpus/inner/Kerry/2Jun2005kerry7"
    assert (record.speaker, record.date) == ("Kerry", "2005-06-02")


def test_archives_through_ingest(tmp_path):
    report = ingest([ARCHIVES], tmp_path / "index", workers=0)
    rejected = sorted(r.source.removeprefix(f"{ARCHIVES}/") for r in report.rejected)
    assert rejected == [
        "not-an-archive.zip",
        "releases.tar.gz!bundle/lines.jsonl.gz:10",
        "releases.zip!batch/broken.txt",
        "truncated.tar.gz",
    ]
    # releases.tar.gz: 2 + 9 lines; releases.zip: 2 texts + page + 2 feed items; truncated: 2.
    assert report.added == 11 + 5 + 2
    engine = SearchEngine(tmp_path / "index")
    page = engine.document("releases/batch/library")
    assert page["title"] == "Central library to open on Sundays from June"
    assert page["source"] == "releases.zip!batch/library.html"
