import Foundation
import Testing
@testable import CasebookKit

/// A generated archive where a part of the people have custody periods
/// (`bench/generate.py --custody-every 3`): the statistics page, custody.csv and people.csv
/// give the same count of people held now, in all and by kind. (400 cases here; the
/// 10,000-case check is run by hand with the release binary, docs/statistics.md.)
@Suite struct GeneratedCustodyTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: GeneratedProtectionTests.python), "needs python3 for bench/generate.py"))
    func countsAgree() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-custody-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try GeneratedProtectionTests.generate(root.path, ["--cases", "400", "--custody-every", "3"]) == 0)
        let result = Builder.build(BuildOptions(content: "content", templates: "templates", output: "public", relativeTo: root))
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error }.prefix(5).map(\.description))")
        let counts = try Self.counts(in: root.appendingPathComponent("public"))
        #expect(counts.page.total > 20, "too few people held now to mean anything")
        #expect(counts.page.total == counts.custodyCSV.total && counts.page.total == counts.peopleCSV)
        #expect(counts.page.byKind == counts.custodyCSV.byKind)
        // The list of people held now and the home page say the same number.
        let public_ = root.appendingPathComponent("public")
        let held = try String(contentsOf: public_.appendingPathComponent("held/index.html"), encoding: .utf8)
        #expect(held.contains("Held now: \(counts.page.total) people as of "))
        let home = try String(contentsOf: public_.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains(">people held now</a> <span class=\"as-of\">as of ") && home.contains("</span></dt><dd>\(counts.page.total)</dd>"))
    }

    /// The held-now counts of a built site: the statistics page's sentence and by-kind table,
    /// custody.csv's rows with held and current true, and people.csv's held_now.
    static func counts(in output: URL) throws -> (page: (total: Int, byKind: [String: Int]),
                                                   custodyCSV: (total: Int, byKind: [String: Int]), peopleCSV: Int) {
        func read(_ path: String) throws -> String { try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }
        let page = try read("statistics/index.html")
        let sentence = try #require(page.range(of: #"Held now, as of <time datetime="[0-9-]+">[^<]+</time>: <strong>([0-9,]+)</strong>"#, options: .regularExpression))
        let total = Int(page[sentence].split(separator: ">").last!.prefix { $0.isNumber || $0 == "," }.filter(\.isNumber)) ?? -1
        // The by-kind table: rows of label and people, between its figure's start and the next.
        let figure = try #require(page.range(of: #"id="figure-held-kind""#))
        let table = page[figure.upperBound...]
        let end = try #require(table.range(of: "</table>")).lowerBound
        var byKindPage: [String: Int] = [:]
        let kinds = SiteConfig.Defaults.custodyKinds(in: ["en"]).vocabulary
        let labels = Dictionary(uniqueKeysWithValues: kinds.keys.map { (Statistics.capitalized(kinds.label($0)), $0) })
        for row in table[..<end].components(separatedBy: "<tr><th scope=\"row\">").dropFirst() {
            let label = row.components(separatedBy: "<bdi>")[1].components(separatedBy: "</bdi>")[0]
            let cell = row.components(separatedBy: "<td>")[1].components(separatedBy: "</td>")[0]
            byKindPage[labels[label] ?? label] = Int(cell)
        }
        var byKindCSV: [String: Int] = [:], heldRows = 0
        var people: Set<String> = []
        for line in try read("data/custody.csv").components(separatedBy: "\r\n").dropFirst().dropLast() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            // person, case, kind, … , days, held, current: a quoted place may hold commas, so read from the end.
            guard cells.suffix(2) == ["true", "true"] else { continue }
            heldRows += 1
            people.insert(String(cells[0]))
            byKindCSV[String(cells[2]), default: 0] += 1
        }
        #expect(people.count == heldRows, "one held and current row per person")
        let peopleCSV = try read("data/people.csv").components(separatedBy: "\r\n").dropFirst().filter { $0.hasSuffix(",true") }.count
        return ((total, byKindPage), (heldRows, byKindCSV), peopleCSV)
    }
}
