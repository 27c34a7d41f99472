"""``pressroom serve``: the web front door's command, found by ``pressroom``
through the ``pressroom.commands`` entry points (pyproject.toml), so that the
search core knows nothing of Flask."""

from __future__ import annotations

import sys

import click

from index.cli_options import fail, index_option, resolve_index
from searcher.export import MAX_EXPORT_ROWS


@click.command()
@index_option
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
    from web.allocator import use_one_arena
    from web.engine import warm_in_background
    from web.prefork import can_fork, listen, serve_workers

    target = resolve_index(index_dir)
    config = {"INDEX_DIR": str(target), "EXPORT_LIMIT": export_limit}
    if debug:
        app = create_app(config)
        click.echo(f"Pressroom on http://{host}:{port}/ (index: {target})", err=True)
        app.run(host=host, port=port, debug=True)
        return
    import logging

    from waitress.server import create_server

    logging.basicConfig()  # as waitress.serve does: its warnings reach stderr
    use_one_arena()  # before any waitress thread starts (workers inherit it)
    workers = (default_workers() if workers is None else workers) if can_fork() else 1
    try:
        sock = listen(host, port)
    except OSError as err:
        fail(f"cannot listen on {host}:{port}: {err.strerror or err}")

    def run_worker(number: int | None) -> None:
        # Each worker opens the index itself, after the fork: no shared reader.
        app = create_app({**config, "WORKER": number})
        warm_in_background(app)
        # poll, not select: a large index keeps more than 1,024 files open (some 27 per
        # segment), and select() fails on descriptors past FD_SETSIZE.
        server = create_server(
            app, sockets=[sock], threads=threads, ident="pressroom", asyncore_use_poll=True
        )
        server.run()

    plural = "s" if workers > 1 else ""
    click.echo(
        f"Pressroom on http://{host}:{port}/ (index: {target}, {workers} worker{plural})", err=True
    )
    if workers == 1:
        run_worker(None)
        return
    sys.exit(serve_workers(run_worker, workers, log=lambda line: click.echo(line, err=True)))
