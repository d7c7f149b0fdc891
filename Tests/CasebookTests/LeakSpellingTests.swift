import Testing
@testable import CasebookKit

/// How the leak check reads a text beyond its plain words: a name joined to other letters
/// (hashtags, handles, CamelCase, addresses, ids), percent-encoded, hard-wrapped over two
/// lines or split by a link, and names written surname first.
@Suite struct LeakSpellingTests {
    static func words(_ name: String, aliases: [String] = []) -> ProtectedWords {
        var person = Person(info: DocumentInfo(kind: .people, id: "defendant-a", path: "content/people/defendant-a.md"),
                            name: name, aliases: aliases, born: nil, region: nil, organizations: [], photo: nil,
                            events: [], sources: [], body: MarkdownBody(text: "", firstLine: 5))
        person.protection.level = .initials
        return ProtectedWords(people: [person], translations: [])!
    }

    static let sekretova = words("Zhanar Sekretova", aliases: ["Жанар Ахметовна"])

    /// Hashtags, handles and CamelCase joins anywhere; a name inside a longer word only in
    /// an address (a piece holding `#`, `@` or `/`), or in a text that becomes one.
    @Test func aNameJoinedToOtherLettersIsCaught() {
        for text in ["#FreeSekretova", "#JusticeForSekretova", "#СвободуСекретовой", "@ZhanarSekretova", "FREESekretova",
                     "https://t.me/zsekretova", "https://x.com/ZhanarSekretova/status/1", "#freesekretova", "@zsekretova",
                     "zhanarsekretova", "sekretovazhanar", "ZHANARSEKRETOVA", "Add #FreeSekretova source", "https://example.org/svobodusekretovoi"] {
            #expect(Self.sekretova.names(text), "\(text)")
        }
        for text in ["zsekretova", "#FreeSpeech", "the Secretariat", "McDonald's", "JavaScript", "#FreeZhanar", "#Sekret",
                     "https://example.org/zhanar", "iPhone", "Zhanar"] {
            #expect(!Self.sekretova.names(text), "\(text)")
        }
        // A text that becomes an address (a tag, a file name) is read as one.
        #expect(Self.sekretova.names("freesekretova", addresses: true))
        #expect(!Self.sekretova.names("freesekretova"))
        // Too short to be looked for inside a word: "Ali" in "Natalia".
        #expect(!Self.words("Zhanar Ali").names("https://example.org/natalia", addresses: true))
    }

