"""The scale benchmark's corpus: seeded, distinct, and its query sample recoverable
from the file alone (what `bench_scale --reuse` measures a kept corpus with)."""

from __future__ import annotations

import gzip
import json

from tests.benchmarks.bench_scale import kept_sample
from tests.benchmarks.scale_corpus import Source, write_corpus


def _source(tmp_path) -> Source:
    path = tmp_path / "senate.jsonl.gz"
    speakers = ["Amsel", "Brandt", "Okafor"]
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for n in range(30):
            text = " ".join(
                f"Senator {speakers[n % 3]} spoke about bridge number {n} and ferry {k}."
                for k in range(9)
            )
            doc = {"id": f"r{n}", "speaker": speakers[n % 3], "date": "2006-03-0" + str(1 + n % 9)}
            out.write(json.dumps({**doc, "text": text}) + "\n")
    return Source.load(path)


def test_the_kept_sample_is_read_back_from_the_corpus_file(tmp_path):
    corpus = tmp_path / "out" / "input.jsonl.gz"
    returned = write_corpus(_source(tmp_path), 120, corpus, seed=3, keep_every=7)
    assert len(returned) == 18  # lines 0, 7, ..., 119
    assert kept_sample(corpus, 7) == returned


def test_the_corpus_is_seeded_and_its_texts_distinct(tmp_path):
    source = _source(tmp_path)
    first = write_corpus(source, 60, tmp_path / "a.jsonl.gz", seed=3, keep_every=1)
    again = write_corpus(source, 60, tmp_path / "b.jsonl.gz", seed=3, keep_every=1)
    other = write_corpus(source, 60, tmp_path / "c.jsonl.gz", seed=4, keep_every=1)
    assert first == again
    assert first != other
    assert len({doc["id"] for doc in first}) == 60
    assert len({doc["text"] for doc in first}) == 60  # the source has no copies to keep
