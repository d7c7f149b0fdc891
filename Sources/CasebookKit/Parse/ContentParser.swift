import Foundation

/// Reads one content file and parses it by kind. Never throws: every problem becomes a
/// positioned diagnostic, and the file is left out when it cannot be used.
enum ContentParser {
    static func parse(_ file: ContentFile, site: SiteConfig) -> (ParsedDocument?, [Diagnostic]) {
        var reader = FieldReader(file: file.info.path)
        let size = (try? FileManager.default.attributesOfItem(atPath: file.url.path)[.size] as? Int) ?? nil
        if let size, size > site.maxFileBytes {
            let kilobytes = String(format: "%.1f", Double(size) / 1024)
            reader.diagnostics.error(nil, "the file is \(kilobytes) KB, over the limit of \(site.maxFileBytes / 1024) KB; split it, or raise max_file_kb in site.yml")
            return (nil, reader.diagnostics.items)
        }
        guard let data = try? Data(contentsOf: file.url) else {
            return (nil, [Diagnostic(.error, file.info.path, .start, "the file could not be read (check its permissions)", isIO: true)])
        }
        guard let text = TextDecoding.decode(data, diagnostics: &reader.diagnostics) else {
            return (nil, reader.diagnostics.items)
        }
        let document = parse(text: text, info: file.info, site: site, reader: &reader)
        return (document, reader.diagnostics.items)
    }

    static func parse(text: String, info: DocumentInfo, site: SiteConfig, reader: inout FieldReader) -> ParsedDocument? {
        let frontMatter: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let split): frontMatter = split
        case .failure(.missingOpening):
            reader.diagnostics.error(.start, "expected front matter: the file must start with a line '---', then YAML, then '---'")
            return nil
        case .failure(.missingClosing):
            reader.diagnostics.error(.start, "the front matter is not closed: add a line '---' after the YAML")
            return nil
        }
        guard let root = YAMLTree.parse(frontMatter.yaml, firstLine: frontMatter.yamlFirstLine,
                                        diagnostics: &reader.diagnostics) else {
            if !reader.diagnostics.hasErrors {
                reader.diagnostics.error(SourcePosition(line: 2, column: 1), "the front matter is empty; \(info.kind.singular) files need at least \(requiredKeys(info.kind))")
            }
            return nil
        }
        let body = frontMatter.body
        guard case .mapping = root.value else {
            reader.diagnostics.error(root.position, "expected the front matter to be key: value lines, found \(root.kindName); \(info.kind.singular) files need at least \(requiredKeys(info.kind))")
            return nil
        }
        switch info.kind {
        case .cases:
            return CaseParser.parse(root, info: info, body: body, site: site, reader: &reader).map { .caseRecord($0) }
        case .people:
            return PersonParser.parse(root, info: info, body: body, site: site, reader: &reader).map { .person($0) }
        case .organizations:
            return OrganizationParser.parse(root, info: info, body: body, site: site, reader: &reader).map { .organization($0) }
        case .pages:
            return PageParser.parse(root, info: info, body: body, reader: &reader).map { .page($0) }
        }
    }
}

extension ContentParser {
    static func requiredKeys(_ kind: ContentKind) -> String {
        switch kind {
        case .cases: "title, status, people and sources"
        case .people, .organizations: "name"
        case .pages: "title"
        }
    }
}

/// UTF-8 only; a leading BOM and CRLF line ends are accepted and normalised.
enum TextDecoding {
    static func decode(_ data: Data, diagnostics: inout Diagnostics) -> String? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.error(invalidPosition(bytes), "the file is not valid UTF-8; save it as UTF-8")
            return nil
        }
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        return text
    }

    /// Line and column of the first byte that breaks UTF-8.
    static func invalidPosition(_ bytes: Data.SubSequence) -> SourcePosition {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let end = min(bytes.endIndex, index + 4)
            var valid = false
            for length in 1...4 where index + length <= end {
                if String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil {
                    if bytes[index] == 10 { line += 1; lineStart = index + 1 }
                    index += length
                    valid = true
                    break
                }
            }
            if !valid {
                let column = (String(validating: bytes[lineStart..<index], as: UTF8.self)?.unicodeScalars.count ?? 0) + 1
                return SourcePosition(line: line, column: column)
            }
        }
        return .start
    }
}
