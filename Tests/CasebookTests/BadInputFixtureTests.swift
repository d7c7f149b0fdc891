import Foundation
import Testing
@testable import CasebookKit

/// Each folder under Tests/Fixtures/bad/ is the sample archive with one mistake: the files
/// it holds replace or join the sample's (a file `remove.txt` lists sample files to delete),
/// and `expected.txt` holds the exact messages `casebook check` must print, one per line;
/// `status.txt`, when present, the exit status it must end with (1 when absent; 0 for a warning only).
/// `build` must print the same messages and, failing, leave a previous site byte for byte as it was.
@Suite struct BadInputFixtureTests {
    static let root = SiteFixture.repository.appendingPathComponent("Tests/Fixtures/bad")

    static var fixtureNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func thereAreManyDistinctMistakes() {
        #expect(Self.fixtureNames.count >= 35)
    }

    @Test(arguments: fixtureNames)
    func fixtureReportsExactlyItsExpectedMessages(_ name: String) throws {
        let fixture = Self.root.appendingPathComponent(name)
        let site = try SiteFixture()
        defer { site.remove() }
        try site.apply(overlay: fixture)
        let expected = try String(contentsOf: fixture.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(result.diagnostics.sorted().map(\.description) == expected)
        #expect(!expected.isEmpty)
        let status = (try? String(contentsOf: fixture.appendingPathComponent("status.txt"), encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 1
        #expect(result.exitStatus == status)

        // `build` says the same and, failing, leaves a previous site exactly as it was.
        guard status != 0 else { return }
        try FileManager.default.copyItem(at: Self.previousSite, to: site.output)
        let before = SiteFixture.snapshot(site.output)
        let built = site.build()
        #expect(built.diagnostics.sorted().map(\.description) == expected)
        #expect(built.exitStatus == status)
        #expect(SiteFixture.snapshot(site.output) == before, "a failed build changed public/")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: site.root.path)) ?? []
        #expect(!left.contains { $0.hasPrefix(".casebook-") })
    }

    /// A site built once from the sample archive, copied in as each failing build's previous output.
    static let previousSite: URL = {
        let site = try! SiteFixture()
        precondition(site.build().succeeded, "the sample archive does not build")
        return site.output
    }()
}

extension SiteFixture {
    /// Copies a fixture's files over the site, and deletes the files its remove.txt lists.
    func apply(overlay: URL) throws {
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: overlay.path) else { return }
        for case let path as String in enumerator {
            let source = overlay.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: source.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  path != "expected.txt", path != "remove.txt", path != "status.txt" else { continue }
            let target = root.appendingPathComponent(path)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? fm.removeItem(at: target)
            try fm.copyItem(at: source, to: target)
        }
        let removals = (try? String(contentsOf: overlay.appendingPathComponent("remove.txt"), encoding: .utf8)) ?? ""
        for path in removals.split(separator: "\n") where !path.isEmpty {
            try fm.removeItem(at: root.appendingPathComponent(String(path)))
        }
    }
}
