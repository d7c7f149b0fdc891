import Foundation
import Testing
@testable import CasebookKit

/// The open data of custody: `data/custody.csv`, people.csv's `held_now` and cases.json's
/// `custody` and `held_now`, counted as of the build's day, and only where the archive
/// records custody (`CustodyFixture`, built with `--as-of 2024-01-01`).
@Suite struct CustodyDataTests {
    /// A CSV file's lines, without the byte order mark and CRLF.
    static func lines(_ site: SiteFixture, _ path: String) throws -> [String] {
        let bytes = try Data(contentsOf: site.root.appendingPathComponent(path))
        #expect(bytes.prefix(3) == Data(CSVTable.byteOrderMark))
        return String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").dropLast()
    }

    @Test func custodyCSVExactLines() throws {
        let fixture = try CustodyFixture()
        defer { fixture.remove() }
        let result = fixture.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error })")
        #expect(try Self.lines(fixture.site, "public/data/custody.csv") == [
            "person,case,kind,from,to,place,days,held,current",
            "aset-held,custody-2023,detention,2023-01-10,2023-01-12,,3,true,false",
            #"aset-held,custody-2023,pretrial-detention,2023-01-13,,"Pre-trial detention centre No. 1, Taraz",354,true,true"#,
            "bota-held,custody-2023,house-arrest,2023-06,,,215,true,true",
            "dana-freed,custody-2023,detention,2022-03-01,2022-03-10,,10,true,false",
            "dana-freed,custody-2023,pretrial-detention,2022-03-11,2022-12-31,,296,true,false",
            "erlan-ban,custody-2023,travel-ban,2023-02-01,,,335,false,true",
            "fara-later,custody-2023,pretrial-detention,2024-05-01,,,0,true,false",
        ])
        // The sample's Nazira Lesova and Nazira Lepesova give their gender: its column comes after.
        let people = try #require(OutputReading.csvRows(try fixture.site.data("data/people.csv")))
        #expect(people.header.suffix(4) == ["defendant", "organization_links", "held_now", "gender"])
        #expect(people.rows.filter { $0["held_now"] == "true" }.map { $0["id"] } == ["aset-held", "bota-held"])
        #expect(people.rows.allSatisfy { $0["held_now"] == "true" || $0["held_now"] == "false" })
    }

    @Test func casesJSONExactPeople() throws {
        let fixture = try CustodyFixture()
        defer { fixture.remove() }
        _ = fixture.build()
        let json = try fixture.site.read("public/data/cases.json")
        // The sample's Ablyazov has decisions, so every person's decision keys come before held_now.
        #expect(json.contains("\n  \"as_of\": \"2024-01-01\",\n  \"vocabularies\": {\n"))
        #expect(json.contains(#""custody_kinds": {"detention":"police custody","pretrial-detention":"pre-trial detention","house-arrest":"house arrest","prison":"prison","psychiatric":"psychiatric hospital","freedom-limitation":"freedom limitation","travel-ban":"travel ban"}"#))
        #expect(json.contains(#""held_now":true,"custody":[{"from":"2023-01-10","to":"2023-01-12","kind":"detention","kind_label":"police custody","held":true,"place":null,"days":3,"current":false},{"from":"2023-01-13","to":null,"kind":"pretrial-detention","kind_label":"pre-trial detention","held":true,"place":"Pre-trial detention centre No. 1, Taraz","days":354,"current":true}]}"#))
        #expect(json.contains(#""held_now":false,"custody":[{"from":"2023-02-01","to":null,"kind":"travel-ban","kind_label":"travel ban","held":false,"place":null,"days":335,"current":true}]}"#))
        // The people of the sample's cases without custody (the Taraz defendants and Mukhtar
        // Ablyazov, sentenced in absentia): never held, no periods in them.
        #expect(json.components(separatedBy: #""held_now":false,"custody":[]"#).count - 1 == 4)
    }

    /// The data page lists custody.csv, its columns and the day it is counted at.
    @Test func dataPageDescribesCustody() throws {
        let fixture = try CustodyFixture()
        defer { fixture.remove() }
        _ = fixture.build()
        let page = try fixture.site.read("public/data/index.html")
        #expect(page.contains(#"<a href="../data/custody.csv">custody.csv</a>"#) || page.contains(#">custody.csv</a>"#))
        #expect(page.contains("Days, held now and current are counted as of 1 January 2024."))
        #expect(page.contains(#"Custody is counted as of <time datetime="2024-01-01">1 January 2024</time>"#))
        for column in ["person", "case", "kind", "from", "to", "place", "days", "held", "current", "held_now", "people.custody", "as_of"] {
            #expect(page.contains("<dt><code>\(column)</code></dt>"), "\(column)")
        }
        let statistics = try fixture.site.read("public/statistics/index.html")
        #expect(statistics.contains(#"Held now, as of <time datetime="2024-01-01">1 January 2024</time>: <strong>2</strong> people."#))
        let plan = SitePlan(archive: try fixture.archive())
        #expect(plan.data.filter { $0.file == .custodyCSV }.map(\.path) == ["data/custody.csv"])
    }

    /// On a site of several languages, each period's place in the other languages follows
    /// it, as the case's translations give it (empty or null where they do not).
    @Test func placesInTheOtherLanguages() throws {
        let site = try CustodyTranslationTests.site(custody: "      - place: СИЗО № 1\n      -\n")
        defer { site.remove() }
        var options = BuildOptions(content: "content", templates: "templates", output: "public", relativeTo: site.root)
        options.asOf = .date(PartialDate(year: 2021, month: 1, day: 1)!)
        let result = Builder.build(options)
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error })")
        #expect(try Self.lines(site, "public/data/custody.csv") == [
            "person,case,kind,from,to,place,days,held,current,place_ru,place_kk",
            "zhazira-qambarova,qambarova-2021,pretrial-detention,2020-09-01,2020-10-01,Pre-trial detention centre No. 1,31,true,false,СИЗО № 1,",
            "zhazira-qambarova,qambarova-2021,house-arrest,2020-10-01,,Taraz,93,true,true,,",
        ])
        let json = try site.read("public/data/cases.json")
        #expect(json.contains(#""place":"Pre-trial detention centre No. 1","place_ru":"СИЗО № 1","place_kk":null,"days":31"#))
        #expect(json.contains(#""place":"Taraz","place_ru":null,"place_kk":null,"days":93"#))
        let page = try site.read("public/data/index.html")
        #expect(page.contains("<code>place_ru</code>") && page.contains("<code>people.custody.place_kk</code>"))
    }

    /// An archive that records no custody: no custody.csv, no new column or key, no section.
    @Test func archiveWithoutCustodyUnchanged() throws {
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("data/custody.csv").path))
        #expect(try Self.lines(site, "public/data/people.csv")[0].hasSuffix(",defendant,organization_links,gender"))
        let json = try site.read("public/data/cases.json")
        for key in [#""custody""#, #""held_now""#, #""as_of""#, #""custody_kinds""#] { #expect(!json.contains(key), "\(key)") }
        #expect(!(try site.read("public/data/index.html")).contains("custody"))
        #expect(!(try site.read("public/statistics/index.html")).contains("held-heading"))
        #expect(!SitePlan(archive: try StatisticsTests.archive(site)).data.contains { $0.file == .custodyCSV })
    }
}
