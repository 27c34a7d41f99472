"""Fit the speaker scorer's weights on the development halves, never on held-out data.

For every development release (Senate and Fed halves from
:mod:`tests.evaluation.extraction_sets`, the gold set's ``dev.jsonl``) the
extractor lists its speaker candidates with their features
(``extract(..., explain=...)``). A conditional logit (a softmax over each
release's candidates, L2-regularised, fitted by gradient descent with NumPy)
learns weights under which the right candidate scores highest; a coordinate
search then raises the share ranked first. Each set weighs the same in the
likelihood and the square root of its size in the search, so the Senate
corpus does not drown the other styles, nor do a few dozen gold releases
decide alone; and the search keeps no change that ranks fewer releases of any
one set right than the current weights do, so a refit never buys one style
with another. The weights go to
``index/data/speaker-weights.json``; the held-out evaluation
(:mod:`tests.evaluation.eval_extraction`) then reports on data the fit never saw.

Usage (from the repository root; sets not present here are left out)::

    .venv/bin/python -m tests.evaluation.fit_extraction [--senate 6000] [--dry-run]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
import random
import sys
from pathlib import Path

import numpy as np

from index.extraction import extract
from tests.evaluation import extraction_sets as sets

WEIGHTS = sets.REPO / "index" / "data" / "speaker-weights.json"


def candidate_rows(cases: list[sets.Case]) -> tuple[list[np.ndarray], list[np.ndarray], list[str]]:
    """Per release: the candidates' feature matrix and which candidates are right."""
    matrices, labels = [], []
    names: list[str] = []
    for case in cases:
        how: dict = {}
        extract(case.text, explain=how)
        candidates = how.get("speaker") or []
        if len(candidates) < 2:
            continue  # nothing to choose between
        if not names:
            names = list(candidates[0]["features"])
        right = np.array([bool(sets.speaker_ok(case, c["name"])) for c in candidates])
        if not right.any():
            continue  # the right person is not among the candidates: no signal
        matrices.append(np.array([[c["features"][n] for n in names] for c in candidates]))
        labels.append(right)
    return matrices, labels, names


def fit(
    groups: list[tuple[list[np.ndarray], list[np.ndarray]]],
    start: np.ndarray,
    l2: float = 0.01,
    steps: int = 1500,
    rate: float = 0.05,
) -> np.ndarray:
    """Weights maximising the likelihood that each release's right candidate wins (Adam)."""
    n_features = len(start)
    w = start.astype(float).copy()
    m = np.zeros(n_features)
    v = np.zeros(n_features)
    for step in range(1, steps + 1):
        grad = l2 * w
        for matrices, labels in groups:
            if not matrices:
                continue
            g = np.zeros(n_features)
            for x, right in zip(matrices, labels):
                scores = x @ w
                p = np.exp(scores - scores.max())
                p /= p.sum()
                q = p * right
                q /= q.sum()
                g += x.T @ (p - q)
            grad += g / len(matrices)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def objective(groups, w: np.ndarray, floors: list[float] | None = None) -> float:
    """The share of releases whose right candidate ranks first, each set weighing
    the square root of its size: between pooling (the Senate corpus would decide
    alone) and equal weights (a few dozen gold releases would). With ``floors``
    (each set's share under the current weights), weights that rank fewer of any
    one set right score -1: a refit may not buy one style with another."""
    values = [accuracy(m, lab, w) for m, lab in groups if m]
    if floors is not None and any(v < f - 1e-9 for v, f in zip(values, floors)):
        return -1.0
    sizes = np.array([np.sqrt(len(m)) for m, _ in groups if m])
    return float((sizes * np.array(values)).sum() / sizes.sum())


