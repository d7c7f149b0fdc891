/// The theme's own texts are on every page: its word catalogues (`i18n/*.yml`, a search
/// box's "Search, e.g. …"), the text of its templates (outside their `{{…}}` tags, comments
/// in HTML included) and its text assets (CSS, JavaScript, SVG …), and the names of its
/// assets' files and folders, which are addresses. Like any file's, none may name a protected person. Each file is scanned once; one that names someone is read line
/// by line for the places. The built-in theme's texts are casebook's own, not read.
enum ThemeLeakCheck {
    /// Assets read as text: what a browser shows or runs.
    static let textAssets: Set<String> = ["css", "js", "mjs", "json", "svg", "html", "htm", "txt", "xml", "webmanifest", "md"]

    /// `templatesName`: how messages name the templates folder.
    static func problems(_ theme: Theme, words: ProtectedWords?, templatesName: String) -> [Diagnostic] {
        guard let words else { return [] }
        var texts = theme.ownTexts.map { (file: $0.file, text: $0.text, template: $0.file.hasSuffix(".mustache")) }
        for asset in theme.assetFiles where asset.contents == nil {
            guard let dot = asset.path.lastIndex(of: "."), textAssets.contains(asset.path[asset.path.index(after: dot)...].lowercased()) else { continue }
            // The dev server's theme keeps its assets as read: those bytes are what it serves.
            var kept = theme.assetBytes[asset.path]
            if kept == nil, case .bytes(let read) = FileBytes.contents(of: asset.source, limit: 16 << 20) { kept = read }
            guard let bytes = kept else { continue }
            texts.append((file: "\(templatesName)/\(asset.path)", text: String(decoding: bytes, as: UTF8.self), template: false))
        }
        var scanner = LeakScanner(words: words)
        var problems: [Diagnostic] = []
        // An asset's path is its address on the site, as a media file's is (`ProtectedMedia`).
        var folders: [Substring: ProtectedWords.Match?] = [:]
        for asset in theme.assetFiles where asset.contents == nil {
            if let message = ProtectedMedia.nameProblem(asset.path, words: words, folders: &folders) {
                problems.append(Diagnostic(.error, "\(templatesName)/\(asset.path)", .start, message))
            }
        }
        for (file, text, template) in texts {
            // What a page shows: a template without its tags, a catalogue without its comments.
            let published = template ? withoutTags(text)
                : file.hasSuffix(".yml") ? text.split(separator: "\n", omittingEmptySubsequences: false).map(SiteLeakCheck.withoutComment).joined(separator: "\n")
                : text
            let lines = published.split(separator: "\n", omittingEmptySubsequences: false)
            // The text as a page shows it: escapes, character references and tags decoded (`LeakEscapes`).
            let decoded = LeakEscapes.style(of: file).map { style in lines.map { LeakEscapes.decoded($0, style) } }
            guard scanner.names(published)
                || decoded.map({ zip(lines, $0).map { $1?.text ?? String($0) }.joined(separator: "\n") }).map({ scanner.names($0) }) == true
            else { continue }
            var found = Diagnostics(file: file)
            func report(_ finding: LeakReading.Finding, line: Int, column: Int, note: String = "") {
                let person = words.people[finding.person]
                found.error(SourcePosition(line: line, column: column),
                    "this text of the theme names a protected person by \(LeakCheck.phrase(finding.kind))\(finding.joined ? " inside a longer word" : "") (protected in \(person.info.path))\(note): leave the name out of the theme, which every page shows")
            }
            for found in LeakEscapes.findings(lines, decoded: decoded, words: words) {
                report(found.finding, line: found.line, column: found.column, note: found.decoded ? LeakEscapes.note : "")
            }
            if found.items.isEmpty {  // a name over two lines: the file as a whole
                found.error(.start, "this text of the theme names a protected person: leave the name out of the theme, which every page shows")
            }
            problems += found.items
        }
        return problems
    }

    /// A template's text with each `{{…}}` tag made spaces (a tag is a name of a value, not
    /// text; spaces keep the columns), lines kept.
    static func withoutTags(_ text: String) -> String {
        guard text.contains("{{") else { return text }
        var out = ""
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            var end = close.upperBound
            if end < rest.endIndex, rest[end] == "}" { end = rest.index(after: end) }
            out += rest[open.lowerBound..<end].map { $0 == "\n" ? Character("\n") : Character(" ") }
            rest = rest[end...]
        }
        return out + rest
    }
}
