import Foundation
import Testing
@testable import CasebookKit

/// `--as-of` on the command line: the day figures are counted at. The same day gives the
/// same bytes; a bad value is a usage error; `today` reads the clock.
@Suite struct AsOfCommandTests {
    static func heldSite() throws -> SiteFixture {
        let site = try SiteFixture(.sample)
        try site.replace("content/cases/qambarova-2021.md", "    role: defendant\n    sentence:",
                         with: "    role: defendant\n    custody:\n      - {from: 2020-09-01, to: 2020-10-01, kind: pretrial-detention}\n      - {from: 2020-10-01, kind: house-arrest}\n    sentence:")
        return site
    }

    @Test func twoBuildsWithTheSameDayAreByteIdentical() throws {
        let site = try Self.heldSite()
        defer { site.remove() }
        let first = try CommandRun.run(["build", "--quiet", "--as-of", "2024-01-01", "--output", "one"], in: site.root)
        let second = try CommandRun.run(["build", "--quiet", "--as-of", "2024-01-01", "--output", "two"], in: site.root)
        #expect(first.status == 0, "\(first.errors)")
        #expect(second.status == 0, "\(second.errors)")
        let one = SiteFixture.snapshot(site.root.appendingPathComponent("one"))
        let two = SiteFixture.snapshot(site.root.appendingPathComponent("two"))
        #expect(!one.isEmpty)
        #expect(one == two)
    }

    @Test(arguments: ["2024-13-01", "yesterday", "01.01.2024", ""])
    func aBadDayIsAUsageError(value: String) throws {
        let site = try Self.heldSite()
        defer { site.remove() }
        let run = try CommandRun.run(["check", "--as-of", value], in: site.root)
        #expect(run.status == 2)
        #expect(run.errors.contains("--as-of needs a date like 2024-01-01 (YYYY, YYYY-MM or YYYY-MM-DD) or 'today', found '\(value)'"), "\(run.errors)")
    }

    @Test func todayReadsTheClock() throws {
        guard case .today? = AsOfChoice.parse("today") else { Issue.record("today not read"); return }
        var options = BuildOptions()
        options.asOf = .today
        let day = try #require(options.resolvedAsOf)
        #expect(day.source == .today)
        #expect(abs(day.dayNumber - Int(Date().timeIntervalSince1970 / 86_400)) <= 1)
        options.asOf = .date(PartialDate(year: 2024, month: 2)!)
        #expect(options.resolvedAsOf == AsOf(date: PartialDate(year: 2024, month: 2, day: 1)!, source: .option))
    }

    @Test func theStaleWarningFollowsTheDay() throws {
        let site = try Self.heldSite()
        defer { site.remove() }
        let early = try CommandRun.run(["check", "--as-of", "2021-05-01"], in: site.root)
        #expect(early.status == 0)
        #expect(!early.output.contains("last confirmed") && !early.errors.contains("last confirmed"))
        let late = try CommandRun.run(["check", "--as-of", "2024-01-01"], in: site.root)
        #expect(late.status == 0)
        #expect((late.output + late.errors).contains("content/cases/qambarova-2021.md:11:9: warning: 'zhazira-qambarova' is shown as held now, but the status was last confirmed 2021-03-04, more than 6 months before 2024-01-01"))
    }
}

/// A custody period's place is published text: the leak check reads it.
@Suite struct CustodyLeakTests {
    @Test func aPlaceNamingAProtectedPersonIsAnErrorAtItsPlace() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "    role: defendant\n    sentence:",
                         with: "    role: defendant\n    custody:\n      - {from: 2020-09-01, kind: house-arrest, place: \"the flat of Nazira Lesova\", sources: [rferl-2021-03-03]}\n    sentence:")
        try site.replace("content/people/nazira-lesova.md", "name: Nazira Lesova\n", with: "name: Nazira Lesova\nprotect: initials\n")
        let messages = site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("content/cases/qambarova-2021.md:10:") && $0.contains("names a protected person by their name") }, "\(messages)")
    }
}
