"""Where the Senate speaker misses come from, on the development half only.

Two reports (``../shared/corpora`` needed; nothing is printed without it):

- ``classes``: a seeded sample of development releases; each speaker miss is
  put in one class: the text never names the folder's senator, a joint release
  whose co-issuers include them, a joint release naming another senator first,
  another person, or no speaker.
- ``joint``: every development release where extraction finds co-issuers: at
  which place among the issuers the folder's senator stands, and how often
  other cues (quoted first, quoted most, first in the alphabet) would pick them.

Usage (from the repository root)::

    .venv/bin/python -m tests.tools.senate_misses classes --sample 3000 --seed 7
    .venv/bin/python -m tests.tools.senate_misses joint
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from index.extraction import extract, names
from tests.evaluation import extraction_sets as sets


def _surname(name: str | None) -> str:
    return names.fold(names.surname(name)) if name else ""


def miss_classes(cases: list[sets.Case]) -> Counter[str]:
    """The speaker misses of ``cases``, counted by class."""
    senators = {case.expected["speaker_last"] for case in cases}
    found: Counter[str] = Counter()
    for case in cases:
        result = extract(case.text)
        if sets.speaker_ok(case, result.speaker) is not False:
            continue
        if case.expected["speaker_last"].lower() not in case.text.lower():
            found["not in the text"] += 1
        elif any(sets.speaker_ok(case, name) for name in result.co_issuers):
            found["joint, found as a co-issuer"] += 1
        elif _surname(result.speaker) in senators:
            found["joint, another senator first"] += 1
        elif result.speaker:
            found["another person"] += 1
        else:
            found["none"] += 1
    return found


def joint_positions(cases: list[sets.Case]) -> Counter[str]:
    """Where the folder's senator stands among a joint release's issuers, and cues."""
    found: Counter[str] = Counter()
    for case in cases:
        result = extract(case.text)
        if not result.co_issuers:
            continue
        issuers = [_surname(name) for name in (result.speaker, *result.co_issuers)]
        want = case.expected["speaker_last"].lower()
        found["joint releases"] += 1
        if want not in issuers:
            found["senator not among the issuers"] += 1
            continue
        found[f"senator at place {issuers.index(want) + 1}"] += 1
        quoted = [_surname(q.speaker) for q in result.quotes if _surname(q.speaker) in issuers]
        chars = Counter()
        for quote in result.quotes:
            if _surname(quote.speaker) in issuers:
                chars[_surname(quote.speaker)] += len(quote.text)
        if quoted:
            found["with a quoted issuer"] += 1
            found["quoted first is the senator"] += quoted[0] == want
            found["quoted most is the senator"] += chars.most_common(1)[0][0] == want
        found["first in the alphabet is the senator"] += min(issuers) == want
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("report", choices=("classes", "joint"))
    ap.add_argument("--sample", type=int, default=3000, help="classes: releases drawn")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    if not sets.available("senate"):
        print("no Senate corpus here (../shared/corpora): nothing to report")
        return 0
    cases = sets.load("senate", "dev")
    if args.report == "classes":
        random.Random(args.seed).shuffle(cases)
        cases = cases[: args.sample]
        counts = miss_classes(cases)
        print(f"{len(cases)} development releases, {sum(counts.values())} speaker misses")
    else:
        counts = joint_positions(cases)
    for key, n in counts.most_common():
        print(f"  {n:7,}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
