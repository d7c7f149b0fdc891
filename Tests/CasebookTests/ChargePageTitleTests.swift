import Foundation
import Testing
@testable import CasebookKit

/// A charge page names the charge's law in its heading and title, worded as the case page
/// shows a charge, so two laws' charges with one label ("Mass riots") are told apart.
@Suite struct ChargePageTitleTests {
    static let charges = """
        charges:
          kz-cc-272:
            label: Mass riots
            law: Criminal Code of Kazakhstan, Article 272
          ru-cc-212:
            label: Mass riots
            law: Criminal Code of Russia, Article 212
          no-law:
            label: Unnamed offence
        """

    static func site() throws -> SiteFixture {
        let site = try SiteFixture()
        try site.replace("content/site.yml", "charges:", with: charges)
        for (n, charge) in ["kz-cc-272", "ru-cc-212", "no-law"].enumerated() {
            try site.write("content/cases/riots-\(n).md", """
                ---
                title: Riots case \(n)
                status: trial
                people: [nazira-lesova]
                charges: [\(charge)]
                sources:
                  - {id: s, title: A report, url: 'https://example.org/\(n)'}
                ---
                Body.
                """)
        }
        return site
    }

    @Test func chargesWithOneLabelGetTitlesNamingTheirLaws() throws {
        let site = try Self.site()
        defer { site.remove() }
        let result = site.build()
        #expect(result.succeeded, "\(result.errors)")
        let kazakh = try site.read("public/charges/kz-cc-272/index.html")
        let russian = try site.read("public/charges/ru-cc-212/index.html")
        let titled = { (html: String) in html.firstMatch(of: #/<title>([^<]*)</title>/#).map { String($0.1) } }
        let heading = { (html: String) in html.firstMatch(of: #/<h1[^>]*>(.*)</h1>/#).map { String($0.1) } }
        #expect(titled(kazakh)?.contains("Mass riots (Criminal Code of Kazakhstan, Article 272)") == true, "\(titled(kazakh) ?? "")")
        #expect(titled(russian)?.contains("Mass riots (Criminal Code of Russia, Article 212)") == true, "\(titled(russian) ?? "")")
        #expect(heading(kazakh) == #"Mass riots <span class="law">(<bdi>Criminal Code of Kazakhstan, Article 272</bdi>)</span>"#)
        #expect(heading(russian) == #"Mass riots <span class="law">(<bdi>Criminal Code of Russia, Article 212</bdi>)</span>"#)
        // The case page shows the charge in the same words.
        let casePage = try site.read("public/cases/riots-0/index.html")
        #expect(casePage.contains(#">Mass riots</a> <span class="law">(<bdi>Criminal Code of Kazakhstan, Article 272</bdi>)</span>"#))
        // A charge without a law keeps its label alone.
        let bare = try site.read("public/charges/no-law/index.html")
        #expect(titled(bare)?.hasPrefix("Unnamed offence ·") == true, "\(titled(bare) ?? "")")
        #expect(heading(bare) == "Unnamed offence")
    }

    @Test func theTitleWordingIsTheValuesLabelAndDetail() {
        let value = Facet.Value(key: "kz-cc-272", label: "Mass riots", detail: "Criminal Code of Kazakhstan, Article 272", caseIDs: [])
        #expect(value.title == "Mass riots (Criminal Code of Kazakhstan, Article 272)")
        #expect(Facet.Value(key: "x", label: "X", detail: nil, caseIDs: []).title == "X")
    }
}
