"""``pressroom``: the command-line front door, a thin layer over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from index import fields as registry
from index.store import IndexUnavailable, default_index_dir, index_exists
from searcher.export import MAX_EXPORT_ROWS
from searcher.query_parser import QuerySyntaxError
from searcher.request import (
    DEFAULT_FACET_SIZE,
    DEFAULT_FACETS,
    DEFAULT_PER_PAGE,
    FACET_NAMES,
    MAX_FACET_SIZE,
    MAX_PER_PAGE,
    MAX_RECENCY_DAYS,
    MIN_RECENCY_DAYS,
    SORTS,
    InvalidParameter,
    SearchRequest,
)

INDEX_HELP = "Index directory (default: $PRESSROOM_INDEX, else ~/.local/share/pressroom/index)."


def _index_option(func):
    return click.option(
        "--index",
        "index_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help=INDEX_HELP,
    )(func)


def _resolve_index(index_dir: Path | None) -> Path:
    return index_dir if index_dir is not None else default_index_dir()


def _print_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _engine(index_dir: Path | None):
    from searcher.search import SearchEngine

    try:
        return SearchEngine(_resolve_index(index_dir))
    except IndexUnavailable as err:
        _fail(str(err))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pressroom")
def main() -> None:
    """Pressroom: search press releases for who said what, where, and when."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_index_option
@click.option("--rebuild", is_flag=True, help="Start from an empty index.")
@click.option("--if-missing", is_flag=True, help="Do nothing when the index already has documents.")
@click.option("--batch-size", default=5000, show_default=True, help="Documents per commit.")
@click.option("--workers", type=int, default=None, help="Worker processes (default: one per core).")
@click.option("--wait", default=10.0, show_default=True, help="Seconds to wait for another writer.")
@click.option(
    "--layout",
    default=None,
    help="Path pattern whose fields become metadata, e.g. '{speaker}/{date:%d%b%Y}{ignore}.txt', or a preset name (senate).",
)
@click.option(
    "--cluster",
    default=None,
    metavar="ADDRESS",
    help="Prepare documents on the workers of this Dask scheduler (e.g. tcp://host:8786) "
    "instead of local processes; needs the `cluster` extra.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--strict", is_flag=True, help="Exit with status 1 when any input was rejected.")
def ingest(
    paths,
    index_dir,
    rebuild,
    if_missing,
    batch_size,
    workers,
    wait,
    layout,
    cluster,
    as_json,
    strict,
) -> None:
    """Add press releases to the index: files, directories and archives of JSON Lines,
    CSV, text, HTML, RSS/Atom feeds and XML releases."""
    from index.cluster import ClusterUnavailable
    from index.ingest import ingest as run_ingest
    from index.writer import IndexBusy

    target = _resolve_index(index_dir)
    if if_missing and not rebuild and index_exists(target):
        click.echo(f"index at {target} exists; nothing to do", err=True)
        return
    bar = None
    if sys.stderr.isatty() and not as_json:
        from tqdm import tqdm

        bar = tqdm(unit=" docs", desc="ingest", file=sys.stderr, dynamic_ncols=True)
    try:
        report = run_ingest(
            paths,
            target,
            rebuild=rebuild,
            batch_size=batch_size,
            workers=workers,
            progress=bar.update if bar else None,
            lock_timeout=wait,
            layout=layout,
            cluster=cluster,
        )
    except (IndexBusy, IndexUnavailable, ClusterUnavailable) as err:
        _fail(str(err))
    except OSError as err:
        _fail(_write_failure(err, target))
    except Exception as err:  # never a traceback: one line, and the index as it was
        _fail(f"ingest stopped: {type(err).__name__}: {err}; {KEPT}")
    finally:
        if bar is not None:
            bar.close()
    _print_report(report, target, as_json)
    _exit_status(strict, report.rejected, report.added + report.updated + report.unchanged)


KEPT = "the index keeps every document committed before (check it with `pressroom check`)"


def _write_failure(err: OSError, target: Path) -> str:
    """One line for a failed write: the full disk or file-size limit said as such."""
    import errno

    reason = err.strerror or str(err)
    if err.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        reason = f"{reason} (the disk is full or a file-size limit was reached)"
    where = f" ({err.filename})" if err.filename else ""
    return f"ingest stopped: cannot write the index at {target}: {reason}{where}; {KEPT}"


def _exit_status(strict: bool, rejected: list, read: int) -> None:
    """Status 1 when nothing could be read, or with --strict when anything was rejected."""
    if (strict and rejected) or (rejected and read == 0):
        sys.exit(1)


