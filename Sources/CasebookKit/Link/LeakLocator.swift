import Foundation

/// Where a file names a protected person: each published value of its front matter (read
/// again, positioned) and each line of its body that does, with what to write instead.
/// Runs only for the few files the leak check found.
struct LeakLocator: Sendable {
    let words: ProtectedWords

    /// The keys whose values are published text, at any depth of the front matter.
    static let publishedKeys: Set<String> = [
        "title", "summary", "name", "short_name", "aliases", "region", "city", "tags", "publisher", "url",
        "archive_url", "note", "pseudonym", "photo", "file", "credit", "alt", "caption", "address", "support_url",
        "place", "status_note", "language", "former_names",
    ]
    /// Keys whose values are addresses, file names, or become addresses (a tag's page):
    /// a name inside a longer word counts there (`LeakReading`).
    static let addressKeys: Set<String> = ["url", "archive_url", "support_url", "photo", "file", "tags", "region", "city", "id"]
    /// Keys of a protected person's own file (and its translations) that are never published.
    static let hiddenKeys: Set<String> = ["name", "aliases", "photo"]

    /// The front matter's values that name someone, each at its value.
    func frontMatter(of info: DocumentInfo, diskPath: String?, ownNameHidden: Bool) -> [Diagnostic] {
        var problems = Diagnostics(file: info.path)
        if let root = Self.read(diskPath) {
            walk(root, top: true, ownNameHidden: ownNameHidden, language: info.language, into: &problems)
            // A case's source ids are published in `cases.json`; other files' are not.
            if info.kind == .cases, info.language == nil, case .mapping(let entries) = root.value,
               case .sequence(let sources)? = entries.first(where: { $0.key == "sources" })?.value.value {
                for case .mapping(let fields) in sources.map(\.value) {
                    if let id = fields.first(where: { $0.key == "id" }) { check(id.value, key: "id", language: nil, into: &problems) }
                }
            }
        }
        if problems.items.isEmpty {  // changed on disk since it was read: the file as a whole
            problems.error(.start, "a text of this file names a protected person; write the name they are published under")
        }
        return problems.items
    }

    /// The body's lines that name someone, at the first word that does; a name hard-wrapped
    /// over two lines at its first line. `language`: a translation's, whose pages publish
    /// the name in its own form.
    func body(_ body: MarkdownBody, file: String, language: String? = nil) -> [Diagnostic] {
        var problems = Diagnostics(file: file)
        let lines = body.text.split(separator: "\n", omittingEmptySubsequences: false)
        var reported: Set<[Int]> = []
        for finding in words.findings(in: LeakReading(lines: lines, addresses: false))
        where reported.insert([finding.person, finding.place.line]).inserted {
            problems.error(SourcePosition(line: body.firstLine + finding.place.line, column: finding.place.column),
                           message(finding, key: nil, language: language))
        }
        // A name that only the page shows whole: encoded (`&#101;`), split by marks, tags or a link's address.
        let named = Set(reported.map { $0[1] })
        if let visible = ReaderText.of(body.text, links: true) {
            let visibleLines = visible.split(separator: "\n", omittingEmptySubsequences: false)
            for finding in words.findings(in: LeakReading(lines: visibleLines, addresses: false))
            where !named.contains(finding.place.line) && reported.insert([finding.person, finding.place.line]).inserted {
                problems.error(SourcePosition(line: body.firstLine + finding.place.line, column: 1),
                               message(finding, key: nil, language: language) + " (written with character references, Markdown marks, links or tags, the page shows it whole)")
            }
        }
        // A character reference in a link's address or title, which cmark decodes and the reader text leaves out.
        for (offset, line) in lines.enumerated() where !named.contains(offset) {
            guard let plain = LeakEscapes.decoded(line, .references) else { continue }
            for finding in words.findings(in: LeakReading(lines: [Substring(plain.text)], addresses: false))
            where reported.insert([finding.person, offset]).inserted {
                problems.error(SourcePosition(line: body.firstLine + offset, column: plain.columns[min(finding.place.column, plain.columns.count) - 1]),
                               message(finding, key: nil, language: language) + " (written with character references, the page shows it whole)")
            }
        }
        if problems.items.isEmpty {  // found by the scan, in a way no place shows: the body as a whole
            problems.error(SourcePosition(line: body.firstLine, column: 1),
                           "this text names a protected person; read it for their name in any spelling, and write the name they are published under")
        }
        return problems.items
    }

