import Foundation
import Testing
@testable import CasebookKit

/// Where the output goes: a failed build into `a/b/site` left `a/` and `a/b/` behind, and an
/// output named with more than about 225 bytes (legal: 255 are) could not be built at all,
/// its staging folder's name being longer still.
@Suite struct OutputPlaceTests {
    @Test func aFailedBuildLeavesNoFolderItMadeForTheOutput() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: bogus")
        let result = site.build(output: "n1/n2/site")
        #expect(result.exitStatus == 1)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("n1").path))
    }

    @Test func aLongOutputNameBuildsAndRebuilds() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        for name in [String(repeating: "x", count: 240), String(repeating: "Ж", count: 120)] {
            for _ in 0..<2 {
                let result = site.build(output: name)
                #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
            }
            #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(name + "/index.html").path))
        }
    }

    @Test func theWorkingNamesOfALongOutputFitAndStayTheSame() {
        let long = String(repeating: "Ж", count: 120)
        let shown = OutputSwap.shown(long)
        #expect(shown == OutputSwap.shown(long))
        #expect(OutputSwap.name(.staging, long, number: "123456789012345").utf8.count <= 255)
        #expect(OutputSwap.shown(long + "x") != shown)
        #expect(OutputSwap.shown("public") == "public")
        #expect(OutputSwap.part(of: OutputSwap.name(.old, long, number: "42"), long) == .old)
    }
}
