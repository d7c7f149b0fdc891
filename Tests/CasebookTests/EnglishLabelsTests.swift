import Foundation
import Testing
@testable import CasebookKit

/// The archive `casebook init` writes, switched to `language: ru`, kept its English
/// vocabulary labels: every Russian page said "In pre-trial detention", and nothing said
/// so. One warning per vocabulary, with the built-in labels in the site's language.
@Suite struct EnglishLabelsTests {
    @Test func anInitArchiveSwitchedToRussianIsToldOfItsEnglishLabels() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-english-labels-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CommandRun.run(["init", root.path], in: FileManager.default.temporaryDirectory).status == 0)
        let site = root.appendingPathComponent("content/site.yml")
        let text = try String(contentsOf: site, encoding: .utf8)
        try text.replacingOccurrences(of: "\nlanguage: en\n", with: "\nlanguage: ru\n").write(to: site, atomically: true, encoding: .utf8)
        let run = try CommandRun.run(["check"], in: root)
        #expect(run.status == 0)
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("statuses:") }! + 1
        #expect(run.errors.contains("content/site.yml:\(line):27: warning: 'statuses' keeps the built-in English labels 'Under investigation', 'In pre-trial detention' and 7 more on a site in Russian (language: ru), which its pages show as they are; write them in Russian (the built-in: investigation: На стадии следствия, detained: Под стражей до суда, …), or remove 'statuses' if its keys are all built-in ones, to use the built-in Russian labels\n"), "\(run.errors)")
        for name in ["roles", "event_types", "sentence_types", "organization_kinds"] {
            #expect(run.errors.contains("warning: '\(name)' keeps the built-in English label"), "\(name)")
        }
        // Labels in Russian, or given per language, are not told; nor an English site's.
        try text.replacingOccurrences(of: "\nlanguage: en\n", with: "\nlanguage: ru\n")
            .replacingOccurrences(of: "investigation: Under investigation, detained: In pre-trial detention, trial: On trial, sentenced: Sentenced, appeal: On appeal, serving: Serving sentence, released: Released, acquitted: Acquitted, closed: Closed",
                                  with: "investigation: На стадии следствия, detained: Под стражей до суда")
            .write(to: site, atomically: true, encoding: .utf8)
        #expect(!(try CommandRun.run(["check"], in: root)).errors.contains("'statuses' keeps"))
        try text.write(to: site, atomically: true, encoding: .utf8)
        #expect(!(try CommandRun.run(["check"], in: root)).errors.contains("keeps the built-in English"))
    }

    @Test func aLanguageWithoutBuiltInLabelsIsNotTold() {
        #expect(EnglishLabelsCheck.builtIn("statuses", in: "uz") == nil)
        #expect(EnglishLabelsCheck.builtIn("statuses", in: "kk")?.label("sentenced") == "Сотталды")
    }
}
