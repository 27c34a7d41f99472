"""HTML pages: the article without the page chrome, and the metadata the page declares.

Fixtures in tests/fixtures/formats/html (our own pages): harbor-release.html
has a menu, a breadcrumb, a related-links box, a footer and JSON-LD;
og-only.html declares only og:/article: tags; truncated.html stops inside
the menu.
"""

import json

from index.prepare import resolve
from index.readers import read_paths
from index.readers.html_pages import page_metadata, parse_html
from index.readers.mapping import record_from_mapping
from index.readers.markup import convert_markup
from index.records import Record, Rejection
from tests.conftest import FIXTURES

HTML = FIXTURES / "formats" / "html"

HARBOUR_TEXT = (
    "EASTMERE – The Port Authority of Eastmere today announced a grant of 4 million to rebuild "
    "the north quay and the ice plant used by the town’s fishing fleet. Work on the quay will "
    "begin in May and is expected to last eighteen months.\n\n"
    "“The fleet has waited too long for a safe quay,” said harbour master Marta Lindqvist. "
    "“This grant means the boats can land their catch in any weather, and the ice plant will "
    "finally run all year.”\n\n"
    "The grant also pays for new moorings for twelve small boats and for a training programme "
    "for apprentice deckhands, run together with the Eastmere maritime college.\n\n"
    "Local businesses can apply for contracts from 1 April through the authority’s procurement "
    "portal."
)


def _one(path):
    items = list(read_paths([path]))
    assert len(items) == 1
    return items[0]


def test_reader_defers_conversion_to_the_workers():
    record = _one(HTML / "harbor-release.html")
    assert isinstance(record, Record)
    assert record.id == "harbor-release"
    assert record.text == ""
    assert record.markup_type == "html"
    assert record.markup.startswith("<!DOCTYPE html>")


def test_article_body_without_chrome_and_json_ld_metadata():
    converted = convert_markup(_one(HTML / "harbor-release.html"))
    assert isinstance(converted, Record)
    assert converted.text == HARBOUR_TEXT
    for chrome in (
        "Skip to main content",
        "All press releases",
        "Related releases",
        "Ferry",
        "Privacy policy",
        "Copyright",
    ):
        assert chrome not in converted.text
    assert converted.title == "Harbour grant of 4 million announced for Eastmere fishing fleet"
    assert converted.date == "2023-03-14"
    assert converted.speaker == "Marta Lindqvist"  # JSON-LD author, a Person
    assert converted.organization == "Port Authority of Eastmere"  # JSON-LD publisher
    assert converted.url == "https://press.eastmere.example/releases/harbour-grant"
    assert converted.lang == "en-GB"
    assert converted.markup is None


def test_page_with_only_open_graph_tags():
    converted = convert_markup(_one(HTML / "og-only.html"))
    assert converted.title == "Central library to open on Sundays from June"
    # The date as written in the page's time zone (16:05 -04:00), not converted to UTC.
    assert converted.date == "2022-05-02"
    assert converted.url == "https://www.norbridge.example/news/library-sundays"
    assert converted.topics == ["Libraries", "Culture"]
    assert converted.speaker is None
    assert converted.organization is None
    assert converted.lang is None
    assert converted.text.split("\n\n")[0].startswith("NORBRIDGE – The central library will open")
    assert len(converted.text.split("\n\n")) == 3
    assert "Norbridge home" not in converted.text
    assert "webmaster" not in converted.text


def test_truncated_page_is_rejected_with_a_reason():
    record = _one(HTML / "truncated.html")
    rejection = convert_markup(record)
    assert isinstance(rejection, Rejection)
    assert rejection.source == "truncated.html"
    assert rejection.reason == "no article text found in the HTML page"


