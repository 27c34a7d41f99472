"""CSV files with a header row (fixtures in tests/fixtures/formats/csv)."""

from index.readers import read_paths
from index.records import Record, Rejection
from tests.conftest import FIXTURES

CSV = FIXTURES / "formats" / "csv"


def _split(items):
    return [i for i in items if isinstance(i, Record)], [
        i for i in items if isinstance(i, Rejection)
    ]


def test_rows_become_records_and_a_named_row_without_text_is_kept():
    records, rejections = _split(list(read_paths([CSV / "releases.csv"])))
    path = CSV / "releases.csv"
    assert [r.id for r in records] == ["csv-1", "csv-2", "csv-3", "csv-4"]
    first = records[0]
    assert first.title == "Bridge reopens after repairs"  # "Title" header, any case
    assert first.date == "2020-02-03"
    assert first.speaker == "Alma Reyes"
    assert first.organization == "Department of Roads"
    assert first.topics == ["Transport", "Bridges"]
    assert first.source == f"{path.name}:2"
    # A quoted field over three lines: the paragraphs survive, the next row starts at line 6.
    assert records[1].title == "Budget hearing moved, again"
    assert (
        records[1].text
        == "The council moved its budget hearing to 14 February.\n\nA second hearing follows in March."
    )
    assert records[1].speaker is None
    # A row with an id but no text is kept (blank releases count); nothing is rejected.
    assert rejections == []
    assert (records[2].id, records[2].title, records[2].text) == ("csv-3", "Row without text", "")
    assert records[3].source == f"{path.name}:7"


def test_row_with_a_missing_column_is_rejected_by_line():
    records, rejections = _split(list(read_paths([CSV / "missing-column.csv"])))
    path = CSV / "missing-column.csv"
    assert [r.id for r in records] == ["m-1", "m-3"]
    assert records[1].text == "This one is complete again, with a comma inside quotes."
    assert [(r.source, r.reason) for r in rejections] == [
        (f"{path.name}:3", "row has 3 fields, the header names 4: missing text")
    ]


def test_file_without_a_header_is_rejected_as_a_file():
    items = list(read_paths([CSV / "no-header.csv"]))
    assert len(items) == 1
    assert isinstance(items[0], Rejection)
    assert items[0].source == "no-header.csv"
    assert items[0].reason.startswith("no usable header: the first row must name a 'text'")


def test_semicolons_tabs_ids_and_raw_html(tmp_path):
    semi = tmp_path / "export.csv"
    semi.write_text("Title;Body;Date\nHello;Semicolon rows work.;2020-01-01\n", "utf-8")
    tsv = tmp_path / "export2.tsv"
    tsv.write_text("text\tspeaker\nTab rows work, even with commas.\tAnn Lee\n", "utf-8")
    pages = tmp_path / "pages.csv"
    pages.write_text('id,raw_html\np1,"<html><body><p>x</p></body></html>"\n', "utf-8")
    records, rejections = _split(list(read_paths([semi, tsv, pages])))
    assert rejections == []
    assert [(r.id, r.title, r.text, r.date) for r in records[:1]] == [
        ("export-2", "Hello", "Semicolon rows work.", "2020-01-01")
    ]
    assert (records[1].id, records[1].speaker, records[1].text) == (
        "export2-2",
        "Ann Lee",
        "Tab rows work, even with commas.",
    )
    assert (records[2].id, records[2].markup_type, records[2].text) == ("p1", "html", "")


def test_cp1252_csv(tmp_path):
    path = tmp_path / "legacy.csv"
    path.write_bytes("text,title\n\x93Caf\xe9\x94 opens,Caf\xe9\n".encode("latin-1"))
    [record] = list(read_paths([path]))
    assert record.text == "“Café” opens"
    assert record.title == "Café"


def test_empty_csv(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("\n\n", "utf-8")
    assert [(r.source, r.reason) for r in read_paths([path])] == [(path.name, "empty CSV file")]
