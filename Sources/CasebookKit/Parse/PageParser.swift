/// Reads `content/pages/<id>.md` front matter into a `Page`.
enum PageParser {
    static let keys = ["title", "summary", "draft"]

    static func parse(_ root: YAMLNode, info: DocumentInfo, body: MarkdownBody, reader: inout FieldReader) -> Page? {
        guard let fields = reader.fields(root, known: keys, what: "a page") else { return nil }
        let title = reader.text(fields, "title", required: true)
        let page = Page(info: info, title: title ?? "", summary: reader.text(fields, "summary"),
                        draft: reader.bool(fields, "draft") ?? false, body: body)
        return page
    }
}
