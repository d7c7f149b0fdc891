import Foundation
import Testing
@testable import CasebookKit

/// A protected person in a site of three languages: each language publishes the initials of
/// its own spelling of the name, or its pseudonym (else the default's), and never the name.
@Suite struct ProtectedTranslationTests {
    private func sample(protect: String) throws -> SiteFixture {
        let site = try SiteFixture(.sample)
        try site.write("content/people/defendant-b.md", "---\nname: Asel Tulegenova\naliases: [Asel Tölegenova]\n\(protect)\nregion: Zhambyl Region\n---\nA defendant.\n")
        try site.write("content/people/defendant-b.ru.md", "---\nname: Асель Тулегенова\naliases: [Асель Тулегенова]\npseudonym: Подсудимая Б\n---\nПодсудимая.\n")
        try site.write("content/people/defendant-b.kk.md", "---\nname: Әсел Төлегенова\n---\nСотталушы.\n")
        return site
    }

    @Test func eachLanguagePublishesItsPseudonymOrTheDefaults() throws {
        let site = try sample(protect: "protect: pseudonym\npseudonym: Defendant B")
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(try site.read("public/people/defendant-b/index.html").contains("<title>Defendant B ·"))
        #expect(try site.read("public/ru/people/defendant-b/index.html").contains("<title>Подсудимая Б ·"))
        // No Kazakh pseudonym: the default one, marked as in English.
        let kazakh = try site.read("public/kk/people/defendant-b/index.html")
        #expect(kazakh.contains("<title>Defendant B ·") && kazakh.contains(#"lang="en">Defendant B</h1>"#))
        let found = ProtectedOutputTests.occurrences(of: ["tulegenov", "tölegenov", "тулегенов", "төлегенов", "асель", "әсел"], in: site.output)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func eachLanguagePublishesTheInitialsOfItsSpelling() throws {
        let site = try sample(protect: "protect: initials")
        defer { site.remove() }
        try site.replace("content/people/defendant-b.ru.md", "pseudonym: Подсудимая Б\n", with: "")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(try site.read("public/people/defendant-b/index.html").contains("<title>A. T. ·"))
        #expect(try site.read("public/ru/people/defendant-b/index.html").contains("<title>А. Т. ·"))
        #expect(try site.read("public/kk/people/defendant-b/index.html").contains("<title>Ә. Т. ·"))
        let found = ProtectedOutputTests.occurrences(of: ["tulegenov", "tölegenov", "тулегенов", "төлегенов", "асель", "әсел"], in: site.output)
        #expect(found.isEmpty, "\(found)")
    }

    /// A translation's pseudonym for someone who is not `protect: pseudonym` is never shown:
    /// an error at its key, naming the file that would have to protect them.
    @Test func aPseudonymWithoutProtectionInTheDefaultFileIsAnError() throws {
        let site = try sample(protect: "protect: initials")
        defer { site.remove() }
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(result.diagnostics.map(\.description).contains(
            "content/people/defendant-b.ru.md:4:1: error: 'pseudonym' is published only for a person with 'protect: pseudonym', which content/people/defendant-b.md does not have: remove it here, or protect the person there"))
        #expect(result.exitStatus == 1)
    }

    /// A translation that names the person in a text it publishes is a leak like any other;
    /// its own name and aliases are not published, so not reported. The name to write is the
    /// one that language's pages publish: the initials of its spelling ('Ә. Т.', not 'A. T.').
    @Test func aTranslationsTextsAreChecked() throws {
        let site = try sample(protect: "protect: initials")
        defer { site.remove() }
        try site.replace("content/people/defendant-b.ru.md", "pseudonym: Подсудимая Б\n", with: "")
        try site.replace("content/people/defendant-b.kk.md", "Сотталушы.", with: "Сотталушы Төлегенованың ісі.")
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "content/people/defendant-b.kk.md:4:11: error: this text names a protected person by their surname (protected in content/people/defendant-b.md): write 'Ә. Т.' instead"])
    }

    /// In another file's translation too, the pseudonym of that language, else the default's.
    @Test func theNameToWriteIsTheOneItsLanguagePublishes() throws {
        let site = try sample(protect: "protect: pseudonym\npseudonym: Defendant B")
        defer { site.remove() }
        try site.write("content/pages/about.ru.md", "---\ntitle: О проекте\n---\nДело Тулегеновой.\n")
        try site.write("content/pages/about.kk.md", "---\ntitle: Жоба туралы\n---\nТөлегенованың ісі.\n")
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "content/pages/about.kk.md:4:1: error: this text names a protected person by their surname (protected in content/people/defendant-b.md): write 'Defendant B' instead",
            "content/pages/about.ru.md:4:6: error: this text names a protected person by their surname (protected in content/people/defendant-b.md): write 'Подсудимая Б' instead",
        ])
    }
}
