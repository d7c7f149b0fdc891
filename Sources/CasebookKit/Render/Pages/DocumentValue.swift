/// A document of a case as its page lists it: the title linked to the file (under the site's
/// root) or to its outside address, its kind, date, the file's type and size, its language
/// and the sources it is cited from.
struct DocumentValue: TemplateFields {
    let title: String
    /// The file's path from the site's root (`media/verdict.pdf`, percent-encoded); nil for a url.
    let file: String?
    /// The outside address, http or https; nil for a file.
    let url: String?
    let kind: String?
    let kindKey: String?
    /// The kind's label's language where site.yml gives it none in the page's (`Vocabulary.shownIn`).
    var kindLang: String? = nil
    let date: DateValue?
    /// "PDF, 240 KB": a file's type and size; nil for a url or an unmeasured file.
    let fileInfo: String?
    let language: String?
    /// `language` named in the page's language when it is a code (`LanguageNames`), else as written.
    let languageName: String?
    /// The title's language where it is not the page's (not translated).
    let lang: String?
    var sources: [SourceRef] = []

    static let fieldNames = ["title", "file", "url", "kind", "kind_key", "kind_lang", "date", "file_info", "language", "language_name", "lang", "sources"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .string(title)
        case "file": file.templateValue
        case "url": url.templateValue
        case "kind": kind.templateValue
        case "kind_key": kindKey.templateValue
        case "kind_lang": kindLang.templateValue
        case "date": date.map { .fields($0) }
        case "file_info": fileInfo.templateValue
        case "language": language.templateValue
        case "language_name": languageName.templateValue
        case "lang": lang.templateValue
        case "sources": .list(sources)
        default: nil
        }
    }

    init(_ document: borrowing Document, site: borrowing SiteConfig, words: borrowing Catalogue, bytes: Int?, sourceNumbers: [String: Int]) {
        title = document.title
        file = document.file.map { $0.id.percentEncodedPath }
        url = document.url
        kind = document.kind.map(site.documentKinds.label)
        kindKey = document.kind
        kindLang = document.kind.flatMap { site.documentKinds.shownIn[$0] }
        date = document.date.map(words.templateDate)
        fileInfo = document.file.flatMap { file in bytes.map { Self.fileInfo(path: file.id, bytes: $0, words: words) } }
        language = document.language
        languageName = document.language.map { LanguageNames.name(of: $0, in: site.language) ?? $0 }
        lang = document.shownIn
        sources = document.sources.compactMap { ref in sourceNumbers[ref.id].map(SourceRef.init) }
    }

    /// "PDF, 240 KB": the type is the file's extension in capitals (none for a name ending in
    /// a dot, whose last word is no extension); the size in KB while it rounds below a
    /// megabyte (at least 1; never "1,024 KB"), else in MB with one decimal.
    static func fileInfo(path: String, bytes: Int, words: Catalogue) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let type = name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]).uppercased() } ?? ""
        let size: String
        let kilobytes = max(1, (bytes + 512) / 1024)
        if kilobytes < 1024 {
            size = words.text("case.document_kb", ["number": words.number.grouped(DecimalNumber(String(kilobytes))!)])
        } else {
            let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
            let digits = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
            size = words.text("case.document_mb", ["number": words.number.grouped(DecimalNumber(digits)!)])
        }
        return type.isEmpty ? size : words.text("case.document_file", ["type": type, "size": size])
    }
}
