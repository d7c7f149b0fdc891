"""Search in a real browser: the header box and the search page, opened from disk."""
import json

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO, page_url

# query -> texts that must appear among the results (people, organizations, case titles)
EXPECTED = {
    "Kambarova": ["Zhazira Qambarova", "Taraz court sentences Zhazira Qambarova"],
    "Qambarova": ["Zhazira Qambarova", "Taraz court sentences Zhazira Qambarova"],
    "Камбарова": ["Zhazira Qambarova", "Taraz court sentences Zhazira Qambarova"],
    "Қамбарова": ["Zhazira Qambarova", "Taraz court sentences Zhazira Qambarova"],
    "Lesova": ["Nazira Lesova", "Taraz court sentences Nazira Lesova and Nazira Lepesova"],
    "DVK": ["Democratic Choice of Kazakhstan", "Taraz court sentences Zhazira Qambarova"],
    "Koshe": ["Koshe Party", "Taraz court sentences Nazira Lesova and Nazira Lepesova"],
}
# query -> texts that must not appear (the search must not match everything)
UNEXPECTED = {
    "Kambarova": ["Nazira Lesova", "Koshe Party"],
    "Lesova": ["Nazira Lepesova", "Zhazira Qambarova"],
}


def result_texts(container):
    return [link.text for link in container.find_elements(By.CSS_SELECTOR, ".search-result a")]


def wait_for(driver, condition, what, timeout=10):
    return WebDriverWait(driver, timeout).until(lambda d: condition(), message=f"timed out waiting for {what}")


@pytest.mark.parametrize("query", list(EXPECTED))
def test_header_box_finds_as_the_reader_types(browser, query):
    browser.get(page_url("cases/qambarova-2021/index.html"))
    box = browser.find_element(By.ID, "site-search-q")
    box.send_keys(query)
    popup = browser.find_element(By.ID, "site-search-popup")
    wait_for(browser, lambda: popup.is_displayed() and all(t in result_texts(popup) for t in EXPECTED[query]),
             f"{EXPECTED[query]} in the header results for {query!r}")
    for text in UNEXPECTED.get(query, []):
        assert text not in result_texts(popup)
    # Every result leads to a page of the site, relative to this page.
    for link in popup.find_elements(By.CSS_SELECTOR, ".search-result a"):
        assert link.get_attribute("href").startswith("file://")
    # "All results" goes to the search page with the query.
    everything = popup.find_element(By.CSS_SELECTOR, "a.search-all")
    assert "search/index.html?q=" in everything.get_attribute("href")


@pytest.mark.parametrize("query", list(EXPECTED))
def test_search_page_finds_as_the_reader_types(browser, query):
    browser.get(page_url("search/index.html"))
    assert not browser.find_element(By.ID, "search-nojs").is_displayed()
    box = browser.find_element(By.ID, "search-q")
    box.send_keys(query)
    results = browser.find_element(By.ID, "search-results")
    wait_for(browser, lambda: all(t in result_texts(results) for t in EXPECTED[query]),
             f"{EXPECTED[query]} on the search page for {query!r}")
    for text in UNEXPECTED.get(query, []):
        assert text not in result_texts(results)
    assert "result" in browser.find_element(By.ID, "search-status").text


def test_search_page_reads_the_query_from_the_address(browser):
    browser.get(page_url("search/index.html?q=%D2%9A%D0%B0%D0%BC%D0%B1%D0%B0%D1%80%D0%BE%D0%B2%D0%B0"))  # Қамбарова
    results = browser.find_element(By.ID, "search-results")
    wait_for(browser, lambda: "Zhazira Qambarova" in result_texts(results), "results for ?q=")
    assert browser.find_element(By.ID, "search-q").get_attribute("value") == "Қамбарова"


def test_an_emptied_box_empties_the_address(browser):
    # The address kept the last query after the box was emptied, so a reload, a bookmark or
    # the language switcher brought the old results back.
    browser.get(page_url("search/index.html?q=Lesova"))
    results = browser.find_element(By.ID, "search-results")
    wait_for(browser, lambda: "Nazira Lesova" in result_texts(results), "results for ?q=Lesova")
    box = browser.find_element(By.ID, "search-q")
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.BACKSPACE)
    wait_for(browser, lambda: "?" not in browser.current_url, "the query to leave the address")
    assert result_texts(results) == []
    russian = browser.find_element(By.CSS_SELECTOR, 'nav.languages a[hreflang="ru"]')
    russian.click()
    wait_for(browser, lambda: "/ru/search/" in browser.current_url, "the Russian search page")
    assert "?q=" not in browser.current_url
    assert browser.find_element(By.ID, "search-q").get_attribute("value") == ""


def test_header_form_submits_to_the_search_page(browser):
    browser.get(page_url("people/nazira-lesova/index.html"))
    box = browser.find_element(By.ID, "site-search-q")
    box.send_keys("Koshe", Keys.ENTER)
    wait_for(browser, lambda: "search/index.html" in browser.current_url, "the search page")
    results = browser.find_element(By.ID, "search-results")
    wait_for(browser, lambda: "Koshe Party" in result_texts(results), "results after submitting")


