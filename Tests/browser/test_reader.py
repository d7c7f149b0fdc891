"""What readers meet on the sample site that the other checks do not cover: the statistics'
tables and the headings on the narrowest phones, a case page on paper, and the page of
where to write to people held."""
import os
import shutil
import subprocess

import pytest

from conftest import REPO, page_url

BINARY = os.environ.get("CASEBOOK_BINARY", str(REPO / ".build" / "debug" / "casebook"))

SMALL_PHONE = 320


@pytest.fixture
def small_phone(browser):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": SMALL_PHONE, "height": 800, "deviceScaleFactor": 1, "mobile": True})
    yield browser
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.fixture
def paper(browser):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    yield browser
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


@pytest.mark.parametrize("lang", ["", "ru/", "kk/"])
def test_the_statistics_tables_show_every_column_on_a_small_phone(small_phone, lang):
    # A table wider than its box scrolls, and its last column (persons) is out of sight.
    small_phone.get(page_url(f"{lang}statistics/index.html"))
    hidden = small_phone.execute_script("""
        return [...document.querySelectorAll('.table-box')]
            .filter(box => box.scrollWidth > box.clientWidth)
            .map(box => box.querySelector('caption').textContent + ': ' + box.scrollWidth + ' > ' + box.clientWidth);""")
    tables = small_phone.execute_script("return document.querySelectorAll('.table-box').length")
    assert tables >= 4
    assert not hidden, "tables wider than a 320 px phone:\n" + "\n".join(hidden)


@pytest.mark.parametrize("lang", ["", "ru/"])
def test_a_printed_case_page_gives_the_address_of_each_source(paper, lang):
    paper.get(page_url(f"{lang}cases/bokayev-ayan-2016/index.html"))
    links = paper.execute_script("""
        return [...document.querySelectorAll('.sources a[href^="http"]')]
            .map(a => [a.getAttribute('href'), getComputedStyle(a, '::after').content]);""")
    assert len(links) >= 10
    for href, after in links:
        assert after == f'" <{href}>"'
    switcher = paper.execute_script("return getComputedStyle(document.querySelector('nav.languages')).display")
    assert switcher == "none"


def test_on_screen_a_source_shows_its_title_only(browser):
    browser.get(page_url("cases/bokayev-ayan-2016/index.html"))
    after = browser.execute_script(
        "return getComputedStyle(document.querySelector('.sources a[href^=\"http\"]'), '::after').content")
    assert after == "none"


# Pages whose heading holds a long Russian or Kazakh word: a court, a charge, a region.
LONG_WORD_HEADINGS = [
    "kk/charges/kz-cc-405/index.html",
    "kk/charges/kz-cc1997-170/index.html",
    "kk/organizations/mangystau-criminal-court/index.html",
    "ru/charges/kz-cc1997-170/index.html",
    "ru/organizations/bazar-korgon-district-court/index.html",
    "ru/organizations/mangystau-criminal-court/index.html",
    "ru/organizations/dvk/index.html",
    "ru/regions/jalal-abad-region/index.html",
]


@pytest.mark.parametrize("path", LONG_WORD_HEADINGS)
def test_no_word_of_a_heading_is_cut_on_a_small_phone(small_phone, site, path):
    # Chromium on Linux has no Russian or Kazakh hyphenation: a word wider than the line is
    # broken between two letters, with no hyphen.
    if not (site / path).is_file():
        pytest.skip(f"{path} is not in this build")
    small_phone.get(page_url(path))
    cut = small_phone.execute_script("""
        const h = document.querySelector('h1'), style = getComputedStyle(h);
        const context = document.createElement('canvas').getContext('2d');
        context.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
        return h.textContent.split(/\\s+/).filter(word => context.measureText(word).width > h.clientWidth);""")
    assert not cut, f"words of the heading wider than a 320 px phone's line: {cut}"


@pytest.fixture(scope="module")
def letters_site(tmp_path_factory):
    """The sample with an address for letters to Max Bokayev, built as of a day he was held."""
    folder = tmp_path_factory.mktemp("letters")
    shutil.copytree(REPO / "content", folder / "content")
    person = folder / "content" / "people" / "max-bokayev.md"
    person.write_text(person.read_text(encoding="utf-8").replace("name: Max Bokayev\n", (
        "name: Max Bokayev\nletters:\n  address: |\n    Max Bokayev\n"
        "    Institution LA-155/14, Aktobe Region, Aktobe, Industrial Zone, Promyshlennaya-Severo-Zapadnaya Street 15\n"
        "    Kazakhstan, 030000\n  as_of: 2018-06\n  note: letters in Russian or Kazakh only, no parcels\n"), 1),
        encoding="utf-8")
    subprocess.run([BINARY, "build", "--quiet", "--content", str(folder / "content"), "--templates", str(REPO / "templates"),
                    "--as-of", "2019-01-01", "--output", str(folder / "public")], check=True)
    return folder / "public"


@pytest.mark.parametrize("lang", ["", "ru/"])
def test_the_letters_page_is_one_block_per_person_on_a_small_phone(small_phone, letters_site, lang):
    small_phone.get((letters_site / lang / "letters" / "index.html").as_uri())
    entry = small_phone.execute_script("""
        const list = document.querySelector('ul.letters'), address = list.querySelector('.letters-address');
        return {bullet: getComputedStyle(list).listStyleType, indent: list.getBoundingClientRect().left - document.querySelector('main').getBoundingClientRect().left,
                boxed: getComputedStyle(address).borderTopStyle, fits: address.scrollWidth <= address.clientWidth,
                page: [document.documentElement.scrollWidth, innerWidth]};""")
    assert entry["bullet"] == "none"
    assert entry["indent"] <= 16  # main's own padding only
    assert entry["boxed"] == "solid"
    assert entry["fits"] and entry["page"][0] <= entry["page"][1]


