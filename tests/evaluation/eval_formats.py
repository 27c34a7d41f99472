"""Evaluate ingesting press releases as published: DOJ HTML pages and Swiss NSB XML.

Everything runs through the real ingest path: records are written to a
temporary JSONL file, :func:`index.ingest.ingest` puts them into a temporary
index (worker processes and all), and each document is read back with
:meth:`searcher.search.SearchEngine.document`.

DOJ (``../shared/corpora/doj-press-releases-html-sample.jsonl.gz``, 1,000
full justice.gov pages): ``title``, ``date`` and ``text`` are removed from
each record (the other keys stay), so title, date and body come from the
``raw_html`` alone. Measured:

* title: % equal to the given title. The target uses the titles compared
  after collapsing whitespace (the scraper kept the ``<br>`` of a few two-line
  headlines as a blank line: "... for Filing\\n\\nFalse Tax Returns"); the
  exact figure is printed too;
* date: % equal to the given date;
* body: % whose text contains the first 200 characters of the given text.
  The DOJ scraper dropped every non-ASCII character from the given text
  ("Todays", "WASHINGTON  Lin"), so both sides are compared with non-ASCII
  characters removed and whitespace collapsed;
* chrome: % of bodies holding page chrome: "Skip to main content" and the
  other justice.gov furniture (:data:`DOJ_FURNITURE`, an "Updated <date>"
  line) where the given text does not have it, or any line (15+ characters) of the page's navigation, header, footer, menus,
  sidebars or breadcrumbs (elements ``nav``/``header``/``footer``/``aside``
  or whose id/class names one of these, except those holding the article)
  that is not part of the given text;
* length: % of bodies no longer than 1.5 times the given text;
* time per page: ingest wall time / pages, and the conversion alone
  (:func:`index.readers.markup.convert_markup`, in this process).

NSB (``../shared/corpora/swiss-nsb-press-releases-xml-sample.jsonl.gz``,
1,000 XML messages): ingested twice, once as given (all keys plus
``raw_xml``) and once from ``raw_xml`` alone (id kept). Every record must
ingest both times; reported: languages chosen, agreement of language,
title and date with the corpus's own values. German stemming: for each
query word (``Bundesrat``, ...), the German releases containing only an
inflected form (``Bundesrates``, never the word itself) must all be found
by a search for the word.

Usage (from the repository root)::

    .venv/bin/python tests/evaluation/eval_formats.py
    .venv/bin/python tests/evaluation/eval_formats.py --limit 200 --json var/eval-formats.json
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from index.ingest import ingest  # noqa: E402
from index.readers.mapping import record_from_mapping  # noqa: E402
from index.readers.markup import convert_markup  # noqa: E402
from searcher.request import SearchRequest  # noqa: E402
from searcher.search import SearchEngine  # noqa: E402

CORPORA = REPO.parent / "shared" / "corpora"
DOJ = CORPORA / "doj-press-releases-html-sample.jsonl.gz"
NSB = CORPORA / "swiss-nsb-press-releases-xml-sample.jsonl.gz"
TARGETS = {"title": 95.0, "date": 95.0, "body": 90.0}
GERMAN_QUERIES = {
    "Bundesrat": r"Bundesrat(?:es|s|e|en)\b",
    "Kanton": r"Kanton(?:e|en|s|es)\b",
    "Gesetz": r"Gesetz(?:e|es|en)\b",
}
#: justice.gov page furniture: the skip link, the listing header, the field labels
#: and the "Updated" line around the release body.
DOJ_FURNITURE = (
    "Skip to main content",
    "Justice News",
    "FOR IMMEDIATE RELEASE",
    "Component(s):",
    "Press Release Number:",
    "Topic(s):",
    "Attachment(s):",
)
_UPDATED_RE = re.compile(r"^Updated [A-Z][a-z]+ \d{1,2}, \d{4}$", re.MULTILINE)
_CHROME_HINT = re.compile(r"nav|menu|footer|header|breadcrumb|sidebar|skip", re.IGNORECASE)


def ascii_norm(text: str) -> str:
    return " ".join(text.encode("ascii", "ignore").decode("ascii").split())


def space_norm(text: str) -> str:
    return " ".join((text or "").split())


def load(path: Path, limit: int | None) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        rows = [json.loads(line) for line in stream]
    return rows[:limit] if limit else rows


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def chrome_lines(html: str, article_start: str) -> list[str]:
    """Text lines of the page's navigation, header, footer, menus and sidebars:
    elements named so (tag, id or class) that do not hold the article itself
    (``<body class="... one-sidebar">`` does)."""
    import lxml.html

    tree = lxml.html.document_fromstring(html)
    lines: set[str] = set()
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "main", "article"):
            continue
        hint = f"{element.get('id') or ''} {element.get('class') or ''}"
        if element.tag in ("nav", "header", "footer", "aside") or _CHROME_HINT.search(hint):
            content = element.text_content()
            if article_start in ascii_norm(content):
                continue
            for line in content.split("\n"):
                line = space_norm(line)
                if len(line) >= 15:
                    lines.add(line)
    return sorted(lines)


def evaluate_doj(rows: list[dict], workdir: Path, workers: int | None) -> dict:
    inputs = [{k: v for k, v in row.items() if k not in ("title", "date", "text")} for row in rows]
    source = write_jsonl(workdir / "doj-raw-html.jsonl", inputs)
    started = time.perf_counter()
    report = ingest([source], workdir / "doj-index", workers=workers)
    ingest_seconds = time.perf_counter() - started
    engine = SearchEngine(workdir / "doj-index")

    convert_seconds = 0.0
    for row in inputs[:200]:
        record = record_from_mapping(row, "timing", row["id"])
        t0 = time.perf_counter()
        convert_markup(record)
        convert_seconds += time.perf_counter() - t0
    timed = min(200, len(inputs))

    counts = Counter()
    failures: dict[str, list] = {
        "title": [],
        "date": [],
        "body": [],
        "chrome": [],
        "length": [],
        "missing": [],
    }
    for row in rows:
        doc = engine.document(row["id"])
        if doc is None:
            failures["missing"].append(row["id"])
            continue
        counts["ingested"] += 1
        title = doc["title"] or ""
        counts["title_exact"] += title == row["title"]
        title_ok = space_norm(title) == space_norm(row["title"])
        counts["title"] += title_ok
        if not title_ok:
            failures["title"].append((row["id"], title, row["title"]))
        date_ok = doc["date"] == row["date"]
        counts["date"] += date_ok
        if not date_ok:
            failures["date"].append((row["id"], doc["date"], row["date"]))
        body, given = ascii_norm(doc["text"]), ascii_norm(row["text"])
        body_ok = given[:200] in body
        counts["body"] += body_ok
        if not body_ok:
            failures["body"].append((row["id"], body[:160], given[:160]))
        given_space = space_norm(row["text"])
        leaked = [
            line
            for line in chrome_lines(row["raw_html"], given[:60])
            if line in space_norm(doc["text"]) and ascii_norm(line) not in ascii_norm(given_space)
        ]
        leaked += [f for f in DOJ_FURNITURE if f in doc["text"] and f not in row["text"]]
        leaked += _UPDATED_RE.findall(doc["text"])
        counts["chrome"] += bool(leaked)
        if leaked:
            failures["chrome"].append((row["id"], leaked[:3]))
        length_ok = len(doc["text"]) <= 1.5 * len(row["text"])
        counts["length"] += length_ok
        if not length_ok:
            failures["length"].append((row["id"], len(doc["text"]), len(row["text"])))
    n = len(rows)
    pct = {
        k: round(100.0 * counts[k] / n, 1)
        for k in ("title", "title_exact", "date", "body", "chrome", "length")
    }
    return {
        "pages": n,
        "added": report.added,
        "rejected": [str(r) for r in report.rejected],
        "percent": pct,
        "ms_per_page_ingest": round(1000 * ingest_seconds / n, 2),
        "ms_per_page_convert": round(1000 * convert_seconds / timed, 2),
        "failures": {k: v[:8] for k, v in failures.items()},
        "failure_counts": {k: len(v) for k, v in failures.items()},
    }


def _all_hits(engine: SearchEngine, q: str) -> set[str]:
    found: set[str] = set()
    page = 1
    while True:
        response = engine.search(SearchRequest(q=q, per_page=100, page=page))
        found |= {hit.id for hit in response.results}
        if page * 100 >= response.total:
            return found
        page += 1


def evaluate_nsb(rows: list[dict], workdir: Path, workers: int | None) -> dict:
    as_given = write_jsonl(workdir / "nsb-as-given.jsonl", rows)
    report_given = ingest([as_given], workdir / "nsb-given-index", workers=workers)

    raw_only = write_jsonl(
        workdir / "nsb-raw-xml.jsonl", [{"id": r["id"], "raw_xml": r["raw_xml"]} for r in rows]
    )
    started = time.perf_counter()
    report_raw = ingest([raw_only], workdir / "nsb-raw-index", workers=workers)
    seconds = time.perf_counter() - started
    engine = SearchEngine(workdir / "nsb-raw-index")

    chosen = Counter()
    agreement = Counter()
    lang_pairs = Counter()
    german: dict[str, str] = {}
    for row in rows:
        doc = engine.document(row["id"])
        if doc is None:
            continue
        chosen[doc["lang"]] += 1
        lang_pairs[f"{row['lang']}->{doc['lang']}"] += 1
        agreement["lang"] += doc["lang"] == row["lang"]
        agreement["title"] += space_norm(doc["title"]) == space_norm(row["title"])
        agreement["date"] += doc["date"] == row["date"]
        if doc["lang"] == "de":
            german[row["id"]] = doc["text"] + "\n" + (doc["title"] or "")

    stemming = {}
    for word, inflected in GERMAN_QUERIES.items():
        only_inflected = {
            doc_id
            for doc_id, text in german.items()
            if re.search(inflected, text) and not re.search(rf"\b{word}\b", text)
        }
        hits = _all_hits(engine, word)
        stemming[word] = {
            "german_docs_with_only_inflected_forms": len(only_inflected),
            "found_by_query": len(only_inflected & hits),
            "missed": sorted(only_inflected - hits)[:5],
        }
    n = len(rows)
    return {
        "records": n,
        "as_given": {
            "added": report_given.added,
            "rejected": [str(r) for r in report_given.rejected],
        },
        "raw_xml_only": {
            "added": report_raw.added,
            "rejected": [str(r) for r in report_raw.rejected],
            "ms_per_record_ingest": round(1000 * seconds / n, 2),
        },
        "languages_chosen": dict(chosen.most_common()),
        "given_lang_to_chosen": dict(lang_pairs.most_common()),
        "agreement_percent": {k: round(100.0 * v / n, 1) for k, v in agreement.items()},
        "german_stemming": stemming,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--limit", type=int, default=None, help="Only the first N records of each sample."
    )
    ap.add_argument(
        "--workers", type=int, default=None, help="Ingest workers (default: cores - 1)."
    )
    ap.add_argument("--json", type=Path, default=None, help="Also write the figures to this file.")
    args = ap.parse_args(argv)
    missing = [p for p in (DOJ, NSB) if not p.exists()]
    if missing:
        print(f"missing corpora: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="pressroom-eval-formats-") as tmp:
        workdir = Path(tmp)
        doj = evaluate_doj(load(DOJ, args.limit), workdir, args.workers)
        nsb = evaluate_nsb(load(NSB, args.limit), workdir, args.workers)
    result = {"doj_html": doj, "nsb_xml": nsb}
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), "utf-8")

    ok = all(doj["percent"][k] >= target for k, target in TARGETS.items())
    ok &= doj["percent"]["chrome"] == 0.0 and doj["percent"]["length"] == 100.0
    ok &= not nsb["as_given"]["rejected"] and not nsb["raw_xml_only"]["rejected"]
    ok &= nsb["as_given"]["added"] == nsb["records"] == nsb["raw_xml_only"]["added"]
    ok &= all(
        s["found_by_query"] == s["german_docs_with_only_inflected_forms"]
        for s in nsb["german_stemming"].values()
    )
    summary = (
        f"DOJ: title {doj['percent']['title']}% (exact {doj['percent']['title_exact']}%), "
        f"date {doj['percent']['date']}%, body {doj['percent']['body']}%, "
        f"chrome {doj['percent']['chrome']}%, within 1.5x {doj['percent']['length']}%, "
        f"{doj['ms_per_page_ingest']} ms/page ingest, {doj['ms_per_page_convert']} ms/page conversion | "
        f"NSB: {nsb['raw_xml_only']['added']}/{nsb['records']} from raw_xml, "
        f"{nsb['as_given']['added']}/{nsb['records']} as given, languages {nsb['languages_chosen']}"
    )
    print(summary, file=sys.stderr)
    print("all targets met" if ok else "TARGETS MISSED", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