    /// A Kazakh surname "son of" / "daughter of" is written joined and apart ("Болатұлы",
    /// "Болат ұлы", "Bolat-uly"): only the spelling the file gave was caught. And a name
    /// written apart made "кызы" alone its surname, which any daughter is.
    @Test func aKazakhPatronymicSurnameIsCaughtJoinedAndApart() {
        let bolatuly = Self.words("Ерлан Болатұлы")
        for text in ["Болатұлы", "Bolatuly", "Болат ұлы", "Bolat uly", "Bolat-uly", "Болатұлына"] { #expect(bolatuly.names(text), "\(text)") }
        let kyzy = Self.words("Айгуль Тулеген кызы")
        for text in ["Тулеген кызы", "Tulegen qyzy", "Tulegenkyzy", "Тулегенқызы", "Айгуль Тулегенқызы"] { #expect(kyzy.names(text), "\(text)") }
        for text in ["кызы", "Нұрлан қызы", "Bolat", "ұлы"] {
            #expect(!kyzy.names(text), "\(text)")
            #expect(!bolatuly.names(text), "\(text)")
        }
    }

    /// A name written "McDonald" is caught as "McDonald", "Mcdonald" and "MCDONALD".
    @Test func aNameInCamelCaseIsCaughtEitherWay() {
        let mcdonald = Self.words("Ronald McDonald")
        for text in ["McDonald said", "Mcdonald said", "MCDONALD said", "#FreeMcDonald"] { #expect(mcdonald.names(text), "\(text)") }
        #expect(!mcdonald.names("Donald said"))
    }

    @Test func percentEscapesAreDecoded() {
        for text in ["https://example.org/news/%D0%A1%D0%B5%D0%BA%D1%80%D0%B5%D1%82%D0%BE%D0%B2%D0%B0", "https://example.org/%53ekretova",
                     "https://example.org/%d0%a1%d0%b5%d0%ba%d1%80%d0%b5%d1%82%d0%be%d0%b2%d0%b0", "q=Zhanar%20Sekretova", "%2553ekretova"] {
            #expect(Self.sekretova.names(text), "\(text)")
        }
        #expect(!Self.sekretova.names("50% off, 100%"))
        #expect(LeakFold.percentDecoded("a%20b%zz%") == "a b%zz%")
        #expect(LeakFold.percentDecoded("no escape") == nil)
    }

    /// A name over a soft line break, or split by a link's address, is found at its first word.
    @Test func aNameAcrossLinesAndLinksIsFound() {
        let lines: [Substring] = ["The statement was read by Жанар", "Ахметовна herself."]
        let found = Self.sekretova.findings(in: LeakReading(lines: lines, addresses: false))
        #expect(found.map { [$0.place.line, $0.place.column] } == [[0, 27]])
        #expect(ReaderText.of("[Жанар](https://example.org/a) Ахметовна said", links: true) == "[Жанар] Ахметовна said")
        #expect(ReaderText.of("[Жанар][ref] Ахметовна", links: true) == "[Жанар] Ахметовна")
        #expect(Self.sekretova.names(ReaderText.of("[Жанар](https://example.org) Ахметовна said.", links: true)!))
        // A name and its surname on the next line are one finding, not two.
        let name = Self.sekretova.findings(in: LeakReading(lines: ["said Zhanar", "Sekretova."], addresses: false))
        #expect(name.count == 1 && name.first?.kind == .name)
    }

    /// Which words of a name are its surname, whatever order the file writes it in.
    @Test func theSurnameWhateverTheOrder() {
        #expect(NameParts.surnames("Zhanar Sekretova") == [["sekretova"]])
        #expect(NameParts.surnames("Sekretova, Zhanar") == [["sekretova"]])
        #expect(NameParts.surnames("Sekretova Zhanar") == [["sekretova"]])
        #expect(NameParts.surnames("Секретова Жанар Ахметовна") == [["sekretova"]])
        #expect(NameParts.surnames("Zhanar Sekretova-Nurlanova") == [["sekretova"], ["nurlanova"]])
        #expect(NameParts.surnames("Li, Wei") == [["li"]])
        #expect(NameParts.surnames("Zhanar Li") == [["li"]])
        #expect(NameParts.surnames("Sekretova") == [])
        #expect(NameParts.orders("Секретова Жанар Ахметовна").contains(["janar", "ahmetovna"]))
        #expect(NameParts.orders("Sekretova, Zhanar") == [["janar", "sekretova"]])

        for (name, named, free) in [("Sekretova, Zhanar", "Sekretova was detained.", "Zhanar said."),
                                     ("Sekretova Zhanar", "Sekretova was detained.", "Zhanar said."),
                                     ("Секретова Жанар Ахметовна", "Секретова была задержана.", "Жанар сказала."),
                                     ("Секретова Жанар Ахметовна", "Жанар Ахметовна сказала.", "Ахметовна сказала.")] {
            let words = Self.words(name)
            #expect(words.names(named), "\(name): \(named)")
            #expect(!words.names(free), "\(name): \(free)")
        }
        #expect(Self.words("Sekretova, Zhanar").names("Zhanar Sekretova"))
    }

    /// The scanner, which remembers tokens and pieces, answers as the plain reading does.
    @Test func theScannerAgreesOnJoinedAndEncodedNames() {
        var scanner = LeakScanner(words: Self.sekretova)
        let texts = ["#FreeSekretova", "see https://t.me/zsekretova now", "zsekretova", "%53ekretova", "https://example.org/%53ekretova",
                     "Жанар\nАхметовна", "Zhanar\nSekretova", "JavaScript #FreeSpeech", "@ZhanarSekretova", "x/sekretovazhanar/y", ""]
        for _ in 0..<2 {
            for text in texts { #expect(scanner.names(text) == Self.sekretova.names(text), "\(text)") }
        }
    }
}