def _print_report(report, target: Path, as_json: bool) -> None:
    """An ingest's summary, and each rejected input with its reason."""
    if as_json:
        _print_json(report.to_dict())
        return
    truncated = f", truncated {len(report.truncated)}" if report.truncated else ""
    click.echo(
        f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, "
        f"rejected {len(report.rejected)}{truncated}; {report.documents} documents in {target} "
        f"({report.seconds:.1f} s)"
    )
    for notice in report.truncated:
        click.echo(f"truncated {notice}", err=True)
    for rejection in report.rejected:
        click.echo(f"rejected {rejection}", err=True)


#: One option per filter of the API (index/fields.py), e.g. --speaker, --month.
FILTER_OPTIONS = tuple((f.cli_option, f.help) for f in registry.filters())


def _query_options(func):
    """The query, filters, dates, sort and boosts that `search` and `export` share."""
    options = [
        click.argument("query", nargs=-1),
        _index_option,
        *(click.option(name, multiple=True, help=text) for name, text in FILTER_OPTIONS),
        click.option("--from", "date_from", default=None, help="Earliest date, YYYY-MM-DD."),
        click.option("--to", "date_to", default=None, help="Latest date, YYYY-MM-DD."),
        click.option("--sort", type=click.Choice(SORTS), default="relevance"),
        click.option("--collapse", is_flag=True, help="One result per group of copies."),
        click.option(
            "--recency",
            type=float,
            default=None,
            help=f"Boost recent releases (half-life in days, {MIN_RECENCY_DAYS} to {MAX_RECENCY_DAYS}).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _request(
    query, date_from, date_to, sort, collapse, recency, filters, **paging
) -> SearchRequest:
    """A SearchRequest from command-line options, validated like the API's."""
    from searcher.request import request_from_params

    params = {name: list(values) for name, values in filters.items() if values}
    params.update(
        q=[" ".join(query)],
        sort=[sort],
        **{name: [str(value)] for name, value in paging.items()},
        **({"from": [date_from]} if date_from else {}),
        **({"to": [date_to]} if date_to else {}),
        **({"collapse": ["1"]} if collapse else {}),
        **({"recency": [str(recency)]} if recency else {}),
    )
    try:
        return request_from_params(lambda name: params.get(name, []))
    except InvalidParameter as err:
        _fail(err.message if err.parameter == "q" else str(err), 2)


@main.command()
@_query_options
@click.option(
    "--limit",
    default=DEFAULT_PER_PAGE,
    show_default=True,
    help=f"Results per page (at most {MAX_PER_PAGE}).",
)
@click.option("--page", default=1, show_default=True)
@click.option(
    "--facets",
    default=",".join(DEFAULT_FACETS),
    show_default=True,
    help=f"Facets to count, comma-separated: {', '.join(FACET_NAMES)} ('' for none).",
)
@click.option(
    "--facet-size",
    default=DEFAULT_FACET_SIZE,
    show_default=True,
    help=f"Values per facet (at most {MAX_FACET_SIZE}).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON document of /api/search.")
def search(
    query,
    index_dir,
    date_from,
    date_to,
    sort,
    collapse,
    recency,
    limit,
    page,
    facets,
    facet_size,
    as_json,
    **filters,
) -> None:
    """Search the index. With no QUERY, every document matches."""
    request = _request(
        query,
        date_from,
        date_to,
        sort,
        collapse,
        recency,
        filters,
        page=page,
        per_page=limit,
        facets=facets,
        facet_size=facet_size,
    )
    _run_search(index_dir, request, as_json)


@main.command()
@_query_options
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True
)
@click.option(
    "--limit",
    default=MAX_EXPORT_ROWS,
    show_default=True,
    help=f"Most rows (at most {MAX_EXPORT_ROWS:,}; see --all).",
)
@click.option("--offset", default=0, show_default=True, help="Skip this many results first.")
@click.option("--all", "everything", is_flag=True, help="Every result, however many.")
@click.option(
    "--base-url",
    default="",
    help="Prefix of the page_url column, e.g. http://127.0.0.1:5000 (default: a path).",
)
@click.option(
    "--output",
    "-o",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="File (default: stdout).",
)
def export(
    query,
    index_dir,
    date_from,
    date_to,
    sort,
    collapse,
    recency,
    fmt,
    limit,
    offset,
    everything,
    base_url,
    output,
    **filters,
) -> None:
    """Every result of a search as CSV or JSON Lines, like /api/search.csv and format=jsonl.

    When the search has more results than it wrote (--limit), it says so on
    stderr and exits with status 3; --all streams every result."""
    from searcher.export import (
        TRUNCATED_EXIT_STATUS,
        csv_lines,
        document_path,
        jsonl_lines,
        truncation_message,
        with_page_urls,
    )
    from searcher.matching import QueryTooBroad, SearchTimeout

    if not 1 <= limit <= MAX_EXPORT_ROWS:
        _fail(f"--limit must be between 1 and {MAX_EXPORT_ROWS}", 2)
    if offset < 0:
        _fail("--offset must be 0 or more", 2)
    request = _request(query, date_from, date_to, sort, collapse, recency, filters)
    engine = _engine(index_dir)
    lines = csv_lines if fmt == "csv" else jsonl_lines
    base_url = base_url.rstrip("/")
    written = 0

    def counted(rows):
        nonlocal written
        for row in rows:
            written += 1
            yield row

    try:
        total, rows = engine.result_rows(request, None if everything else limit, offset)
        for line in lines(counted(with_page_urls(rows, lambda i: base_url + document_path(i)))):
            output.write(line)
    except (QuerySyntaxError, QueryTooBroad) as err:
        _fail(f"bad query: {err}", 2)
    except SearchTimeout as err:
        _fail(str(err))
    message = truncation_message(written, total, offset)
    if message:
        output.flush()
        click.echo(f"warning: {message}", err=True)
        sys.exit(TRUNCATED_EXIT_STATUS)


