"""Functions longer than the limit (60 lines) outside tests.

    python -m tests.tools.long_functions [--limit 60] [PATH ...]

Walks the Python sources under ``index/``, ``searcher/`` and ``web/`` (or
the paths given) with :mod:`ast` and prints each function or method whose
definition, from its ``def`` line (decorators aside) to its last line,
spans more than ``--limit`` lines. Exits 1 when it prints any.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = ("index", "searcher", "web")
LIMIT = 60


def long_functions(path: Path, limit: int = LIMIT) -> Iterator[tuple[int, str, int]]:
    """(line, qualified name, length) of each function in ``path`` over ``limit`` lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))

    def walk(node: ast.AST, prefix: str) -> Iterator[tuple[int, str, int]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = f"{prefix}{child.name}"
                length = (child.end_lineno or child.lineno) - child.lineno + 1
                if length > limit:
                    yield child.lineno, name, length
                yield from walk(child, f"{name}.")
            elif isinstance(child, ast.ClassDef):
                yield from walk(child, f"{prefix}{child.name}.")
            else:
                yield from walk(child, prefix)

    yield from walk(tree, "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=LIMIT)
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args(argv)
    roots = args.paths or [REPO / name for name in SOURCES]
    files = sorted(f for root in roots for f in ([root] if root.is_file() else root.rglob("*.py")))
    found = 0
    for path in files:
        for line, name, length in long_functions(path, args.limit):
            print(
                f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}:{line}: "
                f"{name} is {length} lines (> {args.limit})"
            )
            found += 1
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
