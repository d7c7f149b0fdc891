"""The sample at a phone's width: no page scrolls sideways, and the custody table is a list of
periods, each value under its column's name, while a wide screen keeps the table."""
import pytest

from conftest import SITE, page_url

PHONE = (390, 900)


@pytest.fixture
def phone(browser):
    size = browser.get_window_size()
    browser.set_window_size(*PHONE)
    yield browser
    browser.set_window_size(size["width"], size["height"])


def test_no_page_is_wider_than_a_phone(phone):
    # 404.html links from the server's root, so it is opened from a server elsewhere.
    pages = sorted(str(path.relative_to(SITE)) for path in SITE.rglob("*.html") if path.name != "404.html")
    assert len(pages) > 100
    wide = []
    for page in pages:
        phone.get(page_url(page))
        width, screen = phone.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        if width > screen:
            wide.append(f"{page}: {width} px")
    assert not wide, "pages wider than a phone:\n" + "\n".join(wide)


def test_the_custody_table_is_a_list_of_periods_on_a_phone(phone):
    phone.get(page_url("people/azimjan-askarov/index.html"))
    box, labels, header = phone.execute_script("""
        const box = document.querySelector('.custody').closest('.table-box');
        const labels = [...document.querySelectorAll('.custody tbody tr:first-child td')]
            .filter(td => td.textContent.trim()).map(td => getComputedStyle(td, '::before').content);
        const header = document.querySelector('.custody thead').getBoundingClientRect();
        return [[box.scrollWidth, box.clientWidth], labels, [header.width, header.height]];""")
    assert box[0] <= box[1]
    assert labels[:3] == ['"From: "', '"To: "', '"Place: "']
    assert header[0] <= 1 and header[1] <= 1


def test_a_wide_screen_keeps_the_custody_table(browser):
    browser.get(page_url("people/azimjan-askarov/index.html"))
    display, label = browser.execute_script("""
        const td = document.querySelector('.custody tbody td');
        return [getComputedStyle(td).display, getComputedStyle(td, '::before').content];""")
    assert display == "table-cell" and label == "none"
