"""Search-core speed of two checkouts on one index, measured alternately.

For a change to how the index is read (index/segments.py): both checkouts
search the same index, built once by the *old* checkout (whose code cannot
read an index written by newer code), in fresh processes that alternate
old/new/new/old..., so that machine load falls on both alike. Each process
opens a SearchEngine (timed), runs the seeded benchmark queries once from
disk (cold: posting lists read and decoded) and once from the cache, top-10
and top-10 with speaker and year facets.

    .venv/bin/python -m tests.benchmarks.segments_ab --old /work/main --docs 3000 --rounds 5

First, the reading functions of both checkouts are timed in one process,
call by call alternately (the least noisy comparison). Then it prints, for
each metric of the processes, the median over rounds of the old and the new
processes, and the median of the per-round new/old ratios (each round's two
processes ran back to back, so their ratio is the least disturbed by load).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
WORK = REPO / "var" / "bench" / "segments-ab"


def _python(checkout: Path) -> str:
    venv = checkout / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def _build(old: Path, docs: int, seed: int) -> tuple[Path, Path]:
    """The sample, its index (written by the old checkout) and the queries."""
    from tests.benchmarks.bench import SENATE, load_corpus
    from tests.benchmarks.queries import build_queries

    if not SENATE.exists():
        raise SystemExit(f"{SENATE} is absent")
    WORK.mkdir(parents=True, exist_ok=True)
    corpus = load_corpus()
    sample = random.Random(seed).sample(corpus, min(docs, len(corpus)))
    source, index_dir = WORK / f"input-{docs}.jsonl.gz", WORK / f"index-{docs}"
    queries_file = WORK / f"queries-{docs}.json"
    queries = [
        {"kind": q.kind, "q": q.pressroom, "speaker": q.speaker}
        for q in build_queries(sample, seed=seed)
    ]
    queries_file.write_text(json.dumps(queries), "utf-8")
    if not index_dir.exists():
        with gzip.open(source, "wt", encoding="utf-8") as out:
            for doc in sample:
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        cmd = [_python(old), "-m", "searcher.cli", "ingest", str(source), "--index", str(index_dir)]
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        subprocess.run(cmd, cwd=old, env=env, check=True, stdout=subprocess.DEVNULL)
    return index_dir, queries_file


def _worker(checkout: Path, index_dir: Path, queries_file: Path) -> dict:
    """Runs in the measured checkout's process (its code only)."""
    sys.path.insert(0, str(checkout))
    from searcher.request import SearchRequest
    from searcher.search import SearchEngine

    queries = json.loads(queries_file.read_text("utf-8"))
    started = time.perf_counter()
    engine = SearchEngine(index_dir, time_budget=60)
    engine.search(SearchRequest(q="senate", per_page=10))
    out = {"open_ms": (time.perf_counter() - started) * 1000}
    for name, facets in (("top10", ()), ("facets", ("speaker", "year"))):
        requests = [
            SearchRequest(
                q=q["q"],
                filters={"speaker": (q["speaker"],)} if q["speaker"] else {},
                per_page=10,
                facets=facets,
            )
            for q in queries
        ]
        for run in ("cold", "warm"):
            samples = []
            for request in requests:
                t = time.perf_counter()
                engine.search(request)
                samples.append((time.perf_counter() - t) * 1000)
            out[f"{name}_{run}_p50_ms"] = statistics.median(samples)
            out[f"{name}_{run}_total_ms"] = sum(samples)
    out.update(_reading(index_dir, queries))
    return out


def _reading(index_dir: Path, queries: list[dict]) -> dict:
    """The reading code alone: a fresh view's segment arrays (columns, lengths,
    deletions), then every query word's postings with positions from disk."""
    from index.analysis import query_terms
    from index.store import open_index
    from searcher.index_view import IndexView

    terms = sorted({t for q in queries for t in query_terms(q["q"].strip('"'))})
    ix = open_index(index_dir)
    arrays, postings = [], []
    for _ in range(5):
        started = time.perf_counter()
        view = IndexView(ix)
        arrays.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        for term in terms:
            view.term("text", term, positions=True)
        postings.append((time.perf_counter() - started) * 1000)
        view.close()
    return {"view_arrays_ms": statistics.median(arrays), "postings_ms": statistics.median(postings)}


