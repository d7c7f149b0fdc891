import Foundation

/// site.yml's texts are published too (the site's title and description, every label of
/// its vocabularies, charges and their laws, place names in each language, keys that make
/// addresses): like any file's, none may name a protected person. Every line is read as
/// written, comments left out, so a finding has its line and column, and again with its
/// escapes decoded (`LeakEscapes`).
enum SiteLeakCheck {
    static func problems(_ content: ParsedContent, words: ProtectedWords) -> [Diagnostic] {
        guard let url = content.siteFile, case .bytes(let bytes) = FileBytes.contents(of: url.path, limit: Int.max) else { return [] }
        var ignored = Diagnostics(file: "")
        guard let text = TextDecoding.decode(Data(bytes), diagnostics: &ignored) else { return [] }
        let locator = LeakLocator(words: words)
        var problems = Diagnostics(file: "\(content.displayName)/site.yml")
        var section: Substring = ""
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let published = withoutComment(line)
            if let first = published.first, !first.isWhitespace, first != "-", let colon = published.firstIndex(of: ":") { section = published[..<colon] }
            // The ids of `withdrawn` and the old keys of `former_keys` are addresses (a withdrawn
            // case's page, an old tag's): a name inside a longer word counts there, as in a file's id.
            let addresses = section == "withdrawn" || section == "former_keys"
            var people: Set<Int> = []
            for finding in words.findings(in: LeakReading(lines: [published], addresses: addresses)) where people.insert(finding.person).inserted {
                problems.error(SourcePosition(line: offset + 1, column: finding.place.column), locator.message(finding, key: finding.joined ? LeakLocator.siteAddressKey : nil))
            }
            // A double-quoted value's escapes (`"\u0421…"`) are published as the letters they stand for.
            guard let decoded = LeakEscapes.decoded(published, .yaml) else { continue }
            for finding in words.findings(in: LeakReading(lines: [Substring(decoded.text)], addresses: false)) where people.insert(finding.person).inserted {
                problems.error(SourcePosition(line: offset + 1, column: decoded.columns[min(finding.place.column, decoded.columns.count) - 1]),
                               locator.message(finding, key: nil) + LeakEscapes.note)
            }
        }
        return problems.items
    }

    /// The line up to a `#` that starts a YAML comment (at the start, or after a space,
    /// outside quotes).
    static func withoutComment(_ line: Substring) -> Substring {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#", previous == " " || previous == "\t" {
                return line[..<index]
            }
            previous = character
        }
        return line
    }
}
