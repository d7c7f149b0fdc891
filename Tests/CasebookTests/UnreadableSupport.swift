import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import CasebookKit

/// What git cannot hold (FIFOs, symbolic links, permissions), made in a fixture's copy of the
/// sample archive, and the check every refusal must pass.
extension SiteFixture {
    func fifo(_ path: String) throws {
        let url = root.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        guard mkfifo(url.path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func link(_ path: String, to target: String) throws {
        let url = root.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    func folder(_ path: String) throws {
        let url = root.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Builds a fresh copy of the sample, spoils it with `spoil`, builds again: the second
    /// build must report exactly `expected` (every line, warnings too) with `status`, and
    /// leave the first build's output byte for byte as it was.
    static func expectRefused(_ expected: [String], status: Int32 = 2,
                              sourceLocation: SourceLocation = #_sourceLocation,
                              spoil: (SiteFixture) throws -> Void) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded, sourceLocation: sourceLocation)
        let before = snapshot(site.output)
        #expect(!before.isEmpty, sourceLocation: sourceLocation)
        try spoil(site)
        let result = site.build()
        #expect(result.diagnostics.sorted().map(\.description) == expected, sourceLocation: sourceLocation)
        #expect(result.exitStatus == status, sourceLocation: sourceLocation)
        #expect(snapshot(site.output) == before, sourceLocation: sourceLocation)
    }

    /// Every path under `folder` that is a symbolic link (none should be, in a built site).
    static func links(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter {
            StaticTree.ownType(folder.appendingPathComponent($0).path) == S_IFLNK
        }
    }
}
