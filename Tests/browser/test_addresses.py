"""Addresses that carry more than a page: a former id's address with a #fragment lands on the
same place of the new page, and the language switcher keeps the search, the filters and the
fragment of the address it is clicked from. Opened from disk, as everywhere in these checks;
test_nginx.py follows a former id's fragment under a path prefix."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import page_url

OLD = "cases/atyrau-land-protests-2016/index.html"
NEW = "cases/bokayev-ayan-2016/index.html"


def lands_on(browser, ending):
    WebDriverWait(browser, 10).until(lambda d: d.current_url.endswith(ending),
                                     message=f"expected to land on …{ending}, at {browser.current_url}")


def test_a_former_ids_address_keeps_its_fragment(browser):
    for prefix in ("", "ru/"):
        browser.get(page_url(prefix + OLD) + "#source-2")
        lands_on(browser, prefix + NEW + "#source-2")
        assert browser.find_element(By.ID, "source-2").is_displayed()


def test_without_scripts_a_former_ids_address_still_leads_to_the_page(browser):
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get(page_url(OLD) + "#source-2")
        lands_on(browser, NEW)
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def switcher(browser):
    return {a.get_attribute("hreflang"): a for a in browser.find_elements(By.CSS_SELECTOR, "nav.languages a")}


def test_the_language_switcher_keeps_the_filters_and_the_fragment(browser):
    browser.get(page_url("cases/index.html?status=released#main"))
    links = switcher(browser)
    assert links["ru"].get_attribute("href").endswith("/ru/cases/index.html?status=released#main")
    links["ru"].click()
    lands_on(browser, "ru/cases/index.html?status=released#main")
    # The filters read the address on the Russian page too.
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "filter-status"), message="no filter form")
    assert Select(browser.find_element(By.ID, "filter-status")).first_selected_option.get_attribute("value") == "released"


def test_the_language_switcher_follows_a_search_typed_on_the_page(browser):
    browser.get(page_url("search/index.html"))
    box = browser.find_element(By.CSS_SELECTOR, "form[data-search='page'] input[name='q']")
    box.send_keys("Lesova")
    # search.js writes the query into the address as the reader types.
    WebDriverWait(browser, 10).until(lambda d: d.current_url.endswith("?q=Lesova"))
    switcher(browser)["kk"].click()
    lands_on(browser, "kk/search/index.html?q=Lesova")
    assert browser.find_element(By.CSS_SELECTOR, "form[data-search='page'] input[name='q']").get_attribute("value") == "Lesova"


def test_without_scripts_the_switcher_leads_to_the_plain_pages(browser):
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get(page_url("search/index.html?q=Lesova"))
        assert switcher(browser)["ru"].get_attribute("href").endswith("/ru/search/index.html")
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
