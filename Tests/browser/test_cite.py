"""The citation block of a case page: its copy buttons appear only with the script, and a
click copies the text (or, where the browser refuses, selects it for the reader)."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import page_url


def copied_or_selected(browser, button, target):
    """After a click: the button says it copied, or the browser refused and the text is selected."""
    def done(d):
        if button.text == "Copied":
            return True
        return d.execute_script("return window.getSelection().toString()") == target.text
    return done


def test_the_copy_buttons_show_with_the_script_and_copy_the_citation(browser):
    browser.get(page_url("cases/qambarova-2021/index.html"))
    text = browser.find_element(By.ID, "cite-text")
    assert "Kazakhstan Political Cases Monitor" in text.text
    buttons = browser.find_elements(By.CSS_SELECTOR, ".cite button[data-copy]")
    assert [b.get_attribute("data-copy") for b in buttons] == ["cite-text", "cite-bibtex"]
    assert all(b.is_displayed() for b in buttons)
    buttons[0].click()
    WebDriverWait(browser, 5).until(copied_or_selected(browser, buttons[0], text))
    bibtex = browser.find_element(By.ID, "cite-bibtex")
    assert bibtex.text.startswith("@misc{cases-qambarova-2021,")
    buttons[1].click()
    WebDriverWait(browser, 5).until(copied_or_selected(browser, buttons[1], bibtex))


def test_without_scripts_the_citation_is_text_and_no_button_shows(browser):
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get(page_url("ru/people/zhazira-qambarova/index.html"))
        assert browser.find_element(By.ID, "cite-text").is_displayed()
        assert not any(b.is_displayed() for b in browser.find_elements(By.CSS_SELECTOR, ".cite button[data-copy]"))
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
