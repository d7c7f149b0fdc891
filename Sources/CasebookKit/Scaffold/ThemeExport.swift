import Foundation

/// `casebook theme export DIR`: the built-in theme written out as files, to start a custom
/// theme from. An editor's file is never replaced: when any of the files is already there,
/// nothing is written and every such file is named.
public enum ThemeExport {
    /// Writes every file of `BuiltInTheme` under `directory` (made when missing) and returns
    /// their paths as shown (`shown/partials/header.mustache`). Errors as `casebook new`'s:
    /// files already there, exit status 1; a folder that cannot be made or written, 2.
    public static func export(to directory: URL, shown: String) throws(NewFileError) -> [String] {
        let files = BuiltInTheme.files
        let prefix = shown.hasSuffix("/") ? shown : shown + "/"
        if let type = StaticTree.ownType(directory.path), type != S_IFDIR {
            throw NewFileError(reason: .io, message: "\(shown) is \(type == S_IFLNK ? "a symbolic link" : "a file"), not a folder; nothing was written. Name a new folder")
        }
        if let why = refusal(directory) {
            throw NewFileError(reason: .io, message: "\(shown) \(why); nothing was written. Export into the archive's own templates/ folder, beside content/")
        }
        let existing = files.map(\.path).filter { StaticTree.ownType(directory.appendingPathComponent($0).path) != nil }
        if !existing.isEmpty {
            let names = existing.map { prefix + $0 }
            let listed = names.count > 5 ? names.prefix(5).joined(separator: ", ") + " and \(names.count - 5) more" : names.joined(separator: ", ")
            throw NewFileError(reason: .archive, message: "\(listed) already \(names.count == 1 ? "exists" : "exist"); nothing was written. Export into a new folder, or move the files away first")
        }
        var batch = NewFileBatch()
        for file in files {
            do {
                // Refuses to replace a file that appeared since the check above.
                try batch.create(file.text, at: directory.appendingPathComponent(file.path))
            } catch {
                // Nothing half-exported: the files and folders this run made are taken back.
                batch.takeBack()
                throw NewFileError(reason: .io, message: "\(prefix + file.path) could not be written: \(OutputFailure.line(error)); nothing was left written")
            }
        }
        return files.map { prefix + $0.path }
    }

    /// Why a theme may not go into `directory`: into a content folder (`theme export content`)
    /// or a folder inside one it wrote 42 files among the archive's, each then a warning; into
    /// a site casebook built (or a folder inside one), or the `public/` beside `content/` a
    /// build will write, files the next build refuses or deletes.
    static func refusal(_ directory: URL) -> String? {
        var folder = URL(fileURLWithPath: OutputGuard.realPath(directory))
        func isContent(_ folder: URL) -> Bool {
            func has(_ name: String) -> Bool { StaticTree.ownType(folder.appendingPathComponent(name).path) != nil }
            return has("site.yml") && ContentKind.allCases.contains(where: { has($0.rawValue) })
        }
        while true {
            func has(_ name: String) -> Bool { StaticTree.ownType(folder.appendingPathComponent(name).path) != nil }
            let here = folder.path == OutputGuard.realPath(directory)
            if isContent(folder) {
                // `theme export content/pages`: 42 files the build ignores, each a warning.
                return here ? "is an archive's content folder" : "lies inside \(folder.path), an archive's content folder"
            }
            if has(OutputMarker.name) {
                return here ? "is a site casebook built, which the next build replaces" : "lies inside \(folder.path), a site casebook built, which the next build replaces"
            }
            // `public/` beside `content/` before the first build: the theme was written where
            // no build reads it, and the first build then refused the folder as an editor's.
            if folder.lastPathComponent == "public", isContent(folder.deletingLastPathComponent().appendingPathComponent("content")) {
                let what = "the folder casebook build writes the site into, which a build replaces whole"
                return here ? "is \(what)" : "lies inside \(folder.path), \(what)"
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path || folder.path == "/" { return nil }
            folder = parent
        }
    }
}
