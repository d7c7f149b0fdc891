/// libyaml ends a line at U+2028, U+2029 and U+0085 (and at a lone CR) as well as at a line
/// feed; the file's lines end at line feeds only. A text that holds one of them (pasted from
/// a web page or a word processor, nearly never) has its positions mapped back to the file's
/// own lines and columns; for every other text there is no map, and nothing to do.
struct YAMLLineMap: Sendable {
    /// For each line libyaml counts (from 0): the file's line within the text (from 0) and the
    /// column its first character has there (from 0).
    private let starts: [(line: Int, column: Int)]
    /// Each such character: its line and column in the text (from 0) and its code point.
    let separators: [(line: Int, column: Int, value: UInt32)]

    init?(_ text: String) {
        guard Self.mayHold(text) else { return nil }
        var starts = [(line: 0, column: 0)]
        var separators: [(line: Int, column: Int, value: UInt32)] = []
        var line = 0, column = 0
        var afterCR = false
        for scalar in text.unicodeScalars {
            let wasAfterCR = afterCR
            afterCR = false
            switch scalar.value {
            case 0x0A:
                if wasAfterCR { starts.removeLast() }  // CR LF is one line end for both
                line += 1
                column = 0
                starts.append((line, 0))
            case 0x0D:
                column += 1
                starts.append((line, column))
                afterCR = true
            case 0x85, 0x2028, 0x2029:
                separators.append((line, column, scalar.value))
                column += 1
                starts.append((line, column))
            default:
                column += 1
            }
        }
        self.starts = starts
        self.separators = separators
    }

    /// A line separator, a paragraph separator or a next-line character: their UTF-8 bytes.
    static func mayHold(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if previous == 0xC2 && byte == 0x85 { return true }
            if beforePrevious == 0xE2 && previous == 0x80 && (byte == 0xA8 || byte == 0xA9) { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// libyaml's line and column (both from 0) as the text's own (both from 0).
    func map(line: Int, column: Int) -> (line: Int, column: Int) {
        let start = starts[min(max(line, 0), starts.count - 1)]
        return (start.line, start.column + column)
    }
}
