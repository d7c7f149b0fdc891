import Foundation
import Testing
@testable import CasebookKit

/// The tree built from libyaml's events is exactly the one composed with Yams, and whatever
/// Yams treats specially is left to Yams.
@Suite("YAML events")
struct YAMLEventsTests {
    /// A tree as text, positions included, to compare two trees.
    static func render(_ node: YAMLNode?) -> String {
        guard let node else { return "nil" }
        let at = "@\(node.position.line):\(node.position.column)"
        switch node.value {
        case .scalar(let text, let isNull): return "\(text.debugDescription)\(isNull ? "~" : "")\(at)"
        case .sequence(let items): return "[" + items.map(render).joined(separator: ", ") + "]\(at)"
        case .mapping(let entries):
            return "{" + entries.map { "\($0.key.debugDescription)@\($0.keyPosition.line):\($0.keyPosition.column): \(render($0.value))" }
                .joined(separator: ", ") + "}\(at)"
        }
    }

    /// Nil when the events path leaves the text to Yams; otherwise checks it against Yams.
    static func fastTree(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        guard case .tree(let root) = YAMLEvents.parse(text, lineOffset: 1) else { return nil }
        var diagnostics = Diagnostics(file: "x.md")
        let composed = YAMLTree.composeWithYams(text, firstLine: 2, diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty, "\(text.debugDescription): \(diagnostics.items)", sourceLocation: sourceLocation)
        #expect(render(root) == render(composed), "\(text.debugDescription)", sourceLocation: sourceLocation)
        return render(root)
    }

    @Test("plain front matter is built from the events, as Yams composes it", arguments: [
        "", "# only a comment\n", "title: x", "title: 'Lesova''s case'\nsummary: \"a\\tb\\0c\"\nempty:\nnull: ~\nNull: NULL",
        "people:\n  - a\n  - person: b\n    role: witness\n  -\n  - ~\ntags: [a, 'b', \"c\"]\nx: {a: 1, b: [2, {c: d}]}",
        "summary: |\n  line one\n  line two\nnote: >-\n  folded\n  text\n", "é: 1\nё: 2\n\"a b\": 3",
        "title: \"\\uFEFFx\"", "a: x # comment\nb: 'y' # c\n", "--- x", "%YAML 1.1\n---\na: 1\n...\n", "[a, b]", "plain",
        "x: [a: b]", "x: {a, b}", "? x\n: y", "x: {?}", "\u{FEFF}a: 1\n\u{FEFF}b: 2",
    ])
    func fastPath(_ text: String) {
        let tree = Self.fastTree(text)
        // A scalar starting with a byte order mark is Foundation's to decode, and one holding
        // a control character (here "\0") is reported where it is written: both left to Yams.
        #expect((tree == nil) == (text.hasPrefix("title: \"\\uFEFF") || text.contains("\\0")), "\(text.debugDescription)")
    }

    @Test("whatever Yams treats specially is left to it", arguments: [
        "a: &x 1\nb: *x", "a: *x", "a: !!str 1", "a: ! 1", "!!map {a: 1}", "a: !!seq [1]", "? [a]\n: b", "a: 1\na: 2",
        "\"a\": 1\na: 2", "é: 1\ne\u{301}: 2", "x: [{a: 1}, {a: 1, a: 2}]", "a: 1\n--- b", "a: [", "a: b: c", "\ta: 1",
        "a: \"\u{FEFF}x\"", "a: \u{1}", String(repeating: "- ", count: 30) + "x",
    ])
    func leftToYams(_ text: String) {
        guard case .needsYams = YAMLEvents.parse(text, lineOffset: 1) else {
            Issue.record("built without Yams: \(text.debugDescription)")
            return
        }
    }

    @Test("mutated sample files: the events path agrees with Yams or leaves the file to it")
    func mutatedFiles() throws {
        let content = SiteFixture.repository.appendingPathComponent("content")
        var originals: [[UInt8]] = []
        for kind in ContentKind.allCases {
            // The default-language files: translations are short, text-only front matter.
            for name in try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(kind.rawValue).path).sorted()
            where name.split(separator: ".").count == 2 {
                originals.append(Array(try Data(contentsOf: content.appendingPathComponent("\(kind.rawValue)/\(name)"))))
            }
        }
        var random = FuzzTests.Random(state: 19_861_216)
        var (built, left) = (0, 0)
        for _ in 0..<4000 {
            var bytes = FuzzTests.mutate(originals[random.below(originals.count)], &random)
            guard case .success(let ranges) = bytes.withUnsafeBufferPointer(FrontMatter.locate),
                  let yaml = String(validating: bytes[ranges.yaml], as: UTF8.self) else { continue }
            bytes.removeAll()
            if Self.fastTree(yaml) == nil { left += 1 } else { built += 1 }
        }
        #expect(built > 1000 && left > 200, "built \(built), left to Yams \(left)")
    }
}
