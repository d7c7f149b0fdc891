/// A quick scan before YAML parsing: the YAML library builds its tree recursively, so text
/// nested thousands of levels deep could exhaust a worker thread's stack. Content files
/// need a handful of levels; anything far beyond is refused with its position.
enum NestingGuard {
    static let maximumFlowDepth = YAMLTree.maximumDepth
    /// Columns of indentation (block nesting) beyond which a file is refused.
    static let maximumIndent = 120

    static func check(_ text: String, firstLine: Int) -> (SourcePosition, String)? {
        var depth = 0
        var line = firstLine, column = 0
        var quote: Unicode.Scalar?
        var atLineStart = true, indent = 0
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" {
                line += 1; column = 0; atLineStart = true; indent = 0
                if quote == "\n" { quote = nil }  // a comment ends with its line
                previous = scalar
                continue
            }
            if atLineStart {
                if scalar == " " || scalar == "-" || scalar == "\t" {
                    indent += 1
                    if indent > maximumIndent {
                        return (SourcePosition(line: line, column: column), "the YAML is indented more than \(maximumIndent) columns deep; content files need far fewer levels")
                    }
                } else {
                    atLineStart = false
                }
            }
            if let open = quote {
                if scalar == open && !(open == "\"" && previous == "\\") { quote = nil }
            } else if scalar == "#" && (previous == " " || previous == "\n") {
                // A comment: nothing until the end of the line counts. Skip by marking a pseudo-quote.
                quote = "\n"
            } else {
                switch scalar {
                // Quotes open a quoted value only where a value can start, not in "Lesova's".
                case "'", "\"":
                    if " \t[{,:-\n".unicodeScalars.contains(previous) { quote = scalar }
                case "[", "{":
                    depth += 1
                    if depth > maximumFlowDepth {
                        return (SourcePosition(line: line, column: column), "the YAML is nested more than \(maximumFlowDepth) levels deep; content files need far fewer")
                    }
                case "]", "}": depth = max(0, depth - 1)
                default: break
                }
            }
            previous = scalar
        }
        return nil
    }
}
