"""The commands of the ``index`` package: ingest, extract, check and corpus.

``pressroom`` finds them through the ``pressroom.commands`` entry points
(pyproject.toml), so that the search core's CLI does not depend on ingest.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import click

from index.cli_options import fail, index_option, print_json, resolve_index
from index.store import IndexUnavailable, index_exists


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@index_option
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

    target = resolve_index(index_dir)
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
            progress=_progress(bar),
            lock_timeout=wait,
            layout=layout,
            cluster=cluster,
        )
    except (IndexBusy, IndexUnavailable, ClusterUnavailable) as err:
        fail(str(err))
    except OSError as err:
        fail(_write_failure(err, target))
    except Exception as err:  # never a traceback: one line, and the index as it was
        fail(f"ingest stopped: {type(err).__name__}: {err}; {KEPT}")
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
        print_json(report.to_dict())
        return
    truncated = f", truncated {len(report.truncated)}" if report.truncated else ""
    if report.issuers_revised:  # (joint releases filed by their press contacts or house style)
        truncated += f", {report.issuers_revised} speakers revised"
    merged = ""
    if report.merges:
        seconds = sum(step.seconds for step in report.merges)
        segments = sum(step.segments for step in report.merges)
        merged = f"; {segments} segments merged in {len(report.merges)} steps ({seconds:.1f} s)"
    click.echo(
        f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, "
        f"rejected {len(report.rejected)}{truncated}; {report.documents} documents in {target} "
        f"({report.seconds:.1f} s{merged})"
    )
    for notice in report.truncated:
        click.echo(f"truncated {notice}", err=True)
    for rejection in report.rejected:
        click.echo(f"rejected {rejection}", err=True)


def _progress(bar) -> Callable[[int], None] | None:
    """tqdm's ``update`` as an ingest progress callback (its return value dropped)."""
    if bar is None:
        return None

    def advance(done: int) -> None:
        bar.update(done)

    return advance


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--explain",
    is_flag=True,
    help="Add how each field was decided: the header lines, every speaker candidate "
    "with its features and score, the cue behind the title and the venue, the press "
    "contacts.",
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
        if how is not None and not isinstance(item, Rejection):
            how["given"] = sorted(k for k in item.given() if k in EXTRACT_KEYS)
            # (what an ingest's contact book would learn from, or decide a joint release by)
            how["contacts"] = result.contacts
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
    "co_issuers",
)


@click.command()
@index_option
@click.option("--repair", is_flag=True, help="Go back to the newest generation that verifies.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def check(index_dir, repair, as_json) -> None:
    """Verify the index: every segment's files, document counts, columns and
    postings, in every generation kept on disk. Exit status 1 when the current
    generation is damaged (and, with --repair, none could be restored)."""
    from index.integrity import check_index, repair_index

    target = resolve_index(index_dir)
    if not index_exists(target):
        fail(f"no index at {target}")
    report = check_index(target)
    # (A damaged posting arrays file leaves the index whole; --repair deletes it.)
    rebuildable = any(p.rebuildable for g in report.generations for p in g.problems)
    restored = repair_index(target, report) if repair and (rebuildable or not report.ok) else None
    if as_json:
        data = report.to_dict()
        if repair:
            data["restored_generation"] = restored.generation if restored else None
        print_json(data)
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


@click.command()
@index_option
@click.option("--wait", default=10.0, show_default=True, help="Seconds to wait for another writer.")
@click.option("--json", "as_json", is_flag=True, help="Print the merges as JSON.")
def merge(index_dir, wait, as_json) -> None:
    """Merge the index's segments now, as every ingest commit does: runs of
    ten neighbouring segments of one size are merged into one, until none is
    left, and big segments without a posting arrays file get one. For an
    index written before merges (or those files) existed. Searches go on
    meanwhile."""
    from whoosh.index import LockError

    from index.ingest import merge as merge_index
    from index.segments import segment_count
    from index.store import open_index
    from index.writer import IndexBusy

    target = resolve_index(index_dir)
    if not index_exists(target):
        fail(f"no index at {target}")
    try:
        steps = merge_index(target, lock_timeout=wait)
    except (IndexBusy, LockError):
        fail("another ingest is writing to this index; merge when it has finished")
    segments = segment_count(open_index(target))
    if as_json:
        print_json({"merges": [step.to_dict() for step in steps], "segments": segments})
        return
    for step in steps:
        click.echo(
            f"merged {step.segments} segments ({step.documents} documents) in {step.seconds:.1f} s"
        )
    click.echo(f"{segments} segments in {target}")


@click.group()
def corpus() -> None:
    """Public press-release corpora: download and ingest."""


@corpus.command("fetch")
@click.argument("name", type=click.Choice(["senate"]))
@index_option
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

    target = resolve_index(index_dir)
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
        fail(str(err))
    finally:
        for bar in bars.values():
            bar.close()
    _print_report(report, target, as_json)
