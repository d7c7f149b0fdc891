import Foundation
import Testing
@testable import CasebookKit

/// A person published under their name whose `born` makes them a child when a case of theirs
/// began is a warning at `born` (`MinorCheck`): the tester's archive published a 12-year-old's
/// full name, birth date, JSON-LD `birthDate` and people.csv row. The sample's
/// lesova-lepesova-2021 begins on 2021-03-03 (its earliest event).
@Suite(.hangGuard) struct MinorCheckTests {
    static let lepesova = "content/people/nazira-lepesova.md"

    static func warnings(born: String, in site: SiteFixture) throws -> [String] {
        try site.replace(lepesova, "\nregion: Zhambyl Region\n", with: "\nborn: \(born)\nregion: Zhambyl Region\n")
        defer { try? site.replace(lepesova, "\nborn: \(born)\n", with: "\n") }
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        return result.diagnostics.filter { $0.severity == .warning }.map(\.description).filter { $0.contains("makes this person") }
    }

    static func message(_ born: String, _ age: String, on date: String = "2021-03-03",
                        when: String = "when the prosecution in content/cases/lesova-lepesova-2021.md began") -> String {
        "content/people/nazira-lepesova.md:17:7: warning: 'born: \(born)' makes this person \(age) on \(date) (\(when)), a minor, whose name and date of birth "
            + "are published: a child's identity should never be; add 'minor: true' (and remove 'born', which a minor may not have), or correct 'born'"
    }

    @Test func aChildPublishedUnderTheirNameIsAWarning() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace(Self.lepesova, "\nregion: Zhambyl Region\n", with: "\nborn: 2009-06-01\nregion: Zhambyl Region\n")
        let result = site.build()
        #expect(result.exitStatus == 0)
        #expect(result.diagnostics.map(\.description) == [Self.message("2009-06-01", "11")])
    }

    /// A partial date counts only when every day it stands for makes the person a child.
    @Test func partialDatesCountOnlyWhenCertain() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(try Self.warnings(born: "2003-06", in: site) == [Self.message("2003-06", "under 18")])
        #expect(try Self.warnings(born: "2003-03-03", in: site).isEmpty, "18 that day")
        #expect(try Self.warnings(born: "2003-03-04", in: site) == [Self.message("2003-03-04", "17")])
        #expect(try Self.warnings(born: "2003", in: site).isEmpty, "18 from 2021-01-01 if born on 1 January")
        #expect(try Self.warnings(born: "1980", in: site).isEmpty)
        #expect(try Self.warnings(born: "2022-01-01", in: site).isEmpty, "born after the case: another mistake")
    }

    /// An offence committed as a child counts, even when the prosecution began later.
    @Test func theOffenceDateCountsWhenEarlier() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/lesova-lepesova-2021.md", "\nstatus:", with: "\noffence_date: 2018-05-01\nstatus:")
        #expect(try Self.warnings(born: "2001-01-01", in: site) == [
            Self.message("2001-01-01", "17", on: "2018-05-01", when: "the offence date of content/cases/lesova-lepesova-2021.md")])
    }

    /// Someone protected has no birth date on the site, and a minor's `born` is an error of its own.
    @Test func protectedPeopleAndMinorsAreNotToldAgain() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        for protection in ["minor: true", "protect: initials"] {
            try site.replace(Self.lepesova, "name: Nazira Lepesova\n", with: "name: Nazira Lepesova\n\(protection)\n")
            try site.replace(Self.lepesova, "\nregion: Zhambyl Region\n", with: "\nborn: 2009-06-01\nregion: Zhambyl Region\n")
            let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
            try site.replace(Self.lepesova, "\nborn: 2009-06-01\n", with: "\n")
            let messages = result.diagnostics.map(\.description)
            #expect(result.exitStatus == 1 && !messages.contains { $0.contains("makes this person") }, "\(protection): \(messages)")
            try site.replace(Self.lepesova, "\n\(protection)\n", with: "\n")
        }
    }
}
