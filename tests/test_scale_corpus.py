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


def _run_result(docs: int, p50: float) -> dict:
    """A bench_scale result with the fields its table and growth read."""
    latency = {"p50": p50, "p95": 2 * p50, "p99": 3 * p50, "n": 200}
    return {
        "ingest": {
            "seconds": docs / 100,
            "docs_per_s": 100.0,
            "seconds_per_doc": 0.01,
            "index_bytes": docs * 10_000,
            "index_bytes_per_doc": 10_000.0,
            "peak_rss": docs * 10_000,
        },
        "serve": {"startup_s": 2.0, "rss": 500 * 2**20},
        "core": {"facets": {**latency, "first_pass": latency}},
        "http": {
            "facets": {**latency, "first_pass": latency},
            **{
                key: latency
                for key in (
                    "facets_new_connection",
                    "phrase",
                    "match_all",
                    "deep_page_50",
                    "collapse",
                )
            },
            "rps_4": 400.0,
            "rps_16": 380.0,
        },
    }


def test_runs_made_apart_combine_into_one_growth_table(tmp_path, capsys, monkeypatch):
    from tests.benchmarks import bench_scale

    plotted = []  # matplotlib is a bench extra, not installed for the tests
    monkeypatch.setattr(bench_scale, "plot", lambda results, path: plotted.append((results, path)))

    small, large = tmp_path / "small.json", tmp_path / "large.json"
    # The smaller run records a figure the other, older one lacks.
    recorded = _run_result(1000, 2.0)
    recorded["ingest"]["seconds_per_text_mb"] = 1.5
    small.write_text(json.dumps({"machine": {"cpus": 2}, "results": {"1000": recorded}}))
    large.write_text(
        json.dumps({"machine": {"cpus": 2}, "results": {"3000": _run_result(3000, 5.0)}})
    )
    out = tmp_path / "combined.json"
    assert bench_scale.main(["--combine", str(small), str(large), "--out", str(out)]) == 0
    combined = json.loads(out.read_text())
    assert sorted(combined["results"]) == ["1000", "3000"]
    printed = capsys.readouterr().out
    # HTTP p50 went from 2.0 to 5.0 ms: a growth of 2.5 at 3,000.
    assert "HTTP facets p50: 1,000: 1.0, 3,000: 2.5" in printed
    assert "ingest s per MB of text: 1,000: 1.0\n" in printed  # only where recorded
    assert plotted == [(combined["results"], tmp_path / "combined-growth.png")]
    # A combined file combines again, keeping both runs' machines.
    again = tmp_path / "again.json"
    assert bench_scale.main(["--combine", str(out), "--out", str(again)]) == 0
    assert len(json.loads(again.read_text())["machines"]) == 2


def test_releases_do_not_grow_longer_as_the_corpus_grows(tmp_path):
    """Texts that lost their line breaks and punctuation are cut into paragraphs
    like any other, so a larger corpus recombines them rather than lengthening
    its repeats (the million-release corpus came out 20 % longer per release)."""
    path = tmp_path / "senate.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for n in range(30):
            words = " ".join(f"ferry{n}x{k}" for k in range(200))
            doc = {"id": f"r{n}", "speaker": ["Amsel", "Brandt"][n % 2], "date": "2006-03-01"}
            out.write(json.dumps({**doc, "text": "Senator Amsel said  " + words}) + "\n")
    docs = write_corpus(Source.load(path), 600, tmp_path / "c.jsonl.gz", seed=5, keep_every=1)
    assert len({doc["text"] for doc in docs}) == 600
    first, last = docs[:150], docs[-150:]

    def mean_words(batch: list[dict]) -> float:
        return sum(len(doc["text"].split()) for doc in batch) / len(batch)

    assert mean_words(last) <= 1.05 * mean_words(first)
    assert max(len(doc["text"].split()) for doc in docs) <= 240  # three runs of 80 words
