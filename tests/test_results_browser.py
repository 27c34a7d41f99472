"""The results and document pages in headless Chromium: density above the
fold, the facet filter box, the drawer without JavaScript, the export cap,
highlighted matches and the API reference."""

import csv
import io
import json
import re

import pytest

from index.ingest import ingest

from .conftest import running_server
from .tools.screenshots import titles_above_fold

pytestmark = pytest.mark.browser

# Invented senators: 16 speakers, so the speaker facet has values behind "more".
SPEAKERS = [
    "Ada Brennan", "Bert Calloway", "Cora Dunmore", "Dev Ekwueme", "Elin Fairweather",
    "Femi Gallagher", "Greta Holloway", "Hugo Iversen", "Ines Jablonski", "Jonas Kettering",
    "Kira Lindqvist", "Luca Marchetti", "Mona Nakashima", "Nils Oyelaran", "Olga Petrakis",
    "Pavel Quintero",
]  # fmt: skip
EXPORT_LIMIT = 5


def _release(n: int) -> dict:
    speaker = SPEAKERS[n % len(SPEAKERS)]
    long_title = n % 3 == 0
    title = f"{speaker.split()[-1]} presses for harbour dredging funds" + (
        " and a review of the ferry timetable that commuters from the outer islands depend on"
        if long_title
        else ""
    )
    text = (
        f"WASHINGTON -- Senator {speaker} today asked the harbour commission for new funds. "
        "The harbour has silted up over the winter and ferries run aground at low tide, "
        "so crossings are cancelled several times a week.\n\n"
        f'"Our harbour keeps the island connected," {speaker.split()[-1]} said. '
        "The commission meets again next month to decide on the dredging contract."
    )
    return {
        "id": f"harbour-{n:02d}",
        "title": title,
        "speaker": speaker,
        "organization": "U.S. Senate",
        "date": f"{2004 + n % 9}-{1 + n % 12:02d}-{1 + n % 27:02d}",
        "text": text,
    }


@pytest.fixture(scope="module")
def harbour_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("harbour")
    source = folder / "releases.jsonl"
    source.write_text("".join(json.dumps(_release(n)) + "\n" for n in range(32)), encoding="utf-8")
    ingest([source], folder / "index", workers=0)
    with running_server(folder / "index", "--export-limit", str(EXPORT_LIMIT)) as url:
        yield url


def _context(browser, width, height, **options):
    return browser.new_context(
        viewport={"width": width, "height": height}, is_mobile=width < 600, **options
    )


def test_desktop_shows_at_least_six_result_titles_above_the_fold(browser, harbour_url):
    context = _context(browser, 1366, 900)
    page = context.new_page()
    page.goto(f"{harbour_url}/?q=harbour")
    assert page.locator("ol.results > li").count() == 10
    assert titles_above_fold(page) >= 6
    # Long titles are clamped to two lines.
    heights = page.evaluate(
        """() => [...document.querySelectorAll('ol.results h2')].map(h =>
                 h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight))"""
    )
    assert max(heights) <= 2.05
    context.close()


def test_phone_shows_the_first_result_title_above_the_fold(browser, harbour_url):
    context = _context(browser, 390, 844)
    page = context.new_page()
    page.goto(f"{harbour_url}/?q=harbour")
    assert titles_above_fold(page) >= 1
    # The filters wait in a closed drawer.
    assert not page.get_by_role("checkbox", name=re.compile("Ada Brennan")).is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_drawer_opens_without_javascript_on_a_phone(browser, harbour_url):
    context = _context(browser, 390, 844, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{harbour_url}/?q=harbour")
    box = page.get_by_role("checkbox", name=re.compile("^2006"))
    assert not box.is_visible()
    page.locator("details.drawer > summary").click()
    assert box.is_visible()
    box.check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"year=2006"))
    totals = int(page.locator("#total").get_attribute("data-total"))
    assert 0 < totals < 32
    assert all(d.startswith("2006") for d in page.locator("ol.results time").all_inner_texts())
    context.close()


def test_facet_filter_box_narrows_the_values(page, harbour_url):
    page.goto(f"{harbour_url}/?q=harbour")
    box = page.get_by_role("searchbox", name="Filter speaker values")
    assert box.is_visible()
    # 16 speakers: 8 shown, 8 behind "more"; the box searches both.
    visible = page.locator("#facet-speaker .buckets > li:visible .value")
    assert visible.count() == 8
    box.fill("quint")
    assert visible.all_inner_texts() == ["Pavel Quintero"]
    box.fill("")
    assert visible.count() == 16  # the "more" list was opened by the search
    box.fill("er")
    assert sorted(visible.all_inner_texts()) == [
        "Bert Calloway",
        "Elin Fairweather",
        "Femi Gallagher",
        "Hugo Iversen",
        "Jonas Kettering",
        "Pavel Quintero",
    ]