def test_given_metadata_wins_over_the_page():
    page = (HTML / "harbor-release.html").read_text("utf-8")
    record = record_from_mapping(
        {"id": "h1", "raw_html": page, "title": "Our own title", "speaker": "Someone Else"},
        "batch.jsonl:1",
        "batch-1",
    )
    assert record.markup_type == "html"
    assert record.text == ""
    converted = convert_markup(record)
    assert converted.title == "Our own title"
    assert converted.speaker == "Someone Else"
    assert converted.date == "2023-03-14"  # empty in the record: filled from the page
    resolved = resolve(record)
    assert resolved.title == "Our own title"
    assert resolved.speaker == "Someone Else"
    assert resolved.date == "2023-03-14"
    assert resolved.lang == "en"  # the page's en-GB, normalised


def test_jsonl_raw_html_record_goes_through_resolve(tmp_path):
    page = (HTML / "og-only.html").read_text("utf-8")
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "lib", "raw_html": page}) + "\n", "utf-8")
    [record] = list(read_paths([path]))
    resolved = resolve(record)
    assert resolved.id == "lib"
    assert resolved.title == "Central library to open on Sundays from June"
    assert resolved.date == "2022-05-02"
    assert resolved.text.startswith("NORBRIDGE – The central library")
    assert resolved.lang == "en"  # detected from the text: the page declares none


def test_declared_date_sources_in_order():
    def date_of(head, body=""):
        return page_metadata(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"))[
            "date"
        ]

    assert date_of('<meta name="dc.date" content="2001-02-03">') == "2001-02-03"
    assert (
        date_of("", '<span property="dc:date" content="2018-04-11T00:00:00-04:00">x</span>')
        == "2018-04-11"
    )
    assert date_of("", '<p>On <time datetime="2015-07-09T10:00">9 July</time></p>') == "2015-07-09"
    assert date_of('<meta name="date" content="March 4, 2010">') == "2010-03-04"
    assert date_of('<meta name="date" content="not a date">') is None
    # A declared date that is no date is dropped, not taken as given (which
    # would reject the whole page at ingest as a bad date).
    for impossible in ("2007-00-00", "2007-04-00", "2007-02-30T10:00"):
        assert date_of(f'<meta name="dc.date" content="{impossible}">') is None, impossible
    both = '<meta property="article:published_time" content="2020-01-01"><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-12-31"}</script>'
    assert date_of(both) == "2019-12-31"  # JSON-LD first


def test_title_element_loses_its_site_name():
    tree = parse_html(
        "<html><head><title>Budget passed | Newsroom | Ministry</title></head><body></body></html>"
    )
    assert page_metadata(tree)["title"] == "Budget passed"


def test_organisation_author_is_not_a_speaker():
    tree = parse_html(
        '<html><head><meta name="author" content="Office of Public Affairs"></head><body></body></html>'
    )
    meta = page_metadata(tree)
    assert meta["speaker"] is None
    assert meta["organization"] == "Office of Public Affairs"


def test_undecodable_html_bytes_are_read(tmp_path):
    page = (
        "<html><head><title>Caf\xe9 reopens</title></head><body><article>"
        + "<p>The caf\xe9 on the square reopened on Friday after a year of work, its owner said.</p>"
        * 3
        + "</article></body></html>"
    )
    path = tmp_path / "cp1252.html"
    path.write_bytes(page.encode("cp1252"))  # no declared charset, not UTF-8
    converted = convert_markup(_one(path))
    assert converted.title == "Café reopens"
    assert "The café on the square reopened" in converted.text


def test_given_text_wins_and_the_page_fills_metadata_only():
    page = (HTML / "harbor-release.html").read_text("utf-8")
    record = record_from_mapping(
        {"id": "h2", "text": "Our own copy of the release.", "raw_html": page}, "b.jsonl:2", "b-2"
    )
    converted = convert_markup(record)
    assert converted.text == "Our own copy of the release."
    assert converted.title == "Harbour grant of 4 million announced for Eastmere fishing fleet"
    assert converted.date == "2023-03-14"
