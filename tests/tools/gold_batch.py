"""Score one batch of gold development releases, by id number, field by field.

    python -m tests.tools.gold_batch FIRST LAST

Scores ``gold-dev-FIRST`` … ``gold-dev-LAST`` as ``make eval-extract``
scores the gold set (:mod:`tests.evaluation.extraction_sets`), and prints
right / scored per field. Used to give a new batch of styles its first score
before any rule is written for it; to score a batch with older code, run
this file from a checkout of that code: ``cd <old checkout> && PYTHONPATH=.
python <this repository>/tests/tools/gold_batch.py FIRST LAST``.
"""

from __future__ import annotations

import argparse
from collections import Counter

import tests.evaluation.extraction_sets as sets
from index.extraction import extract

FIELDS = ("speaker", "venue", "date", "title", "dateline", "organization")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first", type=int)
    ap.add_argument("last", type=int)
    args = ap.parse_args(argv)
    right: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    quotes = [0, 0]
    for case in sets.load("gold", "dev"):
        if not args.first <= int(case.id.rsplit("-", 1)[1]) <= args.last:
            continue
        r = extract(case.text)
        checks = {
            "speaker": sets.speaker_ok(case, r.speaker),
            "venue": sets.venue_ok(case, r.venue),
            "date": sets.date_ok(case, r.date),
            "title": sets.title_ok(case, r.title, r.text),
            "dateline": sets.field_ok(case, "dateline", r.dateline),
            "organization": sets.field_ok(case, "organization", r.organization),
        }
        for field, ok in checks.items():
            if ok is not None:
                scored[field] += 1
                right[field] += bool(ok)
        found = sets.quotes_found(case, r.quotes)
        if found:
            quotes[0] += found[0]
            quotes[1] += found[1]
    for field in FIELDS:
        print(f"{field}: {right[field]}/{scored[field]}")
    print(f"statements: {quotes[0]}/{quotes[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
