"""The registry of fields and facets (index/fields.py): one entry reaches the
schema, the API, the OpenAPI document, the page and the CLI."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import pytest
from jsonschema import Draft202012Validator

from index import fields as registry
from index.schema import build_schema, code_field_name, exact_field_name
from tests.conftest import REPO
from tests.registry_probe import PLACE

RELEASES = [
    {
        "id": "h1",
        "title": "Veterans clinic opens",
        "text": "Senator Akaka opened the veterans clinic on Tuesday.",
        "speaker": "Daniel Akaka",
        "dateline": "HONOLULU",
        "date": "2006-03-15",
    },
    {
        "id": "h2",
        "title": "Harbour dredging funded",
        "text": "Senator Hirono announced money for dredging the harbour.",
        "speaker": "Mazie Hirono",
        "dateline": "HONOLULU",
        "date": "2014-01-02",
    },
    {
        "id": "r1",
        "title": "Port cities meet",
        "text": "Mayor Fournier welcomed the port cities to the conference.",
        "speaker": "Élise Fournier",
        "dateline": "ROTTERDAM",
        "date": "2009-06-10",
    },
    {
        "id": "w1",
        "title": "Cyber security hearing",
        "text": "Senator Obama spoke about cyber security at the hearing.",
        "speaker": "Barack Obama",
        "date": "2006-05-20",
    },
]


@pytest.fixture(scope="module")
def probed(tmp_path_factory) -> dict:
    """What every front door shows once ``place`` (a facet over the stored
    dateline) is added to the registry, in a process of its own."""
    workdir = tmp_path_factory.mktemp("registry")
    releases = workdir / "releases.jsonl"
    releases.write_text("".join(json.dumps(r) + "\n" for r in RELEASES), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tests.registry_probe", str(releases), str(workdir)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_shipped_registry_has_no_place_facet():
    # Whatever the probe finds of `place` came from its one entry.
    assert "place" not in registry.filter_names()
    assert "place_exact" not in build_schema().names()


def test_a_new_facet_is_in_the_schema(probed):
    assert probed["added"] == 4
    assert {exact_field_name("place"), code_field_name("place")} <= set(probed["schema"])


def test_a_new_facet_is_counted_and_filtered_by_the_api(probed):
    buckets = probed["api"]["facets"]["place"]
    assert [(b["value"], b["count"], b["selected"]) for b in buckets] == [
        ("HONOLULU", 2, False),
        ("ROTTERDAM", 1, False),
    ]
    filtered = probed["api_filtered"]
    assert filtered["total"] == 2
    assert filtered["filters"] == {"place": ["HONOLULU"]}
    assert {r["id"] for r in filtered["results"]} == {"h1", "h2"}
    # Counting is disjunctive: the facet's own filter does not narrow it.
    assert [(b["value"], b["count"], b["selected"]) for b in filtered["facets"]["place"]] == [
        ("HONOLULU", 2, True),
        ("ROTTERDAM", 1, False),
    ]
    assert sorted((b["label"], b["count"]) for b in filtered["facets"]["speaker"]) == [
        ("Daniel Akaka", 1),
        ("Mazie Hirono", 1),
    ]
    assert probed["api_bad_facet"]["error"]["message"].endswith("year, month, place")


def test_a_new_facet_is_a_query_field_and_an_export_column(probed):
    # `place:honolulu` matches the value HONOLULU (exact values, case aside).
    assert {r["id"] for r in probed["api_query"]["results"]} == {"h1", "h2"}
    assert "place" in probed["api_bad_field"]["error"]["message"]
    header, *rows = list(csv.reader(io.StringIO(probed["csv"])))
    assert header[-1] == "place"
    assert [row[header.index("place")] for row in rows] == ["ROTTERDAM"]


def test_a_new_facet_is_in_the_openapi_document(probed):
    spec = probed["openapi"]
    Draft202012Validator.check_schema({"components": spec["components"]})
    assert probed["served_openapi"] == spec
    for path in ("/api/search", "/api/search.csv"):
        params = {p["name"]: p for p in spec["paths"][path]["get"]["parameters"]}
        assert params["place"]["description"] == PLACE.help
        assert params["place"]["schema"]["type"] == "array"
        assert params["place"]["explode"]
        assert params["facets"]["description"].endswith("month, place.")
    schema = {"$ref": "#/components/schemas/SearchResponse", "components": spec["components"]}
    Draft202012Validator(schema).validate(probed["api_filtered"])


def test_a_new_facet_is_on_the_search_page(probed):
    page = probed["page"]
    sidebar = page[page.index('id="facet-place"') :]
    sidebar = sidebar[: sidebar.index("</fieldset>")]
    assert "<legend>Place of issue</legend>" in sidebar
    assert re.findall(r'name="place" value="([A-Z]+)"', sidebar) == ["HONOLULU", "ROTTERDAM"]
    chosen = probed["page_filtered"]
    assert 'data-total="1"' in chosen
    assert re.search(r'class="chip"[^>]*>Place of issue: ROTTERDAM', chosen)


def test_a_new_facet_is_an_option_of_pressroom_search(probed):
    help_text = probed["cli_help"]
    line = next(line for line in help_text.splitlines() if line.strip().startswith("--place"))
    assert "Only releases issued from this place" in line
    assert re.search(r"--facets.*month, place", " ".join(help_text.split()))
    found = json.loads(probed["cli_search"])
    assert found["total"] == 2
    assert found["filters"] == {"place": ["HONOLULU"]}


def test_every_facet_has_its_index_fields():
    names = set(build_schema().names())
    for entry in registry.facets():
        assert exact_field_name(entry.name) in names
        assert (code_field_name(entry.name) in names) == (entry.facet == "single")
    assert code_field_name("group") in names
    assert exact_field_name("group") not in names


def test_a_field_of_unknown_kind_or_facet_type_is_refused():
    with pytest.raises(ValueError, match="kind 'blob'"):
        registry.Field("x", "blob")
    with pytest.raises(ValueError, match="facet 'many'"):
        registry.Field("x", "facet", facet="many")