def test_a_russian_month_opening_a_heading_or_a_line_has_a_capital(browser):
    # Russian writes "март 2018" with a small letter; at the head of a heading or of an
    # event's line it reads "Март 2018" (the text stays as written, for search and copying).
    browser.get(page_url("ru/timeline/2018/index.html"))
    openers = browser.execute_script("""
        return [...document.querySelectorAll('h2.timeline-month, .event > time')]
            .map(e => [e.textContent, getComputedStyle(e, '::first-letter').textTransform]);""")
    assert ["март 2018", "uppercase"] in openers
    assert all(transform == "uppercase" for _, transform in openers)
    assert len([text for text, _ in openers if text[0].islower()]) >= 2


@pytest.mark.parametrize("lang", ["", "kk/"])
def test_a_persons_region_is_not_run_on_after_their_other_spellings(browser, lang):
    # "Azimjan Askarov Azimzhan Askarov, Azimjon Askarov Jalal-Abad Region · 1 case" read
    # the region as part of a name: the region and count are a line of their own.
    browser.get(page_url(f"{lang}people/index.html"))
    entries = browser.execute_script("""
        return [...document.querySelectorAll('.entity-list li')].filter(li => li.querySelector('.aliases'))
            .map(li => [li.querySelector('.aliases').getBoundingClientRect().bottom,
                        li.querySelector('.entity-meta').getBoundingClientRect().top]);""")
    assert len(entries) >= 3
    assert all(meta >= aliases - 1 for aliases, meta in entries)


def test_a_printed_bibtex_entry_wraps_rather_than_being_cut_at_the_edge_of_the_page(paper):
    # An A4 page with the browser's margins is about 718 CSS pixels wide; paper cannot scroll.
    paper.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                          {"width": 718, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
    try:
        paper.get(page_url("ru/cases/askarov-2010/index.html"))
        paper.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        widths = paper.execute_script(
            "const pre = document.querySelector('.cite-bibtex'); return [pre.scrollWidth, pre.clientWidth]")
    finally:
        paper.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert widths[0] <= widths[1]


@pytest.fixture
def large_text(browser):
    """A phone whose reader doubled the browser's font size (16 px to 32 px)."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 375, "height": 800, "deviceScaleFactor": 1, "mobile": True})
    browser.execute_cdp_cmd("Page.setFontSizes", {"fontSizes": {"standard": 32}})
    yield browser
    browser.execute_cdp_cmd("Page.setFontSizes", {"fontSizes": {"standard": 16}})
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize("path", ["index.html", "kk/index.html", "ru/cases/index.html", "kk/search/index.html"])
def test_large_text_on_a_phone_does_not_make_the_page_scroll_sideways(large_text, path):
    # The header's search box and the home page's grid of entry points kept their width
    # in rem: with the text doubled, every page was 576 px wide on a 375 px phone.
    large_text.get(page_url(path))
    root, width = large_text.execute_script(
        "return [getComputedStyle(document.documentElement).fontSize, document.documentElement.scrollWidth]")
    assert root == "32px"
    # A phone widens its layout to the page (innerWidth with it), so compare with the screen.
    assert width <= 375, f"{path} is {width} px wide on a 375 px phone"


@pytest.fixture
def phone375(browser):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 375, "height": 800, "deviceScaleFactor": 1, "mobile": True})
    yield browser
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize("lang", ["", "ru/", "kk/"])
def test_the_charts_text_is_readable_on_a_phone_and_inside_the_chart(phone375, lang):
    # A 640-unit chart squeezed into a phone drew its 13-unit labels at under 7 px, and a
    # long Russian charge ran past the chart's edge.
    phone375.get(page_url(f"{lang}statistics/index.html"))
    charts = phone375.execute_script("""
        return [...document.querySelectorAll('svg.chart')].map(svg => {
            const box = svg.getBoundingClientRect(), scale = box.width / svg.viewBox.baseVal.width;
            const past = [...svg.querySelectorAll('text')].filter(t => t.getBoundingClientRect().right > box.right + 1)
                .map(t => t.textContent);
            return [svg.id || svg.getAttribute('aria-labelledby'), 13 * scale, past];});""")
    assert len(charts) >= 4
    for name, size, past in charts:
        assert size >= 9.5, f"{name}: text drawn at {size:.1f} px"
        assert not past, f"{name}: labels past the chart's edge: {past}"


@pytest.mark.parametrize("lang", ["", "ru/", "kk/"])
def test_each_figure_of_the_statistics_page_has_a_name_of_its_own(browser, letters_site, lang):
    # With people held, the page had two regions named "By region" (held now, and all
    # cases): a screen reader's list of landmarks could not tell them apart.
    browser.get((letters_site / lang / "statistics" / "index.html").as_uri())
    names = browser.execute_script("""
        return [...document.querySelectorAll('section[aria-labelledby]')]
            .map(s => s.getAttribute('aria-labelledby').split(' ').map(id => document.getElementById(id).textContent).join(' '));""")
    assert any("held" in n.lower() or "страж" in n or "қамау" in n.lower() for n in names)
    assert len(names) == len(set(names)), f"landmarks of one name: {sorted(n for n in names if names.count(n) > 1)}"
