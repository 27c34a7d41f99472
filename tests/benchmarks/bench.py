"""`make bench`: Pressroom against SQLite FTS5 and Datasette on the Senate corpus.

For each size (default 10,000 drawn with a fixed seed, and all 72,635) it
measures, in one run on the same documents and the same seeded queries:

- `pressroom ingest` wall time, docs/s (extraction included), index size,
  peak memory of the ingest process tree;
- at 10,000, a naive Whoosh build (StemmingAnalyzer, one writer, no
  extraction) of the same documents;
- search latency p50/p95 through the search core (one SearchEngine, reused)
  and through the HTTP endpoint of `pressroom serve`, top-10 and top-10 with
  speaker and year facets; HTTP throughput with 4 concurrent clients, with
  one server process and with one per core (`serve --workers N`);
  resident memory of the server and its workers;
- SQLite FTS5 (porter, GROUP BY for facets) in process, and Datasette
  (`_search`, `_facet=speaker&_facet=year`) over HTTP, when installed.

Prints a table and writes var/bench/results.json.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import http.client
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from tests.benchmarks import baselines
from tests.benchmarks.queries import BenchQuery, build_queries

REPO = Path(__file__).resolve().parents[2]
# ../shared/corpora beside the checkout, or where PRESSROOM_CORPORA says (a git worktree).
CORPORA = Path(os.environ.get("PRESSROOM_CORPORA") or REPO.parent / "shared" / "corpora")
SENATE = CORPORA / "senate-press-releases.jsonl.gz"
OUT = REPO / "var" / "bench"
SEED = 20261125


# -- measuring -------------------------------------------------------------------


def percentiles(samples_ms: list[float]) -> dict:
    ordered = sorted(samples_ms)
    at = lambda q: round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 3)  # noqa: E731
    return {
        "p50": round(statistics.median(ordered), 3),
        "p95": at(0.95),
        "p99": at(0.99),
        "n": len(ordered),
    }


def time_each(fn, items) -> list[float]:
    out = []
    for item in items:
        started = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - started) * 1000)
    return out


def run_tracked(cmd: list[str], **kwargs) -> tuple[float, int, str]:
    """Run a command; returns (seconds, peak RSS of its process tree in bytes, stdout)."""
    import psutil

    started = time.perf_counter()
    process = subprocess.Popen(
        cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, **kwargs
    )
    root = psutil.Process(process.pid)
    peak = 0
    output: list[bytes] = []
    reader = threading.Thread(target=lambda: output.append(process.stdout.read()))
    reader.start()
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    reader.join()
    if process.returncode:
        raise RuntimeError(f"{cmd} failed with {process.returncode}")
    return time.perf_counter() - started, peak, b"".join(output).decode()


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


# -- HTTP -----------------------------------------------------------------------


class HttpClient:
    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def get(self, path: str) -> bytes:
        self.conn.request("GET", path)
        response = self.conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"{path}: {response.status} {body[:200]!r}")
        return body


def start_server(cmd: list[str], port: int, probe: str) -> subprocess.Popen:
    process = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            HttpClient(port).get(probe)
            return process
        except (OSError, RuntimeError, http.client.HTTPException):
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"server did not start: {cmd}")


def throughput(port: int, paths: list[str], clients: int = 4, seconds: float = 10.0) -> float:
    done = [0] * clients
    stop = time.monotonic() + seconds

    def worker(n: int) -> None:
        client = HttpClient(port)
        i = n
        while time.monotonic() < stop:
            client.get(paths[i % len(paths)])
            done[n] += 1
            i += clients

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done) / (time.monotonic() - started)


@contextlib.contextmanager
def pressroom_server(index_dir: Path, workers: int, probe: str = "/api/stats"):
    """`pressroom serve --workers N` on a free port, once ``probe`` answers;
    yields (port, pid)."""
    port = free_port()
    cmd = [sys.executable, "-m", "searcher.cli", "serve", "--index", str(index_dir)]
    cmd += ["--port", str(port), "--workers", str(workers)]
    server = start_server(cmd, port, probe)
    try:
        yield port, server.pid
    finally:
        server.terminate()
        server.wait(10)


def tree_rss(pid: int) -> dict:
    """Resident memory of a server and its workers, summed (shared pages counted
    in each), and the largest peak of any one of them."""
    import psutil

    root = psutil.Process(pid)
    tree = [root, *root.children(recursive=True)]
    each = [rss_of(p.pid) for p in tree]
    return {
        "rss": sum(m["rss"] for m in each),
        # Proportional: a page shared by n processes counts 1/n in each, so the
        # sum is what the server holds (what forked workers share counts once).
        "pss": sum(m["pss"] for m in each),
        "peak": max(m["peak"] for m in each),
        "processes": len(each),
    }


def rss_of(pid: int) -> dict:
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    kib = lambda key: int(fields[key].split()[0]) * 1024  # noqa: E731
    rollup = Path(f"/proc/{pid}/smaps_rollup")
    pss = kib("VmRSS")  # where the kernel has no rollup: RSS, an upper bound
    if rollup.exists():
        line = next(x for x in rollup.read_text().splitlines() if x.startswith("Pss:"))
        pss = int(line.split()[1]) * 1024
    return {"rss": kib("VmRSS"), "pss": pss, "peak": kib("VmHWM")}


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- the engines ------------------------------------------------------------------


def pressroom_path(query: BenchQuery, facets: bool) -> str:
    params = [
        ("q", query.pressroom),
        ("per_page", "10"),
        ("facets", "speaker,year" if facets else ""),
    ]
    if query.speaker:
        params.append(("speaker", query.speaker))
    return "/api/search?" + urllib.parse.urlencode(params)


def datasette_path(query: BenchQuery, facets: bool) -> str:
    params = [
        ("_search", query.fts5),
        ("_searchmode", "raw"),
        ("_size", "10"),
        ("_shape", "objects"),
    ]
    if facets:
        params += [("_facet", "speaker"), ("_facet", "year")]
    if query.speaker:
        params.append(("speaker", query.speaker))
    return "/bench/docs.json?" + urllib.parse.urlencode(params)


def measure_core(index_dir: Path, queries: list[BenchQuery]) -> dict:
    from searcher.request import SearchRequest
    from searcher.search import SearchEngine

    engine = SearchEngine(index_dir, time_budget=60)

    def request(q: BenchQuery, facets: bool) -> SearchRequest:
        filters = {"speaker": (q.speaker,)} if q.speaker else {}
        return SearchRequest(
            q=q.pressroom,
            filters=filters,
            per_page=10,
            facets=("speaker", "year") if facets else (),
        )

    out = {}
    for facets in (False, True):
        requests = [request(q, facets) for q in queries]
        # The first pass reads posting lists from disk; the second finds
        # them in the cache, as a long-running server mostly would.
        first = time_each(engine.search, requests)
        samples = time_each(engine.search, requests)
        out["facets" if facets else "top10"] = percentiles(samples)
        out["facets" if facets else "top10"]["first_pass"] = percentiles(first)
        out["facets" if facets else "top10"]["by_kind"] = {
            kind: percentiles([s for s, q in zip(samples, queries) if q.kind == kind])["p50"]
            for kind in ("keyword", "phrase", "speaker")
        }
    return out


def measure_http(port: int, queries: list[BenchQuery], path_for, seconds: float) -> dict:
    client = HttpClient(port)
    out = {}
    for facets in (False, True):
        paths = [path_for(q, facets) for q in queries]
        first = time_each(client.get, paths)
        out["facets" if facets else "top10"] = percentiles(time_each(client.get, paths))
        out["facets" if facets else "top10"]["first_pass"] = percentiles(first)
    facet_paths = [path_for(q, True) for q in queries]
    out["facets_new_connection"] = new_connection_percentiles(port, facet_paths)
    out["throughput_rps_4_clients"] = round(throughput(port, facet_paths, 4, seconds), 1)
    return out


#: Passes over the queries on new connections before the measured one: each
#: connection may land on any worker process, and each worker warms its own caches.
NEW_CONNECTION_WARM_PASSES = 4


def new_connection_percentiles(port: int, paths: list[str]) -> dict:
    """Latencies with a new connection per request (as curl and most scripts make),
    once every worker has seen the queries."""

    def get(path: str) -> bytes:
        client = HttpClient(port)
        try:
            return client.get(path)
        finally:
            client.conn.close()

    for _ in range(NEW_CONNECTION_WARM_PASSES):
        time_each(get, paths)
    return percentiles(time_each(get, paths))


# -- one size ----------------------------------------------------------------------


def load_corpus() -> list[dict]:
    with gzip.open(SENATE, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


def run_size(corpus: list[dict], size: int, args) -> dict:
    work = OUT / str(size)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    docs = corpus if size >= len(corpus) else random.Random(SEED).sample(corpus, size)
    source = work / "input.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    queries = build_queries(docs, seed=SEED)
    result: dict = {"documents": len(docs), "queries": len(queries)}
    print(f"\n== {len(docs):,} documents, {len(queries)} queries", flush=True)

    index_dir = work / "pressroom-index"
    seconds, peak, output = run_tracked(
        [
            sys.executable,
            "-m",
            "searcher.cli",
            "ingest",
            str(source),
            "--index",
            str(index_dir),
            "--json",
        ]
    )
    summary = json.loads(output)
    assert summary["documents"] == len(docs), summary
    result["pressroom"] = {
        "build_s": round(seconds, 1),
        "docs_per_s": round(len(docs) / seconds, 1),
        "index_bytes": dir_size(index_dir),
        "ingest_peak_rss": peak,
    }
    print(f"pressroom ingest: {seconds:.1f} s ({len(docs) / seconds:.0f} docs/s)", flush=True)

    if size <= args.naive_max:
        naive_dir = work / "naive-whoosh"
        seconds, peak, _ = run_tracked(
            [
                sys.executable,
                "-m",
                "tests.benchmarks.bench",
                "naive-build",
                str(source),
                str(naive_dir),
            ]
        )
        result["naive_whoosh"] = {
            "build_s": round(seconds, 1),
            "docs_per_s": round(len(docs) / seconds, 1),
            "index_bytes": dir_size(naive_dir),
        }
        print(f"naive whoosh build: {seconds:.1f} s", flush=True)

    result["pressroom"]["core"] = measure_core(index_dir, queries)
    print(f"core: {result['pressroom']['core']}", flush=True)
    # One server process, then one per core, on the same index: what the
    # pre-fork of `serve --workers N` buys at 4 concurrent clients.
    facet_paths = [pressroom_path(q, True) for q in queries]
    workers = os.cpu_count() or 1
    with pressroom_server(index_dir, 1) as (port, _):
        one_worker = throughput(port, facet_paths, 4, args.seconds)
    with pressroom_server(index_dir, workers) as (port, pid):
        result["pressroom"]["http"] = measure_http(port, queries, pressroom_path, args.seconds)
        result["pressroom"]["serve_memory"] = tree_rss(pid)
    result["pressroom"]["http"]["workers"] = workers
    result["pressroom"]["http"]["throughput_rps_4_clients_1_worker"] = round(one_worker, 1)
    result["pressroom"]["http"]["throughput_workers_vs_1"] = round(
        result["pressroom"]["http"]["throughput_rps_4_clients"] / one_worker, 2
    )
    print(f"http: {result['pressroom']['http']}", flush=True)

    fts_path = work / "fts5.db"
    seconds = baselines.build_fts5(docs, fts_path)
    fts = baselines.Fts5Searcher(fts_path)
    fts_result = {"build_s": round(seconds, 1), "index_bytes": fts_path.stat().st_size}
    for name, fn in (("top10", fts.top10), ("facets", fts.top10_with_facets)):
        time_each(fn, queries)
        fts_result[name] = percentiles(time_each(fn, queries))
    result["fts5"] = fts_result
    print(f"fts5: {fts_result}", flush=True)

    if baselines.datasette_available() and not args.skip_datasette:
        db = baselines.prepare_datasette_db(fts_path, work / "bench.db")
        port = free_port()
        server = start_server(
            [
                sys.executable,
                "-m",
                "datasette",
                "serve",
                str(db),
                "--port",
                str(port),
                "--setting",
                "suggest_facets",
                "off",
                "--setting",
                "sql_time_limit_ms",
                "20000",
                "--setting",
                "facet_time_limit_ms",
                "20000",
                "--setting",
                "num_sql_threads",
                "4",
            ],
            port,
            "/bench/docs.json?_size=1",
        )
        try:
            result["datasette"] = measure_http(port, queries, datasette_path, args.seconds)
            result["datasette"]["serve_memory"] = rss_of(server.pid)
        finally:
            server.terminate()
            server.wait(10)
        print(f"datasette: {result['datasette']}", flush=True)

    result["ratios"] = ratios(result)
    return result


def ratios(result: dict) -> dict:
    ours = result["pressroom"]
    out = {
        "core_facets_p50_vs_fts5": round(
            ours["core"]["facets"]["p50"] / result["fts5"]["facets"]["p50"], 2
        ),
        "http_facets_p50_vs_fts5": round(
            ours["http"]["facets"]["p50"] / result["fts5"]["facets"]["p50"], 2
        ),
        "http_top10_p50_vs_fts5": round(
            ours["http"]["top10"]["p50"] / result["fts5"]["top10"]["p50"], 2
        ),
    }
    out["http_facets_new_connection_p50_vs_fts5"] = round(
        ours["http"]["facets_new_connection"]["p50"] / result["fts5"]["facets"]["p50"], 2
    )
    if "datasette" in result:
        out["http_facets_p50_vs_datasette"] = round(
            ours["http"]["facets"]["p50"] / result["datasette"]["facets"]["p50"], 2
        )
        out["http_facets_new_connection_p50_vs_datasette"] = round(
            ours["http"]["facets_new_connection"]["p50"]
            / result["datasette"]["facets_new_connection"]["p50"],
            2,
        )
    if "naive_whoosh" in result:
        out["ingest_vs_naive_whoosh"] = round(
            ours["build_s"] / result["naive_whoosh"]["build_s"], 2
        )
    return out


def new_connection(http: dict) -> str:
    """ "p50 / p95" with a new connection per request (absent from older result files)."""
    figures = http.get("facets_new_connection")
    return f"{figures['p50']:.2f} / {figures['p95']:.2f}" if figures else ""


def table(results: dict) -> str:
    mib = lambda b: f"{b / 2**20:.0f}"  # noqa: E731
    lines = [
        "| docs | engine | build s | docs/s | index MiB | top-10 p50/p95 ms | +facets p50/p95 ms | HTTP top-10 p50/p95 | HTTP +facets p50/p95 | HTTP +facets, new connections | HTTP req/s (4 clients; 1 worker) | serve RSS MiB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for size, r in results.items():
        p = r["pressroom"]
        lines.append(
            f"| {size} | Pressroom | {p['build_s']} | {p['docs_per_s']:.0f} | {mib(p['index_bytes'])} "
            f"| {p['core']['top10']['p50']:.2f} / {p['core']['top10']['p95']:.2f} "
            f"| {p['core']['facets']['p50']:.2f} / {p['core']['facets']['p95']:.2f} "
            f"| {p['http']['top10']['p50']:.2f} / {p['http']['top10']['p95']:.2f} "
            f"| {p['http']['facets']['p50']:.2f} / {p['http']['facets']['p95']:.2f} "
            f"| {new_connection(p['http'])} "
            f"| {p['http']['throughput_rps_4_clients']} ({p['http']['workers']} workers); "
            f"{p['http']['throughput_rps_4_clients_1_worker']} | {mib(p['serve_memory']['rss'])} |"
        )
        if "naive_whoosh" in r:
            n = r["naive_whoosh"]
            lines.append(
                f"| {size} | naive Whoosh | {n['build_s']} | {n['docs_per_s']:.0f} | {mib(n['index_bytes'])} | | | | | | | |"
            )
        f = r["fts5"]
        lines.append(
            f"| {size} | SQLite FTS5 | {f['build_s']} | | {mib(f['index_bytes'])} "
            f"| {f['top10']['p50']:.2f} / {f['top10']['p95']:.2f} | {f['facets']['p50']:.2f} / {f['facets']['p95']:.2f} | | | | | |"
        )
        if "datasette" in r:
            d = r["datasette"]
            lines.append(
                f"| {size} | Datasette | | | | | "
                f"| {d['top10']['p50']:.2f} / {d['top10']['p95']:.2f} | {d['facets']['p50']:.2f} / {d['facets']['p95']:.2f} "
                f"| {new_connection(d)} | {d['throughput_rps_4_clients']} | {mib(d['serve_memory']['rss'])} |"
            )
    lines.append("")
    for size, r in results.items():
        lines.append(
            f"ratios at {size}: " + ", ".join(f"{k} = {v}" for k, v in r["ratios"].items())
        )
    for size, r in results.items():
        # The top-10 pass runs first, so its first pass is the one with a cold cache.
        ours = r["pressroom"]
        core, http = ours["core"]["top10"]["first_pass"], ours["http"]["top10"]["first_pass"]
        lines.append(
            f"first pass (cold posting cache) at {size}: top-10 core {core['p50']:.2f} / "
            f"{core['p95']:.2f} ms, HTTP {http['p50']:.2f} / {http['p95']:.2f} ms; peak memory: "
            f"ingest {ours['ingest_peak_rss'] / 2**20:.0f} MiB, "
            f"serve {ours['serve_memory']['peak'] / 2**20:.0f} MiB"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["naive-build"]:
        with gzip.open(argv[1], "rt", encoding="utf-8") as stream:
            docs = [json.loads(line) for line in stream]
        print(baselines.naive_whoosh_build(docs, Path(argv[2])))
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000,72635", help="comma-separated document counts")
    parser.add_argument(
        "--seconds", type=float, default=10.0, help="duration of each throughput run"
    )
    parser.add_argument(
        "--naive-max", type=int, default=10000, help="largest size with a naive Whoosh build"
    )
    parser.add_argument("--skip-datasette", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT / "results.json")
    args = parser.parse_args(argv)
    if not SENATE.exists():
        print(f"{SENATE} is absent: the benchmark needs ../shared/corpora", file=sys.stderr)
        return 2
    corpus = load_corpus()
    results = {}
    for size in (int(s) for s in args.sizes.split(",")):
        results[str(min(size, len(corpus)))] = run_size(corpus, size, args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    machine = {
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "date": time.strftime("%Y-%m-%d"),
    }
    args.out.write_text(json.dumps({"machine": machine, "results": results}, indent=2))
    print("\n" + table(results))
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
