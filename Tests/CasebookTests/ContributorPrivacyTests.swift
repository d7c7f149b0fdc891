import Foundation
import Testing
@testable import CasebookKit

/// Who edited the archive is not published: built inside a git repository whose commits
/// carry a telling author and committer, no output byte holds their name or address.
@Suite struct ContributorPrivacyTests {
    static let name = "Quillon Vexmoor"
    static let email = "quillon.vexmoor@contributor.invalid"

    private func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=\(Self.name)", "-c", "user.email=\(Self.email)",
                             "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.environment = ["GIT_AUTHOR_NAME": Self.name, "GIT_AUTHOR_EMAIL": Self.email,
                               "GIT_COMMITTER_NAME": Self.name, "GIT_COMMITTER_EMAIL": Self.email,
                               "HOME": folder.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    @Test func noAuthorNameOrAddressReachesAnyOutput() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try git(["init", "-q"], in: site.root)
        try git(["add", "content"], in: site.root)
        try git(["commit", "-q", "-m", "Add the archive"], in: site.root)
        // A second commit, so the dates come from git for an edited file too.
        try site.replace("content/cases/qambarova-2021.md", "updated: 2021-03-04\n", with: "")
        try git(["commit", "-q", "-am", "Edit by \(Self.name)"], in: site.root)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-contributors-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = Builder.build(BuildOptions(content: "content", templates: "templates", output: output.path, relativeTo: site.root))
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(!SiteFixture.snapshot(output).isEmpty)
        let words = ["quillon", "vexmoor", "contributor.invalid"]
        let found = ProtectedOutputTests.occurrences(of: words, in: output)
        #expect(found.isEmpty, "\(found)")
        // The build did read git: the edited case is dated by its commit, this year.
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let page = try String(contentsOf: output.appendingPathComponent("cases/qambarova-2021/index.html"), encoding: .utf8)
        #expect(page.contains(String(year)))
    }
}
