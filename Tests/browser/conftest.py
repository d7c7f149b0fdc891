"""Shared fixtures for the browser checks: the built site and one headless Chromium.

Run through run.sh, which builds the sample site and sets CASEBOOK_SITE. Pages are
opened from disk (file://), as a reader who downloaded the archive would open them; only
404.html, whose links start from base_url's path because a server shows it at any
address, is opened from a static server on this computer (`site_server`).
"""
import functools
import http.server
import json
import os
import pathlib
import shutil
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

SITE = pathlib.Path(os.environ.get("CASEBOOK_SITE", "/tmp/casebook-browser-site")).resolve()
REPO = pathlib.Path(os.environ.get("CASEBOOK_REPO", pathlib.Path(__file__).resolve().parents[2]))


def page_url(path):
    """The file:// address of a page of the built site, e.g. page_url('cases/index.html')."""
    query = ""
    if "?" in path:
        path, query = path.split("?", 1)
        query = "?" + query
    return (SITE / path).as_uri() + query


@pytest.fixture(scope="session")
def site_server(site):
    """The built site served from its root on 127.0.0.1, as a web server would publish it."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(SITE))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def site():
    if not (SITE / "index.html").is_file():
        pytest.fail(f"no built site at {SITE}: run Tests/browser/run.sh, or set CASEBOOK_SITE")
    return SITE


def make_driver():
    """Headless Chromium from Debian's packages, its console log kept."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--lang=en-GB"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The Debian chromedriver, named so Selenium does not try to download one.
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    browser = webdriver.Chrome(options=options, service=service)
    browser.set_script_timeout(30)
    return browser


@pytest.fixture(scope="session")
def driver(site):
    browser = make_driver()
    yield browser
    browser.quit()


@pytest.fixture
def browser(driver):
    """The shared browser, with the console checked after each test: any JavaScript error
    or console error fails the test that caused it."""
    driver.get_log("browser")  # drop what earlier tests left
    yield driver
    severe = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
    assert not severe, "console errors:\n" + json.dumps(severe, indent=2, ensure_ascii=False)
