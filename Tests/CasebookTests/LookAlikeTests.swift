import Foundation
import Testing
@testable import CasebookKit

@Suite("Look-alike names")
struct LookAlikeTests {
    @Test("a Cyrillic letter inside a Latin id is named with its place and the Latin letter it looks like")
    func cyrillicLetterInLatinID() {
        let findings = LookAlike.findings(in: "n\u{0430}zira-lesova")
        #expect(findings == [LookAlike.Finding(scalar: "\u{0430}", position: 2, kind: .letter(latin: "a"))])
        #expect(findings[0].message(in: "n\u{0430}zira-lesova")
            == "'n\u{0430}zira-lesova' has U+0430 CYRILLIC SMALL LETTER A at character 2, which looks like Latin 'a'; type it again in Latin letters")
        #expect(LookAlike.repaired("n\u{0430}zira-lesova") == "nazira-lesova")
    }

    @Test("Greek and capital look-alikes are found too", arguments: [
        ("k\u{03BF}she-party", 2, "o"), ("\u{0410}blyazov", 1, "A"), ("dv\u{03BA}", 3, "k"), ("lesova-\u{0441}ase", 8, "c"),
    ])
    func otherLookAlikes(_ name: String, _ position: Int, _ latin: Character) {
        let findings = LookAlike.findings(in: name)
        #expect(findings.map(\.position) == [position])
        #expect(findings.first?.kind == .letter(latin: latin))
    }

    @Test("wholly Cyrillic words, Latin ones and ASCII ids are left alone", arguments: [
        "nazira-lesova", "свобода слова", "Қазақстан", "Kazakhstan Қазақстан", "Café Noir", "Жамбыл oblysy", "",
    ])
    func legitimateNames(_ name: String) {
        #expect(LookAlike.findings(in: name).isEmpty)
        #expect(LookAlike.repaired(name) == name)
    }

    @Test("invisible characters, bidirectional controls and unusual spaces are found anywhere", arguments: [
        ("nazira\u{200B}-lesova", 7, LookAlike.Kind.invisible), ("a\u{200D}b", 2, .invisible), ("a\u{200C}b", 2, .invisible),
        ("a\u{2060}b", 2, .invisible), ("\u{FEFF}ab", 1, .invisible), ("ab\u{00AD}c", 3, .invisible),
        ("a\u{202E}b", 2, .bidiControl), ("a\u{200F}b", 2, .bidiControl), ("a\u{2067}b", 2, .bidiControl),
        ("a\u{061C}b", 2, .bidiControl), ("a\u{00A0}b", 2, .space), ("a\u{2009}b", 2, .space), ("a\u{3000}b", 2, .space),
        ("свобода\u{200B}", 8, .invisible),
    ])
    func invisible(_ name: String, _ position: Int, _ kind: LookAlike.Kind) {
        let findings = LookAlike.findings(in: name)
        #expect(findings.map(\.position) == [position])
        #expect(findings.first?.kind == kind)
    }

    @Test("an unusual space separates words: a Cyrillic word after it is not judged with the Latin one")
    func spaceSeparatesWords() {
        #expect(LookAlike.findings(in: "Kazakhstan\u{00A0}Қазақстан").map(\.kind) == [.space])
    }

    @Test("messages show invisible characters as their code, so a control cannot reorder the message")
    func messageShowsInvisibleCharacters() {
        let name = "nazira\u{200B}-lesova"
        #expect(LookAlike.findings(in: name).first?.message(in: name)
            == "'nazira<U+200B>-lesova' has U+200B ZERO WIDTH SPACE at character 7, an invisible character; delete it")
        #expect(!LookAlike.shown("a\u{202E}b").unicodeScalars.contains("\u{202E}"))
        #expect(LookAlike.repaired("a\u{202E}b\u{00A0}c") == "ab c")
    }

    @Test("a reference with a look-alike letter is reported at the letter's column and resolves as meant")
    func referenceColumn() {
        var reader = FieldReader(file: "x.md")
        let text = "people: [\"n\u{0430}zira-lesova\", nazira-lepesova]\nstatus: s\u{0435}ntenced"
        reader.source = YAMLSource(text: text, firstLine: 2)
        let id = reader.checkLookAlikes("n\u{0430}zira-lesova", at: SourcePosition(line: 2, column: 10))
        #expect(id == "nazira-lesova")
        #expect(reader.diagnostics.items.map(\.position) == [SourcePosition(line: 2, column: 12)])
        _ = reader.checkLookAlikes("s\u{0435}ntenced", at: SourcePosition(line: 3, column: 9))
        #expect(reader.diagnostics.items.last?.position == SourcePosition(line: 3, column: 10))
        // Written with an escape, the character is not on the line: the value's own position.
        reader.source = YAMLSource(text: "tags: [\"a\\u200Bb\"]", firstLine: 2)
        _ = reader.checkLookAlikes("a\u{200B}b", at: SourcePosition(line: 2, column: 8))
        #expect(reader.diagnostics.items.last?.position == SourcePosition(line: 2, column: 8))
    }
}

