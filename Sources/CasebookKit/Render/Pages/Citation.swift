/// How a page is cited: its title, the archive's name, its permanent address, the day it
/// was last updated and the commit the site was built from, as one line of text and as a
/// BibTeX entry. No access date: that is the clock's, and the page must not change with it.
struct Citation {
    let title: String
    let archive: String
    let url: String?
    let updated: PartialDate?
    let commit: String?
    /// The BibTeX key: the kind and the id (`cases-nazira-lesova`), letters, digits and dashes.
    let key: String
    let language: String

    /// "Title. Archive, https://… (last updated 5 March 2021; version 1a2b3c4)."
    func text(_ words: Catalogue) -> String {
        // One line joined in Swift: a direction control in a name must end with the name.
        var text = Self.sentence(BidiText.isolated(title)) + " " + BidiText.isolated(archive)
        if let url { text += ", " + url }
        let details = self.details(words)
        if !details.isEmpty { text += " (" + details.joined(separator: "; ") + ")" }
        return Self.sentence(text)
    }

    func details(_ words: Catalogue) -> [String] {
        var details: [String] = []
        if let updated { details.append(words.text("permanence.cite_updated", ["date": words.date(updated)])) }
        if let commit { details.append(words.text("permanence.cite_version", ["commit": commit])) }
        return details
    }

    /// A `@misc` entry: `title` and the archive as a corporate `author` in double braces, so
    /// BibTeX keeps their letters' case and never splits the archive's name into persons.
    func bibtex(_ words: Catalogue) -> String {
        var fields: [(String, String)] = [("title", "{\(Self.escaped(BidiText.isolated(title)))}"),
                                          ("author", "{\(Self.escaped(BidiText.isolated(archive)))}")]
        if let url {
            fields.append(("howpublished", "\\url{\(url.replacingOccurrences(of: "%", with: "\\%"))}"))
            fields.append(("url", url))
        }
        if let updated {
            fields.append(("date", updated.start.description))
            fields.append(("year", String(updated.year)))
        }
        if let commit { fields.append(("note", Self.escaped(words.text("permanence.cite_version", ["commit": commit])))) }
        fields.append(("language", language))
        let width = fields.map(\.0.count).max() ?? 0
        let lines = fields.map { name, value in "  \(name)\(String(repeating: " ", count: width - name.count)) = {\(value)}" }
        return "@misc{\(key),\n" + lines.joined(separator: ",\n") + "\n}"
    }

    /// The text ending in a full stop, unless it ends in one of its own (or "?", "!").
    static func sentence(_ text: String) -> String {
        guard let last = text.last, !".?!…".contains(last) else { return text }
        return text + "."
    }

    /// LaTeX's special characters written so they print as themselves, braces balanced.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\textbackslash{}"
            case "{", "}", "%", "$", "&", "#", "_": out += "\\" + String(character)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            default: out.append(character)
            }
        }
        return out
    }
}