def _run_search(index_dir: Path | None, request: SearchRequest, as_json: bool) -> None:
    from searcher.matching import QueryTooBroad, SearchTimeout
    from searcher.terminal import format_response

    engine = _engine(index_dir)
    try:
        response = engine.search(request)
    except (QuerySyntaxError, QueryTooBroad) as err:
        _fail(f"bad query: {err}", 2)
    except SearchTimeout as err:
        _fail(str(err))
    if as_json:
        _print_json(response.to_dict())
    else:
        click.echo(format_response(response, color=sys.stdout.isatty()), nl=False)


@main.command()
@click.argument("doc_id")
@_index_option
@click.option("--limit", default=10, show_default=True)
@click.option(
    "--json", "as_json", is_flag=True, help="Print the JSON of /api/documents/ID/similar."
)
def similar(doc_id, index_dir, limit, as_json) -> None:
    """Releases most like the document DOC_ID."""
    from searcher.terminal import format_hit

    hits = _engine(index_dir).similar(doc_id, limit)
    if hits is None:
        _fail(f"no document with id {doc_id!r}")
    if as_json:
        _print_json({"id": doc_id, "results": [h.to_dict() for h in hits]})
        return
    for number, hit in enumerate(hits, start=1):
        click.echo(format_hit(number, hit, sys.stdout.isatty(), 100) + "\n")


@main.command()
@click.argument("doc_id")
@_index_option
@click.option("--json", "as_json", is_flag=True, help="Print the JSON of /api/documents/ID.")
def show(doc_id, index_dir, as_json) -> None:
    """One document: metadata, quotes and full text."""
    doc = _engine(index_dir).document(doc_id)
    if doc is None:
        _fail(f"no document with id {doc_id!r}")
    if as_json:
        _print_json(doc)
        return
    click.echo(doc["title"] or "(untitled)")
    for key in ("speaker", "venue", "organization", "date", "dateline", "url", "lang", "source"):
        if doc.get(key):
            click.echo(f"{key}: {doc[key]}")
    if doc["topics"]:
        click.echo(f"topics: {', '.join(doc['topics'])}")
    if doc["copies"]:
        click.echo(f"copies: {', '.join(doc['copies'])}")
    for quote in doc["quotes"]:
        click.echo(f'quote: "{quote["text"]}" ({quote["speaker"] or "unattributed"})')
    click.echo("\n" + doc["text"])


@main.command()
@click.argument("name", required=False, default="")
@_index_option
@click.option("--json", "as_json", is_flag=True, help="Print the JSON of /api/speakers/NAME.")
def speaker(name, index_dir, as_json) -> None:
    """A speaker's profile (NAME: key or any alias); without NAME, all speakers."""
    engine = _engine(index_dir)
    if not name:
        found = engine.speakers()
        if as_json:
            _print_json({"q": "", "total": len(found), "speakers": found})
            return
        for entry in found:
            click.echo(f"{entry['documents']:>7,}  {entry['name']}  ({entry['key']})")
        return
    profile = engine.speaker(name)
    if profile is None:
        _fail(f"no speaker {name!r}; `pressroom speaker` lists them")
    if as_json:
        _print_json(profile)
        return
    _echo_profile(profile)


