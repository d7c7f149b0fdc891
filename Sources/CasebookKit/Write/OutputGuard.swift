import Foundation

/// Decides whether a build may replace its output folder. A build deletes whatever the
/// output held before, so it writes only where that can never be an editor's work: not the
/// archive, the theme, the folder it runs in or any folder above it, a git work tree, the
/// home folder or `/`, and never over a file or a folder that casebook did not write.
///
/// The first check looks at paths only; `refusal(existing:)` looks at what is there, and
/// runs under the output lock, after an interrupted build's site was put back.
enum OutputGuard {
    /// The mark every build leaves at the top of its output (`OutputMarker`).
    static let markerName = OutputMarker.name
    static let markerText = OutputMarker.text

    /// Why the output may not be written at all, judged by its path alone; nil when it may.
    static func refusal(for target: URL, options: BuildOptions) -> String? {
        let output = realPath(target)
        if output == "/" { return "it is the root folder /" }
        let home = ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
        let current = Set([options.workingDirectory.path, FileManager.default.currentDirectoryPath]).sorted()
        // What a build must never delete, most specific first: the first that applies is said.
        let kept: [(what: String, path: String, inside: Bool)] = [
            ("the content folder (\(options.contentDisplayName)/)", realPath(options.contentDirectory), true),
            ("the templates folder (\(options.templatesDisplayName)/)", realPath(options.templatesDirectory), true),
        ] + current.map { ("the current folder", realPath(URL(fileURLWithPath: $0)), false) }
          + (home.map { [("your home folder", realPath($0), false)] } ?? [])
        if let same = kept.first(where: { $0.path == output }) {
            return "it is \(same.what); building there would delete everything in it"
        }
        if let holder = kept.first(where: { $0.inside && isInside(output, $0.path) }) {
            return "it lies inside \(holder.what), which a build must never change"
        }
        if output.split(separator: "/").contains(".git") {
            return "it lies inside a .git folder, which holds a repository's history"
        }
        // A later build into the output these names belong to deletes or moves them.
        if let working = output.split(separator: "/").first(where: { $0.hasPrefix(".casebook-") }) {
            return "its name, \(working), is one that casebook gives its own working folders, which later builds delete; choose another name"
        }
        // The next build of that site would replace this one with everything else in it.
        if let site = ancestors(of: output).first(where: { OutputMarker.read(URL(fileURLWithPath: $0)) != .missing }) {
            return "it lies inside \(site), a site that casebook wrote, which the next build there replaces whole; choose a folder outside it"
        }
        if let held = kept.first(where: { isInside($0.path, output) }) {
            return "it contains \(held.what); building there would delete it"
        }
        return nil
    }

    /// Why the output, as it is now on disk, may not be replaced; nil when it may: it does
    /// not exist, is an empty folder, or is a folder casebook wrote that holds nothing else
    /// at its top. `kept` are entries that are neither the site nor a reason to refuse.
    static func refusal(existing target: URL, ignoring kept: Set<String> = []) -> String? {
        var status = stat()
        guard stat(target.path, &status) == 0 else {
            guard lstat(target.path, &status) == 0 else { return nil }
            // Replacing the link by a folder would lose where it was meant to lead.
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: target.path)) ?? "?"
            return "it is a symbolic link to \(destination), which leads to no folder; create that folder, or remove the link"
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            return "it is a file, not a folder; casebook writes only to a folder of its own, so it leaves the file as it is"
        }
        // Finder's and Explorer's files are no reason to refuse; a folder or someone's file of that name is.
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? [])
            .filter { !kept.contains($0) && !SystemLitter.isLitter($0, in: target) }
        if entries.contains(".git") {
            return "it is the root of a git work tree (it holds .git); building there would delete the repository"
        }
        // The previous site is deleted with everything under it, through any mount.
        if let mount = OutputInPlace.mountPoints().first(where: { isInside($0, target.path) }) {
            return "it holds a mount point, \(mount), whose files a build would delete with the rest of the folder; unmount it, or choose another --output"
        }
        if entries.isEmpty { return nil }
        switch OutputMarker.read(target) {
        case .listed(let written):
            let added = entries.filter { $0 != OutputMarker.name && !written.contains($0) }.sorted()
            if added.isEmpty { return nil }
            let shown = added.prefix(5).joined(separator: ", ") + (added.count > 5 ? " and \(added.count - 5) more" : "")
            return "it holds what the last build there did not write (\(shown)), and a build replaces the whole folder; "
                + "move \(added.count == 1 ? "it" : "them") elsewhere, or choose another --output"
        case .unlisted: return nil
        case .missing: if isEarlierOutput(target, entries) { return nil }
        case .notAFile: break
        }
        return "it holds files that casebook did not write (a folder a build wrote has a \(markerName) file at its top), "
            + "and a build replaces the whole folder; empty it, or choose another --output"
    }

    /// A site written before builds left the marker: the files every build writes at the top,
    /// and nothing else there but folders a build writes (a page's folder has its index.html).
    static func isEarlierOutput(_ folder: URL, _ entries: [String]) -> Bool {
        let names = Set(entries)
        let files: Set = ["index.html", "404.html", "sitemap.xml", "feed.xml", "robots.txt"]
        guard files.union(["assets", "data"]).allSatisfy(names.contains),
              FileManager.default.fileExists(atPath: folder.appendingPathComponent("data/cases.json").path) else { return false }
        return entries.allSatisfy { name in
            let path = folder.appendingPathComponent(name).path
            var status = stat()
            guard !files.contains(name) else { return true }
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return false }
            return name == "assets" || name == "media" || OutputSwap.exists(path + "/index.html")
        }
    }

    /// The folders that hold `path`, nearest first, without `/`.
    static func ancestors(of path: String) -> [String] {
        var folders: [String] = []
        var folder = (path as NSString).deletingLastPathComponent
        while folder != "/" && !folder.isEmpty {
            folders.append(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
        return folders
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" ? path != "/" : path.hasPrefix(folder + "/")
    }

    /// The path with every symbolic link resolved, as far as it exists; the rest appended as
    /// written, so `public` and `./public/` and a link to it compare equal.
    static func realPath(_ url: URL) -> String {
        var existing = url.standardizedFileURL.path
        var rest: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                let joined = ([base == "/" ? "" : base] + rest.reversed()).joined(separator: "/")
                return joined.isEmpty ? "/" : joined
            }
            let parent = (existing as NSString).deletingLastPathComponent
            guard parent != existing, !parent.isEmpty else { return url.standardizedFileURL.path }
            rest.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }
}
