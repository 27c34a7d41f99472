"""Extraction time per release, and its ratio to another checkout's, in one run.

The machine is shared, so wall-clock times drift with its load; this script
times CPU time per release (``time.process_time``), which the load changes
far less, and reports what is comparable within one run: it times this checkout's
:func:`index.extraction.extract` and, with ``--against DIR``, another
checkout's (for instance ``git worktree add /tmp/base <commit>``) on the same
seeded releases, in alternating subprocesses, and prints each median and
their ratio.

Usage (from the repository root)::

    .venv/bin/python -m tests.benchmarks.extraction_speed [--against /tmp/base] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SENATE = REPO.parent / "shared" / "corpora" / "senate-press-releases.jsonl.gz"


def _time_one(checkout: str, sample: int, seed: int) -> float:
    """Median CPU ms per release of ``checkout``'s extractor (run in this process)."""
    sys.path.insert(0, checkout)
    import index
    from index.extraction import extract

    assert Path(index.__file__).resolve().is_relative_to(Path(checkout).resolve()), index.__file__

    with gzip.open(SENATE, "rt", encoding="utf-8") as f:
        texts = [json.loads(line).get("text") or "" for line in f]
    texts = random.Random(seed).sample(texts, sample)
    extract("Plan Approved\n\nWASHINGTON, April 9, 2007 -- Senator Ruth Amsel said.")
    timings = []
    for text in texts:
        t0 = time.process_time()
        extract(text)
        timings.append((time.process_time() - t0) * 1000)
    return statistics.median(timings)


def _run(checkout: str, sample: int, seed: int) -> float:
    out = subprocess.run(
        [sys.executable, __file__, "--one", checkout, "--sample", str(sample), "--seed", str(seed)],
        cwd=checkout,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--against", help="another checkout to compare with")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--sample", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(_time_one(args.one, args.sample, args.seed))
        return 0
    if not SENATE.exists():
        print(f"error: {SENATE} not found", file=sys.stderr)
        return 2
    checkouts = [str(REPO)] + ([str(Path(args.against).resolve())] if args.against else [])
    medians: dict[str, list[float]] = {c: [] for c in checkouts}
    for _ in range(args.rounds):
        for checkout in checkouts:
            medians[checkout].append(_run(checkout, args.sample, args.seed))
    print(f"{args.sample} Senate releases (seed {args.seed}), {args.rounds} alternating rounds")
    for checkout, values in medians.items():
        print(
            f"  {checkout}: median {statistics.median(values):.3f} CPU ms per release "
            f"(rounds: {', '.join(f'{v:.3f}' for v in values)})"
        )
    if args.against:
        ours, theirs = (statistics.median(medians[c]) for c in checkouts)
        print(f"  ratio this / other: {ours / theirs:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
