import Foundation
import Testing
@testable import CasebookKit

/// The sample archive with Zhazira Qambarova protected: every text that names her is an
/// error with its place; once the texts and ids are made neutral, no byte of any output
/// file (HTML, JS, JSON, CSV, XML) holds any spelling of her name, in any language.
@Suite struct ProtectedOutputTests {
    /// Every spelling of her name and aliases, Latin and Cyrillic, and her first name.
    static let spellings = ["qambarov", "kambarov", "қамбаров", "камбаров", "zhazira", "жазира"]

    private func sampleWithQambarovaProtected() throws -> SiteFixture {
        let site = try SiteFixture(.sample)
        try site.replace("content/people/zhazira-qambarova.md", "name: Zhazira Qambarova\n", with: "name: Zhazira Qambarova\nprotect: initials\n")
        return site
    }

    private func check(_ site: SiteFixture) -> BuildResult {
        Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
    }

    @Test func everyTextThatNamesHerIsAnErrorAtItsPlace() throws {
        let site = try sampleWithQambarovaProtected()
        defer { site.remove() }
        let messages = check(site).diagnostics.filter { $0.severity == .error }.map(\.description)
        // Messages never quote her name, not even in a file's path (LeakMask).
        let byName = "this text names a protected person by their name (protected in content/people/z…a-q…a.md): write 'Z. Q.' instead"
        // A translation is told the name its language's pages publish: the initials of her Russian name.
        let russian = byName.replacingOccurrences(of: "'Z. Q.'", with: "'Ж. К.'")
        for expected in [
            // A case title, in English and in the Russian translation (inflected: "Жазиру Камбарову").
            "content/cases/qambarova-2021.md:2:8: error: \(byName)",
            "content/cases/qambarova-2021.ru.md:2:8: error: \(russian)",
            // A body, at the line and column of the name.
            "content/cases/qambarova-2021.md:57:94: error: \(byName)",
            // Her own body, and her translations' bodies (their names and aliases are not published).
            "content/people/zhazira-qambarova.md:25:1: error: \(byName)",
            "content/people/zhazira-qambarova.ru.md:8:1: error: \(russian)",
            // The ids.
            "content/people/zhazira-qambarova.md:1:1: error: the id 'z…a-q…a' holds a part of the name this file protects, and an id is an address anyone can read: rename the file to a neutral id, like content/people/person-1.md (and every reference to it)",
            "content/cases/qambarova-2021.md:1:1: error: the id 'q…a-2021' holds the surname of a protected person (content/people/z…a-q…a.md, published as 'Z. Q.'), and an id is an address anyone can read: rename the file, like content/cases/case-2021.md (and every reference to it)",
        ] {
            #expect(messages.contains(expected), "\(expected)")
        }
        // Her own name and aliases are not reported: they are never published.
        #expect(!messages.contains { $0.hasPrefix("content/people/zhazira-qambarova.md:2:") || $0.hasPrefix("content/people/zhazira-qambarova.md:4:") })
        #expect(!messages.contains { $0.hasPrefix("content/people/zhazira-qambarova.ru.md:2:") })
    }

