import Testing
@testable import CasebookKit

/// No message quotes a protected name (`LeakMask`): each word of one is written with its
/// first and last letter, whatever the message quotes (a YAML line, a look-alike's value, a
/// missing link, an id); the message's own file is kept, to be found.
@Suite struct LeakMaskTests {
    let words = LeakSpellingTests.sekretova

    @Test func aQuotedNameIsMasked() {
        let cases = [
            ("put the value in quotes: summary: \"Sekretova: a teacher…\"", "put the value in quotes: summary: \"S…a: a teacher…\""),
            ("'Sekrеtova Regiоn' has U+0435 CYRILLIC SMALL LETTER IE", "'S…a Regiоn' has U+0435 CYRILLIC SMALL LETTER IE"),
            ("link to a missing file: there is no people/zhanar-sekretova.md", "link to a missing file: there is no people/z…r-s…a.md"),
            ("the id 'zhanarsekretova' holds", "the id 'z…a' holds"),
            ("the tag '#FreeSekretova'", "the tag '#F…a'"),
            ("Секретовой: Жанар Ахметовна", "С…й: Ж…р А…а"),
            ("see https://example.org/%53ekretova now", "see h…a now"),
            ("nothing here: 'Zhanar', the Secretariat", "nothing here: 'Zhanar', the Secretariat"),
        ]
        for (message, masked) in cases {
            #expect(LeakMask.masked(message, words: words) == masked, "\(message)")
        }
    }

    @Test func diagnosticsKeepTheirFileAndPlace() {
        let diagnostic = Diagnostic(.error, "content/cases/sekretova-2022.md", SourcePosition(line: 3, column: 19), "summary: \"Sekretova: a teacher\"")
        let masked = LeakMask.masked([diagnostic], words: words)
        #expect(masked.map(\.description) == ["content/cases/sekretova-2022.md:3:19: error: summary: \"S…a: a teacher\""])
        #expect(LeakMask.masked([diagnostic], words: nil) == [diagnostic])
    }

    /// A pseudonym that holds the surname is an error of its own, and no message offers it.
    @Test func aPseudonymThatNamesThemIsNeverSuggested() throws {
        var person = Person(info: DocumentInfo(kind: .people, id: "defendant-a", path: "content/people/defendant-a.md"),
                            name: "Zhanar Sekretova", aliases: [], born: nil, region: nil, organizations: [], photo: nil,
                            events: [], sources: [], body: MarkdownBody(text: "", firstLine: 5))
        person.protection.level = .pseudonym
        person.protection.pseudonym = "Z. Sekretova"
        let words = try #require(ProtectedWords(people: [person], translations: []))
        #expect(LeakLocator.instead(0, words: words) == "write the name they are published under, once the pseudonym in content/people/defendant-a.md no longer names them")
        #expect(ProtectedIDs.publishedAs(0, words) == "content/people/defendant-a.md")
        person.protection.pseudonym = "Defendant A"
        #expect(LeakLocator.instead(0, words: try #require(ProtectedWords(people: [person], translations: []))) == "write 'Defendant A' instead")
    }
}
