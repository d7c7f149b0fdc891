/// The build's log is published too (a CI log, a pasted error): no message quotes a
/// protected name. Each message's word that is part of one (in any spelling the leak check
/// catches, joined to other letters or percent-encoded too) is written with its first and
/// last letter only, "S…a" for Sekretova; the message's file, line and column say where it
/// is. A message's file is kept as it is, to be found: a file named after a protected person
/// is an error of its own (`ProtectedIDs`, `ProtectedMedia`).
enum LeakMask {
    static func masked(_ diagnostics: [Diagnostic], words: ProtectedWords?) -> [Diagnostic] {
        guard let words else { return diagnostics }
        return diagnostics.map { diagnostic in
            let message = masked(diagnostic.message, words: words)
            guard message != diagnostic.message else { return diagnostic }
            var changed = diagnostic
            changed.message = message
            return changed
        }
    }

    /// The message with every word of a protected name masked.
    static func masked(_ message: String, words: ProtectedWords) -> String {
        // Most messages name nobody: one plain look first.
        guard words.names(message, addresses: true) else { return message }
        var tokens: [(range: Range<String.Index>, words: [String])] = []
        var start: String.Index?
        func flush(_ end: String.Index) {
            guard let begin = start else { return }
            start = nil
            // Apostrophes only inside a word ("O'Brien"): quotes around it are not masked.
            var range = begin..<end
            while !range.isEmpty, isApostrophe(message[range.lowerBound]) { range = message.index(after: range.lowerBound)..<range.upperBound }
            while !range.isEmpty, isApostrophe(message[message.index(before: range.upperBound)]) { range = range.lowerBound..<message.index(before: range.upperBound) }
            if !range.isEmpty { tokens.append((range, LeakFold.words(String(message[range])))) }
        }
        for index in message.indices {
            if isWordCharacter(message[index]) {
                if start == nil { start = index }
            } else {
                flush(index)
            }
        }
        flush(message.endIndex)
        // Names by their words in order, and names inside a word.
        var hide = Array(repeating: false, count: tokens.count)
        var sequence: [String] = []
        var owner: [Int] = []
        for (index, token) in tokens.enumerated() {
            sequence += token.words
            owner += Array(repeating: index, count: token.words.count)
            if token.words.contains(where: { words.joinedMatch(in: $0) != nil }) { hide[index] = true }
        }
        for match in words.matches(in: sequence) {
            for word in match.word..<(match.word + match.length) { hide[owner[word]] = true }
        }
        var out = ""
        var last = message.startIndex
        for (index, token) in tokens.enumerated() {
            out += message[last..<token.range.lowerBound]
            out += hide[index] ? shown(message[token.range]) : String(message[token.range])
            last = token.range.upperBound
        }
        out += message[last...]
        // A percent-encoded name: the whole address piece masked.
        guard out.contains("%") else { return out }
        return out.split(separator: " ", omittingEmptySubsequences: false).map { piece in
            guard piece.contains("%"), let plain = LeakFold.percentDecoded(String(piece)), words.names(plain, addresses: true) else { return String(piece) }
            return shown(piece)
        }.joined(separator: " ")
    }

    /// "S…a" for "Sekretova": the first and last letter.
    static func shown(_ word: Substring) -> String {
        guard word.count > 2, let first = word.first, let last = word.last else { return "…" }
        return "\(first)…\(last)"
    }

    static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "’"
    }

    /// Letters, digits, marks, apostrophes and invisible characters: what a word of a name holds.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || isApostrophe(character)
            || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format || $0.properties.generalCategory == .nonspacingMark }
    }
}
