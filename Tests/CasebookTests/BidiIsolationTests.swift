import Foundation
import Testing
@testable import CasebookKit

/// A name holding an unpaired RIGHT-TO-LEFT OVERRIDE must not turn the rest of a page
/// around: wherever it is shown as text, it sits alone in a `<bdi>` or an element with
/// `dir="auto"`, which ends the override's scope, or (where markup cannot go: `<title>`,
/// text joined in Swift) between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
@Suite("Bidirectional isolation")
struct BidiIsolationTests {
    static let override: Character = "\u{202E}"
    /// What follows the override in each value given one: the override's whole scope.
    static let tails: Set<String> = ["Lesova", "Лесова", "raz", "Party", "sentences Nazira Lesova and Nazira Lepesova"]

    static func buildWithOverrides(_ more: (SiteFixture) throws -> Void = { _ in }) throws -> SiteFixture {
        let site = try SiteFixture()
        try more(site)
        try site.replace("content/people/nazira-lesova.md", "name: Nazira Lesova", with: "name: Nazira \u{202E}Lesova")
        try site.replace("content/people/nazira-lesova.md", "aliases: [Назира Лесова]", with: "aliases: [Назира \u{202E}Лесова]")
        try site.replace("content/cases/lesova-lepesova-2021.md", "city: Taraz", with: "city: Ta\u{202E}raz")
        try site.replace("content/cases/lesova-lepesova-2021.md", "title: Taraz court sentences Nazira Lesova and Nazira Lepesova",
                         with: "title: Taraz court \u{202E}sentences Nazira Lesova and Nazira Lepesova")
        try site.replace("content/organizations/koshe-party.md", "name: Koshe Party", with: "name: Koshe \u{202E}Party")
        let result = site.build()
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        return site
    }

    @Test("an unpaired override in a name, title, alias, city or organization ends with the value on every page")
    func everyPageIsolatesTheOverride() throws {
        let site = try Self.buildWithOverrides()
        defer { site.remove() }
        var pagesWithOverride: Set<String> = []
        for (path, data) in SiteFixture.snapshot(site.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let problems = Self.unisolatedOverrides(in: html)
            #expect(problems.isEmpty, "\(path): \(problems)")
            if html.contains(Self.override) { pagesWithOverride.insert(path) }
        }
        // The pages that list the person, the case and the organization.
        for page in ["cases/lesova-lepesova-2021/index.html", "people/nazira-lesova/index.html", "people/index.html",
                     "cases/index.html", "index.html", "organizations/koshe-party/index.html", "organizations/index.html",
                     "people/zhazira-qambarova/index.html", "timeline/2021/index.html"] {
            #expect(pagesWithOverride.contains(page), "\(page) does not show the name")
        }
        let title = try site.read("public/people/nazira-lesova/index.html")
        #expect(title.contains("<title>\u{2068}Nazira \u{202E}Lesova\u{2069} · "))
    }

    /// A feed reader shows an entry's title and summary as text: each name, title and
    /// summary sits between FSI and PDI, so the feed's own words ("Sentenced: …") stay in order.
    @Test("the feed isolates titles, summaries and names")
    func feedIsolatesItsTexts() throws {
        let site = try Self.buildWithOverrides { site in
            try site.replace("content/cases/lesova-lepesova-2021.md", "summary: 'Two", with: "summary: '\u{202E}Two")
        }
        defer { site.remove() }
        let feed = try site.read("public/feed.xml")
        #expect(feed.contains("<title>\u{2068}Taraz court \u{202E}sentences Nazira Lesova and Nazira Lepesova\u{2069}</title>"))
        #expect(feed.contains("\u{2068}Nazira \u{202E}Lesova\u{2069}"))
        let summary = try #require(feed.firstRange(of: "<summary>\u{2068}\u{202E}"))
        let rest = feed[summary.upperBound...].prefix { $0 != "<" }
        #expect(rest.contains("\u{2069} "), "the summary ends its isolate before the status: \(rest)")
    }

    @Test("the search index isolates each alias, as the page shows them joined")
    func searchIndexIsolatesAliases() throws {
        let site = try Self.buildWithOverrides()
        defer { site.remove() }
        let index = try site.read("public/search/index.js")
        #expect(index.contains("\u{2068}Назира \u{202E}Лесова\u{2069}"))
    }

