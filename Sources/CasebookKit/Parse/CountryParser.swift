/// Reads the fields issue 19 gives people and cases beyond the prosecution itself: countries
/// (`citizenship`, a case's `country`, a charge's `country`), a person's `died`, and a case's
/// `unnamed_defendants`.
extension FieldReader {
    static let deathKeys = ["date", "in_custody", "sources"]

    /// One ISO 3166-1 alpha-2 code, with where it is written; an unknown code is an error
    /// with the code it most likely means.
    mutating func country(_ node: YAMLNode, _ key: String) -> Ref? {
        guard !node.isNull, let text = text(node, key) else { return nil }
        guard Country.isCode(text) else {
            diagnostics.error(node.position, Country.problem(text, key: key))
            return nil
        }
        return Ref(text, at: node.position)
    }

    mutating func country(_ fields: Fields, _ key: String) -> Ref? {
        fields[key].flatMap { country($0, key) }
    }

    /// `citizenship: KZ` or `citizenship: [KZ, RU]`: codes in the order written, each once.
    mutating func citizenship(_ fields: Fields) -> [String] {
        list(fields, "citizenship").compactMap { country($0, "citizenship")?.id }.uniqued()
    }

    /// `died: {date, in_custody, sources}`; the date is required.
    mutating func death(_ fields: Fields) -> Death? {
        guard let node = fields["died"], !node.isNull else { return nil }
        guard let item = self.fields(node, known: Self.deathKeys, what: "'died'",
                                     example: "{date: 2020-07-25, in_custody: true, sources: [id]}") else { return nil }
        let date = date(item, "date", required: true)
        let inCustody = bool(item, "in_custody") ?? false
        let sources = refs(item, "sources")
        guard let date else { return nil }
        return Death(date: date, inCustody: inCustody, sources: sources, position: node.position)
    }

    /// `unnamed_defendants: 16`: a whole number from 1 to a billion; 0 when not given. The
    /// top keeps the sum over every case of an archive far inside Int (Int.max itself crashed
    /// the count).
    mutating func unnamedDefendants(_ fields: Fields) -> Int {
        wholeNumber(fields, "unnamed_defendants", in: 1...Self.mostUnnamedDefendants, meaning: "the defendants the sources count but do not name",
                    below: "; leave the key out when there are none") ?? 0
    }

    static let mostUnnamedDefendants = 1_000_000_000
}
