import gzip

from index.readers import read_paths
from index.readers.text import split_headers
from index.records import Record, Rejection


def _split(items):
    records = [i for i in items if isinstance(i, Record)]
    rejections = [i for i in items if isinstance(i, Rejection)]
    return records, rejections


def test_jsonl_broken_line_rejects_only_that_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "x1", "text": "First release.", "speaker": "Ann Lee", "topics": ["a", "b"]}\n'
        "{not json}\n"
        '{"title": "No text, no id"}\n'
        '["a list"]\n'
        '{"id": "x5", "body": "Body works too.", "extra": 1}\n'
        '{"id": "x6", "text": "  ", "speaker": "Crapo"}\n',
        encoding="utf-8",
    )
    records, rejections = _split(list(read_paths([path])))
    assert [r.id for r in records] == ["x1", "x5", "x6"]
    assert records[2].text == ""
    assert records[2].speaker == "Crapo"
    assert records[0].speaker == "Ann Lee"
    assert records[0].topics == ["a", "b"]
    assert records[1].text == "Body works too."
    assert [r.source for r in rejections] == [f"{path.name}:2", f"{path.name}:3", f"{path.name}:4"]
    assert "invalid JSON" in rejections[0].reason
    assert "no text" in rejections[1].reason


def test_gzip_jsonl_and_ids_from_line_numbers(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write('{"text": "One."}\n{"text": "Two."}\n')
    records, _ = _split(list(read_paths([path])))
    assert [r.id for r in records] == ["batch-1", "batch-2"]


def test_truncated_gzip_keeps_what_was_read(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(
        b"".join(b'{"id": "r%d", "text": "Release %d."}\n' % (i, i) for i in range(2000))
    )
    path.write_bytes(data[: len(data) // 2])
    records, rejections = _split(list(read_paths([path])))
    assert 0 < len(records) < 2000
    assert len(rejections) == 1
    assert "unreadable" in rejections[0].reason


def test_text_headers():
    headers, body = split_headers(
        "Title: Budget day\nDATE: 2011-02-02\nSpeaker: Ivana Kovač\n\nOSLO -- Body.\n"
    )
    assert headers == {"title": "Budget day", "date": "2011-02-02", "speaker": "Ivana Kovač"}
    assert body.strip() == "OSLO -- Body."
    # A first line that is not a known header means there are no headers.
    headers, body = split_headers("WASHINGTON: Senator said.\nMore.")
    assert headers == {}
    assert body.startswith("WASHINGTON")


def test_directory_walk_ids_and_skips(tmp_path):
    (tmp_path / "org" / "sub").mkdir(parents=True)
    (tmp_path / "org" / "sub" / "2011-budget.txt").write_text("Title: Budget\n\nText.", "utf-8")
    (tmp_path / "README.md").write_text("# not a release", "utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden.txt").write_text("secret", "utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 news".encode("latin-1"))
    records, rejections = _split(list(read_paths([tmp_path])))
    assert sorted(r.id for r in records) == ["latin1", "org/sub/2011-budget"]
    assert next(r for r in records if r.id == "latin1").text == "Café news"
    assert rejections == []


def test_missing_and_unsupported_paths_are_reported(tmp_path):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF")
    _, rejections = _split(list(read_paths([tmp_path / "nope", pdf])))
    assert [r.reason for r in rejections] == [
        "no such file or directory",
        "unsupported file type '.pdf'",
    ]