def _echo_profile(profile: dict) -> None:
    """A speaker's profile as text: counts, timeline bars, top facets, quotes."""
    click.echo(f"{profile['name']} ({profile['key']})")
    span = f", {profile['first_date']} to {profile['last_date']}" if profile["first_date"] else ""
    click.echo(f"{profile['documents']:,} releases{span}")
    if profile["aliases"]:
        click.echo(f"also written: {', '.join(profile['aliases'])}")
    buckets = profile["timeline"]["buckets"]
    if buckets:
        peak = max(b["count"] for b in buckets) or 1
        click.echo("\nreleases per year")
        for bucket in buckets:
            bar = "#" * round(30 * bucket["count"] / peak)
            click.echo(f"  {bucket['value']}  {bucket['count']:>6,}  {bar}")
    for title, entries in (
        ("top venues", profile["venues"]),
        ("organizations", profile["organizations"]),
        ("topics", profile["topics"]),
    ):
        if entries:
            click.echo(f"\n{title}")
            for entry in entries:
                click.echo(f"  {entry['count']:>6,}  {entry['label']}")
    if profile["co_issuers"]:
        click.echo("\njoint releases with")
        for other in profile["co_issuers"]:
            click.echo(f"  {other['joint_releases']:>6,}  {other['name']}")
    if profile["latest_quotes"]:
        click.echo("\nlatest quotes")
        for quote in profile["latest_quotes"]:
            click.echo(f'  {quote["date"] or ""}  "{quote["text"]}"  [{quote["id"]}]')


@main.command()
@_index_option
@click.option("--json", "as_json", is_flag=True, help="Print the JSON of /api/stats.")
def stats(index_dir, as_json) -> None:
    """Document count, speakers, date span and size of the index."""
    engine = _engine(index_dir)
    # Where the index lives is for its owner: the CLI says it, the server does not.
    data = {**engine.stats(), "index_dir": str(engine.index_dir)}
    if as_json:
        _print_json(data)
        return
    for key, value in data.items():
        if key == "date_span" and value:
            value = f"{value[0]} to {value[1]}"
        click.echo(f"{key.replace('_', ' ')}: {value}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--explain",
    is_flag=True,
    help="Add how each field was decided: the header lines, every speaker candidate "
    "with its features and score, the cue behind the title and the venue.",
)
@click.option("--strict", is_flag=True, help="Exit with status 1 when any input was rejected.")
def extract(paths, explain, strict) -> None:
    """Print each release's metadata as JSON Lines (given values kept, the rest extracted)."""
    from index.prepare import resolve
    from index.readers import read_paths
    from index.records import Rejection

    rejected, read = [], 0
    for item in read_paths(paths):
        how: dict | None = {} if explain else None
        try:
            result = item if isinstance(item, Rejection) else resolve(item, how)
        except Exception as err:  # one release must not end the run in a traceback
            result = Rejection(item.source, f"could not be extracted: {err!r}")
        if isinstance(result, Rejection):
            rejected.append(result)
            click.echo(f"rejected {result}", err=True)
            continue
        read += 1
        if result.notice is not None:
            click.echo(f"truncated {result.notice}", err=True)
        data = result.to_dict()
        out = {k: data[k] for k in EXTRACT_KEYS}
        if how is not None:
            how["given"] = sorted(k for k in item.given() if k in EXTRACT_KEYS)
            out["explain"] = how
        click.echo(json.dumps(out, ensure_ascii=False))
    _exit_status(strict, rejected, read)


EXTRACT_KEYS = (
    "id",
    "source",
    "title",
    "text",
    "speaker",
    "venue",
    "dateline",
    "date",
    "organization",
    "quotes",
)


