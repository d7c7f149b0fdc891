/// Where a Markdown link was written, from the position libcmark gives its node: the `[`
/// of the link (the `!` of an image), or, for a reference-style link (`[text][label]`),
/// the `[` of the definition that holds the destination, so a broken definition used
/// twice is one message. libcmark counts columns in bytes; messages count characters.
struct LinkPosition {
    let lines: [Substring]
    let firstLine: Int

    init(_ body: MarkdownBody) {
        lines = body.text.split(separator: "\n", omittingEmptySubsequences: false)
        firstLine = body.firstLine
    }

    /// `line` and `byteColumn` are libcmark's, 1-based in the body.
    func locate(line: Int, byteColumn: Int, isImage: Bool) -> SourcePosition {
        guard line >= 1, line <= lines.count else { return SourcePosition(line: firstLine + max(0, line - 1), column: 1) }
        let text = lines[line - 1]
        // An autolink (`<scheme:…>`) is where libcmark says: a `[` near it is another link's.
        if byteColumn >= 1, text.utf8.dropFirst(byteColumn - 1).first == UInt8(ascii: "<") {
            return SourcePosition(line: firstLine + line - 1, column: Self.column(ofByte: byteColumn, in: text))
        }
        let byteColumn = Self.start(from: byteColumn, in: text, isImage: isImage)
        if let label = referenceLabel(in: text, from: byteColumn), let definition = definition(of: label) {
            return definition
        }
        return SourcePosition(line: firstLine + line - 1, column: Self.column(ofByte: byteColumn, in: text))
    }

    /// Where a node that is no link starts (raw HTML), libcmark's line and byte column as it says.
    func locate(line: Int, byteColumn: Int) -> SourcePosition {
        guard line >= 1, line <= lines.count else { return SourcePosition(line: firstLine + max(0, line - 1), column: 1) }
        return SourcePosition(line: firstLine + line - 1, column: Self.column(ofByte: byteColumn, in: lines[line - 1]))
    }

    /// libcmark's column, or the nearest `[` (`!` of an image) to it when it is not at one:
    /// on a paragraph's later lines libcmark counts from after the indentation it strips,
    /// and on a lazy line of a block quote from after a `> ` that is not there.
    static func start(from byteColumn: Int, in text: Substring, isImage: Bool) -> Int {
        let bytes = Array(text.utf8), opening = UInt8(ascii: isImage ? "!" : "[")
        let guess = max(0, byteColumn - 1)
        let after = bytes.indices.first { $0 >= guess && bytes[$0] == opening }
        let before = bytes.indices.last { $0 < guess && bytes[$0] == opening }
        switch (before, after) {
        case let (before?, after?): return (guess - before < after - guess ? before : after) + 1
        case let (before?, nil): return before + 1
        case let (nil, after?): return after + 1
        case (nil, nil): return byteColumn
        }
    }

    /// Characters before byte `byteColumn` (1-based) of `text`, plus one.
    static func column(ofByte byteColumn: Int, in text: Substring) -> Int {
        var bytes = 0, column = 1
        for scalar in text.unicodeScalars {
            bytes += UTF8.width(scalar)
            if bytes >= byteColumn { break }
            column += 1
        }
        return column
    }

    /// The label of a reference-style link starting at `byteColumn` on this line, or nil
    /// for an inline link `[text](destination)`. Only links written on one line are read.
    func referenceLabel(in text: Substring, from byteColumn: Int) -> String? {
        let bytes = Array(text.utf8)
        var index = max(0, byteColumn - 1)
        if index < bytes.count, bytes[index] == UInt8(ascii: "!") { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
        // The closing bracket of the link text (brackets nest, backslashes escape).
        var depth = 0, close: Int?
        var i = index
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { close = i }
            default: break
            }
            if close != nil { break }
            i += 1
        }
        guard let close else { return nil }
        let after = close + 1
        if after < bytes.count, bytes[after] == UInt8(ascii: "(") { return nil }
        let textLabel = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
        guard after < bytes.count, bytes[after] == UInt8(ascii: "[") else { return textLabel }
        guard let end = bytes[after...].firstIndex(of: UInt8(ascii: "]")) else { return textLabel }
        let label = String(decoding: bytes[(after + 1)..<end], as: UTF8.self)
        return label.isEmpty ? textLabel : label
    }

    /// The position of `[label]:` where the label is defined (labels match case-insensitively,
    /// with runs of spaces as one), inside block quotes and list items too.
    func definition(of label: String) -> SourcePosition? {
        let wanted = Self.normalized(label)
        guard !wanted.isEmpty else { return nil }
        for (index, line) in lines.enumerated() {
            var rest = line[...]
            // Container markers and indentation before the definition.
            while let first = rest.first, first == " " || first == ">" || first == "\t" { rest = rest.dropFirst() }
            if rest.first == "-" || rest.first == "*" || rest.first == "+" { rest = rest.dropFirst().drop { $0 == " " } }
            guard rest.first == "[", let close = rest.firstIndex(of: "]"),
                  rest[rest.index(after: close)...].hasPrefix(":") else { continue }
            if Self.normalized(String(rest[rest.index(after: rest.startIndex)..<close])) == wanted {
                let column = line.unicodeScalars.distance(from: line.startIndex, to: rest.startIndex) + 1
                return SourcePosition(line: firstLine + index, column: column)
            }
        }
        return nil
    }

    static func normalized(_ label: String) -> String {
        label.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