def refine(groups, w: np.ndarray, rounds: int = 6, floors: list[float] | None = None) -> np.ndarray:
    """Coordinate search on the ranking accuracy itself, from the logit's weights.

    The likelihood rewards confident scores; what the extractor needs is the
    right candidate first. Each round tries, feature by feature, a few
    changes of the weight and keeps any that ranks more releases right; the
    next round tries steps half the size, whether or not this one found any
    (a step as large as the largest weight may cost a set what a small one gains).
    """
    w = w.copy()
    best = objective(groups, w, floors)
    scale = max(1e-6, float(np.abs(w).max()))
    for _ in range(rounds):
        improved = False
        for i in range(len(w)):
            for step in (-1.0, -0.5, -0.25, 0.25, 0.5, 1.0):
                trial = w.copy()
                trial[i] += step * scale
                value = objective(groups, trial, floors)
                if value > best + 1e-9:
                    w, best, improved = trial, value, True
        if not improved and scale < 0.05:
            break
        scale /= 2
    return w


def accuracy(matrices: list[np.ndarray], labels: list[np.ndarray], w: np.ndarray) -> float:
    if not matrices:
        return 0.0
    return sum(bool(right[int(np.argmax(x @ w))]) for x, right in zip(matrices, labels)) / len(
        matrices
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--senate", type=int, default=6000, help="Senate dev releases drawn (seeded)")
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--dry-run", action="store_true", help="report, do not write the weights")
    ap.add_argument(
        "--cache",
        type=Path,
        help="keep the candidates' features here and reuse them (they depend on the "
        "extractor's code, not on the weights)",
    )
    args = ap.parse_args(argv)

    groups, counts = [], {}
    names: list[str] = []
    cache = {}
    if args.cache and args.cache.exists():
        cache = pickle.loads(args.cache.read_bytes())
    for name in sets.SETS:
        if name in cache:
            cases_n, matrices, labels, found = cache[name]
        else:
            cases = sets.load(name, "dev")
            if name == "senate" and len(cases) > args.senate:
                cases = random.Random(args.seed).sample(cases, args.senate)
            matrices, labels, found = candidate_rows(cases)
            cases_n = len(cases)
            cache[name] = (cases_n, matrices, labels, found)
        names = names or found
        counts[name] = {"releases": cases_n, "with a choice": len(matrices)}
        groups.append((matrices, labels))
        print(f"{name}: {cases_n} dev releases, {len(matrices)} with candidates to choose from")
    if args.cache:
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        args.cache.write_bytes(pickle.dumps(cache))
    if not names:
        print("no development data here: nothing fitted", file=sys.stderr)
        return 2
    current = json.loads(WEIGHTS.read_text("utf-8"))["weights"]
    before = np.array([current.get(n, 0.0) for n in names])
    # Three starts: the logit from zero, the logit from the current weights, and
    # the current weights themselves; each is refined, the best on the dev data kept.
    starts = [
        fit(groups, np.zeros(len(names))),
        fit(groups, before / max(1e-9, abs(before).max())),
        before,
    ]
    floors = [accuracy(m, lab, before) for m, lab in groups if m]
    w = max(
        (refine(groups, s, floors=floors) for s in starts),
        key=lambda f: objective(groups, f, floors),
    )
    for name, (matrices, labels) in zip(sets.SETS, groups):
        print(
            f"  {name}: right candidate ranked first {100 * accuracy(matrices, labels, before):.1f} %"
            f" with the current weights, {100 * accuracy(matrices, labels, w):.1f} % fitted"
        )
    weights = {n: round(float(x), 3) for n, x in zip(names, w)}
    print(json.dumps(weights, indent=1))
    if not args.dry_run:
        WEIGHTS.write_text(
            json.dumps(
                {
                    "fitted_by": "tests/evaluation/fit_extraction.py (conditional logit, "
                    "L2 0.01, then a coordinate search on the dev ranking accuracy)",
                    "fitted_on": {"date": dt.date.today().isoformat(), "dev_sets": counts},
                    "weights": weights,
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"written to {WEIGHTS.relative_to(sets.REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
