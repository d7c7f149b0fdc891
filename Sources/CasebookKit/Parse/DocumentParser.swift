/// Reads a case's `documents:` list: each a title, a file under content/media/ or an http(s)
/// address (exactly one), and optionally a date, a kind, a language and cited sources.
extension FieldReader {
    static let documentKeys = ["title", "date", "kind", "file", "url", "language", "sources"]

    mutating func documents(_ fields: Fields, site: SiteConfig) -> [Document] {
        list(fields, "documents").compactMap { node -> Document? in
            guard let item = self.fields(node, known: Self.documentKeys, what: "a document",
                                         example: "{title: \"Verdict\", kind: verdict, file: media/verdict.pdf}") else { return nil }
            let title = text(item, "title", required: true)
            let date = date(item, "date")
            let kind = vocabulary(item, "kind", in: site.documentKinds)?.id
            let file = mediaPath(item, "file", address: "an address goes under 'url' (url: https://…), not 'file'")
            let url = documentURL(item)
            let hasFile = item["file"].map { !$0.isNull } ?? false
            let hasURL = item["url"].map { !$0.isNull } ?? false
            if hasFile && hasURL {
                diagnostics.error(item.keyPosition("url") ?? node.position,
                                  "a document has either 'file' (a path under content/media/) or 'url', not both: remove one")
            } else if !hasFile && !hasURL && !item.misspelled.contains("file") && !item.misspelled.contains("url") {
                diagnostics.error(node.position,
                                  "a document needs 'file: media/name.pdf' (a file under content/media/) or 'url: https://…'")
            }
            let language = text(item, "language")
            let sources = refs(item, "sources")
            // Kept without a title, so one mistake is reported once; the build fails anyway.
            return Document(title: title ?? "", date: date, kind: kind, file: file, url: url,
                            language: language, sources: sources, position: node.position)
        }
    }

    /// Only http and https: a document is something a reader opens, never a mail address.
    mutating func documentURL(_ fields: Fields) -> String? {
        guard let node = fields["url"], !node.isNull, let raw = text(node, "url") else { return nil }
        let value = TextShortcuts.trimmingWhitespace(raw)
        let lower = value.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), TextShortcuts.isAllowedExternal(value) else {
            diagnostics.error(node.position, "'url' of a document must be an http or https URL, found '\(URLPolicy.shortened(value))'\(URLPolicy.meantPhrase(value))")
            return nil
        }
        if let problem = AddressSpaces.problem(value) {
            diagnostics.error(node.position, AddressSpaces.message(problem, key: "url", found: value, several: "give each a document of its own"))
            return nil
        }
        return value
    }
}
