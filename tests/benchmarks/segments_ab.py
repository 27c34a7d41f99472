"""Search-core speed of two checkouts on one index, measured alternately.

For a change to how the index is read (index/segments.py): both checkouts
search the same index, built once by the *old* checkout (whose code cannot
read an index written by newer code), in fresh processes that alternate
old/new/new/old..., so that machine load falls on both alike. Each process
opens a SearchEngine (timed), runs the seeded benchmark queries once from
disk (cold: posting lists read and decoded) and once from the cache, top-10
and top-10 with speaker and year facets.

    .venv/bin/python -m tests.benchmarks.segments_ab --old /work/main --docs 3000 --rounds 5

Prints the median over rounds of each per-process median, and new/old.
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
    return out


def _measure(checkout: Path, index_dir: Path, queries_file: Path) -> dict:
    cmd = [
        _python(checkout),
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
    parser.add_argument("--worker", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(_worker(*args.worker)))
        return 0
    index_dir, queries_file = _build(args.old, args.docs, args.seed)
    runs: dict[str, list[dict]] = {"old": [], "new": []}
    for round_ in range(args.rounds):
        order = ("old", "new") if round_ % 2 == 0 else ("new", "old")
        for which in order:
            checkout = args.old if which == "old" else args.new
            runs[which].append(_measure(checkout, index_dir, queries_file))
            print(f"round {round_ + 1} {which}: {runs[which][-1]}", file=sys.stderr, flush=True)
    print(f"{args.docs} documents, {args.rounds} rounds; medians over rounds (ms)")
    print(f"{'metric':<24}{'old':>10}{'new':>10}{'new/old':>10}")
    for metric in runs["old"][0]:
        old = statistics.median(r[metric] for r in runs["old"])
        new = statistics.median(r[metric] for r in runs["new"])
        print(f"{metric:<24}{old:>10.2f}{new:>10.2f}{new / old:>10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
