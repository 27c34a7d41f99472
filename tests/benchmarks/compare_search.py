"""Search speed of this checkout against another one (say, the main branch), on
the same index and the same seeded queries, alternating between the two.

    PRESSROOM_CORPORA=../shared/corpora .venv/bin/python -m tests.benchmarks.compare_search --old ../main

Each checkout runs in its own process (its own Python and packages) holding
one warm SearchEngine; rounds alternate old/new/new/old so that drift in the
machine's load falls on both. Prints the median per-query latency of each,
their ratio (new / old), and how many queries gave different top-10 ids.
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
from pathlib import Path

from tests.benchmarks.queries import build_queries

REPO = Path(__file__).resolve().parents[2]
# ../shared/corpora beside the checkout, or where PRESSROOM_CORPORA says (a git worktree).
CORPORA = Path(os.environ.get("PRESSROOM_CORPORA") or REPO.parent / "shared" / "corpora")
SENATE = CORPORA / "senate-press-releases.jsonl.gz"
SEED = 20261125

# Runs inside each checkout: read a list of requests per line, answer with
# per-request milliseconds and top-10 ids.
WORKER = """
import json, sys, time
from searcher.request import SearchRequest
from searcher.search import SearchEngine
engine = SearchEngine(sys.argv[1], time_budget=60)
for line in sys.stdin:
    out = []
    for q in json.loads(line):
        request = SearchRequest(q=q["q"], filters=q["filters"], per_page=10, facets=tuple(q["facets"]))
        started = time.perf_counter()
        response = engine.search(request)
        out.append([(time.perf_counter() - started) * 1000, [h.id for h in response.results]])
    print(json.dumps(out), flush=True)
"""


def _python(checkout: Path) -> str:
    venv = checkout / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def _build_index(index_dir: Path, docs: int) -> list[dict]:
    with gzip.open(SENATE, "rt", encoding="utf-8") as stream:
        lines = stream.readlines()
    sample = random.Random(SEED).sample(lines, docs)
    if not index_dir.exists():
        source = index_dir.with_suffix(".jsonl.gz")
        source.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(source, "wt", encoding="utf-8") as out:
            out.writelines(sample)
        subprocess.run(
            [_python(REPO), "-m", "searcher.cli", "ingest", str(source), "--index", str(index_dir)],
            cwd=REPO,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return [json.loads(line) for line in sample]


def _requests(docs: list[dict]) -> list[dict]:
    out = []
    for query in build_queries(docs):
        filters = {"speaker": [query.speaker]} if query.speaker else {}
        for facets in ([], ["speaker", "year"]):
            out.append({"q": query.pressroom, "filters": filters, "facets": facets})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", type=Path, required=True, help="The other checkout.")
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args(argv)
    index_dir = REPO / "var" / "bench" / f"compare-{args.docs}"
    requests = _requests(_build_index(index_dir, args.docs))
    line = json.dumps(requests) + "\n"
    sides = {}
    for name, checkout in (("old", args.old.resolve()), ("new", REPO)):
        sides[name] = subprocess.Popen(
            [_python(checkout), "-c", WORKER, str(index_dir)],
            cwd=checkout,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def run(name: str) -> list:
        side = sides[name]
        side.stdin.write(line)
        side.stdin.flush()
        return json.loads(side.stdout.readline())

    first = {name: run(name) for name in sides}  # warm-up: reads postings from disk
    samples: dict[str, list[list[float]]] = {"old": [], "new": []}
    for number in range(args.rounds):
        order = ("old", "new") if number % 2 == 0 else ("new", "old")
        for name in order:
            samples[name].append([ms for ms, _ in run(name)])
    for side in sides.values():
        side.stdin.close()
        side.wait()
    # Per request, the median of its rounds; then the median over requests.
    medians = {
        name: statistics.median(statistics.median(col) for col in zip(*rounds))
        for name, rounds in samples.items()
    }
    per_search = {
        name: [statistics.median(col) for col in zip(*rounds)] for name, rounds in samples.items()
    }
    totals = {name: sum(values) for name, values in per_search.items()}
    differing = sum(a[1] != b[1] for a, b in zip(first["old"], first["new"]))
    print(f"{len(requests)} searches x {args.rounds} rounds on {args.docs:,} Senate releases")
    print(f"median per search: old {medians['old']:.3f} ms, new {medians['new']:.3f} ms")
    print(f"ratio new/old: {medians['new'] / medians['old']:.3f}")
    print(
        f"sum of per-search medians: old {totals['old']:.0f} ms, new {totals['new']:.0f} ms "
        f"(ratio {totals['new'] / totals['old']:.3f})"
    )
    slowest = sorted(range(len(requests)), key=lambda i: -per_search["old"][i])[:5]
    for i in slowest:
        print(
            f"  {per_search['old'][i]:8.2f} ms -> {per_search['new'][i]:8.2f} ms  "
            f"{requests[i]['q']} {requests[i]['filters']} facets={requests[i]['facets']}"
        )
    print(f"searches whose top-10 ids differ: {differing} of {len(requests)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
