/// A renamed file's history when git did not see the rename (git gives up past
/// `diff.renameLimit` files in one commit, or the file changed too much): the file lists its
/// old id in `former_ids`, the commit that added it deleted the file of that id, so the gone
/// file's commits are its own, older ones. Its translations (`x.ru.md` from `old.ru.md`) too.
enum FormerIDHistory {
    static func connected(_ content: ParsedContent) -> ArchiveHistory {
        var history = content.history
        guard !history.removed.isEmpty else { return history }
        /// `cases/new` by `cases/old`, as the history names paths (from the content folder).
        var formerIDs: [String: [String]] = [:]
        for (_, files) in FormerIDCheck.claims(content) {
            for (info, former) in files where !former.isEmpty {
                formerIDs["\(info.kind.rawValue)/\(info.id)"] = former.map { "\(info.kind.rawValue)/\($0.id)" }
            }
        }
        guard !formerIDs.isEmpty else { return history }
        for (path, commits) in history.files {
            // `cases/x.md` or its translation `cases/x.ru.md`: the stem, and what follows it.
            guard let stem = stem(of: path), let formers = formerIDs[stem.id], let added = commits.last else { continue }
            for former in formers {
                let removal = history.removed[former + stem.rest]?.first { $0.deletedIn == added }
                if let removal {
                    history.files[path] = commits + removal.commits
                    break
                }
            }
        }
        return history
    }

    /// `cases/x.ru.md` as `cases/x` and `.ru.md`; nil for a path in no folder.
    static func stem(of path: String) -> (id: String, rest: String)? {
        guard let slash = path.lastIndex(of: "/"), let dot = path[slash...].firstIndex(of: ".") else { return nil }
        return (String(path[..<dot]), String(path[dot...]))
    }
}