def test_year_facet_is_chronological_and_the_timeline_is_labelled(page, harbour_url):
    page.goto(f"{harbour_url}/?q=harbour")
    years = page.locator("#facet-year .value").all_inner_texts()
    assert years == sorted(years)
    assert len(years) == 9
    bars = page.locator(".timeline a")
    assert bars.count() == 9
    first = bars.first
    assert first.locator(".label").inner_text() == "2004"
    assert re.fullmatch(r"\d+", first.locator(".count").inner_text())
    first.click()
    page.wait_for_url(re.compile(r"year=2004"))
    # One year chosen: the strip shows its months.
    assert page.locator(".timeline a").count() == 12
    assert page.locator(".timeline a .label").first.inner_text() == "Jan"


def test_export_cap_is_stated_on_the_page_and_in_the_headers(page, harbour_url):
    page.goto(f"{harbour_url}/?q=harbour")
    notice = page.locator(".export-cap").inner_text()
    assert f"the first {EXPORT_LIMIT} of 32 results" in notice
    href = page.get_by_role("link", name="CSV export").get_attribute("href")
    response = page.request.get(harbour_url + href)
    assert response.headers["x-export-truncated"] == "true"
    assert response.headers["x-export-limit"] == str(EXPORT_LIMIT)
    assert response.headers["x-total-count"] == "32"
    assert 'filename="pressroom-harbour.csv"' in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text())))
    assert len(rows) == 1 + EXPORT_LIMIT
    # The page's "next" link is the rest of the paging.
    following = page.get_by_role("link", name=f"the next {EXPORT_LIMIT}").get_attribute("href")
    assert f"offset={EXPORT_LIMIT}" in following
    second = list(csv.reader(io.StringIO(page.request.get(harbour_url + following).text())))
    ids, next_ids = {r[0] for r in rows[1:]}, {r[0] for r in second[1:]}
    assert len(second) == 1 + EXPORT_LIMIT
    assert not ids & next_ids


def test_document_page_highlights_and_steps_through_matches(page, harbour_url):
    page.goto(f"{harbour_url}/?q=harbour+dredging")
    page.locator("ol.results h2 a").first.click()
    page.wait_for_url(re.compile(r"/documents/harbour-\d+\?q=harbour"))
    marks = page.locator(".full-text mark")
    assert marks.count() >= 4
    assert {m.lower() for m in marks.all_inner_texts()} <= {"harbour", "dredging"}
    page.get_by_role("link", name="↓ Next").click()
    page.get_by_role("link", name="↓ Next").click()
    assert page.evaluate("location.hash") == "#match-2"
    assert "current" in (page.locator("#match-2").get_attribute("class") or "")
    assert page.locator("#match-status").inner_text() == f"Match 2 of {marks.count()}"
    page.get_by_role("link", name="↑ Previous").click()
    assert page.evaluate("location.hash") == "#match-1"
    page.get_by_role("link", name="↑ Previous").click()  # wraps to the last
    assert page.evaluate("location.hash") == f"#match-{marks.count()}"
    # Back to the results, with the search kept.
    page.get_by_role("link", name=re.compile("Back to results")).click()
    page.wait_for_url(re.compile(r"/\?q=harbour\+dredging$"))
    assert page.locator("ol.results > li").count() == 10


def test_api_reference_page_is_drawn_from_the_openapi_document(page, harbour_url):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{harbour_url}/")
    page.get_by_role("link", name="API", exact=True).click()
    page.wait_for_url(re.compile(r"/api-docs$"))
    assert page.locator("h1").inner_text() == "Pressroom API"
    spec = page.request.get(f"{harbour_url}/api/openapi.json").json()
    for path in spec["paths"]:
        assert page.locator(f"h2:has-text('{path}')").count() >= 1, path
    assert page.locator("#searchCsv td code", has_text="offset").count() == 1
    # Nothing is fetched from anywhere else (no CDN).
    assert all(url.startswith(harbour_url) for url in requested)


def test_keyboard_reaches_the_first_result_before_the_filters(page, harbour_url):
    page.goto(f"{harbour_url}/?q=harbour")
    stops = 0
    while not page.evaluate("document.activeElement.closest('ol.results') !== null"):
        page.keyboard.press("Tab")
        stops += 1
        assert page.evaluate("document.activeElement.closest('#filters') === null")
        assert stops < 30
    # Skip link, brand, search box and button, three site links, nine year bars.
    assert stops == 17
