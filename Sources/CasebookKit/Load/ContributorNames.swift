import Foundation

/// Who committed is never published: in the commit messages pages show, each word that is
/// part of an author's or committer's name (compared folded, so case and accents do not
/// matter) or looks like an e-mail address (`a@b.c`) is written "…" ("Edit by Jane Doe"
/// shows as "Edit by …"). Done as git's answers are read, beside the parse; the names are
/// not kept. Words are compared in every form a reader would still recognise: fullwidth
/// letters as plain ones, accents dropped ("Nunez" for Núñez), and a possessive's name
/// apart from its "'s" ("Dupont’s"); names of two letters count too ("Li Na").
enum ContributorNames {
    static func leftOut(of commits: [ArchiveHistory.Commit], names contributors: Set<String>) -> [ArchiveHistory.Commit] {
        let names = Set(contributors.flatMap(forms).filter { $0.count >= 2 })
        // Messages repeat their words ("Add", "Fix"): each distinct word is judged once.
        var judged: [Substring: Bool] = [:]
        return commits.map { commit in
            var commit = commit
            commit.subject = leftOut(of: commit.subject, names: names, judged: &judged)
            return commit
        }
    }

    static func leftOut(of subject: String, names: Set<String>, judged: inout [Substring: Bool]) -> String {
        var out: [Substring] = []
        var changed = false
        for word in subject.split(separator: " ", omittingEmptySubsequences: false) {
            let hidden: Bool
            if let known = judged[word] {
                hidden = known
            } else {
                let isAddress = word.firstIndex(of: "@").map { $0 != word.startIndex && word[word.index(after: $0)...].contains(".") } ?? false
                hidden = isAddress || (!names.isEmpty && forms(String(word)).contains(where: names.contains))
                judged[word] = hidden
            }
            if hidden {
                changed = true
                if out.last != "…" { out.append("…") }
            } else {
                out.append(word)
            }
        }
        return changed ? out.joined(separator: " ") : subject
    }

    /// The folded words of a text as written and without its accents, fullwidth letters made
    /// plain and apostrophes read as spaces.
    static func forms(_ text: String) -> [String] {
        // Plain ASCII without an apostrophe has no other form: most words of most messages.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "'") }) { return SearchNormalizer.words(text) }
        let plain = text.precomposedStringWithCompatibilityMapping
            .replacingOccurrences(of: "'", with: " ").replacingOccurrences(of: "\u{2019}", with: " ")
        let unaccented = plain.folding(options: .diacriticInsensitive, locale: nil)
        return SearchNormalizer.words(plain) + (unaccented == plain ? [] : SearchNormalizer.words(unaccented))
    }

    /// One message, for tests.
    static func leftOut(of subject: String, names: Set<String>) -> String {
        var judged: [Substring: Bool] = [:]
        return leftOut(of: subject, names: names, judged: &judged)
    }
}
