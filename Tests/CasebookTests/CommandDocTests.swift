import Foundation
import Testing

/// The command lines the docs give, held to the commands: every option a command's `--help`
/// shows is in its line of README.md's "Commands" (and of the synopses in checking.md and
/// building.md), so an option added later (`--as-of`, `--missing`, `--against`, import's
/// `--format`) cannot be left out of them again.
@Suite struct CommandDocTests {
    static let commands = ["build", "check", "serve", "new", "init", "import", "theme export"]

    static func doc(_ path: String) throws -> String {
        try String(contentsOf: SiteFixture.repository.appendingPathComponent(path), encoding: .utf8)
    }

    /// The options of the command's usage line: `--content`, `--as-of` …
    static func options(_ command: String) throws -> Set<String> {
        let run = try CommandRun.run(command.split(separator: " ").map(String.init) + ["--help"], in: SiteFixture.repository)
        let usage = try #require(run.output.split(separator: "\n").first { $0.hasPrefix("USAGE: ") }, "\(run.output)")
        return Set(usage.matches(of: #/--[a-z][a-z-]*/#).map { String($0.output) })
    }

    /// The lines of `text` that start with `casebook <command> `, in the section under
    /// `heading` (to the next heading of its level) or in the whole file.
    static func synopsis(_ text: String, _ command: String, after heading: String? = nil) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        if let heading {
            guard let start = lines.firstIndex(of: Substring(heading)) else { return [] }
            let level = heading.prefix { $0 == "#" } + " "
            lines = lines[(start + 1)...].prefix { !$0.hasPrefix(level) }
        }
        return lines.filter { $0.hasPrefix("casebook \(command) ") }
    }

    @Test func theReadmeCommandsListEveryOption() throws {
        let readme = try Self.doc("README.md")
        for command in Self.commands {
            let lines = Self.synopsis(readme, command, after: "## Commands")
            #expect(!lines.isEmpty, "README.md has no line for casebook \(command)")
            let written = lines.joined(separator: " ")
            let missing = try Self.options(command).filter { !written.contains($0) }
            #expect(missing.isEmpty, "README.md's casebook \(command) lacks \(missing.sorted())")
        }
    }

    @Test func theSynopsesOfBuildAndCheckListEveryOption() throws {
        for path in ["docs/checking.md", "docs/building.md"] {
            let text = try Self.doc(path)
            for command in ["build", "check"] {
                let lines = Self.synopsis(text, command, after: path.hasSuffix("building.md") ? "## Running it" : nil)
                    .filter { $0.contains("[--") }
                #expect(lines.count == 1, "\(path): \(lines)")
                let missing = try Self.options(command).filter { !(lines.first ?? "").contains($0) }
                #expect(missing.isEmpty, "\(path)'s casebook \(command) lacks \(missing.sorted())")
            }
        }
    }
}
