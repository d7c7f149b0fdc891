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
    func run(_ arguments: [String], date: String = "2024-01-10T12:00:00+00:00", as person: Person? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let person = person ?? Person(name: Self.author, email: Self.email)
        process.environment = ["GIT_AUTHOR_NAME": person.name, "GIT_AUTHOR_EMAIL": person.email,
                               "GIT_COMMITTER_NAME": person.committer?.name ?? person.name,
                               "GIT_COMMITTER_EMAIL": person.committer?.email ?? person.email,
                               "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
                               "HOME": folder.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Who makes a commit: its author, and its committer when another.
    struct Person {
        var name: String
        var email: String
        var committer: (name: String, email: String)?
    }

    /// Commits everything in the folder with this message on this day, kept as written
    /// (`--cleanup=verbatim`: control characters, carriage returns, blank first lines).
    func commitAll(_ message: String, on day: String, as person: Person? = nil) throws {
        try run(["add", "-A"], date: "\(day)T12:00:00+00:00")
        let file = folder.appendingPathComponent(".git/test-message")
        try Data(message.utf8).write(to: file)
        try run(["commit", "-q", "--allow-empty", "--cleanup=verbatim", "-F", file.path], date: "\(day)T12:00:00+00:00", as: person)
    }

    static func initialized(at folder: URL) throws -> GitRepository {
        let repository = GitRepository(folder: folder)
        try repository.run(["init", "-q"])
        return repository
    }
}
