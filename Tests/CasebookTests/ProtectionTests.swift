import Foundation
import Testing
@testable import CasebookKit

/// A person's `protect`, `pseudonym`, `minor` and `noindex` as parsed, the published name,
/// and the folded words the leak check compares.
@Suite struct ProtectionTests {
    private func person(_ frontMatter: String) -> (Person?, [String]) {
        let info = DocumentInfo(kind: .people, id: "x", path: "content/people/x.md")
        var reader = FieldReader(file: info.path)
        let document = ContentParser.parse(text: "---\n\(frontMatter)\n---\nBody.\n", info: info, site: SiteConfig(), reader: &reader)
        guard case .person(let person)? = document else { return (nil, reader.diagnostics.items.map(\.description)) }
        return (person, reader.diagnostics.items.map(\.description))
    }

    @Test func theDefaultIsTheFullName() throws {
        let (parsed, messages) = person("name: Zhanar Sekretova")
        #expect(messages.isEmpty)
        let protection = try #require(parsed?.protection)
        #expect(protection.level == .full && !protection.hidesName && !protection.hidesFromSearchEngines)
        #expect(Protection.publishedName(parsed!) == "Zhanar Sekretova")
    }

    @Test func initialsAndPseudonym() throws {
        let (initials, none) = person("name: Zhanar Sekretova\nprotect: initials")
        #expect(none.isEmpty)
        #expect(Protection.publishedName(try #require(initials)) == "Z. S.")
        let (pseudonym, noProblem) = person("name: Zhanar Sekretova\nprotect: pseudonym\npseudonym: Defendant A")
        #expect(noProblem.isEmpty)
        #expect(Protection.publishedName(try #require(pseudonym)) == "Defendant A")
        #expect(pseudonym?.protection.hidesFromSearchEngines == true)
    }

