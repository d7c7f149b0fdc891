import Foundation

/// Reads the content's history from git: a handful of processes per build, never one per
/// file. `git rev-parse` says whether there is a repository, whether it is a shallow clone,
/// where the content is in it; `git log -1` names the commit built from; `git status` finds
/// uncommitted changes; `git log --name-status` gives every file's commits, renames
/// followed (`GitLogParser`), kept between builds (`GitLogCache`). Whatever git cannot
/// answer, the build goes on without, and `fallback` says what it did.
enum GitHistory {
    /// - Parameters:
    ///   - content: the content folder; its history is read.
    ///   - templates: the templates folder, whose uncommitted changes also make the site
    ///     differ from the commit (when it is in the same repository).
    ///   - writesCache: whether git's log may be kept for the next build (`GitLogCache`):
    ///     `check` and `serve` write nothing.
    ///   - memory: the log as last read, kept by the dev server between rebuilds
    ///     (`GitLogMemory`): read again only when the commit built from changes.
    static func read(content: URL, templates: URL? = nil, contentName: String = "content", templatesName: String = "templates",
                     writesCache: Bool = true, memory: GitLogMemory? = nil) -> ArchiveHistory {
        var history = ArchiveHistory()
        history.contentName = contentName
        let folder = content.path
        let probe = GitCommand.run(["rev-parse", "--is-shallow-repository", "--show-toplevel", "--show-prefix",
                                    "--git-path", GitLogCache.name, "--git-path", "HEAD", "--git-common-dir"], in: folder)
        let lines = probe.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard probe.status == 0, lines.count >= 4 else {
            history.fallback = probe.status == 127 || probe.status == -1
                ? "git was not found: pages show no history and the footer no build stamp; dates come from `updated` and the events"
                : probe.error.contains("dubious ownership")
                ? "git refused to read the repository of \(contentName)/ (it belongs to another user: see `git config safe.directory`): pages show no history and the footer no build stamp"
                : "\(contentName)/ is not in a git repository: pages show no history and the footer no build stamp; dates come from `updated` and the events"
            return history
        }
        let (shallow, top, prefix) = (lines[0] == "true", lines[1], lines[2])
        let cache = URL(fileURLWithPath: lines[3], relativeTo: content).standardizedFileURL
        // Before HEAD is read: a commit made meanwhile is then seen as a move, not missed.
        if let memory, lines.count >= 6 { memory.watch(head: lines[4], common: lines[5], from: content) }

        let head = GitCommand.run(["log", "-1", "--format=%H%x00%cs", "HEAD"], in: folder)
        let headParts = head.output.trimmingCharacters(in: .newlines).split(separator: "\0")
        guard head.status == 0, headParts.count == 2, let date = try? PartialDate.parse(String(headParts[1])).get() else {
            // Say what went wrong: an empty repository, or git failing (a commit it cannot read).
            history.fallback = head.status == 0
                ? "git gave no date for the commit \(contentName)/ is built from (\(headParts.first.map { String($0.prefix(7)) } ?? "HEAD"); dated before 1970?): pages show no history and the footer no build stamp"
                : Self.isUnborn(head.error)
                ? "the git repository of \(contentName)/ has no commits yet: pages show no history and the footer no build stamp; dates come from `updated` and the events"
                : "git log failed (\(Self.firstLine(of: head.error, status: head.status))): pages show no history and the footer no build stamp"
            return history
        }
        let commit = String(headParts[0])

        // Changes not committed: the site is not the commit's, so it is not stamped with it.
        var paths = ["."], folders = "\(contentName)/"
        // The templates only when the archive has its own: without, the note names no folder it lacks.
        if let templates, templates.standardizedFileURL.path.hasPrefix(top + "/"),
           FileManager.default.fileExists(atPath: templates.path) {
            paths.append(templates.standardizedFileURL.path)
            folders += " or \(templatesName)/"
        }
        // `--untracked-files`: a user's `status.showUntrackedFiles=no` would hide a new file.
        let status = GitCommand.run(["status", "--porcelain", "-z", "--ignored", "--untracked-files=normal", "--"] + paths, in: folder)
        // Any entry counts: a change staged or not, a file added but not committed, one deleted,
        // and a file git ignores that the site publishes (it is in no commit).
        if status.status == 0, !Self.changes(status.bytes) {
            history.stamp = ArchiveHistory.Stamp(commit: commit, date: date)
        }

        if shallow {
            // A shallow clone's oldest commit would be every file's first: the dates would lie.
            history.fallback = "\(contentName)/ is in a shallow git clone, whose history is cut short: pages show no history or first-published dates (fetch the whole history: `git fetch --unshallow`, or `fetch-depth: 0` with actions/checkout)"
                + (history.stamp == nil ? "; \(folders) has uncommitted changes, so the footer has no build stamp" : "")
            return history
        }
        let known: GitLogMemory.Read
        if let read = memory?.read(at: commit, prefix: prefix) {
            known = read
        } else {
            let log: GitLogCache.Log
            switch GitLogCache.log(to: commit, in: top, cache: cache, writes: writesCache) {
            case .success(let read): log = read
            case .failure(let failure):
                history.fallback = "git log failed (\(failure.message)): pages show no history"
                    + (history.stamp == nil ? "; \(folders) has uncommitted changes, so the footer has no build stamp" : "")
                return history
            }
            let parsed = GitLogParser.parse(log.bytes, prefix: prefix)
            known = GitLogMemory.Read(commits: ContributorNames.leftOut(of: parsed.commits, contributors: parsed.contributors),
                                      files: parsed.files, removed: parsed.removed, renamesSkipped: log.renamesSkipped)
            memory?.keep(known, at: commit, prefix: prefix)
        }
        history.commits = known.commits
        history.files = known.files
        history.removed = known.removed
        var notes: [String] = []
        if known.renamesSkipped {
            notes.append("git gave up looking for renamed files in a commit that renames many (`diff.renameLimit`): a file renamed and edited there starts its history at the rename unless it lists its old id in `former_ids`")
        }
        if known.files.isEmpty && known.removed.isEmpty {
            // A repository that holds the archive's folder but none of its files (a home
            // folder kept in git, another project): "uncommitted changes" would say too little.
            history.stamp = nil
            notes.append("no file of \(contentName)/ is committed in the git repository at \(top) (it is new there, or ignored): pages show no history and the footer no build stamp; dates come from `updated` and the events (commit the archive, or give it a repository of its own)")
        } else if history.stamp == nil {
            notes.append("\(folders) has uncommitted changes: the footer has no build stamp, since the site is not the commit's; each page's history lists its commits")
        }
        history.fallback = notes.isEmpty ? nil : notes.joined(separator: "; ")
        return history
    }

