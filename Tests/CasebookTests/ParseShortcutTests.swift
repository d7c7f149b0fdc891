import Foundation
import Testing
@testable import CasebookKit

/// The parse stage's fast paths give exactly the answers of the slower code they stand for.
@Suite("Parse shortcuts")
struct ParseShortcutTests {
    static let texts = [
        "", " ", "\t", "\u{A0}", "\u{3000}", "x", " x", "x ", "\tx\t", "\u{A0}x", "x\u{A0}", "a\u{301}", "\u{301}a",
        "\r\n", "\r\nx", "x\r\n", "a, b", "a,b", ",", "a,\u{301}b", "\n", "é", "x\u{2003}", "\u{2003}", "   \u{2003} ",
    ]

    static let urls = [
        "https://x.example/a", "http://x", "https://", "http://", "https:///x", "https:// x", "https://\tx",
        "https://\u{301}x", "https://é.example", "HTTPS://x", "Https://x", "https:x", "mailto:a@b", "mailto:",
        "javascript:alert(1)", "java\tscript:x", "ftp://x", "https://x\u{301}", "//x", "", "http://\u{A0}x",
        "https://\r\nx", "http:/x",
    ]

    @Test("blank, trimming and comma checks agree with the full ones", arguments: texts)
    func textChecks(_ text: String) {
        #expect(TextShortcuts.isBlank(text) == text.allSatisfy(\.isWhitespace))
        #expect(TextShortcuts.trimmingWhitespace(text) == text.trimmingCharacters(in: .whitespaces))
        #expect(TextShortcuts.containsComma(text) == text.contains(","))
    }

    @Test("the URL check agrees with URLPolicy", arguments: urls)
    func urlCheck(_ url: String) {
        #expect(TextShortcuts.isAllowedExternal(url) == URLPolicy.isAllowedExternal(url))
    }

    @Test("the position set answers like a Set, in any order of inserts")
    func positionSetIsASet() {
        var generator = FuzzTests.Random(state: 7)
        var fast = PositionSet()
        var reference: Set<[Int]> = []
        for step in 0..<5000 {
            // Mostly increasing, as a tree walk is, with jumps back like aliases.
            let line = step % 7 == 0 ? Int(generator.next() % 50) : step / 3
            let column = Int(generator.next() % 4) + 1
            let kind = PositionSet.Kind(rawValue: Int(generator.next() % 3))!
            let inserted = fast.insert(SourcePosition(line: line, column: column), kind)
            #expect(inserted == reference.insert([line, column, kind.rawValue]).inserted)
        }
    }