@main.command()
@_index_option
@click.option("--repair", is_flag=True, help="Go back to the newest generation that verifies.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def check(index_dir, repair, as_json) -> None:
    """Verify the index: every segment's files, document counts, columns and
    postings, in every generation kept on disk. Exit status 1 when the current
    generation is damaged (and, with --repair, none could be restored)."""
    from index.integrity import check_index, repair_index

    target = _resolve_index(index_dir)
    if not index_exists(target):
        _fail(f"no index at {target}")
    report = check_index(target)
    restored = repair_index(target, report) if repair and not report.ok else None
    if as_json:
        data = report.to_dict()
        if repair:
            data["restored_generation"] = restored.generation if restored else None
        _print_json(data)
    else:
        for generation in report.generations:
            state = "ok" if generation.ok else "DAMAGED"
            click.echo(
                f"generation {generation.generation}: {state}, {generation.documents} "
                f"documents in {generation.segments} segments"
            )
            for problem in generation.problems:
                click.echo(f"  {problem}")
        if report.ok:
            click.echo(f"the index at {target} is whole")
        elif restored is not None:
            click.echo(
                f"repaired: back to generation {restored.generation} "
                f"({restored.documents} documents); re-run the ingest to add the rest"
            )
        elif repair:
            click.echo("no generation verifies: rebuild with `pressroom ingest --rebuild`")
        else:
            good = report.last_good()
            hint = f"generation {good.generation}" if good else "nothing: rebuild the index"
            click.echo(f"damaged; `pressroom check --repair` would go back to {hint}")
    if not report.ok and restored is None:
        sys.exit(1)


@main.command()
@_index_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, envvar="PORT")
@click.option("--threads", default=4, show_default=True, help="Waitress threads per worker.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Server processes answering searches in parallel (default: one per core).",
)
@click.option("--debug", is_flag=True, help="Flask's reloading debug server instead of waitress.")
@click.option(
    "--export-limit",
    type=click.IntRange(1, MAX_EXPORT_ROWS),
    default=MAX_EXPORT_ROWS,
    show_default=True,
    help="Most rows one CSV/JSON Lines export returns.",
)
def serve(index_dir, host, port, threads, workers, debug, export_limit) -> None:
    """Serve the search page and the JSON API."""
    from index.ingest import default_workers
    from web import create_app
    from web.engine import warm_in_background
    from web.prefork import can_fork, listen, serve_workers

    target = _resolve_index(index_dir)
    config = {"INDEX_DIR": str(target), "EXPORT_LIMIT": export_limit}
    if debug:
        app = create_app(config)
        click.echo(f"Pressroom on http://{host}:{port}/ (index: {target})", err=True)
        app.run(host=host, port=port, debug=True)
        return
    import logging

    import waitress

    logging.basicConfig()  # as waitress.serve does: its warnings reach stderr
    workers = (default_workers() if workers is None else workers) if can_fork() else 1
    try:
        sock = listen(host, port)
    except OSError as err:
        _fail(f"cannot listen on {host}:{port}: {err.strerror or err}")

    def run_worker(number: int | None) -> None:
        # Each worker opens the index itself, after the fork: no shared reader.
        app = create_app({**config, "WORKER": number})
        warm_in_background(app)
        server = waitress.create_server(app, sockets=[sock], threads=threads, ident="pressroom")
        server.run()

    plural = "s" if workers > 1 else ""
    click.echo(
        f"Pressroom on http://{host}:{port}/ (index: {target}, {workers} worker{plural})", err=True
    )
    if workers == 1:
        run_worker(None)
        return
    sys.exit(serve_workers(run_worker, workers, log=lambda line: click.echo(line, err=True)))


@main.group()
def corpus() -> None:
    """Public press-release corpora: download and ingest."""


@corpus.command("fetch")
@click.argument("name", type=click.Choice(["senate"]))
@_index_option
@click.option(
    "--archive",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Ingest this local archive instead of downloading.",
)
@click.option("--url", default=None, help="Download from this URL instead of the default.")
@click.option("--refresh", is_flag=True, help="Download again even when the archive is cached.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def corpus_fetch(name, index_dir, archive, url, refresh, as_json) -> None:
    """Download corpus NAME (senate: github.com/lintool/GrimmerSenatePressReleases) and ingest it."""
    from index.fetch import FetchError, fetch_corpus
    from index.writer import IndexBusy

    target = _resolve_index(index_dir)
    show_bars = sys.stderr.isatty() and not as_json
    bars = {}

    def downloaded(done: int, total: int | None) -> None:
        if not show_bars:
            return
        if "download" not in bars:
            from tqdm import tqdm

            bars["download"] = tqdm(
                total=total, unit="B", unit_scale=True, desc="download", file=sys.stderr
            )
        bars["download"].update(done - bars["download"].n)

    def ingested(count: int) -> None:
        if not show_bars:
            return
        if "ingest" not in bars:
            from tqdm import tqdm

            bars["ingest"] = tqdm(unit=" docs", desc="ingest", file=sys.stderr, dynamic_ncols=True)
        bars["ingest"].update(count)

    try:
        report = fetch_corpus(
            name,
            target,
            archive=archive,
            url=url,
            progress=ingested,
            refresh=refresh,
            download_progress=downloaded,
        )
    except (FetchError, IndexBusy, IndexUnavailable) as err:
        _fail(str(err))
    finally:
        for bar in bars.values():
            bar.close()
    _print_report(report, target, as_json)


if __name__ == "__main__":
    main()