    /// Whether `git log HEAD` failed because the branch checked out has no commit yet (a
    /// repository just made with `git init`, or an orphan branch): git 2.39 calls HEAD an
    /// "ambiguous argument" then, later versions say the branch "does not have any commits".
    static func isUnborn(_ error: String) -> Bool {
        error.contains("does not have any commits") || error.contains("ambiguous argument 'HEAD'")
    }

    /// git's message, one line of it, for a note.
    static func firstLine(of error: String, status: Int32) -> String {
        let line = error.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return line.isEmpty ? "exit status \(status)" : line
    }

    /// Whether `git status --porcelain -z --ignored` lists anything that makes the site differ
    /// from the commit: every entry but an ignored file the build does not read (a hidden
    /// file, an editor's backup beside the Markdown files).
    static func changes(_ bytes: [UInt8]) -> Bool {
        for entry in bytes.split(separator: 0) where entry.count > 3 {
            guard entry.starts(with: Array("!! ".utf8)) else { return true }
            let path = String(decoding: entry.dropFirst(3), as: UTF8.self)
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if name.hasPrefix(".") { continue }
            if path.hasSuffix("/") || name.hasSuffix(".md") || name == "site.yml" || path.contains("media/") || path.contains("templates/") {
                return true
            }
        }
        return false
    }
}

/// One git command, its output and status; `status` -1 when it could not be started.
struct GitCommand {
    let status: Int32
    let bytes: [UInt8]
    let error: String
    var output: String { String(decoding: bytes, as: UTF8.self) }

    static func run(_ arguments: [String], in folder: String) -> GitCommand {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // The user's settings must not change what is read: no colours, no signatures, paths
        // unquoted, the first commit's files listed (`log.showRoot=false` hid them: the files
        // of an archive's first commit had no history), messages and names in UTF-8 (another
        // `i18n.logOutputEncoding` published "Caf\u{FFFD}").
        process.arguments = ["git", "-C", folder, "-c", "color.ui=never", "-c", "log.showSignature=false",
                             "-c", "core.quotePath=false", "-c", "diff.renames=true",
                             "-c", "log.showRoot=true", "-c", "i18n.logOutputEncoding=UTF-8"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_OPTIONAL_LOCKS"] = "0"  // `status` must not write the index of a repository it only reads
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return GitCommand(status: -1, bytes: [], error: "") }
        // Standard error is read on a thread of its own, so neither pipe can fill and block git.
        let errorText = BackgroundValue { String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return GitCommand(status: process.terminationStatus, bytes: [UInt8](data), error: errorText.value)
    }
}
