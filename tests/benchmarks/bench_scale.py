"""`make bench-scale`: how Pressroom grows from 100,000 to a million releases.

For each size (``--sizes``, default 100000 300000 1000000) it builds a corpus
of that many distinct releases from the Senate corpus
(:mod:`tests.benchmarks.scale_corpus`, seeded) and measures, in one run:

- `pressroom ingest` (one worker per core): wall time, docs/s, index size,
  peak memory of the ingest process tree;
- `pressroom serve` (one worker per core): time from start to the first
  answered search, resident memory of the server and its workers;
- through the search core (one engine) and over HTTP: first pass (fresh
  process) and second pass p50/p95/p99 of top-10 + speaker/year facets for
  200 seeded queries, over HTTP both on one kept-alive connection and with a
  new connection per request;
- the phrase queries alone, match-all with every facet, deep paging (page
  50 of the keyword queries), copy collapse (``collapse=1``);
- requests per second at 4 and 16 concurrent clients;
- at the smallest size, with ``--cluster-docs N`` (default 5000), the docs/s
  of the first N releases ingested locally and on a local Dask cluster of 2
  worker processes.

Prints a table and the growth as ratios to the smallest size, and writes
var/bench-scale/results.json and var/bench-scale/growth.png. A size too long
to run with the others (a million releases) can run alone (``--out`` a file of
its own); ``--combine A.json B.json`` then joins the runs into one table,
growth and plot.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sys
import time
import urllib.parse
from pathlib import Path

from index import segments
from index.store import open_index
from tests.benchmarks.bench import (
    REPO,
    SENATE,
    HttpClient,
    dir_size,
    new_connection_percentiles,
    percentiles,
    pressroom_path,
    pressroom_server,
    run_tracked,
    throughput,
    time_each,
    tree_rss,
)
from tests.benchmarks.queries import BenchQuery, build_queries
from tests.benchmarks.scale_corpus import SEED, Source, write_corpus

OUT = REPO / "var" / "bench-scale"
EVERY_FACET = "speaker,venue,organization,topic,lang,year,month"
#: Metrics whose growth is printed and plotted: (label, path in a result, higher is better).
GROWTH = (
    ("ingest s per doc", ("ingest", "seconds_per_doc"), False),
    # The generator's later releases are longer (a repeat is drawn again, and short
    # releases run out of new combinations first): per megabyte of text is the fair rate.
    ("ingest s per MB of text", ("ingest", "seconds_per_text_mb"), False),
    ("index bytes per doc", ("ingest", "index_bytes_per_doc"), False),
    ("ingest peak RSS", ("ingest", "peak_rss"), False),
    ("server start-up", ("serve", "startup_s"), False),
    ("server RSS", ("serve", "rss"), False),
    ("HTTP facets p50", ("http", "facets", "p50"), False),
    ("HTTP facets p95", ("http", "facets", "p95"), False),
    ("HTTP first pass p95", ("http", "facets", "first_pass", "p95"), False),
    ("match-all p50", ("http", "match_all", "p50"), False),
    ("req/s 4 clients", ("http", "rps_4"), True),
)


def with_params(path: str, **params: str) -> str:
    return path + "&" + urllib.parse.urlencode(params)


def measure_core(index_dir: Path, queries: list[BenchQuery]) -> dict:
    from searcher.request import SearchRequest
    from searcher.search import SearchEngine

    started = time.perf_counter()
    engine = SearchEngine(index_dir, time_budget=60)
    opened = time.perf_counter() - started
    requests = [
        SearchRequest(
            q=q.pressroom,
            filters={"speaker": (q.speaker,)} if q.speaker else {},
            per_page=10,
            facets=("speaker", "year"),
        )
        for q in queries
    ]
    first = percentiles(time_each(engine.search, requests))
    second = percentiles(time_each(engine.search, requests))
    # The cache after both passes: the postings these queries read, if the budget held them.
    cached = engine._current_view().cached_postings_bytes
    return {
        "open_s": round(opened, 3),
        "postings_cache_mib": round(cached / 2**20, 1),
        "facets": {**second, "first_pass": first},
    }


def measure_http(port: int, queries: list[BenchQuery], seconds: float) -> dict:
    kept = HttpClient(port).get
    paths = [pressroom_path(q, True) for q in queries]
    first = time_each(kept, paths)
    second = time_each(kept, paths)
    out = {
        "facets": {**percentiles(second), "first_pass": percentiles(first)},
        "facets_new_connection": new_connection_percentiles(port, paths),
        "phrase": percentiles([s for s, q in zip(second, queries) if q.kind == "phrase"]),
    }
    match_all = [f"/api/search?q=&per_page=10&facets={EVERY_FACET}"] * 30
    out["match_all"] = percentiles(time_each(kept, match_all))
    keyword = [pressroom_path(q, False) for q in queries if q.kind == "keyword"]
    out["deep_page_50"] = percentiles(time_each(kept, [with_params(p, page="50") for p in keyword]))
    out["collapse"] = percentiles(
        time_each(kept, [with_params(p, collapse="1") for p in paths if "speaker=" not in p])
    )
    out["rps_4"] = round(throughput(port, paths, 4, seconds), 1)
    out["rps_16"] = round(throughput(port, paths, 16, seconds), 1)
    return out


def ingest(source_file: Path, index_dir: Path, *extra: str) -> tuple[float, int, dict]:
    cmd = [sys.executable, "-m", "searcher.cli", "ingest", str(source_file)]
    seconds, peak, output = run_tracked([*cmd, "--index", str(index_dir), "--json", *extra])
    return seconds, peak, json.loads(output)


def text_megabytes(corpus: Path) -> float:
    """The releases' text in a corpus, in megabytes of UTF-8."""
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        return sum(len(json.loads(line)["text"].encode("utf-8")) for line in lines) / 2**20


