/// The commit messages a page's history shows are published text, fixed for good in git: a
/// message that names a protected person is left out (the change keeps its date) with a
/// warning naming the commit, since it cannot be edited like a file. (Contributors' names
/// and addresses were left out as git was read: `ContributorNames`.)
enum HistoryCheck {
    static func published(_ history: ArchiveHistory, words: ProtectedWords?) -> (ArchiveHistory, [Diagnostic]) {
        guard let words, !history.commits.isEmpty else { return (history, []) }
        var history = history
        var diagnostics: [Diagnostic] = []
        // Each commit is told at the first file whose page shows it: a case's, person's or
        // organization's (or its translation's). A commit of other files only (a deleted
        // file, site.yml, media, a free page) is on no page: its message is left out unsaid.
        var firstFile: [Int32: String] = [:]
        for (path, commits) in history.files where Self.hasHistoryPage(path) {
            for commit in commits where firstFile[commit].map({ path < $0 }) ?? true { firstFile[commit] = path }
        }
        for index in history.commits.indices where words.names(history.commits[index].subject) {
            let commit = history.commits[index]
            history.commits[index].subject = ""
            guard let path = firstFile[Int32(index)] else { continue }
            diagnostics.append(Diagnostic(.warning, "\(history.contentName)/\(path)", .start,
                "the message of commit \(commit.hash.prefix(7)) (\(commit.date)) names a protected person: the page history shows the change without its message"))
        }
        return (history, diagnostics)
    }

    /// `cases/x.md`, `people/x.ru.md`, `organizations/x.md`: a file whose page shows its history.
    static func hasHistoryPage(_ path: String) -> Bool {
        path.hasSuffix(".md") && (path.hasPrefix("cases/") || path.hasPrefix("people/") || path.hasPrefix("organizations/"))
    }
}
