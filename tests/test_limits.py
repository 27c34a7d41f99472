"""Hostile files: size limits, compression bombs, entity tricks. Each is
reported by name and reason, the rest of the input is kept, memory stays bounded."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from index.ingest import ingest
from index.limits import (
    MAX_LINE_BYTES,
    MAX_TEXT_CHARS,
    RATIO_FLOOR_BYTES,
    LimitExceeded,
    bounded_decompression,
    bounded_lines,
    truncate_text,
)
from index.readers import read_paths
from index.records import Record, Rejection
from searcher.cli import main
from searcher.request import SearchRequest
from searcher.search import SearchEngine

from .conftest import REPO

MiB = 1 << 20
#: The peak memory the issue allows an ingest of one hostile input.
PEAK_RSS_LIMIT = 2 << 30


def _split(items):
    return (
        [i for i in items if isinstance(i, Record)],
        [i for i in items if isinstance(i, Rejection)],
    )


# -- the pieces -----------------------------------------------------------------


def test_truncation_cuts_at_the_last_paragraph_break_before_the_limit():
    paragraphs = [f"Paragraph {n} " + "word " * 50 for n in range(200)]
    text = "\n\n".join(paragraphs)
    cut = truncate_text(text, 5000)
    assert len(cut) <= 5000
    assert text.startswith(cut)
    # It ends where a paragraph ends, and keeps every whole paragraph that fits.
    assert cut.endswith("word")
    kept = cut.count("Paragraph")
    assert len("\n\n".join(paragraphs[: kept + 1])) > 5000
    assert truncate_text("short", 5000) == "short"


def test_truncation_without_paragraphs_cuts_at_a_line_or_a_space():
    assert truncate_text("one two three four", 10) == "one two"
    assert truncate_text("x" * 20, 10) == "x" * 10


def test_an_overlong_line_is_skipped_and_the_next_one_read():
    data = b"short\n" + b"x" * 5000 + b"\nafter\nlast"
    lines = list(bounded_lines(io.BytesIO(data), limit=100))
    assert lines == [(1, b"short\n"), (2, None), (3, b"after\n"), (4, b"last")]


def test_a_stream_that_inflates_too_far_is_stopped():
    bomb = gzip.compress(b"\0" * (RATIO_FLOOR_BYTES * 4))
    stream = bounded_decompression(io.BytesIO(bomb), lambda s: gzip.GzipFile(fileobj=s))

    def read_all() -> None:
        while stream.read(MiB):
            pass

    with pytest.raises(LimitExceeded, match="compression bomb"):
        read_all()


def test_ordinary_compressed_text_is_read_whole():
    text = "".join(f"Line {n} of an ordinary release about harbours.\n" for n in range(200000))
    data = gzip.compress(text.encode())
    stream = bounded_decompression(io.BytesIO(data), lambda s: gzip.GzipFile(fileobj=s))
    assert stream.read().decode() == text


def test_a_stream_may_inflate_past_an_archive_members_limit(monkeypatch):
    # A gzip of a million releases inflates past the 2 GiB a zip member may: streamed in
    # chunks, it is bounded by its own, larger limit (and by the ratio).
    from index import limits

    text = "".join(f"Line {n} of an ordinary release about harbours.\n" for n in range(60000))
    data = gzip.compress(text.encode())
    monkeypatch.setattr(limits, "MAX_DECOMPRESSED_BYTES", MiB)
    stream = bounded_decompression(io.BytesIO(data), lambda s: gzip.GzipFile(fileobj=s))
    assert stream.read().decode() == text
    monkeypatch.setattr(limits, "MAX_STREAM_BYTES", MiB)
    stream = bounded_decompression(io.BytesIO(data), lambda s: gzip.GzipFile(fileobj=s))
    with pytest.raises(LimitExceeded, match="more than 1 MiB"):
        stream.read()


# -- through the readers ------------------------------------------------------------


def test_a_long_jsonl_text_is_truncated_and_said_so(tmp_path):
    path = tmp_path / "long.jsonl"
    paragraph = "The harbour board met and talked at length. " * 40
    long_text = "\n\n".join([paragraph] * (MAX_TEXT_CHARS // len(paragraph) + 50))
    with path.open("w") as out:
        out.write(json.dumps({"id": "long", "text": long_text}) + "\n")
        out.write(json.dumps({"id": "short", "text": "A short release."}) + "\n")
    records, rejections = _split(list(read_paths([path])))
    assert not rejections
    long, short = records
    assert len(long.text) <= MAX_TEXT_CHARS
    assert long_text.startswith(long.text)
    assert long.text.endswith("length.")
    assert long.notice is not None
    assert long.notice.source == "long.jsonl:1"
    assert "truncated at a paragraph boundary" in long.notice.reason
    assert short.notice is None
    assert short.text == "A short release."


def test_an_overlong_csv_line_is_rejected_alone(tmp_path):
    path = tmp_path / "rows.csv"
    with path.open("w") as out:
        out.write("id,text\n")
        out.write("a,First row.\n")
        out.write("b," + "x" * (MAX_LINE_BYTES + 10) + "\n")
        out.write('c,"Third row, after the long one."\n')
    records, rejections = _split(list(read_paths([path])))
    assert [r.id for r in records] == ["a", "c"]
    assert [(r.source, r.reason.split(" (")[0]) for r in rejections] == [
        ("rows.csv:3", "line longer than 16 MiB")
    ]


def test_a_page_over_the_document_limit_is_rejected(tmp_path):
    path = tmp_path / "huge.html"
    path.write_bytes(b"<html><body><p>" + b"word " * (4 * MiB) + b"</p></body></html>")
    (tmp_path / "fine.html").write_text(
        "<html><head><title>Fine</title></head><body><p>A fine page.</p></body></html>"
    )
    records, rejections = _split(list(read_paths([tmp_path])))
    assert [r.source for r in records] == ["fine.html"]
    assert [r.source for r in rejections] == ["huge.html"]
    assert rejections[0].reason.startswith("page too large (20 MiB; the limit is 16 MiB)")


def test_tar_gz_bomb_keeps_the_members_before_it(tmp_path):
    path = tmp_path / "bundle.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for name, data in (
            ("first.txt", b"Title: First\n\nThe first release, read in full."),
            ("bomb.txt", b" " * (64 * MiB)),
            ("last.txt", b"Title: Last\n\nNever reached."),
        ):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    records, rejections = _split(list(read_paths([path])))
    assert [r.source for r in records] == ["bundle.tar.gz!first.txt"]
    assert rejections
    assert all(r.source.startswith("bundle.tar.gz") for r in rejections)
    assert any("compression bomb" in r.reason for r in rejections)


# -- entities: never expanded, never read ------------------------------------------

SECRET = "pressroom-secret-9f3c1e"
LAUGHS = '<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
    for n in range(1, 10)
)


def _entity_inputs(directory: Path, secret_file: Path) -> None:
    doctype = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret_file}">{LAUGHS}]>'
    (directory / "feed.rss").write_text(
        f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>Council</title>'
        "<item><title>Leak &xxe;</title><description>Harbour news &xxe; &lol9;</description>"
        "<guid>feed-item-1</guid></item></channel></rss>"
    )
    (directory / "feed.xml").write_text(
        f'<?xml version="1.0"?>{doctype}<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Ministry</title><entry><id>atom-1</id><title>Atom &xxe;</title>"
        "<summary>Ferry news &xxe; &lol9;</summary></entry></feed>"
    )
    (directory / "messages.xml").write_text(
        f'<?xml version="1.0"?>{doctype}<messages><message id="1"><version>1</version>'
        '<pubdate>2019-11-08</pubdate><content lang="de"><title>Wege &xxe;</title>'
        "<lead>Die Wanderwege &lol9;</lead><text>&xxe; Die Kantone tragen die Kosten.</text>"
        "</content></message></messages>"
    )
    # Without the laughs (which lxml refuses outright), the message is read.
    (directory / "messages-xxe.xml").write_text(
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret_file}">]>'
        '<messages><message id="2"><version>1</version><pubdate>2019-11-09</pubdate>'
        '<content lang="de"><title>Kantone &xxe;</title><lead>Die Kantone zahlen.</lead>'
        "<text>&xxe; Die Kantone tragen die Kosten der Wegweiser.</text></content>"
        "</message></messages>"
    )
    (directory / "page.html").write_text(
        f"{doctype}<html><head><title>Page &xxe;</title></head><body><article>"
        "<p>The port authority opened the new terminal &xxe; &lol9; today, "
        "and the mayor welcomed it.</p></article></body></html>"
    )
    (directory / "raw.jsonl").write_text(
        json.dumps({"id": "raw-html", "raw_html": (directory / "page.html").read_text()})
        + "\n"
        + json.dumps({"id": "raw-xml", "raw_xml": (directory / "messages.xml").read_text()})
        + "\n"
    )


def test_external_entities_and_billion_laughs_stay_unexpanded_and_unread(tmp_path):
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    _entity_inputs(inputs, secret_file)
    report = ingest([inputs], tmp_path / "index", workers=0)
    # The feed items, the page (twice) and the message without laughs are read.
    assert report.added == 5, report.rejected
    engine = SearchEngine(tmp_path / "index")
    assert engine.search(SearchRequest(q="zahlen")).total == 1
    assert engine.search(SearchRequest(q="terminal")).total == 2
    assert engine.search(SearchRequest(q=SECRET)).total == 0
    everything = engine.search(SearchRequest(per_page=50))
    for hit in everything.results:
        doc = json.dumps(engine.document(hit.id))
        assert SECRET not in doc
        assert "lollollollollol" not in doc
    # What a reader and the stored files hold: no trace of the secret either.
    for item in read_paths([inputs]):
        assert SECRET not in json.dumps(item.__dict__, default=str)
    for file in (tmp_path / "index").iterdir():
        assert SECRET.encode() not in file.read_bytes(), file.name


# -- the CLI: one line per failure, status by --strict or nothing read -----------------


def test_extract_and_ingest_never_end_in_a_traceback(tmp_path):
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "broken.jsonl").write_text("{not json\n")
    runner = CliRunner()
    for command in (["extract"], ["ingest", "--index", str(tmp_path / "ix")]):
        result = runner.invoke(main, [*command, str(tmp_path)])
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "Traceback" not in result.output
        assert result.exit_code == 1  # nothing could be read
        rejected = [line for line in result.output.splitlines() if line.startswith("rejected ")]
        assert sorted(line.split(":")[0] for line in rejected) == [
            "rejected bad.zip",
            "rejected broken.jsonl",
        ]


def test_status_is_zero_when_something_was_read_unless_strict(tmp_path):
    (tmp_path / "good.txt").write_text("Title: Good\n\nThe harbour reopened on Monday.")
    (tmp_path / "broken.jsonl").write_text("{not json\n")
    runner = CliRunner()
    for command in (["extract"], ["ingest", "--index", str(tmp_path / "ix")]):
        assert runner.invoke(main, [*command, str(tmp_path)]).exit_code == 0
        assert runner.invoke(main, [*command, "--strict", str(tmp_path)]).exit_code == 1


# -- big inputs: memory measured in a subprocess (slow: a few seconds each) ------------

MEASURE = """
import json, resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print(json.dumps({"status": done.returncode, "out": done.stdout, "err": done.stderr, "peak": peak}))
"""


def _measured_ingest(path: Path, index_dir: Path) -> dict:
    """`pressroom ingest` in a fresh process: its exit status, output and peak
    resident memory (the largest of it and its workers)."""
    command = [sys.executable, "-m", "searcher.cli", "ingest", str(path), "--index", str(index_dir)]
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def test_zip_bomb_member_is_rejected_by_name_in_bounded_memory(tmp_path):
    path = tmp_path / "bomb.zip"
    block = b"The council met again today and nothing happened. " * (MiB // 50)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("before.txt", "Title: Before\n\nA release about the ferry timetable.")
        with archive.open("bomb.txt", "w", force_zip64=True) as member:
            for _ in range(1024):  # 1 GiB of text in a few MiB
                member.write(block)
        archive.writestr("after.txt", "Title: After\n\nA release about the harbour lights.")
    assert path.stat().st_size < 8 * MiB
    result = _measured_ingest(path, tmp_path / "index")
    assert result["status"] == 0, result["err"]
    assert "added 2" in result["out"]
    assert "rejected bomb.zip!bomb.txt: member decompresses to more than 100 times" in result["err"]
    assert result["peak"] < PEAK_RSS_LIMIT


def test_a_300_mib_text_file_is_truncated_by_name_in_bounded_memory(tmp_path):
    path = tmp_path / "endless.txt"
    paragraph = b"The harbour board discussed the budget for the new ferry terminal. " * 12
    block = (paragraph + b"\n\n") * (MiB // (len(paragraph) + 2))
    with path.open("wb") as out:
        out.write(b"Title: An endless release\nDate: 2011-05-04\n\n")
        while out.tell() < 300 * MiB:
            out.write(block)
    result = _measured_ingest(path, tmp_path / "index")
    assert result["status"] == 0, result["err"]
    assert "added 1" in result["out"]
    assert "truncated 1" in result["out"]
    assert "truncated endless.txt: text truncated at a paragraph boundary" in result["err"]
    assert result["peak"] < PEAK_RSS_LIMIT
    doc = SearchEngine(tmp_path / "index").document("endless")
    assert 0.9 * MAX_TEXT_CHARS < len(doc["text"]) <= MAX_TEXT_CHARS
    assert doc["title"] == "An endless release"
    assert doc["source"] == "endless.txt"


def test_a_100_mib_jsonl_line_is_rejected_alone(tmp_path):
    path = tmp_path / "lines.jsonl"
    with path.open("w") as out:
        out.write(json.dumps({"id": "one", "text": "The first release is fine."}) + "\n")
        out.write('{"id": "huge", "text": "')
        chunk = "word " * (MiB // 5)
        for _ in range(100):
            out.write(chunk)
        out.write('"}\n')
        out.write(json.dumps({"id": "three", "text": "The third release is fine too."}) + "\n")
    result = _measured_ingest(path, tmp_path / "index")
    assert result["status"] == 0, result["err"]
    assert "added 2, updated 0, unchanged 0, rejected 1" in result["out"]
    assert "rejected lines.jsonl:2: line longer than 16 MiB" in result["err"]
    assert result["peak"] < PEAK_RSS_LIMIT
