import Foundation
import Testing
@testable import CasebookKit

/// The folder thread makes planned folders ahead of the files; files in folders nobody
/// planned are written too; a folder that cannot be made fails the write, never hangs it.
@Suite struct SiteWriterTests {
    /// An output writer in a new scratch folder; the caller discards it.
    static func output() throws -> (OutputWriter, URL) {
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("casebook-sitewriter-\(UUID().uuidString)")
        return (try OutputWriter(target: base.appendingPathComponent("public")), base)
    }

    @Test func plannedAndUnplannedFoldersAreMadeAndEveryFileWritten() throws {
        let (output, base) = try Self.output()
        defer { try? FileManager.default.removeItem(at: base) }
        let files = SiteWriter(output)
        let folders = (0..<300).map { "cases/case-\($0)" } + ["people/a", "people/b"]
        files.plan(folders)
        files.plan(["cases/case-1", "timeline/2021"])  // planned twice: made once
        // Written from two threads, in an order unlike the plan's.
        let paths = (folders + ["timeline/2021"]).reversed().map { "\($0)/index.html" } + ["data/x.csv", "feed.xml"]
        let failures = parallelMap(Array(paths), chunk: 1) { path -> String? in
            do { try files.write(path, Array(path.utf8)) } catch { return "\(path): \(error)" }
            return nil
        }
        #expect(failures.compactMap { $0 }.isEmpty)
        try files.finish()
        for path in paths {
            let written = try String(contentsOf: output.staging.appendingPathComponent(path), encoding: .utf8)
            #expect(written == path)
        }
    }

    /// Files that reach a folder before the folder thread does make it themselves, however
    /// many threads write into one folder at once: none fails, none waits for the thread.
    @Test func writersAheadOfTheFolderThreadMakeTheirFolders() throws {
        let (output, base) = try Self.output()
        defer { try? FileManager.default.removeItem(at: base) }
        let files = SiteWriter(output)
        let folders = (0..<3000).map { "ru/cases/case-\($0)" }
        files.plan(folders)
        // Four files a folder, in the plan's order, from every core: most writes get there first.
        let paths = folders.flatMap { folder in ["index.html", "a.txt", "b.txt", "c.txt"].map { "\(folder)/\($0)" } }
        let failures = parallelMap(paths, chunk: 1) { path -> String? in
            do { try files.write(path, Array(path.utf8)) } catch { return "\(path): \(error)" }
            return nil
        }
        #expect(failures.compactMap { $0 }.isEmpty)
        try files.finish()
        for path in paths.shuffled().prefix(500) {
            #expect(try String(contentsOf: output.staging.appendingPathComponent(path), encoding: .utf8) == path)
        }
        let made = try FileManager.default.contentsOfDirectory(atPath: output.staging.appendingPathComponent("ru/cases").path)
        #expect(made.count == 3000)
    }

    @Test func aFolderThatCannotBeMadeFailsTheWriteAndTheFinish() throws {
        let (output, base) = try Self.output()
        defer { try? FileManager.default.removeItem(at: base) }
        // A file where a folder must go.
        try Data("x".utf8).write(to: output.staging.appendingPathComponent("cases"))
        let files = SiteWriter(output)
        files.plan(["cases/a", "people/b"])
        #expect(throws: (any Error).self) { try files.write("cases/a/index.html", [1]) }
        #expect(throws: (any Error).self) { try files.finish() }
    }

    @Test func cancellingDropsWhatIsNotMadeAndEnds() throws {
        let (output, base) = try Self.output()
        defer { try? FileManager.default.removeItem(at: base) }
        let files = SiteWriter(output)
        files.plan((0..<2000).map { "cases/c\($0)" })
        files.cancel()
        try files.finish()  // returns: the thread has ended
        let made = (try? FileManager.default.contentsOfDirectory(atPath: output.staging.appendingPathComponent("cases").path)) ?? []
        #expect(made.count <= 2000)
    }
}

@Suite struct RenderOrderTests {
    static func label(_ work: SiteRendering.Work) -> String {
        switch work {
        case .page(let i): "p\(i)"
        case .data(let index): "f\(index)"
        case .redirect(let index): "r\(index)"
        }
    }

    @Test(arguments: [0, 1, 5, 40, 1000]) func everyItemOnceInOrder(pageCount: Int) {
        let pages = (0..<pageCount).map { SiteRendering.Work.page($0) }
        let files = (0..<4).map(SiteRendering.Work.data)
        let order = SiteRendering.interleave(files, into: pages).map(Self.label)
        #expect(order.count == pageCount + 4)
        #expect(order.filter { $0.hasPrefix("p") } == (0..<pageCount).map { "p\($0)" })
        #expect(order.filter { $0.hasPrefix("f") } == ["f0", "f1", "f2", "f3"])
        #expect(order.first == "f0")
        // The last file comes before the second half of the pages.
        let lastFile = order.lastIndex(of: "f3")!
        #expect(lastFile <= pageCount / 2 + 4)
    }
}