    func walk(_ node: YAMLNode, top: Bool, ownNameHidden: Bool, language: String?, into problems: inout Diagnostics) {
        switch node.value {
        case .mapping(let entries):
            for entry in entries {
                if top, ownNameHidden, Self.hiddenKeys.contains(entry.key) { continue }
                if Self.publishedKeys.contains(entry.key) {
                    check(entry.value, key: entry.key, language: language, into: &problems)
                } else {
                    walk(entry.value, top: false, ownNameHidden: false, language: language, into: &problems)
                }
            }
        case .sequence(let items):
            for item in items { walk(item, top: false, ownNameHidden: false, language: language, into: &problems) }
        case .scalar:
            break
        }
    }

    /// A published value: a text, a list of texts, or a mapping (a photo's credit and alt,
    /// a former name).
    func check(_ node: YAMLNode, key: String, language: String?, into problems: inout Diagnostics) {
        switch node.value {
        case .scalar(let text, let isNull):
            guard !isNull else { return }
            var people: Set<Int> = []
            let reading = LeakReading(lines: text.split(separator: "\n", omittingEmptySubsequences: false), addresses: Self.addressKeys.contains(key))
            for finding in words.findings(in: reading) where people.insert(finding.person).inserted {
                problems.error(node.position, message(finding, key: key, language: language))
            }
        case .sequence(let items):
            for item in items { check(item, key: key, language: language, into: &problems) }
        case .mapping:
            walk(node, top: false, ownNameHidden: false, language: language, into: &problems)
        }
    }

    /// Not a key of any file: an id or key of site.yml that becomes an address (`SiteLeakCheck`).
    static let siteAddressKey = "\u{0}site address"

    func message(_ finding: LeakReading.Finding, key: String?, language: String? = nil) -> String {
        let person = words.people[finding.person]
        let names = "names a protected person by \(LeakCheck.phrase(finding.kind))\(finding.joined ? " inside a longer word" : "")"
        let whose = "(protected in \(person.info.path))"
        // A name joined to other letters is found by search all the same; a word that only happens to hold it reads so too.
        let joined = finding.joined ? ", or leave out the hashtag, handle or address that joins the name to other letters (a word that only happens to hold it needs other wording too)" : ""
        switch key {
        case "url", "archive_url", "support_url":
            return "this address \(names) \(whose): leave it out, or cite a copy whose address does not name them"
        case "photo", "file":
            return "this file name \(names) \(whose): rename the file"
        case "id":
            return "this source id \(names) \(whose), and the open data publishes it: give the source a neutral id, like 'source-1', and use it wherever this file cites the source"
        case Self.siteAddressKey:
            return "this id \(names) \(whose), and it becomes an address anyone can read: leave it out, since an old address that names them cannot be kept"
        case "pseudonym":
            return "this pseudonym \(names) \(whose): choose one that says nothing about them, like \"Defendant A\""
        default:
            return "this text \(names) \(whose): \(Self.instead(finding.person, words: words, language: language))\(joined)"
        }
    }

    /// What to write instead of a protected person's name: the name they are published
    /// under on the pages of the text's language (the initials of their translated name,
    /// "Ж. С."), unless that names them too (a pseudonym "Z. Sekretova"), which the log never quotes.
    static func instead(_ index: Int, words: ProtectedWords, language: String? = nil) -> String {
        let person = words.people[index]
        let published = language.flatMap { words.publishedNames[index][$0] } ?? Protection.publishedName(person)
        return words.names(published) ? "write the name they are published under, once the pseudonym in \(person.info.path) no longer names them"
            : "write '\(published)' instead"
    }

    /// The character column (from 1) where the line's word `index` starts: the shortest
    /// start of the line that holds that word, found by halves (words only add up).
    static func column(of index: Int, in line: Substring) -> Int {
        let characters = Array(line)
        var low = 1, high = characters.count
        while low < high {
            let middle = (low + high) / 2
            if LeakFold.words(String(characters[..<middle])).count > index { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The front matter of a content file, read again and positioned as when it was parsed.
    static func read(_ diskPath: String?) -> YAMLNode? {
        guard let diskPath, case .bytes(let bytes) = FileBytes.contents(of: diskPath, limit: Int.max) else { return nil }
        var ignored = Diagnostics(file: "")
        guard let text = TextDecoding.decode(Data(bytes), diagnostics: &ignored),
              case .success(let parts) = FrontMatter.split(text) else { return nil }
        return YAMLTree.parse(parts.yaml, firstLine: parts.yamlFirstLine, diagnostics: &ignored)
    }
}
