/// Whitespace inside a web address. No address holds a space (a space in a path is written
/// `%20`), so one there is two addresses written as one (`https://a.org/x https://b.org/y`,
/// a spreadsheet cell's line break or ", ", a YAML value folded over two lines; a comma
/// right before `https://` too), or an address typed wrong (`https://exa mple.org/`): a
/// link that leads nowhere, published without a word. Shared by the content's `url:` fields and `casebook import`'s
/// `source_urls`, which say what to do in their own words.
enum AddressSpaces {
    enum Problem: Equatable {
        /// Several http(s) addresses, each starting after whitespace or a comma: the addresses
        /// and the separator's name ("a line break", "a comma", "a space").
        case addresses([String], separator: String)
        /// One address with whitespace at this character (1-based), named, in its host or not.
        case space(character: Int, name: String, inHost: Bool)
    }

    /// What is wrong, or nil for an address without whitespace (the common case, told from
    /// its bytes).
    static func problem(_ url: String) -> Problem? {
        let utf8 = url.utf8
        guard utf8.contains(where: { $0 <= 0x20 || $0 >= 0x80 || $0 == UInt8(ascii: ",") }) else { return nil }
        guard url.contains(where: \.isWhitespace) || url.lowercased().contains(",http") else { return nil }
        let characters = Array(url)
        // Where a second address starts: "http://" or "https://" after whitespace or a comma.
        var starts = [0]
        for index in characters.indices.dropFirst() where isSeparator(characters[index - 1]) && startsAddress(characters, at: index) {
            starts.append(index)
        }
        if starts.count > 1 {
            var parts: [String] = [], between = ""
            for (n, start) in starts.enumerated() {
                var piece = characters[start..<(n + 1 < starts.count ? starts[n + 1] : characters.count)]
                while let last = piece.last, isSeparator(last) { between.append(last); piece.removeLast() }
                parts.append(String(piece))
            }
            let separator = between.contains(where: \.isNewline) ? "a line break" : between.contains(",") ? "a comma"
                : name(between.first(where: \.isWhitespace) ?? " ")
            return .addresses(parts, separator: separator)
        }
        guard let at = characters.firstIndex(where: \.isWhitespace) else { return nil }
        let scheme = url.range(of: "://").map { url.distance(from: url.startIndex, to: $0.upperBound) } ?? 0
        let hostEnd = characters[scheme...].firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? characters.count
        return .space(character: at + 1, name: name(characters[at]), inHost: scheme > 0 && at < hostEnd)
    }

    /// "a space", "a line break", "a tab", "U+00A0 NO-BREAK SPACE".
    static func name(_ character: Character) -> String {
        if character == " " { return "a space" }
        if character.isNewline { return "a line break" }
        if character == "\t" { return "a tab" }
        let scalar = character.unicodeScalars.first!
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + (scalar.properties.name.map { " " + $0 } ?? "")
    }

    static func isSeparator(_ character: Character) -> Bool { character.isWhitespace || character == "," }

    static func startsAddress(_ characters: [Character], at index: Int) -> Bool {
        ["http://", "https://"].contains { prefix in
            index + prefix.count <= characters.count && String(characters[index..<(index + prefix.count)]).lowercased() == prefix
        }
    }

    /// The content's message for a `url:`-like field (`key`): `several` says what to do with
    /// several addresses ("give each a source of its own").
    static func message(_ problem: Problem, key: String, found url: String, several: String) -> String {
        let found = "found '\(URLPolicy.shortened(url))'"
        switch problem {
        case .addresses(let parts, let separator):
            return "'\(key)' holds \(parts.count) addresses separated by \(separator), \(found): \(several)"
        case .space(let character, let name, true):
            return "'\(key)' has \(name) in its host at character \(character), \(found): a host has no spaces; delete it"
        case .space(let character, let name, false):
            return "'\(key)' has \(name) at character \(character), \(found): an address has no spaces; write one as %20, or, if these are two addresses, \(several)"
        }
    }
}
