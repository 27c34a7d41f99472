"""One error hierarchy: the same bad input gives the same code and message from
the API (with the error's HTTP status) and the CLI (with its exit status)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from searcher import errors, matching
from searcher.cli import main
from web import create_app


def _api(index_dir, path: str):
    response = create_app({"INDEX_DIR": str(index_dir)}).test_client().get(path)
    return response.status_code, response.get_json()["error"]


def _cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


CASES = [
    # (CLI arguments after the index, API path, the error class both must report)
    (["search", '"stem cell'], '/api/search?q="stem cell', errors.QuerySyntaxError),
    (["search", "x", "--from", "2006-13"], "/api/search?q=x&from=2006-13", errors.InvalidParameter),
    (["search", "harbo*"], "/api/search?q=harbo*", errors.QueryTooBroad),
    (["export", "x", "--offset", "-1"], "/api/search.csv?q=x&offset=-1", errors.InvalidParameter),
    (["show", "nope"], "/api/documents/nope", errors.NotFound),
]


@pytest.mark.parametrize(("args", "path", "expected"), CASES)
def test_api_and_cli_report_the_same_error(search_index, monkeypatch, args, path, expected):
    monkeypatch.setattr(matching, "MAX_PREFIX_TERMS", 1)  # "harbo*" matches two words
    status, body = _api(search_index, path)
    result = _cli(*args, "--index", search_index)
    assert (status, body["code"]) == (expected.http_status, expected.code)
    assert result.exit_code == expected.exit_status
    line = result.stderr.strip()
    assert line.startswith("error: ")
    assert line.endswith(f"[{expected.code}]")
    assert body["message"] in line
    assert result.stdout == ""


def test_missing_index_is_the_same_error_without_the_path_on_the_web(tmp_path):
    missing = tmp_path / "none"
    status, body = _api(missing, "/api/search?q=x")
    result = _cli("search", "x", "--index", missing)
    assert (status, body["code"]) == (503, "index_unavailable")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("[index_unavailable]")
    # The terminal belongs to the index's owner: it names the path; the server does not.
    assert str(missing) in result.stderr
    assert str(missing) not in body["message"]


def test_statuses_follow_the_kind_of_error():
    bad_input = [errors.InvalidParameter, errors.QuerySyntaxError, errors.QueryTooBroad]
    assert all(issubclass(e, errors.BadInput) for e in bad_input)
    assert {(e.http_status, e.exit_status) for e in bad_input} == {(400, 2)}
    assert (errors.SearchTimeout.http_status, errors.SearchTimeout.exit_status) == (503, 1)
    codes = [e.code for e in (*bad_input, errors.SearchTimeout, errors.NotFound)]
    assert len(set(codes)) == len(codes)
    # The old places still name the same classes, so callers need no change.
    from searcher.query_parser import QuerySyntaxError
    from searcher.request import InvalidParameter

    assert QuerySyntaxError is errors.QuerySyntaxError
    assert InvalidParameter is errors.InvalidParameter
    assert matching.SearchTimeout is errors.SearchTimeout


def test_syntax_error_details_are_the_json_fields():
    err = errors.QuerySyntaxError("unclosed quotation mark", 3)
    assert str(err) == "unclosed quotation mark (at character 3)"
    assert err.to_dict() == {
        "code": "invalid_query",
        "message": "unclosed quotation mark",
        "parameter": "q",
        "position": 3,
    }
    assert err.cli_message == "bad query: unclosed quotation mark (at character 3)"
