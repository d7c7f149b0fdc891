import Foundation
import Testing
@testable import CasebookKit

/// A defendant's sentence in force against their status: `acquitted` with one is an error
/// (the case page read "Status Acquitted … Sentence 5 years of imprisonment", and the
/// statistics and cases.csv counted it), a status before any verdict a warning (the person
/// page read "On trial: 5 years of imprisonment"). The fixture `sentence-against-status`
/// holds the messages.
@Suite struct SentenceStatusTests {
    static func problems(_ people: String, status: String = "trial", site: SiteConfig = SiteConfig()) -> [String] {
        let info = DocumentInfo(kind: .cases, id: "x", path: "content/cases/x.md")
        var reader = FieldReader(file: info.path)
        let text = "---\ntitle: X\nstatus: \(status)\npeople:\n\(people)sources: [{id: s, title: S}]\n---\n"
        _ = ContentParser.parse(text: text, info: info, site: site, reader: &reader)
        return reader.diagnostics.items.map { "\($0.severity) \($0.position.line):\($0.position.column)" }
    }

    static let shorthand = "  - person: a\n    sentence:\n      - {type: imprisonment, years: 5}\n"

    @Test func anAcquittalWithASentenceInForceIsAnError() {
        #expect(Self.problems(Self.shorthand, status: "acquitted") == ["error 7:7"])
        #expect(Self.problems(Self.shorthand + "    status: acquitted\n", status: "sentenced") == ["error 7:7"])
        // A person of their own status in an acquitted case keeps their sentence.
        #expect(Self.problems(Self.shorthand + "    status: serving\n", status: "acquitted").isEmpty)
        // A conviction in decisions that no acquittal follows: at the decision.
        let convicted = "  - person: a\n    status: acquitted\n    decisions:\n"
            + "      - {date: 2022-03-01, kind: first-instance, outcome: convicted, sentence: [{type: imprisonment, years: 2}], sources: [s]}\n"
        #expect(Self.problems(convicted, status: "sentenced") == ["error 8:9"])
        // Written as the decisions form asks, the acquittal last: nothing in force, nothing to say.
        let acquitted = convicted + "      - {date: 2022-05-01, kind: appeal, outcome: acquitted, sources: [s]}\n"
        #expect(Self.problems(acquitted, status: "sentenced").isEmpty)
    }

    @Test func aSentenceBeforeAnyVerdictIsAWarning() {
        for status in ["investigation", "detained", "trial"] {
            #expect(Self.problems(Self.shorthand, status: status) == ["warning 7:7"], "\(status)")
        }
        for status in ["sentenced", "appeal", "serving", "released", "closed"] {
            #expect(Self.problems(Self.shorthand, status: status).isEmpty, "\(status)")
        }
    }

    /// Only defendants' status and sentence are counted; only the keys site.yml keeps mean what the check reads.
    @Test func otherRolesAndOtherVocabulariesAreLeftAlone() {
        #expect(Self.problems("  - person: a\n    role: witness\n    sentence:\n      - {type: fine, amount: 100}\n", status: "acquitted").isEmpty)
        var site = SiteConfig()
        site.statuses = Vocabulary(name: "statuses", entries: [("open", "Open"), ("trial", "Trial"), ("done", "Done")])
        #expect(Self.problems(Self.shorthand, status: "done", site: site).isEmpty)
        #expect(Self.problems(Self.shorthand, status: "trial", site: site) == ["warning 7:7"])
    }

    /// The tester's archive: acquitted with the shorthand built clean; now the build stops, and the site stays as it was.
    @Test func theBuildStops() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let before = SiteFixture.snapshot(site.output)
        try site.replace("content/cases/lesova-lepesova-2021.md", "status: sentenced\n", with: "status: acquitted\n")
        let result = site.build()
        #expect(result.exitStatus == 1)
        #expect(result.diagnostics.filter { $0.severity == .error }.map { "\($0.file):\($0.position.line)" }
                == ["content/cases/lesova-lepesova-2021.md:10", "content/cases/lesova-lepesova-2021.md:15"])
        #expect(SiteFixture.snapshot(site.output) == before)
    }
}
