"""The real server (`pressroom serve`) driven by headless Chromium."""

import re

import pytest

pytestmark = pytest.mark.browser


def total(page) -> int:
    return int(page.locator("#total").get_attribute("data-total"))


def test_search_shows_highlighted_results(page, server_url):
    page.goto(f"{server_url}/?q=veterans")
    assert total(page) == 2
    assert page.locator("ol.results > li").count() == 2
    marks = page.locator(".snippet mark").all_inner_texts()
    assert marks
    assert all(m.lower().startswith("veteran") for m in marks)


def test_clicking_a_facet_narrows_results_and_total(page, server_url):
    page.goto(f"{server_url}/")
    assert total(page) == 12
    # A real checkbox; with JavaScript, ticking it applies the filter at once.
    page.get_by_role("checkbox", name="Daniel Akaka").check()
    page.wait_for_url(re.compile(r"speaker=Daniel\+Akaka"))
    assert total(page) == 2
    assert page.get_by_role("checkbox", name="Daniel Akaka").is_checked()
    # Unticking it removes the filter.
    page.get_by_role("checkbox", name="Daniel Akaka").uncheck()
    page.wait_for_url(re.compile(r"^(?!.*speaker=)"))
    assert total(page) == 12


def test_paging(page, server_url):
    page.goto(f"{server_url}/?per_page=5&sort=oldest")
    first = page.locator("ol.results h2").all_inner_texts()
    page.locator(".pagination a[rel=next]").click()
    page.wait_for_url(re.compile(r"page=2"))
    second = page.locator("ol.results h2").all_inner_texts()
    assert len(first) == len(second) == 5
    assert not set(first) & set(second)
    assert page.locator(".pagination [aria-current=page]").inner_text() == "2"


def test_document_page_shows_quotes(page, server_url):
    page.goto(f"{server_url}/?q=veterans+health")
    page.locator("ol.results h2 a").first.click()
    page.wait_for_url(re.compile(r"/documents/a1\?q=veterans"))
    quote = page.locator(".quotes li").first
    assert "Our veterans deserve the best care" in quote.inner_text()
    assert "Akaka" in quote.inner_text()
    # The quote links to the paragraph that holds it.
    target = quote.locator("a.quote-text").get_attribute("href")
    assert "Our veterans deserve" in page.locator(target).inner_text()
    assert page.locator(".similar li").count() >= 1


def test_works_without_javascript(page_without_js, server_url):
    page = page_without_js
    page.goto(f"{server_url}/")
    page.fill("#q", "harbour")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"q=harbour"))
    assert total(page) == 3
    # Without JavaScript a ticked box waits for the form's button.
    page.get_by_role("checkbox", name="2010").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"year=2010"))
    assert total(page) == 2
    page.select_option("select[name=sort]", "oldest")
    page.get_by_role("button", name="Apply", exact=True).click()
    page.wait_for_url(re.compile(r"sort=oldest"))
    assert page.locator("ol.results h2").count() == 2


def test_keyboard_and_sort_conveniences(page, server_url):
    page.goto(f"{server_url}/?q=harbour")
    page.locator("body").press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.select_option("select[name=sort]", "newest")  # submits by itself with JS on
    page.wait_for_url(re.compile(r"sort=newest"))
    dates = page.locator("ol.results time").all_inner_texts()
    assert dates == sorted(dates, reverse=True)


def test_phone_width_has_no_horizontal_scroll(browser, server_url):
    context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True)
    page = context.new_page()
    page.goto(f"{server_url}/?q=harbour")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def test_landmarks_labels_and_keyboard_focus(page, server_url):
    page.goto(f"{server_url}/?q=harbour")
    for selector in (
        "header",
        "main",
        "nav[aria-label]",
        "form[aria-label]",
        "form[role=search]",
        "h1",
    ):
        assert page.locator(selector).count() >= 1, selector
    unnamed = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), select, button')]
              .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                            && !el.textContent.trim())
              .map(el => el.outerHTML)"""
    )
    assert unnamed == []
    # Tab from the skip link reaches the search box, and focus is visible.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Pressroom"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "q"
