import Foundation
import Testing
@testable import CasebookKit

/// Whole numbers with a range (`page_size`, `unnamed_defendants`, `stale_after_months`, the
/// import's `source_count`): one past the top is told as too large, with the largest
/// accepted, never as "expected a whole number of 1 or more" (which it is). (Fixtures:
/// `page-size-too-large`, `unnamed-defendants-too-large`.)
@Suite struct WholeNumberTests {
    static func site(_ line: String) -> (SiteConfig, [String]) {
        let (site, diagnostics, _) = SiteParser.parse("title: Site\n\(line)\n", path: "content/site.yml")
        return (site, diagnostics.items.map(\.description))
    }

    @Test func pageSizeTooLargeSaysSo() {
        #expect(Self.site("page_size: 99999999999999999999999").1 == [
            "content/site.yml:2:12: error: '99999999999999999999999' is too large for 'page_size' (items per page): the largest accepted is 9223372036854775807; a page_size larger than any list puts each list on one page",
        ])
        // Every size that built before still does.
        let (largest, problems) = Self.site("page_size: 9223372036854775807")
        #expect(problems.isEmpty && largest.pageSize == Int.max)
        #expect(Self.site("page_size: 0").1 == ["content/site.yml:2:12: error: expected a whole number of 1 or more for 'page_size' (items per page), found '0'"])
        #expect(Self.site("page_size: 2.5").1 == ["content/site.yml:2:12: error: expected a whole number of 1 or more for 'page_size' (items per page), found '2.5'"])
    }

    @Test func staleAfterMonthsPastItsRangeIsTooLarge() {
        #expect(Self.site("stale_after_months: 1201").1 == ["content/site.yml:2:21: error: '1201' is too large for 'stale_after_months' (months): the largest accepted is 1200"])
        #expect(Self.site("stale_after_months: 99999999999999999999999").1.first?.contains("is too large for 'stale_after_months' (months): the largest accepted is 1200") == true)
        #expect(Self.site("stale_after_months: 0.5").1 == ["content/site.yml:2:21: error: expected a whole number from 1 to 1200 for 'stale_after_months' (months), found '0.5'"])
        let (site, problems) = Self.site("stale_after_months: 1200")
        #expect(problems.isEmpty && site.staleAfterMonths == 1200)
    }

    static func unnamed(_ value: String) -> (Int, [String]) {
        var reader = FieldReader(file: "content/cases/x.md")
        var fields = Diagnostics(file: "content/cases/x.md")
        let root = YAMLTree.parse("unnamed_defendants: \(value)\n", firstLine: 2, diagnostics: &fields)
        let mapping = reader.fields(root!, known: ["unnamed_defendants"], what: "a case")!
        return (reader.unnamedDefendants(mapping), reader.diagnostics.items.map(\.description))
    }

    /// Int.max was read, and the sum over the cases crashed `check`.
    @Test func unnamedDefendantsHaveATopThatNoSumOverflows() {
        #expect(Self.unnamed("9223372036854775807") == (0, [
            "content/cases/x.md:2:21: error: '9223372036854775807' is too large for 'unnamed_defendants' (the defendants the sources count but do not name): the largest accepted is 1000000000",
        ]))
        #expect(Self.unnamed("1000000000") == (1_000_000_000, []))
        #expect(Self.unnamed("0") == (0, [
            "content/cases/x.md:2:21: error: expected a whole number from 1 to 1000000000 for 'unnamed_defendants' (the defendants the sources count but do not name), found '0'; leave the key out when there are none",
        ]))
    }

    @Test func importedSourceCountTooLargeSaysSo() {
        #expect(OpenDataImport.sourceCountProblem("99999999999999999999") == "'99999999999999999999' is too large for source_count: the largest accepted is 100000")
        #expect(OpenDataImport.sourceCountProblem("100001") == "'100001' is too large for source_count: the largest accepted is 100000")
        #expect(OpenDataImport.sourceCountProblem("-5") == "'-5' is not a whole number of 0 or more")
        #expect(OpenDataImport.sourceCountProblem("3") == nil && OpenDataImport.sourceCountProblem("100000") == nil)
    }
}
