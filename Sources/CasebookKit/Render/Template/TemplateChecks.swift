/// The checks of what a theme would put on every page, run as it loads (`Theme.load`), each
/// an error at its place in `check` and `build`: a value printed raw that is not HTML the
/// build made (`TemplateRawValues`), a page template with nothing in it, and markup or
/// styles that run a script or load from another host (`ThemeActiveContent`), in the
/// templates and in the text assets.
enum TemplateChecks {
    /// The templates a page is made from (not the layout or the partials).
    static let pageTemplates: Set<String> = Set(Theme.requiredTemplates.filter { !$0.hasPrefix("partials/") })
        .union(["held", "letters", "corrections"])

    /// swift-mustache's parser takes time proportional to tags times the text before each
    /// (it measures every tag's position from the start), so a 16,000-tag template never
    /// finished loading, and 4,000 took 3 s. The largest built-in template has 241 tags in
    /// 6 KB; these limits are six and ten times that, and load in a fraction of a second.
    static let maxTags = 1_500
    static let maxBytes = 64 * 1024

    /// A template too large to parse in good time, at the tag past the limit; checked before
    /// swift-mustache reads it.
    static func sizeProblem(_ text: String, file: String) -> Diagnostic? {
        let bytes = text.utf8
        if bytes.count > maxBytes {
            return Diagnostic(.error, file, .start, "the template is \(bytes.count / 1024) KB, more than the \(maxBytes / 1024) KB casebook "
                + "reads in good time; split it into partials ({{>partials/name}})")
        }
        var tags = 0, line = 1, column = 1
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "{"), previous == UInt8(ascii: "{") {
                tags += 1
                if tags > maxTags {
                    return Diagnostic(.error, file, SourcePosition(line: line, column: column - 1),
                        "the template has more than \(maxTags) tags, which casebook cannot read in good time; split it into partials ({{>partials/name}})")
                }
                previous = 0  // `{{{` counts once
            } else {
                previous = byte
            }
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return nil
    }

    static func problems(name: String, text: String, file: String) -> [Diagnostic] {
        var found = TemplateRawValues.problems(in: text, file: file)
        if pageTemplates.contains(name), text.allSatisfy(\.isWhitespace) {
            // As an empty layout is (`TemplateBlocks`): every such page would be an empty file.
            found.append(Diagnostic(.error, file, .start,
                "the page template '\(name)' is empty, so every page made from it would be an empty file; "
                    + "write the page (casebook theme export DIR writes the built-in one to start from), "
                    + "or delete the file to use the built-in template"))
        }
        found += located(ThemeActiveContent.findings(Array(text.utf8), .html, template: true), in: text, file: file)
        return found
    }

    /// The text assets (style sheets, scripts, SVG and HTML files) read the same way; `read`:
    /// the bytes already read of some (`ThemeFiles.assetBytes`), judged as they are kept.
    static func assetProblems(_ assets: [StaticFile], read: [String: [UInt8]] = [:], displayName: String) -> [Diagnostic] {
        assets.flatMap { asset -> [Diagnostic] in
            guard let language = ThemeActiveContent.language(of: asset.path) else { return [] }
            let bytes: [UInt8]
            if let contents = asset.contents ?? read[asset.path] {
                bytes = contents
            } else if case .bytes(let read) = FileBytes.contents(of: asset.source, limit: 64 << 20) {
                bytes = read
            } else {
                return []  // copied or refused later with its reason
            }
            let file = asset.contents == nil ? displayName + "/" + asset.path : asset.source
            return located(ThemeActiveContent.findings(bytes, language), in: bytes, file: file)
        }
    }

    static func located(_ findings: [ThemeActiveContent.Finding], in text: String, file: String) -> [Diagnostic] {
        findings.isEmpty ? [] : located(findings, in: Array(text.utf8), file: file)
    }

    /// Each finding at its line and column (columns count characters, not bytes).
    static func located(_ findings: [ThemeActiveContent.Finding], in bytes: [UInt8], file: String) -> [Diagnostic] {
        findings.map { finding in
            var line = 1, column = 1
            for byte in bytes[..<min(finding.offset, bytes.count)] {
                if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            return Diagnostic(.error, file, SourcePosition(line: line, column: column), finding.message)
        }
    }
}
