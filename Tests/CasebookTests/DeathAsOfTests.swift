import Foundation
import Testing
@testable import CasebookKit

/// A death is given as of the build's day, like everything else counted at it: a build
/// `--as-of` a day before the sample's Azimjan Askarov died (25 July 2020, in custody) showed
/// him held now on /held/ and in people.csv, while his page said he had died and the
/// statistics counted him among the deaths in custody.
@Suite struct DeathAsOfTests {
    static func build(_ site: SiteFixture, asOf: String) throws -> BuildResult {
        var options = BuildOptions(content: "content", templates: "templates", output: "public", relativeTo: site.root)
        options.asOf = .date(try PartialDate.parse(asOf).get())
        return Builder.build(options)
    }

    /// people.csv's row of a person, by column name.
    static func row(_ site: SiteFixture, _ id: String) throws -> [String: String] {
        let table = try #require(OutputReading.csvRows(try site.data("data/people.csv")))
        return try #require(table.rows.first { $0["id"] == id })
    }

    @Test func beforeTheDeathNothingSaysItAndTheDayItCameEverythingDoes() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var result = try Self.build(site, asOf: "2020-07-24")
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error })")
        #expect(!(try site.read("public/people/azimjan-askarov/index.html")).contains(#"class="died"#))
        #expect(!(try site.read("public/statistics/index.html")).contains("died in custody."))
        #expect(try site.read("public/held/index.html").contains("azimjan-askarov"))
        var row = try Self.row(site, "azimjan-askarov")
        #expect(row["held_now"] == "true" && row["died"] == "" && row["died_in_custody"] == "")

        result = try Self.build(site, asOf: "2020-07-25")
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error })")
        #expect(try site.read("public/people/azimjan-askarov/index.html").contains(##"Died in custody on <time datetime="2020-07-25">25 July 2020</time>"##))
        #expect(try site.read("public/statistics/index.html").contains(##"<p class="died-in-custody">1 person died in custody.</p>"##))
        #expect(!(try site.read("public/held/index.html")).contains("azimjan-askarov"))
        row = try Self.row(site, "azimjan-askarov")
        #expect(row["held_now"] == "false" && row["died"] == "2020-07-25" && row["died_in_custody"] == "true")
        #expect(try Self.row(site, "nazira-lesova")["died"] == "")
    }

    /// A death known only to its month is given once the month has ended: a custody period
    /// may run to any day of it, and no one is shown both held now and dead.
    @Test func aDeathKnownToItsMonthCountsFromTheMonthsLastDay() throws {
        let died = Death(date: try PartialDate.parse("2020-07").get(), inCustody: true, sources: [], position: SourcePosition(line: 1, column: 1))
        let info = DocumentInfo(kind: .people, id: "x", path: "content/people/x.md")
        var reader = FieldReader(file: info.path)
        guard case .person(var person)? = ContentParser.parse(text: "---\nname: X\n---\n", info: info, site: SiteConfig(), reader: &reader) else {
            Issue.record("not parsed")
            return
        }
        person.died = died
        #expect(person.died(asOf: AsOf(date: try PartialDate.parse("2020-07-30").get(), source: .option)) == nil)
        #expect(person.died(asOf: AsOf(date: try PartialDate.parse("2020-07-31").get(), source: .option)) == died)
        #expect(person.died(asOf: nil) == died)
    }

    /// The default day (the latest update of any case) before a recorded death hides it, so
    /// that is a warning at `died` that says how to move the day; a day given is not judged.
    @Test func aDeathAfterTheLatestUpdateIsAWarning() throws {
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "\nsources:", with: "\ndied: {date: 2022, sources: [rferl-2021-03-04]}\nsources:")
        let result = site.build()
        #expect(result.exitStatus == 0)
        let warnings = result.diagnostics.filter { $0.severity == .warning && $0.message.hasPrefix("this death") }.map(\.description)
        #expect(warnings == ["content/people/nazira-lesova.md:3:7: warning: this death ('date: 2022') is dated after the day the site is counted at, 2021-03-05 (the last update of content/cases/lesova-lepesova-2021.md:55, the latest of any case, as site.yml gives no 'as_of'), so no page, figure or data file says that 'nazira-lesova' died: check its year; if it is right, set the 'updated' of their case to the day it was checked, or 'as_of: YYYY-MM-DD' in site.yml"])
        #expect(!(try site.read("public/people/nazira-lesova/index.html")).contains(#"class="died"#))
        let given = try Self.build(site, asOf: "2021-03-05")
        #expect(!given.diagnostics.contains { $0.message.hasPrefix("this death") })
    }

    /// A death known only to the year or month the day falls in is not dated after it, only
    /// roughly: the warning says so and asks for the day, not to check the year.
    @Test func aRoughDeathAroundTheLatestUpdateAsksForItsDay() throws {
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "\nsources:", with: "\ndied: {date: 2021-03, sources: [rferl-2021-03-04]}\nsources:")
        let result = site.build()
        #expect(result.exitStatus == 0)
        let warnings = result.diagnostics.filter { $0.severity == .warning && $0.message.hasPrefix("this death") }.map(\.description)
        #expect(warnings == ["content/people/nazira-lesova.md:3:7: warning: this death ('date: 2021-03') is known only to its month, whose last day comes after the day the site is counted at, 2021-03-05 (the last update of content/cases/lesova-lepesova-2021.md:55, the latest of any case, as site.yml gives no 'as_of'), so no page, figure or data file says that 'nazira-lesova' died: give the day of the death if the sources do, or set the 'updated' of their case to the day it was checked, or 'as_of: YYYY-MM-DD' in site.yml"], "\(warnings)")
    }
}
