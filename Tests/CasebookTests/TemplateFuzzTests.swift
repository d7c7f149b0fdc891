import Foundation
import Testing
@testable import CasebookKit

/// Mutates the default theme's templates at random (fixed seed) with Mustache's own
/// punctuation: every theme loads to a theme or to positioned errors, never a crash, and a
/// theme that loads renders a page.
@Suite struct TemplateFuzzTests {
    static let pieces = ["{{", "}}", "{{#a}}", "{{/a}}", "{{^a}}", "{{>partials/events}}", "{{<layout}}", "{{/layout}}",
                         "{{$content}}", "{{/content}}", "{{=<% %>=}}", "<%", "%>", "{{!", "{{{", "}}}", "{{&", "(", ")",
                         "{{>*x}}", "{{>partials/sources}}", "\n", "{{%", "*", "=", "$", "<", ">", "#", "^", "/"]

    @Test func mutatedTemplatesLoadOrFailWithPositions() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates")
        let names = ["layout", "case", "partials/sources", "partials/events", "partials/case-list"]
        let originals = try names.map { try String(contentsOf: source.appendingPathComponent($0 + ".mustache"), encoding: .utf8) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("template-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: source, to: folder)
        var random = FuzzTests.Random(state: 12)
        for _ in 0..<80 {
            let which = random.below(names.count)
            var text = Array(originals[which].unicodeScalars)
            for _ in 0..<(1 + random.below(4)) {
                let at = random.below(text.count + 1)
                if random.below(3) == 0, at < text.count {
                    text.removeSubrange(at..<min(text.count, at + 1 + random.below(20)))
                } else {
                    text.insert(contentsOf: Self.pieces[random.below(Self.pieces.count)].unicodeScalars, at: at)
                }
            }
            let file = folder.appendingPathComponent(names[which] + ".mustache")
            try String(String.UnicodeScalarView(text)).write(to: file, atomically: false, encoding: .utf8)
            let (theme, problems) = Theme.load(from: folder, displayName: "templates")
            if let theme {
                // A mutated name is a warning (`TemplateNames`); nothing else may be said.
                #expect(problems.allSatisfy { $0.severity == .warning })
                _ = theme.render(TestFields(["site": ["title": "T"], "events": [["summary": "s"]], "sources": [["title": "x"]]]),
                                 template: "case", path: "fuzz")
            } else {
                #expect(!problems.isEmpty)
            }
            try originals[which].write(to: file, atomically: false, encoding: .utf8)
        }
    }
}
