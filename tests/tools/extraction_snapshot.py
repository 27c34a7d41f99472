"""Extraction output on the evaluation sets, to prove a refactor changes nothing.

    python -m tests.tools.extraction_snapshot dump OUT.jsonl [--senate 3000]
    python -m tests.tools.extraction_snapshot compare BEFORE.jsonl AFTER.jsonl

``dump`` writes, per release of the gold set (both files), the first
``--senate`` Senate releases and every Fed speech (the shared corpora, when
present; ``PRESSROOM_SHARED_CORPORA`` points elsewhere), everything
:func:`index.extraction.extract` returns (the body as a hash), its
``explain`` record, the cleaned venue and organization facet values and, for
corpus releases, the result with the given title and date as hints.
``compare`` prints the number of releases per set and how many differ, and
exits 1 when any does. Nothing of the gold set's text is printed.

To snapshot the code before a change, dump from an export of it:
``git archive HEAD | tar -x -C /tmp/base`` and run there with
``PYTHONPATH=/tmp/base``.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import itertools
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import tests.evaluation.extraction_sets as sets
from index.entities import clean_extracted
from index.extraction import extract
from tests.evaluation.extraction_sets import Case


def _cases(senate: int) -> Iterator[tuple[str, Case]]:
    for split in sets.SPLITS:
        for case in sets.load("gold", split):
            yield "gold", case
    both = itertools.chain(sets.load("senate", "dev"), sets.load("senate", "test"))
    for case in itertools.islice(both, senate):
        yield "senate", case
    for split in sets.SPLITS:
        for case in sets.load("fed", split):
            yield "fed", case


def snapshot(name: str, case: Case) -> dict:
    """Everything extraction gives for one release, as JSON-ready values."""
    explain: dict = {}
    result = dataclasses.asdict(extract(case.text, explain=explain))
    result["text"] = hashlib.sha1(result["text"].encode("utf-8")).hexdigest()
    result["clean"] = {k: clean_extracted(k, result[k]) for k in ("venue", "organization")}
    result["explain"] = json.dumps(explain, default=repr, sort_keys=True)
    hints = {
        k: v for k, v in case.expected.items() if k in ("title", "date") and isinstance(v, str)
    }
    if name != "gold" and hints:
        with_hints = dataclasses.asdict(extract(case.text, hints))
        with_hints["text"] = hashlib.sha1(with_hints["text"].encode("utf-8")).hexdigest()
        result["with_hints"] = with_hints
    return {"set": name, "id": case.id, "result": result}


def dump(out: Path, senate: int) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as f:
        for name, case in _cases(senate):
            f.write(json.dumps(snapshot(name, case), sort_keys=True, default=repr) + "\n")
            count += 1
    return count


def compare(before: Path, after: Path) -> tuple[Counter, Counter]:
    """Releases per set, and how many of them differ (a missing one counts)."""

    def read(path: Path) -> dict[tuple[str, str], str]:
        with path.open(encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
        return {(r["set"], r["id"]): json.dumps(r["result"], sort_keys=True) for r in rows}

    old, new = read(before), read(after)
    totals: Counter = Counter(key[0] for key in old.keys() | new.keys())
    differ: Counter = Counter(
        key[0] for key in old.keys() | new.keys() if old.get(key) != new.get(key)
    )
    return totals, differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dump_cmd = commands.add_parser("dump")
    dump_cmd.add_argument("out", type=Path)
    dump_cmd.add_argument("--senate", type=int, default=3000)
    compare_cmd = commands.add_parser("compare")
    compare_cmd.add_argument("before", type=Path)
    compare_cmd.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if os.environ.get("PRESSROOM_SHARED_CORPORA"):
        sets.CORPORA = Path(os.environ["PRESSROOM_SHARED_CORPORA"])
    if args.command == "dump":
        print(f"{dump(args.out, args.senate)} releases written to {args.out}")
        return 0
    totals, differ = compare(args.before, args.after)
    for name in sorted(totals):
        print(f"{name}: {totals[name]} releases, {differ[name]} differ")
    return 1 if sum(differ.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
