/// Reads `content/pages/<id>.md` front matter into a `Page`.
enum PageParser {
    static let keys = ["title", "summary", "draft", "former_ids"]

    static func parse(_ root: YAMLNode, info: DocumentInfo, body: MarkdownBody, reader: inout FieldReader) -> Page? {
        guard let fields = reader.fields(root, known: keys, what: "a page") else { return nil }
        let title = reader.text(fields, "title", required: true)
        var page = Page(info: info, title: title ?? "", summary: reader.text(fields, "summary"),
                        draft: reader.bool(fields, "draft") ?? false, body: body)
        // A page's old address is at the site's root (`methods/`), where the build's own
        // pages and the languages' folders are: a former id may not be one of their names.
        page.formerIDs = reader.formerIDs(fields, ownID: info.id).filter { ref in
            guard isBuildsOwn(ref.id) else { return true }
            reader.diagnostics.error(ref.position,
                "'\(ref.id)' is a name the build uses for its own pages (or a language code), so no free page can have had it: remove it from 'former_ids'")
            return false
        }
        return page
    }

    /// The names a free page's address cannot have had: the reserved page ids and the pages
    /// the build makes of a free page of that name (`held/`, `letters/`, `corrections/`).
    static func isBuildsOwn(_ id: String) -> Bool {
        ContentLoader.isReservedPageID(id) || ["held", "letters", "corrections"].contains(id)
    }
}
