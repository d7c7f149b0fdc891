import Foundation
import Testing
@testable import CasebookKit

/// `unnamed_defendants`: defendants the sources count but do not name are counted as persons
/// everywhere persons are counted, the statistics page says they cannot be told apart, and
/// the case page names how many. (Zero: fixture `unnamed-defendants-zero`.)
@Suite struct UnnamedDefendantsTests {
    @Test func unnamedDefendantsAreCountedAndSaid() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let before = try SiteFixture(.sample)
        defer { before.remove() }
        #expect(before.build().succeeded)
        try site.replace("content/cases/qambarova-2021.md", "\ncourt: taraz-court-2", with: "\nunnamed_defendants: 16\ncourt: taraz-court-2")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        // Eight named defendants before; sixteen more now.
        #expect(try before.read("public/index.html").contains("<dd>8</dd>"))
        #expect(try site.read("public/index.html").contains("<dd>24</dd>"))
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains(##"<p class="unnamed-defendants">and 16 unnamed defendants</p>"##))
        #expect(try site.read("public/ru/cases/qambarova-2021/index.html").contains("и ещё 16 обвиняемых, имена которых не названы"))
        // The lists name them after the named ones, as the case page does.
        #expect(try site.read("public/cases/index.html").contains(">Zhazira Qambarova</a> and 16 unnamed defendants</p>"))
        #expect(try site.read("public/ru/cases/index.html").contains("</a> и ещё 16 обвиняемых, имена которых не названы</p>"))
        let statistics = try site.read("public/statistics/index.html")
        #expect(statistics.contains("they cannot be told apart across cases"))
        #expect(!(try before.read("public/statistics/index.html")).contains("cannot be told apart"))
        // The year 2020 holds Qambarova and the sixteen; the cumulative figure ends at 24.
        #expect(statistics.contains("<bdi>2020</bdi></th><td>1</td><td>17</td>"))
        #expect(statistics.contains("<bdi>2021</bdi></th><td>6</td><td>24</td>"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try site.read("public/data/cases.json").utf8)) as? [String: Any])
        #expect((json["counts"] as? [String: Int])?["persons"] == 24)
        // The people list counts its own files: "of whom 24" was more than the whole.
        let people = try site.read("public/people/index.html")
        #expect(people.contains(" in the archive, of whom 8 persons prosecuted."), "\(people)")
        #expect(try site.read("public/data/index.html").contains("<code>unnamed_defendants</code> in <code>cases.json</code>, are added to them."))
    }

    /// A case that names none of its defendants said nothing of them in the lists.
    @Test func aCaseThatNamesNoDefendantSaysHowManyInTheLists() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "\ncourt: taraz-court-2", with: "\nunnamed_defendants: 21\ncourt: taraz-court-2")
        try site.replace("content/cases/qambarova-2021.md", "    role: defendant\n    sentence:\n      - {type: freedom-limitation, years: 2}\n"
                         + "      - {type: activity-ban, years: 5, note: political and social activity in the media or on the internet}\n"
                         + "      - {type: activity-ban, years: 2, note: political activity}\n", with: "    role: witness\n")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(try site.read("public/cases/index.html").contains(##"<p class="case-people">21 unnamed defendants</p>"##))
        #expect(Catalogue.builtIn["ru"]!.count("casefacts.unnamed_only", 21) == "21 обвиняемый, имя которого не названо")
        #expect(Catalogue.builtIn["kk"]!.count("casefacts.unnamed_only", 3) == "аты аталмаған 3 айыпталушы")
    }

    @Test func statisticsCountThemUnderTheCaseStatusChargeAndNoSentence() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "\ncourt: taraz-court-2", with: "\nunnamed_defendants: 3\ncourt: taraz-court-2")
        #expect(site.build().succeeded)
        let archive = site.linked().archive
        let statistics = Statistics(archive: archive, words: .english)
        // The sample's eight named defendants and the three; Ablyazov is sentenced too.
        #expect(statistics.totalPersons == 11 && statistics.hasUnnamed)
        #expect(statistics.statuses.first { $0.label == "Sentenced" }?.persons == 7)
        #expect(statistics.charges.first?.persons == 6)
        #expect(statistics.sentences.first { $0.label == "No sentence recorded" }?.persons == 3)
    }

    /// cases.csv had no column for them: a reader counting persons from it counted 8 where
    /// the site said 24, and an archive imported from its open data lost them.
    @Test func casesCSVGivesThemAndTheImportBringsThemBack() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "\ncourt: taraz-court-2", with: "\nunnamed_defendants: 16\ncourt: taraz-court-2")
        #expect(site.build().succeeded)
        let csv = try site.read("public/data/cases.csv")
        let lines = csv.split(separator: "\r\n").map(String.init)
        // After every other column, before the other languages' columns.
        let header = lines[0].dropFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let column = try #require(header.firstIndex(of: "unnamed_defendants"))
        #expect(header[column + 1] == "case_title_ru" && header[column - 1] == "decision_charges", "\(header)")
        let cell = { (line: String) in line.split(separator: ",", omittingEmptySubsequences: false).count == header.count ? String(line.split(separator: ",", omittingEmptySubsequences: false)[column]) : nil }
        let qambarova = lines.dropFirst().filter { $0.hasPrefix("qambarova-2021,") }
        #expect(!qambarova.isEmpty && qambarova.allSatisfy { cell($0) == "16" })
        #expect(lines.dropFirst().filter { !$0.hasPrefix("qambarova-2021,") }.allSatisfy { cell($0) ?? "" == "" })
        #expect(try site.read("public/data/index.html").contains("<code>unnamed_defendants</code>"))
        // Imported into an archive of the site.yml alone, they build again to the same bytes.
        let empty = try OpenDataImportTests.emptySample()
        defer { empty.remove() }
        for name in ["cases", "people", "organizations", "custody"] {
            try FileManager.default.copyItem(at: site.output.appendingPathComponent("data/\(name).csv"), to: empty.root.appendingPathComponent("\(name).csv"))
        }
        let outcome = SpreadsheetImport.run(["cases.csv", "people.csv", "organizations.csv", "custody.csv"], relativeTo: empty.root, dryRun: false)
        #expect(outcome.succeeded, "\(outcome.diagnostics)")
        #expect(try empty.read("content/cases/qambarova-2021.md").contains("\nunnamed_defendants: 16\n"))
        #expect(empty.build().succeeded)
        #expect(try empty.read("public/data/cases.csv") == csv)
        // A count the file could not hold is an error at its cell.
        for (value, message) in [("0", "'0' is not a whole number from 1 to 1000000000: the defendants the sources count but do not name; leave the cell empty when there are none"),
                                 ("1000000001", "'1000000001' is too large for unnamed_defendants: the largest accepted is 1000000000")] {
            let again = try OpenDataImportTests.emptySample()
            defer { again.remove() }
            let rows = lines.map { line in line.hasPrefix("qambarova-2021,") ? line.replacingOccurrences(of: ",16,", with: ",\(value),") : line }
            try again.write("cases.csv", rows.joined(separator: "\r\n") + "\r\n")
            let bad = SpreadsheetImport.run(["cases.csv"], relativeTo: again.root, dryRun: true)
            #expect(bad.diagnostics.filter { $0.severity == .error }.map(\.message).contains(message), "\(bad.diagnostics)")
        }
    }
}
