import Foundation
import Testing
@testable import CasebookKit

/// `/letters/` in Russian and Kazakh, and a protected person's address, which no page shows.
@Suite struct LettersLanguageTests {
    @Test func theRussianAndKazakhPagesAreWordedInTheirLanguage() throws {
        let site = try LettersPageTests.heldSite(.sample)
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.ru.md", "aliases: [Nazira Lesova]\n",
                         with: "aliases: [Nazira Lesova]\nletters: {note: письма только на русском}\n")
        let result = LettersPageTests.build(site)
        #expect(LettersPageTests.errors(result).isEmpty && result.renderFallbacks.isEmpty, "\(result.diagnostics)")
        let russian = try site.read("public/ru/letters/index.html")
        #expect(russian.contains("<h1 dir=\"auto\">Письма тем, кто сейчас лишён свободы</h1>"))
        #expect(russian.contains(#"<p class="letters-intro">Адреса для писем есть в архиве у 2 человек, лишённых свободы на <time datetime="2024-01-01">1 января 2024</time>.</p>"#))
        #expect(russian.contains(#"<p class="letters-as-of">Адрес по состоянию на <time datetime="2023-11">ноябрь 2023</time></p>"#))
        #expect(russian.contains("<p class=\"letters-note\" dir=\"auto\">письма только на русском</p>"))
        #expect(russian.contains(">Как поддержать</a>") && !russian.contains("translation-notice"))
        #expect(try site.read("public/ru/people/nazira-lesova/index.html").contains(#"<h2 id="letters-heading">Письма</h2>"#))

        let kazakh = try site.read("public/kk/letters/index.html")
        #expect(kazakh.contains("<h1 dir=\"auto\">Қазір бас бостандығынан айырылғандарға хат</h1>"))
        #expect(kazakh.contains(#"<p class="letters-intro"><time datetime="2024-01-01">2024 жылғы 1 қаңтар</time> бойынша бас бостандығынан айырылған 2 адамның хат жолдайтын мекенжайы мұрағатта бар.</p>"#))
        // The note has no Kazakh translation: shown in English, marked as such.
        #expect(kazakh.contains("<p class=\"letters-note\" dir=\"auto\" lang=\"en\">letters in Russian only</p>"))
        #expect(kazakh.contains("<p class=\"translation-notice\" role=\"note\">"))
        // The address is a fact: the same in every language.
        #expect(kazakh.contains("Nazira Lesova<br>Penal colony No. 7 &lt;box 158/7&gt;<br>Taraz"))
    }

    @Test func aProtectedPersonsLettersAreAnErrorAndNeverShown() throws {
        let site = try LettersPageTests.heldSite()
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "name: Nazira Lesova\n", with: "name: Nazira Lesova\nprotect: initials\n")
        let result = LettersPageTests.build(site)
        #expect(LettersPageTests.errors(result).contains(
            "content/people/nazira-lesova.md:25:1: error: a protected person's address is never published: remove 'letters' (this person has 'protect: initials'); an address names and locates them"))
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        // Rendered regardless of the errors, no page holds the address or the entry.
        let (content, _) = Builder.parse(ContentLoader.load(contentDirectory: site.content, displayName: "content"), displayName: "content")
        let (archive, _) = Linker.link(content, includeDrafts: false, asOf: AsOf(date: PartialDate(year: 2024, month: 1, day: 1)!, source: .option))
        #expect(archive.custody.isHeldNow("nazira-lesova"))
        let (loaded, _) = Theme.load(from: site.root.appendingPathComponent("templates"), displayName: "templates")
        let renderer = SiteRenderer(archive: archive, theme: try #require(loaded), includeDrafts: false)
        var pages = 0
        for (path, job, _) in renderer.plan.pages {
            let html = String(decoding: renderer.render(job, at: path), as: UTF8.self)
            #expect(!html.contains("Penal colony") && !html.contains("id=\"nazira-lesova\""), "\(path)")
            pages += 1
        }
        #expect(pages > 20 && renderer.plan.pagePaths.contains("letters/index.html"))
    }
}