    @Test("a file is read whole; the size limit is checked first, on the path itself")
    func fileBytes() throws {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("casebook-bytes-\(UUID().uuidString)")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.md")
        let content = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 % 251) }
        try Data(content).write(to: file)
        guard case .bytes(let read) = FileBytes.contents(of: file.path, limit: 70_000) else {
            Issue.record("not read"); return
        }
        #expect(read == content)
        guard case .tooLarge(70_000) = FileBytes.contents(of: file.path, limit: 69_999) else {
            Issue.record("not refused"); return
        }
        // A symbolic link is measured by itself, as FileManager's attributes measured it, and read through.
        let link = folder.appendingPathComponent("link.md")
        try fm.createSymbolicLink(atPath: link.path, withDestinationPath: "big.md")
        guard case .bytes(let throughLink) = FileBytes.contents(of: link.path, limit: 1_000) else {
            Issue.record("link not read"); return
        }
        #expect(throughLink == content)
        let empty = folder.appendingPathComponent("empty.md")
        try Data().write(to: empty)
        guard case .bytes(let nothing) = FileBytes.contents(of: empty.path, limit: 10) else { Issue.record("empty"); return }
        #expect(nothing.isEmpty)
        guard case .unreadable = FileBytes.contents(of: folder.appendingPathComponent("gone.md").path, limit: 10) else {
            Issue.record("missing file read"); return
        }
        guard case .unreadable = FileBytes.contents(of: folder.path, limit: 1_000_000) else {
            Issue.record("folder read"); return
        }
    }

    @Test("CRLF line ends become LF on bytes as Foundation's replace makes them")
    func lineEnds() {
        for text in ["a\r\nb", "a\r\r\nb\r", "\r\n", "a\rb\r\n\r\n", "у\r\n-\r\nx\rу"] {
            var bytes = Array(text.utf8)
            #expect(TextDecoding.removeCRBeforeLF(&bytes))
            #expect(String(decoding: bytes, as: UTF8.self) == text.replacingOccurrences(of: "\r\n", with: "\n"))
        }
        // A non-ASCII byte after a line end is left to Foundation: it may be a combining mark.
        for text in ["a\r\n\u{301}b", "a\r\nуb"] {
            var bytes = Array(text.utf8)
            #expect(!TextDecoding.removeCRBeforeLF(&bytes))
            #expect(bytes == Array(text.utf8))
        }
    }

    @Test("a file with CRLF line ends parses like its LF form, also where Foundation normalises it")
    func crlfFiles() throws {
        let lf = "---\ntitle: Т\nsummary: \"Суд\"\nstatus: sentenced\npeople: [a]\nsources:\n  - title: S\n    url: ' ftp://x'\n---\nБody\nline\n"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-crlf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var results: [(String, [Diagnostic])] = []
        // LF; CRLF before ASCII only (made LF on bytes); CRLF before Cyrillic (Foundation's path).
        for (index, text) in [lf, lf.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "\r\nБ", with: "\nБ"),
                              lf.replacingOccurrences(of: "\n", with: "\r\n")].enumerated() {
            let url = folder.appendingPathComponent("\(index).md")
            try Data(text.utf8).write(to: url)
            let info = DocumentInfo(kind: .cases, id: "x", path: "content/cases/x.md")
            let (document, diagnostics) = ContentParser.parse(ContentFile(info: info, url: url), site: SiteConfig())
            guard case .caseRecord(let record)? = document else { Issue.record("no case"); return }
            results.append(("\(record.title)|\(record.summary ?? "")|\(record.body.text)|\(record.body.firstLine)", diagnostics))
        }
        #expect(results[0].0 == "Т|Суд|Бody\nline\n|10")
        for result in results.dropFirst() {
            #expect(result.0 == results[0].0)
            #expect(result.1 == results[0].1)
        }
        #expect(results[0].1.map(\.position) == [SourcePosition(line: 8, column: 10)])
    }

    @Test("fences: spaces and tabs after them, '...' closing, an empty front matter")
    func fences() throws {
        func locate(_ text: String) -> Result<FrontMatter.Ranges, FrontMatter.SplitError> {
            var text = text
            return text.withUTF8 { FrontMatter.locate($0) }
        }
        let spaced = try locate("--- \t\ntitle: x\n...  \nbody").get()
        #expect(spaced.yaml == 6..<14 && spaced.body == 21..<25 && spaced.bodyFirstLine == 4)
        let empty = try locate("---\n---\n").get()
        #expect(empty.yaml.isEmpty && empty.body == 8..<8)
        #expect(throws: FrontMatter.SplitError.missingOpening) { try locate("...\nx\n---\n").get() }
        #expect(throws: FrontMatter.SplitError.missingClosing) { try locate("---\nx\n").get() }
        #expect(throws: FrontMatter.SplitError.missingOpening) { try locate("").get() }
    }

    @Test("the nesting scan agrees with a scan of scalars on random YAML-like text")
    func nestingScan() {
        var generator = FuzzTests.Random(state: 11)
        let pieces = ["[", "]", "{", "}", "'", "\"", "\\", "#", " ", "\t", "-", ":", ",", "\n", "a", "é", "ж", "\u{301}", "x: ", "# c", "  "]
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 80) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            if generator.next() % 4 == 0 { text += String(repeating: "[", count: 30) }
            if generator.next() % 8 == 0 { text += "\n" + String(repeating: " ", count: 125) + "x" }
            let fast = NestingGuard.check(text, firstLine: 2)
            let reference = Self.referenceNesting(text, firstLine: 2)
            #expect(fast?.0 == reference?.0 && fast?.1 == reference?.1, "\(text.debugDescription)")
        }
    }

    /// The scan by scalars the byte scan replaced, kept as the reference.
    static func referenceNesting(_ text: String, firstLine: Int) -> (SourcePosition, String)? {
        var depth = 0
        var line = firstLine, column = 0
        var quote: Unicode.Scalar?
        var atLineStart = true, indent = 0
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" {
                line += 1; column = 0; atLineStart = true; indent = 0
                if quote == "\n" { quote = nil }
                previous = scalar
                continue
            }
            if atLineStart {
                if scalar == " " || scalar == "-" || scalar == "\t" {
                    indent += 1
                    if indent > NestingGuard.maximumIndent {
                        return (SourcePosition(line: line, column: column), "the YAML is indented more than \(NestingGuard.maximumIndent) columns deep; content files need far fewer levels")
                    }
                } else {
                    atLineStart = false
                }
            }
            if let open = quote {
                if scalar == open && !(open == "\"" && previous == "\\") { quote = nil }
            } else if scalar == "#" && (previous == " " || previous == "\n") {
                quote = "\n"
            } else {
                switch scalar {
                case "'", "\"":
                    if " \t[{,:-\n".unicodeScalars.contains(previous) { quote = scalar }
                case "[", "{":
                    depth += 1
                    if depth > NestingGuard.maximumFlowDepth {
                        return (SourcePosition(line: line, column: column), "the YAML is nested more than \(NestingGuard.maximumFlowDepth) levels deep; content files need far fewer")
                    }
                case "]", "}": depth = max(0, depth - 1)
                default: break
                }
            }
            previous = scalar
        }
        return nil
    }
}
