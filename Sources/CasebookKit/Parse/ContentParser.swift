import Foundation

/// Reads one content file and parses it by kind. Never throws: every problem becomes a
/// positioned diagnostic, and the file is left out when it cannot be used.
enum ContentParser {
    static func parse(_ file: ContentFile, site: SiteConfig) -> (ParsedDocument?, [Diagnostic]) {
        if let problem = file.problem {  // found unusable by the load stage: never opened
            return (nil, [Diagnostic(.error, file.info.path, .start, problem.description, isIO: true)])
        }
        var reader = FieldReader(file: file.info.path)
        var bytes: [UInt8]
        switch FileBytes.contents(of: file.diskPath, limit: site.maxFileBytes) {
        case .tooLarge(let size):
            let kilobytes = String(format: "%.1f", Double(size) / 1024)
            reader.diagnostics.error(nil, "the file is \(kilobytes) KB, over the limit of \(site.maxFileBytes / 1024) KB; split it, or raise max_file_kb in site.yml")
            return (nil, reader.diagnostics.items)
        case .unreadable(let problem):
            return (nil, [Diagnostic(.error, file.info.path, .start, problem.description, isIO: true)])
        case .bytes(let read):
            bytes = read
        }
        if bytes.withUnsafeBufferPointer(TextDecoding.containsCR), !TextDecoding.removeCRBeforeLF(&bytes) {
            guard let text = TextDecoding.decode(Data(bytes), diagnostics: &reader.diagnostics) else { return (nil, reader.diagnostics.items) }
            return (parse(text: text, info: file.info, site: site, reader: &reader), reader.diagnostics.items)
        }
        let document = bytes.withUnsafeBufferPointer { buffer in
            parse(utf8: TextDecoding.droppingBOM(buffer), info: file.info, site: site, reader: &reader)
        }
        return (document, reader.diagnostics.items)
    }

    static func parse(text: String, info: DocumentInfo, site: SiteConfig, reader: inout FieldReader) -> ParsedDocument? {
        var text = text
        return text.withUTF8 { parse(utf8: $0, info: info, site: site, reader: &reader) }
    }

