/// A quick scan before YAML parsing: the YAML library builds its tree recursively, so text
/// nested thousands of levels deep could exhaust a worker thread's stack. Content files
/// need a handful of levels; anything far beyond is refused with its position.
enum NestingGuard {
    static let maximumFlowDepth = YAMLTree.maximumDepth
    /// Columns of indentation (block nesting) beyond which a file is refused.
    static let maximumIndent = 120

    static func check(_ text: String, firstLine: Int) -> (SourcePosition, String)? {
        var text = text
        return text.withUTF8 { check(utf8: $0, firstLine: firstLine) }
    }

    /// Scans bytes rather than scalars (this runs on every file): every character that
    /// matters is ASCII, so the scan jumps from one such byte to the next. The previous
    /// scalar is the previous byte (a non-ASCII one equals no ASCII character, whichever
    /// byte of its scalar it is), and a column is counted only for a message.
    static func check(utf8 bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> (SourcePosition, String)? {
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        let count = bytes.count
        var depth = 0
        var line = firstLine, lineStart = 0
        /// The open quote, or a newline inside a comment; 0 for none.
        var quote: UInt8 = 0
        var atLineStart = true, indent = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            if atLineStart {
                if byte == space || byte == UInt8(ascii: "-") || byte == tab {
                    indent += 1
                    if indent > maximumIndent {
                        return (position(bytes, line: line, lineStart: lineStart, at: index), "the YAML is indented more than \(maximumIndent) columns deep; content files need far fewer levels")
                    }
                    index += 1
                    continue
                }
                atLineStart = false
            }
            if byte == newline {
                line += 1; lineStart = index + 1; atLineStart = true; indent = 0
                if quote == newline { quote = 0 }  // a comment ends with its line
                index += 1
                continue
            }
            let previous = index > 0 ? bytes[index - 1] : newline
            if quote != 0 {
                if byte == quote && !(quote == UInt8(ascii: "\"") && previous == UInt8(ascii: "\\")) { quote = 0 }
            } else if byte == UInt8(ascii: "#") && (previous == space || previous == newline) {
                // A comment: nothing until the end of the line counts. Skip by marking a pseudo-quote.
                quote = newline
            } else {
                switch byte {
                // Quotes open a quoted value only where a value can start, not in "Lesova's".
                case UInt8(ascii: "'"), UInt8(ascii: "\""):
                    switch previous {
                    case space, tab, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"),
                         UInt8(ascii: "-"), newline:
                        quote = byte
                    default: break
                    }
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > maximumFlowDepth {
                        return (position(bytes, line: line, lineStart: lineStart, at: index), "the YAML is nested more than \(maximumFlowDepth) levels deep; content files need far fewer")
                    }
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
                default: break
                }
            }
            index += 1
            while index < count, !matters(bytes[index]) { index += 1 }
        }
        return nil
    }

    /// Newlines, `#`, quotes and brackets: what can change the scan's state inside a line.
    @inline(__always)
    static func matters(_ byte: UInt8) -> Bool {
        // Bits for \n " # ' below 64, and [ ] { } from 64.
        let low: UInt64 = 1 << 10 | 1 << 34 | 1 << 35 | 1 << 39
        let high: UInt64 = 1 << (91 - 64) | 1 << (93 - 64) | 1 << (123 - 64) | 1 << (125 - 64)
        return byte < 64 ? (low >> byte) & 1 != 0 : byte < 128 && (high >> (byte - 64)) & 1 != 0
    }

    /// The position of a byte: its column counts scalars, so continuation bytes are skipped.
    static func position(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, lineStart: Int, at index: Int) -> SourcePosition {
        var column = 0
        for byte in bytes[lineStart...index] where byte & 0xC0 != 0x80 { column += 1 }
        return SourcePosition(line: line, column: column)
    }
}
