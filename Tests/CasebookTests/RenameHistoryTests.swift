import Foundation
import Testing
@testable import CasebookKit

/// A rename git did not see (it gives up past `diff.renameLimit` files in one commit, and
/// the moved files' history was lost without a word): the note says git gave up, a deleted
/// file's commits are kept apart, and a file listing the deleted one's id in `former_ids`,
/// added by the commit that deleted it, gets them.
@Suite struct RenameHistoryTests {
    /// `GitHistoryTests.repository()` (history-case-2023, renamed once already, four
    /// commits), with a second case, then both renamed and edited in one commit that git,
    /// limited to one rename, does not follow.
    static func repository() throws -> (SiteFixture, GitRepository) {
        let (site, git) = try GitHistoryTests.repository()
        try git.run(["config", "diff.renameLimit", "1"])
        try site.write("content/cases/other-2023.md", GitHistoryTests.caseText.replacingOccurrences(of: "A case with a history", with: "Another case"))
        try git.commitAll("Add another case", on: "2024-08-01")
        for (old, new, former) in [("history-case-2023", "history-final-2023", "[history-2023, history-case-2023]"), ("other-2023", "other-final-2023", "[other-2023]")] {
            var text = try site.read("content/cases/\(old).md")
            text = text.replacingOccurrences(of: "former_ids: [history-2023]\n", with: "")
                .replacingOccurrences(of: "status: detained", with: "status: detained\nformer_ids: \(former)")
                .replacingOccurrences(of: "Detained", with: "Taken")
            try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/cases/\(old).md"))
            try site.write("content/cases/\(new).md", text)
        }
        try git.commitAll("Rename both cases", on: "2024-09-01")
        return (site, git)
    }

    @Test func gitGivingUpOnRenamesIsSaid() throws {
        let (site, _) = try Self.repository()
        defer { site.remove() }
        let history = GitHistory.read(content: site.root.appendingPathComponent("content"), writesCache: false)
        #expect(history.fallback?.hasPrefix("git gave up looking for renamed files") == true, "\(history.fallback ?? "")")
        #expect(history.removed["cases/history-case-2023.md"]?.count == 1)
    }

    @Test func formerIDsConnectAHistoryGitLost() throws {
        let (site, _) = try Self.repository()
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        let page = try site.read("public/cases/history-final-2023/index.html")
        #expect(page.contains(#"<dt>First published</dt><dd><time datetime="2024-01-10">10 January 2024</time>"#))
        #expect(page.contains("<summary>5 changes</summary>"))
        #expect(page.contains("<bdi>Rename the case</bdi>"))
        let other = try site.read("public/cases/other-final-2023/index.html")
        #expect(other.contains(#"<dt>First published</dt><dd><time datetime="2024-08-01">1 August 2024</time>"#))
        #expect(other.contains("<summary>2 changes</summary>"))
    }

    /// Without `former_ids` naming it, a deleted file's history stays its own: a new file at
    /// another path is not taken for it.
    @Test func aFileNotListingTheOldIdStartsAfresh() throws {
        let (site, git) = try Self.repository()
        defer { site.remove() }
        try site.replace("content/cases/other-final-2023.md", "former_ids: [other-2023]\n", with: "")
        try git.commitAll("Forget the old id", on: "2024-10-01")
        #expect(site.build().exitStatus == 0)
        let other = try site.read("public/cases/other-final-2023/index.html")
        #expect(other.contains(#"<dt>First published</dt><dd><time datetime="2024-09-01">1 September 2024</time>"#))
    }
}
