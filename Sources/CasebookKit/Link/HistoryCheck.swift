/// The commit messages a page's history shows are published text, fixed for good in git: a
/// message that names a protected person is left out (the change keeps its date) with a
/// warning naming the commit, since it cannot be edited like a file. (Contributors' names
/// and addresses were left out as git was read: `ContributorNames`.)
enum HistoryCheck {
    static func published(_ history: ArchiveHistory, words: ProtectedWords?) -> (ArchiveHistory, [Diagnostic]) {
        guard let words, !history.commits.isEmpty else { return (history, []) }
        var history = history
        var diagnostics: [Diagnostic] = []
        var firstFile: [Int32: String] = [:]
        for (path, commits) in history.files {
            for commit in commits where firstFile[commit].map({ path < $0 }) ?? true { firstFile[commit] = path }
        }
        for index in history.commits.indices where words.names(history.commits[index].subject) {
            let commit = history.commits[index]
            diagnostics.append(Diagnostic(.warning, "\(history.contentName)/\(firstFile[Int32(index)] ?? "")", .start,
                "the message of commit \(commit.hash.prefix(7)) (\(commit.date)) names a protected person: the page history shows the change without its message"))
            history.commits[index].subject = ""
        }
        return (history, diagnostics)
    }
}
