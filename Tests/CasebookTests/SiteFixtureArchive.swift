import Foundation
@testable import CasebookKit

extension SiteFixture {
    /// The fixture's content parsed and linked, with every problem found on the way.
    func linked() -> (archive: Archive, problems: [Diagnostic]) {
        let loaded = ContentLoader.load(contentDirectory: content, displayName: "content")
        let (parsed, problems) = Builder.parse(loaded, displayName: "content")
        let (archive, linkProblems) = Linker.link(parsed, includeDrafts: false)
        return (archive, problems + linkProblems)
    }
}
