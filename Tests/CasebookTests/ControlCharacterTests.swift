import Foundation
import Testing
@testable import CasebookKit

/// Control characters other than tab and line ends are errors wherever content writes
/// them, at their line and column; none reaches a page, where U+0001 would be taken for
/// the renderer's site-root marker.
@Suite struct ControlCharacterTests {
    private func messages(_ text: String) -> [String] {
        let info = DocumentInfo(kind: .pages, id: "about", path: "content/pages/about.md")
        var reader = FieldReader(file: info.path)
        _ = ContentParser.parse(text: text, info: info, site: SiteConfig(), reader: &reader)
        return reader.diagnostics.items.sorted().map(\.description)
    }

    @Test func escapesInQuotedValuesAreErrorsWhereWritten() {
        #expect(messages("---\ntitle: \"Red \\e[31m and \\x01\"\n---\n") == [
            #"content/pages/about.md:2:13: error: '\e' stands for U+001B (ESC, a control character), which is not allowed in text; delete it"#,
            #"content/pages/about.md:2:24: error: '\x01' stands for U+0001 (SOH, a control character), which is not allowed in text; delete it"#,
        ])
        // Over two lines, in a list, as \u, \U, \0, \a and \N (NEL, a C1 control); tabs, line ends and \\ are fine.
        #expect(messages("---\ntitle: T\ntags: [\"a\\tb\\n\\\\e\", \"x\n  y \\u0007\", \"\\U0000001B\\0\\a\\N\"]\n---\n") == [
            "content/pages/about.md:3:1: error: unknown key 'tags' in a page; known keys: title, summary, draft, former_ids",
            #"content/pages/about.md:4:5: error: '\u0007' stands for U+0007 (BEL, a control character), which is not allowed in text; delete it"#,
            #"content/pages/about.md:4:15: error: '\U0000001B' stands for U+001B (ESC, a control character), which is not allowed in text; delete it"#,
            #"content/pages/about.md:4:25: error: '\0' stands for U+0000 (NUL, a control character), which is not allowed in text; delete it"#,
            #"content/pages/about.md:4:27: error: '\a' stands for U+0007 (BEL, a control character), which is not allowed in text; delete it"#,
            #"content/pages/about.md:4:29: error: '\N' stands for U+0085 (a control character), which is not allowed in text; delete it"#,
        ])
        #expect(messages("---\ntitle: T\n\"k\\e\": v\n---\n") == [
            #"content/pages/about.md:3:1: error: unknown key 'k\u{1B}' in a page; known keys: title, summary, draft, former_ids"#,
            #"content/pages/about.md:3:3: error: '\e' stands for U+001B (ESC, a control character), which is not allowed in text; delete it"#,
        ])
    }

    @Test func rawCharactersAreErrorsWithTheirPosition() {
        #expect(messages("---\ntitle: Bell\u{7} here\n---\n") ==
            ["content/pages/about.md:2:12: error: U+0007 (BEL, a control character) is not allowed in text; delete it"])
        #expect(messages("---\ntitle: Қамбарова\u{85}\u{7F}\n---\n") ==
            ["content/pages/about.md:2:17: error: U+0085 (a control character) is not allowed in text; delete it (1 more after it in this file)"])
        // In the body only: reported, and the front matter is still read.
        #expect(messages("---\ntitel: T\n---\nText\n\nmore \u{0}\u{1B}[2J\n") == [
            "content/pages/about.md:2:1: error: unknown key 'titel' in a page; did you mean 'title'?",
            "content/pages/about.md:6:6: error: U+0000 (NUL, a control character) is not allowed in text; delete it (1 more after it in this file)",
        ])
        // Tab and carriage return stay allowed (CRLF line ends: the crlf-line-endings fixture).
        #expect(messages("---\ntitle: \"a\\tb\\rc\"\n---\nText\twith tab\n").isEmpty)
        #expect(messages("---\ntitle: T\n---\nlone\rreturn\n").isEmpty)
    }

    @Test func characterReferencesToControlsAreErrorsInBodies() {
        #expect(messages("---\ntitle: T\n---\nA &#1; and [link](x \"&#x1B;\") &#0;\n") == [
            "content/pages/about.md:4:3: error: '&#1;' stands for U+0001 (SOH, a control character), which is not allowed in text; delete it (2 more after it in this file)",
        ])
        #expect(messages("---\ntitle: T\n---\n&#9; &#10; &#x41; &amp; &#1234567890; &#\n").isEmpty)
    }

    @Test func siteYmlIsCheckedToo() {
        let (_, diagnostics, readable) = SiteParser.parse("title: A\u{1B}B\n", path: "content/site.yml")
        #expect(diagnostics.items.map(\.description) ==
            ["content/site.yml:1:9: error: U+001B (ESC, a control character) is not allowed in text; delete it"])
        #expect(!readable)
        let escaped = SiteParser.parse("title: \"A\\x01B\"\n", path: "content/site.yml").1
        #expect(escaped.items.map(\.description) ==
            [#"content/site.yml:1:10: error: '\x01' stands for U+0001 (SOH, a control character), which is not allowed in text; delete it"#])
    }

    /// Every way content could write the site-root marker (U+0001) is an error, and the
    /// build writes nothing; before, each became "../" in the page.
    @Test(arguments: [
        ("content/cases/qambarova-2021.md", "title: Taraz court sentences Zhazira Qambarova", "title: \"Taraz\\x01 court\""),
        ("content/cases/qambarova-2021.md", "title: Taraz court sentences Zhazira Qambarova", "title: \"Taraz\\u0001 court\""),
        ("content/cases/qambarova-2021.md", "title: Taraz court", "title: Taraz\u{1} court"),
        ("content/cases/qambarova-2021.md", "region: ", "region: \u{1}"),
        ("content/pages/about.md", "\n---\n", "\n---\n\u{1} &#1; &#x01;"),
        ("content/site.yml", "title: ", "title: \u{1}"),
    ])
    func theSiteRootMarkerCannotComeFromContent(_ path: String, _ old: String, _ new: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace(path, old, with: new)
        let result = site.build()
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains("U+0001") }, "\(result.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        #expect(SitePaths.rootMarker == "\u{1}")
    }

    /// The scan skips eight bytes at a time; it finds exactly what a byte-by-byte look finds.
    @Test func theWordScanMissesNothing() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("abc &#1;\n\t".utf8) + [0x00, 0x07, 0x1B, 0x7F, 0xC2, 0x85, 0x9F, 0xA0, 0xD0, 0x26, 0x20, 0x1F]
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let references = Bool.random(using: &generator)
            let found = bytes.withUnsafeBufferPointer { ControlCharacters.scan($0, $0.indices, references: references).map(\.offset) }
            var expected: [Int] = []
            for index in bytes.indices {
                let byte = bytes[index]
                if ControlCharacters.isForbidden(UInt32(byte)) && byte < 0x80 { expected.append(index) }
                if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { expected.append(index) }
                if references, byte == 0x26, bytes.withUnsafeBufferPointer({ ControlCharacters.reference($0, at: index, end: $0.count) })
                    .map({ $0.value == 0 || ControlCharacters.isForbidden($0.value) }) == true { expected.append(index) }
            }
            #expect(found == expected, "\(bytes)")
        }
    }
}
