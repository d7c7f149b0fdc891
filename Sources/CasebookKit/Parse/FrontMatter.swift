/// Splits a content file into its YAML front matter and Markdown body.
struct FrontMatter {
    let yaml: String
    /// File line on which the YAML starts (the line after the opening `---`).
    let yamlFirstLine: Int
    let body: MarkdownBody

    enum SplitError: Error {
        case missingOpening
        case missingClosing
    }

    /// Expects text already normalised (no BOM, LF line ends). Scans bytes, not
    /// characters: this runs on every file of the archive.
    static func split(_ text: String) -> Result<FrontMatter, SplitError> {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let isFence = isFenceLine(utf8[lineStart..<lineEnd], closing: yamlStart != nil)
            if yamlStart == nil {
                guard isFence else { return .failure(.missingOpening) }
                yamlStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            } else if isFence {
                // The YAML ends before the newline that precedes this line.
                let yamlEnd = lineStart > yamlStart! ? utf8.index(before: lineStart) : lineStart
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                return .success(FrontMatter(
                    yaml: String(text[yamlStart!..<yamlEnd]),
                    yamlFirstLine: 2,
                    body: MarkdownBody(text: String(text[bodyStart...]), firstLine: lineNumber + 1)))
            }
            guard lineEnd < utf8.endIndex else { break }
            lineStart = utf8.index(after: lineEnd)
            lineNumber += 1
        }
        return .failure(yamlStart == nil ? .missingOpening : .missingClosing)
    }

    /// `---` (or `...` to close), with nothing after it but spaces or tabs.
    static func isFenceLine(_ line: Substring.UTF8View, closing: Bool) -> Bool {
        var bytes = line[...]
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes = bytes.dropLast() }
        return bytes.elementsEqual("---".utf8) || (closing && bytes.elementsEqual("...".utf8))
    }
}
