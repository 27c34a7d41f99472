"""``pressroom``: the command-line front door, a thin layer over the library."""

from __future__ import annotations

import functools
import sys
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import NoReturn

import click

from index import fields as registry
from index.cli_options import fail as _fail
from index.cli_options import index_option as _index_option
from index.cli_options import print_json as _print_json
from index.cli_options import resolve_index as _resolve_index
from searcher.errors import FOREIGN_ERRORS, HANDLED_ERRORS, NotFound, as_pressroom_error
from searcher.export import MAX_EXPORT_ROWS
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

#: Entry-point group through which packages contribute commands (pyproject.toml).
COMMANDS_GROUP = "pressroom.commands"


def _fail_with(err: Exception) -> NoReturn:
    """An error of searcher.errors as one line, with its code and exit status."""
    known = as_pressroom_error(err)
    _fail(f"{known.cli_message} [{known.code}]", known.exit_status)


def _engine(index_dir: Path | None):
    from searcher.search import SearchEngine

    try:
        return SearchEngine(_resolve_index(index_dir))
    except FOREIGN_ERRORS as err:
        _fail_with(err)


@functools.cache
def _contributed_commands() -> dict[str, EntryPoint]:
    return {entry.name: entry for entry in entry_points(group=COMMANDS_GROUP)}


class CommandsGroup(click.Group):
    """The search commands below, and the commands other packages contribute
    through the ``pressroom.commands`` entry points (``index``: ingest,
    extract, check, corpus; ``web``: serve), as Datasette finds its plugins.
    A contributed command is imported only when it is run or listed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_contributed_commands()})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        entry = _contributed_commands().get(cmd_name)
        if command is None and entry is not None:
            command = entry.load()
        return command


@click.group(cls=CommandsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pressroom")
def main() -> None:
    """Pressroom: search press releases for who said what, where, and when."""


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
        _fail_with(err)


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

    if not 1 <= limit <= MAX_EXPORT_ROWS:
        _fail_with(InvalidParameter("limit", f"must be between 1 and {MAX_EXPORT_ROWS}"))
    if offset < 0:
        _fail_with(InvalidParameter("offset", "must be 0 or more"))
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
    except HANDLED_ERRORS as err:
        _fail_with(err)
    message = truncation_message(written, total, offset)
    if message:
        output.flush()
        click.echo(f"warning: {message}", err=True)
        sys.exit(TRUNCATED_EXIT_STATUS)


def _run_search(index_dir: Path | None, request: SearchRequest, as_json: bool) -> None:
    from searcher.terminal import format_response

    engine = _engine(index_dir)
    try:
        response = engine.search(request)
    except HANDLED_ERRORS as err:
        _fail_with(err)
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
        _fail_with(NotFound(f"no document with id {doc_id!r}"))
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
        _fail_with(NotFound(f"no document with id {doc_id!r}"))
    if as_json:
        _print_json(doc)
        return
    click.echo(doc["title"] or "(untitled)")
    for key in ("speaker", "venue", "organization", "date", "dateline", "url", "lang", "source"):
        if doc.get(key):
            click.echo(f"{key}: {doc[key]}")
    if doc["topics"]:
        click.echo(f"topics: {', '.join(doc['topics'])}")
    if doc["co_issuers"]:
        click.echo(f"issued with: {', '.join(doc['co_issuers'])}")
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
        _fail_with(NotFound(f"no speaker {name!r}; `pressroom speaker` lists them"))
    if as_json:
        _print_json(profile)
        return
    from searcher.terminal import format_profile

    click.echo(format_profile(profile), nl=False)


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


if __name__ == "__main__":
    main()
