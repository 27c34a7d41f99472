import json

import pytest
from click.testing import CliRunner

from searcher.cli import main
from web import create_app

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def cli_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-index")
    result = CliRunner().invoke(
        main, ["ingest", str(FIXTURES / "search"), "--index", str(path), "--workers", "0"]
    )
    assert result.exit_code == 0, result.output
    assert "added 12, updated 0, unchanged 0, rejected 0" in result.output
    return path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_search_json_is_the_api_document(cli_index):
    result = run(
        "search",
        "veterans",
        "--index",
        cli_index,
        "--json",
        "--facets",
        "speaker,year",
        "--speaker",
        "Barack Obama",
    )
    assert result.exit_code == 0, result.output
    ours = json.loads(result.output)
    client = create_app({"INDEX_DIR": str(cli_index)}).test_client()
    theirs = client.get(
        "/api/search?q=veterans&facets=speaker,year&speaker=Barack+Obama"
    ).get_json()
    ours.pop("took_ms"), theirs.pop("took_ms")
    assert ours == theirs
    assert ours["total"] == 1


def test_search_text_output(cli_index):
    result = run("search", '"stem cell"', "--index", cli_index)
    assert result.exit_code == 0
    assert "1 results" in result.output
    assert "Akaka backs research funding" in result.output
    assert "*stem* *cell*" in result.output


def test_bad_query_exits_2_with_message(cli_index):
    result = run("search", '"stem cell', "--index", cli_index)
    assert result.exit_code == 2
    assert "unclosed quotation mark" in result.output


def test_month_00_is_a_bad_date_not_a_traceback(cli_index):
    result = run("search", "x", "--to", "2007-00", "--index", cli_index)
    assert result.exit_code == 2
    assert "not a date" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_stats_and_reingest(cli_index):
    stats = json.loads(run("stats", "--index", cli_index, "--json").output)
    assert stats["documents"] == 12
    assert stats["speakers"] == 5
    again = run("ingest", FIXTURES / "search", "--index", cli_index, "--json")
    assert json.loads(again.output)["unchanged"] == 12


def test_missing_index_is_a_clear_error(tmp_path):
    result = run("search", "x", "--index", tmp_path / "none")
    assert result.exit_code == 1
    assert "no index at" in result.output


def test_similar_and_show(cli_index):
    similar = json.loads(run("similar", "e1", "--index", cli_index, "--json").output)
    assert "e2" not in {h["id"] for h in similar["results"]}
    shown = run("show", "c1", "--index", cli_index)
    assert "Harbour cities meet in Rotterdam" in shown.output
    assert "speaker: Élise Fournier" in shown.output


def test_extract_prints_json_lines_in_input_order():
    result = run("extract", FIXTURES / "search" / "releases.jsonl")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in rows][:3] == ["a1", "a2", "b1"]
    assert len(rows) == 12
    assert set(rows[0]) == {
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
    }
    assert rows[0]["speaker"] == "Daniel Akaka"  # given metadata is reported as given


def test_export_writes_every_result(cli_index, tmp_path):
    import csv

    out = tmp_path / "out.csv"
    result = run("export", "budget", "OR", "harbour", "--index", cli_index, "-o", out)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["id"] for r in rows} == {"c1", "c2", "d2", "e1", "e2"}
    jsonl = run("export", "ferry", "--index", cli_index, "--format", "jsonl", "--collapse")
    assert len(jsonl.output.splitlines()) == 1  # the two copies collapse into one
    assert run("export", '"unclosed', "--index", cli_index).exit_code == 2


def test_text_output_shows_results_per_year(cli_index):
    result = run("search", "veterans", "--index", cli_index)
    assert "per year: 2006 (2)" in result.output
    by_month = run("search", "--index", cli_index, "--year", "2006")
    assert "per month: 2006-03 (1), 2006-05 (1), 2006-07 (1), 2006-12 (1)" in by_month.output


def test_export_that_stops_early_warns_and_exits_3(cli_index):
    import csv
    import io

    result = run("export", "--index", cli_index, "--limit", "5", "--sort", "oldest")
    assert result.exit_code == 3
    assert "warning: exported 5 of 12 results" in result.stderr
    assert "--offset 5" in result.stderr
    assert "--all" in result.stderr
    first = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(first) == 5
    rest = run("export", "--index", cli_index, "--offset", "5", "--sort", "oldest")
    assert rest.exit_code == 0
    assert rest.stderr == ""
    second = list(csv.DictReader(io.StringIO(rest.stdout)))
    assert len(second) == 7
    assert not {r["id"] for r in first} & {r["id"] for r in second}
    everything = run("export", "--index", cli_index, "--all", "--format", "jsonl")
    assert everything.exit_code == 0
    assert len(everything.stdout.splitlines()) == 12


def test_export_columns_include_page_url_dateline_copies_and_group(cli_index):
    import csv
    import io

    result = run("export", "ferry", "--index", cli_index, "--base-url", "http://x.test/")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["page_url"] for r in rows} == {
        "http://x.test/documents/e1",
        "http://x.test/documents/e2",
    }
    assert {(r["copies"], r["group"]) for r in rows} == {("1", "e1")}
    a1 = run("export", "veterans health", "--index", cli_index, "--format", "jsonl")
    assert json.loads(a1.stdout.splitlines()[0])["dateline"] == "WASHINGTON"


def test_every_api_filter_has_a_cli_option(cli_index):
    from searcher.request import FILTER_NAMES

    for command in ("search", "export"):
        options = {o for p in main.commands[command].params for o in p.opts}
        # Options spell the filter's underscores as hyphens (co_issuer -> --co-issuer).
        assert {f"--{name.replace('_', '-')}" for name in FILTER_NAMES} <= options, command
    search_options = {o for p in main.commands["search"].params for o in p.opts}
    assert {"--facets", "--facet-size", "--from", "--to", "--sort", "--page"} <= search_options
    ours = json.loads(
        run(
            "search", "--index", cli_index, "--month", "2006-03", "--lang", "en",
            "--facets", "speaker", "--facet-size", "1", "--json",
        ).stdout
    )  # fmt: skip
    client = create_app({"INDEX_DIR": str(cli_index)}).test_client()
    theirs = client.get("/api/search?month=2006-03&lang=en&facets=speaker&facet_size=1").get_json()
    ours.pop("took_ms"), theirs.pop("took_ms")
    assert ours == theirs
    assert ours["total"] == 1
    assert len(ours["facets"]["speaker"]) == 1
