"""Directory layouts whose path carries metadata (fixture tree tests/fixtures/formats/senate)."""

import logging

import pytest

from index.ingest import ingest
from index.readers import read_file, read_paths
from index.readers.layouts import LayoutError, compile_layout
from index.records import Record, Rejection
from searcher.search import SearchEngine
from tests.conftest import FIXTURES

SENATE_TREE = FIXTURES / "formats" / "senate"


def _records(items):
    return {r.id: r for r in items if isinstance(r, Record)}


@pytest.mark.parametrize("root", [SENATE_TREE, SENATE_TREE / "raw"])
def test_senate_preset_from_the_clone_or_from_raw(root):
    records = _records(read_paths([root], layout="senate"))
    prefix = "raw/" if root == SENATE_TREE else ""
    akaka = records[f"{prefix}Akaka/10Apr2007akaka175"]
    assert (akaka.speaker, akaka.date) == ("Akaka", "2007-04-10")
    single_digit_day = records[f"{prefix}Akaka/9Jan2006akaka3"]
    assert (single_digit_day.speaker, single_digit_day.date) == ("Akaka", "2006-01-09")
    nelson = records[f"{prefix}BenNelson/21Mar2007BenNelson40"]
    assert (nelson.speaker, nelson.date) == ("BenNelson", "2007-03-21")
    # Does not follow the scheme: read, without layout metadata.
    notes = records[f"{prefix}Akaka/notes-on-releases"]
    assert (notes.speaker, notes.date) == (None, None)
    assert len(records) == 4  # README.md is skipped


def test_unmatched_files_are_counted_in_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="index.readers"):
        list(read_paths([SENATE_TREE], layout="senate"))
    [message] = [r.getMessage() for r in caplog.records]
    assert "matched 3 of 4 files" in message
    assert "raw/Akaka/notes-on-releases.txt" in message


def test_layout_values_win_over_headers(tmp_path):
    folder = tmp_path / "Smith"
    folder.mkdir()
    (folder / "2020-05-06_budget.txt").write_text(
        "Title: Budget\nSpeaker: Jones\nDate: 1999-01-01\n\nThe budget passed.", "utf-8"
    )
    [record] = list(read_paths([tmp_path], layout="{speaker}/{date}_{topic}.txt"))
    assert (record.speaker, record.date, record.topics, record.title) == (
        "Smith",
        "2020-05-06",
        ["budget"],
        "Budget",
    )


def test_layout_fields_and_formats(tmp_path):
    path = tmp_path / "Ministry_of_Water" / "Geneva" / "2019-03" / "release-17.txt"
    path.parent.mkdir(parents=True)
    path.write_text("Water prices stay the same.", "utf-8")
    layout = "{organization}/{venue}/{date:%Y-%m}/release-{id}.txt"
    [record] = list(read_file(path, root=tmp_path, layout=layout))
    assert record.organization == "Ministry of Water"  # underscores read as spaces
    assert record.venue == "Geneva"
    assert record.date == "2019-03"  # month precision, as the format gives
    assert record.id == "17"


def test_invalid_date_does_not_match():
    layout = compile_layout("senate")
    assert layout.match("raw/Akaka/31Feb2007akaka1.txt") is None
    assert layout.match("Akaka/1Feb2007akaka1.txt") == {"speaker": "Akaka", "date": "2007-02-01"}
    assert layout.match("1Feb2007akaka1.txt") is None  # too few segments


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("nonsense", "is neither a preset (senate) nor a pattern"),
        ("{speaker}/{when}.txt", "unknown field {when}"),
        ("{speaker}/{speaker}.txt", "appears twice"),
        ("{date:%d-%q}.txt", "%q is not supported"),
        ("{date:%d-%m}.txt", "has no year"),
        ("{ignore}.txt", "names no metadata field"),
    ],
)
def test_bad_layouts_are_rejected_not_raised(spec, message):
    with pytest.raises(
        LayoutError, match=message.replace("{", r"\{").replace("(", r"\(").replace(")", r"\)")
    ):
        compile_layout(spec)
    items = list(read_paths([SENATE_TREE], layout=spec))
    assert len(items) == 1
    assert isinstance(items[0], Rejection)
    assert items[0].source == f"--layout {spec!r}"


def test_senate_layout_through_ingest(tmp_path):
    report = ingest([SENATE_TREE / "raw"], tmp_path / "index", layout="senate", workers=0)
    assert report.added == 4
    assert report.rejected == []
    engine = SearchEngine(tmp_path / "index")
    doc = engine.document("Akaka/10Apr2007akaka175")
    assert doc["speaker"] == "Akaka"
    assert doc["date"] == "2007-04-10"
    assert doc["lang"] == "en"
    assert engine.document("BenNelson/21Mar2007BenNelson40")["speaker"] == "BenNelson"
