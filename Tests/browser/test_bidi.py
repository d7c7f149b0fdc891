"""A name with an unpaired RIGHT-TO-LEFT OVERRIDE, shown by the scripts: in search results
and in the filtered list of cases, the override sits alone in a <bdi> or an element with
dir="auto", so nothing after it is in its scope (the pages the build writes are checked by
BidiIsolationTests in the Swift tests)."""
import os
import pathlib
import shutil
import subprocess
import tempfile

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO

BINARY = os.environ.get("CASEBOOK_BINARY", str(REPO / ".build" / "debug" / "casebook"))
RLO = "\u202e"

# Every text node holding the override: its parent must isolate it and hold nothing else,
# or (where only text can go: an <option>) the text isolates it with U+2068 ... U+2069.
FIND_UNISOLATED = """
var found = 0, bad = [];
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  var text = walker.currentNode;
  if (text.data.indexOf('\\u202e') < 0) continue;
  found++;
  var at = text.data.indexOf('\u202e');
  if (text.data.lastIndexOf('\u2068', at) >= 0 && text.data.indexOf('\u2069', at) > at) continue;
  var parent = text.parentElement;
  var isolating = parent.tagName === 'BDI' || parent.getAttribute('dir') === 'auto';
  if (!isolating || parent.childNodes.length !== 1) bad.push(parent.outerHTML);
}
return [found, bad];
"""


@pytest.fixture(scope="module")
def override_site():
    folder = pathlib.Path(tempfile.mkdtemp(prefix="casebook-bidi-"))
    for name in ("content", "templates"):
        shutil.copytree(REPO / name, folder / name)
    edits = [
        ("content/people/nazira-lesova.md", "name: Nazira Lesova", f"name: Nazira {RLO}Lesova"),
        ("content/people/nazira-lesova.md", "aliases: [Назира Лесова]", f"aliases: [Назира {RLO}Лесова]"),
        ("content/cases/lesova-lepesova-2021.md", "title: Taraz court sentences", f"title: Taraz court {RLO}sentences"),
        ("content/organizations/koshe-party.md", "name: Koshe Party", f"name: Koshe {RLO}Party"),
    ]
    for path, old, new in edits:
        file = folder / path
        text = file.read_text(encoding="utf-8")
        assert old in text
        file.write_text(text.replace(old, new), encoding="utf-8")
    subprocess.run([BINARY, "build", "--quiet"], cwd=folder, check=True)
    yield folder / "public"
    shutil.rmtree(folder)


def isolated(browser, what):
    found, bad = WebDriverWait(browser, 10).until(
        lambda d: (lambda r: r if r[0] > 0 else False)(d.execute_script(FIND_UNISOLATED)),
        message=f"no name with the override in {what}")
    assert not bad, f"{what}: not isolated: {bad}"
    return found


def test_search_results_isolate_each_name(browser, override_site):
    browser.get((override_site / "search/index.html").as_uri() + "?q=Lesova")
    # The person (with the alias), the case (with its defendants) and the case title.
    assert isolated(browser, "the search page") >= 3


def test_header_popup_isolates_each_name(browser, override_site):
    browser.get((override_site / "search/index.html").as_uri())
    box = browser.find_element("id", "site-search-q")
    box.send_keys("Koshe")
    assert isolated(browser, "the header's results") >= 1


def test_filtered_cases_isolate_each_title(browser, override_site):
    browser.get((override_site / "cases/index.html").as_uri() + "?status=sentenced")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements("css selector", ".filter-results .case-item"))
    assert isolated(browser, "the filtered list") >= 1