def kept_sample(corpus: Path, keep_every: int) -> list[dict]:
    """The releases :func:`write_corpus` returned for a corpus it wrote (every
    ``keep_every``-th line, in the order written)."""
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for n, line in enumerate(lines) if n % keep_every == 0]


def _ingested(source: Source, size: int, args) -> tuple[Path, Path, list[dict], dict]:
    """The corpus, its index, the sample for queries and the ingest figures: a new
    corpus and ingest, or (``--reuse``) those a ``--keep`` run left, whose ingest
    figures come from its results file."""
    work = OUT / str(size)
    corpus, index_dir = work / "input.jsonl.gz", work / "index"
    keep_every = max(1, size // 5000)
    if args.reuse and corpus.exists() and index_dir.exists():
        print(f"\n== {size:,} releases (reusing {work})", flush=True)
        earlier = json.loads(args.out.read_text()) if args.out.exists() else {}
        figures = earlier.get("results", {}).get(str(size), {}).get("ingest", {})
        return corpus, index_dir, kept_sample(corpus, keep_every), figures
    shutil.rmtree(work, ignore_errors=True)
    started = time.perf_counter()
    sample = write_corpus(source, size, corpus, SEED, keep_every=keep_every)
    print(
        f"\n== {size:,} releases (generated in {time.perf_counter() - started:.0f} s)", flush=True
    )
    text_mb = text_megabytes(corpus)
    seconds, peak, summary = ingest(corpus, index_dir)
    assert summary["documents"] == size, summary
    index_bytes = dir_size(index_dir)
    figures = {
        "seconds": round(seconds, 1),
        "docs_per_s": round(size / seconds, 1),
        "seconds_per_doc": seconds / size,
        "text_mb": round(text_mb, 1),
        "seconds_per_text_mb": seconds / text_mb,
        "index_bytes": index_bytes,
        "index_bytes_per_doc": index_bytes / size,
        "peak_rss": peak,
        "workers": os.cpu_count(),
        # The merges' own time, mostly beside the ingest (index.background_merges):
        # only the last, which the ingest waits for, adds to "seconds" in full.
        "merge_seconds": round(sum(step["seconds"] for step in summary["merges"]), 1),
    }
    return corpus, index_dir, sample, figures


def segment_count(index_dir: Path) -> int:
    """How many segments a search looks each term up in."""
    ix = open_index(index_dir)
    try:
        return segments.segment_count(ix)
    finally:
        ix.close()


def run_size(source: Source, size: int, args) -> dict:
    corpus, index_dir, sample, figures = _ingested(source, size, args)
    queries = build_queries(sample, seed=SEED)
    result: dict = {"documents": size, "segments": segment_count(index_dir), "ingest": figures}
    print(f"ingest: {result['ingest']}", flush=True)

    result["core"] = measure_core(index_dir, queries)
    print(f"core: {result['core']}", flush=True)
    workers = os.cpu_count() or 1
    probe = pressroom_path(queries[0], True)
    started = time.perf_counter()
    with pressroom_server(index_dir, workers, probe) as (port, pid):
        startup = time.perf_counter() - started
        at_start = tree_rss(pid)
        result["http"] = measure_http(port, queries, args.seconds)
        result["serve"] = {
            "workers": workers,
            "startup_s": round(startup, 2),
            "rss_at_start": at_start["rss"],
            **tree_rss(pid),
        }
    print(f"serve: {result['serve']}\nhttp: {result['http']}", flush=True)
    if args.cluster_docs and size == min(args.sizes):
        result["cluster"] = measure_cluster(corpus, corpus.parent, args.cluster_docs)
        print(f"cluster: {result['cluster']}", flush=True)
    if not (args.keep or args.reuse):
        shutil.rmtree(index_dir)
        corpus.unlink()
    return result


def measure_cluster(corpus: Path, work: Path, docs: int) -> dict:
    """docs/s of the first ``docs`` releases, local workers against a local
    Dask cluster of 2 worker processes on the same machine."""
    try:
        import distributed
    except ImportError:
        return {"skipped": "distributed is not installed"}
    part = work / f"first-{docs}.jsonl.gz"
    with gzip.open(corpus, "rt", encoding="utf-8") as src, gzip.open(part, "wt") as out:
        for _, line in zip(range(docs), src):
            out.write(line)
    local_s, _, _ = ingest(part, work / "cluster-local")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        cluster_s, _, summary = ingest(
            part, work / "cluster-index", "--cluster", cluster.scheduler_address
        )
    assert summary["documents"] == docs, summary
    return {
        "documents": docs,
        "local_docs_per_s": round(docs / local_s, 1),
        "cluster_2_workers_docs_per_s": round(docs / cluster_s, 1),
    }


def _get(result: dict, path: tuple[str, ...]):
    """A figure of a result, None when the run did not record it (older runs)."""
    for key in path:
        if not isinstance(result, dict) or key not in result:
            return None
        result = result[key]
    return result


def growth(results: dict) -> dict:
    """Each GROWTH metric as a ratio to the smallest size's, for the sizes whose
    runs recorded it (results kept from older runs may lack newer figures)."""
    sizes = sorted(results, key=int)
    base = results[sizes[0]]
    ratios = {}
    for label, path, _ in GROWTH:
        first = _get(base, path)
        figures = {size: _get(results[size], path) for size in sizes}
        if first:
            ratios[label] = {
                size: round(value / first, 2)
                for size, value in figures.items()
                if value is not None
            }
    return ratios


def table(results: dict) -> str:
    mib = lambda b: "–" if b is None else f"{b / 2**20:.0f}"  # noqa: E731
    pp = lambda p: f"{p['p50']:.1f} / {p['p95']:.1f} / {p['p99']:.1f}"  # noqa: E731
    lines = [
        "| docs | ingest s | docs/s | index MiB | ingest peak MiB | start-up s "
        "| serve RSS / PSS MiB "
        "| core facets (2nd) | HTTP facets 1st pass | HTTP facets (kept-alive) | HTTP facets (new conn.) "
        "| phrase | match-all, every facet | page 50 | collapse | req/s 4 / 16 clients |",
        "|" + "---|" * 16,
    ]
    for size, r in sorted(results.items(), key=lambda item: int(item[0])):
        i, h, s = r["ingest"], r["http"], r["serve"]
        # A --reuse run without the earlier run's results has no ingest figures.
        docs_per_s = f"{i['docs_per_s']:.0f}" if "docs_per_s" in i else "–"
        lines.append(
            f"| {int(size):,} | {i.get('seconds', '–')} | {docs_per_s} "
            f"| {mib(i.get('index_bytes'))} | {mib(i.get('peak_rss'))} | {s['startup_s']} "
            f"| {mib(s['rss'])} / {mib(s.get('pss'))} "
            f"| {pp(r['core']['facets'])} | {pp(h['facets']['first_pass'])} | {pp(h['facets'])} "
            f"| {pp(h['facets_new_connection'])} | {pp(h['phrase'])} | {pp(h['match_all'])} "
            f"| {pp(h['deep_page_50'])} | {pp(h['collapse'])} | {h['rps_4']} / {h['rps_16']} |"
        )
    lines.append("\nlatencies: p50 / p95 / p99 ms; growth as ratios to the smallest size:")
    for label, by_size in growth(results).items():
        lines.append(f"  {label}: " + ", ".join(f"{int(k):,}: {v}" for k, v in by_size.items()))
    for size, r in results.items():
        if "cluster" in r and "documents" in r["cluster"]:
            c = r["cluster"]
            lines.append(
                f"ingest of the first {c['documents']:,} at {int(size):,}: local "
                f"{c['local_docs_per_s']} docs/s, local Dask cluster of 2 workers "
                f"{c['cluster_2_workers_docs_per_s']} docs/s"
            )
    return "\n".join(lines)


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    ratios = growth(results)
    sizes = sorted((int(s) for s in results), key=int)
    fig, ax = plt.subplots(figsize=(9, 5.5))
    for label, by_size in ratios.items():
        present = [s for s in sizes if str(s) in by_size]
        ax.plot(present, [by_size[str(s)] for s in present], marker="o", label=label)
    ax.plot(
        sizes,
        [s / sizes[0] for s in sizes],
        "k--",
        label="documents (size ratio; per-doc metrics should stay at 1)",
    )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("releases")
    ax.set_ylabel(f"ratio to {sizes[0]:,} releases")
    ax.set_title("Pressroom: growth with corpus size (make bench-scale)")
    ax.legend(fontsize=8, loc="upper left")
    ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def combine(paths: list[Path], out: Path) -> int:
    """One table, growth and plot from runs made apart (a long size run alone)."""
    results: dict = {}
    machines = []
    for path in paths:
        run = json.loads(path.read_text())
        results.update(run["results"])
        # A combined file may be combined again: it keeps its runs' machines.
        machines.extend(run["machines"] if "machines" in run else [run["machine"]])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"machines": machines, "results": results}, indent=2))
    print(table(results))
    if len(results) > 1:
        plot(results, out.with_name(out.stem + "-growth.png"))
        print(f"\nplot: {out.with_name(out.stem + '-growth.png')}")
    print(f"written to {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "sizes", nargs="*", type=int, default=[100_000, 300_000, 1_000_000], help="releases"
    )
    parser.add_argument("--seconds", type=float, default=10.0, help="each throughput run")
    parser.add_argument("--cluster-docs", type=int, default=5000, help="0: no cluster run")
    parser.add_argument("--keep", action="store_true", help="keep corpora and indexes")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure the corpus and index a --keep run left (ingest figures from --out)",
    )
    parser.add_argument("--out", type=Path, default=OUT / "results.json")
    parser.add_argument(
        "--combine",
        type=Path,
        nargs="+",
        metavar="JSON",
        help="measure nothing: join the results of earlier runs (each size from the "
        "last file naming it) into one table, growth and plot, written to --out",
    )
    args = parser.parse_args(argv)
    if args.combine:
        # Not over a run's own results unless asked.
        out = (
            args.out
            if "--out" in (sys.argv[1:] if argv is None else argv)
            else OUT / "combined.json"
        )
        return combine(args.combine, out)
    if not SENATE.exists():
        print(f"{SENATE} is absent: the benchmark needs ../shared/corpora", file=sys.stderr)
        return 2
    started = time.perf_counter()
    source = Source.load(SENATE)
    print(f"Senate corpus read in {time.perf_counter() - started:.0f} s", flush=True)
    results: dict = {}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    machine = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    for size in sorted(args.sizes):
        results[str(size)] = run_size(source, size, args)
        # Written after each size: a long run stopped part-way keeps what it measured.
        machine["date"] = time.strftime("%Y-%m-%d %H:%M")
        args.out.write_text(json.dumps({"machine": machine, "results": results}, indent=2))
    print("\n" + table(results))
    if len(results) > 1:
        plot(results, args.out.with_name("growth.png"))
        print(f"\nplot: {args.out.with_name('growth.png')}")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
