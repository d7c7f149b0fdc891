import Foundation
import Testing
@testable import CasebookKit

/// A file another program keeps writing while casebook runs (a log, a recording in progress
/// in media/) was read, and copied into the site, for as long as it grew: `yes > media/x.txt`
/// made a build copy 3 GB. Now a file is read no further than its size when opened, and one
/// found longer than that is an error at the file (`FileProblem.grew`).
@Suite(.hangGuard) struct GrowingFileTests {
    /// Read as an open regular file whose size was 50 bytes when opened and is 100 now.
    @Test func aFileLongerThanWhenOpenedIsAProblemNotReadToItsEnd() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("growing-\(UUID().uuidString).txt")
        try Data(repeating: 0x61, count: 100).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let input = open(url.path, O_RDONLY)
        defer { close(input) }
        guard case .unreadable(let problem) = FileBytes.readAll(input, expected: 50, regular: true) else {
            Issue.record("read to its end")
            return
        }
        #expect(problem == .grew(50))
        #expect(problem.description.hasPrefix("changed while casebook read it: it was 50 bytes when opened and grew while it was read"))
        // Its size when opened: read whole.
        #expect(lseek(input, 0, SEEK_SET) == 0)
        guard case .bytes(let bytes) = FileBytes.readAll(input, expected: 100, regular: true) else {
            Issue.record("not read")
            return
        }
        #expect(bytes.count == 100)
    }

    /// A media file appended to all through the build: the build ends, with an error at the
    /// file, and the previous site stays as it was.
    @Test func aMediaFileStillBeingWrittenIsAnErrorAndTheBuildEnds() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = SiteFixture.snapshot(site.output)
        let url = site.content.appendingPathComponent("media/recording.txt")
        // Long enough that copying it takes a while, during which the writer adds to it.
        try Data(repeating: 0x61, count: 32 << 20).write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        let stop = Locked(false)
        let writer = Thread {
            let chunk = Data(repeating: 0x62, count: 4_096)
            while !stop.value {
                try? handle.write(contentsOf: chunk)
                usleep(1_000)
            }
        }
        writer.start()
        let result = site.build()
        stop.value = true
        let problems = result.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("content/media/recording.txt:1:1: error: changed while casebook read it: it was ") == true, "\(problems)")
        #expect(problems.first?.hasSuffix(" bytes when opened and grew while it was read, so a program is still writing it (a log, a recording in progress); "
            + "wait until it has finished, or move it out of the archive, and run casebook again") == true)
        #expect(result.exitStatus == 2)
        #expect(SiteFixture.snapshot(site.output) == before, "the previous site stays")
        while !writer.isFinished { usleep(1_000) }
        try handle.close()
    }
}

/// A value two threads share.
private final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
