import Foundation
import Testing
@testable import CasebookKit

/// `casebook init --language`: an archive started in Russian, Kazakh or several languages
/// builds at once without a warning (no English labels left to translate), its examples in
/// each language; English stays what it was; a language init cannot write is refused first.
@Suite struct ArchiveInitLanguageTests {
    static let sets: [[String]] = [["ru"], ["kk"], ["ru", "kk", "en"], ["kk", "en"], ["en", "ru", "kk"]]

    @Test(arguments: sets) func anArchiveInItsLanguagesBuildsWithoutAWarning(_ languages: [String]) throws {
        let root = ArchiveInitTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let written = try ArchiveInit.create(at: root, languages: languages, displayName: "archive")
        #expect(written.count == 10 + 4 * (languages.count - 1))
        let result = Builder.build(BuildOptions(content: "content", templates: "templates", output: "public", relativeTo: root))
        #expect(result.exitStatus == 0)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        for (index, code) in languages.enumerated() {
            let folder = index == 0 ? "public/" : "public/\(code)/"
            let words = InitTexts.of(code)
            let page = try String(contentsOf: root.appendingPathComponent(folder + "cases/example-case/index.html"), encoding: .utf8)
            #expect(page.contains("<html lang=\"\(code)\""))
            #expect(page.contains(HTMLEscaping.escape(words.caseTitle)))
            #expect(page.contains(words.personName))
            #expect(page.contains(words.region))
            #expect(page.contains(InitSettings.label("statuses", code)["detained"]!))
        }
    }

    /// README.md's promise holds in every language: site.yml names each setting.
    @Test(arguments: sets) func theSettingsFileNamesEverySetting(_ languages: [String]) {
        let text = InitSettings.siteYAML(languages: languages)
        let unnamed = (SiteParser.keys + SiteParser.imageKeys).filter {
            text.range(of: "(?<![a-z_])\($0)(:|,| )", options: .regularExpression) == nil
        }
        #expect(unnamed.isEmpty, "site.yml of casebook init \(languages) never names \(unnamed)")
    }

    /// Archives started before `--language` keep getting the same files.
    @Test func englishIsWhatItWas() {
        let text = InitFiles.siteYAML
        #expect(text.contains("\nlanguage: en\n# languages: [en, ru, kk]\n"))
        #expect(text.contains("\nstatuses: {investigation: Under investigation, detained: In pre-trial detention, trial: On trial, sentenced: Sentenced, appeal: On appeal, serving: Serving sentence, released: Released, acquitted: Acquitted, closed: Closed}\n"))
        #expect(text.contains("\nevent_types: {detention: Detained, search: Searched, charge: Charged, restraint: Measure of restraint, trial: Trial opened, verdict: Verdict, appeal: Appeal, release: Released, update: Update}\n"))
        #expect(text.contains("\n  example-article:\n    label: Spreading false information (an example charge)\n    law: Criminal Code, Article 274 (example)\n"))
        #expect(text.hasSuffix("see docs/content.md, \"site.yml\".\n\n# Addresses that must keep working (docs/content.md): the ids of records taken out on\n# purpose, and the old keys of renamed statuses, charges, regions and tags.\n# withdrawn: {cases: [old-case-id]}\n# former_keys: {tags: {old-tag: new-tag}}\n# Without base_url, the feed's entry ids are named after the title: before changing\n# the title, keep them with its old name (check --against gives it).\n# feed_name: old-title-as-an-id\n"))
        #expect(!text.contains("places:\n"))
        #expect(InitFiles.all.map(\.path) == InitFiles.files(languages: ["en"]).map(\.path))
        #expect(InitFiles.exampleCase(.english).contains("\n  - {date: 2024-03-05, type: detention, summary: Detained at home (an example event)., sources: [report]}\n"))
    }

    @Test(arguments: [
        (["de"], "casebook init writes its examples in en, ru, kk; 'de' is not one of them: start in one of them and add your language to site.yml (docs/content.md, \"Languages\")"),
        (["KK"], "casebook init writes its examples in en, ru, kk; 'KK' is not one of them; did you mean 'kk'?"),
        (["ru", "kz"], "casebook init writes its examples in en, ru, kk; 'kz' is not one of them; did you mean 'kk'?"),
        (["ру", "кк"], "casebook init writes its examples in en, ru, kk; 'ру' is not one of them; did you mean 'ru' in Latin letters?"),
        (["rus"], "casebook init writes its examples in en, ru, kk; 'rus' is not one of them; did you mean 'ru'?"),
        (["es"], "casebook init writes its examples in en, ru, kk; 'es' is not one of them: start in one of them and add your language to site.yml (docs/content.md, \"Languages\")"),
        (["ru", "en", "ru"], "--language names 'ru' twice; name each language once, the default first"),
        ([], "--language needs a language: en, ru, kk"),
    ]) func aLanguageInitCannotWriteIsRefusedAndNothingIsWritten(_ languages: [String], _ message: String) {
        let root = ArchiveInitTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            _ = try ArchiveInit.create(at: root, languages: languages, displayName: "archive")
            Issue.record("init wrote an archive in \(languages)")
        } catch {
            #expect(error.message == message)
            #expect(error.exitStatus == 2)
        }
        #expect(!FileManager.default.fileExists(atPath: root.path))
    }

    /// A label that would end a flow mapping is quoted, so an edited table cannot break site.yml.
    @Test func aLabelWithAFlowCharacterIsQuoted() {
        #expect(InitSettings.flow("Под стражей") == "Под стражей")
        #expect(InitSettings.flow("Arrest, then trial") == "\"Arrest, then trial\"")
        #expect(InitSettings.flow("a \"b\": c") == "\"a \\\"b\\\": c\"")
    }
}
