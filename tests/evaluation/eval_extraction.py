"""Evaluate metadata extraction, every field, on held-out data the rules and weights never saw.

Sets and splits are defined in :mod:`tests.evaluation.extraction_sets`:
the Senate releases and the Federal Reserve speeches (``../shared/corpora``,
split in halves by a hash of the id) and our hand-written gold set in many
styles (``tests/fixtures/gold/{dev,test}.jsonl``). Only the text goes to
:func:`index.extraction.extract`; nothing given apart from it is passed in.

Per set and field: the share right with its 95 % Wilson interval.

- speaker: Senate and Fed: the extracted speaker contains the person's last
  name; gold: last name present and no first name other than the expected.
  Senate also "speaker or co-issuer": the senator is the speaker or one of
  the others who issue a joint release with them (a joint release is filed
  under each issuer's name, so the folder may name the second).
  Every set is scored as an ingest files it: after each release is
  extracted, the set's press contacts, else its offices' house styles, choose
  the issuer of a joint release (index/contact_book.py, index/house_style.py:
  learned from the set's own texts, no answer key);
  Senate also reports "speaker, each release alone", without that step.
- date: Fed and gold: equal to the printed date; Senate: precision (full
  dates returned within 7 days of the file date) and recall (of the releases
  whose text states a full date, :data:`STATED_DATE_RE`, the share with a
  full date within 7 days).
- title: Fed and gold: equal to the given title (case, punctuation and
  accents aside); gold without a headline: a prefix of the first sentence;
  Senate: share "(untitled)" and share of at most 20 words.
- venue: Fed: the given venue's name words (two thirds of them) or its city
  in the extracted venue; gold: the same rule, null when none is named.
- quotes: gold: expected statements found with the right speaker; Senate:
  share of releases with a statement attributed to the given senator.
- dateline, organization: gold only, folded equality.

``--lowered`` reads every text lowered to lower case, as a scraper or a
speech-to-text feed may deliver it (a style check on the same releases; every
comparison above is made case aside, so the expected values hold unchanged).

Usage (from the repository root)::

    .venv/bin/python -m tests.evaluation.eval_extraction            # held-out halves
    .venv/bin/python -m tests.evaluation.eval_extraction --split dev --examples 5
    .venv/bin/python -m tests.evaluation.eval_extraction --sets fed gold --json var/eval.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from index.contact_book import quoted_names
from index.extraction import Extraction, extract
from index.house_style import CorpusIssuers, style_features
from tests.evaluation import extraction_sets as sets

TARGETS = {
    ("senate", "speaker"): 93.0,
    ("senate", "date precision"): 95.0,
    ("senate", "date recall (stated)"): 85.0,
    ("senate", "title not untitled"): 99.0,
    ("senate", "title <= 20 words"): 95.0,
    ("fed", "speaker"): 95.0,
    ("fed", "venue"): 80.0,
    ("fed", "date"): 95.0,
    ("fed", "title"): 90.0,
    **{
        ("gold", f): 90.0
        for f in ("speaker", "venue", "date", "title", "dateline", "organization", "quotes")
    },
}

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: The detector for "the text states a full date", independent of the
#: extractor: a month name with a day and a four-digit year in US or European
#: order (the comma optional: many texts lost their punctuation), or M/D/YYYY.
STATED_DATE_RE = re.compile(
    rf"\b{_MONTH}\.?\s*\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b",
    re.IGNORECASE,
)
WARM_UP = (
    "Plan Approved\n\nWASHINGTON, April 9, 2007 -- Senator Ruth Amsel (D-ME) today said "
    '"the plan is ready," addressing the Harbour Conference in Rotterdam.'
)


class Tally:
    """Right/total per field, and a few examples of each miss."""

    def __init__(self, examples: int):
        self.ok: Counter[str] = Counter()
        self.n: Counter[str] = Counter()
        self.misses: dict[str, list[str]] = defaultdict(list)
        self.examples = examples

    def add(self, key: str, ok: bool | None, case: sets.Case, detail: str = "") -> None:
        if ok is None:
            return
        self.n[key] += 1
        self.ok[key] += bool(ok)
        if not ok and len(self.misses[key]) < self.examples:
            start = re.sub(r"\s+", " ", case.text)[:110]
            self.misses[key].append(f"{case.id} [{detail}] {start}")

    def rows(self, name: str) -> list[dict]:
        out = []
        for key in self.n:
            ok, n = self.ok[key], self.n[key]
            target = TARGETS.get((name, key))
            out.append(
                {
                    "field": key,
                    "ok": ok,
                    "n": n,
                    "pct": round(100 * ok / n, 2) if n else 0.0,
                    "ci95": sets.wilson(ok, n),
                    "target": target,
                }
            )
        return out


def _senate(case: sets.Case, result, tally: Tally) -> None:
    tally.add("speaker", sets.speaker_ok(case, result.speaker), case, repr(result.speaker))
    # A joint release is filed under each of its issuers: the folder's
    # senator may be a co-issuer rather than the one named first.
    issuers = [result.speaker, *result.co_issuers]
    ok = any(sets.speaker_ok(case, name) for name in issuers)
    tally.add("speaker or co-issuer", ok, case, repr(issuers))
    given = dt.date.fromisoformat(case.expected["date"])
    got = None
    if result.date and len(result.date) == 10:
        got = dt.date.fromisoformat(result.date)
        tally.add("date precision", abs((got - given).days) <= 7, case, result.date)
    if STATED_DATE_RE.search(case.text):
        ok = got is not None and abs((got - given).days) <= 7
        tally.add("date recall (stated)", ok, case, repr(result.date))
    title = result.title or ""
    tally.add("title not untitled", bool(title.strip()), case)
    tally.add("title <= 20 words", len(title.split()) <= 20, case, title[:80])
    last = case.expected["speaker_last"]
    own = any(last in sets.fold(q.speaker or "") for q in result.quotes)
    tally.add("statement by the senator", own, case)


def _fed(case: sets.Case, result, tally: Tally) -> None:
    tally.add("speaker", sets.speaker_ok(case, result.speaker), case, repr(result.speaker))
    tally.add("venue", sets.venue_ok(case, result.venue), case, repr(result.venue))
    tally.add("date", sets.date_ok(case, result.date), case, repr(result.date))
    tally.add("title", sets.title_ok(case, result.title, result.text), case, repr(result.title))


def _gold(case: sets.Case, result, tally: Tally) -> None:
    tally.add("speaker", sets.speaker_ok(case, result.speaker), case, repr(result.speaker))
    tally.add("venue", sets.venue_ok(case, result.venue), case, repr(result.venue))
    tally.add("date", sets.date_ok(case, result.date), case, repr(result.date))
    tally.add("title", sets.title_ok(case, result.title, result.text), case, repr(result.title))
    for key in ("dateline", "organization"):
        value = getattr(result, key)
        tally.add(key, sets.field_ok(case, key, value), case, repr(value))
    found = sets.quotes_found(case, result.quotes)
    if found and found[1]:
        tally.n["quotes"] += found[1]
        tally.ok["quotes"] += found[0]
        if found[0] < found[1] and len(tally.misses["quotes"]) < tally.examples:
            tally.misses["quotes"].append(f"{case.id} [{found[0]}/{found[1]}]")
    tally.add(f"speaker [{case.style}]", sets.speaker_ok(case, result.speaker), case)


SCORERS = {"senate": _senate, "fed": _fed, "gold": _gold}


def evaluate(name: str, cases: list[sets.Case], examples: int) -> dict:
    tally = Tally(examples)
    timings = []
    results = []
    for case in cases:
        t0 = time.perf_counter()
        results.append(extract(case.text))
        timings.append((time.perf_counter() - t0) * 1000)
    for case, result, alone in zip(cases, as_ingested(results, [c.text for c in cases]), results):
        SCORERS[name](case, result, tally)
        if name == "senate":
            ok = sets.speaker_ok(case, alone.speaker)
            tally.add("speaker, each release alone", ok, case, repr(alone.speaker))
    return {
        "set": name,
        "cases": len(cases),
        "fields": tally.rows(name),
        "ms_median": round(statistics.median(timings), 3) if timings else 0.0,
        "ms_p99": round(sorted(timings)[int(0.99 * (len(timings) - 1))], 3) if timings else 0.0,
        "misses": dict(tally.misses),
    }


def as_ingested(results: list[Extraction], texts: list[str]) -> list[Extraction]:
    """The results as an ingest of the set files them: the issuer of a joint
    release chosen by its press contacts, else by its office's house style,
    both learned from the set's other releases (index/contact_book.py,
    index/house_style.py; no answer key is read)."""
    issuers = CorpusIssuers()
    features = [style_features(text) for text in texts]
    for i, (r, opening) in enumerate(zip(results, features)):
        issuers.learn(str(i), r.contacts, opening, r.speaker, r.co_issuers)
    out = []
    for r, opening, text in zip(results, features, texts):
        quoted = quoted_names(r.quotes)
        chosen = issuers.revised(r.speaker, r.co_issuers, quoted, r.contacts, opening, text)
        out.append(replace(r, speaker=chosen[0], co_issuers=chosen[1]) if chosen else r)
    return out


def print_report(report: dict, split: str) -> None:
    print(
        f"\n{report['set']} ({split} split): {report['cases']} releases, "
        f"{report['ms_median']} ms median, {report['ms_p99']} ms p99 per release"
    )
    print(f"  {'field':<34}{'right':>8}{'of':>8}{'%':>8}   95 % CI        target")
    for row in report["fields"]:
        lo, hi = row["ci95"]
        target = row["target"]
        verdict = (
            ""
            if target is None
            else (f">= {target:g} " + ("ok" if row["pct"] >= target else "BELOW"))
        )
        print(
            f"  {row['field']:<34}{row['ok']:>8}{row['n']:>8}{row['pct']:>8.2f}"
            f"   {lo:>5.1f}-{hi:<5.1f}    {verdict}"
        )
    for key, misses in report["misses"].items():
        if misses:
            print(f"  misses, {key}:")
            for miss in misses:
                print(f"      {miss}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", choices=sets.SETS, default=list(sets.SETS))
    ap.add_argument(
        "--split",
        choices=sets.SPLITS,
        default="test",
        help="test (held out, the default) or dev (for development)",
    )
    ap.add_argument(
        "--sample",
        type=int,
        default=0,
        help="at most this many releases per set, drawn with --seed (0: all)",
    )
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument(
        "--examples", type=int, default=0, help="misses shown per field (use on the dev split only)"
    )
    ap.add_argument("--json", type=Path, help="also write the reports as JSON here")
    ap.add_argument("--lowered", action="store_true", help="read every text lowered to lower case")
    args = ap.parse_args(argv)

    extract(WARM_UP)  # compile the regexes before timing
    reports = []
    for name in args.sets:
        cases = sets.load(name, args.split)
        if not cases:
            print(f"\n{name}: not available here (skipped)")
            continue
        if args.sample and len(cases) > args.sample:
            cases = random.Random(args.seed).sample(cases, args.sample)
        if args.lowered:
            cases = [replace(c, text=c.text.lower()) for c in cases]
        report = evaluate(name, cases, args.examples)
        print_report(report, args.split)
        reports.append(report)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(reports, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
