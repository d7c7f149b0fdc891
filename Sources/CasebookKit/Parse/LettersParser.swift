/// Reads a person's `letters: {address: "…", as_of: 2024-01, note: "…"}` and `support_url`.
/// The address is published while the person is held; `LettersCheck` judges who may have one.
extension FieldReader {
    static let lettersKeys = ["address", "as_of", "note"]
    static let lettersExample = "{address: \"…\", as_of: 2024-01, note: \"letters in Russian only\"}"

    mutating func letters(_ fields: Fields) -> Letters? {
        guard let node = fields["letters"], !node.isNull else { return nil }
        guard let item = self.fields(node, known: Self.lettersKeys, what: "letters", example: Self.lettersExample) else { return nil }
        let address = text(item, "address", required: true).map(Self.trimmedLines)
        let asOf = date(item, "as_of", single: "an 'as of' date")
        let note = text(item, "note").flatMap { TextShortcuts.trimmingWhitespace($0).nonEmpty }
        guard let address else { return nil }
        return Letters(address: address, asOf: asOf, note: note, position: fields.keyPosition("letters") ?? node.position)
    }

    /// Only http and https: `support_url` is a page a reader opens (a fund, a campaign). A
    /// mail address would be a contact that may not be meant for publication.
    mutating func supportURL(_ fields: Fields) -> String? {
        guard let node = fields["support_url"], !node.isNull, let raw = text(node, "support_url") else { return nil }
        let value = TextShortcuts.trimmingWhitespace(raw)
        let lower = value.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), TextShortcuts.isAllowedExternal(value) else {
            diagnostics.error(node.position,
                "'support_url' must be an http or https address of a page for supporting the person, found '\(URLPolicy.shortened(value))'\(URLPolicy.meantPhrase(value))")
            return nil
        }
        if let problem = AddressSpaces.problem(value) {
            diagnostics.error(node.position, AddressSpaces.message(problem, key: "support_url", found: value, several: "keep one"))
            return nil
        }
        return value
    }

    /// An address written as a block (`address: |`) keeps its lines, without the spaces and
    /// blank lines around them.
    static func trimmedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextShortcuts.trimmingWhitespace(String($0)) }
            .drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed()
            .joined(separator: "\n")
    }
}
