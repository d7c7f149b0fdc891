import Foundation
import Testing
@testable import CasebookKit

/// What each kind of value may hold: ids no dash but the hyphen-minus, tags and regions
/// any dash, regions any space; fullwidth letters and digits nowhere; and the archive's
/// own Cyrillic and Kazakh names everywhere they are free text.
@Suite("Look-alike rules for ids, regions and body links")
struct LookAlikeRuleTests {
    static let hyphens: [Unicode.Scalar] = ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}", "\u{FE63}", "\u{FF0D}"]

    @Test("a dash or minus that looks like a hyphen is named in an id, and repaired to one", arguments: hyphens)
    func hyphenInID(_ dash: Unicode.Scalar) {
        let id = "nazira\(Character(dash))lesova"
        #expect(LookAlike.findings(in: id) == [LookAlike.Finding(scalar: dash, position: 7, kind: .symbol(ascii: "-"))])
        #expect(LookAlike.repaired(id) == "nazira-lesova")
        // Free text keeps its dashes: the address of a tag or region treats them as a hyphen.
        #expect(LookAlike.findings(in: id, as: .name).isEmpty)
        #expect(LookAlike.findings(in: id, as: .text).isEmpty)
    }

    @Test("the message names the dash, its place and the fix")
    func hyphenMessage() {
        let id = "nazira\u{2010}lesova"
        #expect(LookAlike.findings(in: id).first?.message(in: id)
            == "'nazira\u{2010}lesova' has U+2010 HYPHEN at character 7, which looks like '-'; type a plain hyphen-minus")
    }

    @Test("fullwidth and mathematical letters and digits are named in every kind of value")
    func fullwidth() {
        for rule in [LookAlike.Rule.id, .name, .text] {
            #expect(LookAlike.findings(in: "\u{FF52}egion", as: rule).map(\.kind) == [.letter(latin: "r")])
            #expect(LookAlike.findings(in: "Zone \u{FF11}", as: rule).map(\.kind) == [.symbol(ascii: "1")])
            #expect(LookAlike.findings(in: "\u{1D411}egion", as: rule).map(\.kind) == [.letter(latin: "R")])
        }
        let digit = LookAlike.findings(in: "case-\u{FF12}021")[0]
        #expect(digit.message(in: "case-\u{FF12}021")
            == "'case-\u{FF12}021' has U+FF12 FULLWIDTH DIGIT TWO at character 6, which looks like '2'; type a plain digit")
        #expect(LookAlike.repaired("\u{FF41}\u{FF42}\u{FF0D}\u{FF11}") == "ab-1")
        // Fullwidth punctuation is text in a region (a CJK comma), a look-alike in an id.
        #expect(LookAlike.findings(in: "Almaty\u{FF0C} city", as: .text).isEmpty)
        #expect(LookAlike.findings(in: "a\u{FF0C}b").map(\.kind) == [.symbol(ascii: ",")])
    }

    @Test("a region with a look-alike letter or an invisible character is named", arguments: [
        ("Zhambyl Regi\u{043E}n", 13), ("Zhambyl Regi\u{03BF}n", 13), ("Zhamb\u{0443}l Region", 6),
        ("Zhambyl\u{200B}Region", 8), ("Zhambyl \u{202E}Region", 9), ("\u{FEFF}Almaty", 1),
    ])
    func regionLookAlike(_ region: String, _ position: Int) {
        #expect(LookAlike.findings(in: region, as: .text).map(\.position) == [position])
    }

    @Test("the archive's Cyrillic and Kazakh names, mixed words, no-break spaces and dashes are fine in a region", arguments: [
        "Жамбыл облысы", "Қызылорда облысы", "Zhambyl облысы", "Zhambyl\u{00A0}Region", "Almaty – city",
        "ДВК", "Демократический выбор Казахстана", "Қазақстанның демократиялық таңдауы", "Көше партиясы",
        "Партия «Көше»", "Назира Лесова", "Мухтар Аблязов", "Мұхтар Әблязов", "Жазира Қамбарова", "Zhazira Kambarova",
    ])
    func regionLegal(_ region: String) {
        #expect(LookAlike.findings(in: region, as: .text).isEmpty)
    }

    @Test("a region with a Greek look-alike fails the build at the letter; a Kazakh region makes its page")
    func regionInBuild() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "region: Zhambyl Region", with: "region: Zhambyl Regi\u{03BF}n")
        let failed = site.build()
        #expect(failed.diagnostics.map(\.description) == [
            "content/cases/qambarova-2021.md:16:21: error: 'Zhambyl Regi\u{03BF}n' has U+03BF GREEK SMALL LETTER OMICRON at character 13, which looks like Latin 'o'; type it again in Latin letters",
        ])
        try site.replace("content/cases/qambarova-2021.md", "region: Zhambyl Regi\u{03BF}n", with: "region: Жамбыл облысы")
        let built = site.build()
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("regions/zhambyl-oblysy/index.html").path))
    }

    static let resolver = BodyLinkResolver(ids: [.people: ["nazira-lesova"], .cases: ["qambarova-2021"]], draftIDs: [:],
                                           media: ["media/\u{0444}oto.jpg"], from: .cases, pageDepth: 2)

    @Test("a body link whose path has a look-alike character is that mistake, not a missing file", arguments: [
        ("../people/n\u{0430}zira-lesova.md", "link '../people/n\u{0430}zira-lesova.md' has U+0430 CYRILLIC SMALL LETTER A at character 12, which looks like Latin 'a'; type it again in Latin letters"),
        ("../people/n%D0%B0zira-lesova.md#x", "link '../people/n\u{0430}zira-lesova.md' has U+0430 CYRILLIC SMALL LETTER A at character 12, which looks like Latin 'a'; type it again in Latin letters"),
        ("../p\u{0435}ople/nazira-lesova.md", "link '../p\u{0435}ople/nazira-lesova.md' has U+0435 CYRILLIC SMALL LETTER IE at character 5, which looks like Latin 'e'; type it again in Latin letters"),
        ("qambarova\u{2011}2021.md", "link 'qambarova\u{2011}2021.md' has U+2011 NON-BREAKING HYPHEN at character 10, which looks like '-'; type a plain hyphen-minus"),
        ("../people/n\u{0430}zira\u{200B}-lesov\u{0430}.md", "link '../people/n\u{0430}zira<U+200B>-lesov\u{0430}.md' has 3 look-alike characters: U+0430 CYRILLIC SMALL LETTER A at character 12, which looks like Latin 'a'; U+200B ZERO WIDTH SPACE at character 17, an invisible character; and U+0430 CYRILLIC SMALL LETTER A at character 24, which looks like Latin 'a'; delete the invisible ones and type the others again as plain ASCII characters"),
    ])
    func bodyLink(_ destination: String, _ message: String) {
        #expect(Self.resolver.resolve(destination, isImage: false) == .reject(message))
    }

    @Test("a link that resolves is never questioned, nor one that is missing for another reason")
    func bodyLinkOtherwise() {
        // A media file may be named in any script; this one exists.
        #expect(Self.resolver.resolve("../media/\u{0444}oto.jpg", isImage: true) == .rewrite("../../media/%D1%84oto.jpg"))
        #expect(Self.resolver.resolve("../people/nazira-lepesova.md", isImage: false)
            == .reject("link to a missing file: there is no people/nazira-lepesova.md; did you mean 'nazira-lesova'?"))
    }

    @Test("a body link with a look-alike is one message at the link's [")
    func bodyLinkPosition() {
        let body = MarkdownBody(text: "Сот [Назира](../people/n\u{0430}zira-lesova.md) again.\n", firstLine: 10)
        let output = MarkdownRenderer.render(body, unsafeHTML: false, resolve: Self.resolver.resolve)
        #expect(output.problems.map(\.0) == [SourcePosition(line: 10, column: 5)])
        #expect(output.problems.first?.1.hasPrefix("link '../people/n\u{0430}zira-lesova.md' has U+0430") == true)
    }
}
