/// A PDF content stream (a page's or a form's) read for the text it shows: the strings of
/// `Tj`, `TJ`, `'` and `"` with the font (`Tf`) each is shown in, as a reader's viewer
/// shows them. A kerning number of -200 or less in `TJ` (a gap of a fifth of an em) and a
/// move to another line (`Td`, `TD`, `T*`, `Tm`, `'`, `"`) are a space; a move along the line
/// may be one (`.move`); strings shown one after another in the same place join without one. `PDFText` decodes
/// the strings by their fonts' maps. Also the tokenizer `PDFCMap` reads a map with.
enum PDFContent {
    indirect enum Token { case number(Double), name(String), string([UInt8]), array([Token]), `operator`(String) }

    enum Piece: Equatable { case shown(font: String, bytes: [UInt8]), space, move }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0 }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
            || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "%")
    }

    /// The pieces of text a content stream shows, in order. The line a string is shown on is
    /// followed through `BT`, `Tm`, `Td` and `TD` (scaled by the matrix's vertical scale, as
    /// a browser's `1 0 0 -1 x y Tm` flips it): on another line it starts with a space, on the
    /// same line after a move with a `.move` (a space between words to some programs, a
    /// kerning step inside a word to others: `PDFText` reads both).
    static func pieces(_ bytes: [UInt8]) -> [Piece] {
        var pieces: [Piece] = []
        var operands: [Token] = []
        var font = ""
        var line = 0.0, scale = 1.0, shownOn: Double?, moved = false
        func space() { if let last = pieces.last, last != .space { if last == .move { pieces.removeLast() }; pieces.append(.space) } }
        func show(_ token: Token?) {
            guard case .string(let string)? = token, !string.isEmpty else { return }
            if let shownOn, shownOn != line { space() } else if moved, case .shown? = pieces.last { pieces.append(.move) }
            shownOn = line
            moved = false
            pieces.append(.shown(font: font, bytes: string))
        }
        func number(_ back: Int) -> Double? {
            guard operands.count >= back, case .number(let value) = operands[operands.count - back] else { return nil }
            return value
        }
        tokens(bytes) { token in
            guard case .operator(let word) = token else {
                if operands.count < 64 { operands.append(token) }
                return
            }
            switch word {
            case "BT": line = 0; scale = 1; moved = true
            case "Tm":
                if let y = number(1), let d = number(3) { line = y; scale = d == 0 ? 1 : d }
                moved = true
            case "Td", "TD":
                if let ty = number(1) { line += ty * scale }
                moved = true
            case "T*": space(); line -= 1  // the next line, by a leading not followed
            case "Tf": if operands.count >= 2, case .name(let name) = operands[operands.count - 2] { font = name }
            case "Tj": show(operands.last)
            case "'", "\"": space(); shownOn = nil; show(operands.last)
            case "TJ":
                guard case .array(let items)? = operands.last else { break }
                for item in items {
                    if case .number(let gap) = item, gap <= -200 { space() } else { show(item) }
                }
            default: break
            }
            operands.removeAll(keepingCapacity: true)
        }
        return pieces
    }

    /// Calls `body` with each token of `bytes` (an array whole); skips comments, dictionaries' brackets and an inline image's data.
    static func tokens(_ bytes: [UInt8], _ body: (Token) -> Void) {
        var arrays: [[Token]] = []
        func emit(_ token: Token) {
            if arrays.isEmpty { body(token) } else if arrays[arrays.count - 1].count < 65_536 { arrays[arrays.count - 1].append(token) }
        }
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if isSpace(byte) { index += 1; continue }
            switch byte {
            case UInt8(ascii: "%"):
                while index < count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            case UInt8(ascii: "("):
                guard let (string, end) = MediaTexts.literalString(bytes, from: index) else { index = MediaTexts.literalSkip(bytes, from: index); continue }
                emit(.string(string)); index = end
            case UInt8(ascii: "<"):
                if index + 1 < count, bytes[index + 1] == UInt8(ascii: "<") { index += 2; continue }
                guard let (string, end) = MediaTexts.hexString(bytes, from: index) else { index += 1; continue }
                emit(.string(string)); index = end
            case UInt8(ascii: "["):
                if arrays.count < 16 { arrays.append([]) }
                index += 1
            case UInt8(ascii: "]"):
                if let array = arrays.popLast() { emit(.array(array)) }
                index += 1
            case UInt8(ascii: "/"):
                let start = index + 1
                index = start
                while index < count, !isDelimiter(bytes[index]) { index += 1 }
                emit(.name(String(decoding: bytes[start..<index], as: UTF8.self)))
            default:
                let start = index
                while index < count, !isDelimiter(bytes[index]) { index += 1 }
                if index == start { index += 1; continue }  // a stray ')', '>', '{' or '}'
                let word = bytes[start..<index]
                if let first = word.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
                    emit(.number(Double(String(decoding: word, as: UTF8.self)) ?? 0))
                    continue
                }
                let name = String(decoding: word, as: UTF8.self)
                if name == "ID" { index = inlineImageEnd(bytes, from: index) }
                arrays.removeAll()
                body(.operator(name))
            }
        }
    }

    /// The index after an inline image's data: its `EI` between spaces (the data is binary, never read).
    static func inlineImageEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "E"), bytes[index + 1] == UInt8(ascii: "I"), isSpace(bytes[index - 1]),
               index + 2 == bytes.count || isSpace(bytes[index + 2]) {
                return index + 2
            }
            index += 1
        }
        return bytes.count
    }
}
