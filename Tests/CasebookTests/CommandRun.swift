import Foundation

/// Runs the built `casebook` binary as a user would, for what only the command line does:
/// option checks, exit statuses, what is printed, and runs under another user or environment.
struct CommandRun {
    let status: Int32
    let output: String
    let errors: String

    /// The `casebook` executable built beside the tests (`CASEBOOK_BINARY` names another).
    static var binary: URL {
        if let named = ProcessInfo.processInfo.environment["CASEBOOK_BINARY"] { return URL(fileURLWithPath: named) }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            SiteFixture.repository.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent("casebook") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    /// `casebook <arguments>` in `folder`; `environment` entries replace the inherited ones.
    /// `unprivileged` runs it as the user `nobody` when the tests run as root (as on CI), so
    /// that permissions mean what they mean to an editor.
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:],
                    unprivileged: Bool = false) throws -> CommandRun {
        let process = Process()
        if unprivileged && getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a full pipe cannot block the child.
        let errors = BackgroundRead(err.fileHandleForReading)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRun(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                          errors: String(decoding: errors.value, as: UTF8.self))
    }

    /// A pipe read to its end on a thread of its own.
    final class BackgroundRead: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)
        init(_ handle: FileHandle) {
            Thread { [self] in data = handle.readDataToEndOfFile(); done.signal() }.start()
        }
        var value: Data { done.wait(); return data }
    }
}
