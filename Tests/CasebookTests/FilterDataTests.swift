import Foundation
import Testing
@testable import CasebookKit

/// `cases/filter-data.js`: the data behind the filters of the cases index.
@Suite struct FilterDataTests {
    /// The JSON inside the script, decoded.
    static func decode(_ script: String) throws -> [String: Any] {
        let prefix = "window.casebookFilterData = ", suffix = ";\n"
        #expect(script.hasPrefix(prefix) && script.hasSuffix(suffix))
        let json = String(script.dropFirst(prefix.count).dropLast(suffix.count))
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func sampleArchiveData() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let data = try Self.decode(try site.read("public/cases/filter-data.js"))
        #expect(data["version"] as? Int == 1 && data["page_size"] as? Int == 100)
        let labels = try #require(data["labels"] as? [String: [[String]]])
        #expect(labels["status"] == [["sentenced", "Sentenced"], ["released", "Released"], ["died-in-custody", "Died in custody"]])
        #expect(labels["region"] == [["atyrau-region", "Atyrau Region"], ["jalal-abad-region", "Jalal-Abad Region"],
                                      ["mangystau-region", "Mangystau Region"], ["zhambyl-region", "Zhambyl Region"]])
        #expect(labels["charge"]?.map(\.[0]) == ["kz-cc-405", "kz-cc1997-164", "kz-cc1997-170", "kz-cc1997-235"])
        #expect(labels["organization"] == [["dvk", "Democratic Choice of Kazakhstan (DVK)"], ["koshe-party", "Koshe Party"]])
        // Ablyazov's life sentence, passed in absentia, counts as the statistics count it.
        #expect(labels["sentence"]?.map(\.[0]) == ["imprisonment", "freedom-limitation", "fine", "community-work", "activity-ban", "life", "confiscation", "in-absentia"])
        #expect(labels["sentence"]?.last == ["in-absentia", "Sentenced in absentia"])
        let cases = try #require(data["cases"] as? [[Any]])
        #expect(cases.count == 6)
        // [id, title, status, region, charges, organizations, year, sentence types], in the order of the index.
        let first = try #require(cases.first)
        #expect(first[0] as? String == "lesova-lepesova-2021")
        #expect(first[1] as? String == "Taraz court sentences Nazira Lesova and Nazira Lepesova")
        #expect(first[2] as? Int == 0 && first[3] as? Int == 3 && first[4] as? [Int] == [0])
        #expect(first[5] as? [Int] == [1, 0] && first[6] as? Int == 2021 && first[7] as? [Int] == [1, 4, 3])
        // Qambarova's freedom limitation and her two bans on activity, counted once; her case begins in 2020.
        #expect(cases[1][7] as? [Int] == [1, 4] && cases[1][6] as? Int == 2020)
        // The Atyrau case: no charge or organization recorded, begun in 2016.
        #expect(cases[2][0] as? String == "bokayev-ayan-2016" && cases[2][2] as? Int == 1 && cases[2][3] as? Int == 0)
        #expect(cases[2][4] as? [Int] == [] && cases[2][6] as? Int == 2016 && cases[2][7] as? [Int] == [0, 4, 2])
        // Askarov's case: died in custody, in the Jalal-Abad Region, from 2010; the sentence in
        // force is the retrial's life imprisonment (the first instance's confiscation is not repeated);
        // Kozlov's: three articles of the Criminal Code of 1997.
        #expect(cases[3][0] as? String == "askarov-2010" && cases[3][2] as? Int == 2 && cases[3][3] as? Int == 1)
        #expect(cases[3][6] as? Int == 2010 && cases[3][7] as? [Int] == [5])
        #expect(cases[4][0] as? String == "ablyazov-2018" && cases[4][7] as? [Int] == [7])
        #expect(cases[5][0] as? String == "kozlov-2012" && cases[5][4] as? [Int] == [1, 2, 3] && cases[5][6] as? Int == 2012)
        // The cases index loads the script that reads it, and only the cases index does.
        #expect(try site.read("public/cases/index.html").contains("<script src=\"../assets/filters.js\" defer></script>"))
        #expect(try !site.read("public/index.html").contains("filters.js"))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("assets/filters.js").path))
    }

    @Test func hostileTitlesStayInsideTheirStrings() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let title = #"Quote " backslash \ </script> line\u2028sep"#
        try site.replace("content/cases/qambarova-2021.md", "title: Taraz court sentences Zhazira Qambarova",
                         with: "title: \"Quote \\\" backslash \\\\ </script> line\\u2028sep\"")
        try site.replace("content/cases/qambarova-2021.md", "region: Zhambyl Region", with: "region: ''")
        #expect(site.build().succeeded)
        let script = try site.read("public/cases/filter-data.js")
        #expect(script.contains(#""Quote \" backslash \\ </script> line\u2028sep""#))
        #expect(!script.contains("\u{2028}"))
        let cases = try #require(Self.decode(script)["cases"] as? [[Any]])
        let entry = try #require(cases.first { $0[0] as? String == "qambarova-2021" })
        #expect(entry[1] as? String == title.replacingOccurrences(of: #"\u2028"#, with: "\u{2028}"))
        #expect(entry[3] as? Int == -1)
    }

    /// A disputed status showed in the filters' results as the bare label, a fact, while
    /// every other list of cases says "Sentenced (disputed)".
    @Test func aStatusWithACertaintyIsWordedWithIt() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced\n", with: "status: sentenced\nstatus_certainty: disputed\n")
        #expect(site.build().succeeded)
        let cases = try #require(Self.decode(try site.read("public/cases/filter-data.js"))["cases"] as? [[Any]])
        let disputed = try #require(cases.first { $0[0] as? String == "qambarova-2021" })
        #expect(disputed.count == 9 && disputed[8] as? String == "Sentenced (disputed)")
        // A case without a certainty keeps the row it always had.
        #expect(cases.filter { $0[0] as? String != "qambarova-2021" }.allSatisfy { $0.count == 8 })
        #expect(try site.read("public/cases/index.html").contains("Sentenced (disputed)"))
        // The script shows it in place of the label.
        #expect(try site.read("public/assets/filters.js").contains("item.statusText || labels.status[item.status]"))
    }

    @Test func filterDataIsDeterministic() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let (content, _) = Builder.parse(ContentLoader.load(contentDirectory: site.content, displayName: "content"), displayName: "content")
        let runs = (0..<3).map { _ in FilterData(archive: Linker.link(content, includeDrafts: false).0).text() }
        #expect(Set(runs).count == 1)
        #expect(runs[0].utf8.count > 500)
    }
}