    /// The bytes of a file after any byte order mark, with LF line ends. Only the parts are
    /// made into strings (validated as UTF-8 then); the whole file never is.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, info: DocumentInfo, site: SiteConfig,
                      reader: inout FieldReader) -> ParsedDocument? {
        let frontMatter: FrontMatter
        // A merge git left unfinished: one error at its first marker. Front matter holding
        // one (or fences inside one) is not read: libyaml would only trip on a colon there.
        let conflict = ConflictMarkers.find(bytes)
        if let conflict { reader.diagnostics.error(SourcePosition(line: conflict.line, column: 1), ConflictMarkers.message(conflict)) }
        switch FrontMatter.locate(bytes) {
        case .success(let ranges):
            if let conflict, conflict.offset < ranges.body.lowerBound { return nil }
            guard let yaml = String(validating: UnsafeBufferPointer(rebasing: bytes[ranges.yaml]), as: UTF8.self),
                  let body = String(validating: UnsafeBufferPointer(rebasing: bytes[ranges.body]), as: UTF8.self) else {
                // The fences are ASCII, so the file is valid exactly when both parts are.
                TextDecoding.reportInvalid(bytes, diagnostics: &reader.diagnostics)
                return nil
            }
            // Control characters: one found in the YAML leaves the file unread (libyaml
            // would refuse it without a position); one in the body only is reported, and the
            // front matter is still checked.
            let controls = ControlCharacters.scan(bytes, ranges.yaml, references: false)
                + ControlCharacters.scan(bytes, ranges.body, references: true)
            ControlCharacters.report(controls, in: bytes, diagnostics: &reader.diagnostics)
            if let first = controls.first, first.offset < ranges.yaml.upperBound { return nil }
            frontMatter = FrontMatter(yaml: yaml, yamlFirstLine: 2, body: MarkdownBody(text: body, firstLine: ranges.bodyFirstLine))
        case .failure(let error):
            guard conflict == nil else { return nil }
            guard String(validating: bytes, as: UTF8.self) != nil else {
                TextDecoding.reportInvalid(bytes, diagnostics: &reader.diagnostics)
                return nil
            }
            switch error {
            case .missingOpening where bytes.starts(with: Array("---\r".utf8)) && !bytes.contains(UInt8(ascii: "\n")):
                // Lines ended by CR alone (classic Mac OS) are one long line to every reader.
                reader.diagnostics.error(.start, "the file's lines end with a carriage return alone (CR, as classic Mac OS saved text): save it with LF (or CRLF) line endings")
            case .missingOpening:
                reader.diagnostics.error(.start, "expected front matter: the file must start with a line '---', then YAML, then '---'")
            case .missingClosing:
                reader.diagnostics.error(.start, "the front matter is not closed: add a line '---' after the YAML")
            }
            return nil
        }
        reader.source = YAMLSource(text: frontMatter.yaml, firstLine: frontMatter.yamlFirstLine)
        let parsedRoot = YAMLTree.parse(frontMatter.yaml, firstLine: frontMatter.yamlFirstLine, diagnostics: &reader.diagnostics)
        if info.language != nil {  // a translation: its front matter may be empty (the body only)
            guard parsedRoot != nil || !reader.diagnostics.hasErrors else { return nil }
            return TranslationParser.parse(parsedRoot, info: info, body: frontMatter.body, reader: &reader).map { .translation($0) }
        }
        guard let root = parsedRoot else {
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
            diagnostics.error(invalidPosition(bytes), notUTF8(Array(bytes)))
            return nil
        }
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        return text
    }

    static func droppingBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        return hasBOM ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
    }

    static func containsCR(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, 13, bytes.count) != nil
    }

    /// CRLF line ends made LF in place, as `decode` does with Foundation's
    /// `replacingOccurrences` (which costs a millisecond per file on Linux). False, with the
    /// bytes untouched, when a line end is followed by a non-ASCII byte: there Foundation's
    /// comparison could take a combining mark as part of the line end, so it decides. A CR
    /// is only ever dropped before a LF, which keeps every position of an invalid byte.
    static func removeCRBeforeLF(_ bytes: inout [UInt8]) -> Bool {
        let count = bytes.count
        for index in 0..<count where bytes[index] == 13 && index + 1 < count && bytes[index + 1] == 10 {
            if index + 2 < count && bytes[index + 2] >= 0x80 { return false }
        }
        var write = 0
        for index in 0..<count {
            let byte = bytes[index]
            if byte == 13 && index + 1 < count && bytes[index + 1] == 10 { continue }
            bytes[write] = byte
            write += 1
        }
        bytes.removeLast(count - write)
        return true
    }

    /// The error for bytes (after any BOM) that are not UTF-8.
    static func reportInvalid(_ bytes: UnsafeBufferPointer<UInt8>, diagnostics: inout Diagnostics) {
        diagnostics.error(invalidPosition(Data(bytes)[...]), notUTF8(Array(bytes)))
    }

    /// "not valid UTF-8", with the encoding the file is in when it is plain: Windows-1251,
    /// which Notepad, Word and older editors in Russian and Kazakh save by default, or UTF-16
    /// (Notepad's "Unicode"). Told, the editor knows which setting to change; never read in
    /// it, since a guess that is wrong would publish letters that look right and are not.
    static func notUTF8(_ bytes: [UInt8]) -> String {
        let save = "save it as UTF-8 (in Notepad: File > Save As, Encoding: UTF-8; other editors have the same choice)"
        if case .some(.some) = CSVText.utf16(bytes) { return "the file is not valid UTF-8: it is saved as UTF-16 (\"Unicode\"); \(save)" }
        if CSVText.windows1251(bytes[...]) != nil {
            return "the file is not valid UTF-8: it looks like Windows-1251 (Cyrillic \"ANSI\"); \(save)"
        }
        return "the file is not valid UTF-8; save it as UTF-8"
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
