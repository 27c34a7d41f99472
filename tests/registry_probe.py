"""Adds one facet to the registry and reports what every front door shows.

Run in its own process by tests/test_registry.py (``python -m
tests.registry_probe RELEASES WORKDIR``): the entry is added before any other
module reads the registry, as an entry written in index/fields.py would be,
and the test process keeps the registry as shipped. Prints one JSON object.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from index import fields as registry

#: A keyword facet over a stored field: the place a release was issued from.
PLACE = registry.Field(
    "place",
    "facet",
    facet="single",
    source="dateline",
    label="Place of issue",
    help="Only releases issued from this place (the dateline). Repeat for OR.",
    sidebar=True,
    export=True,
    query="exact",
)


def probe(releases: Path, workdir: Path) -> dict:
    from click.testing import CliRunner

    from index.ingest import ingest
    from index.schema import build_schema
    from searcher.cli import main as cli
    from web import create_app
    from web.openapi import openapi_document

    index_dir = workdir / "index"
    report = ingest([releases], index_dir, workers=0)
    client = create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client()
    runner = CliRunner()
    return {
        "added": report.added,
        "schema": sorted(build_schema().names()),
        "api": client.get("/api/search?facets=place,speaker").get_json(),
        "api_filtered": client.get("/api/search?place=HONOLULU&facets=place,speaker").get_json(),
        "api_bad_facet": client.get("/api/search?facets=colour").get_json(),
        "openapi": openapi_document(),
        "served_openapi": client.get("/api/openapi.json").get_json(),
        "api_query": client.get("/api/search?q=place:honolulu&facets=").get_json(),
        "api_bad_field": client.get("/api/search?q=colour:red").get_json(),
        "csv": client.get("/api/search.csv?q=place:rotterdam").get_data(as_text=True),
        "page": client.get("/").get_data(as_text=True),
        "page_filtered": client.get("/?place=ROTTERDAM").get_data(as_text=True),
        "cli_help": runner.invoke(cli, ["search", "--help"], terminal_width=200).output,
        "cli_search": runner.invoke(
            cli, ["search", "--index", str(index_dir), "--place", "HONOLULU", "--json"]
        ).output,
    }


if __name__ == "__main__":
    # Before anything else reads the registry: as if the entry were in FIELDS.
    registry.FIELDS = (*registry.FIELDS, PLACE)
    print(json.dumps(probe(Path(sys.argv[1]), Path(sys.argv[2]))))