    @Test("an attribute holding a direction control (og:title, description, site name, photo alt, feed title) is isolated")
    func attributesAreIsolated() throws {
        let site = try Self.buildWithOverrides {
            try $0.replace("content/site.yml", "title: Kazakhstan Political Cases Monitor", with: "title: Kazakhstan \u{202E}Monitor")
            try $0.replace("content/cases/qambarova-2021.md", "summary: 'Two years", with: "summary: 'Two \u{202E}years")
            try $0.replace("content/people/nazira-lesova.md", "aliases:", with: "photo: media/nazira.jpg\naliases:")
            try $0.write("content/media/nazira.jpg", "not really a photo")
        }
        defer { site.remove() }
        let attribute = try NSRegularExpression(pattern: #"([a-z:-]+)="([^"]*\x{202E}[^"]*)""#)
        var seen: Set<String> = []
        for (path, data) in SiteFixture.snapshot(site.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in attribute.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let name = String(html[Range(match.range(at: 1), in: html)!])
                let value = String(html[Range(match.range(at: 2), in: html)!])
                seen.insert(name)
                #expect(Self.isolatesEveryOverride(value), "\(path): \(name)=\"\(value)\"")
            }
        }
        #expect(seen.isSuperset(of: ["content", "alt", "title"]), "\(seen)")
        let person = try site.read("public/people/nazira-lesova/index.html")
        #expect(person.contains("<meta property=\"og:title\" content=\"\u{2068}Nazira \u{202E}Lesova\u{2069}\">"))
        #expect(person.contains("alt=\"\u{2068}Nazira \u{202E}Lesova\u{2069}\">"))
        #expect(person.contains("title=\"\u{2068}Kazakhstan \u{202E}Monitor\u{2069}: new and updated cases\""))
        let qambarova = try site.read("public/cases/qambarova-2021/index.html")
        #expect(qambarova.contains("<meta name=\"description\" content=\"\u{2068}Two \u{202E}years of &quot;freedom"))
    }

    /// Each override of the value sits between a FIRST STRONG ISOLATE before it and a POP
    /// DIRECTIONAL ISOLATE after it.
    static func isolatesEveryOverride(_ value: String) -> Bool {
        var depth = 0
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\u{2068}": depth += 1
            case "\u{2069}": depth -= 1
            case "\u{202E}" where depth < 1: return false
            default: break
            }
        }
        return depth == 0
    }

    @Test("an image description and a link title from a body are isolated in their attributes")
    func markdownAttributes() {
        let body = MarkdownBody(text: "![Nazira *\u{202E}Lesova*](x.jpg \"Photo \u{202E}by\") [a](y.md \"See \u{202E}also\") ![plain](z.jpg \"Plain\")\n", firstLine: 1)
        let html = MarkdownRenderer.render(body, unsafeHTML: false) { _, _ in .keep }.html
        #expect(html == "<p><img src=\"x.jpg\" alt=\"\u{2068}Nazira \u{202E}Lesova\u{2069}\" title=\"\u{2068}Photo \u{202E}by\u{2069}\" /> "
            + "<a href=\"y.md\" title=\"\u{2068}See \u{202E}also\u{2069}\">a</a> <img src=\"z.jpg\" alt=\"plain\" title=\"Plain\" /></p>\n")
    }

    @Test("plain-text isolation leaves text without a direction control as it is")
    func plainTextIsolation() {
        #expect(BidiText.isolated("Zhambyl Region") == "Zhambyl Region")
        #expect(BidiText.isolated("Қазақстан") == "Қазақстан")
        #expect(BidiText.isolated("a\u{202E}b") == "\u{2068}a\u{202E}b\u{2069}")
        #expect(BidiText.isolated("a\u{2067}b") == "\u{2068}a\u{2067}b\u{2069}")
    }

    /// Each override in the text of the page (not in attributes or scripts) whose scope is
    /// not closed right after the value: described for the failure message.
    static func unisolatedOverrides(in html: String) -> [String] {
        let scalars = Array(html.unicodeScalars)
        var problems: [String] = []
        var index = 0
        var inScript = false
        while index < scalars.count {
            if scalars[index] == "<" {
                let end = scalars[index...].firstIndex(of: ">") ?? scalars.count - 1
                let tag = String(String.UnicodeScalarView(scalars[index...end])).lowercased()
                if tag.hasPrefix("<script") { inScript = true }
                if tag.hasPrefix("</script") { inScript = false }
                index = end + 1
                continue
            }
            if scalars[index] == "\u{202E}", !inScript, let problem = check(scalars, at: index) {
                problems.append(problem)
            }
            index += 1
        }
        return problems
    }

    /// The override at `at` is fine when the text after it is one of the tails, ended by a
    /// POP DIRECTIONAL ISOLATE after a FIRST STRONG ISOLATE, or by the closing tag of the
    /// `<bdi>` or `dir="auto"` element it sits in alone.
    static func check(_ scalars: [Unicode.Scalar], at: Int) -> String? {
        let tagStart = scalars[..<at].lastIndex(of: "<")!
        let tagEnd = scalars[tagStart...].firstIndex(of: ">")!
        let opening = String(String.UnicodeScalarView(scalars[tagStart...tagEnd]))
        let before = String(String.UnicodeScalarView(scalars[(tagEnd + 1)..<at]))
        let nextTag = scalars[at...].firstIndex(of: "<") ?? scalars.count
        var after = String(String.UnicodeScalarView(scalars[(at + 1)..<nextTag]))
        let context = before + "|" + after
        if before.unicodeScalars.contains("\u{2068}"), let pop = after.firstIndex(of: "\u{2069}") {
            after = String(after[..<pop])
            return tails.contains(after) ? nil : "unexpected text in the isolate: \(context)"
        }
        guard tails.contains(after) else { return "text after the override: \(context)" }
        let name = opening.dropFirst().prefix { $0.isLetter || $0.isNumber }
        guard name == "bdi" || opening.contains(" dir=\"auto\"") else { return "not isolated: \(opening)\(context)" }
        let closing = String(String.UnicodeScalarView(scalars[nextTag...].prefix(name.count + 3)))
        return closing == "</\(name)>" ? nil : "the isolating \(opening) does not end after the value: \(context)"
    }
}
