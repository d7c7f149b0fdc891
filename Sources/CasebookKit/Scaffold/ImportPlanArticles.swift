/// A charges cell that names articles (`ст. 274 ч.2 УК РК`, `274`, `Article 405`,
/// `405-бап`, `ст. 174, 405`) read as the site.yml charges whose law gives them: a sheet
/// names a charge by its article, site.yml by a key and a label, and each was "not one of
/// the site's charges".
extension ImportPlan {
    /// The charges the cell's articles are, each reported at the cell when no charge or
    /// several give it; nil when the cell is no citation of articles (today's message then).
    mutating func articleCharges(_ row: ImportRow, _ value: String) -> [String]? {
        guard let citations = ChargeArticles.citations(value, strict: true) else { return nil }
        let code = ChargeArticles.code(value)
        var keys: [String] = []
        for citation in citations {
            let found = chargeArticles.charges(citation, code: code)
            let named = "article \(citation.article)" + (citation.parts.isEmpty ? "" : " (part \(citation.parts.joined(separator: ", ")))")
            if found.count == 1 {
                if !keys.contains(found[0].key) { keys.append(found[0].key) }
                continue
            }
            let problem: Diagnostic
            if found.isEmpty {
                let others = chargeArticles.charges.filter { $0.articles[citation.article] != nil }
                let near = others.isEmpty ? "" : " (the charges of article \(citation.article) in site.yml are of other parts or another code: "
                    + others.map { "'\($0.key)' (\($0.law))" }.joined(separator: ", ") + ")"
                problem = row.error("charges", "'\(value)' is not one of the site's charges: no charge's law in site.yml gives \(named)\(near) (allowed: \(Self.unique(site.charges.map(\.key)).joined(separator: ", "))); "
                    + "if it is a charge the archive does not have yet, add it to 'charges' in site.yml, with '\(value)' as its label (docs/content.md, \"site.yml\") and its law, like 'law: \(Self.lawExample(value, citation.article))'")
            } else {
                problem = row.error("charges", "'\(value)' names \(named), which the laws of several charges in site.yml give: "
                    + found.map { "'\($0.key)' (\($0.law))" }.joined(separator: ", ") + "; write the key of the one it is"
                    + (citation.parts.isEmpty ? ", or the article with its part" : ""))
            }
            unknownValues.insert(problem.message)
            diagnostics.append(problem)
        }
        return keys
    }

    /// The charges a cell's articles are, one each, without a message: what a row of a kept
    /// case names (`ст. 405`) that its file may not charge.
    func citedCharges(_ value: String) -> [String] {
        let code = ChargeArticles.code(value)
        return (ChargeArticles.citations(value, strict: true) ?? []).compactMap { citation in
            let found = chargeArticles.charges(citation, code: code)
            return found.count == 1 ? found[0].key : nil
        }
    }

    /// A law giving the article, in the cell's language: Kazakh, Russian or English.
    static func lawExample(_ cell: String, _ article: String) -> String {
        if ChargeArticles.code(cell) == "administrative" { return "Кодекс об административных правонарушениях, статья \(article)" }
        if cell.contains(where: { "әғқңөұүһі".contains($0) }) || cell.lowercased().contains("бап") { return "Қылмыстық кодекс, \(article)-бап" }
        if cell.unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) { return "Уголовный кодекс, статья \(article)" }
        return "Criminal Code, Article \(article)"
    }
}
