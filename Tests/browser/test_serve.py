"""`casebook serve` as a contributor uses it: open a case, edit it, see the change without
touching the browser; break it and see the problems over the page; fix it and see them go.
An edit elsewhere that leaves the open page as it was does not reload it; a saved style
sheet does."""
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import time

import pytest
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO

BINARY = os.environ.get("CASEBOOK_BINARY", str(REPO / ".build" / "debug" / "casebook"))
CASE = "content/cases/qambarova-2021.md"


@pytest.fixture
def served(browser):
    """A copy of the sample archive, served on a free port; stopped with Ctrl-C after the
    browser has left its pages (whose reload script would otherwise log the refused
    connections as console errors)."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="casebook-serve-"))
    for name in ("content", "templates"):
        shutil.copytree(REPO / name, folder / name)
    server = subprocess.Popen([BINARY, "serve", "--port", "0"], cwd=folder,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    address = None
    for line in server.stdout:
        match = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        if match:
            address = match.group(1)
            break
    assert address, "the server did not print its address"
    yield folder, address
    browser.get("about:blank")
    start = time.monotonic()
    server.send_signal(subprocess.signal.SIGINT)
    assert server.wait(timeout=10) == 0, "Ctrl-C stops the server cleanly"
    assert time.monotonic() - start < 1, "and within a second"
    assert "Stopped." in server.stdout.read()
    shutil.rmtree(folder)


def edit(folder, path, old, new):
    file = folder / path
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new), encoding="utf-8")


def test_edit_break_and_fix_a_case(browser, served):
    folder, address = served
    browser.get(address + "cases/qambarova-2021/index.html")
    # The page reloads under the test: an element may vanish between finding and reading it,
    # which Chromium reports as a stale element or as a node that "does not belong to the
    # document"; the wait tries again, and still fails after 10 s if the text never comes.
    wait = WebDriverWait(browser, 10, poll_frequency=0.02,
                         ignored_exceptions=(StaleElementReferenceException, WebDriverException))
    assert "Taraz court sentences Zhazira Qambarova" in browser.find_element(By.TAG_NAME, "h1").text

    started = time.monotonic()
    edit(folder, CASE, "title: Taraz court sentences Zhazira Qambarova", "title: Taraz court upholds the sentence")
    wait.until(lambda b: "upholds the sentence" in b.find_element(By.TAG_NAME, "h1").text)
    print(f"edit visible in the browser after {(time.monotonic() - started) * 1000:.0f} ms")

    edit(folder, CASE, "status: sentenced", "status: sentensed")
    overlay = wait.until(lambda b: b.find_elements(By.ID, "casebook-problems"))[0]
    assert "'sentensed' is not one of the site's statuses; did you mean 'sentenced'?" in overlay.text
    assert "content/cases/qambarova-2021.md:4:9" in overlay.text
    assert "upholds the sentence" in browser.find_element(By.TAG_NAME, "h1").text, "the last good page stays"

    edit(folder, CASE, "status: sentensed", "status: sentenced")
    wait.until(lambda b: not b.find_elements(By.ID, "casebook-problems"))


def test_an_unrelated_edit_does_not_reload_the_page(browser, served):
    folder, address = served
    browser.get(address + "cases/qambarova-2021/index.html")
    browser.execute_script("window.casebookStillHere = true;")
    edit(folder, "content/pages/about.md", "\n---\n", "\n---\n\nA new first paragraph.\n")
    # The about page changes, so a rebuild is announced; the case page does not.
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:
        time.sleep(0.1)
    assert browser.execute_script("return window.casebookStillHere === true;")
    browser.get(address + "about/index.html")
    assert "A new first paragraph." in browser.find_element(By.TAG_NAME, "main").text


def test_a_saved_style_sheet_restyles_the_open_page(browser, served):
    """The page's HTML stays as it was, so its reload tag changed only with the build stamp:
    in a folder without git (or after the first save) a saved style sheet never showed."""
    folder, address = served
    browser.get(address + "cases/qambarova-2021/index.html")
    wait = WebDriverWait(browser, 10, poll_frequency=0.02,
                         ignored_exceptions=(StaleElementReferenceException, WebDriverException))
    color = "return getComputedStyle(document.querySelector('h1')).color;"
    for rgb in ("rgb(1, 2, 3)", "rgb(4, 5, 6)"):
        with open(folder / "templates/assets/style.css", "a", encoding="utf-8") as sheet:
            sheet.write(f"\nh1 {{ color: {rgb}; }}\n")
        wait.until(lambda b: b.execute_script(color) == rgb, message=f"the heading never turned {rgb}")
