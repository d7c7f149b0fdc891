import Foundation
import Testing
@testable import CasebookKit

/// A case's `documents`: the Documents section of its page, the file's type and size, the
/// titles in other languages, the open data, the leak check, and that an archive without
/// documents is published as before.
@Suite struct DocumentTests {
    static let documents = """
        documents:
          - title: Verdict of the <Taraz> court
            date: 2021-03-02
            kind: verdict
            file: media/docs/verdict.pdf
            language: ru
            sources: [rferl-2021-03-04]
          - title: UN opinion
            kind: un-opinion
            url: https://example.org/opinion?a=1&b=2
        sources:
          - id: rferl-2021-03-03
        """

    static func site(_ languages: SiteFixture.Languages, documents: String = documents, bytes: Int = 245_000) throws -> SiteFixture {
        let site = try SiteFixture(languages)
        try site.replace("content/cases/qambarova-2021.md", "sources:\n  - id: rferl-2021-03-03", with: documents)
        try site.write("content/media/docs/verdict.pdf", String(repeating: "x", count: bytes))
        return site
    }

    @Test func theCasePageListsEachDocumentWithItsKindDateFileAndSources() throws {
        let site = try Self.site(.english)
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        let page = try site.read("public/cases/qambarova-2021/index.html")
        #expect(page.contains(#"<h2 id="documents-heading">Documents</h2>"#))
        #expect(page.contains(##"<bdi><a href="../../media/docs/verdict.pdf">Verdict of the &lt;Taraz&gt; court</a></bdi> <span class="document-kind">(<bdi>verdict</bdi>)</span>, <time datetime="2021-03-02">2 March 2021</time> · <span class="document-file">PDF, 239 KB</span> <span class="lang">(<bdi>Russian</bdi>)</span> <span class="document-sources"><a href="#source-2">[2]</a></span>"##), "\(page)")
        #expect(page.contains(#"<bdi><a href="https://example.org/opinion?a=1&amp;b=2" rel="noopener noreferrer">UN opinion</a></bdi> <span class="document-kind">(<bdi>UN opinion</bdi>)</span>"#))
    }

    @Test func aRussianPageWordsTheKindAndSizeAndMarksAnUntranslatedTitle() throws {
        let site = try Self.site(.sample)
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.ru.md", "sources:\n", with: "documents:\n  - title: Приговор суда\n  -\nsources:\n")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        let russian = try site.read("public/ru/cases/qambarova-2021/index.html")
        #expect(russian.contains(#"<h2 id="documents-heading">Документы</h2>"#))
        #expect(russian.contains(#"<bdi><a href="../../../media/docs/verdict.pdf">Приговор суда</a></bdi> <span class="document-kind">(<bdi>приговор</bdi>)</span>"#))
        #expect(russian.contains("PDF, 239 КБ"))
        #expect(russian.contains(#"<bdi lang="en"><a href="https://example.org/opinion?a=1&amp;b=2" rel="noopener noreferrer">UN opinion</a></bdi> <span class="document-kind">(<bdi>мнение органа ООН</bdi>)</span>"#))
        let kazakh = try site.read("public/kk/cases/qambarova-2021/index.html")
        #expect(kazakh.contains(#"<bdi lang="en"><a href="../../../media/docs/verdict.pdf">Verdict of the &lt;Taraz&gt; court</a></bdi> <span class="document-kind">(<bdi>үкім</bdi>)</span>"#))
    }

    @Test func aTranslationListsDocumentsInTheSameOrderTitlesOnly() throws {
        let site = try Self.site(.sample)
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.ru.md", "sources:\n", with: "documents:\n  - title: Приговор\n    kind: verdict\nsources:\n")
        let messages = site.build().diagnostics.map(\.description)
        #expect(messages.contains("content/cases/qambarova-2021.ru.md:14:5: error: 'kind' of a document is a fact and comes from content/cases/qambarova-2021.md; a translation gives only its 'title': remove it"), "\(messages)")
        #expect(messages.contains("content/cases/qambarova-2021.ru.md:12:1: error: 'documents' lists 1 entry but content/cases/qambarova-2021.md has 2 entries; list them in the same order, one for each (an empty '-' keeps one untranslated)"), "\(messages)")
    }

