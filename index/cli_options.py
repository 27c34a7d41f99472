"""What every ``pressroom`` command shares, whichever package contributes it:
the ``--index`` option, JSON output and the one-line error."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from index.store import default_index_dir

INDEX_HELP = "Index directory (default: $PRESSROOM_INDEX, else ~/.local/share/pressroom/index)."

F = TypeVar("F", bound=Callable[..., Any])


def index_option(func: F) -> F:
    return click.option(
        "--index",
        "index_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help=INDEX_HELP,
    )(func)


def resolve_index(index_dir: Path | None) -> Path:
    return index_dir if index_dir is not None else default_index_dir()


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def fail(message: str, code: int = 1) -> NoReturn:
    """Say what went wrong in one line on stderr and exit with status ``code``."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)
