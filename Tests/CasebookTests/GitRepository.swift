import Foundation
import Testing

/// A git repository made by a test: commits with fixed dates and a telling author, so what
/// the build reads from git, and what it must never publish, can be checked.
struct GitRepository {
    static let author = "Quillon Vexmoor"
    static let email = "quillon.vexmoor@contributor.invalid"
    let folder: URL

    /// Runs git in the folder; the output, trimmed.
    @discardableResult
    func run(_ arguments: [String], date: String = "2024-01-10T12:00:00+00:00") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.environment = ["GIT_AUTHOR_NAME": Self.author, "GIT_AUTHOR_EMAIL": Self.email,
                               "GIT_COMMITTER_NAME": Self.author, "GIT_COMMITTER_EMAIL": Self.email,
                               "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
                               "HOME": folder.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Commits everything in the folder with this message on this day.
    func commitAll(_ message: String, on day: String) throws {
        try run(["add", "-A"], date: "\(day)T12:00:00+00:00")
        try run(["commit", "-q", "-m", message], date: "\(day)T12:00:00+00:00")
    }

    static func initialized(at folder: URL) throws -> GitRepository {
        let repository = GitRepository(folder: folder)
        try repository.run(["init", "-q"])
        return repository
    }
}
