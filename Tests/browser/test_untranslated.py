"""Texts a Russian page shows untranslated carry their language in what the scripts draw:
the filters' options and results, and the search results (issue 14). The pages the build
writes are held by UntranslatedLangTests."""
import os
import shutil
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO

BINARY = os.environ.get("CASEBOOK_BINARY", str(REPO / ".build" / "debug" / "casebook"))


@pytest.fixture(scope="module")
def untranslated(tmp_path_factory):
    """The sample without Max Bokayev's Russian name, the Russian title of his case and the
    Russian spelling of Atyrau Region."""
    folder = tmp_path_factory.mktemp("untranslated")
    shutil.copytree(REPO / "content", folder / "content")
    content = folder / "content"

    def drop(path, line):
        file = content / path
        text = file.read_text(encoding="utf-8")
        assert line in text, f"{path} no longer has {line!r}"
        file.write_text(text.replace(line, ""), encoding="utf-8")

    drop("people/max-bokayev.ru.md", "name: Макс Бокаев\n")
    drop("cases/bokayev-ayan-2016.ru.md", "title: Суд в Атырау вынес приговор Максу Бокаеву и Талгату Аяну\n")
    drop("site.yml", "  Atyrau Region: {ru: Атырауская область, kk: Атырау облысы}\n")
    subprocess.run([BINARY, "build", "--quiet", "--content", str(content), "--templates", str(REPO / "templates"),
                    "--output", str(folder / "public")], check=True)
    return folder / "public"


def wait_for(driver, condition, what, timeout=10):
    return WebDriverWait(driver, timeout).until(lambda d: condition(), message=f"timed out waiting for {what}")


def test_filters_give_untranslated_labels_and_titles_their_language(browser, untranslated):
    browser.get((untranslated / "ru" / "cases" / "index.html").as_uri() + "?region=atyrau-region")
    links = wait_for(browser, lambda: browser.find_elements(By.CSS_SELECTOR, ".filter-results .case-item h3 a"), "results")
    assert [(a.text, a.get_attribute("lang")) for a in links] == [
        ("Atyrau court sentences Max Bokayev and Talgat Ayan", "en")]
    places = browser.find_elements(By.CSS_SELECTOR, ".filter-results .case-meta bdi")
    assert ("Atyrau Region", "en") in [(b.text, b.get_attribute("lang")) for b in places]
    option = browser.find_element(By.CSS_SELECTOR, "#filter-region option[value='atyrau-region']")
    assert option.get_attribute("lang") == "en"
    translated = browser.find_element(By.CSS_SELECTOR, "#filter-region option[value='zhambyl-region']")
    assert not translated.get_attribute("lang")


def test_search_results_give_untranslated_names_and_titles_their_language(browser, untranslated):
    browser.get((untranslated / "ru" / "search" / "index.html").as_uri() + "?q=Bokayev")
    results = wait_for(browser, lambda: browser.find_elements(By.CSS_SELECTOR, "#search-results .search-result a"), "results")
    found = {a.text: a.get_attribute("lang") for a in results}
    assert found.get("Max Bokayev") == "en", found
    assert found.get("Atyrau court sentences Max Bokayev and Talgat Ayan") == "en", found
    # Talgat Ayan's name is translated: the defendants' names of the case show it without one.
    names = {b.text: b.get_attribute("lang") for b in browser.find_elements(By.CSS_SELECTOR, "#search-results .search-detail bdi")}
    assert names.get("Max Bokayev") == "en" and not names.get("Талгат Аян"), names
    assert names.get("Atyrau Region") == "en", names
