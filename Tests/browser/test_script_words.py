"""The scripts' words in another language: the sample's Russian pages (under ru/) hand
search.js and filters.js the Russian catalogue's script entries (data-words), and the
counts take Russian plural forms (Intl.PluralRules of the page's lang)."""
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


def russian_form(n):
    """CLDR's Russian category of a whole number, as ru.yml's plural_rule gives it."""
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


RESULTS = {"one": "результат", "few": "результата", "many": "результатов"}


@pytest.fixture(scope="module")
def russian_site(site):
    """The Russian pages of the sample build."""
    return site / "ru"


def url(site, path):
    query = ""
    if "?" in path:
        path, query = path.split("?", 1)
        query = "?" + query
    return (site / path).as_uri() + query


def wait_for(browser, condition, what):
    return WebDriverWait(browser, 10).until(lambda d: condition(), message=f"timed out waiting for {what}")


def test_the_search_page_speaks_russian(browser, russian_site):
    browser.get(url(russian_site, "search/index.html?q=Lesova"))
    status = browser.find_element(By.ID, "search-status")
    wait_for(browser, lambda: "по запросу" in status.text, "a Russian status")
    found = re.fullmatch(r"(\d+) (\S+) по запросу «Lesova»", status.text)
    assert found, status.text
    assert found.group(2) == RESULTS[russian_form(int(found.group(1)))]
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "#search-results h2")]
    assert any(re.fullmatch(r"Люди \(\d+\)", h) for h in headings), headings
    assert html_lang(browser) == "ru"


def test_nothing_found_in_russian(browser, russian_site):
    browser.get(url(russian_site, "search/index.html?q=zzzzqqq"))
    status = browser.find_element(By.ID, "search-status")
    wait_for(browser, lambda: status.text == "По запросу «zzzzqqq» ничего не найдено.", "the Russian nothing-found message")


def test_the_header_popup_speaks_russian(browser, russian_site):
    browser.get(url(russian_site, "index.html"))
    browser.find_element(By.ID, "site-search-q").send_keys("Taraz")
    popup = browser.find_element(By.ID, "site-search-popup")
    wait_for(browser, lambda: popup.is_displayed() and popup.find_elements(By.CSS_SELECTOR, "a.search-all"), "the popup")
    text = popup.find_element(By.CSS_SELECTOR, "a.search-all").text
    found = re.fullmatch(r"Показать (\d+) (\S+) на странице поиска", text)
    assert found, text
    assert found.group(2) == RESULTS[russian_form(int(found.group(1)))]


def test_the_filters_speak_russian(browser, russian_site):
    browser.get(url(russian_site, "cases/index.html"))
    button = browser.find_element(By.CSS_SELECTOR, ".filter-open")
    assert button.text == "Отобрать дела по статусу, региону, обвинению, организации, году или виду наказания"
    button.click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "filter-status"), message="no filter form")
    status = Select(browser.find_element(By.ID, "filter-status"))
    assert status.options[0].text == "Все (6)"
    assert browser.find_element(By.CSS_SELECTOR, "label[for=filter-sentence]").text == "Вид наказания"
    status.select_by_value("sentenced")
    summary = lambda: browser.find_element(By.CSS_SELECTOR, ".filter-summary").text
    wait_for(browser, lambda: summary() == "Подходят 3 дела.", "the Russian count of three")
    Select(browser.find_element(By.ID, "filter-sentence")).select_by_value("community-work")
    wait_for(browser, lambda: summary() == "Подходит 1 дело.", "the Russian count of one")


def html_lang(browser):
    return browser.execute_script("return document.documentElement.lang")
