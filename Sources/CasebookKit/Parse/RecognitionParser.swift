/// Reads a person's `recognised`: a list of `{by: organization-id, date: …, sources: [id]}`.
extension FieldReader {
    static let recognitionKeys = ["by", "date", "sources"]

    mutating func recognitions(_ fields: Fields) -> [Recognition] {
        guard fields["recognised"] != nil else { return [] }
        return list(fields, "recognised").compactMap { node -> Recognition? in
            guard let item = self.fields(node, known: Self.recognitionKeys, what: "a recognition",
                                         example: "{by: organization-id, date: 2021-05, sources: [id]}") else { return nil }
            let by = ref(item, "by")
            if by == nil, item["by"] == nil { missing(item, "by") }
            let date = date(item, "date")
            let sources = refs(item, "sources")
            guard let by else { return nil }
            return Recognition(by: by, date: date, sources: sources, position: node.position)
        }
    }
}
