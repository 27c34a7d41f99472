"""Screenshots of the search page and a document page, desktop and phone width,
with how many result titles are above the fold (fully inside the first screen).

    python -m tests.tools.screenshots [--index DIR] [--query veterans] [--out var/screenshots]

Without --index it indexes corpus/ into var/screenshots/index first. It starts
the real server (`pressroom serve`) and drives Debian's headless Chromium.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from index.ingest import ingest
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, REPO, running_server

SIZES = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}


OTHER_PAGES = {"error": '/?q="{query}', "help": "/help", "api": "/api-docs"}


def titles_above_fold(page) -> int:
    """Result titles whose box ends inside the viewport's first screen."""
    return page.evaluate(
        """() => [...document.querySelectorAll('ol.results h2')]
                  .filter(h => h.getBoundingClientRect().bottom <= window.innerHeight).length"""
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--index", type=Path, default=None)
    parser.add_argument("--query", default="veterans")
    parser.add_argument("--out", type=Path, default=REPO / "var" / "screenshots")
    args = parser.parse_args(argv)
    if CHROMIUM is None:
        print("chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    index_dir = args.index
    if index_dir is None:
        index_dir = args.out / "index"
        ingest([REPO / "corpus"], index_dir)
    written = []
    with running_server(index_dir) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, viewport in SIZES.items():
            context = browser.new_context(viewport=viewport, is_mobile=name == "phone")
            page = context.new_page()
            page.goto(f"{url}/?q={args.query}")
            print(f"{name}: {titles_above_fold(page)} result titles above the fold")
            path = args.out / f"search-{name}.png"
            page.screenshot(path=str(path), full_page=True)
            written.append(path)
            page.locator("ol.results h2 a").first.click()
            page.wait_for_load_state()
            path = args.out / f"document-{name}.png"
            page.screenshot(path=str(path), full_page=True)
            written.append(path)
            # The first screen of the other kinds of page.
            for kind, address in OTHER_PAGES.items():
                page.goto(url + address.format(query=args.query))
                path = args.out / f"{kind}-{name}.png"
                page.screenshot(path=str(path))
                written.append(path)
            context.close()
        # Dark colours (prefers-color-scheme), desktop width.
        context = browser.new_context(viewport=SIZES["desktop"], color_scheme="dark")
        page = context.new_page()
        page.goto(f"{url}/?q={args.query}")
        path = args.out / "search-desktop-dark.png"
        page.screenshot(path=str(path))
        written.append(path)
        context.close()
        browser.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
