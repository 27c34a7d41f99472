"""The JSON API and the pages, through Flask's test client on the fixture index."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from jsonschema import Draft202012Validator

from web import create_app
from web.openapi import openapi_document

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def client(search_index):
    app = create_app({"INDEX_DIR": str(search_index), "TESTING": True})
    return app.test_client()


@pytest.fixture(scope="module")
def spec():
    document = openapi_document()
    Draft202012Validator.check_schema({"components": document["components"]})
    return document


def validate(spec, name, instance):
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    Draft202012Validator(schema).validate(instance)


def test_search_json_document(client, spec):
    response = client.get("/api/search?q=veterans&facets=speaker,year&per_page=1")
    assert response.status_code == 200
    data = response.get_json()
    validate(spec, "SearchResponse", data)
    assert data["query"] == "veterans"
    assert data["total"] == 2
    assert len(data["results"]) == 1
    assert set(data["facets"]) == {"speaker", "year"}
    assert data["results"][0]["id"] == "a1"
    assert data["suggestion"] is None


def test_repeated_filter_means_or(client):
    one = client.get("/api/search?speaker=Daniel+Akaka").get_json()["total"]
    two = client.get("/api/search?speaker=Daniel+Akaka&speaker=Barack+Obama").get_json()["total"]
    both = client.get("/api/search?speaker=Daniel+Akaka&year=2006&from=2006-05-01").get_json()[
        "total"
    ]
    assert (one, two, both) == (2, 4, 1)


def _ids_and_buckets(client, query, facet):
    data = client.get(f"/api/search?per_page=100&facets={facet}&{query}").get_json()
    ids = sorted(r["id"] for r in data["results"])
    return ids, [(b["value"], b["count"], b["selected"]) for b in data["facets"][facet]]


def test_filters_on_exact_facets_ignore_case_like_the_query(client):
    lower = _ids_and_buckets(client, "lang=en", "lang")
    assert len(lower[0]) == 11  # every English release of the fixture
    assert _ids_and_buckets(client, "lang=EN", "lang") == lower
    assert _ids_and_buckets(client, "q=lang:EN", "lang")[0] == lower[0]


@pytest.mark.parametrize(
    ("filter_", "query"),
    [
        ("speaker=BARACK+OBAMA", "q=speaker:%22BARACK+OBAMA%22"),
        # Not an alias ("ben nelson" is): found as the key is, but for case.
        ("speaker=bennelson", "q=speaker:bennelson"),
        ("venue=SENATE+FLOOR", "q=venue:%22SENATE+FLOOR%22"),
    ],
)
def test_entity_filters_ignore_case_like_the_query(client, filter_, query):
    facet = filter_.split("=")[0]
    ids, buckets = _ids_and_buckets(client, filter_, facet)
    assert ids
    assert ids == _ids_and_buckets(client, query, facet)[0]
    assert not any(selected and count == 0 for _, count, selected in buckets)


@pytest.mark.parametrize(
    ("query", "parameter", "fragment"),
    [
        ("per_page=abc", "per_page", "whole number"),
        ("per_page=1000", "per_page", "between 1 and 100"),
        ("page=0", "page", "1 or more"),
        ("page=99999&per_page=100", "page", "too deep"),
        ("sort=random", "sort", "must be one of"),
        ("from=yesterday", "from", "not a date"),
        # Month or day 00 is no date (it used to pass and fail later with a 500).
        ("to=2007-00", "to", "not a date"),
        ("from=2007-04-00", "from", "not a date"),
        ("to=2007-00-00", "to", "not a date"),
        ("q=date:2007-00", "q", "bad date"),
        ("q=date:[2007-04-00+TO+2008]", "q", "bad date"),
        ("from=2007-01-01&to=2006-01-01", "to", "before from"),
        ("facets=colour", "facets", "unknown facet"),
        ("facet_size=0", "facet_size", "between 1 and 100"),
        ("collapse=maybe", "collapse", "1 or 0"),
        ("q=%22stem+cell", "q", "unclosed quotation mark"),
        ("q=colour:red", "q", "unknown field"),
        ("q=a+OR", "q", "OR needs a term"),
        ("speaker=a%00b", "speaker", "NUL"),
        ("format=xml", "format", "json or jsonl"),
    ],
)
def test_bad_parameters_are_400_json(client, spec, query, parameter, fragment):
    response = client.get(f"/api/search?{query}")
    assert response.status_code == 400
    data = response.get_json()
    validate(spec, "Error", data)
    assert data["error"]["parameter"] == parameter
    assert fragment in data["error"]["message"]


def test_invalid_utf8_is_refused(client):
    response = client.get("/api/search?q=%ff%fe")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "invalid_encoding"


def test_document_and_not_found(client, spec):
    data = client.get("/api/documents/c1").get_json()
    validate(spec, "Document", data)
    assert data["id"] == "c1"
    assert "Zürich to Lisbon" in data["text"]
    missing = client.get("/api/documents/no/such/doc")
    assert missing.status_code == 404
    validate(spec, "Error", missing.get_json())
    assert client.get("/api/nothing-here").status_code == 404


def test_similar_and_stats(client, spec):
    data = client.get("/api/documents/e1/similar?limit=3").get_json()
    validate(spec, "SimilarResponse", data)
    assert "e2" not in {h["id"] for h in data["results"]}
    assert len(data["results"]) <= 3
    assert client.get("/api/documents/nope/similar").status_code == 404
    stats = client.get("/api/stats").get_json()
    validate(spec, "Stats", stats)
    assert stats["documents"] == 12
    assert stats["date_span"] == ["2005-01-05", "2018-03-12"]


def test_openapi_lists_every_endpoint_and_parameter(client, spec):
    served = client.get("/api/openapi.json").get_json()
    assert served == json.loads(json.dumps(spec))
    assert set(spec["paths"]) == {
        "/api/search",
        "/api/search.csv",
        "/api/documents/{id}",
        "/api/documents/{id}/similar",
        "/api/speakers",
        "/api/speakers/{key}",
        "/api/stats",
        "/api/openapi.json",
    }
    documented = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    from searcher.request import FILTER_NAMES

    expected = {
        "q",
        "from",
        "to",
        "sort",
        "page",
        "per_page",
        "facets",
        "facet_size",
        "collapse",
        "recency",
        "format",
        "limit",
        "offset",
    }
    assert documented == expected | set(FILTER_NAMES)


def test_csv_export(client):
    response = client.get("/api/search.csv?q=budget+OR+deficit+OR+harbour")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert {r["id"] for r in rows} == {"c1", "c2", "d2", "e1", "e2"}
    limited = client.get("/api/search.csv?q=budget+OR+deficit+OR+harbour&limit=2").get_data(
        as_text=True
    )
    assert len(list(csv.DictReader(io.StringIO(limited)))) == 2
    assert client.get("/api/search.csv?limit=100000").status_code == 400


def test_csv_cells_cannot_be_formulas():
    from searcher.export import csv_lines

    text = "".join(
        csv_lines([{"id": "x", "title": "=HYPERLINK(1)", "speaker": "@me", "text": "-1"}])
    )
    row = next(csv.DictReader(io.StringIO(text)))
    assert (row["title"], row["speaker"], row["text"]) == ("'=HYPERLINK(1)", "'@me", "'-1")


def test_jsonl_export(client):
    body = client.get("/api/search?format=jsonl&q=harbour").get_data(as_text=True)
    rows = [json.loads(line) for line in body.splitlines()]
    assert {r["id"] for r in rows} == {"c1", "e1", "e2"}
    assert all("text" in r for r in rows)


def test_atom_feed_is_newest_first_and_escaped(client):
    response = client.get("/feed.atom?q=budget+OR+harbour")
    assert response.status_code == 200
    assert "application/atom+xml" in response.content_type
    feed = ET.fromstring(response.data)
    entries = feed.findall(f"{ATOM}entry")
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert len(entries) == 5
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert "<script>alert(1)</script> Budget hearing" in titles  # text, not markup
    summary = (
        next(e for e in entries if "script" in e.find(f"{ATOM}title").text)
        .find(f"{ATOM}summary")
        .text
    )
    assert "<mark>budget</mark>" in summary
    assert "<img" not in summary


def test_search_page(client):
    response = client.get("/?q=veterans")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'data-total="2"' in html
    assert "<mark>veterans</mark>" in html
    assert 'name="speaker" value="Daniel Akaka"' in html  # a facet bucket's checkbox filters
    for header in ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"):
        assert header in response.headers
    assert "<script>" not in html.replace('<script src="/static/app.js" defer></script>', "")


def test_search_page_escapes_document_markup(client):
    html = client.get("/?q=budget").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Budget hearing" in html
    assert "<b>Mallory</b>" not in html
    assert "&lt;b&gt;Mallory&lt;/b&gt;" in html
    assert "<img" not in html


def test_search_page_reports_bad_queries(client):
    response = client.get('/?q="stem+cell')
    assert response.status_code == 400
    assert "unclosed quotation mark" in response.get_data(as_text=True)


def test_document_page(client):
    html = client.get("/documents/c1").get_data(as_text=True)
    assert "<h1>Harbour cities meet in Rotterdam</h1>" in html
    assert 'href="/speakers/%C3%89lise%20Fournier"' in html  # the speaker's page
    assert client.get("/documents/nope").status_code == 404


def test_static_files_stay_inside_static(client):
    assert client.get("/static/style.css").status_code == 200
    for path in (
        "/static/../__init__.py",
        "/static/%2e%2e/__init__.py",
        "/static/..%2f..%2fpyproject.toml",
    ):
        assert client.get(path).status_code == 404


def test_every_search_page_links_its_json_twin(client):
    import html
    import re

    page = client.get("/?q=senate&speaker=Daniel+Akaka&page=2&per_page=1").get_data(as_text=True)
    href = html.unescape(
        re.search(r'<link rel="alternate" type="application/json" href="([^"]+)"', page).group(1)
    )
    twin = client.get(href).get_json()
    assert (twin["query"], twin["page"], twin["per_page"], twin["total"]) == ("senate", 2, 1, 2)
    assert twin["filters"] == {"speaker": ["Daniel Akaka"]}
    assert f'data-total="{twin["total"]}"' in page
    assert twin["results"][0]["title"] in html.unescape(page)


def test_document_page_does_not_repeat_the_headline():
    from web.pages import paragraphs

    text = "Harbour Plan Approved\nThe council approved the plan.\n\nWork starts in May."
    assert paragraphs(text, "Harbour Plan Approved") == [
        "The council approved the plan.",
        "Work starts in May.",
    ]
    assert paragraphs(text, "Another title")[0].startswith("Harbour Plan Approved")


def test_far_future_dates_are_not_errors(client):
    for query in ("to=9999-12", "q=date:9999-12", "q=date:[2005+TO+9999]"):
        assert client.get(f"/api/search?{query}").status_code == 200, query


def test_only_web_urls_become_links(tmp_path):
    import json as json_module

    from index.ingest import ingest

    records = [
        {"id": "u1", "text": "One.", "url": "javascript:alert(1)"},
        {"id": "u2", "text": "Two.", "url": "https://example.org/two"},
    ]
    (tmp_path / "in.jsonl").write_text(
        "".join(json_module.dumps(r) + "\n" for r in records), "utf-8"
    )
    ingest([tmp_path / "in.jsonl"], tmp_path / "ix", workers=0)
    client = create_app({"INDEX_DIR": str(tmp_path / "ix")}).test_client()
    assert 'href="javascript:' not in client.get("/documents/u1").get_data(as_text=True)
    assert 'href="https://example.org/two"' in client.get("/documents/u2").get_data(as_text=True)


def test_help_page_shows_the_index_figures(client):
    html = client.get("/help").get_data(as_text=True)
    assert "This index holds 12 releases" in html
    assert "2005-01-05 to 2018-03-12" in html
    assert 'href="/api/stats"' in html


def test_recency_control_keeps_its_state(client):
    html = client.get("/?q=senate&recency=365").get_data(as_text=True)
    assert 'name="recency" value="365" checked' in html
    assert 'name="recency" value="365" >' in client.get("/?q=senate").get_data(as_text=True)


def test_json_responses_equal_the_standard_encoding(search_index, monkeypatch):
    """orjson writes the responses, byte for byte as the standard encoder's compact
    form; what it cannot encode goes the standard way."""
    import datetime as dt

    import orjson

    calls = []
    real_dumps = orjson.dumps

    def counting_dumps(*args, **kwargs):
        calls.append(args[0])
        return real_dumps(*args, **kwargs)

    monkeypatch.setattr(orjson, "dumps", counting_dumps)
    app = create_app({"INDEX_DIR": str(search_index), "TESTING": True})
    payload = {"name": "Hanson‐Young “quoted”", "n": [1, 2.5, None, True], 3: "key"}
    standard = json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n"
    with app.app_context():
        fast = app.json.response(payload)
        big = app.json.response({"n": 2**70})
        day = app.json.response({"d": dt.date(2026, 12, 5)})
    assert calls[0] is payload  # orjson wrote it
    assert fast.get_data(as_text=True) == standard
    assert json.loads(big.get_data()) == {"n": 2**70}  # past 64 bits: the standard way
    assert json.loads(day.get_data()) == {"d": "Sat, 05 Dec 2026 00:00:00 GMT"}  # as Flask
