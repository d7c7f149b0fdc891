import Foundation
import Testing
@testable import CasebookKit

/// A monitor's sheet names a charge by its article (`ст. 274 УК РК`, `274`, `Article 405`,
/// `405-бап`): each was "not one of the site's charges", though site.yml's charge gave that
/// article in its law.
@Suite struct ImportArticleTests {
    static let header = "case_title;status;person_name;charges;source_urls\r\n"

    static func run(_ charges: [String], site extra: String = "", languages: SiteFixture.Languages = .english) throws -> (SiteFixture, SpreadsheetImport.Outcome) {
        let site = try SiteFixture(languages)
        if !extra.isEmpty { try site.replace("content/site.yml", "charges:\n", with: "charges:\n" + extra) }
        let rows = charges.enumerated().map { "Case \($0.offset + 1);detained;Person \($0.offset + 1);\($0.element);https://example.org/\($0.offset + 1)\r\n" }
        try site.write("sheet.csv", header + rows.joined())
        return (site, SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true))
    }

    static func charges(_ outcome: SpreadsheetImport.Outcome) -> [String] {
        outcome.files.filter { $0.path.hasPrefix("content/cases/") }.map { file in
            file.text.split(separator: "\n").first { $0.hasPrefix("charges:") }.map(String.init) ?? ""
        }
    }

    /// Russian, Kazakh and English citations, with the code, a part the law does not give
    /// (which does not block it) and a year's number (no article).
    @Test func anArticleNumberIsTheChargeWhoseLawGivesIt() throws {
        let (site, outcome) = try Self.run(["ст. 405 УК РК", "405", "статья 164 ч.2", "Article 170", "405-бап", "ст.235 УК РК 1997 года", "ҚК 405-бабы 2-бөлігі", "Art. 405(2)"])
        defer { site.remove() }
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(Self.charges(outcome) == ["charges: [kz-cc-405]", "charges: [kz-cc-405]", "charges: [kz-cc1997-164]", "charges: [kz-cc1997-170]",
                                          "charges: [kz-cc-405]", "charges: [kz-cc1997-235]", "charges: [kz-cc-405]", "charges: [kz-cc-405]"])
    }

    /// The sample's laws in three languages: `Уголовный кодекс … статья 405`, `405-бап`.
    @Test func theLawsInEveryLanguageGiveTheArticle() throws {
        let (site, outcome) = try Self.run(["статья 405", "ст. 174, 405"], site: "  kz-cc-174: {label: {en: Discord}, law: {en: \"Criminal Code, Art. 174\", kk: \"Қылмыстық кодекс, 174-бап\"}}\n", languages: .sample)
        defer { site.remove() }
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(Self.charges(outcome) == ["charges: [kz-cc-405]", "charges: [kz-cc-174, kz-cc-405]"])
    }

    /// Parts tell charges of one article apart; without the part, or with one no law gives,
    /// the cell is an error naming them; a number no law gives is named.
    @Test func anArticleOfSeveralChargesOrNoneIsAnErrorNamingThem() throws {
        let parts = "  kz-cc-274-1: {label: One, law: \"УК РК, ст. 274 ч. 1\"}\n  kz-cc-274-2: {label: Two, law: \"УК РК, ч. 2 ст. 274\"}\n"
        let (site, outcome) = try Self.run(["ст. 274 ч.2", "ч. 1 ст. 274", "ст. 274", "ст. 274 ч. 3", "ст. 999 УК РК", "ст. 405 КоАП"], site: parts)
        defer { site.remove() }
        #expect(Self.charges(outcome).isEmpty)
        let (other, told) = try Self.run(["ст. 274 ч.2", "ч. 1 ст. 274", "274-баптың 1-бөлігі"], site: parts)
        defer { other.remove() }
        #expect(told.diagnostics.isEmpty, "\(told.diagnostics)")
        #expect(Self.charges(told) == ["charges: [kz-cc-274-2]", "charges: [kz-cc-274-1]", "charges: [kz-cc-274-1]"])
        let allowed = "(allowed: kz-cc-274-1, kz-cc-274-2, kz-cc-405, kz-cc1997-164, kz-cc1997-170, kz-cc1997-235)"
        let add = { (cell: String, law: String) in "if it is a charge the archive does not have yet, add it to 'charges' in site.yml, with '\(cell)' as its label (docs/content.md, \"site.yml\") and its law, like 'law: \(law)'" }
        let both = "'kz-cc-274-1' (УК РК, ст. 274 ч. 1), 'kz-cc-274-2' (УК РК, ч. 2 ст. 274)"
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:4:4: error: 'ст. 274' names article 274, which the laws of several charges in site.yml give: \(both); write the key of the one it is, or the article with its part",
            "sheet.csv:5:4: error: 'ст. 274 ч. 3' is not one of the site's charges: no charge's law in site.yml gives article 274 (part 3) (the charges of article 274 in site.yml are of other parts or another code: \(both)) \(allowed); \(add("ст. 274 ч. 3", "Уголовный кодекс, статья 274"))",
            "sheet.csv:6:4: error: 'ст. 999 УК РК' is not one of the site's charges: no charge's law in site.yml gives article 999 \(allowed); \(add("ст. 999 УК РК", "Уголовный кодекс, статья 999"))",
            "sheet.csv:7:4: error: 'ст. 405 КоАП' is not one of the site's charges: no charge's law in site.yml gives article 405 (the charges of article 405 in site.yml are of other parts or another code: 'kz-cc-405' (Criminal Code of Kazakhstan, Article 405)) \(allowed); \(add("ст. 405 КоАП", "Кодекс об административных правонарушениях, статья 405"))",
        ])
    }

    /// A cell with words a citation does not hold is no citation: today's message, which
    /// says to add it as a label.
    @Test func wordsBesideTheNumberAreNoCitation() {
        #expect(ChargeArticles.citations("Распространение ложной информации 274", strict: true) == nil)
        #expect(ChargeArticles.citations("ст. 274 ч.2 УК РК", strict: true) == [.init(article: "274", parts: ["2"])])
        #expect(ChargeArticles.citations("ч. 2 ст. 274, ч. 1 ст. 405", strict: true) == [.init(article: "274", parts: ["2"]), .init(article: "405", parts: ["1"])])
        #expect(ChargeArticles.citations("ст. 282.1", strict: true) == [.init(article: "282.1")])
        #expect(ChargeArticles.citations("Criminal Code of Kazakhstan (1997), Article 164", strict: false) == [.init(article: "164")])
    }

    /// A row of a case the archive has that names an article its file does not charge: the
    /// warning an editor needs, not nothing.
    @Test func anArticleAKeptCaseDoesNotChargeIsAWarning() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("sheet.csv", Self.header + "Taraz court sentences Nazira Lesova and Nazira Lepesova;;;ст. 164 УК РК;\r\n")
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map(\.description).filter { $0.contains("charge") } == [
            "sheet.csv:2:4: warning: content/cases/lesova-lepesova-2021.md does not charge 'kz-cc1997-164'; the archive has this case already, and an import never changes its file: change it by hand (or give the row another case_title if it is another case)",
        ])
    }
}
