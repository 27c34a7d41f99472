"""The speaker pages in headless Chromium, on the invented releases of
tests/fixtures/entities (speakers as folder keys, full names in the text)."""

import re

import pytest

from index.ingest import ingest

from .conftest import FIXTURES, running_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def entity_server(tmp_path_factory):
    path = tmp_path_factory.mktemp("entity-browser-index")
    ingest([FIXTURES / "entities" / "releases.jsonl"], path, workers=0)
    with running_server(path) as url:
        yield url


def test_from_a_result_to_the_speaker_page_and_its_scoped_search(page, entity_server):
    page.goto(f"{entity_server}/?q=veterans")
    page.locator("ol.results a.speaker", has_text="Barack Obama").click()
    page.wait_for_url(re.compile(r"/speakers/Obama$"))
    assert page.locator("h1").inner_text() == "Barack Obama"
    # One bar per year from 2007 to 2008, each with a release.
    assert page.locator("nav.timeline li a").count() == 2
    assert page.locator("section[aria-labelledby=co-heading] a").all_inner_texts() == ["Ben Nelson"]
    page.fill("#speaker-q", "broadband")
    page.press("#speaker-q", "Enter")
    page.wait_for_url(re.compile(r"q=broadband.*speaker=Obama|speaker=Obama.*q=broadband"))
    assert int(page.locator("#total").get_attribute("data-total")) == 1


def test_speaker_list_is_searchable(page_without_js, entity_server):
    page = page_without_js
    page.goto(f"{entity_server}/speakers")
    assert page.locator("ol.speaker-list li").count() == 3
    page.fill("#speakers-q", "hillary")
    page.press("#speakers-q", "Enter")
    page.wait_for_url(re.compile(r"q=hillary"))
    assert page.locator("ol.speaker-list li a").all_inner_texts() == ["Hillary Rodham Clinton"]
    page.locator("ol.speaker-list li a").click()
    page.wait_for_url(re.compile(r"/speakers/Clinton$"))
    assert "2 releases" in page.locator("header p.muted").nth(1).inner_text()


def test_speaker_page_fits_a_phone_and_labels_its_inputs(browser, entity_server):
    context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True)
    page = context.new_page()
    page.goto(f"{entity_server}/speakers/BenNelson")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    unnamed = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), button')]
              .filter(el => !(el.labels && el.labels.length) && !el.textContent.trim())
              .map(el => el.outerHTML)"""
    )
    assert unnamed == []
    context.close()
