import Foundation
import Testing
@testable import CasebookKit

/// A source's or document's `language` given as a code is shown as the language's name in
/// the page's language, not as the code a reader may not know; other text as written.
@Suite struct LanguageNamesTests {
    @Test func aCodeIsNamedInThePagesLanguage() {
        #expect(LanguageNames.name(of: "ru", in: "en") == "Russian")
        #expect(LanguageNames.name(of: "en", in: "ru") == "английский")
        #expect(LanguageNames.name(of: "en", in: "kk") == "ағылшын тілі")
        #expect(LanguageNames.name(of: "kk-Cyrl", in: "ru") == "казахский")
        #expect(LanguageNames.name(of: "RU", in: "kk-Cyrl-KZ") == "орыс тілі")
        #expect(LanguageNames.name(of: "Russian", in: "en") == nil)
        #expect(LanguageNames.name(of: "xx", in: "en") == nil)
        // A page in a language without names shows the code.
        #expect(LanguageNames.name(of: "ru", in: "uz") == nil)
        #expect(LanguageNames.names.count > 150)
    }

    @Test func theSampleNamesItsSourcesLanguages() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let en = try site.read("public/cases/ablyazov-2018/index.html")
        let ru = try site.read("public/ru/cases/ablyazov-2018/index.html")
        let kk = try site.read("public/kk/cases/ablyazov-2018/index.html")
        #expect(en.contains(#"<span class="lang">(<bdi>Russian</bdi>)</span>"#) && en.contains(#"<span class="lang">(<bdi>English</bdi>)</span>"#))
        #expect(ru.contains(#"<span class="lang">(<bdi>английский</bdi>)</span>"#) && ru.contains(#"<span class="lang">(<bdi>русский</bdi>)</span>"#))
        #expect(kk.contains(#"<span class="lang">(<bdi>ағылшын тілі</bdi>)</span>"#))
        for page in [en, ru, kk] { #expect(!page.contains("<bdi>en</bdi>") && !page.contains("<bdi>ru</bdi>")) }
    }

    @Test func aTextThatIsNoCodeIsShownAsWritten() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/cases/ablyazov-2018.md", "    language: en\n", with: "    language: Englisch\n")
        #expect(site.build().exitStatus == 0)
        #expect(try site.read("public/cases/ablyazov-2018/index.html").contains(#"<span class="lang">(<bdi>Englisch</bdi>)</span>"#))
    }
}
