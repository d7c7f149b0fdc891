"""axe-core on the main kinds of page, in headless Chromium: any violation fails.

axe-core comes from PyPI packages (no download at run time): the newest bundled copy
found among axe-playwright-python (only its axe.min.js is used) and axe-selenium-python.
"""
import importlib.util
import pathlib
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import page_url

PAGES = [
    "index.html",
    "cases/index.html",
    "cases/qambarova-2021/index.html",
    "people/zhazira-qambarova/index.html",
    "organizations/dvk/index.html",
    "timeline/index.html",
    "timeline/2021/index.html",
    "statuses/index.html",
    "about/index.html",
    "search/index.html",
    "search/index.html?q=Nazira",
    "statistics/index.html",
    "corrections/index.html",
    # Only in an archive that records custody (the sample does; CASEBOOK_SITE may name another).
    "held/index.html",
    "held/recognised/index.html",
    # Only where someone held now has a letters address.
    "letters/index.html",
    "404.html",
]
# The same pages in the sample's other languages (the notice of an untranslated page too).
PAGES += [f"{lang}/{path}" for lang in ("ru", "kk") for path in PAGES if path != "404.html"]
PAGES += ["kk/methodology/index.html"]


def axe_source():
    """The newest axe.min.js among the installed packages."""
    candidates = []
    for package, relative in (("axe_playwright_python", "axe.min.js"),
                              ("axe_selenium_python", "node_modules/axe-core/axe.min.js")):
        spec = importlib.util.find_spec(package)
        if spec and spec.submodule_search_locations:
            path = pathlib.Path(list(spec.submodule_search_locations)[0]) / relative
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                version = re.search(r'\.version="(\d+)\.(\d+)\.(\d+)"', text)
                candidates.append((tuple(map(int, version.groups())) if version else (0,), text))
    if not candidates:
        pytest.fail("axe-core not found: install axe-selenium-python (run.sh does)")
    return max(candidates)


AXE_VERSION, AXE = axe_source()


def run_axe(driver):
    driver.execute_script(AXE)
    return driver.execute_async_script("""
        const done = arguments[0];
        // preload: false, because axe would fetch the stylesheets, which file:// forbids.
        axe.run(document, {resultTypes: ['violations'], preload: false}).then(r => done(r.violations), e => done([{id: 'axe-error', help: String(e), nodes: []}]));
    """)


def describe(violations):
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v.get('impact')}): {v['help']}")
        for node in v["nodes"][:5]:
            lines.append(f"    {node.get('target')}: {node.get('failureSummary', '').strip()}")
    return "\n".join(lines)


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_accessibility_violations(browser, site, site_server, path):
    if not (site / path.split("?")[0]).is_file():
        pytest.skip(f"{path} is not in this build")
    # 404.html links from base_url's path (a server shows it at any address): served, not from disk.
    browser.get(site_server + path if path == "404.html" else page_url(path))
    if "?q=" in path:
        WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .search-result"))
    violations = run_axe(browser)
    assert not violations, f"axe-core {'.'.join(map(str, AXE_VERSION))} on {path}:\n" + describe(violations)


def test_open_header_results_have_no_accessibility_violations(browser):
    browser.get(page_url("people/index.html"))
    browser.find_element(By.ID, "site-search-q").send_keys("Nazira")
    popup = browser.find_element(By.ID, "site-search-popup")
    WebDriverWait(browser, 10).until(lambda d: popup.is_displayed())
    violations = run_axe(browser)
    assert not violations, describe(violations)
