import Foundation
import Testing
@testable import CasebookKit

/// A site in several languages: every page in every language, under `/<code>/`, with the
/// switcher, the hreflang alternates, notices on untranslated text, and links that resolve.
@Suite struct LanguageRenderTests {
    /// The sample in English and Russian, with one case translated by hand (the parsing of
    /// translation files has its own tests).
    static func render() throws -> [String: String] {
        let site = try SiteFixture()
        defer { site.remove() }
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        var (content, _) = Builder.parse(loaded, displayName: "content")
        content.site.languages = ["en", "ru"]
        content.site.translatedTitle["ru"] = "Мониторинг"
        var (archive, _) = Linker.link(content, includeDrafts: false)
        let record = try #require(archive.caseRecord("qambarova-2021")).record
        let info = DocumentInfo(kind: .cases, id: record.id, path: "content/cases/qambarova-2021.ru.md", language: "ru")
        var translation = Translation(info: info, title: "Таразский суд", summary: "Два года", name: nil, shortName: nil,
                                      aliases: nil, eventSummaries: record.events.map { _ in "Приговор" },
                                      sourceTitles: [], correctionNotes: [], body: MarkdownBody(text: "x", firstLine: 1),
                                      updated: nil)
        // Every sentence note translated too: a note left out would show the notice.
        translation.sentenceNotes = record.people.map { $0.sentence.map { $0.note == nil ? nil : "деятельность" } }
        archive.translations.byLanguage["ru", default: [:]][.cases, default: [:]][record.id] =
            LinkedTranslation(translation: translation, bodyHTML: "<p>Текст</p>\n")
        let (theme, problems) = Theme.load(from: site.root.appendingPathComponent("templates"), displayName: "templates")
        let rendering = SiteRendering(archive: archive, theme: try #require(theme, "\(problems)"), includeDrafts: false)
        let files = FileBox()
        _ = try rendering.renderAll { path, bytes in files.add(path, String(decoding: bytes, as: UTF8.self)) }
        return files.all
    }

    /// Every relative `href` and `src` of every page but `404.html` (whose links start from
    /// `base_url`'s path): the page, the link, and the path from the site root it leads to.
    static func relativeLinks(_ files: [String: String]) throws -> [(String, String, String)] {
        let pattern = try Regex(##"(?:href|src)="([^"#?]*)"##)
        var links: [(String, String, String)] = []
        for (path, text) in files where path.hasSuffix(".html") && path != "404.html" {
            let folder = path.split(separator: "/").dropLast().map(String.init)
            for match in text.matches(of: pattern) {
                let target = String(match.output[1].substring ?? "")
                guard !target.isEmpty, !target.contains(":") else { continue }
                var parts = folder
                for part in target.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
                    if part == ".." { parts = parts.dropLast() } else if part != "." { parts.append(part) }
                }
                links.append((path, target, parts.joined(separator: "/")))
            }
        }
        return links
    }

    final class FileBox: @unchecked Sendable {
        private let lock = NSLock()
        private var files: [String: String] = [:]
        func add(_ path: String, _ text: String) { lock.lock(); files[path] = text; lock.unlock() }
        var all: [String: String] { lock.lock(); defer { lock.unlock() }; return files }
    }

    @Test func everyPageIsInEveryLanguageAndEachLanguageHasItsOwnFeedAndIndex() throws {
        let files = try Self.render()
        let english = files.keys.filter { $0.hasSuffix(".html") && !$0.hasPrefix("ru/") && $0 != "404.html" }
        for path in english { #expect(files["ru/" + path] != nil, "ru/\(path)") }
        for path in ["ru/feed.xml", "ru/search/index.js", "ru/cases/filter-data.js"] { #expect(files[path] != nil, "\(path)") }
        for path in ["ru/404.html", "ru/data/cases.json", "ru/sitemap.xml", "ru/robots.txt"] { #expect(files[path] == nil, "\(path)") }
    }

    @Test func aTranslatedPageIsInItsLanguageWithTheSwitcherAndAlternates() throws {
        let page = try #require(try Self.render()["ru/cases/qambarova-2021/index.html"])
        #expect(page.contains(#"<html lang="ru">"#))
        #expect(page.contains("Таразский суд"))
        #expect(page.contains("<p>Текст</p>"))
        #expect(page.contains("Мониторинг"))
        #expect(!page.contains("translation-notice"))
        // The translation gives no source titles: the English article's title keeps its language.
        #expect(page.contains(#"<span lang="en"><a href="https://www.rferl.org/"#))
        #expect(page.contains(#"<a href="../../../cases/qambarova-2021/index.html" hreflang="en" lang="en">"#))
        #expect(page.contains(#"hreflang="ru" lang="ru" aria-current="page">"#))
        #expect(page.contains(#"<link rel="alternate" hreflang="x-default" href="https://cases.example.org/cases/qambarova-2021/">"#))
        #expect(page.contains(#"<link rel="alternate" hreflang="ru" href="https://cases.example.org/ru/cases/qambarova-2021/">"#))
        #expect(page.contains(#"<link rel="stylesheet" href="../../../assets/style.css">"#))
    }

    @Test func anUntranslatedPageSaysSoAndMarksItsTextsLanguage() throws {
        let files = try Self.render()
        let page = try #require(files["ru/cases/lesova-lepesova-2021/index.html"])
        #expect(page.contains(#"<p class="translation-notice" role="note">"#))
        #expect(page.contains(#"<h1 dir="auto" lang="en">"#))
        let english = try #require(files["cases/lesova-lepesova-2021/index.html"])
        #expect(!english.contains("translation-notice"))
        #expect(english.contains(#"<h1 dir="auto">"#))
    }

    /// Every relative `href` and `src` of every page of every language leads to a file of the site.
    @Test func everyLinkOfEveryLanguageResolves() throws {
        let files = try Self.render()
        var assets: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: SiteFixture.repository.appendingPathComponent("templates/assets").path) {
            assets.insert("assets/" + name)
        }
        for (path, target, resolved) in try Self.relativeLinks(files) {
            #expect(files[resolved] != nil || assets.contains(resolved), "\(path): \(target)")
        }
    }

    /// The sample as a new user builds it: three languages, every link resolving on disk,
    /// and the notice only on the one page left untranslated on purpose.
    @Test func theSampleInThreeLanguages() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        // A picture in the page left untranslated: its body is the English one, whose media
        // links must climb out of the language's folder to the shared media.
        try site.write("content/media/chart.png", "not really a picture")
        try site.replace("content/pages/methodology.md", "## What we count", with: "![Chart](../media/chart.png)\n\n## What we count")
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(result.pagesWritten == 217)  // /corrections/ in each language
        var files: [String: String] = [:]
        for (path, data) in SiteFixture.snapshot(site.output) { files[path] = String(decoding: data, as: UTF8.self) }
        let noticed = files.filter { $0.key.hasSuffix(".html") && $0.value.contains("translation-notice") }.keys.sorted()
        #expect(noticed == ["kk/methodology/index.html"])
        #expect(try #require(files["kk/methodology/index.html"]).contains("Бұл материал әлі қазақ тіліне аударылмаған"))
        #expect(try #require(files["kk/methodology/index.html"]).contains(#"src="../../media/chart.png""#))
        #expect(try #require(files["methodology/index.html"]).contains(#"src="../media/chart.png""#))
        #expect(try #require(files["ru/index.html"]).contains(#"<html lang="ru">"#))
        #expect(try #require(files["kk/index.html"]).contains(#"<html lang="kk">"#))
        for (path, target, resolved) in try Self.relativeLinks(files) {
            #expect(files[resolved] != nil, "\(path): \(target)")
        }
    }

    /// The sitemap lists every page of every language once, each with the same page in every
    /// language and `x-default` as alternates, and a case page's last change in each language;
    /// split into parts, every part keeps them.
    @Test func theSitemapListsEveryLanguageWithItsAlternates() throws {
        let files = try Self.render()
        let base = "https://cases.example.org/"
        let text = try #require(files["sitemap.xml"])
        let tree = try #require(OutputReading.XMLTree.parse(Data(text.utf8)))
        let urls = tree.all("url")
        #expect(urls.count > 40)
        var seen: Set<String> = []
        for url in urls {
            let loc = try #require(url.first("loc")?.text)
            seen.insert(loc)
            let path = String(loc.dropFirst(base.count))
            #expect(files[path.hasSuffix("/") || path.isEmpty ? path + "index.html" : path] != nil, "\(loc)")
            let local = path.hasPrefix("ru/") ? String(path.dropFirst(3)) : path
            let links = url.all("xhtml:link").map { "\($0.attributes["hreflang"] ?? "")=\($0.attributes["href"] ?? "")" }
            #expect(links == ["en=\(base)\(local)", "ru=\(base)ru/\(local)", "x-default=\(base)\(local)"], "\(loc)")
            if url.first("lastmod") != nil { #expect(local.hasPrefix("cases/"), "\(loc)") }
        }
        // Each page in both languages, once.
        #expect(seen.count == urls.count)
        #expect(Set(seen.filter { !$0.hasPrefix(base + "ru/") }.map { base + "ru/" + $0.dropFirst(base.count) })
                == Set(seen.filter { $0.hasPrefix(base + "ru/") }))
        for loc in [base + "cases/qambarova-2021/", base + "ru/cases/qambarova-2021/"] {
            #expect(urls.first { $0.first("loc")?.text == loc }?.first("lastmod") != nil, "\(loc)")
        }
        #expect(seen.contains(base + "ru/cases/qambarova-2021/") && seen.contains(base + "cases/qambarova-2021/"))
    }
}

