/// Reads an organization's history: `former_names: [{name, until}]` and `banned`, either a
/// date (the shorthand of a ban with no court or source, as archives wrote it first) or a
/// list of `{date, by: court-id, sources: [id]}`. `successor_of` is a plain id (`ref`).
extension FieldReader {
    static let formerNameKeys = ["name", "until"]
    static let banKeys = ["date", "by", "sources"]

    /// A bare text is a name with no date: `former_names: [Koshe]`.
    mutating func formerNames(_ fields: Fields) -> [FormerName] {
        list(fields, "former_names").compactMap { node -> FormerName? in
            if case .scalar = node.value {
                return text(node, "former_names").map(TextShortcuts.trimmingWhitespace).flatMap(\.nonEmpty)
                    .map { FormerName(name: $0, until: nil) }
            }
            guard let item = self.fields(node, known: Self.formerNameKeys, what: "a former name",
                                         example: "{name: Old Name, until: 2019}") else { return nil }
            let name = text(item, "name", required: true)
            let until = date(item, "until")
            return name.map { FormerName(name: $0, until: until) }
        }
    }

    mutating func bans(_ fields: Fields) -> [Ban] {
        guard let node = fields["banned"], !node.isNull else { return [] }
        if case .scalar = node.value {
            return date(fields, "banned").map { [Ban(date: $0, by: nil, sources: [], position: node.position, isShorthand: true)] } ?? []
        }
        let items: [YAMLNode] = if case .mapping = node.value { [node] } else { list(fields, "banned") }
        var bans: [Ban] = []
        for item in items {
            guard let ban = self.fields(item, known: Self.banKeys, what: "a ban",
                                        example: "{date: 2018-03-13, by: court-id, sources: [id]}") else { continue }
            let date = date(ban, "date", required: true)
            let by = ref(ban, "by")
            let sources = refs(ban, "sources")
            // The page and the open data read the list as the bans' history, the first ban first.
            if let date, let previous = bans.last, date.lastDayNumber < previous.date.firstDayNumber, let dateNode = ban["date"] {
                diagnostics.error(dateNode.position, "this ban ('date: \(date)') is listed after a later one ('date: \(previous.date)'); "
                                  + "list bans in the order they were made")
            }
            if let date { bans.append(Ban(date: date, by: by, sources: sources, position: item.position)) }
        }
        return bans
    }
}
