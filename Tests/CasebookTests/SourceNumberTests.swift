import Foundation
import Testing
@testable import CasebookKit

/// A source's number is its address (`#source-3`) and what a report cites ("source [3]"):
/// `check --against` tells the editor when a published source would get another number.
@Suite struct SourceNumberTests {
    /// A source inserted first in the sample's Qambarova case, its translations given an
    /// empty entry in its place.
    static func insertFirst(_ site: SiteFixture) throws {
        try site.replace("content/cases/qambarova-2021.md", "\nsources:\n  - id: rferl-2021-03-03\n",
                         with: "\nsources:\n  - title: A source found later\n    url: https://example.org/later\n  - id: rferl-2021-03-03\n")
        for language in ["ru", "kk"] {
            try site.replace("content/cases/qambarova-2021.\(language).md", "\nsources:\n", with: "\nsources:\n  -\n")
        }
    }

    @Test func aSourceInsertedAboveThePublishedOnesIsAWarning() throws {
        let site = try AddressCheckTests.published()
        defer { site.remove() }
        try Self.insertFirst(site)
        let result = AddressCheckTests.check(site)
        #expect(result.diagnostics.map(\.description) == [
            "content/cases/qambarova-2021.md:32:5: warning: this source was number 1 on the published page (cases/qambarova-2021/#source-1) and is number 2 now, as 3 other published sources moved too (2 is 3, 3 is 4, 4 is 5): a link or citation made to a published source's number would lead to another source (#source-1 now leads to the source at line 30); add new sources at the end of 'sources', where they take new numbers (a source removed or the list reordered on purpose changes the numbers once)",
        ], "\(result.diagnostics)")
        #expect(result.exitStatus == 0)
    }

    @Test func aSourceAddedAtTheEndMovesNone() throws {
        let site = try AddressCheckTests.published()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "\nupdated: 2021-03-04\n",
                         with: "\n  - title: A source found later\n    url: https://example.org/later\nupdated: 2021-03-04\n")
        for language in ["ru", "kk"] {
            try site.replace("content/cases/qambarova-2021.\(language).md", "\n  -\n---\n", with: "\n  -\n  -\n---\n")
        }
        let result = AddressCheckTests.check(site)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func movesPairEachPublishedSourceWithItsPlaceNow() {
        let at = SourcePosition(line: 1, column: 1)
        func source(_ id: String?, _ url: String?, _ title: String = "T") -> Source {
            Source(id: id, title: title, publisher: nil, url: url, date: nil, language: nil, archiveURL: nil, position: at)
        }
        let published = [SourceNumberCheck.Published(id: "a", title: "A", url: "https://a"),
                         .init(id: "b", title: "B", url: nil), .init(id: nil, title: "C", url: nil)]
        // Unchanged, and an address corrected in place, move nothing.
        #expect(SourceNumberCheck.moves(published, [source("a", "https://a"), source("b", nil), source(nil, nil, "C")]).isEmpty)
        // The first removed: the others are a number less.
        #expect(SourceNumberCheck.moves(published, [source("b", nil), source(nil, nil, "C")]).map { [$0.old, $0.new] } == [[2, 1], [3, 2]])
    }
}
