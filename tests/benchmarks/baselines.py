"""Baselines measured in the same run: SQLite FTS5 (standard library) and
Datasette serving the same FTS5 database, plus a naive Whoosh build."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import time
from pathlib import Path

from tests.benchmarks.queries import BenchQuery


def build_fts5(docs: list[dict], path: Path) -> float:
    """Documents into SQLite, set up for FTS5 at its best.

    ``docs`` holds everything (Datasette serves it); ``search`` is a
    contentless FTS5 index (porter tokenizer) and ``meta`` a compact table of
    what results and facets need, joined by rowid, so counting never reads
    the text.
    """
    started = time.perf_counter()
    if path.exists():
        path.unlink()
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT, title TEXT, speaker TEXT,
                           year TEXT, date TEXT, text TEXT);
        CREATE TABLE meta (rowid INTEGER PRIMARY KEY, id TEXT, title TEXT, speaker TEXT, year TEXT);
        CREATE VIRTUAL TABLE search USING fts5(
            title, text, content='', tokenize='porter unicode61 remove_diacritics 2');
        """
    )
    rows = [
        (
            d["id"],
            d.get("title") or "",
            d.get("speaker"),
            (d.get("date") or "")[:4],
            d.get("date"),
            d["text"],
        )
        for d in docs
    ]
    db.executemany(
        "INSERT INTO docs (id, title, speaker, year, date, text) VALUES (?, ?, ?, ?, ?, ?)", rows
    )
    db.execute("INSERT INTO meta SELECT rowid, id, title, speaker, year FROM docs")
    db.execute("INSERT INTO search (rowid, title, text) SELECT rowid, title, text FROM docs")
    db.execute("CREATE INDEX meta_speaker ON meta(speaker)")
    db.commit()
    db.execute("ANALYZE")
    db.close()
    return time.perf_counter() - started


class Fts5Searcher:
    """Top-10 by bm25; total, speaker and year counts from one GROUP BY."""

    def __init__(self, path: Path):
        self.db = sqlite3.connect(path, check_same_thread=False)

    def _where(self, query: BenchQuery) -> tuple[str, list]:
        where = "search MATCH ?"
        args: list = [query.fts5]
        if query.speaker:
            where += " AND meta.speaker = ?"
            args.append(query.speaker)
        return where, args

    def top10(self, query: BenchQuery) -> list:
        where, args = self._where(query)
        return self.db.execute(
            "SELECT meta.id, meta.title, search.rank FROM search JOIN meta ON meta.rowid = search.rowid "
            f"WHERE {where} ORDER BY search.rank LIMIT 10",
            args,
        ).fetchall()

    def top10_with_facets(self, query: BenchQuery) -> tuple:
        where, args = self._where(query)
        rows = self.top10(query)
        speakers: dict = {}
        years: dict = {}
        total = 0
        for speaker, year, count in self.db.execute(
            "SELECT meta.speaker, meta.year, count(*) FROM search JOIN meta ON meta.rowid = search.rowid "
            f"WHERE {where} GROUP BY meta.speaker, meta.year",
            args,
        ):
            total += count
            speakers[speaker] = speakers.get(speaker, 0) + count
            years[year] = years.get(year, 0) + count
        top = lambda counts: sorted(counts.items(), key=lambda kv: -kv[1])[:10]  # noqa: E731
        return rows, total, top(speakers), top(years)


def datasette_available() -> bool:
    return shutil.which("datasette") is not None or _module_available("datasette")


def _module_available(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def prepare_datasette_db(fts_path: Path, out: Path) -> Path:
    """A copy of the FTS5 database configured the way Datasette expects (sqlite-utils)."""
    import sqlite_utils

    shutil.copy(fts_path, out)
    db = sqlite_utils.Database(out)
    # Datasette searches docs through the FTS table sqlite-utils makes.
    db["search"].drop()
    db["meta"].drop()
    db["docs"].enable_fts(
        ["title", "text"], fts_version="FTS5", tokenize="porter", create_triggers=False
    )
    db["docs"].populate_fts(["title", "text"])
    db["docs"].create_index(["speaker"])
    return out


def naive_whoosh_build(docs: list[dict], index_dir: Path) -> float:
    """The baseline from the issue: StemmingAnalyzer, one writer, no extraction."""
    from whoosh import fields, index
    from whoosh.analysis import StemmingAnalyzer

    if index_dir.exists():
        shutil.rmtree(index_dir)
    index_dir.mkdir(parents=True)
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.TEXT(analyzer=StemmingAnalyzer(), stored=True),
        text=fields.TEXT(analyzer=StemmingAnalyzer(), stored=True),
        speaker=fields.ID(stored=True),
        date=fields.DATETIME(stored=True, sortable=True),
    )
    started = time.perf_counter()
    ix = index.create_in(str(index_dir), schema)
    writer = ix.writer()
    for doc in docs:
        date = dt.datetime.fromisoformat(doc["date"]) if doc.get("date") else None
        writer.add_document(
            id=doc["id"],
            title=doc.get("title") or "",
            text=doc["text"],
            speaker=doc.get("speaker") or "",
            date=date,
        )
    writer.commit()
    return time.perf_counter() - started
