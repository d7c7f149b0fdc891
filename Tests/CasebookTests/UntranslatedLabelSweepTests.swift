import Foundation
import Testing
@testable import CasebookKit

/// Every vocabulary label and charge a Russian or Kazakh page shows in English, for want of
/// a translation in site.yml, is inside an element with `lang="en"` (WCAG 3.1.2), on every
/// page of the whole site: the sample's site.yml is given English labels only, each ending
/// in a word found nowhere else, and every text of every page's body is checked. A template
/// or a list that drops a mark fails here, whichever page it is on.
@Suite struct UntranslatedLabelSweepTests {
    /// Ends every English label, so a label is found wherever it is shown, capitalized or inside a sentence.
    static let marker = "Zqx"

    /// The sample's site.yml with every label and charge in English only, marked.
    static func englishOnly(_ yaml: String) throws -> String {
        var text = yaml
        // `  sentenced: {en: Sentenced, ru: Осуждён, kk: Сотталды}` -> `  sentenced: "Sentenced Zqx"`
        text = text.replacing(try Regex(#"(?m)^(\s+[\w-]+):\s*\{en: ([^,]+), ru: [^}]*\}$"#)) { match in
            "\(match.output[1].substring!): \"\(match.output[2].substring!) \(marker)\""
        }
        // A charge's label and law: the English line marked, the others left out.
        text = text.replacing(try Regex(#"(?m)^      en: (.*)$"#)) { match in "      en: \"\(match.output[1].substring!) \(marker)\"" }
        text = text.replacing(try Regex(#"(?m)^      (ru|kk): .*\n"#), with: "")
        // The vocabularies the sample leaves built in (with Russian and Kazakh labels), in English only.
        let builtIn: [(String, [String])] = [
            ("affiliations", ["member", "leader", "founder", "supporter", "alleged"]),
            ("document_kinds", ["indictment", "verdict", "appeal-ruling", "complaint", "un-opinion", "other"]),
            ("custody_kinds", ["detention", "pretrial-detention", "house-arrest", "prison", "psychiatric", "freedom-limitation", "travel-ban"]),
        ]
        for (name, keys) in builtIn {
            text += "\(name):\n" + keys.map { "  \($0): \"\($0) \(marker)\"\n" }.joined()
        }
        text += "decision_outcomes:\n" + ["convicted", "acquitted", "upheld", "changed", "overturned", "sent-back", "released", "dismissed"].map {
            ["acquitted", "overturned", "sent-back", "dismissed"].contains($0)
                ? "  \($0): {label: \"\($0) \(marker)\", clears_sentence: true}\n" : "  \($0): \"\($0) \(marker)\"\n"
        }.joined()
        return text
    }

    @Test(.hangGuard) func everyLabelLeftInEnglishIsMarkedOnEveryPage() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let yaml = try Self.englishOnly(site.read("content/site.yml"))
        #expect(!yaml.contains("ru: Осуждён") && !yaml.contains("Уголовный кодекс"))
        try site.write("content/site.yml", yaml)
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        var unmarked: [String] = []
        var marked: Set<String> = []
        for language in ["ru", "kk"] {
            let folder = site.output.appendingPathComponent(language)
            let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
            for path in files.sorted() where path.hasSuffix(".html") {
                let html = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
                for text in LangScan.texts(html) where text.text.contains(Self.marker) {
                    if text.lang == "en" { marked.insert(text.text) } else { unmarked.append("\(language)/\(path): \(text.text)") }
                }
            }
        }
        #expect(unmarked.isEmpty, "\(unmarked.count) texts:\n\(unmarked.prefix(40).joined(separator: "\n"))")
        // The search index names every status and organization kind as untranslated (`u`), for
        // the results' `lang`: all ten statuses, all five kinds.
        #expect(try site.read("public/ru/search/index.js").contains(#""u":["en","","","","","0111111111","01111"]"#))
        // The filters' labels, which the script puts in `<option lang>`: each untranslated one gives its language.
        for language in ["ru", "kk"] {
            let data = try site.read("public/\(language)/cases/filter-data.js")
            let labels = try #require(data.range(of: #""cases":["#).map { data[..<$0.lowerBound] })
            let pairs = labels.matches(of: #/"[^"]*"\]/#).map { String($0.output) }
            #expect(labels.contains(Self.marker) && !pairs.contains { $0.contains(Self.marker) }, "\(pairs.filter { $0.contains(Self.marker) })")
        }
        // The sweep saw each kind of label (and so the rewrite of site.yml worked).
        for label in ["Sentenced", "Defendant", "Detained", "freedom limitation", "Court", "alleged", "pretrial-detention",
                      "appeal", "upheld", "Criminal Code of Kazakhstan, Article 405", "Inciting social hatred"] {
            #expect(marked.contains { $0.contains(label + " " + Self.marker) }, "\(label) is marked nowhere")
        }
    }

    /// The untranslated parts of a sentence and of a status worded with its certainty are
    /// marked inside the page's words, which stay unmarked.
    @Test(.hangGuard) func aWordedSentenceMarksOnlyItsUntranslatedLabel() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/site.yml", "{en: freedom limitation, ru: ограничение свободы, kk: бас бостандығын шектеу}", with: "freedom limitation")
        try site.replace("content/site.yml", "{en: Sentenced, ru: Осуждён, kk: Сотталды}", with: "{en: Sentenced, kk: Сотталды}")
        try site.replace("content/site.yml", "{en: Defendant, ru: Обвиняемый, kk: Айыпталушы}", with: "Defendant")
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced\n", with: "status: sentenced\nstatus_certainty: reported\n")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let person = try site.read("public/ru/people/zhazira-qambarova/index.html")
        #expect(person.contains(#"<p class="case-role"><bdi lang="en">Defendant</bdi> · <bdi lang="en">Sentenced</bdi> <span class="certainty">(<bdi>по сообщениям</bdi>)</span>: <bdi lang="en">freedom limitation</bdi> сроком на 2 года; "#))
        #expect(person.contains(#"<span class="status status-sentenced" dir="auto"><bdi lang="en">Sentenced</bdi> (по сообщениям)</span>"#))
        // The case's status with its certainty, in the lists: the catalogue's words unmarked.
        #expect(try site.read("public/ru/index.html").contains(#"<span class="status status-sentenced" dir="auto"><bdi lang="en">Sentenced</bdi> (по сообщениям)</span>"#))
        // A status page's title is the label: its link preview says so; the `<title>` is half Russian.
        let statusPage = try site.read("public/ru/statuses/sentenced/index.html")
        #expect(statusPage.contains(#"<meta property="og:title" content="Sentenced" lang="en">"#))
        #expect(statusPage.contains("<title>Sentenced · Мониторинг политических дел Казахстана</title>"))
        // Kazakh has the status: only the role and the type are marked.
        let kk = try site.read("public/kk/people/zhazira-qambarova/index.html")
        #expect(kk.contains(#"<p class="case-role"><bdi lang="en">Defendant</bdi> · Сотталды <span class="certainty">(<bdi>хабарламалар бойынша</bdi>)</span>: 2 жыл мерзімге <bdi lang="en">freedom limitation</bdi>; "#))
        // The English pages mark nothing.
        #expect(try !site.read("public/people/zhazira-qambarova/index.html").contains(#"<bdi lang="en">"#))
    }
}

/// The texts of an HTML page's body, each with the `lang` it is in (its element's or the
/// nearest ancestor's): text between tags and the attributes a reader meets (`alt`,
/// `title`, `aria-label`, `content`, `placeholder`). Skips `<head>` (a title half in each
/// language cannot be marked: `page_title_lang`), scripts, styles and the charts' `<svg
/// role="img">`, whose texts a screen reader does not read (their `<title>` and `<desc>`,
/// and the table beside them, say the same).
enum LangScan {
    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    static let skipped: Set<String> = ["head", "script", "style", "svg"]

    static func texts(_ html: String) -> [(text: String, lang: String?)] {
        var out: [(text: String, lang: String?)] = []
        var stack: [(name: String, lang: String?)] = []
        var rest = Substring(html)
        func current() -> String? { stack.last { $0.lang != nil }?.lang }
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "<") else { out.append((String(rest), current())); break }
            if open > rest.startIndex { out.append((String(rest[..<open]), current())) }
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                rest = rest.range(of: "-->").map { rest[$0.upperBound...] } ?? ""
                continue
            }
            guard let close = rest.firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                let name = tag.dropFirst().lowercased()
                if let index = stack.lastIndex(where: { $0.name == name }) { stack.removeSubrange(index...) }
                continue
            }
            let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
            let attributes = attributes(String(tag.dropFirst(name.count)))
            if skipped.contains(name) {
                rest = rest.range(of: "</\(name)>").map { rest[$0.upperBound...] } ?? ""
                continue
            }
            let lang = attributes["lang"] ?? current()
            for key in ["alt", "title", "aria-label", "content", "placeholder"] {
                if let value = attributes[key] { out.append((value, lang)) }
            }
            if !void.contains(name) && !tag.hasSuffix("/") { stack.append((name, attributes["lang"])) }
        }
        return out
    }

    /// `name="value"` pairs of a tag.
    static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for match in text.matches(of: #/([\w-]+)="([^"]*)"/#) { result[String(match.output.1)] = String(match.output.2) }
        return result
    }
}
