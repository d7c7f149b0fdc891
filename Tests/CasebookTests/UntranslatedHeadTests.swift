import Foundation
import Testing
@testable import CasebookKit

/// What a page of another language shows in the default language for want of a translation
/// carries that language's code where a page's head, its feed and its labels show it: the
/// link previews' `<meta>` (whose `lang` HTML applies to their `content`), the `<title>` when
/// all of it is untranslated, the feed's `xml:lang`, and the labels of site.yml's
/// vocabularies (roles, organization and decision kinds, statuses) as event types had it.
@Suite struct UntranslatedHeadTests {
    /// Qambarova's case has no title in Russian or Kazakh, and site.yml no Kazakh title.
    @Test func theHeadAndTheFeedMarkAnUntranslatedTitle() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        for language in ["ru", "kk"] {
            let file = "content/cases/qambarova-2021.\(language).md"
            let title = try #require(try site.read(file).split(separator: "\n").first { $0.hasPrefix("title: ") })
            try site.replace(file, title + "\n", with: "")
        }
        try site.replace("content/site.yml", "  kk: Қазақстандағы саяси істер мониторингі\n", with: "")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let english = "Taraz court sentences Zhazira Qambarova"
        // Russian: the site's title is Russian, so the `<title>` is half of each: no `lang`.
        let ru = try site.read("public/ru/cases/qambarova-2021/index.html")
        #expect(ru.contains("<title>\(english) · Мониторинг политических дел Казахстана</title>"))
        #expect(ru.contains(#"<meta property="og:title" content="\#(english)" lang="en">"#))
        #expect(ru.contains(#"<meta property="og:site_name" content="Мониторинг политических дел Казахстана">"#))
        // The summary is translated: no `lang` on the description.
        let description = try #require(ru.split(separator: "\n").first { $0.hasPrefix(#"<meta property="og:description""#) })
        #expect(description.contains(#"content="Два года"#) && !description.contains("lang="))
        // Kazakh: the whole title is English.
        let kk = try site.read("public/kk/cases/qambarova-2021/index.html")
        #expect(kk.contains(#"<title lang="en">\#(english) · Kazakhstan Political Cases Monitor</title>"#))
        #expect(kk.contains(#"<meta property="og:site_name" content="Kazakhstan Political Cases Monitor" lang="en">"#))
        // A translated case under the English site title: half of each, no `lang`.
        #expect(try site.read("public/kk/cases/lesova-lepesova-2021/index.html").contains("<title>Тараз соты"))
        // The methodology has no Kazakh file: its summary is the description, in English.
        let methodology = try site.read("public/kk/methodology/index.html")
        #expect(methodology.contains(#"<meta name="description" content="What the archive counts, how statuses and dates are recorded, and how sources and corrections are handled." lang="en">"#))
        #expect(methodology.contains(#"<meta property="og:description" content="What the archive counts"#))
        // The feeds: the entry's title, and the Kazakh feed's own title and author.
        #expect(try site.read("public/ru/feed.xml").contains(#"<title xml:lang="en">\#(english)</title>"#))
        let kkFeed = try site.read("public/kk/feed.xml")
        #expect(kkFeed.contains(#"<title xml:lang="en">Kazakhstan Political Cases Monitor</title>"#))
        #expect(kkFeed.contains(#"<author><name xml:lang="en">Kazakhstan Political Cases Monitor</name></author>"#))
        #expect(try !site.read("public/ru/feed.xml").contains(#"<author><name xml:lang"#))
        // The English pages and feed say nothing.
        let en = try site.read("public/cases/qambarova-2021/index.html")
        #expect(en.contains("<title>\(english) · Kazakhstan Political Cases Monitor</title>"))
        #expect(en.contains(#"<meta property="og:title" content="\#(english)">"#))
        #expect(en.contains(#"<meta property="og:site_name" content="Kazakhstan Political Cases Monitor">"#))
        #expect(try !site.read("public/feed.xml").contains("xml:lang=\"en\">T"))
    }

    /// site.yml gives no Kazakh label to the role `defendant`, the status `sentenced`, the
    /// organization kind `court` or the decision kind `appeal`.
    @Test func aLabelLeftInTheDefaultLanguageCarriesItsLang() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/site.yml", "{en: Defendant, ru: Обвиняемый, kk: Айыпталушы}", with: "{en: Defendant, ru: Обвиняемый}")
        try site.replace("content/site.yml", "{en: Sentenced, ru: Осуждён, kk: Сотталды}", with: "{en: Sentenced, ru: Осуждён}")
        try site.replace("content/site.yml", "{en: Court, ru: Суд, kk: Сот}", with: "{en: Court, ru: Суд}")
        try site.replace("content/site.yml", "{en: appeal, ru: апелляция, kk: апелляция}", with: "{en: appeal, ru: апелляция}")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let kk = try site.read("public/kk/cases/qambarova-2021/index.html")
        #expect(kk.contains(#"<span class="role" dir="auto" lang="en">Defendant</span>"#))
        #expect(kk.contains(#"<a href="../../statuses/sentenced/index.html" dir="auto" lang="en">Sentenced</a>"#))
        #expect(try site.read("public/kk/organizations/taraz-court-2/index.html").contains(#" · <bdi lang="en">Court</bdi></p>"#))
        let askarov = try site.read("public/kk/cases/askarov-2010/index.html")
        #expect(askarov.contains(#" · <bdi lang="en">appeal</bdi> · "#))
        #expect(askarov.contains(#" · <bdi>қадағалау сатысы</bdi> · "#))
        #expect(try site.read("public/kk/feed.xml").contains(#"label="Sentenced" xml:lang="en"/>"#))
        // Russian labels are given: nothing is marked.
        let ru = try site.read("public/ru/cases/qambarova-2021/index.html")
        #expect(ru.contains(#"<span class="role" dir="auto">Обвиняемая</span>"#))
        #expect(try !site.read("public/ru/cases/askarov-2010/index.html").contains(#"<bdi lang="en">"#))
        // The translators' list names the decision kind as it names the role.
        let status = try #require(Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root)).translationStatus)
        #expect(status.todo("kk").contains("content/site.yml: no kk text for decision_kinds: appeal"))
        #expect(status.todo("kk").contains("content/site.yml: no kk text for roles: defendant"))
    }

    /// A body's link to `#source-N` leads nowhere when the page lists fewer sources; a
    /// translation's page lists its file's, and is told the same.
    @Test func aLinkToASourceThePageDoesNotHaveIsAWarningInEveryLanguage() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.ru.md", "[[4]](#source-4)", with: "[[9]](#source-9)")
        try site.replace("content/cases/qambarova-2021.kk.md", "(#source-4)", with: "(#source-04)")
        try site.write("content/pages/methodology.ru.md", "---\ntitle: Методология\n---\nСм. [[1]](#source-1) и [выше](#top).\n")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let warnings = result.diagnostics.filter { $0.message.contains("#source-") }.map(\.description)
        #expect(warnings.count == 3)
        #expect(warnings.contains { $0.hasPrefix("content/cases/qambarova-2021.ru.md:") && $0.hasSuffix(
            "warning: link to '#source-9': this case lists 4 sources, so its page has no source 9; link to one of #source-1 … #source-4 (sources are numbered in the order 'sources' lists them)") })
        #expect(warnings.contains { $0.hasPrefix("content/cases/qambarova-2021.kk.md:") && $0.hasSuffix(
            "warning: link to '#source-04': sources are numbered without leading zeros; write '#source-4'") })
        #expect(warnings.contains { $0 ==
            "content/pages/methodology.ru.md:4:5: warning: link to '#source-1': a free page lists no sources, so it has no source 1; link to the source on its case's page (../cases/id.md#source-1), or remove the link" })
        // The link is kept as written.
        #expect(try site.read("public/ru/cases/qambarova-2021/index.html").contains(##"<a href="#source-9">"##))
    }
}
