"""A fixed, seeded query set drawn from the benchmark documents themselves:
keyword queries (one or two words), two-word phrases, and keyword queries
filtered to one speaker."""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter
from dataclasses import dataclass

from index.analysis import stop_words

_WORD_RE = re.compile(r"[a-z]{4,}")


@dataclass(frozen=True)
class BenchQuery:
    kind: str  # keyword | phrase | speaker
    words: tuple[str, ...]
    speaker: str | None = None

    @property
    def pressroom(self) -> str:
        return f'"{" ".join(self.words)}"' if self.kind == "phrase" else " ".join(self.words)

    @property
    def fts5(self) -> str:
        return f'"{" ".join(self.words)}"' if self.kind == "phrase" else " ".join(self.words)


def build_queries(
    docs: list[dict], seed: int = 42, keyword: int = 120, phrase: int = 40, speaker: int = 40
) -> list[BenchQuery]:
    rng = random.Random(seed)
    sample = rng.sample(docs, min(len(docs), 3000))
    stops = stop_words("en")
    df: Counter[str] = Counter()
    bigrams: Counter[tuple[str, str]] = Counter()
    per_doc_words = []
    for doc in sample:
        words = [w for w in _WORD_RE.findall(doc["text"].lower()) if w not in stops]
        per_doc_words.append(words)
        df.update(set(words))
        bigrams.update(set(itertools.pairwise(words)))
    n = len(sample)
    # Words that discriminate: in 0.2 % to 10 % of documents.
    pool = sorted(w for w, c in df.items() if 0.002 * n <= c <= 0.10 * n)
    phrases = sorted(b for b, c in bigrams.items() if c >= max(3, 0.002 * n) and b[0] != b[1])
    queries: list[BenchQuery] = []
    for i in range(keyword):
        if i % 2 == 0:
            queries.append(BenchQuery("keyword", (rng.choice(pool),)))
        else:
            words = [w for w in rng.choice(per_doc_words) if w in set(pool)] or [rng.choice(pool)]
            pair = tuple(dict.fromkeys(rng.sample(words, min(2, len(words)))))
            queries.append(BenchQuery("keyword", pair))
    for _ in range(phrase):
        queries.append(BenchQuery("phrase", rng.choice(phrases)))
    speakers = [d["speaker"] for d in docs if d.get("speaker")]
    for _ in range(speaker):
        queries.append(BenchQuery("speaker", (rng.choice(pool),), rng.choice(speakers)))
    return queries
