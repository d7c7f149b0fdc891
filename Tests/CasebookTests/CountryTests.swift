import Foundation
import Testing
@testable import CasebookKit

/// Countries: the ISO 3166-1 table and its CLDR names, a person's `citizenship`, a case's
/// `country`, and the countries facet and statistics, made only when the cases name more
/// than one country. (Mistakes: fixtures `country-code-unknown`, `charge-other-country`.)
@Suite struct CountryTests {
    @Test func theTableHoldsTheCodesOfISO3166WithANameInEachLanguage() {
        #expect(Country.codes.count == 249)
        #expect(Set(Country.names.keys) == Country.codes)
        #expect(Country.names.values.allSatisfy { $0.count == 3 && $0.allSatisfy { !$0.isEmpty } })
        #expect(Country.name("KZ", in: "en") == "Kazakhstan")
        #expect(Country.name("KZ", in: "ru") == "Казахстан")
        #expect(Country.name("KZ", in: "kk") == "Қазақстан")
        #expect(Country.name("RU", in: "kk") == "Ресей")
        // A language without names reads English.
        #expect(Country.name("BY", in: "uz") == "Belarus")
        // User-assigned and reserved codes are not countries.
        for code in ["XK", "EU", "UK", "UN", "AC"] { #expect(!Country.isCode(code)) }
    }

    @Test func anUnknownCodeSuggestsTheCodeItMeans() {
        #expect(Country.suggestion(for: "kz") == "KZ")
        #expect(Country.suggestion(for: "UK") == "GB")
        #expect(Country.suggestion(for: "Kazakhstan") == "KZ")
        #expect(Country.suggestion(for: "Казахстан") == "KZ")
        #expect(Country.suggestion(for: "QQ") == nil)
        #expect(Country.problem("QQ", key: "country")
                == "'QQ' is not an ISO 3166-1 alpha-2 country code for 'country'; write the country's two capital letters, like KZ")
    }

    @Test func citizenshipAndACaseCountryAreShownInThePageLanguage() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "\nsources:", with: "\ncitizenship: [KZ, RU]\nsources:")
        try site.replace("content/cases/qambarova-2021.md", "\ncourt: taraz-court-2", with: "\ncountry: KZ\ncourt: taraz-court-2")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(try site.read("public/people/nazira-lesova/index.html")
            .contains("<div><dt>Citizenship</dt><dd>Kazakhstan, Russia</dd></div>"))
        #expect(try site.read("public/kk/people/nazira-lesova/index.html").contains("<dd>Қазақстан, Ресей</dd>"))
        // One country: named, not linked, and no facet or figure of countries.
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains("<div><dt>Country</dt><dd>Kazakhstan</dd></div>"))
        #expect(try site.read("public/ru/cases/qambarova-2021/index.html").contains("<div><dt>Страна</dt><dd>Казахстан</dd></div>"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("countries").path))
        #expect(!(try site.read("public/statistics/index.html")).contains("By country"))
    }

    @Test func casesOfTwoCountriesGetAFacetAndAFigure() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "\ncourt: taraz-court-2", with: "\ncountry: KZ\ncourt: taraz-court-2")
        try site.replace("content/cases/lesova-lepesova-2021.md", "\ncourt: taraz-court-2", with: "\ncountry: KG\ncourt: taraz-court-2")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let kazakhstan = try site.read("public/countries/kz/index.html")
        #expect(kazakhstan.contains("qambarova-2021") && !kazakhstan.contains("lesova-lepesova-2021/index.html"))
        #expect(try site.read("public/countries/index.html").contains("Kyrgyzstan"))
        #expect(try site.read("public/cases/qambarova-2021/index.html")
            .contains(##"<div><dt>Country</dt><dd><a href="../../countries/kz/index.html">Kazakhstan</a></dd></div>"##))
        let statistics = try site.read("public/statistics/index.html")
        #expect(statistics.contains("By country"))
        // Two named countries and the case that gives none.
        #expect(statistics.contains("Kyrgyzstan") && statistics.contains("Country not given"))
        // Each country's persons: its named defendants were left out, so it read 0.
        for country in ["Kazakhstan", "Kyrgyzstan"] {
            let row = statistics.components(separatedBy: "<bdi>\(country)</bdi>").dropFirst().first?.components(separatedBy: "</tr>").first ?? ""
            #expect(row.hasSuffix("</td>") && !row.hasSuffix("<td>0</td>"), "\(country): \(row)")
        }
    }

    @Test func aChargeOfAnotherCountryIsAnError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/site.yml", "    law: Criminal Code of Kazakhstan, Article 405\n",
                         with: "    law: Criminal Code of Kazakhstan, Article 405\n    country: KZ\n")
        try site.replace("content/cases/qambarova-2021.md", "\ncourt: taraz-court-2", with: "\ncountry: RU\ncourt: taraz-court-2")
        let messages = site.build().diagnostics.map(\.message)
        #expect(messages.contains("charge 'kz-cc-405' is a charge of KZ (site.yml), but this case's country is RU: use a charge of RU, or correct the case's 'country'"))
    }
}
