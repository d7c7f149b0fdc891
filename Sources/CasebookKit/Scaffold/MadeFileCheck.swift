/// The files an import would make, read as `casebook check` will read them, before any is
/// written: a cell the rows' own checks let through (a look-alike letter, an id that another
/// file lists under `former_ids`) is refused here, so an import never leaves files that fail
/// the next check. Each path must also be a content file's:
/// `<kind>/<id>.md` or `<kind>/<id>.<lang>.md` under the content folder.
enum MadeFileCheck {
    static let advice = " (in the file this import would make: correct the spreadsheet's cell)"

    static func problems(_ files: [(path: String, text: String)], archive: ParsedContent, content: String) -> [Diagnostic] {
        var former: [String: String] = [:]
        for (kind, files) in FormerIDCheck.claims(archive) {
            for (info, ids) in files { for id in ids { former["\(kind.rawValue)/\(id.id)"] = info.path } }
        }
        var problems: [Diagnostic] = []
        for file in files {
            let parts = file.path.hasPrefix(content + "/") ? file.path.dropFirst(content.count + 1).split(separator: "/", omittingEmptySubsequences: false) : []
            let name = parts.count == 2 && parts[1].hasSuffix(".md") ? parts[1].dropLast(3).split(separator: ".", omittingEmptySubsequences: false) : []
            guard let kind = parts.first.flatMap({ ContentKind(rawValue: String($0)) }), (1...2).contains(name.count),
                  Identifier.isValid(String(name[0])) else {
                problems.append(Diagnostic(.error, file.path, .start, "is not a content file's path: a cell gives an invalid id; nothing was written"))
                continue
            }
            let id = String(name[0]), language = name.count == 2 ? String(name[1]) : nil
            if language == nil, let owner = former["\(kind.rawValue)/\(id)"] {
                problems.append(Diagnostic(.error, file.path, .start,
                    "'\(id)' is a former id that \(owner) lists under former_ids, and its old address leads there; give the row another id"))
            }
            var reader = FieldReader(file: file.path)
            _ = ContentParser.parse(text: file.text, info: DocumentInfo(kind: kind, id: id, path: file.path, language: language),
                                    site: archive.site, reader: &reader)
            problems += reader.diagnostics.items.filter { $0.severity == .error }.map { found in
                var problem = found
                problem.message += advice
                return problem
            }
        }
        return problems
    }
}
