"""Search speed on a kept `bench_scale` index with the postings cache at fixed
budgets and at its default (which grows with the index).

    python -m tests.benchmarks.postings_cache 300000 160 default

measures core top-10 + speaker/year facets for the benchmark's 200 queries
(first and second pass, :func:`tests.benchmarks.bench_scale.measure_core`) on
``var/bench-scale/300000`` (left by ``bench_scale 300000 --keep``), once with a
160 MiB cache and once with the default budget, in one process. A second pass
much slower than the default's means the queries' postings no longer fit.
"""

from __future__ import annotations

import argparse
import json
import sys

from searcher import index_view
from tests.benchmarks import bench_scale
from tests.benchmarks.queries import build_queries
from tests.benchmarks.scale_corpus import SEED


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", type=int, help="a size kept by bench_scale --keep")
    parser.add_argument("budgets", nargs="+", help='MiB, or "default"')
    args = parser.parse_args(argv)
    folder = bench_scale.OUT / str(args.size)
    corpus, index_dir = folder / "input.jsonl.gz", folder / "index"
    if not index_dir.exists():
        print(f"{index_dir} is absent: run bench_scale {args.size} --keep first", file=sys.stderr)
        return 2
    queries = build_queries(bench_scale.kept_sample(corpus, max(1, args.size // 5000)), seed=SEED)
    bounds = (index_view.POSTINGS_CACHE_MIN_BYTES, index_view.POSTINGS_CACHE_MAX_BYTES)
    for budget in args.budgets:
        fixed = None if budget == "default" else int(budget) * 2**20
        index_view.POSTINGS_CACHE_MIN_BYTES, index_view.POSTINGS_CACHE_MAX_BYTES = (
            (fixed, fixed) if fixed else bounds
        )
        core = bench_scale.measure_core(index_dir, queries)
        print(budget, f"cache {core['postings_cache_mib']} MiB", json.dumps(core["facets"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