@Suite("Rename suggestions")
struct RenameSuggestionTests {
    @Test("a rename never names a file that exists, and says the two may need merging")
    func existingFile() {
        var renames = RenameSuggestions(folderPath: "/nonexistent", kind: .people,
                                        names: ["nazira-lesova.md", "nazira-lesova-2.md"])
        #expect(renames.advice(for: "nazira-lesova")
            == "'nazira-lesova.md' already exists: if both files are about the same person, merge this one into it; otherwise rename this one to 'nazira-lesova-3.md'")
    }

    @Test("two bad files of one run are not told to take the same name")
    func sameSuggestionTwice() {
        var renames = RenameSuggestions(folderPath: "/nonexistent", kind: .people, names: [])
        #expect(renames.advice(for: "marat-zhylanbaev") == "rename it to 'marat-zhylanbaev.md'")
        #expect(renames.advice(for: "marat-zhylanbaev").hasPrefix("rename it to 'marat-zhylanbaev-2.md'"))
    }

    @Test("a page is never told to take a reserved name")
    func reservedPageName() {
        var renames = RenameSuggestions(folderPath: "/nonexistent", kind: .pages, names: [])
        #expect(renames.advice(for: "timeline").hasPrefix("rename it to 'timeline-2.md'"))
    }

    @Test("the suggestion reads the folder when it was not given the names")
    func readsFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rename-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("koshe-party.md"))
        var renames = RenameSuggestions(folderPath: folder.path, kind: .organizations)
        #expect(renames.advice(for: "koshe-party").hasPrefix("'koshe-party.md' already exists"))
    }
}

@Suite("Look-alike ids in casebook new")
struct NewFileLookAlikeTests {
    static func create(_ site: SiteFixture, _ kind: ContentKind, _ name: String, id: String?) -> Result<String, NewFileError> {
        let request = NewFileRequest(kind: kind, name: name, id: id, today: PartialDate(year: 2021, month: 3, day: 5)!)
        return Result { () throws(NewFileError) in try NewFile.create(request, content: site.content.path) }
    }

    @Test("--id with a look-alike letter is refused, naming it, and the suggestion is a free id")
    func lookAlikeID() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let before = SiteFixture.snapshot(site.content)
        let result = Self.create(site, .people, "Nazira Lesova", id: "n\u{0430}zira-lesova")
        guard case .failure(let error) = result else { Issue.record("created \(result)"); return }
        #expect(error.reason == .usage)
        #expect(error.message.hasPrefix("'n\u{0430}zira-lesova' has U+0430 CYRILLIC SMALL LETTER A at character 2, which looks like Latin 'a'; type it again in Latin letters: "))
        #expect(error.message.hasSuffix("/people/nazira-lesova.md already exists: edit it, or use --id nazira-lesova-2"))
        #expect(SiteFixture.snapshot(site.content) == before)
    }

    @Test("--id with an invisible character is refused, naming it")
    func invisibleID() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = Self.create(site, .people, "Aigul Utepova", id: "aigul\u{200B}-utepova")
        #expect(result == .failure(NewFileError(reason: .usage, message:
            "'aigul<U+200B>-utepova' has U+200B ZERO WIDTH SPACE at character 6, an invisible character; delete it: --id aigul-utepova")))
    }

    @Test("--id with several look-alike characters names each of them, up to the sixth")
    func everyLookAlike() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = Self.create(site, .people, "Aigul Utepova", id: "\u{0430}igul\u{200B}\u{2010}ut\u{0435}pova")
        #expect(result == .failure(NewFileError(reason: .usage, message:
            "'\u{0430}igul<U+200B>\u{2010}ut\u{0435}pova' has 4 look-alike characters: U+0430 CYRILLIC SMALL LETTER A at character 1, which looks like Latin 'a'; U+200B ZERO WIDTH SPACE at character 6, an invisible character; U+2010 HYPHEN at character 7, which looks like '-'; and U+0435 CYRILLIC SMALL LETTER IE at character 10, which looks like Latin 'e'; delete the invisible ones and type the others again as plain ASCII characters: --id aigul-utepova")))
        let many = Self.create(site, .people, "Aigul Utepova", id: String(repeating: "\u{0430}b", count: 8))
        guard case .failure(let error) = many else { Issue.record("created \(many)"); return }
        #expect(error.message.hasPrefix("'\u{0430}b\u{0430}b\u{0430}b\u{0430}b\u{0430}b\u{0430}b\u{0430}b\u{0430}b' has 8 look-alike characters: U+0430"))
        #expect(error.message.contains("at character 9, which looks like Latin 'a'; and 3 more; type them again in Latin letters: --id abababababababab"))
    }

    @Test("a reserved page id is never suggested")
    func reservedPageSuggestion() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = Self.create(site, .pages, "Timeline", id: "Timeline")
        #expect(result == .failure(NewFileError(reason: .usage, message:
            "'Timeline' is not a valid id: use lower-case ASCII letters, digits and single hyphens, without .md; 'timeline' is a name the build uses for its own pages: use --id timeline-2")))
    }
}
