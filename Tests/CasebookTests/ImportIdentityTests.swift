import Foundation
import Testing
@testable import CasebookKit

/// Who a row names: a name written surname first is the file's only loosely (an error
/// naming the file, never a second person).
@Suite struct ImportIdentityTests {
    typealias Matching = ImportMatchingTests

    static func column(_ name: String) -> Int { Matching.column(name) }

    @Test func aNameWithItsWordsInAnotherOrderIsReportedNotMadeASecondPerson() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        // The sample's nazira-lesova: 'Nazira Lesova', alias 'Назира Лесова'.
        let outcome = try Matching.run(site, [
            ["case_title": "Case A", "person_name": "Лесова Назира"],
            ["case_title": "Case B", "person_name": "LESOVA Nazira"],
        ])
        let p = Self.column("person_name")
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:\(p): error: 'Лесова Назира' is not the name of people/nazira-lesova.md ('Nazira Lesova'), only its words in another order: if it is the same person, write 'nazira-lesova' in person_id; if another, write a new id in person_id (like 'lesova-nazira'), or change the name",
            "sheet.csv:3:\(p): error: 'LESOVA Nazira' is not the name of people/nazira-lesova.md ('Nazira Lesova'), only its words in another order: if it is the same person, write 'nazira-lesova' in person_id; if another, write a new id in person_id (like 'lesova-nazira'), or change the name",
        ])
        #expect(outcome.files.isEmpty)
        // What the message says to do works either way.
        let settled = try Matching.run(site, [
            ["case_title": "Case A", "person_name": "Лесова Назира", "person_id": "nazira-lesova"],
            ["case_title": "Case B", "person_name": "Lesova Nazira", "person_id": "lesova-nazira"],
        ])
        #expect(settled.diagnostics.isEmpty, "\(settled.diagnostics)")
        #expect(settled.files.map(\.path).filter { !$0.contains("/organizations/") }
                == ["content/people/lesova-nazira.md", "content/cases/case-a.md", "content/cases/case-b.md"])
        #expect(settled.files.first { $0.path.hasSuffix("/case-a.md") }?.text.contains("  - person: nazira-lesova\n") == true)
    }

    @Test func wordOrderIsLooseAndEveryLetterStillCounts() {
        var names = ImportNames()
        names.add("Nazira Lesova", for: "nazira-lesova")
        #expect(names.match("Nazira Lesova") == .one("nazira-lesova"))
        #expect(names.match("Lesova Nazira") == .loose(["nazira-lesova"]))
        #expect(names.match("Лесова, Назира") == .loose(["nazira-lesova"]))
        #expect(names.reordered("Лесова Назира", of: "nazira-lesova"))
        #expect(!names.reordered("Nazira Lessova", of: "nazira-lesova"))
        #expect(names.match("Lesova Nazima") == .none)
    }
}
