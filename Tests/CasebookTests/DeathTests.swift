import Foundation
import Testing
@testable import CasebookKit

/// A person's `died`: shown on their page with its sources, counted on the statistics page
/// when in custody, and never left held after it. (Without a date: fixture `died-without-date`.)
@Suite struct DeathTests {
    /// The sample's Azimjan Askarov died in custody in 2020.
    @Test func theSampleSaysAskarovDiedInCustody() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(try site.read("public/people/azimjan-askarov/index.html").contains(##"Died in custody on <time datetime="2020-07-25">25 July 2020</time>"##))
        #expect(try site.read("public/statistics/index.html").contains(##"<p class="died-in-custody">1 person died in custody.</p>"##))
    }

    /// A defendant's own status of a death in custody with no `died` in their file was said
    /// nowhere (the case's status: fixture `status-died-in-custody-without-died`).
    @Test func theStatusOfADeathInCustodyWithoutDiedIsAWarningAtTheStatus() throws {
        let site = try SiteFixture(.sample, withCustody: false)
        defer { site.remove() }
        try site.replace("content/cases/ablyazov-2018.md", "\n    role: defendant\n", with: "\n    role: defendant\n    status: died-in-custody\n")
        let result = site.build()
        #expect(result.exitStatus == 0)
        #expect(result.diagnostics.filter { $0.severity == .warning && $0.file.hasPrefix("content/cases/") }.map(\.description) == [
            "content/cases/ablyazov-2018.md:11:13: warning: this person's status, 'died-in-custody', says they died in custody, but people/mukhtar-ablyazov.md gives no 'died', "
                + "so their page, the statistics' deaths in custody and people.csv do not say it: add 'died: {date: YYYY-MM-DD, in_custody: true, sources: [id]}' to people/mukhtar-ablyazov.md",
        ])
    }

    @Test func aDeathInCustodyIsShownAndCounted() throws {
        // Without the sample's Askarov, who died in custody too.
        let site = try SiteFixture(.sample, withCustody: false)
        defer { site.remove() }
        #expect(!(try site.read("content/people/nazira-lesova.md")).contains("died"))
        try site.replace("content/people/nazira-lesova.md", "\nsources:",
                         with: "\ndied: {date: 2020-07-25, in_custody: true, sources: [rferl-2021-03-04]}\nsources:")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(try site.read("public/people/nazira-lesova/index.html").contains(
            ##"<p class="died died-in-custody">Died in custody on <time datetime="2020-07-25">25 July 2020</time> <a href="#source-1">[1]</a></p>"##))
        #expect(try site.read("public/ru/people/nazira-lesova/index.html").contains("Смерть под стражей: <time"))
        #expect(try site.read("public/kk/people/nazira-lesova/index.html").contains("Қамауда қайтыс болған күні: <time"))
        #expect(try site.read("public/statistics/index.html").contains(##"<p class="died-in-custody">1 person died in custody.</p>"##))
    }

    @Test func aDeathOutsideCustodyIsWordedSoAndNotCounted() throws {
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        // 2020: the year has ended by the as-of day (the latest update, 2021-03-05; `DeathAsOfTests`).
        try site.replace("content/people/nazira-lesova.md", "\nsources:", with: "\ndied: {date: 2020}\nsources:")
        let result = site.build()
        #expect(result.diagnostics.map(\.message).contains(
            "this death cites no source; add 'sources: [id]' naming a source of this file that reports it"))
        #expect(try site.read("public/people/nazira-lesova/index.html").contains(##"<p class="died">Died in <time datetime="2020">2020</time></p>"##))
        #expect(!(try site.read("public/statistics/index.html")).contains(##"<p class="died-in-custody">"##))
    }

    /// `in_custody` left out (its default is false) for a person whose prison period ran to the
    /// day of death: the page said "Died on …" and the statistics counted no death in custody,
    /// beside the status "Died in custody", with no word.
    @Test func aDeathNotInCustodyThatAHeldPeriodRunsUpToIsAWarning() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/people/azimjan-askarov.md", "died: {date: 2020-07-25, in_custody: true,", with: "died: {date: 2020-07-25,")
        let result = site.build()
        #expect(result.diagnostics.map(\.description) == [
            "content/people/azimjan-askarov.md:36:7: warning: 'azimjan-askarov' died on 2020-07-25, and a custody period held them up to that day (from 2017-01-24 to 2020-07-25, content/cases/askarov-2010.md:33), but 'died' does not say 'in_custody: true', so their page says 'Died on …' and the statistics and people.csv do not count a death in custody: write 'in_custody: true'; if they died after they were freed, give the period the day it ended",
        ])
        // Ended before the death: died after release, nothing to say.
        try site.replace("content/cases/askarov-2010.md", "{from: 2017-01-24, to: 2020-07-25,", with: "{from: 2017-01-24, to: 2020-07-20,")
        #expect(site.build().diagnostics.filter { $0.message.contains("does not say 'in_custody: true'") }.isEmpty)
    }

    @Test func aCustodyPeriodPastTheDeathIsAnErrorThatGivesTheEnd() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/people/max-bokayev.md", "\nsources:",
                         with: "\ndied: {date: 2020-07-25, in_custody: true, sources: [hrw-2016-11-29]}\nsources:")
        let messages = site.build().diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(messages == ["this custody period ends on 2021-02-04, after 'max-bokayev' died on 2020-07-25: end it on or before 2020-07-25 ('to: 2020-07-25')"])
    }

    @Test func anOpenPeriodOfSomeoneWhoDiedAsksForTheDeathDay() throws {
        let death = Death(date: try PartialDate.parse("2020-07-25").get(), inCustody: true, sources: [], position: SourcePosition(line: 1, column: 1))
        func period(_ from: String, _ to: String?) throws -> CustodyPeriod {
            CustodyPeriod(from: try PartialDate.parse(from).get(), to: try to.map { try PartialDate.parse($0).get() },
                          kind: "prison", place: nil, sources: [], position: SourcePosition(line: 1, column: 1))
        }
        #expect(DeathCheck.problem(try period("2019-01-01", nil), death: death, personID: "x")
                == "this custody period has no end, but 'x' died on 2020-07-25: give the period 'to: 2020-07-25'")
        #expect(DeathCheck.problem(try period("2019-01-01", "2020-07-25"), death: death, personID: "x") == nil)
        #expect(DeathCheck.problem(try period("2020-08", "2020-09"), death: death, personID: "x")
                == "this custody period starts on 2020-08, after 'x' died on 2020-07-25: correct the dates, or the person's 'died'")
    }

    /// A custody date is one plain date, so a rough day of death is suggested as one.
    @Test(arguments: [("2020-07~", "2020-07"), ("2019/2020", "2020"), ("2018?", "2018")])
    func aRoughDeathSuggestsAPlainEnd(_ died: String, _ suggested: String) throws {
        let death = Death(date: try PartialDate.parse(died).get(), inCustody: true, sources: [], position: SourcePosition(line: 1, column: 1))
        let period = CustodyPeriod(from: try PartialDate.parse("2017-01-01").get(), to: nil, kind: "prison", place: nil, sources: [],
                                   position: SourcePosition(line: 1, column: 1))
        #expect(DeathCheck.problem(period, death: death, personID: "x")
                == "this custody period has no end, but 'x' died on \(died): give the period 'to: \(suggested)'")
    }

    @Test func aDeathInAMonthOrAboutADateSaysIn() throws {
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "\nsources:", with: "\ndied: {date: 2020-07~, sources: [rferl-2021-03-04]}\nsources:")
        #expect(site.build().exitStatus == 0)
        let html = try site.read("public/people/nazira-lesova/index.html")
        #expect(html.contains(##"<p class="died">Died in <time"##) && html.contains("<time datetime=\"2020-07\">about July 2020</time>"))
    }

    /// A defendant who died before the verdict, under the case's status that describes the
    /// co-defendants ("Sentenced", "On trial"), was shown and counted under it for the dead.
    @Test func aStatusThatSaysTheDeadAreOnTrialIsAWarning() throws {
        func message(caseStatus: String, own: String? = nil, decisions: String = "", inCustody: Bool = true) throws -> String? {
            let text = "---\ntitle: A case\nstatus: \(caseStatus)\npeople:\n  - person: zhanna\n" + (own.map { "    status: \($0)\n" } ?? "")
                + decisions + "  - kairat\nsources:\n  - {id: s, title: S, url: https://example.org/}\n---\n"
            let info = DocumentInfo(kind: .cases, id: "a-case", path: "content/cases/a-case.md")
            var reader = FieldReader(file: info.path)
            guard case .caseRecord(let record)? = ContentParser.parse(text: text, info: info, site: SiteConfig(), reader: &reader) else { return "not parsed" }
            let death = Death(date: try PartialDate.parse("2022-11-03").get(), inCustody: inCustody, sources: [], position: SourcePosition(line: 3, column: 7))
            return DeathCheck.statusAfterDeath(record.people[0], in: record, death: death, site: SiteConfig())
        }
        #expect(try message(caseStatus: "sentenced") == "'zhanna' died on 2022-11-03, but the case's status, 'sentenced', which the pages and the statistics give for them too, says they were sentenced, and no conviction of theirs is recorded: give this person a 'status' of their own")
        #expect(try message(caseStatus: "trial", inCustody: false) == "'zhanna' died on 2022-11-03, but the case's status, 'trial', which the pages and the statistics give for them too, says the case goes on against them: give this person a 'status' of their own, like 'closed'")
        #expect(try message(caseStatus: "trial", own: "serving") == "'zhanna' died on 2022-11-03, but their status, 'serving', says the case goes on against them: update it")
        // Convicted before the death; closed; a posthumous trial the editor chose to record.
        #expect(try message(caseStatus: "sentenced", decisions: "    decisions:\n      - {date: 2022-06-01, kind: first-instance, outcome: convicted, sources: [s]}\n") == nil)
        #expect(try message(caseStatus: "closed") == nil)
        #expect(try message(caseStatus: "serving", own: "trial") == nil)
    }
}
