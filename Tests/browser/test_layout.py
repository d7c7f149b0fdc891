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


def test_no_date_breaks_across_lines_on_a_phone(phone):
    # "5 March" at the end of one line and "2024" at the start of the next read as two facts.
    pages = [f"{lang}{kind}" for lang in ("", "ru/", "kk/")
             for kind in ("cases/ablyazov-2018/index.html", "people/azimjan-askarov/index.html",
                          "timeline/index.html", "corrections/index.html")]
    broken = []
    for page in pages:
        phone.get(page_url(page))
        dates, split = phone.execute_script("""
            const times = [...document.querySelectorAll('time')];
            // Boxes on one line share their top (a styled first letter is a box of its own);
            // a date kept in one box is on two lines when it is twice as tall as a line.
            const tall = t => t.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(t).lineHeight);
            const lines = t => new Set([...t.getClientRects()].map(r => Math.round(r.top))).size;
            return [times.length, times.filter(t => lines(t) > 1 || tall(t)).map(t => t.textContent)];""")
        assert dates > 0, page
        broken += [f"{page}: {text}" for text in split]
    assert not broken, "dates broken across lines:\n" + "\n".join(broken)