    @Test(arguments: [
        (245_000, "en", "PDF, 239 KB"), (100, "en", "PDF, 1 KB"), (1_572_864, "en", "PDF, 1.5 MB"),
        (2 * 1_048_576, "en", "PDF, 2 MB"), (1_572_864, "ru", "PDF, 1,5 МБ"), (1_234 * 1024, "kk", "PDF, 1,2 МБ"),
        (900 * 1024, "en", "PDF, 900 KB"), (1_048_064, "en", "PDF, 1 MB"), (1_048_063, "en", "PDF, 1,023 KB"),
    ])
    func theSizeIsInKilobytesBelowAMegabyteElseInMegabytesWithOneDecimal(_ bytes: Int, _ language: String, _ expected: String) {
        #expect(DocumentValue.fileInfo(path: "media/a/verdict.pdf", bytes: bytes, words: Catalogue.base(for: language)) == expected)
    }

    @Test func aFileWithoutAnExtensionShowsItsSizeOnly() {
        #expect(DocumentValue.fileInfo(path: "media/verdict", bytes: 2048, words: .english) == "2 KB")
        // A name ending in a dot has no extension: its last word is not its type.
        #expect(DocumentValue.fileInfo(path: "media/v1.2/verdict.", bytes: 2048, words: .english) == "2 KB")
    }

    @Test func theOpenDataListsTheDocumentsOfACaseThatHasSome() throws {
        let site = try Self.site(.english)
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let data = try JSONSerialization.jsonObject(with: Data(try site.read("public/data/cases.json").utf8)) as? [String: Any]
        let cases = data?["cases"] as? [[String: Any]] ?? []
        let qambarova = cases.first { $0["id"] as? String == "qambarova-2021" }
        let documents = qambarova?["documents"] as? [[String: Any]] ?? []
        #expect(documents.count == 2)
        // The data page describes the key, since the file has it.
        #expect(try site.read("public/data/index.html").contains("<code>documents</code>"))
        #expect(documents.first?["title"] as? String == "Verdict of the <Taraz> court")
        #expect(documents.first?["kind"] as? String == "verdict")
        #expect(documents.first?["date"] as? String == "2021-03-02")
        #expect((documents.first?["file"] as? String)?.hasSuffix("/media/docs/verdict.pdf") == true)
        #expect(documents.first?["url"] is NSNull)
        #expect(documents.first?["language"] as? String == "ru")
        #expect(documents.first?["sources"] as? [String] == ["rferl-2021-03-04"])
        #expect(documents.last?["url"] as? String == "https://example.org/opinion?a=1&b=2")
        #expect(documents.last?["file"] is NSNull)
        // A case without documents has no key: the file stays as it was before documents.
        #expect(cases.filter { $0["id"] as? String != "qambarova-2021" }.allSatisfy { $0["documents"] == nil })
    }

    @Test func anArchiveWithoutDocumentsHasNoSectionAndNoKey() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        for page in ["public/cases/qambarova-2021/index.html", "public/ru/cases/qambarova-2021/index.html"] {
            #expect(try !site.read(page).contains("documents-heading"))
        }
        #expect(try !site.read("public/data/cases.json").contains("\"documents\""))
        #expect(try !site.read("public/data/index.html").contains("<code>documents</code>"))
    }

    @Test func aDocumentTitleNamingAProtectedPersonIsAnErrorAtItsPlace() throws {
        let site = try Self.site(.english, documents: Self.documents.replacingOccurrences(of: "UN opinion", with: "Opinion on Nazira Lesova"))
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "name: Nazira Lesova\n", with: "name: Nazira Lesova\nprotect: initials\n")
        let messages = site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("content/cases/qambarova-2021.md:36:") && $0.contains("names a protected person by their name") }, "\(messages)")
    }

    @Test func siteYAMLMayGiveItsOwnKindsWithLabelsPerLanguage() throws {
        let site = try Self.site(.english, documents: Self.documents.replacingOccurrences(of: "kind: verdict", with: "kind: ruling"))
        defer { site.remove() }
        try site.write("content/site.yml", try site.read("content/site.yml") + "\ndocument_kinds:\n  ruling: court ruling\n  un-opinion: UN opinion\n")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains("(<bdi>court ruling</bdi>)"))
    }

    @Test func theBuiltInKindsHaveRussianAndKazakhLabels() {
        let kinds = SiteConfig.Defaults.documentKinds(in: ["en", "ru", "kk"])
        #expect(kinds.keys == ["indictment", "verdict", "appeal-ruling", "complaint", "un-opinion", "other"])
        #expect(kinds.localized(to: "ru").label("verdict") == "приговор")
        #expect(kinds.localized(to: "kk").label("verdict") == "үкім")
        #expect(SiteConfig.Defaults.documentKinds(in: ["ru"]).label("indictment") == "обвинительное заключение")
    }
}
