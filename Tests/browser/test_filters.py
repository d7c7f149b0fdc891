"""Filters of the cases index in a real browser, opened from disk."""
import os
import shutil
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import REPO, page_url

BINARY = os.environ.get("CASEBOOK_BINARY", str(REPO / ".build" / "debug" / "casebook"))

BOTH = "Taraz court sentences Nazira Lesova and Nazira Lepesova"
QAMBAROVA = "Taraz court sentences Zhazira Qambarova"
ABLYAZOV = "Taraz court sentences Mukhtar Ablyazov to life in absentia"


def summary_text(browser, expected):
    WebDriverWait(browser, 10).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".filter-summary").text == expected,
        message=f"timed out waiting for {expected!r}")


def listed(browser):
    return [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".filter-results .case-item h3 a")]


def test_a_shared_address_opens_the_filtered_list(browser):
    # Only Nazira Lepesova was also sentenced to community work.
    browser.get(page_url("cases/index.html?sentence=community-work"))
    summary_text(browser, "1 case matches.")
    assert listed(browser) == [BOTH]
    assert Select(browser.find_element(By.ID, "filter-sentence")).first_selected_option.get_attribute("value") == "community-work"


def test_choosing_filters_narrows_the_list_with_counts(browser):
    browser.get(page_url("cases/index.html"))
    browser.find_element(By.CSS_SELECTOR, ".filter-open").click()
    # The form appears once the filter data has loaded.
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "filter-status"), message="no filter form")
    status = Select(browser.find_element(By.ID, "filter-status"))
    assert any(option.text == "Sentenced (3)" for option in status.options)
    status.select_by_value("sentenced")
    summary_text(browser, "3 cases match.")
    assert sorted(listed(browser)) == sorted([BOTH, QAMBAROVA, ABLYAZOV])
    Select(browser.find_element(By.ID, "filter-sentence")).select_by_value("community-work")
    summary_text(browser, "1 case matches.")
    assert listed(browser) == [BOTH]
    # Counts follow the filters already chosen.
    status_options = [o.text for o in Select(browser.find_element(By.ID, "filter-status")).options]
    assert "Sentenced (1)" in status_options
    browser.find_element(By.CSS_SELECTOR, ".filter-clear").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".filter-results").get_attribute("hidden") is not None)
    assert browser.find_element(By.ID, "case-index").is_displayed()


def test_a_filter_no_case_has_is_told_not_dropped_silently(browser):
    # An old or mistyped link: the region is left out, and the reader is told so.
    browser.get(page_url("cases/index.html?sentence=community-work&region=nowhere-region"))
    summary_text(browser, "1 case matches.")
    notice = browser.find_element(By.CSS_SELECTOR, ".filter-notice")
    assert notice.is_displayed()
    assert notice.text == "The filter “Region: nowhere-region” in the address matches no case here, so it is left out."
    # A choice of the reader's own ends it.
    Select(browser.find_element(By.ID, "filter-sentence")).select_by_value("")
    WebDriverWait(browser, 10).until(lambda d: not d.find_element(By.CSS_SELECTOR, ".filter-notice").is_displayed())


def test_a_russian_page_tells_it_in_russian(browser):
    browser.get(page_url("ru/cases/index.html?region=nowhere-region"))
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".filter-notice"), message="no notice")
    assert browser.find_element(By.CSS_SELECTOR, ".filter-notice").text.startswith("Фильтр «Регион: nowhere-region» из адреса")


def test_an_address_cut_after_a_percent_sign_is_told_not_a_crash(browser):
    # A link cut short in a message ("%" with no escape after it): decodeURIComponent threw,
    # and the page lost its filters with no word. The filter is told as one no case has.
    browser.get(page_url("cases/index.html?sentence=community-work&status=sentenced%"))
    summary_text(browser, "1 case matches.")
    notice = browser.find_element(By.CSS_SELECTOR, ".filter-notice")
    assert notice.text == "The filter “Status: sentenced%” in the address matches no case here, so it is left out."
    assert listed(browser) == [BOTH]


@pytest.fixture(scope="module")
def short_pages(tmp_path_factory):
    """The sample with two cases to a page, so the filtered list has a "Show more"."""
    folder = tmp_path_factory.mktemp("short-pages")
    shutil.copytree(REPO / "content", folder / "content")
    site_yml = folder / "content" / "site.yml"
    site_yml.write_text(site_yml.read_text(encoding="utf-8") + "\npage_size: 2\n", encoding="utf-8")
    subprocess.run([BINARY, "build", "--quiet", "--content", str(folder / "content"), "--templates", str(REPO / "templates"),
                    "--output", str(folder / "public")], check=True)
    return folder / "public"


def test_show_more_takes_the_focus_to_the_first_case_it_adds(browser, short_pages):
    # The button hid itself once every case was shown, and the focus fell to the top of the
    # page: a keyboard reader had to find their place again from the header.
    browser.get((short_pages / "cases" / "index.html").as_uri() + "?status=sentenced")
    summary_text(browser, "3 cases match; showing the first 2.")
    browser.find_element(By.CSS_SELECTOR, ".filter-more").send_keys(Keys.ENTER)
    summary_text(browser, "3 cases match.")
    assert len(listed(browser)) == 3
    focused = browser.switch_to.active_element
    assert focused.tag_name == "a" and focused.text == listed(browser)[2]