def test_nothing_found_says_so(browser):
    browser.get(page_url("search/index.html"))
    browser.find_element(By.ID, "search-q").send_keys("xyzzy")
    status = browser.find_element(By.ID, "search-status")
    wait_for(browser, lambda: "Nothing found" in status.text, "the nothing-found message")
    assert result_texts(browser.find_element(By.ID, "search-results")) == []


def test_keyboard_reaches_the_results_and_escape_closes_them(browser):
    browser.get(page_url("index.html"))
    box = browser.find_element(By.ID, "site-search-q")
    box.send_keys("Nazira")
    popup = browser.find_element(By.ID, "site-search-popup")
    wait_for(browser, lambda: popup.is_displayed() and result_texts(popup), "header results")
    box.send_keys(Keys.ARROW_DOWN)
    focused = browser.switch_to.active_element
    assert focused.tag_name == "a" and focused.text == result_texts(popup)[0]
    focused.send_keys(Keys.ESCAPE)
    wait_for(browser, lambda: not popup.is_displayed(), "the popup to close")
    assert browser.switch_to.active_element.get_attribute("id") == "site-search-q"


def test_javascript_and_swift_normalise_alike(browser):
    """The shared cases of Tests/Fixtures/search-normalization.json (SearchNormalizerTests
    checks the build's Swift against the same file), and every name of the index: the
    browser's normalisation of each name and alias must give the words the build indexed."""
    cases = json.loads((REPO / "Tests/Fixtures/search-normalization.json").read_text(encoding="utf-8"))
    browser.get(page_url("search/index.html"))
    outcome = browser.execute_async_script("""
        const [cases, done] = arguments;
        casebookSearch.load(function (ok) {
          if (!ok) { done({error: 'index not loaded'}); return; }
          const norm = t => casebookSearch.normalize(t).join(' ');
          const index = window.casebookIndex, words = index.w.split(' ');
          const forms = cases.forms.map(([text, expected]) => [text, expected, norm(text)]);
          const same = cases.same.map(group => group.map(norm));
          // Names in the index: what JavaScript makes of them vs. the words the build wrote.
          const names = [];
          const decode = (s) => { const out = []; let v = 0, prev = 0;
            for (const ch of s) { const i = '0123456789abcdefghijklmnopqrstuv'.indexOf(ch);
              if (i >= 0) { prev += v * 32 + i; out.push(words[prev]); v = 0; }
              else v = v * 32 + 'wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$'.indexOf(ch); }
            return out.sort(); };
          for (const p of index.p) {
            const js = [...new Set(casebookSearch.normalize(p[1] + ' ' + p[2]))].sort();
            names.push([p[1], decode(p[4]).join(' '), js.join(' ')]);
          }
          done({forms, same, names});
        });
    """, cases)
    assert "error" not in outcome, outcome
    wrong = [f"{text!r}: expected {expected!r}, search.js gives {got!r}"
             for text, expected, got in outcome["forms"] if got != expected]
    assert not wrong, "\n".join(wrong)
    apart = [f"{group} -> {forms}" for group, forms in zip(cases["same"], outcome["same"]) if len(set(forms)) != 1]
    assert not apart, "\n".join(apart)
    assert len(outcome["names"]) >= 4
    differ = [f"{name}: build {built!r}, search.js {js!r}" for name, built, js in outcome["names"] if built != js]
    assert not differ, "\n".join(differ)


# The sample in its other languages: every spelling finds the person as that language writes her.
IN_LANGUAGE = {"ru": "Жазира Камбарова", "kk": "Жазира Қамбарова"}


@pytest.mark.parametrize("lang", list(IN_LANGUAGE))
@pytest.mark.parametrize("query", ["Kambarova", "Qambarova", "Камбарова", "Қамбарова"])
def test_search_in_each_language_finds_every_script(browser, lang, query):
    browser.get(page_url(f"{lang}/search/index.html"))
    box = browser.find_element(By.ID, "search-q")
    box.send_keys(query)
    results = browser.find_element(By.ID, "search-results")
    wait_for(browser, lambda: IN_LANGUAGE[lang] in result_texts(results),
             f"{IN_LANGUAGE[lang]} on the {lang} search page for {query!r}")
    # The results lead to the pages of the same language.
    for link in results.find_elements(By.CSS_SELECTOR, ".search-result a"):
        assert f"/{lang}/" in link.get_attribute("href")


@pytest.mark.parametrize("lang", list(IN_LANGUAGE))
def test_header_box_in_each_language(browser, lang):
    browser.get(page_url(f"{lang}/cases/qambarova-2021/index.html"))
    browser.find_element(By.ID, "site-search-q").send_keys("Qambarova")
    popup = browser.find_element(By.ID, "site-search-popup")
    wait_for(browser, lambda: popup.is_displayed() and IN_LANGUAGE[lang] in result_texts(popup),
             f"{IN_LANGUAGE[lang]} in the {lang} header results")
