"""How far the speaker, venue and organization facets can be trusted (issue 12).

    python -m tests.evaluation.eval_facets [--index DIR] [--corpus FILE] [--sample N] [--seed S]

With ``--index DIR`` holding an index, reads it; otherwise ingests the
corpus (default: the Senate releases in ../shared/corpora; ``--sample N``
draws N releases with a fixed seed) into ``--index DIR`` or a temporary
directory first. For each facet it prints the distinct values (entities),
the share used once, suspected variants (values whose words differ by at
most one, after case, punctuation and "the/of/on/U.S." are set aside) and
suspected junk (generic one-word values, values ending in a function word,
values holding a dateline or a person's name), then the issue's checks.
The heuristics here are deliberately not the ones index/entities.py
cleans with, so that they can catch what it misses.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
import tempfile
from collections import Counter
from importlib import resources
from pathlib import Path

import numpy as np

from index.entities import ENTITY_FACETS, head_words, normalize
from index.ingest import ingest
from index.store import index_exists
from searcher.index_view import IndexView
from searcher.search import SearchEngine
from tests.conftest import SAMPLE_SEED, SENATE, senate_lines, write_lines

#: Values compared for variants, and checked for junk, by count.
TOP = 100
SHOWN = 12
FLOOR_SPELLINGS = (
    "Senate floor",
    "floor of the Senate",
    "floor of the U.S. Senate",
    "floor of the United States Senate",
    "floor of the U S Senate",
)
_IGNORED_WORDS = frozenset(["the", "of", "on", "for", "and", "us", "u", "s"])
# A run of capitals ("WASHINGTON DC", "OFFICE CLOSING PLANS"), the usual
# dateline city, or "Washington D C" before or after a name; a single short
# capitalised word is an acronym (NASA, NHDES).
_DATELINE_RE = re.compile(
    r"\b[A-Z]{3,}(?:,? [A-Z][A-Z.]{1,})+\b|\bWASHINGTON\b"
    r"|^(?:Washington,? )?D\.? ?C\.?(?: |$)|\bWashington,? D\.? ?C\.?$"
)
_TITLES = (
    r"Senator|Sen\.|Sens\.|Chairman|Chairwoman|Chair|Ranking Member|Director|Secretary|"
    r"Rep\.|Mr\.|Mrs\.|Ms\.|Dr\."
)
_PERSON_RE = re.compile(
    rf"\b(?:{_TITLES}) [A-Z][a-z]+|\b[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+"  # "Sen. Landrieu", "Olympia J. Snowe"
)


@functools.cache
def function_words() -> frozenset[str]:
    raw = resources.files("index.data").joinpath("stopwords-en.txt").read_text("utf-8")
    words = {w.strip() for w in raw.splitlines() if w.strip() and not w.startswith("#")}
    return frozenset(words | {"thank", "yesterday", "today", "additionally", "he", "she", "they"})


def facet_values(view: IndexView, facet: str) -> list[tuple[str, int]]:
    """(display name, documents) of every value in the index, most used first."""
    column = view.facets[facet]
    counts = column.count(view.live)
    out = [
        (view.entities.display_name(facet, column.values[c]), int(counts[c]))
        for c in np.flatnonzero(counts).tolist()
    ]
    return sorted(out, key=lambda vc: (-vc[1], vc[0]))


def _words(value: str) -> frozenset[str]:
    return frozenset(w for w in normalize(value).split() if w not in _IGNORED_WORDS)


def suspected_variants(values: list[str]) -> list[tuple[str, str]]:
    """Pairs whose significant words are the same or differ by one word."""
    pairs = []
    words = [(_words(v), v) for v in values]
    for i, (a, va) in enumerate(words):
        for b, vb in words[i + 1 :]:
            if (a and b and len(a ^ b) <= 1 and min(len(a), len(b)) >= 2) or (a and a == b):
                pairs.append((va, vb))
    return pairs


def junk_reason(value: str) -> str | None:
    tokens = value.split()
    if len(tokens) == 1 and normalize(value) in head_words():
        return "generic one-word value"
    if len(tokens) > 1 and normalize(tokens[-1]) in function_words():
        return "ends in a fragment"
    if _DATELINE_RE.search(value):
        return "holds a dateline or headline in capitals"
    if _PERSON_RE.search(value):
        return "holds a person's name"
    return None


def report(view: IndexView) -> dict:
    out = {}
    for facet in ENTITY_FACETS:
        values = facet_values(view, facet)
        distinct = len(values)
        once = sum(1 for _, c in values if c == 1)
        top = [v for v, _ in values[:TOP]]
        variants = suspected_variants(top)
        # A speaker's name is no junk (and has initials and titles).
        junk = (
            []
            if facet == "speaker"
            else [(v, c, junk_reason(v)) for v, c in values if junk_reason(v)]
        )
        out[facet] = {
            "distinct": distinct,
            "documents": sum(c for _, c in values),
            "once": once,
            "once_share": once / distinct if distinct else 0.0,
            "top": values[:SHOWN],
            "variants_in_top": variants,
            "variant_values_in_top": len({b for _, b in variants}),
            "junk": junk,
            "junk_in_top": [j for j in junk if j[0] in set(top)],
        }
    return out


def checks(view: IndexView, figures: dict) -> list[tuple[str, bool, str]]:
    venue_column = view.facets["venue"]
    floor_keys = {view.entities.resolve("venue", s) for s in FLOOR_SPELLINGS}
    floor_keys.discard(None)
    top50 = [v for v, _ in facet_values(view, "venue")[:50]]
    generic = [v for v in top50 if junk_reason(v) == "generic one-word value"]
    org = figures["organization"]
    glued = [
        j
        for j in org["junk"]
        if j[2] in ("holds a dateline or headline in capitals", "holds a person's name")
    ]
    present = [s for s in FLOOR_SPELLINGS if view.entities.resolve("venue", s)]
    return [
        (
            "Senate-floor spellings are one bucket",
            len(floor_keys) == 1 and venue_column.code_of(next(iter(floor_keys))) is not None,
            f"{len(present)} of 5 spellings known, {len(floor_keys)} bucket(s)",
        ),
        (
            "venue values used once <= 40 %",
            figures["venue"]["once_share"] <= 0.40,
            f"{figures['venue']['once']} of {figures['venue']['distinct']}"
            f" ({figures['venue']['once_share']:.0%})",
        ),
        ("no generic one-word venue in the top 50", not generic, ", ".join(generic) or "none"),
        (
            "organization: <= 3 of the top 100 are variants of another",
            org["variant_values_in_top"] <= 3,
            f"{org['variant_values_in_top']}",
        ),
        (
            "organization: no dateline, headline or name glued to a body",
            not glued,
            f"{len(glued)} values on {sum(c for _, c, _ in glued)} releases",
        ),
    ]


def print_report(figures: dict, results: list[tuple[str, bool, str]]) -> None:
    for facet, f in figures.items():
        print(f"\n## {facet}")
        print(
            f"{f['distinct']:,} distinct values on {f['documents']:,} releases; "
            f"{f['once']:,} used once ({f['once_share']:.0%})"
        )
        print("top: " + "; ".join(f"{v} ({c:,})" for v, c in f["top"]))
        print(f"suspected variants among the top {TOP}: {len(f['variants_in_top'])}")
        for a, b in f["variants_in_top"][:SHOWN]:
            print(f"  {a!r} ~ {b!r}")
        reasons = Counter(r for _, _, r in f["junk"])
        print(
            f"suspected junk: {len(f['junk'])} values on {sum(c for _, c, _ in f['junk']):,} releases"
            + (f" ({', '.join(f'{r}: {n}' for r, n in reasons.most_common())})" if reasons else "")
        )
        for value, count, reason in sorted(f["junk"], key=lambda j: -j[1])[:SHOWN]:
            print(f"  {value!r} ({count}): {reason}")
    print("\n## checks")
    for name, ok, detail in results:
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path)
    parser.add_argument("--corpus", type=Path, default=SENATE)
    parser.add_argument("--sample", type=int, help="releases drawn at random (default: all)")
    parser.add_argument("--seed", type=int, default=SAMPLE_SEED)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = args.index or Path(tmp) / "index"
        if not index_exists(index_dir):
            source = args.corpus
            if args.sample:
                if args.corpus != SENATE:
                    parser.error("--sample draws from the Senate corpus only")
                source = write_lines(
                    Path(tmp) / "sample.jsonl.gz", senate_lines(sample=args.sample, seed=args.seed)
                )
            if not source.exists():
                print(f"no corpus at {source}", file=sys.stderr)
                return 2
            result = ingest([source], index_dir)
            print(f"ingested {result.added:,} releases in {result.seconds:.0f} s")
        engine = SearchEngine(index_dir)
        view = engine._current_view()
        figures = report(view)
        results = checks(view, figures)
        print_report(figures, results)
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
