#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Where the parts lie in the file's bytes.
    struct Ranges {
        let yaml: Range<Int>
        let body: Range<Int>
        /// File line on which the body starts.
        let bodyFirstLine: Int
    }

    /// Expects text already normalised (no BOM, LF line ends).
    static func split(_ text: String) -> Result<FrontMatter, SplitError> {
        var text = text
        return text.withUTF8 { bytes in
            locate(bytes).map { ranges in
                FrontMatter(yaml: String(decoding: UnsafeBufferPointer(rebasing: bytes[ranges.yaml]), as: UTF8.self),
                            yamlFirstLine: 2,
                            body: MarkdownBody(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[ranges.body]), as: UTF8.self),
                                               firstLine: ranges.bodyFirstLine))
            }
        }
    }

    /// Finds the fences in the bytes of a file (after any byte order mark, LF line ends).
    /// Lines are found with memchr: this runs on every file of the archive.
    static func locate(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Ranges, SplitError> {
        guard let base = bytes.baseAddress else { return .failure(.missingOpening) }
        let end = bytes.count
        var lineStart = 0
        var lineNumber = 1
        var yamlStart: Int?
        while lineStart < end {
            let newline = memchr(base + lineStart, 0x0A, end - lineStart)
            let lineEnd = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? end
            let isFence = isFenceLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), closing: yamlStart != nil)
            if let start = yamlStart {
                if isFence {
                    // The YAML ends before the newline that precedes this line.
                    let yamlEnd = lineStart > start ? lineStart - 1 : lineStart
                    let bodyStart = lineEnd < end ? lineEnd + 1 : lineEnd
                    return .success(Ranges(yaml: start..<yamlEnd, body: bodyStart..<end, bodyFirstLine: lineNumber + 1))
                }
            } else {
                guard isFence else { return .failure(.missingOpening) }
                yamlStart = lineEnd < end ? lineEnd + 1 : lineEnd
            }
            guard lineEnd < end else { break }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return .failure(yamlStart == nil ? .missingOpening : .missingClosing)
    }

    /// `---` (or `...` to close), with nothing after it but spaces or tabs.
    static func isFenceLine(_ line: UnsafeBufferPointer<UInt8>, closing: Bool) -> Bool {
        var count = line.count
        while count > 0, line[count - 1] == UInt8(ascii: " ") || line[count - 1] == UInt8(ascii: "\t") { count -= 1 }
        guard count == 3 else { return false }
        let first = line[0]
        guard first == UInt8(ascii: "-") || (closing && first == UInt8(ascii: ".")) else { return false }
        return line[1] == first && line[2] == first
    }
}
