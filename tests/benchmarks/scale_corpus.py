"""Seeded corpora of N distinct releases grown from the Senate corpus, for `make bench-scale`.

Each new release takes a release of the Senate corpus at random (so speakers
keep their shares), keeps its first paragraph (the header, dateline and lead,
which extraction reads) and follows it with as many paragraphs as the
original had, drawn at random from the releases of the same speaker: the
vocabulary, the phrases and the term statistics stay those of real releases
while every text is new. It gets a new id (``scale/<speaker>/<n>``) and a new
date: the original's month and day in a year drawn from 1987 to 2026, so that
year facets spread as an archive of decades would. Texts are kept distinct
(a repeat is drawn again), except for exact copies of an earlier release
under a new id, made at the rate the Senate corpus has them (the share of its
releases whose text an earlier one already had: 230 of 72,635), so that copy
detection has its real work to do.

Texts without line breaks (much of the corpus lost them) are cut into
paragraphs of three sentences, and texts that lost their punctuation too (44 %
of the corpus) into paragraphs of about ``CHUNK_WORDS`` words: left whole,
such a text had no body to vary, so its repeats grew a paragraph each and the
million-release corpus came out 20 % longer per release than the
100,000-release one (4.63 against 3.87 KB; now 2.90 and 2.89 KB, against the
corpus's own 3.29 KB: bodies are capped at ``MAX_BODY`` paragraphs).
A text that still repeats an earlier one is drawn again from another
release; only after ``TRIES`` such draws does it take a paragraph more.

    python -m tests.benchmarks.scale_corpus 100000 var/bench-scale/100000.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SEED = 20261202
YEARS = (1987, 2026)
_PARAGRAPHS = re.compile(r"\s*\n\s*\n\s*|\s*\r?\n\s*")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
#: At most this many paragraphs follow the lead: a few very long releases
#: would otherwise weigh on the size more than in the real corpus.
MAX_BODY = 40
#: Words per paragraph of a text with neither line breaks nor sentence marks.
CHUNK_WORDS = 80
#: Draws of another release before a repeated text takes a paragraph more.
TRIES = 20


def paragraphs(text: str) -> list[str]:
    """A release's paragraphs; a text with no line breaks in threes of sentences,
    one with no sentence marks either in runs of ``CHUNK_WORDS`` words."""
    parts = [p for p in _PARAGRAPHS.split(text.strip()) if p]
    if len(parts) > 1:
        return parts
    sentences = [s for s in _SENTENCES.split(text.strip()) if s]
    if len(sentences) > 3:
        return [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    words = text.split()
    if len(words) > CHUNK_WORDS:
        return [" ".join(words[i : i + CHUNK_WORDS]) for i in range(0, len(words), CHUNK_WORDS)]
    return [text]


@dataclass
class Source:
    """The Senate corpus, cut into paragraphs and pooled by speaker."""

    releases: list[dict]
    leads: list[str]
    body_sizes: list[int]
    pools: dict[str, list[str]]
    copy_rate: float

    @classmethod
    def load(cls, path: Path) -> Source:
        releases, leads, sizes = [], [], []
        pools: dict[str, list[str]] = defaultdict(list)
        seen: set[bytes] = set()
        copies = 0
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            for line in stream:
                doc = json.loads(line)
                digest = hashlib.blake2b(doc["text"].encode(), digest_size=16).digest()
                copies += digest in seen
                seen.add(digest)
                parts = paragraphs(doc["text"])
                speaker = doc.get("speaker") or ""
                releases.append({"speaker": speaker, "date": doc.get("date")})
                leads.append(parts[0])
                sizes.append(min(MAX_BODY, len(parts) - 1))
                pools[speaker].extend(parts[1:] or parts)
        return cls(releases, leads, sizes, dict(pools), copies / len(releases))


def generate(source: Source, size: int, seed: int = SEED) -> Iterator[dict]:
    """``size`` releases, the same for the same seed and source."""
    rng = random.Random(seed)
    seen: set[bytes] = set()
    made: list[dict] = []
    for n in range(size):
        base = rng.randrange(len(source.releases))
        if made and rng.random() < source.copy_rate:
            doc = _identity(rng, source, base, n)
            doc["text"] = rng.choice(made)["text"]
            yield doc
            continue
        for attempt in range(2 * TRIES):
            if 0 < attempt < TRIES:
                base = rng.randrange(len(source.releases))
            # Past TRIES, the last release drawn takes a paragraph more each time.
            extra = max(0, attempt - TRIES + 1)
            pool = source.pools[source.releases[base]["speaker"]]
            body = [rng.choice(pool) for _ in range(source.body_sizes[base] + extra)]
            text = "\n\n".join([source.leads[base], *body])
            digest = hashlib.blake2b(text.encode(), digest_size=16).digest()
            if digest not in seen:
                break
        doc = _identity(rng, source, base, n)
        seen.add(digest)
        doc["text"] = text
        # A bounded sample to copy from keeps memory flat at a million.
        if len(made) < 10_000:
            made.append(doc)
        else:
            made[rng.randrange(len(made))] = doc
        yield doc


def _identity(rng: random.Random, source: Source, base: int, n: int) -> dict:
    """A new release's id, speaker and date, from the release it grew from."""
    speaker = source.releases[base]["speaker"]
    return {
        "id": f"scale/{speaker or 'unknown'}/{n}",
        "speaker": speaker,
        "date": _new_date(rng, source.releases[base]["date"]),
    }


def _new_date(rng: random.Random, date: str | None) -> str | None:
    if not date:
        return None
    month, day = date[5:7], date[8:10]
    if (month, day) == ("02", "29"):
        day = "28"
    return f"{rng.randint(*YEARS)}-{month}-{day}"


def write_corpus(
    source: Source, size: int, path: Path, seed: int = SEED, keep_every: int = 0
) -> list[dict]:
    """Write ``size`` releases as JSON Lines (gzip); returns every ``keep_every``-th
    release (for drawing queries), or none."""
    kept = []
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as out:
        for n, doc in enumerate(generate(source, size, seed)):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            if keep_every and n % keep_every == 0:
                kept.append(doc)
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--senate", type=Path, default=None)
    args = parser.parse_args(argv)
    from tests.benchmarks.bench import SENATE

    source = Source.load(args.senate or SENATE)
    write_corpus(source, args.size, args.out, args.seed)
    print(f"{args.size} releases in {args.out} (copy rate {source.copy_rate:.4%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
