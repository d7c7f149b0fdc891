/// The commit messages a page's history shows are published text, written by whoever
/// committed and fixed for good in git. Who committed is never published: the authors' and
/// committers' names (each word of them) and anything like an e-mail address are left out
/// of every message. A message that names a protected person is left out whole (the change
/// keeps its date) with a warning, since it cannot be edited like a file.
enum HistoryCheck {
    static func published(_ history: ArchiveHistory, words: ProtectedWords?) -> (ArchiveHistory, [Diagnostic]) {
        var history = history
        let names = Set(history.contributors.flatMap { SearchNormalizer.words($0) }.filter { $0.count >= 3 })
        history.contributors = []
        guard !history.commits.isEmpty else { return (history, []) }
        var diagnostics: [Diagnostic] = []
        var firstFile: [Int32: String] = [:]
        if words != nil {
            for (path, commits) in history.files {
                for commit in commits where firstFile[commit].map({ path < $0 }) ?? true { firstFile[commit] = path }
            }
        }
        for index in history.commits.indices {
            var subject = withoutContributors(history.commits[index].subject, names: names)
            if let words, words.names(subject) {
                let commit = history.commits[index]
                diagnostics.append(Diagnostic(.warning, "\(history.contentName)/\(firstFile[Int32(index)] ?? "")", .start,
                    "the message of commit \(commit.hash.prefix(7)) (\(commit.date)) names a protected person: the page history shows the change without its message"))
                subject = ""
            }
            history.commits[index].subject = subject
        }
        return (history, diagnostics)
    }

    /// The message with each word that is part of a contributor's name (compared folded, so
    /// case and accents do not matter) or looks like an e-mail address (`a@b.c`) written "…".
    static func withoutContributors(_ subject: String, names: Set<String>) -> String {
        var out: [Substring] = []
        for word in subject.split(separator: " ", omittingEmptySubsequences: false) {
            let isAddress = word.firstIndex(of: "@").map { $0 != word.startIndex && word[word.index(after: $0)...].contains(".") } ?? false
            let isName = !names.isEmpty && SearchNormalizer.words(String(word)).contains(where: names.contains)
            if isAddress || isName {
                if out.last != "…" { out.append("…") }
            } else {
                out.append(word)
            }
        }
        return out.joined(separator: " ")
    }
}
