"""`pressroom corpus fetch senate`, against a small zip in the Senate layout (no network)."""

import json
import zipfile

import pytest
from click.testing import CliRunner

from index.fetch import FetchError, fetch_corpus
from searcher.cli import main
from searcher.search import SearchEngine

TOP = "GrimmerSenatePressReleases-master"


@pytest.fixture
def senate_zip(tmp_path):
    """A zip shaped like GitHub's archive of the Senate collection, with our own texts."""
    path = tmp_path / "download" / "senate-test.zip"
    path.parent.mkdir()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{TOP}/README.md", "Senate press releases.")
        archive.writestr(f"{TOP}/raw/.DS_Store", b"\x00\x00\x00\x01Bud1")
        archive.writestr(
            f"{TOP}/raw/Akaka/10Apr2007akaka175.txt",
            "Senator Daniel Akaka welcomed funding to dredge Hilo Harbor.",
        )
        archive.writestr(
            f"{TOP}/raw/Obama/3Mar2006obama12.txt",
            "Senator Barack Obama today introduced a bill on veterans housing.",
        )
        archive.writestr(f"{TOP}/raw/Obama/notes.txt", "Office notes, not a release.")
    return path


def test_fetch_from_a_local_archive(tmp_path, senate_zip):
    report = fetch_corpus("senate", tmp_path / "index", archive=senate_zip, workers=0)
    assert (report.added, report.rejected) == (3, [])
    engine = SearchEngine(tmp_path / "index")
    doc = engine.document(f"senate-test/{TOP}/raw/Akaka/10Apr2007akaka175")
    assert (doc["speaker"], doc["date"]) == ("Akaka", "2007-04-10")
    assert doc["source"] == f"{senate_zip.name}!{TOP}/raw/Akaka/10Apr2007akaka175.txt"
    obama = engine.document(f"senate-test/{TOP}/raw/Obama/3Mar2006obama12")
    assert (obama["speaker"], obama["date"]) == ("Obama", "2006-03-03")
    notes = engine.document(f"senate-test/{TOP}/raw/Obama/notes")
    assert (notes["speaker"], notes["date"]) == (None, None)  # no layout metadata


def test_download_goes_to_the_cache_and_is_reused(tmp_path, senate_zip):
    cache = tmp_path / "cache"
    url = senate_zip.as_uri()  # a file:// URL: the download code path without a network
    report = fetch_corpus("senate", tmp_path / "index", url=url, cache_dir=cache, workers=0)
    assert report.added == 3
    cached = cache / "senate.zip"
    assert cached.read_bytes() == senate_zip.read_bytes()
    assert not (cache / "senate.zip.part").exists()
    engine = SearchEngine(tmp_path / "index")
    assert engine.document(f"senate/{TOP}/raw/Akaka/10Apr2007akaka175")["speaker"] == "Akaka"
    # Cached: no URL needed the second time; nothing changed.
    again = fetch_corpus("senate", tmp_path / "index", cache_dir=cache, workers=0)
    assert (again.added, again.unchanged) == (0, 3)


def test_failed_download_leaves_nothing_behind(tmp_path):
    cache = tmp_path / "cache"
    with pytest.raises(FetchError, match="cannot download"):
        fetch_corpus(
            "senate", tmp_path / "index", url=(tmp_path / "missing.zip").as_uri(), cache_dir=cache
        )
    not_zip = tmp_path / "page.zip"
    not_zip.write_text("<html>rate limited</html>", "utf-8")
    with pytest.raises(FetchError, match="did not give a readable archive"):
        fetch_corpus("senate", tmp_path / "index", url=not_zip.as_uri(), cache_dir=cache)
    assert list(cache.iterdir()) == []
    with pytest.raises(FetchError, match="unknown corpus 'house'"):
        fetch_corpus("house", tmp_path / "index", archive=not_zip)


def test_cli_corpus_fetch_with_archive(tmp_path, senate_zip):
    runner = CliRunner()
    result = runner.invoke(
        main,
        [
            "corpus",
            "fetch",
            "senate",
            "--index",
            str(tmp_path / "index"),
            "--archive",
            str(senate_zip),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["added"], summary["documents"], summary["rejected"]) == (3, 3, [])
    result = runner.invoke(
        main,
        [
            "corpus",
            "fetch",
            "senate",
            "--index",
            str(tmp_path / "i2"),
            "--url",
            "file:///nonexistent/x.zip",
        ],
    )
    assert result.exit_code == 1
    assert "error: cannot download file:///nonexistent/x.zip" in result.stderr