    @Test func noOutputByteNamesHer() throws {
        let site = try sampleWithQambarovaProtected()
        defer { site.remove() }
        try Self.neutralize(site, person: "zhazira-qambarova", as: "defendant-a", cases: ["qambarova-2021": "freedom-limitation-2021"],
                            names: #"(Zhazira|Жазир[а-яәіңғүұқөһ]*)\s+(?=[QKҚК])"#, surnames: #"(Qambarov|Kambarov|Қамбаров|Камбаров)[A-Za-zа-яәіңғүұқөһ']*"#)
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let found = Self.occurrences(of: Self.spellings, in: site.output)
        #expect(found.isEmpty, "\(found)")
        // Published under her initials in each language's spelling of her name.
        let english = try site.read("public/people/defendant-a/index.html")
        let russian = try site.read("public/ru/people/defendant-a/index.html")
        let kazakh = try site.read("public/kk/people/defendant-a/index.html")
        #expect(english.contains("<title>Z. Q. ·") && russian.contains("<title>Ж. К. ·") && kazakh.contains("<title>Ж. Қ. ·"))
        for page in [english, russian, kazakh] { #expect(page.contains(#"<meta name="robots" content="noindex">"#)) }
        let sitemap = try site.read("public/sitemap.xml")
        #expect(!sitemap.contains("people/defendant-a/") && sitemap.contains("people/nazira-lesova/"))
        #expect(try site.read("public/data/people.csv").contains("defendant-a,https://cases.example.org/people/defendant-a/,Z. Q.,,,"))
    }

    /// A failed build leaves the previous site as it was, byte for byte.
    @Test func aLeakLeavesThePreviousSiteUnchanged() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let before = SiteFixture.snapshot(site.output)
        try site.write("content/people/defendant-c.md", "---\nname: Zhanar Sekretova\nprotect: initials\n---\n")
        try site.replace("content/pages/about.md", "\n---\n", with: "\n---\nWe thank ZHANAR SECRETOVA.\n\n")
        let result = site.build()
        #expect(result.exitStatus == 1)
        #expect(result.diagnostics.map(\.description).contains("content/pages/about.md:5:10: error: this text names a protected person by their name (protected in content/people/defendant-c.md): write 'Z. S.' instead"), "\(result.diagnostics.map(\.description))")
        #expect(SiteFixture.snapshot(site.output) == before)
    }

    /// A protected person's photo is not copied into the site, and a body that shows it is an error.
    @Test func aProtectedPersonsPhotoIsNeverPublished() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/media/portrait.jpg", "not really a JPEG")
        try site.write("content/media/other.jpg", "another")
        try site.write("content/people/defendant-c.md", "---\nname: Zhanar Sekretova\nprotect: initials\nphoto: media/portrait.jpg\n---\n")
        #expect(site.build().exitStatus == 0)
        let files = SiteFixture.snapshot(site.output)
        #expect(files["media/portrait.jpg"] == nil && files["media/other.jpg"] != nil)
        #expect(!(try site.read("public/people/defendant-c/index.html")).contains("portrait"))
        try site.replace("content/pages/about.md", "\n---\n", with: "\n---\nHer ![portrait](../media/portrait.jpg).\n\n")
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(result.diagnostics.map(\.description) == [
            "content/pages/about.md:5:5: error: this shows the photo of a protected person (protected in content/people/defendant-c.md), which is never published: remove it"])
    }

    /// `noindex: true`: the name is shown, the page asks not to be indexed in every
    /// language, and the sitemap leaves it out.
    @Test func noindexKeepsTheNameAndHidesThePageFromSearchEngines() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "name: Nazira Lesova\n", with: "name: Nazira Lesova\nnoindex: true\n")
        #expect(site.build().exitStatus == 0)
        for prefix in ["", "ru/", "kk/"] {
            let page = try site.read("public/\(prefix)people/nazira-lesova/index.html")
            #expect(page.contains(#"<meta name="robots" content="noindex">"#))
        }
        #expect(try site.read("public/people/nazira-lesova/index.html").contains("<title>Nazira Lesova ·"))
        #expect(!(try site.read("public/people/nazira-lepesova/index.html")).contains("robots"))
        let sitemap = try site.read("public/sitemap.xml")
        #expect(!sitemap.contains("people/nazira-lesova/") && sitemap.contains("people/nazira-lepesova/"))
    }

    /// Ids renamed everywhere, then the names written as the initials: what an editor does
    /// after the leak check.
    static func neutralize(_ site: SiteFixture, person: String, as neutral: String, cases: [String: String],
                           names: String, surnames: String) throws {
        let fm = FileManager.default
        for kind in ["cases", "people", "organizations", "pages"] {
            let folder = site.content.appendingPathComponent(kind)
            for name in try fm.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
                let url = folder.appendingPathComponent(name)
                var text = try String(contentsOf: url, encoding: .utf8)
                var head = ""
                if name.hasPrefix(person + ".") {  // her own name and aliases stay: they are never published
                    let end = text.range(of: "\n---", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex)!.lowerBound
                    head = String(text[..<end])
                    text = String(text[end...])
                }
                func neutralized(_ text: String) -> String {
                    var text = text.replacingOccurrences(of: person, with: neutral)
                    for (old, new) in cases { text = text.replacingOccurrences(of: old, with: new) }
                    text = text.replacingOccurrences(of: names, with: "", options: .regularExpression)
                    return text.replacingOccurrences(of: surnames, with: "Z. Q.", options: .regularExpression)
                }
                text = neutralized(text)
                // Her sources' titles are published: only the name and aliases stay.
                head = head.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    line.hasPrefix("name:") || line.hasPrefix("aliases:") ? String(line) : neutralized(String(line))
                }.joined(separator: "\n")
                var newName = name.replacingOccurrences(of: person, with: neutral)
                for (old, new) in cases { newName = newName.replacingOccurrences(of: old, with: new) }
                try fm.removeItem(at: url)
                try (head + text).write(to: folder.appendingPathComponent(newName), atomically: true, encoding: .utf8)
            }
        }
    }

    /// Each output file holding any of the words, case-insensitively, with the word.
    static func occurrences(of words: [String], in folder: URL) -> [String] {
        var found: [String] = []
        for (path, data) in SiteFixture.snapshot(folder) {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            for word in words where text.contains(word) { found.append("\(path): \(word)") }
        }
        return found.sorted()
    }
}
