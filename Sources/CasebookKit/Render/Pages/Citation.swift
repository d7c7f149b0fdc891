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
    /// Made for every record page, so written into one string without intermediate arrays.
    func bibtex(_ words: Catalogue) -> String {
        // The names line up on the longest: "howpublished" when there is an address.
        let width = url == nil ? 8 : 12
        var entry = "@misc{\(key)"
        entry.reserveCapacity(320 + title.utf8.count + archive.utf8.count + 3 * (url?.utf8.count ?? 0))
        func field(_ name: String, _ value: String) {
            entry += ",\n  "
            entry += name
            entry += Self.spaces[..<Self.spaces.index(Self.spaces.startIndex, offsetBy: width - name.utf8.count)]
            entry += " = {"
            entry += value
            entry += "}"
        }
        field("title", "{" + Self.escaped(BidiText.isolated(title)) + "}")
        field("author", "{" + Self.escaped(BidiText.isolated(archive)) + "}")
        if let url {
            field("howpublished", "\\url{" + (url.utf8.contains(UInt8(ascii: "%")) ? url.replacingOccurrences(of: "%", with: "\\%") : url) + "}")
            field("url", url)
        }
        if let updated {
            field("date", updated.start.description)
            field("year", String(updated.year))
        }
        if let commit { field("note", Self.escaped(words.text("permanence.cite_version", ["commit": commit]))) }
        field("language", language)
        entry += "\n}"
        return entry
    }

    /// The text ending in a full stop, unless it ends in one of its own (or "?", "!").
    static func sentence(_ text: String) -> String {
        // By bytes (this runs twice on every record page): a mark after the stop makes the
        // last character another one, and the last byte not the stop's, alike.
        let utf8 = text.utf8
        guard let last = utf8.last, last != UInt8(ascii: "."), last != UInt8(ascii: "?"), last != UInt8(ascii: "!"),
              !utf8.reversed().starts(with: "…".utf8.reversed()) else { return text }
        return text + "."
    }

    /// The padding after a field's name: a slice of this, not a new string per field.
    static let spaces = String(repeating: " ", count: 16)

    static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "%"), UInt8(ascii: "$"),
             UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "^"): true
        default: false
        }
    }

    /// LaTeX's special characters written so they print as themselves, braces balanced.
    static func escaped(_ text: String) -> String {
        // Most titles have none of them: returned as they are.
        guard text.utf8.contains(where: isSpecial) else { return text }
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\textbackslash{}"
            // BibTeX counts a brace even after a backslash: a lone one would end the field.
            case "{": out += "\\textbraceleft{}"
            case "}": out += "\\textbraceright{}"
            case "%", "$", "&", "#", "_": out += "\\" + String(character)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            default: out.append(character)
            }
        }
        return out
    }
}
