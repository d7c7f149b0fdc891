import Foundation
import Testing
@testable import CasebookKit

/// A name, region or tag a page of another language shows as the default files write it
/// carries the default language's `lang` wherever it is shown (lists, facet pages, filters,
/// statistics, search), so a screen reader reads it in its own voice; a translated one, and
/// every text of the default language's pages, has none.
@Suite struct UntranslatedLangTests {
    /// Max Bokayev's Russian file gives no name; the court of his case, Atyrau Court No. 2,
    /// and the Koshe Party have no Russian file at all.
    static func untranslatedNames() throws -> SiteFixture {
        let site = try SiteFixture(.sample)
        try site.replace("content/people/max-bokayev.ru.md", "name: Макс Бокаев\n", with: "")
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("organizations/atyrau-court-2.ru.md"))
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("organizations/koshe-party.ru.md"))
        return site
    }

    @Test func anUntranslatedNameCarriesTheDefaultLanguageEverywhere() throws {
        let site = try Self.untranslatedNames()
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let max = #"href="../../people/max-bokayev/index.html" dir="auto" lang="en">Max Bokayev</a>"#
        let court = #"href="../../organizations/atyrau-court-2/index.html" dir="auto" lang="en">Atyrau City Court No. 2</a>"#
        let bokayevCase = try site.read("public/ru/cases/bokayev-ayan-2016/index.html")
        #expect(bokayevCase.contains(max) && bokayevCase.contains(court))
        // Talgat Ayan's name is translated: no `lang`.
        #expect(bokayevCase.contains(#"href="../../people/talgat-ayan/index.html" dir="auto">Талгат Аян</a>"#))
        // The lists: cases (the defendants), people, organizations.
        #expect(try site.read("public/ru/cases/index.html").contains(#"href="../people/max-bokayev/index.html" dir="auto" lang="en">Max Bokayev</a>"#))
        #expect(try site.read("public/ru/people/index.html").contains(#"href="../people/max-bokayev/index.html" dir="auto" lang="en">Max Bokayev</a>"#))
        let organizations = try site.read("public/ru/organizations/index.html")
        #expect(organizations.contains(#"href="../organizations/koshe-party/index.html" dir="auto" lang="en">Koshe Party</a>"#))
        #expect(organizations.contains(#"href="../organizations/dvk/index.html" dir="auto">"#))
        // A person's organizations, an organization's people, the timeline's contexts.
        #expect(try site.read("public/ru/people/nazira-lesova/index.html")
            .contains(#"href="../../organizations/koshe-party/index.html" dir="auto" lang="en">Koshe Party</a>"#))
        #expect(try site.read("public/ru/organizations/atyrau-court-2/index.html").contains(#"<h1><bdi lang="en">Atyrau City Court No. 2</bdi>"#))
        #expect(try site.read("public/ru/timeline/2020/index.html").contains(#"dir="auto" lang="en">Koshe Party</a>"#))
        // The filters' data and the search index say which texts are untranslated.
        #expect(try site.read("public/ru/cases/filter-data.js").contains(#"["koshe-party","Koshe Party","en"]"#))
        #expect(try site.read("public/ru/search/index.js").contains(#","u":["en","#))
        // The English pages have none, and their search index no `u`.
        let english = try site.read("public/cases/bokayev-ayan-2016/index.html")
        #expect(english.contains(#"href="../../people/max-bokayev/index.html" dir="auto">Max Bokayev</a>"#))
        #expect(!english.contains(#"dir="auto" lang="en""#) && !english.contains(#"<bdi lang="en">"#))
        #expect(try !site.read("public/search/index.js").contains(#","u":["#))
        #expect(try !site.read("public/cases/filter-data.js").contains(#","en"]"#))
    }

    /// Atyrau Region and the tag in-absentia are not spelt in Russian or Kazakh by site.yml.
    @Test func anUnspeltPlaceOrTagCarriesTheDefaultLanguageInListsAndFacetPages() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/site.yml", "  Atyrau Region: {ru: Атырауская область, kk: Атырау облысы}\n", with: "")
        try site.replace("content/site.yml", "  in-absentia: {ru: заочно, kk: сырттай}\n", with: "")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        // The index of regions, a region's page, the home page's list, the tags.
        #expect(try site.read("public/ru/regions/index.html")
            .contains(#"<a href="../regions/atyrau-region/index.html" dir="auto" lang="en">Atyrau Region</a>"#))
        #expect(try site.read("public/ru/regions/atyrau-region/index.html").contains(#"<h1 dir="auto" lang="en">Atyrau Region</h1>"#))
        #expect(try site.read("public/ru/index.html").contains(#"dir="auto" lang="en">Atyrau Region</a>"#))
        #expect(try site.read("public/kk/tags/index.html").contains(#"dir="auto" lang="en">in-absentia</a>"#))
        #expect(try site.read("public/ru/regions/zhambyl-region/index.html").contains(#"<h1 dir="auto">Жамбылская область</h1>"#))
        // A case's place in a list: the region in its own `<bdi lang>`, the city spelt in Russian without.
        #expect(try site.read("public/ru/cases/index.html").contains(#" · <bdi>Атырау, <bdi lang="en">Atyrau Region</bdi></bdi>"#))
        // The people list, the statistics page's table, the filters.
        #expect(try site.read("public/ru/people/index.html").contains(#"<bdi lang="en">Atyrau Region</bdi> · "#))
        #expect(try site.read("public/ru/statistics/index.html").contains(#"<bdi lang="en">Atyrau Region</bdi>"#))
        #expect(try site.read("public/ru/cases/filter-data.js").contains(#"["atyrau-region","Atyrau Region","en"]"#))
        // The English pages have none.
        #expect(try site.read("public/cases/index.html").contains(#" · <bdi>Atyrau, Atyrau Region</bdi>"#))
        #expect(try site.read("public/regions/index.html").contains(#"<a href="../regions/atyrau-region/index.html" dir="auto">Atyrau Region</a>"#))
    }

    /// site.yml gives the title and description no Russian text, and DVK's Russian file no
    /// short name: the header, the home page and the footer, and the short name's lists and
    /// page, show them in English, marked.
    @Test func anUntranslatedSiteTitleOrShortNameCarriesTheDefaultLanguage() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/site.yml", "  ru: Мониторинг политических дел Казахстана\n", with: "")
        try site.replace("content/site.yml",
                         "  ru: Дела о политически мотивированном уголовном преследовании в Казахстане, задокументированные по открытым источникам.\n",
                         with: "")
        try site.replace("content/organizations/dvk.ru.md", "short_name: ДВК\n", with: "")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let home = try site.read("public/ru/index.html")
        #expect(home.contains(#"<a class="site-title" href="index.html" dir="auto" lang="en">Kazakhstan Political Cases Monitor</a>"#))
        #expect(home.contains(#"<h1 id="home-heading" dir="auto" lang="en">Kazakhstan Political Cases Monitor</h1>"#))
        #expect(home.contains(#"<p class="lede" dir="auto" lang="en">Cases of politically"#))
        #expect(home.contains(#"<p><bdi lang="en">Kazakhstan Political Cases Monitor</bdi>: <bdi lang="en">Cases of politically"#))
        #expect(try site.read("public/ru/organizations/index.html").contains(#"Демократический выбор Казахстана</a> (<bdi lang="en">DVK</bdi>)"#))
        #expect(try site.read("public/ru/organizations/dvk/index.html").contains(#"<span class="short-name">(<bdi lang="en">DVK</bdi>)</span>"#))
        // The Kazakh pages have their own title and short name; the English ones need none.
        #expect(try site.read("public/kk/index.html").contains(#"<a class="site-title" href="index.html" dir="auto">"#))
        #expect(try site.read("public/kk/organizations/dvk/index.html").contains(#"<span class="short-name">(<bdi>ҚДТ</bdi>)</span>"#))
        #expect(try site.read("public/index.html").contains(#"<a class="site-title" href="index.html" dir="auto">Kazakhstan Political Cases Monitor</a>"#))
    }

    /// site.yml gives the charge kz-cc-405 no Russian label or law: shown in English on the
    /// Russian case pages, the charges' index and page, the home page, the statistics and the
    /// filters, each marked; its Kazakh ones have their own.
    @Test func anUntranslatedChargeCarriesTheDefaultLanguage() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/site.yml", "      ru: Организация деятельности запрещённой экстремистской организации или участие в ней\n", with: "")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let label = "Organizing or participating in the activities of a banned extremist organization"
        let law = "Уголовный кодекс Республики Казахстан, статья 405"
        #expect(try site.read("public/ru/cases/qambarova-2021/index.html").contains(
            #"<a href="../../charges/kz-cc-405/index.html" dir="auto" lang="en">\#(label)</a> <span class="law">(<bdi>\#(law)</bdi>)</span>"#))
        #expect(try site.read("public/ru/charges/index.html").contains(#"dir="auto" lang="en">\#(label)</a>"#))
        // The page's heading is in English; its law, which is Russian, says so.
        #expect(try site.read("public/ru/charges/kz-cc-405/index.html").contains(
            #"<h1 dir="auto" lang="en">\#(label) <span class="law">(<bdi lang="ru">\#(law)</bdi>)</span></h1>"#))
        #expect(try site.read("public/ru/index.html").contains(#"dir="auto" lang="en">\#(label)</a>"#))
        #expect(try site.read("public/ru/statistics/index.html").contains(#"<bdi lang="en">\#(label)</bdi>"#))
        #expect(try site.read("public/ru/cases/filter-data.js").contains(#"["kz-cc-405","\#(label)","en"]"#))
        #expect(try site.read("public/kk/charges/index.html").contains(#"dir="auto">Тыйым салынған экстремистік"#))
        #expect(try site.read("public/charges/index.html").contains(#"dir="auto">\#(label)</a>"#))
    }

    /// site.yml gives the status `sentenced` no Russian label: its facet index, page, the
    /// home page's list, the statistics and the filters mark it; the Kazakh ones have their own.
    @Test func anUntranslatedStatusCarriesTheDefaultLanguageInItsLists() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/site.yml", "  sentenced:     {en: Sentenced, ru: Осуждён, kk: Сотталды}\n",
                         with: "  sentenced:     {en: Sentenced, kk: Сотталды}\n")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(try site.read("public/ru/statuses/index.html").contains(#"<a href="../statuses/sentenced/index.html" dir="auto" lang="en">Sentenced</a>"#))
        #expect(try site.read("public/ru/statuses/sentenced/index.html").contains(#"<h1 dir="auto" lang="en">Sentenced</h1>"#))
        #expect(try site.read("public/ru/index.html").contains(#"<a href="statuses/sentenced/index.html" dir="auto" lang="en">Sentenced</a>"#))
        #expect(try site.read("public/ru/statistics/index.html").contains(#"<bdi lang="en">Sentenced</bdi>"#))
        #expect(try site.read("public/ru/cases/filter-data.js").contains(#"["sentenced","Sentenced","en"]"#))
        #expect(try site.read("public/kk/statuses/sentenced/index.html").contains(#"<h1 dir="auto">Сотталды</h1>"#))
        #expect(try site.read("public/cases/filter-data.js").contains(#"["sentenced","Sentenced"]"#))
    }

    /// site.yml gives the event type `verdict` no Russian label: each such event on the
    /// Russian pages marks its type; built-in labels and the Kazakh ones have none.
    @Test func anUntranslatedEventTypeCarriesTheDefaultLanguage() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/site.yml", "  verdict:       {en: Verdict, ru: Приговор, kk: Үкім}\n", with: "  verdict:       {en: Verdict, kk: Үкім}\n")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let russian = try site.read("public/ru/cases/qambarova-2021/index.html")
        #expect(russian.contains(#"<strong class="event-type"><bdi lang="en">Verdict</bdi>.</strong>"#))
        #expect(russian.contains(#"<strong class="event-type"><bdi>Задержание</bdi>.</strong>"#) || !russian.contains("Задержание"))
        #expect(try site.read("public/kk/cases/qambarova-2021/index.html").contains(#"<strong class="event-type"><bdi>Үкім</bdi>.</strong>"#))
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains(#"<strong class="event-type"><bdi>Verdict</bdi>.</strong>"#))
    }
}
