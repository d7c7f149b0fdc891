import Foundation
import Testing
@testable import CasebookKit

/// `casebook new translation`: a translation started for every file of the sample checks
/// clean, and once each empty text is filled in (and the body written) nothing of the file
/// is left untranslated: the skeleton holds every text, each in its place. Refusals write nothing.
@Suite struct NewTranslationTests {
    @Test func everyFileOfTheSampleGetsATranslationThatLeavesNothingOut() throws {
        let site = try SiteFixture(.sample)
        try site.removeTranslations()
        var written: [String] = []
        for kind in ContentKind.allCases {
            for name in try FileManager.default.contentsOfDirectory(atPath: site.content.appendingPathComponent(kind.rawValue).path).sorted()
            where name.hasSuffix(".md") {
                written.append(try NewTranslation.create("\(kind.rawValue)/\(name.dropLast(3))", language: "ru", relativeTo: site.root))
            }
        }
        #expect(written.count > 25)
        let started = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(!started.diagnostics.contains { $0.severity == .error }, "\(started.diagnostics.filter { $0.severity == .error }.map(\.description))")
        #expect(started.translationStatus?.languages.first { $0.code == "ru" }?.untranslated.isEmpty == true)

        let textKey = try Regex(#"^(\s*(?:- )?)(title|summary|status_note|name|short_name|pseudonym|note|place|credit|alt):$"#)
        for path in written {
            let url = site.root.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            let filled = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                guard let match = line.wholeMatch(of: textKey) else { return String(line) }
                return "\(match.output[1].substring ?? "")\(match.output[2].substring ?? ""): Перевод"
            }.joined(separator: "\n")
            let original = try String(contentsOf: url.deletingPathExtension().deletingPathExtension().appendingPathExtension("md"), encoding: .utf8)
            let body = original.split(separator: "\n---\n", maxSplits: 1).last.map { !$0.allSatisfy(\.isWhitespace) } ?? false
            try (filled + (body ? "Текст.\n" : "")).write(to: url, atomically: true, encoding: .utf8)
        }
        let done = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(!done.diagnostics.contains { $0.severity == .error }, "\(done.diagnostics.filter { $0.severity == .error }.map(\.description))")
        let russian = try #require(done.translationStatus?.languages.first { $0.code == "ru" })
        #expect(russian.incomplete.isEmpty, "left out: \(russian.incomplete)")
        let page = try String(contentsOf: site.content.appendingPathComponent("cases/ablyazov-2018.ru.md"), encoding: .utf8)
        #expect(page.contains("\n          - {}\n            # original: professional activity in banking organizations\n          - note: Перевод\n"))
    }

    @Test(arguments: [
        ("cases/ablyazov-2018", "de", "'de' is not one of the site's languages (en, ru, kk)"),
        ("cases/ablyazov-2018", "RU", "'RU' is not one of the site's languages (en, ru, kk); did you mean 'ru'?"),
        ("cases/ablyazov-2018", "en", "'en' is the site's default language, the one the files are written in; name the language of the translation: ru, kk"),
        ("cases/ablyazov-2019", "ru", "there is no content/cases/ablyazov-2019.md (did you mean 'ablyazov-2018'?); name the original file's id, like cases/x"),
        ("ablyazov-2018.ru", "ru", "ablyazov-2018.ru is a translation; name the original, ablyazov-2018"),
        ("cases/ablyazov-2018", "ru", "content/cases/ablyazov-2018.ru.md already exists; nothing was written. Edit it; `casebook check --missing ru` lists what it still lacks"),
        // Typed on a Cyrillic keyboard, or with a Cyrillic look-alike: the letters are named.
        ("cases/ablyazov-2018", "кк", "'кк' is not one of the site's languages (en, ru, kk); did you mean 'kk' in Latin letters?"),
        ("cases/ablyаzov-2018", "kk", "there is no content/cases/ablyаzov-2018.md: 'ablyаzov-2018' has U+0430 CYRILLIC SMALL LETTER A at character 5, which looks like Latin 'a'; type it again in Latin letters, as 'ablyazov-2018'"),
        ("ablyаzov-2018", "kk", "there is no case, person, organization or page 'ablyаzov-2018': 'ablyаzov-2018' has U+0430 CYRILLIC SMALL LETTER A at character 5, which looks like Latin 'a'; type it again in Latin letters, as 'ablyazov-2018'"),
        ("cases/nazira-lesova", "kk", "there is no content/cases/nazira-lesova.md, but there is content/people/nazira-lesova.md: name it people/nazira-lesova"),
    ]) func aTranslationThatCannotBeStartedIsRefused(_ file: String, _ language: String, _ message: String) throws {
        let site = try SiteFixture(.sample)
        let before = try FileManager.default.contentsOfDirectory(atPath: site.content.appendingPathComponent("cases").path).sorted()
        do {
            _ = try NewTranslation.create(file, language: language, relativeTo: site.root)
            Issue.record("a translation was started")
        } catch {
            #expect(error.message == message)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.content.appendingPathComponent("cases").path).sorted() == before)
    }

    @Test func aSiteInOneLanguageIsToldToListItsLanguagesFirst() throws {
        let site = try SiteFixture(.english)
        do {
            _ = try NewTranslation.create("cases/ablyazov-2018", language: "ru", relativeTo: site.root)
            Issue.record("a translation was started")
        } catch {
            #expect(error.message == "the site has one language (en); list its languages in content/site.yml first, the default first: languages: [en, ru]")
            #expect(error.exitStatus == 2)
        }
    }

    /// The skeleton's shape is a second list of what a translation may hold, beside the
    /// parser's: a text the parser learns to read must be added here too. `updated` is a
    /// date and `aliases` a list of spellings a language may add, neither a text to put
    /// in the original's place.
    @Test(arguments: ContentKind.allCases)
    func theSkeletonHoldsEveryTextTheParserReads(_ kind: ContentKind) {
        let shaped = Set(TranslationSkeleton.shape(kind).map(\.0))
        let read = Set(TranslationParser.textKeys(kind)).subtracting(["updated", "aliases"])
        #expect(shaped == read)
    }
}
