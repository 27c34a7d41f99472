"""The HTML pages through Flask's test client on the fixture index."""

import re
from urllib.parse import parse_qs, unquote, urlparse

import pytest

from web import create_app


@pytest.fixture(scope="module")
def client(search_index):
    app = create_app({"INDEX_DIR": str(search_index), "TESTING": True, "EXPORT_LIMIT": 5})
    return app.test_client()


def html_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.get_data(as_text=True)


def test_query_error_page_has_a_heading_a_caret_and_a_query_to_run(client):
    html = html_of(client, "/?q=veterans+%22stem+cell", status=400)
    assert "<h1>This query cannot be run</h1>" in html
    # The caret stands under the unclosed quotation mark (character 10).
    caret_block = re.search(r'<pre class="query-caret"><code>(.*?)</code>\n(.*?)</pre>', html, re.S)
    query_line = caret_block.group(1).replace("&#34;", '"')
    caret_line = re.sub(r"<[^>]+>", "", caret_block.group(2))
    assert query_line == 'veterans "stem cell'
    assert caret_line.index("^") == query_line.index('"')
    repaired = re.search(r'Run this instead: <a href="([^"]+)">', html).group(1)
    assert parse_qs(urlparse(repaired.replace("&amp;", "&")).query)["q"] == ['veterans "stem cell"']


def test_past_the_last_page_says_how_many_pages_there_are(client):
    html = html_of(client, "/?per_page=5&page=9")
    assert "only 3 pages" in html
    assert re.search(r'href="/\?per_page=5&amp;page=3">go to the last page', html)


def test_merged_copies_are_a_removable_chip(client):
    html = html_of(client, "/?q=ferry&collapse=1")
    chip = re.search(r'<a class="chip" href="([^"]+)">Copies merged', html)
    assert chip
    assert chip.group(1) == "/?q=ferry"
    assert "Copies merged" not in html_of(client, "/?q=ferry")


def test_language_topic_and_chronological_year_facets_on_the_page(client):
    html = html_of(client, "/")
    for name in ("speaker", "organization", "topic", "lang", "year"):
        assert f'id="facet-{name}"' in html, name
    years = re.findall(r'name="year" value="(\d{4})"', html)
    assert years == sorted(years)
    assert len(years) == 7
    # Facet values are real checkboxes, labelled by value and count.
    assert re.search(r'<input type="checkbox" name="lang" value="de"', html)
    assert "☐" not in html
    assert "☑" not in html


def test_export_cap_is_stated_on_the_page(client):
    assert "the first 5 of 12 results" in html_of(client, "/")
    assert "the first 5" not in html_of(client, "/?q=veterans")


def test_csv_export_headers_name_and_columns(client):
    response = client.get("/api/search.csv?q=Harbour+cities&limit=2")
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="pressroom-harbour-cities.csv"'
    )
    total = int(response.headers["X-Total-Count"])
    assert total == 3
    assert response.headers["X-Export-Rows"] == "2"
    assert response.headers["X-Export-Truncated"] == "true"
    assert "offset=2" in response.headers["Link"]
    lines = response.get_data(as_text=True).splitlines()
    assert lines[0].split(",")[:12] == [
        "id",
        "title",
        "speaker",
        "venue",
        "organization",
        "date",
        "dateline",
        "url",
        "page_url",
        "copies",
        "group",
        "score",
    ]
    rest = client.get("/api/search.csv?q=Harbour+cities&limit=2&offset=2")
    assert rest.headers["X-Export-Rows"] == "1"
    assert rest.headers["X-Export-Truncated"] == "false"
    assert "Link" not in rest.headers
    assert client.get("/api/search.csv?offset=-1").status_code == 400


def test_export_page_url_leads_to_the_document(client):
    rows = client.get("/api/search?q=veterans+health&format=jsonl").get_data(as_text=True)
    first = rows.splitlines()[0]
    page_url = re.search(r'"page_url": "([^"]+)"', first).group(1)
    assert unquote(urlparse(page_url).path) == "/documents/a1"
    assert client.get(urlparse(page_url).path).status_code == 200


def test_document_page_marks_the_query_and_keeps_the_search(client):
    html = html_of(client, "/documents/a1?q=veterans&speaker=Daniel+Akaka")
    marks = re.findall(r'<mark id="match-(\d+)">([^<]+)</mark>', html)
    assert [n for n, _ in marks] == [str(i) for i in range(1, len(marks) + 1)]
    assert len(marks) == 2
    assert all(w.lower().startswith("veteran") for _, w in marks)
    assert re.search(r'<a href="/\?q=veterans&amp;speaker=Daniel\+Akaka">← Back to results', html)
    assert '<a class="match-next" href="#match-1"' in html
    # No search, no marks and no way back.
    plain = html_of(client, "/documents/a1")
    assert "<mark" not in plain
    assert "Back to results" not in plain


def test_document_page_links_quotes_to_their_paragraph_and_titles_everywhere(client):
    html = html_of(client, "/documents/a1")
    target = re.search(r'<a href="#(p\d+)" class="quote-text">', html).group(1)
    paragraph = re.search(rf'<p id="{target}">(.*?)</p>', html, re.S).group(1)
    assert "Our veterans deserve the best care" in paragraph.replace("&#34;", '"')
    similar = re.search(r'<section class="similar".*?</section>', html, re.S).group(0)
    link_texts = re.findall(r'<a href="/documents/([^"?]+)[^"]*">([^<]+)</a>', similar)
    assert link_texts
    assert all(doc_id != text for doc_id, text in link_texts)
    copies = html_of(client, "/documents/e2")
    section = re.search(r'<section class="copies".*?</section>', copies, re.S).group(0)
    assert '<a href="/documents/e1">Port authority approves ferry plan</a>' in section


def test_help_examples_come_from_the_index_and_find_something(client):
    html = html_of(client, "/help")
    examples = [unquote_plus(q) for q in re.findall(r'<a href="/\?q=([^"]+)"><code>', html)]
    drawn = [e for e in examples if re.match(r"(speaker|venue|organization|topic|lang|date):", e)]
    assert {e.split(":")[0] for e in drawn} >= {"speaker", "venue", "organization", "lang", "date"}
    for query in drawn:
        total = client.get("/api/search", query_string={"q": query}).get_json()["total"]
        assert total > 0, query


def unquote_plus(text: str) -> str:
    from urllib.parse import unquote_plus as unquote_plus_

    return unquote_plus_(text.replace("&amp;", "&"))


def test_api_link_opens_the_reference_page(client):
    html = html_of(client, "/")
    assert '<a href="/api-docs">API</a>' in html
    docs = html_of(client, "/api-docs")
    assert "<h1>Pressroom API</h1>" in docs
    for path in client.get("/api/openapi.json").get_json()["paths"]:
        assert f"{path}</code>" in docs


def test_favicon_and_colour_schemes(client):
    html = html_of(client, "/")
    assert 'rel="icon" href="/static/favicon.svg"' in html
    assert client.get("/static/favicon.svg").status_code == 200
    assert client.get("/favicon.ico").headers["Location"].endswith("/static/favicon.svg")
    css = client.get("/static/style.css").get_data(as_text=True)
    assert "@media (prefers-color-scheme: dark)" in css
    assert "@media print" in css
