/// Reads a person's `custody` in a case: a list of `{from, to, kind, place, sources}`.
extension FieldReader {
    static let custodyKeys = ["from", "to", "kind", "place", "sources"]

    mutating func custody(_ fields: Fields, site: SiteConfig) -> [CustodyPeriod] {
        guard fields["custody"] != nil else { return [] }
        return list(fields, "custody").compactMap { node -> CustodyPeriod? in
            guard let item = self.fields(node, known: Self.custodyKeys, what: "a custody period",
                                         example: "{from: 2021-03-04, kind: pretrial-detention, place: \"…\"}",
                                         hints: KeyHints.custody) else { return nil }
            let from = date(item, "from", required: true, single: "a custody date")
            let to = ongoing(item) ? nil : date(item, "to", single: "a custody date")
            warnIfEarly(from, in: item, "from", rests: "days in custody count from it")
            warnIfEarly(to, in: item, "to", rests: "days in custody count up to it")
            let kind = vocabulary(item, "kind", in: site.custodyKinds.vocabulary, required: true)
            let place = text(item, "place").flatMap { TextShortcuts.trimmingWhitespace($0).nonEmpty }
            let sources = refs(item, "sources")
            // A partial `to` may end any day of its month or year: only a whole period before `from` is wrong.
            if let from, let to, to.lastDayNumber < from.firstDayNumber, let toNode = item["to"] {
                diagnostics.error(toNode.position,
                                  "a custody period ends ('to: \(to)') before it starts ('from: \(from)'); check both dates")
            }
            guard let from, let kind else { return nil }
            return CustodyPeriod(from: from, to: to, kind: kind.id, place: place, sources: sources, position: node.position)
        }
    }

    /// `to: present`, `to: ongoing`: a word without a digit, which no date is, written for a
    /// period that lasts; such a period leaves `to` out.
    mutating func ongoing(_ item: Fields) -> Bool {
        guard let node = item["to"], case .scalar(let raw, false) = node.value, !raw.contains(where: \.isNumber) else { return false }
        diagnostics.error(node.position, "'\(raw)' is not a date for 'to': leave 'to' out while the period lasts, or give the day it ended (YYYY-MM-DD)")
        return true
    }
}
