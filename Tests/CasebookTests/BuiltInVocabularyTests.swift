import Foundation
import Testing
@testable import CasebookKit

/// A site in Russian or Kazakh that keeps the built-in vocabularies reads them in its own
/// words: they were English on every page, and `check --missing` asked for them.
@Suite struct BuiltInVocabularyTests {
    @Test func theBuiltInLabelsFollowTheSitesLanguages() {
        let site = SiteConfig.Defaults.self
        #expect(site.roleVocabulary(in: ["ru", "en"]).label("defendant") == "Обвиняемый")
        #expect(site.statusVocabulary(in: ["kk"]).label("sentenced") == "Сотталды")
        #expect(site.sentenceTypeVocabulary(in: ["ru"]).label("imprisonment") == "лишение свободы")
        #expect(site.eventTypeVocabulary(in: ["kk", "ru"]).label("verdict") == "Үкім")
        #expect(site.organizationKindVocabulary(in: ["ru"]).label("court") == "Суд")
        // The English defaults are those of before.
        #expect(SiteConfig.Defaults.roles.label("defendant") == "Defendant")
        #expect(SiteConfig.Defaults.sentenceTypes.label("life") == "life imprisonment")
        // Every language has every key.
        for table in [site.statusLabels, site.roleLabels, site.eventTypeLabels, site.sentenceTypeLabels, site.organizationKindLabels] {
            let keys = table["en"]!.map(\.0)
            for language in ["ru", "kk"] { #expect(table[language]!.map(\.0) == keys) }
        }
    }

    @Test func aRussianSiteWithoutItsRolesSaysTheRoleInRussian() throws {
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        // The one-language site.yml in Russian, without its roles (the built-in ones).
        let text = try site.read("content/site.yml").split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("roles:") }.joined(separator: "\n")
        try site.write("content/site.yml", text.replacingOccurrences(of: "language: en", with: "language: ru"))
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error })")
        let html = try site.read("public/cases/qambarova-2021/index.html")
        // Zhazira Qambarova is a woman (gender: female): the built-in label in its feminine.
        #expect(html.contains(">Обвиняемая<"))
        #expect(!html.contains(">Defendant<"))
    }
}
