import Foundation

/// A commit's whole message (`%B`), as git gives it: what of it may be published and whom
/// it names. Only the first line is ever published: git's `%s` joins the lines of the first
/// paragraph, so "Fix typo" followed by "as asked by …" on the next line published both.
enum CommitMessage {
    /// The longest first line published, in characters; a longer one is cut, ending "…".
    static let maximumLength = 200

    /// The first line that is not blank, with its control characters dropped (a tab is a
    /// space): an escape, a bell or U+0001 (the renderer's own placeholder) is never meant,
    /// and would be written into the page raw. Every line break ends the line, CR and the
    /// Unicode separators too, since a browser shows them as spaces.
    static func firstLine(_ message: String) -> String {
        // Most messages: one line of printable ASCII, then a line feed or nothing.
        let utf8 = message.utf8
        let end = utf8.firstIndex(of: 0x0A) ?? utf8.endIndex
        if end != utf8.startIndex, utf8[..<end].allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let line = String(message[..<end])
            if line.first != " ", line.last != " " { return line }
        }
        for line in message.split(whereSeparator: isLineBreak) {
            var text = ""
            for scalar in line.unicodeScalars {
                // The line breaks split it already: what is left forbidden is a control character.
                if scalar.value == 0x09 { text.unicodeScalars.append(" ") }
                else if !ControlCharacters.isForbidden(scalar.value) { text.unicodeScalars.append(scalar) }
            }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { return trimmed }
        }
        return ""
    }

    static func isLineBreak(_ character: Character) -> Bool {
        character.unicodeScalars.contains { [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value) }
    }

    /// A published line cut at `maximumLength` characters. Cut after the names are hidden,
    /// so a cut never leaves part of a name that no longer reads as one.
    static func shortened(_ line: String) -> String {
        guard line.count > maximumLength else { return line }
        return line.prefix(maximumLength - 1).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// The people a message's trailers name, in any line of it: `Token: Name <address>`
    /// (`Co-authored-by`, `Signed-off-by`, `Reviewed-by`, any token; an address with an `@`),
    /// and `…-by: Name` with any address or none. Their names and addresses are hidden like the authors'.
    static func trailers(_ message: String) -> [(name: String, address: String?)] {
        var found: [(name: String, address: String?)] = []
        // Every trailer has a colon: most messages have none.
        guard message.utf8.contains(UInt8(ascii: ":")) else { return found }
        for line in message.split(whereSeparator: isLineBreak) {
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else { continue }
            let token = line[..<colon]
            guard token.count <= 40, token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let byLine = token.lowercased().hasSuffix("-by")
            if let open = value.lastIndex(of: "<"), let close = value.lastIndex(of: ">"), open < close {
                let name = value[..<open].trimmingCharacters(in: .whitespaces)
                let address = String(value[value.index(after: open)..<close])
                // `Link: the report <https://…>` names no one: its words are not hidden everywhere.
                guard byLine || address.contains(where: ContributorNames.isAt) else { continue }
                found.append((name, address.isEmpty ? nil : address))
            } else if byLine, !value.isEmpty {
                found.append((value, nil))
            }
        }
        return found
    }
}
