import Foundation
import Testing
@testable import CasebookKit

/// Whitespace inside a web address (`AddressSpaces`): two addresses written as one, or a
/// space typed into one, refused wherever content gives an address (a source's `url` and
/// `archive_url`, a document's `url`, `support_url`), at the value, with the character.
@Suite struct AddressSpacesTests {
    @Test func twoAddressesAndSpacesAreTold() {
        #expect(AddressSpaces.problem("https://a.example.org/x\nhttps://b.example.org/y")
                == .addresses(["https://a.example.org/x", "https://b.example.org/y"], separator: "a line break"))
        #expect(AddressSpaces.problem("https://a.org/l, https://b.org/l,https://c.org/l")
                == .addresses(["https://a.org/l", "https://b.org/l", "https://c.org/l"], separator: "a comma"))
        #expect(AddressSpaces.problem("https://a.org/m \t http://b.org/m") == .addresses(["https://a.org/m", "http://b.org/m"], separator: "a space"))
        #expect(AddressSpaces.problem("https://exa mple.org/") == .space(character: 12, name: "a space", inHost: true))
        #expect(AddressSpaces.problem("https://example.org/a\u{A0}b") == .space(character: 22, name: "U+00A0 NO-BREAK SPACE", inHost: false))
        #expect(AddressSpaces.problem("mailto:a b@example.org") == .space(character: 9, name: "a space", inHost: false))
        #expect(AddressSpaces.problem("https://example.org/search?q=a\tb") == .space(character: 31, name: "a tab", inHost: false))
        // Addresses without whitespace, a comma inside one, another address in a query.
        for fine in ["https://example.org/a%20b", "https://example.org/a,b", "https://web.archive.org/web/2020/https://example.org/",
                     "https://example.org/?u=https://x.org", "https://пример.рф/путь", "mailto:a@example.org"] {
            #expect(AddressSpaces.problem(fine) == nil, "\(fine)")
        }
    }

    @Test func everyAddressFieldOfContentRefusesThem() {
        func messages(_ text: String, kind: ContentKind = .cases) -> [String] {
            let info = DocumentInfo(kind: kind, id: "x", path: "content/\(kind.rawValue)/x.md")
            var reader = FieldReader(file: info.path)
            _ = ContentParser.parse(text: text, info: info, site: SiteConfig(), reader: &reader)
            return reader.diagnostics.items.filter { $0.severity == .error }.sorted().map { "\($0.position.line):\($0.position.column): \($0.message)" }
        }
        let record = """
            ---
            title: T
            status: sentenced
            people: [a]
            documents:
              - {title: D, url: "https://example.org/v.pdf https://example.org/w.pdf"}
            sources:
              - title: S
                url: https://a.example.org/x
                  https://b.example.org/y
                archive_url: "https://exa mple.org/x"
            ---

            """
        #expect(messages(record) == [
            "6:21: 'url' holds 2 addresses separated by a space, found 'https://example.org/v.pdf https://example.org/w.pdf': give each a document of its own",
            "9:10: 'url' holds 2 addresses separated by a space, found 'https://a.example.org/x https://b.example.org/y': give each a source of its own",
            "11:18: 'archive_url' has a space in its host at character 12, found 'https://exa mple.org/x': a host has no spaces; delete it",
        ])
        let person = "---\nname: A B\nsupport_url: \"https://fund.example.org/a b\"\n---\n"
        #expect(messages(person, kind: .people) == [
            "3:14: 'support_url' has a space at character 27, found 'https://fund.example.org/a b': an address has no spaces; write one as %20, or, if these are two addresses, keep one",
        ])
    }
}
