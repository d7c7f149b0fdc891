import Foundation
import Testing
@testable import CasebookKit

/// A person's `letters` and `support_url` as read, translated and checked. (The page and the
/// person's block are `LettersPageTests`; mistakes have the fixtures `letters-mistakes`,
/// `letters-protected` and `letters-not-held`.)
@Suite struct LettersTests {
    private func parse(_ text: String, language: String? = nil) -> (ParsedDocument?, [String]) {
        let suffix = language.map { ".\($0)" } ?? ""
        let info = DocumentInfo(kind: .people, id: "x", path: "content/people/x\(suffix).md", language: language)
        var reader = FieldReader(file: info.path)
        let document = ContentParser.parse(text: text, info: info, site: SiteConfig(), reader: &reader)
        return (document, reader.diagnostics.items.map(\.description))
    }

    @Test func lettersAndSupportURLAreRead() throws {
        let (document, messages) = parse("""
            ---
            name: Aigul Nurova
            letters:
              address: |
                  Aigul Nurova
                  Penal colony No. 7, box 158/7
                  Zhaugashty, 080000

              as_of: 2024-01
              note: "  letters in Russian only, no parcels "
            support_url: https://support.example.org/nurova
            ---

            """)
        #expect(messages.isEmpty)
        guard case .person(let person)? = document else { Issue.record("not a person"); return }
        let letters = try #require(person.letters)
        // The block's lines kept, each trimmed, without the blank line after them.
        #expect(letters.address == "Aigul Nurova\nPenal colony No. 7, box 158/7\nZhaugashty, 080000")
        #expect(letters.asOf?.description == "2024-01")
        #expect(letters.note == "letters in Russian only, no parcels")
        #expect(letters.position == SourcePosition(line: 3, column: 1))
        #expect(person.supportURL == "https://support.example.org/nurova")
    }

    @Test func supportURLIsHTTPOnly() {
        for (url, shown) in [("mailto:fund@example.org", "mailto:fund@example.org"), ("javascript:alert(1)", "javascript:alert(1)"),
                             ("support.example.org", "support.example.org"), ("https://", "https://")] {
            let (_, messages) = parse("---\nname: A\nsupport_url: \"\(url)\"\n---\n")
            #expect(messages == ["content/people/x.md:3:14: error: 'support_url' must be an http or https address of a page for supporting the person, found '\(shown)'"])
        }
    }

    @Test func lettersWrittenAsTextSayTheirForm() {
        let (_, messages) = parse("---\nname: A\nletters: Colony No. 7\n---\n")
        #expect(messages == [#"content/people/x.md:3:10: error: expected letters as a mapping, like {address: "…", as_of: 2024-01, note: "letters in Russian only"}, found text"#])
    }

    @Test func aTranslationGivesOnlyTheNote() {
        let (document, messages) = parse("---\nname: Айгуль\nletters: {note: только на русском}\n---\n", language: "ru")
        #expect(messages.isEmpty)
        guard case .translation(let parsed)? = document else { Issue.record("not a translation"); return }
        #expect(parsed.translation.lettersNote == "только на русском")

        let (_, facts) = parse("---\nletters: {address: Колония, as_of: 2024-01, nte: x}\nsupport_url: https://x.example\n---\n", language: "ru")
        #expect(facts == [
            "content/people/x.ru.md:3:1: error: 'support_url' is a fact and comes from content/people/x.md; a translation carries only text (name, aliases, pseudonym, the photo's credit and alt, events' summaries and notes, sources' titles, the letters' note, corrections' notes, the body): remove it",
            "content/people/x.ru.md:2:11: error: 'address' of letters is a fact and comes from content/people/x.md; a translation gives only their 'note': remove it",
            "content/people/x.ru.md:2:29: error: 'as_of' of letters is a fact and comes from content/people/x.md; a translation gives only their 'note': remove it",
            "content/people/x.ru.md:2:45: error: unknown key 'nte' in letters; did you mean 'note'?",
        ])
    }

    /// Without custody in any case, letters are never published: one warning, not one per person.
    @Test func withoutCustodyLettersWarnOnce() throws {
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        for id in ["nazira-lesova", "nazira-lepesova"] {
            try site.replace("content/people/\(id).md", "region: Zhambyl Region\n", with: "region: Zhambyl Region\nletters: {address: Taraz}\n")
        }
        let result = Builder.check(BuildOptions(relativeTo: site.root))
        #expect(result.diagnostics.map(\.description) == [
            "content/people/nazira-lepesova.md:18:1: warning: letters are published on /letters/ only for people held now, and no case records custody (2 people have 'letters'): give each held person's periods in their case ('custody' in its people); until then no address is published",
        ])
        #expect(result.exitStatus == 0)
    }

    /// An address or note naming a protected person is a leak, at its value.
    @Test func theLeakCheckReadsLettersAndSupportURL() throws {
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        try site.replace("content/people/zhazira-qambarova.md", "name: Zhazira Qambarova\n", with: "name: Zhazira Qambarova\nprotect: initials\n")
        try site.replace("content/people/nazira-lesova.md", "region: Zhambyl Region\n", with: """
            region: Zhambyl Region
            letters: {address: "c/o Zhazira Qambarova, Taraz", note: ask Qambarova's lawyer}
            support_url: https://fund.example.org/qambarova

            """)
        let result = Builder.check(BuildOptions(relativeTo: site.root))
        let mine = result.diagnostics.filter { $0.file == "content/people/nazira-lesova.md" }.map(\.description)
        #expect(mine.contains("content/people/nazira-lesova.md:24:20: error: this text names a protected person by their name (protected in content/people/z…a-q…a.md): write 'Z. Q.' instead"))
        #expect(mine.contains("content/people/nazira-lesova.md:24:58: error: this text names a protected person by their surname (protected in content/people/z…a-q…a.md): write 'Z. Q.' instead"))
        #expect(mine.contains("content/people/nazira-lesova.md:25:14: error: this address names a protected person by their surname (protected in content/people/z…a-q…a.md): leave it out, or cite a copy whose address does not name them"))
    }
}
