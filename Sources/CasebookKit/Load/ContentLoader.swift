import Foundation

/// Walks the content folder: finds site.yml, every content file by kind, and the media files.
/// Names are checked here (the id rule, reserved names); files are read in the parse stage.
public enum ContentLoader {
    /// Page ids the build uses for its own pages.
    public static let reservedPageIDs: Set<String> = [
        "cases", "people", "organizations", "timeline", "statuses", "charges", "regions", "tags",
        "data", "search", "statistics", "media", "assets", "pages", "index", "feed", "sitemap", "404",
    ]

    /// A reserved name, or a two-letter id (kept for language codes).
    public static func isReservedPageID(_ id: String) -> Bool {
        reservedPageIDs.contains(id) || (id.count == 2 && id.allSatisfy(\.isLetter))
    }

    /// What every command says when the content folder is not there.
    public static let missingFolder = "content folder not found; run casebook in the archive's folder or pass --content DIR"

    public static func load(contentDirectory: URL, displayName: String) -> LoadedContent {
        var loaded = LoadedContent()
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            loaded.diagnostics.append(Diagnostic(.error, displayName, .start,
                missingFolder, isIO: true))
            return loaded
        }
        let siteFile = contentDirectory.appendingPathComponent("site.yml")
        if fm.fileExists(atPath: siteFile.path) {
            if siteFile.resolvingSymlinksInPath().path.hasPrefix(contentDirectory.resolvingSymlinksInPath().path + "/") {
                loaded.siteFile = siteFile
            } else {
                loaded.diagnostics.append(Diagnostic(.error, displayName + "/site.yml", .start,
                    "a link to a file outside the content folder; copy the file into the archive instead"))
            }
        } else {
            loaded.diagnostics.append(Diagnostic(.warning, displayName + "/site.yml", .start,
                "no site.yml; using the default title and vocabularies"))
        }
        let known = Set(ContentKind.allCases.map(\.rawValue) + ["media", "site.yml"])
        for entry in sortedEntries(contentDirectory) where !known.contains(entry) && !entry.hasPrefix(".") {
            loaded.diagnostics.append(Diagnostic(.warning, "\(displayName)/\(entry)", .start,
                "not part of the archive and ignored; content lives in cases/, people/, organizations/, pages/ and media/"))
        }
        let contentRoot = contentDirectory.resolvingSymlinksInPath().path + "/"
        for kind in ContentKind.allCases {
            let folder = contentDirectory.appendingPathComponent(kind.rawValue)
            let folderIsLink = isSymbolicLink(folder)
            let folderPath = folder.path
            var renames = RenameSuggestions(folderPath: folderPath, kind: kind)
            // Names and link flags in one read of the folder: a URL and a readlink per file
            // cost more than the rest of the load.
            for entry in FolderListing.entries(atPath: folderPath) where !entry.name.hasPrefix(".") {
                let name = entry.name
                let path = "\(displayName)/\(kind.rawValue)/\(name)"
                let diskPath = folderPath + "/" + name
                // A symbolic link may not bring in a file from outside the archive. Resolving
                // costs a system call per path component, so only links are resolved.
                guard !(folderIsLink || entry.isLink)
                    || URL(fileURLWithPath: diskPath).resolvingSymlinksInPath().path.hasPrefix(contentRoot) else {
                    loaded.diagnostics.append(Diagnostic(.error, path, .start,
                        "a link to a file outside the content folder; copy the file into the archive instead"))
                    continue
                }
                if let info = contentInfo(named: name, kind: kind, path: path, renames: &renames, into: &loaded.diagnostics) {
                    loaded.files.append(ContentFile(info: info, diskPath: diskPath))
                }
            }
        }
        loaded.media = mediaFiles(in: contentDirectory, displayName: displayName, diagnostics: &loaded.diagnostics)
        loaded.gitDates = GitDates.lastCommitDates(in: contentDirectory)
        return loaded
    }

    /// Checks a file name against the id rule; returns the document if it is a content file.
    static func contentInfo(named name: String, kind: ContentKind, path: String,
                            renames: inout RenameSuggestions, into diagnostics: inout [Diagnostic]) -> DocumentInfo? {
        guard name.hasSuffix(".md") else {
            diagnostics.append(Diagnostic(.warning, path, .start, "ignored: content files end in .md"))
            return nil
        }
        let stem = String(name.dropLast(3))
        let parts = stem.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2, parts[1].count == 2, parts[1].allSatisfy({ $0.isLowercase && $0.isASCII }),
           Identifier.isValid(String(parts[0])) {
            diagnostics.append(Diagnostic(.warning, path, .start,
                "'\(name)' is a translation of \(parts[0]).md; translations are reserved and not built yet"))
            return nil
        }
        guard Identifier.isValid(stem) else {
            diagnostics += Identifier.fileNameProblems(stem, renames: &renames).map { Diagnostic(.error, path, .start, $0) }
            return nil
        }
        if kind == .pages, isReservedPageID(stem) {
            diagnostics.append(Diagnostic(.error, path, .start,
                "'\(stem)' is a name the build uses for its own pages (or a language code); choose another page id"))
            return nil
        }
        return DocumentInfo(kind: kind, id: stem, path: path)
    }

    static func isSymbolicLink(_ url: URL) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
    }

    static func sortedEntries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// Every file under media/, as `media/...` paths; links that leave content/ are refused.
    static func mediaFiles(in content: URL, displayName: String, diagnostics: inout [Diagnostic]) -> [String] {
        let root = content.appendingPathComponent("media")
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        let contentRoot = content.resolvingSymlinksInPath().path + "/"
        var files: [String] = []
        for case let relative as String in enumerator {
            let url = root.appendingPathComponent(relative)
            let name = url.lastPathComponent
            if name.hasPrefix(".") { continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard url.resolvingSymlinksInPath().path.hasPrefix(contentRoot) else {
                diagnostics.append(Diagnostic(.error, "\(displayName)/media/\(relative)", .start,
                    "a link to a file outside the content folder; copy the file into media/ instead"))
                continue
            }
            files.append("media/" + relative)
        }
        return files.sorted()
    }
}
