/// Where a Markdown link was written, from the position libcmark gives its node: the `[`
/// of the link (the `!` of an image), or, for a reference-style link (`[text][label]`),
/// the `[` of the definition that holds the destination, so a broken definition used
/// twice is one message. libcmark counts columns in bytes; messages count characters.
///
/// Everything a position needs is made once per body, so a line of thousands of broken
/// links costs each link only its own bytes: counting characters from the line's start,
/// copying the line or searching every line for a definition, once per link, made one
/// long line quadratic (8,000 links took 24 seconds).
struct LinkPosition {
    /// The body's UTF-8 bytes, and where each line starts in them.
    let bytes: [UInt8]
    let lineStarts: [Int]
    let firstLine: Int
    /// Characters (Unicode scalars) before every `stride`th byte: a column is counted from
    /// the nearest one.
    let checkpoints: [Int]
    static let stride = 64
    /// The first definition of each label, by `normalized` label.
    let definitions: [String: SourcePosition]

    init(_ body: MarkdownBody) {
        bytes = Array(body.text.utf8)
        firstLine = body.firstLine
        var starts = [0], marks: [Int] = [], scalars = 0
        marks.reserveCapacity(bytes.count / Self.stride + 1)
        for (index, byte) in bytes.enumerated() {
            if index % Self.stride == 0 { marks.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == 0x0A { starts.append(index + 1) }
        }
        if bytes.count % Self.stride == 0 { marks.append(scalars) }
        lineStarts = starts
        checkpoints = marks
        definitions = Self.definitions(in: body.text.split(separator: "\n", omittingEmptySubsequences: false), firstLine: firstLine)
    }

    var lineCount: Int { lineStarts.count }

    /// One past the last byte of line `index` (0-based), its newline left out.
    func lineEnd(_ index: Int) -> Int {
        index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
    }

    /// `line` and `byteColumn` are libcmark's, 1-based in the body.
    func locate(line: Int, byteColumn: Int, isImage: Bool) -> SourcePosition {
        guard line >= 1, line <= lineCount else { return SourcePosition(line: firstLine + max(0, line - 1), column: 1) }
        let index = line - 1, start = lineStarts[index]
        // An autolink (`<scheme:…>`) is where libcmark says: a `[` near it is another link's.
        if byteColumn >= 1, start + byteColumn - 1 < lineEnd(index), bytes[start + byteColumn - 1] == UInt8(ascii: "<") {
            return SourcePosition(line: firstLine + index, column: column(ofByte: byteColumn, line: index))
        }
        let byteColumn = self.start(from: byteColumn, line: index, isImage: isImage)
        if let label = referenceLabel(line: index, from: byteColumn), let definition = definitions[Self.normalized(label)] {
            return definition
        }
        return SourcePosition(line: firstLine + index, column: column(ofByte: byteColumn, line: index))
    }

    /// Where a node that is no link starts (raw HTML), libcmark's line and byte column as it says.
    func locate(line: Int, byteColumn: Int) -> SourcePosition {
        guard line >= 1, line <= lineCount else { return SourcePosition(line: firstLine + max(0, line - 1), column: 1) }
        return SourcePosition(line: firstLine + line - 1, column: column(ofByte: byteColumn, line: line - 1))
    }

    /// libcmark's column, or the nearest `[` (`!` of an image) to it when it is not at one:
    /// on a paragraph's later lines libcmark counts from after the indentation it strips,
    /// and on a lazy line of a block quote from after a `> ` that is not there.
    func start(from byteColumn: Int, line index: Int, isImage: Bool) -> Int {
        let start = lineStarts[index], end = lineEnd(index), opening = UInt8(ascii: isImage ? "!" : "[")
        let guess = start + max(0, byteColumn - 1)
        if guess < end, bytes[guess] == opening { return guess - start + 1 }
        var after: Int?, before: Int?
        var scan = guess
        while scan < end { if bytes[scan] == opening { after = scan; break }; scan += 1 }
        scan = min(guess, end) - 1
        while scan >= start { if bytes[scan] == opening { before = scan; break }; scan -= 1 }
        switch (before, after) {
        case let (before?, after?): return (guess - before < after - guess ? before : after) - start + 1
        case let (before?, nil): return before - start + 1
        case let (nil, after?): return after - start + 1
        case (nil, nil): return byteColumn
        }
    }

    /// Characters before byte `byteColumn` (1-based) of line `index` (0-based), plus one; a
    /// character that byte lies inside is not counted.
    func column(ofByte byteColumn: Int, line index: Int) -> Int {
        let start = lineStarts[index], end = lineEnd(index)
        let offset = start + min(max(byteColumn - 1, 0), end - start)
        var column = scalars(before: offset) - scalars(before: start) + 1
        if offset < end, bytes[offset] & 0xC0 == 0x80 { column -= 1 }
        return column
    }

    /// Unicode scalars that begin before byte `offset` of the body.
    func scalars(before offset: Int) -> Int {
        let mark = offset / Self.stride
        var count = checkpoints[mark]
        for index in (mark * Self.stride)..<offset where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The label of a reference-style link starting at `byteColumn` on line `line`, or nil
    /// for an inline link `[text](destination)`. Only links written on one line are read.
    func referenceLabel(line: Int, from byteColumn: Int) -> String? {
        let start = lineStarts[line], end = lineEnd(line)
        var index = start + max(0, byteColumn - 1)
        if index < end, bytes[index] == UInt8(ascii: "!") { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: "[") else { return nil }
        // The closing bracket of the link text (brackets nest, backslashes escape).
        var depth = 0, close: Int?
        var i = index
        while i < end {
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
        if after < end, bytes[after] == UInt8(ascii: "(") { return nil }
        let textLabel = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
        guard after < end, bytes[after] == UInt8(ascii: "[") else { return textLabel }
        guard let closing = bytes[after..<end].firstIndex(of: UInt8(ascii: "]")) else { return textLabel }
        let label = String(decoding: bytes[(after + 1)..<closing], as: UTF8.self)
        return label.isEmpty ? textLabel : label
    }

    /// The position of each `[label]:` where a label is defined (labels match
    /// case-insensitively, with runs of spaces as one), inside block quotes and list items
    /// too; the first definition of a label wins.
    static func definitions(in lines: [Substring], firstLine: Int) -> [String: SourcePosition] {
        var found: [String: SourcePosition] = [:]
        for (index, line) in lines.enumerated() {
            var rest = line[...]
            // Container markers and indentation before the definition.
            while let first = rest.first, first == " " || first == ">" || first == "\t" { rest = rest.dropFirst() }
            if rest.first == "-" || rest.first == "*" || rest.first == "+" { rest = rest.dropFirst().drop { $0 == " " } }
            guard rest.first == "[", let close = rest.firstIndex(of: "]"),
                  rest[rest.index(after: close)...].hasPrefix(":") else { continue }
            let label = normalized(String(rest[rest.index(after: rest.startIndex)..<close]))
            guard !label.isEmpty, found[label] == nil else { continue }
            let column = line.unicodeScalars.distance(from: line.startIndex, to: rest.startIndex) + 1
            found[label] = SourcePosition(line: firstLine + index, column: column)
        }
        return found
    }

    static func normalized(_ label: String) -> String {
        label.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
