import Foundation
import Testing
@testable import CasebookKit

/// A person's `photo` in its long form: the credit under the portrait, the text alternative,
/// their translations, and the mistakes one can make writing it.
@Suite struct PhotoTests {
    static let longForm = """
        photo:
          file: media/nazira.jpg
          credit: "Photo: RFE/RL"
          alt: Nazira Lesova outside the court
        aliases:
        """

    static func site(_ languages: SiteFixture.Languages, photo: String = longForm) throws -> SiteFixture {
        let site = try SiteFixture(languages)
        try site.replace("content/people/nazira-lesova.md", "aliases:", with: photo)
        try site.write("content/media/nazira.jpg", "not really a photo")
        return site
    }

    @Test func theCreditIsShownUnderThePortraitAndTheAltDescribesIt() throws {
        let site = try Self.site(.english)
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        let page = try site.read("public/people/nazira-lesova/index.html")
        #expect(page.contains("""
            <figure class="portrait">
            <img src="../../media/nazira.jpg" alt="Nazira Lesova outside the court">
            <figcaption dir="auto">Photo: RFE/RL</figcaption>
            </figure>
            """))
    }

    @Test func theShortFormKeepsTheNameAsItsText() throws {
        let site = try Self.site(.english, photo: "photo: media/nazira.jpg\naliases:")
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let page = try site.read("public/people/nazira-lesova/index.html")
        #expect(page.contains(#"<img class="portrait" src="../../media/nazira.jpg" alt="Nazira Lesova">"#))
        #expect(!page.contains("<figure"))
    }

    @Test func aTranslationWordsTheCreditAndAltOrThePortraitSaysItsLanguage() throws {
        let site = try Self.site(.sample)
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let untranslated = try site.read("public/ru/people/nazira-lesova/index.html")
        #expect(untranslated.contains(#"<figure class="portrait" lang="en">"#))
        #expect(untranslated.contains(#"<img src="../../../media/nazira.jpg" alt="Nazira Lesova outside the court">"#))

        try site.replace("content/people/nazira-lesova.ru.md", "name:", with: "photo: {credit: 'Фото: Азаттык', alt: Назира Лесова у здания суда}\nname:")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        let translated = try site.read("public/ru/people/nazira-lesova/index.html")
        #expect(translated.contains(#"<figure class="portrait">"#))
        #expect(translated.contains(#"alt="Назира Лесова у здания суда">"#))
        #expect(translated.contains(#"<figcaption dir="auto">Фото: Азаттык</figcaption>"#))
    }

    @Test func aTranslationCannotChangeTheFile() throws {
        let site = try Self.site(.sample)
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.ru.md", "name:", with: "photo: {file: media/other.jpg, alt: Назира}\nname:")
        let messages = site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.hasSuffix("nazira-lesova.ru.md:2:9: error: 'file' of a photo is a fact and comes from content/people/nazira-lesova.md; a translation gives only its 'credit' and 'alt': remove it") }, "\(messages)")
    }

    @Test func aCreditOrAltThatNamesAProtectedPersonIsALeak() throws {
        let site = try Self.site(.sample, photo: """
            photo:
              file: media/nazira.jpg
              credit: "Photo: RFE/RL"
              alt: Nazira Lesova beside Zhazira Qambarova
            aliases:
            """)
        defer { site.remove() }
        try site.replace("content/people/zhazira-qambarova.md", "name: Zhazira Qambarova\n", with: "name: Zhazira Qambarova\nprotect: initials\n")
        try site.replace("content/people/nazira-lesova.ru.md", "name:", with: "photo: {credit: 'Фото: Жазира Камбарова', alt: Назира Лесова}\nname:")
        let messages = site.build().diagnostics.map(\.description)
        let named = "error: this text names a protected person by their name (protected in content/people/z…a-q…a.md): write 'Z. Q.' instead"
        #expect(messages.contains { $0.hasPrefix("content/people/nazira-lesova.md:") && $0.hasSuffix(named) }, "\(messages)")
        // In Russian, the name the Russian pages publish.
        let russian = named.replacingOccurrences(of: "'Z. Q.'", with: "'Ж. К.'")
        #expect(messages.contains { $0.hasPrefix("content/people/nazira-lesova.ru.md:") && $0.hasSuffix(russian) }, "\(messages)")
    }

    @Test(arguments: [
        ("photo: {credit: x}\naliases:", "missing required key 'file' in a photo"),
        ("photo: {file: media/nazira.jpg, caption: x}\naliases:", "unknown key 'caption' in a photo"),
        ("photo: {file: ../secret.jpg}\naliases:", "'file' must be a path inside content/media/, like media/name.jpg; found '../secret.jpg'"),
        ("photo: [media/nazira.jpg]\naliases:", "expected text for 'photo', found a list"),
    ])
    func mistakesAreNamed(_ photo: String, _ message: String) throws {
        let site = try Self.site(.english, photo: photo)
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 1)
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("content/people/nazira-lesova.md:") && $0.contains(message) }, "\(messages)")
    }
}
