import Foundation

/// The last commit date of every file in the content folder, from one `git log` run, so a
/// case's "last updated" needs no hand-kept field. Outside a git checkout it is empty.
enum GitDates {
    static func lastCommitDates(in content: URL) -> [String: PartialDate] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", content.path, "log", "--format=%x00%cs", "--name-only", "--relative", "--", "."]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return [:] }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let text = String(data: data, encoding: .utf8) else { return [:] }
        var dates: [String: PartialDate] = [:]
        var current: PartialDate?
        for line in text.split(separator: "\n") {
            if line.hasPrefix("\0") {
                current = try? PartialDate.parse(String(line.dropFirst())).get()
            } else if let current, dates[String(line)] == nil {
                // Newest commits come first: the first date seen for a file is its last change.
                dates[String(line)] = current
            }
        }
        return dates
    }
}
