"""axe-core on every kind of page, at desktop and phone width: no violations."""

import pytest

pytestmark = pytest.mark.browser

#: Every kind of page; add new pages here (path relative to the server).
AXE_PAGES = {
    "home": "/",
    "results": "/?q=veterans",
    "results-filtered": "/?q=stem&speaker=Daniel+Akaka&collapse=1",
    "document": "/documents/a1?q=veterans+health",
    "help": "/help",
    "speakers": "/speakers",
    "speaker": "/speakers/Daniel%20Akaka",
    "api-docs": "/api-docs",
    "query-error": "/?q=%22stem+cell",
    "not-found": "/documents/no-such-id",
}
DESKTOP, PHONE = {"width": 1366, "height": 900}, {"width": 390, "height": 844}
#: Viewport and colour scheme of each run.
VIEWPORTS = {
    "desktop": (DESKTOP, "light"),
    "phone": (PHONE, "light"),
    "desktop-dark": (DESKTOP, "dark"),
}


@pytest.fixture(scope="module", params=list(VIEWPORTS))
def axe_page(request, browser):
    viewport, scheme = VIEWPORTS[request.param]
    # The pages' Content-Security-Policy forbids the injected script.
    context = browser.new_context(
        viewport=viewport,
        is_mobile=viewport is PHONE,
        color_scheme=scheme,
        bypass_csp=True,
    )
    yield context.new_page()
    context.close()


def axe_violations(page, source: str) -> list[str]:
    page.add_script_tag(content=source)
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => v.id + ': ' + v.help + ' -> ' +
                v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
        }"""
    )
    return result


@pytest.mark.parametrize("name", list(AXE_PAGES))
def test_no_axe_violations(axe_page, axe_source, server_url, name):
    axe_page.goto(server_url + AXE_PAGES[name])
    assert axe_violations(axe_page, axe_source) == []
