"""The search core against the Senate corpus's own metadata (issue 4's checks, as figures).

    python -m tests.evaluation.eval_search [--sample 2000] [--seed 20261125] [--index DIR]

Draws releases at random with a fixed seed, ingests them with their metadata
into a temporary index (or uses --index, built from the same sample), and
compares what the search core returns with what the data says.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

from index.ingest import ingest
from searcher.request import SearchRequest
from searcher.search import SearchEngine
from tests.conftest import SAMPLE_SEED, SENATE, senate_lines, write_lines

STEM_CELL_RE = re.compile(r"\bstem[\s-]+cells?\b", re.IGNORECASE)
TAG_RE = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def check(name: str, ok: bool, detail: str) -> bool:
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    return ok


def evaluate(engine: SearchEngine, sample: list[dict]) -> bool:
    results = []
    speakers = Counter(r["speaker"] for r in sample)
    years = Counter(r["date"][:4] for r in sample)
    everything = engine.search(SearchRequest(facets=("speaker", "year"), facet_size=100))
    results.append(
        check(
            "match-all total",
            everything.total == len(sample),
            f"{everything.total} of {len(sample)}",
        )
    )
    facet = everything.facets["speaker"]
    shown = {b.value: b.count for b in facet.buckets}
    speaker_ok = all(speakers[v] == c for v, c in shown.items()) and len(shown) + facet.more == len(
        speakers
    )
    results.append(
        check(
            "speaker facet = data",
            speaker_ok,
            f"{len(speakers)} speakers, {len(shown)} shown, {facet.more} more",
        )
    )
    year_counts = {b.value: b.count for b in everything.facets["year"].buckets}
    results.append(
        check(
            "year facet = data",
            year_counts == dict(years),
            json.dumps(dict(sorted(year_counts.items()))),
        )
    )

    filter_ok = query_ok = 0
    for speaker, count in speakers.items():
        filter_ok += engine.search(SearchRequest(filters={"speaker": (speaker,)})).total == count
        query_ok += engine.search(SearchRequest(q=f"speaker:{speaker.lower()}")).total == count
    results.append(
        check(
            "speaker filter = data",
            filter_ok == len(speakers),
            f"{filter_ok}/{len(speakers)} speakers",
        )
    )
    results.append(
        check(
            "speaker:<lower case> = filter",
            query_ok == len(speakers),
            f"{query_ok}/{len(speakers)} speakers",
        )
    )
    range_ok = sum(
        engine.search(SearchRequest(date_from=f"{y}-01-01", date_to=f"{y}-12-31")).total == c
        for y, c in years.items()
    )
    results.append(
        check("year date range = data", range_ok == len(years), f"{range_ok}/{len(years)} years")
    )

    truth = {r["id"] for r in sample if STEM_CELL_RE.search(r["text"])}
    found = {h["id"] for h in engine.iter_results(SearchRequest(q='"stem cell"'), len(sample))}
    recall = len(found & truth) / len(truth) if truth else 1.0
    results.append(
        check(
            '"stem cell" recall >= 98 %, nothing without it',
            recall >= 0.98 and found <= truth,
            f"{len(found & truth)}/{len(truth)} found ({recall:.1%}), {len(found - truth)} without it",
        )
    )
    newest = [
        h.date
        for h in engine.search(SearchRequest(q="veterans", sort="newest", per_page=100)).results
    ]
    results.append(
        check(
            "--sort newest is by date",
            newest == sorted(newest, reverse=True),
            f"{len(newest)} results",
        )
    )
    one = {h.id for h in engine.search(SearchRequest(q="veterans", page=1)).results}
    two = {h.id for h in engine.search(SearchRequest(q="veterans", page=2)).results}
    results.append(
        check(
            "pages 1 and 2 do not overlap",
            not one & two and len(one) == len(two) == 10,
            f"{len(one & two)} shared",
        )
    )
    hits = engine.search(SearchRequest(q="veterans health", per_page=50)).results
    tags = Counter(t for h in hits for t in TAG_RE.findall(h.snippet))
    marked = sum("<mark>" in h.snippet for h in hits)
    results.append(
        check(
            "snippets carry <mark> and no other tag",
            set(tags) == {"mark"} and marked == len(hits),
            f"{marked}/{len(hits)} marked, tags {dict(tags)}",
        )
    )
    suggestion = engine.search(SearchRequest(q="veteranz")).suggestion
    results.append(check("veteranz suggests veterans", suggestion == "veterans", repr(suggestion)))
    report_copies(engine)
    return all(results)


def report_copies(engine: SearchEngine, sample_groups: int = 40) -> None:
    """How many releases have copies, and how alike two members of a group are."""
    view = engine._current_view()
    column = view.facets["group"]
    groups = np.flatnonzero(column.sizes > 1)
    rng = random.Random(SAMPLE_SEED)
    ratios = []
    for group in rng.sample(list(groups), min(sample_groups, len(groups))):
        first, second = np.flatnonzero(column.codes == group)[:2]
        a, b = (view.stored(d).get("text") or "" for d in (first, second))
        ratios.append(difflib.SequenceMatcher(None, a[:3000], b[:3000]).quick_ratio())
    alike = (
        f", character similarity of {len(ratios)} random groups: min {min(ratios):.2f}"
        if ratios
        else ""
    )
    print(
        f"info copies: {len(groups)} groups holding {int(column.sizes[groups].sum())} releases{alike}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=SAMPLE_SEED)
    parser.add_argument("--index", type=Path, default=None)
    args = parser.parse_args(argv)
    if not SENATE.exists():
        print(f"{SENATE} is absent", file=sys.stderr)
        return 2
    lines = senate_lines(sample=args.sample, seed=args.seed)
    sample = [json.loads(line) for line in lines]
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = args.index
        if index_dir is None:
            source = write_lines(Path(tmp) / "sample.jsonl.gz", lines)
            index_dir = Path(tmp) / "index"
            report = ingest([source], index_dir)
            print(f"ingested {report.added} releases in {report.seconds:.1f} s")
        ok = evaluate(SearchEngine(index_dir), sample)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
