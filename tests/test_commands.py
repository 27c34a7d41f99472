"""`pressroom`'s commands: the search core's own, and those the index and web
packages contribute through the ``pressroom.commands`` entry points."""

from __future__ import annotations

import ast
import subprocess
import sys
from importlib.metadata import entry_points

from click.testing import CliRunner

from searcher.cli import COMMANDS_GROUP, main

from .conftest import REPO

COMMANDS = {
    "check",
    "corpus",
    "export",
    "extract",
    "ingest",
    "merge",
    "search",
    "serve",
    "show",
    "similar",
    "speaker",
    "stats",
}


def test_help_lists_every_command():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    listed = result.output.split("Commands:")[1].split()
    assert {word for word in listed if word in COMMANDS} == COMMANDS
    contributed = {entry.name: entry.value for entry in entry_points(group=COMMANDS_GROUP)}
    assert contributed == {
        "ingest": "index.commands:ingest",
        "extract": "index.commands:extract",
        "check": "index.commands:check",
        "merge": "index.commands:merge",
        "corpus": "index.commands:corpus",
        "serve": "web.commands:serve",
    }
    assert CliRunner().invoke(main, ["serve", "--help"]).exit_code == 0
    assert CliRunner().invoke(main, ["nonsense"]).exit_code == 2


def _imported_modules(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_search_core_imports_neither_web_nor_ingest():
    forbidden = ("web", "flask", "werkzeug", "index.ingest", "index.commands")
    for path in sorted((REPO / "searcher").glob("*.py")):
        for name in _imported_modules(path):
            assert not name.startswith(forbidden), f"{path.name} imports {name}"


def test_a_search_command_loads_no_web_code():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from searcher.cli import main\n"
        "assert CliRunner().invoke(main, ['search', '--help']).exit_code == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('web', 'flask')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
