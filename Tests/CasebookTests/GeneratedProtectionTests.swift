import Foundation
import Testing
@testable import CasebookKit

/// A generated archive in three languages where every fifth defendant is protected
/// (`bench/generate.py --protect-every 5`): it builds, and no byte of any output file holds
/// a protected person's name, surname or alias, in Latin or Cyrillic letters.
@Suite struct GeneratedProtectionTests {
    static let python = "/usr/bin/python3"

    /// Runs `bench/generate.py FOLDER ARGUMENTS…`; its exit status.
    static func generate(_ folder: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [SiteFixture.repository.appendingPathComponent("bench/generate.py").path, folder] + arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: python), "needs python3 for bench/generate.py"))
    func noOutputByteNamesAProtectedPerson() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-generated-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try GeneratedProtectionTests.generate(root.path, ["--cases", "40", "--languages", "en,ru,kk", "--protect-every", "5"]) == 0)

        let people = root.appendingPathComponent("content/people")
        var words: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: people.path) where !name.dropLast(3).contains(".") {
            let text = try String(contentsOf: people.appendingPathComponent(name), encoding: .utf8)
            guard text.contains("\nprotect: initials\n") else { continue }
            #expect(name.hasPrefix("person-"))
            for line in text.split(separator: "\n") where line.hasPrefix("name: ") || line.hasPrefix("aliases: ") {
                let value = line.drop { $0 != " " }.dropFirst().trimmingCharacters(in: CharacterSet(charactersIn: "[]\""))
                for spelling in value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
                    words.insert(spelling)
                    // The surname without its feminine ending: every inflection holds it.
                    if let surname = spelling.split(separator: " ").last { words.insert(String(surname.hasSuffix("a") || surname.hasSuffix("а") ? surname.dropLast() : surname)) }
                }
            }
        }
        #expect(words.count > 20)
        let output = root.appendingPathComponent("public")
        let result = Builder.build(BuildOptions(content: "content", templates: "templates", output: output.path, relativeTo: root))
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error }.prefix(5).map(\.description))")
        let found = ProtectedOutputTests.occurrences(of: words.sorted(), in: output)
        #expect(found.isEmpty, "\(found.prefix(10))")
        // The people are there, under their initials, their pages out of the sitemap.
        let page = try String(contentsOf: output.appendingPathComponent("people/person-5/index.html"), encoding: .utf8)
        #expect(page.contains(#"<meta name="robots" content="noindex">"#))
        #expect(!(try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)).contains("people/person-5/"))
    }
}
