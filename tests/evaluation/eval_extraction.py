"""Evaluate metadata extraction on the Senate press-release corpus.

Reads ``../shared/corpora/senate-press-releases.jsonl.gz`` (relative to the
repository root), removes ``speaker``, ``date`` and ``id`` from each input
(the ids name the senator and the date), runs :func:`index.extraction.extract`
on the text and compares with the removed values:

(a) speaker: % of releases whose extracted speaker contains the senator's
    last name (the folder name: a last name, or first+last glued for
    ``BenNelson``/``BillNelson``; compared without case, accents, spaces,
    hyphens and apostrophes, so ``Demint`` matches "Jim DeMint");
(b) date precision: of the full (YYYY-MM-DD) dates returned, % within 7 days
    of the given date; partial dates (YYYY-MM, YYYY) are counted apart;
(c) date recall on stated dates: of the releases whose text states a full
    date (see :data:`STATED_DATE_RE`), % that get a full date within 7 days.

Also coverage (speaker, date, venue, dateline, organisation non-null; quotes
per release), throughput (ms per release, mean and median, timed around each
``extract`` call in this run) and the main error classes with examples.

Usage (from the repository root)::

    .venv/bin/python tests/evaluation/eval_extraction.py --sample 2000 --seed 20261125
    .venv/bin/python tests/evaluation/eval_extraction.py --all --json var/eval-all.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from index.extraction import extract  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "senate-press-releases.jsonl.gz"
REMOVED = ("speaker", "date", "id")
WARM_UP = (
    "Plan Approved\n\nWASHINGTON, April 9, 2007 -- Senator Ruth Amsel (D-ME) today said "
    '"the plan is ready," addressing the Harbour Conference in Rotterdam.'
)
TARGETS = {"speaker": 90.0, "date_precision": 85.0, "date_recall_stated": 80.0}

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: The detector for "the text states a full date", independent of the
#: extractor: a month name (full or abbreviated, optional dot) with a day
#: (optional st/nd/rd/th) and a four-digit year 19xx/20xx, in US order
#: ("April 9, 2007", "Apr. 9, 2007", "February 10th, 2005") or European
#: order ("9 April 2007"), the comma optional because many texts lost their
#: punctuation ("April 9  2007"); or a numeric M/D/YYYY ("4/9/2007").
#: Month names are matched case-insensitively.
STATED_DATE_RE = re.compile(
    rf"\b{_MONTH}\.?\s*\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def last_name(folder: str) -> str:
    """``BenNelson`` -> ``nelson``; ``Demint`` -> ``demint``; ``Akaka`` -> ``akaka``."""
    parts = re.findall(r"[A-Z][a-z]+", folder)
    if len(parts) == 2 and folder in ("BenNelson", "BillNelson"):
        return parts[1].lower()
    return fold(folder)


def snippet(text: str, n: int = 140) -> str:
    return re.sub(r"\s+", " ", text).strip()[:n]


def load(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(records: list[dict], examples: int) -> dict:
    folders = {last_name(r["speaker"]) for r in records if r.get("speaker")}
    counts: Counter[str] = Counter()
    errors: dict[str, list[str]] = defaultdict(list)
    timings: list[float] = []
    quotes_total = 0

    def error(kind: str, rec: dict, detail: str) -> None:
        counts["err:" + kind] += 1
        if len(errors[kind]) < examples:
            errors[kind].append(f"{rec['id']} [{detail}] {snippet(rec['text'])}")

    # The first call compiles the regexes (once per process, as in an ingest
    # worker): do it before timing.
    extract(WARM_UP)
    cpu_total = 0.0
    for rec in records:
        given = {
            k: v for k, v in rec.items() if k not in REMOVED and k != "text" and isinstance(v, str)
        }
        t0, c0 = time.perf_counter(), time.process_time()
        result = extract(rec.get("text") or "", given)
        timings.append((time.perf_counter() - t0) * 1000)
        cpu_total += time.process_time() - c0
        counts["n"] += 1
        text = rec.get("text") or ""
        quotes_total += len(result.quotes)
        for key in ("speaker", "date", "venue", "dateline", "organization", "title"):
            if getattr(result, key):
                counts["has_" + key] += 1

        # (a) speaker
        target = last_name(rec["speaker"])
        if result.speaker and target in fold(result.speaker):
            counts["speaker_ok"] += 1
        elif target not in fold(text):
            error("speaker/name-not-in-text", rec, f"got {result.speaker!r}")
        elif result.speaker is None:
            error("speaker/none", rec, "none")
        elif fold(result.speaker.split()[-1]) in folders:
            error("speaker/other-senator", rec, f"got {result.speaker!r}")
        else:
            error("speaker/other-person", rec, f"got {result.speaker!r}")

        # (b) and (c) dates
        given_date = dt.date.fromisoformat(rec["date"])
        got: dt.date | None = None
        if result.date and len(result.date) == 10:
            counts["date_full"] += 1
            got = dt.date.fromisoformat(result.date)
            if abs((got - given_date).days) <= 7:
                counts["date_ok"] += 1
        elif result.date:
            counts["date_partial"] += 1
            if rec["date"].startswith(result.date):
                counts["date_partial_consistent"] += 1
        stated = bool(STATED_DATE_RE.search(text))
        if stated:
            counts["stated"] += 1
            if got and abs((got - given_date).days) <= 7:
                counts["stated_ok"] += 1
            elif got is None:
                error("date/stated-but-none", rec, f"got {result.date!r}, file {rec['date']}")
        if got and abs((got - given_date).days) > 7:
            kind = (
                "date/off>7d-text-has-file-date"
                if _text_has(text, given_date)
                else "date/off>7d-text-disagrees"
            )
            error(kind, rec, f"got {result.date}, file {rec['date']}")

    n = counts["n"] or 1
    pct = lambda a, b: round(100.0 * a / b, 2) if b else 0.0  # noqa: E731
    report = {
        "releases": counts["n"],
        "speaker_contains_last_name_pct": pct(counts["speaker_ok"], n),
        "dates_full_returned": counts["date_full"],
        "dates_partial_returned": counts["date_partial"],
        "dates_partial_consistent": counts["date_partial_consistent"],
        "date_within_7_days_of_returned_full_pct": pct(counts["date_ok"], counts["date_full"]),
        "releases_stating_full_date": counts["stated"],
        "stated_date_within_7_days_pct": pct(counts["stated_ok"], counts["stated"]),
        "coverage_pct": {
            k: pct(counts["has_" + k], n)
            for k in ("title", "speaker", "date", "venue", "dateline", "organization")
        },
        "quotes_per_release": round(quotes_total / n, 2),
        "ms_per_release_mean": round(statistics.fmean(timings), 3) if timings else 0.0,
        "ms_per_release_median": round(statistics.median(timings), 3) if timings else 0.0,
        "ms_per_release_p99": round(sorted(timings)[int(0.99 * (len(timings) - 1))], 3)
        if timings
        else 0.0,
        "cpu_ms_per_release_mean": round(1000 * cpu_total / n, 3),
        "ms_per_release_max": round(max(timings), 3) if timings else 0.0,
        "error_classes": {k[4:]: v for k, v in sorted(counts.items()) if k.startswith("err:")},
        "error_examples": dict(errors),
    }
    return report


def _text_has(text: str, day: dt.date) -> bool:
    """Whether the text states a full date within 7 days of ``day`` (detector above)."""
    for m in STATED_DATE_RE.finditer(text):
        try:
            from dateutil import parser

            parsed = parser.parse(m.group().replace(".", " "), fuzzy=True).date()
        except (ValueError, OverflowError):
            continue
        if abs((parsed - day).days) <= 7:
            return True
    return False


def print_report(report: dict, label: str) -> None:
    def verdict(value: float, key: str) -> str:
        return "ok" if value >= TARGETS[key] else "BELOW TARGET"

    print(f"\nExtraction evaluation: {label}")
    print("=" * 72)
    print(f"releases evaluated                     {report['releases']:>8}")
    sp = report["speaker_contains_last_name_pct"]
    dp = report["date_within_7_days_of_returned_full_pct"]
    dr = report["stated_date_within_7_days_pct"]
    full, stated = report["dates_full_returned"], report["releases_stating_full_date"]
    partial, consistent = report["dates_partial_returned"], report["dates_partial_consistent"]
    rows = [
        f"(a) speaker contains senator's name    {sp:>7.2f} %"
        f"  (target >= 90 %: {verdict(sp, 'speaker')})",
        f"(b) full dates within 7 days           {dp:>7.2f} %  of {full} returned"
        f"  (target >= 85 %: {verdict(dp, 'date_precision')})",
        f"    partial dates returned             {partial:>8}"
        f"  ({consistent} consistent with the given date)",
        f"(c) stated full date -> within 7 days  {dr:>7.2f} %  of {stated} stating one"
        f"  (target >= 80 %: {verdict(dr, 'date_recall_stated')})",
    ]
    print("\n".join(rows))
    print("coverage (non-null):")
    for key, value in report["coverage_pct"].items():
        print(f"    {key:<14} {value:>7.2f} %")
    print(f"quotes per release                     {report['quotes_per_release']:>8}")
    print(
        f"throughput: {report['ms_per_release_mean']:.3f} ms/release mean, "
        f"{report['ms_per_release_median']:.3f} median, {report['ms_per_release_p99']:.3f} p99, "
        f"{report['ms_per_release_max']:.3f} max (wall clock); "
        f"{report['cpu_ms_per_release_mean']:.3f} ms CPU mean"
    )
    print("\nError classes (count, then examples: id [detail] text start)")
    print("-" * 72)
    for kind, count in sorted(report["error_classes"].items(), key=lambda kv: -kv[1]):
        print(f"{kind:<40} {count:>7}")
        for example in report["error_examples"].get(kind, []):
            print(f"    {example}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = ap.add_mutually_exclusive_group()
    group.add_argument(
        "--sample", type=int, default=2000, help="releases drawn at random (default 2000)"
    )
    group.add_argument("--all", action="store_true", help="evaluate every release")
    ap.add_argument("--seed", type=int, default=20261125, help="random seed for --sample")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="the Senate corpus (jsonl.gz)")
    ap.add_argument("--examples", type=int, default=4, help="examples per error class")
    ap.add_argument("--json", type=Path, help="also write the report as JSON here")
    args = ap.parse_args(argv)

    if not args.corpus.exists():
        print(
            f"error: corpus not found: {args.corpus}\n"
            "The Senate corpus is expected in ../shared/corpora/ next to the repository.",
            file=sys.stderr,
        )
        return 2
    t0 = time.perf_counter()
    records = load(args.corpus)
    load_s = time.perf_counter() - t0
    if args.all:
        chosen, label = records, f"all {len(records)} releases"
    else:
        k = min(args.sample, len(records))
        chosen = random.Random(args.seed).sample(records, k)
        label = f"{k} releases sampled with seed {args.seed}"
    t0 = time.perf_counter()
    report = evaluate(chosen, args.examples)
    report["wall_seconds"] = round(time.perf_counter() - t0, 2)
    report["load_seconds"] = round(load_s, 2)
    report["label"] = label
    print_report(report, label)
    seconds = report["wall_seconds"]
    print(f"\nwall time {seconds} s for extraction and scoring (loading {load_s:.1f} s)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"JSON report written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