def _interleaved(old: Path, index_dir: Path, queries_file: Path, repeats: int) -> str:
    """The reading functions alone, old and new in one process, call by call
    alternately (so load falls on both alike): the old checkout's
    searcher/index_view.py is loaded under another name beside the new one.
    Per segment: its arrays (columns, lengths, deletions), and every query
    word's postings with positions."""
    import importlib.util

    from index.analysis import query_terms
    from index.store import open_index
    from searcher import index_view

    spec = importlib.util.spec_from_file_location("old_index_view", old / "searcher/index_view.py")
    assert spec
    assert spec.loader
    old_view = importlib.util.module_from_spec(spec)
    sys.modules["old_index_view"] = old_view  # its dataclasses look themselves up
    spec.loader.exec_module(old_view)
    queries = json.loads(queries_file.read_text("utf-8"))
    terms = sorted({t for q in queries for t in query_terms(q["q"].strip('"'))})
    reader = open_index(index_dir).reader()
    leaves = [leaf for leaf, _ in reader.leaf_readers()]
    fns = {
        "arrays": (old_view._read_segment, index_view._read_segment),
        "postings": (
            lambda leaf, t: old_view._read_postings(leaf, "text", t.encode(), True),
            lambda leaf, t: index_view.segments.read_postings(leaf, "text", t, True),
        ),
    }
    times: dict[str, list[list[float]]] = {name: [[], []] for name in fns}
    for repeat in range(repeats):
        for side in (0, 1) if repeat % 2 == 0 else (1, 0):
            for leaf in leaves:
                started = time.perf_counter()
                fns["arrays"][side](leaf)
                times["arrays"][side].append(time.perf_counter() - started)
                started = time.perf_counter()
                for term in terms:
                    fns["postings"][side](leaf, term)
                times["postings"][side].append(time.perf_counter() - started)
    lines = [f"in one process, {repeats} alternating repeats, {len(leaves)} segment(s), "]
    lines[0] += f"{len(terms)} terms; median ms per segment"
    for name, (olds, news) in times.items():
        o, n = statistics.median(olds) * 1000, statistics.median(news) * 1000
        lines.append(f"{name:<24}{o:>10.2f}{n:>10.2f}{n / o:>10.3f}")
    return "\n".join(lines)


def _measure(checkout: Path, index_dir: Path, queries_file: Path, python: str | None) -> dict:
    cmd = [
        python or _python(checkout),
        str(Path(__file__).resolve()),
        "--worker",
        str(checkout),
        str(index_dir),
        str(queries_file),
    ]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(cmd, cwd=checkout, env=env, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, default=Path("/work/main"))
    parser.add_argument("--new", type=Path, default=REPO)
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--repeats", type=int, default=30, help="of the in-process comparison")
    parser.add_argument(
        "--same-python",
        action="store_true",
        help="run both checkouts' code with this interpreter, not each checkout's .venv",
    )
    parser.add_argument("--worker", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(_worker(*args.worker)))
        return 0
    index_dir, queries_file = _build(args.old, args.docs, args.seed)
    print(_interleaved(args.old, index_dir, queries_file, args.repeats), flush=True)
    runs: dict[str, list[dict]] = {"old": [], "new": []}
    for round_ in range(args.rounds):
        order = ("old", "new") if round_ % 2 == 0 else ("new", "old")
        for which in order:
            checkout = args.old if which == "old" else args.new
            python = sys.executable if args.same_python else None
            runs[which].append(_measure(checkout, index_dir, queries_file, python))
            print(f"round {round_ + 1} {which}: {runs[which][-1]}", file=sys.stderr, flush=True)
    print(f"{args.docs} documents, {args.rounds} rounds; medians over rounds (ms)")
    print(f"{'metric':<24}{'old':>10}{'new':>10}{'new/old':>10}{'paired':>10}")
    for metric in runs["old"][0]:
        olds, news = [r[metric] for r in runs["old"]], [r[metric] for r in runs["new"]]
        old, new = statistics.median(olds), statistics.median(news)
        paired = statistics.median(n / o for o, n in zip(olds, news))
        print(f"{metric:<24}{old:>10.2f}{new:>10.2f}{new / old:>10.3f}{paired:>10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
