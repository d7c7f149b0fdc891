import Foundation

/// Tags and regions written differently that make one address ("C++" and "C#" are both
/// `tags/c/`): their cases would be listed on one page under the first spelling, and
/// counted together. Spellings that differ only in case, accents, spaces and punctuation
/// between words, or script ("Zhanaozen", "Жанаозен") are one value on purpose and are not
/// told; the others are a warning at the later spelling, naming the first.
enum FacetClashes {
    struct Clash: Sendable {
        let facet: String
        let slug: String
        let first: (spelling: String, caseID: String)
        let other: (spelling: String, caseID: String)
    }

    static func find(in cases: [CaseRecord]) -> [Clash] {
        var clashes: [Clash] = []
        for (facet, values) in [("regions", { (record: CaseRecord) in record.region.map { [$0] } ?? [] }),
                                ("tags", { (record: CaseRecord) in record.tags })] {
            var first: [String: (spelling: String, key: String, caseID: String)] = [:]
            var told: Set<String> = []
            // By spelling: thousands of cases share a few hundred spellings.
            var keys: [String: (key: String, slug: String)] = [:]
            for record in cases {
                for text in values(record) {
                    let spelling = text.trimmingSpaces
                    guard !spelling.isEmpty else { continue }
                    let (key, slug) = keys[spelling] ?? (Self.key(spelling), FacetBuilder.slug(spelling))
                    keys[spelling] = (key, slug)
                    guard let known = first[slug] else { first[slug] = (spelling, key, record.id); continue }
                    if known.key != key, told.insert("\(slug)\u{0}\(key)").inserted {
                        clashes.append(Clash(facet: facet, slug: slug, first: (known.spelling, known.caseID), other: (spelling, record.id)))
                    }
                }
            }
        }
        return clashes
    }

    /// What tells two spellings apart: their letters as addresses spell them (in Latin),
    /// letters without a Latin spelling as they are, and signs other than spaces, hyphens
    /// and the punctuation between words ("+", "#", "&").
    static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        Identifier.latinPieces(text) { piece, latin in
            if !latin.isEmpty {
                out.append(contentsOf: latin.unicodeScalars)
            } else if !piece.properties.isWhitespace, !Self.betweenWords.contains(piece) {
                out.append(piece)  // a letter without a Latin spelling, or a sign such as "+"
            }
        }
        return String(out)
    }

    static let betweenWords: Set<Unicode.Scalar> = ["-", "_", ".", ",", ";", ":", "'", "\u{2019}", "\u{2018}", "\u{02BB}", "\u{02BC}",
                                                    "(", ")", "/", "\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{2013}", "\u{2014}"]

    /// Each clash as a warning at the later spelling's value in its case file.
    static func diagnostics(_ clashes: [Clash], cases: [CaseRecord], diskPaths: [String: String]) -> [Diagnostic] {
        let files = Dictionary(cases.map { ($0.id, $0.info) }, uniquingKeysWith: { a, _ in a })
        return clashes.compactMap { clash in
            guard let info = files[clash.other.caseID] else { return nil }
            let firstFile = files[clash.first.caseID]?.path ?? clash.first.caseID
            let what = clash.facet == "tags" ? "tag" : "region"
            return Diagnostic(.warning, info.path, position(of: clash.other.spelling, in: diskPaths[info.path]),
                "the \(what) '\(clash.other.spelling)' makes the same address as '\(clash.first.spelling)' (\(firstFile)), \(clash.facet)/\(clash.slug)/, so their cases are listed on one page as '\(clash.first.spelling)': write them alike if they are one \(what), or tell them apart in letters or digits")
        }
    }

    /// Where the front matter writes the value, read again (only for a clash); else the start.
    static func position(of spelling: String, in diskPath: String?) -> SourcePosition {
        guard let root = LeakLocator.read(diskPath), case .mapping(let entries) = root.value else { return .start }
        for entry in entries where entry.key == "region" || entry.key == "tags" {
            let nodes: [YAMLNode]
            switch entry.value.value {
            case .sequence(let items): nodes = items
            default: nodes = [entry.value]
            }
            for node in nodes {
                if case .scalar(let text, _) = node.value, text.trimmingSpaces == spelling { return node.position }
            }
        }
        return .start
    }
}
