import Foundation
import Testing
@testable import CasebookKit

/// Protected names that reached the site with no error because the check read a text as
/// written and the site published it decoded: YAML escapes in site.yml and in the theme's
/// catalogues (what tools that save YAML write for Cyrillic), character references in a
/// template, CSS escapes in generated content; and a case's source ids, which `cases.json`
/// publishes, and the names of the theme's asset files, which are addresses, that nothing read.
@Suite struct EscapedLeakTests {
    static func errors(_ site: SiteFixture) -> [String] {
        site.build().diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    static let whose = "(protected in content/people/defendant-x.md)"

    @Test func aYAMLEscapeInSiteYmlIsALeak() throws {
        let site = try HiddenLeakTests.protected()
        defer { site.remove() }
        // "Секретова", as Python's yaml.dump writes it without allow_unicode.
        try site.replace("content/site.yml", "from public sources.\n", with: "from public sources.\"\n")
        try site.replace("content/site.yml", "description: Cases of",
                         with: #"description: "\u0421\u0435\u043a\u0440\u0435\u0442\u043e\u0432\u0430 and cases of"#)
        let errors = Self.errors(site)
        #expect(errors == ["content/site.yml:2:15: error: this text names a protected person by their surname \(Self.whose): write 'Defendant X' instead\(LeakEscapes.note)"],
                "\(errors)")
    }

    @Test func escapesInTheThemeAreLeaks() throws {
        let site = try HiddenLeakTests.protected()
        defer { site.remove() }
        let catalogue = try site.read("templates/i18n/en.yml")
        let line = try #require(catalogue.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("search_placeholder:") }) + 1
        try site.replace("templates/i18n/en.yml", #"search_placeholder: "Search""#, with: #"search_placeholder: "Search, e.g. Sekr\x65tova""#)
        try site.replace("templates/404.mustache", "<h1>", with: "<h1>Free Sekr&#101;tova or Sekre<b>tova</b> ")
        try site.write("templates/assets/campaign.css", ".campaign::after { content: \"Free Sekr\\65 tova\"; }\n")
        let errors = Self.errors(site)
        let text = "error: this text of the theme names a protected person by their surname \(Self.whose)\(LeakEscapes.note): leave the name out of the theme, which every page shows"
        let heading = try #require(try site.read("templates/404.mustache").split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("<h1>") }) + 1
        #expect(errors.sorted() == ["templates/404.mustache:\(heading):10: \(text)", "templates/assets/campaign.css:1:35: \(text)",
                                    "templates/i18n/en.yml:\(line):37: \(text)"], "\(errors)")
    }

    /// An escape that stands for nothing printable, or text that names no one, is no error.
    @Test func escapesThatNameNoOneBuild() throws {
        let site = try HiddenLeakTests.protected()
        defer { site.remove() }
        try site.replace("content/site.yml", "from public sources.\n", with: "from public sources.\"\n")
        try site.replace("content/site.yml", "description: Cases of", with: #"description: "\u0410\u0431\u0432 \u00e9 cases of"#)
        try site.write("templates/assets/campaign.css", ".campaign::before { content: \"\\201C\"; }\n")
        #expect(Self.errors(site) == [])
    }

    @Test func aCaseSourceIdIsALeakAndAPersonsIsNot() throws {
        let site = try HiddenLeakTests.protected()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "rferl-2021-03-03", with: "sekretova-interview")
        // A person's source ids are not published: the protected person's own file may keep one.
        try site.replace("content/people/defendant-x.md", "protect: pseudonym\n",
                         with: "protect: pseudonym\nsources:\n  - id: sekretova-statement\n    title: A statement\n")
        let errors = Self.errors(site)
        let line = try #require(try site.read("content/cases/qambarova-2021.md").split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("- id: sekretova-interview") }) + 1
        #expect(errors == ["content/cases/qambarova-2021.md:\(line):9: error: this source id names a protected person by their surname \(Self.whose), and the open data publishes it: give the source a neutral id, like 'source-1', and use it wherever this file cites the source"],
                "\(errors)")
    }

    @Test func aThemeAssetNamedAfterThemIsAnError() throws {
        let site = try HiddenLeakTests.protected()
        defer { site.remove() }
        try site.write("templates/assets/free-sekretova.css", "body { color: #333; }\n")
        try site.write("templates/assets/sekretova/flyer.txt", "A flyer.\n")
        let errors = Self.errors(site)
        #expect(errors == [
            "templates/assets/free-sekretova.css:1:1: error: this file name holds the surname of a protected person (content/people/defendant-x.md, published as 'Defendant X'), and a file name is an address anyone can read: rename the file (and every link to it)",
            "templates/assets/sekretova/flyer.txt:1:1: error: this file's folder holds the surname of a protected person (content/people/defendant-x.md, published as 'Defendant X'), and a folder's name is in the address of every file in it: rename the folder (and every link to it)",
        ], "\(errors)")
    }
}
