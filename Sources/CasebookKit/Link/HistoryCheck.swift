/// The commit messages a page's history shows are published text, written by whoever
/// committed and fixed for good in git: one that names a protected person is left out (the
/// change keeps its date) with a warning, since the message cannot be edited like a file.
/// E-mail addresses are left out of every message: they identify contributors.
enum HistoryCheck {
    static func published(_ history: ArchiveHistory, words: ProtectedWords?) -> (ArchiveHistory, [Diagnostic]) {
        guard !history.commits.isEmpty else { return (history, []) }
        var history = history
        var diagnostics: [Diagnostic] = []
        var firstFile: [Int32: String] = [:]
        if words != nil {
            for (path, commits) in history.files { for commit in commits where (firstFile[commit].map { path < $0 } ?? true) { firstFile[commit] = path } }
        }
        for index in history.commits.indices {
            var subject = withoutAddresses(history.commits[index].subject)
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

    /// The message with each word that looks like an e-mail address (`a@b.c`) left out.
    static func withoutAddresses(_ subject: String) -> String {
        guard subject.contains("@") else { return subject }
        let words = subject.split(separator: " ", omittingEmptySubsequences: false).map { word -> Substring in
            guard let at = word.firstIndex(of: "@"), at != word.startIndex,
                  word[word.index(after: at)...].contains(".") else { return word }
            return "…"
        }
        return words.joined(separator: " ")
    }
}