    /// `protect: full` beside `minor: true` published the child's name silently; now it is an error, and the name stays withheld.
    @Test func aMinorIsPublishedUnderInitialsOrAPseudonymNeverTheirName() throws {
        let (minor, messages) = person("name: Aruzhan Bekova\nminor: true")
        #expect(messages.isEmpty)
        #expect(minor?.protection.level == .initials)
        let (named, problems) = person("name: Aruzhan Bekova\nminor: true\nprotect: full")
        #expect(problems == ["content/people/x.md:4:10: error: 'protect: full' would publish the name of a minor (minor: true), and a child's name is never published: "
                             + "remove 'protect' (a minor is published under initials) or write 'protect: pseudonym' with a 'pseudonym'; "
                             + "if the person was never a minor, remove 'minor: true'"])
        #expect(named?.protection.level == .initials)
        #expect(person("name: Aruzhan Bekova\nminor: false\nprotect: full").1.isEmpty)
        let (pseudonym, _) = person("name: Aruzhan Bekova\nminor: true\nprotect: pseudonym\npseudonym: Student B")
        #expect(pseudonym?.protection.level == .pseudonym)
    }

    @Test func aMinorsPhotoAndBirthDateAreErrorsNamingTheField() {
        let (minor, messages) = person("name: Aruzhan Bekova\nminor: true\nborn: 2008\nphoto: media/a.jpg")
        #expect(messages.sorted() == [
            "content/people/x.md:4:1: error: 'born': a minor is published without a date of birth; remove it (minor: true)",
            "content/people/x.md:5:1: error: 'photo': a minor is published without a photo; remove it (minor: true)",
        ])
        #expect(minor?.born == nil && minor?.photo == nil)
    }

    @Test func eachMistakeAtItsPlace() {
        #expect(person("name: A B\nprotect: initals").1 == [
            "content/people/x.md:3:10: error: 'initals' is not a way to protect a name; did you mean 'initials'? (allowed: full, initials, pseudonym)"])
        // No suggestion: no stray semicolon before the list.
        #expect(person("name: A B\nprotect: true").1 == [
            "content/people/x.md:3:10: error: 'true' is not a way to protect a name (allowed: full, initials, pseudonym)"])
        #expect(person("name: A B\npseudonym: Defendant A").1 == [
            "content/people/x.md:3:12: error: 'pseudonym' is published only with 'protect: pseudonym': add that line, or remove the pseudonym"])
        #expect(person("name: A B\nprotect: initials\npseudonym: Defendant A").1 == [
            "content/people/x.md:4:12: error: 'pseudonym' is published only with 'protect: pseudonym': add that line, or remove the pseudonym"])
        #expect(person("name: A B\nprotect: pseudonym").1 == [
            "content/people/x.md:3:10: error: 'protect: pseudonym' needs the name to publish: add a line like 'pseudonym: \"Defendant A\"'"])
        #expect(person("name: A B\nprotect: pseudonym\npseudonym: ' '").1 == [
            "content/people/x.md:4:12: error: 'pseudonym' must not be empty; write the name to publish, like \"Defendant A\""])
        // An empty or null `protect` (as `casebook new person` writes it) counts as not given,
        // and so does an empty `pseudonym`: neither publishes the name unasked.
        for empty in ["protect:", "protect: ~", "protect: null"] {
            let (parsed, messages) = person("name: A B\n\(empty)\npseudonym: Defendant A")
            #expect(messages == ["content/people/x.md:4:12: error: 'pseudonym' is published only with 'protect: pseudonym': add that line, or remove the pseudonym"], "\(empty)")
            #expect(parsed?.protection.pseudonym == nil)
        }
        #expect(person("name: A B\nprotect: pseudonym\npseudonym:").1 == [
            "content/people/x.md:3:10: error: 'protect: pseudonym' needs the name to publish: add a line like 'pseudonym: \"Defendant A\"'"])
        #expect(person("name: A B\nnoindex: maybe").1 == ["content/people/x.md:3:10: error: expected true or false for 'noindex', found 'maybe'"])
        #expect(person("name: A B\nnoindex: true").0?.protection.hidesFromSearchEngines == true)
    }

    @Test func initialsOfEveryScript() {
        #expect(Protection.initials(of: "Zhanar Sekretova") == "Z. S.")
        #expect(Protection.initials(of: "Жанар Секретова") == "Ж. С.")
        #expect(Protection.initials(of: "Жазира Қамбарова") == "Ж. Қ.")
        #expect(Protection.initials(of: "  Anna-Maria   Petrova ") == "A.-M. P.")
        #expect(Protection.initials(of: "Zhanar Bolatovna Sekretova") == "Z. B. S.")
    }

    /// A translation of a protected person may give the pseudonym in its language.
    @Test func aTranslationReadsThePseudonym() throws {
        let info = DocumentInfo(kind: .people, id: "x", path: "content/people/x.ru.md", language: "ru")
        var reader = FieldReader(file: info.path)
        let document = ContentParser.parse(text: "---\npseudonym: Подсудимая А\n---\n", info: info, site: SiteConfig(), reader: &reader)
        guard case .translation(let parsed)? = document else { Issue.record("not a translation"); return }
        #expect(reader.diagnostics.items.isEmpty)
        #expect(parsed.translation.pseudonym == "Подсудимая А")
        #expect(parsed.lists["pseudonym"] == SourcePosition(line: 2, column: 1))
    }

    private func words(_ name: String, aliases: [String] = []) -> ProtectedWords {
        var person = Person(info: DocumentInfo(kind: .people, id: "defendant-a", path: "content/people/defendant-a.md"),
                            name: name, aliases: aliases, born: nil, region: nil, organizations: [], photo: nil,
                            events: [], sources: [], body: MarkdownBody(text: "", firstLine: 5))
        person.protection.level = .initials
        return ProtectedWords(people: [person], translations: [])!
    }

    /// The search's folded form, whole words: every script and case, "c" for "k", and the
    /// endings Kazakh, Russian and English add to a name.
    @Test func namesAreCaughtInEverySpelling() {
        let sekretova = words("Zhanar Sekretova", aliases: ["Жанна С."])
        for text in ["Zhanar Sekretova", "ZHANAR SECRETOVA", "Жанар Секретова", "ms sekretova.", "Секретовой", "Секретову",
                     "Sekretova's", "Секретованың", "(Жанна С.)", "https://example.org/sekretova-sentenced/1.html"] {
            #expect(sekretova.names(text), "\(text)")
        }
        for text in ["Zhanar", "the Sekretariat", "Sekret", "Ж. С.", "Z. S.", "Жанна", ""] {
            #expect(!sekretova.names(text), "\(text)")
        }
        #expect(words("Жазира Қамбарова").names("Zhazira Kambarova"))
        #expect(words("Жазира Қамбарова").names("QAMBAROVA"))
        #expect(ProtectedWords(people: [], translations: []) == nil)
    }

    /// The scanner that remembers each token answers as the plain scan does, token after
    /// token: names split by ASCII or other punctuation, inside a token, across tokens.
    @Test func theScannerAgreesWithThePlainScan() {
        let protected = words("Zhanar Sekretova", aliases: ["Жанна С."])
        var scanner = LeakScanner(words: protected)
        let texts = ["Zhanar Sekretova", "Zhanar, Sekretova", "x—Sekretova", "«Секретовой»", "Zhanar—Sekretova", "Zhanar the Sekretova",
                     "O'Sekretova", "sekretova's", "Жанна С.", "Жанна, С.", "Жанна — С.", "Zhanar", "Sekretariat", "Zhanar Zhanar",
                     "https://example.org/a/zhanar-secretova", "ZHANAR SECRETOVA", "nothing here", "", "—", "Sekretova"]
        for _ in 0..<2 {  // the second time from what the scanner remembers
            for text in texts { #expect(scanner.names(text) == protected.names(text), "\(text)") }
        }
    }
}
