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
    """Documents into an FTS5 table (porter tokenizer) with a metadata table."""
    started = time.perf_counter()
    if path.exists():
        path.unlink()
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT, title TEXT, speaker TEXT,
                           year TEXT, date TEXT, text TEXT);
        CREATE VIRTUAL TABLE docs_fts USING fts5(title, text, content='docs', content_rowid='rowid',
                                                 tokenize='porter unicode61 remove_diacritics 2');
        """
    )
    db.executemany(
        "INSERT INTO docs (id, title, speaker, year, date, text) VALUES (?, ?, ?, ?, ?, ?)",
        (
            (
                d["id"],
                d.get("title") or "",
                d.get("speaker"),
                (d.get("date") or "")[:4],
                d.get("date"),
                d["text"],
            )
            for d in docs
        ),
    )
    db.execute("INSERT INTO docs_fts (rowid, title, text) SELECT rowid, title, text FROM docs")
    db.execute("CREATE INDEX docs_speaker ON docs(speaker)")
    db.commit()
    db.close()
    return time.perf_counter() - started


class Fts5Searcher:
    """Top-10 by bm25, and speaker/year counts by GROUP BY, over the same documents."""

    def __init__(self, path: Path):
        self.db = sqlite3.connect(path, check_same_thread=False)

    def _where(self, query: BenchQuery) -> tuple[str, list]:
        where = "docs_fts MATCH ?"
        args: list = [query.fts5]
        if query.speaker:
            where += " AND docs.speaker = ?"
            args.append(query.speaker)
        return where, args

    def top10(self, query: BenchQuery) -> list:
        where, args = self._where(query)
        return self.db.execute(
            f"SELECT docs.id, docs.title, bm25(docs_fts) AS score FROM docs_fts JOIN docs ON docs.rowid = docs_fts.rowid "
            f"WHERE {where} ORDER BY score LIMIT 10",
            args,
        ).fetchall()

    def top10_with_facets(self, query: BenchQuery) -> tuple:
        where, args = self._where(query)
        rows = self.top10(query)
        join = "FROM docs_fts JOIN docs ON docs.rowid = docs_fts.rowid"
        total = self.db.execute(f"SELECT count(*) {join} WHERE {where}", args).fetchone()[0]
        speakers = self.db.execute(
            f"SELECT docs.speaker, count(*) {join} WHERE {where} GROUP BY docs.speaker ORDER BY 2 DESC LIMIT 10",
            args,
        ).fetchall()
        years = self.db.execute(
            f"SELECT docs.year, count(*) {join} WHERE {where} GROUP BY docs.year ORDER BY 2 DESC LIMIT 10",
            args,
        ).fetchall()
        return rows, total, speakers, years


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
    db["docs_fts"].drop()  # Datasette finds the FTS table sqlite-utils makes
    db["docs"].enable_fts(
        ["title", "text"], fts_version="FTS5", tokenize="porter", create_triggers=False
    )
    db["docs"].populate_fts(["title", "text"])
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
