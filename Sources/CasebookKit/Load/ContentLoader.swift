import Foundation

/// Walks the content folder: finds site.yml, every content file by kind, and the media files.
/// Names are checked here (the id rule, reserved names); files are read in the parse stage.
public enum ContentLoader {
    /// Page ids the build uses for its own pages.
    public static let reservedPageIDs: Set<String> = [
        "cases", "people", "organizations", "timeline", "statuses", "charges", "regions", "tags", "countries",
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
        let contentPath = contentDirectory.path
        func report(_ path: String, _ problem: FileProblem, isIO: Bool = true) {
            loaded.diagnostics.append(Diagnostic(.error, path, .start, problem.description, isIO: isIO))
        }
        // A folder that cannot be read is a problem with its reason, never an empty archive.
        let top: [FolderListing.Entry]
        let contentRoot: String
        do {
            guard let entries = try FolderListing.read(atPath: contentPath) else {
                loaded.diagnostics.append(Diagnostic(.error, displayName, .start, missingFolder, isIO: true))
                return loaded
            }
            top = entries
            contentRoot = try StaticTree.realPath(contentPath).get()
        } catch {
            report(displayName, error)
            return loaded
        }
        func isInside(_ real: String) -> Bool { real.hasPrefix(contentRoot + "/") }
        if let problem = notAnArchive(top, contentPath: contentPath, displayName: displayName) {
            loaded.diagnostics.append(Diagnostic(.error, displayName, .start, problem, isIO: true))
            return loaded
        }
        if let site = top.first(where: { $0.name == "site.yml" }) {
            // What cannot be read is said when site.yml is read (the parse stage), with the reason.
            if site.isLink, case .success(let real) = StaticTree.realPath(contentPath + "/site.yml"), !isInside(real) {
                report(displayName + "/site.yml", .outside("content", isFolder: false, copyInto: "the archive"), isIO: false)
            } else {
                loaded.siteFile = contentDirectory.appendingPathComponent("site.yml")
            }
        } else {
            loaded.diagnostics.append(Diagnostic(.warning, displayName + "/site.yml", .start,
                "no site.yml; using the default title and vocabularies"))
        }
        let known = Set(ContentKind.allCases.map(\.rawValue) + ["media", "site.yml"])
        for entry in top where !known.contains(entry.name) && !entry.name.hasPrefix(".") {
            loaded.diagnostics.append(Diagnostic(.warning, "\(displayName)/\(entry.name)", .start,
                "not part of the archive and ignored; content lives in cases/, people/, organizations/, pages/ and media/"))
        }
        var unlisted: [String] = []  // kind folders that could not be listed
        var misnamed: [String: TranslationName.Misnamed] = [:]
        for kind in ContentKind.allCases {
            let folderPath = contentPath + "/" + kind.rawValue
            let folderName = "\(displayName)/\(kind.rawValue)"
            var renames = RenameSuggestions(folderPath: folderPath, kind: kind)
            // Names and file types in one read of the folder: a system call per file would
            // cost more than the rest of the load.
            let entries: [FolderListing.Entry]
            do {
                guard let found = try FolderListing.read(atPath: folderPath) else { continue }
                entries = found
            } catch {
                report(folderName, error)
                unlisted.append(folderName)
                continue
            }
            // A linked folder may not bring in files from outside the archive; inside, its
            // entries are inside too, unless they are links themselves.
            if top.contains(where: { $0.name == kind.rawValue && $0.isLink }),
               case .success(let real) = StaticTree.realPath(folderPath), !isInside(real) {
                report(folderName, .outside("content", isFolder: true, copyInto: "the archive"), isIO: false)
                continue
            }
            for entry in entries where !entry.name.hasPrefix(".") {
                let name = entry.name
                let path = "\(folderName)/\(name)"
                let diskPath = folderPath + "/" + name
                // Why the file cannot be read, said only if it is a content file.
                var problem: FileProblem?
                var isFolder = entry.type == S_IFDIR
                if entry.isLink {
                    switch StaticTree.realPath(diskPath) {
                    case .failure(let reason):
                        problem = reason
                    case .success(let real):
                        guard isInside(real) else {
                            report(path, .outside("content", isFolder: false, copyInto: "the archive"), isIO: false)
                            continue
                        }
                        var info = stat()
                        if stat(real, &info) != 0 {
                            problem = FileProblem(errno: errno, path: real)
                        } else if info.st_mode & S_IFMT != S_IFREG {
                            problem = .notRegular(info.st_mode)
                            isFolder = info.st_mode & S_IFMT == S_IFDIR
                        }
                    }
                } else if entry.type != S_IFREG {
                    problem = .notRegular(entry.type)  // a folder, a FIFO, a device: never opened
                }
                // Cases sorted into sub-folders would vanish from the site: say so, and name them.
                if isFolder, !name.hasSuffix(".md") {
                    loaded.diagnostics.append(KindSubfolder.diagnostic(path: path, diskPath: diskPath, kindFolder: folderName, isLink: entry.isLink))
                    continue
                }
                if let info = contentInfo(named: name, kind: kind, path: path, renames: &renames, into: &loaded.diagnostics, misnamed: &misnamed) {
                    var file = ContentFile(info: info, diskPath: diskPath)
                    file.problem = problem
                    loaded.files.append(file)
                }
            }
        }
        loaded.misnamedLanguages = misnamed
        if let folder = unlisted.first { checkOnlyReadability(&loaded, unlisted: folder) }
        let (media, mediaProblems) = StaticTree.media(content: contentPath, displayName: displayName).walk()
        loaded.mediaFiles = media
        // A reference to a refused media file is not a second mistake.
        let refused = mediaProblems.map { String($0.file.dropFirst(displayName.count + 1)) }.filter { $0.hasPrefix("media/") }
        loaded.media = (media.map(\.path) + refused).sorted()
        loaded.diagnostics += mediaProblems
        // Names that would overwrite each other on a USB stick, or cannot be shown as written.
        loaded.diagnostics += MediaNames.problems(media.map(\.path), displayName: displayName)
        return loaded
    }

    /// Why a folder that holds files, but none of an archive's (site.yml, the kind folders,
    /// media/), is no content folder: `--content .` run in the archive's own folder built an
    /// empty site over the real one and called it a success. Nil for an archive, or an empty
    /// folder (a new archive's, built empty as before).
    static func notAnArchive(_ top: [FolderListing.Entry], contentPath: String, displayName: String) -> String? {
        let marks = Set(["site.yml", "media"] + ContentKind.allCases.map(\.rawValue))
        guard top.contains(where: { !$0.name.hasPrefix(".") }), !top.contains(where: { marks.contains($0.name) }) else { return nil }
        // The archive's folder holds its content folder; a kind folder sits in one.
        let nested = ["site.yml"] + ContentKind.allCases.map(\.rawValue)
        let hint: String
        let folders = top.filter { $0.type == S_IFDIR }.sorted { a, _ in a.name == "content" }
        if let inner = folders.first(where: { folder in
            nested.contains { FileManager.default.fileExists(atPath: contentPath + "/" + folder.name + "/" + $0) }
        }) {
            hint = ", like --content \(displayName == "." ? inner.name : (displayName as NSString).appendingPathComponent(inner.name))"
        } else if ContentKind.allCases.contains(where: { $0.rawValue == (contentPath as NSString).lastPathComponent }) {
            hint = ", like --content \((displayName as NSString).deletingLastPathComponent.isEmpty ? "." : (displayName as NSString).deletingLastPathComponent)"
        } else {
            hint = ""
        }
        return "does not look like an archive's content folder: it holds none of site.yml, cases/, people/, organizations/, "
            + "pages/ or media/, so the site would be empty; pass --content with the archive's content folder\(hint)"
    }

    /// With a kind folder unlisted, which ids exist is unknown: every reference would be
    /// reported as broken. Like an unreadable site.yml, it stops the checks of the files;
    /// only what cannot be read is still reported, so one run names every such file.
    static func checkOnlyReadability(_ loaded: inout LoadedContent, unlisted folder: String) {
        loaded.files = loaded.files.compactMap { file in
            var file = file
            if file.problem == nil, faccessat(AT_FDCWD, file.diskPath, R_OK, AT_EACCESS) != 0 {
                file.problem = FileProblem(errno: errno, path: file.diskPath)
            }
            return file.problem == nil ? nil : file
        }
        loaded.diagnostics.append(Diagnostic(.warning, folder, .start,
            "the content files were not checked, because the ids in this folder are unknown; fix it first"))
        loaded.filesUnchecked = true
    }

    /// The two-letter code a misnamed translation meant (`RU`, `rus`, `ru-KZ`, `ru_KZ` -> `ru`);
    /// nil when it does not look like a language.
    static func misnamedLanguage(_ part: String) -> String? {
        let primary = part.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        guard part.count <= 8, primary.count >= 2, primary.count <= 3, primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        if primary.count == 2 { return primary }
        // Another three letters is more likely a name with a dot in it: the id rule says so.
        return LanguageCode.threeLetter[primary]
    }

    /// Checks a file name against the id rule; returns the document if it is a content file.
    /// `misnamed`: a translation whose language is misspelled, by path (`TranslationName.Misnamed`).
    static func contentInfo(named name: String, kind: ContentKind, path: String,
                            renames: inout RenameSuggestions, into diagnostics: inout [Diagnostic],
                            misnamed: inout [String: TranslationName.Misnamed]) -> DocumentInfo? {
        guard name.hasSuffix(".md") else {
            // `x.MD`, `x.ru.Md`: meant as a content file, and skipped; the name that makes it one.
            var message = "ignored: content files end in .md"
            if name.lowercased().hasSuffix(".md"), name.count > 3 {
                let meant = String(name.dropLast(3)) + ".md"
                message += renames.exists(meant)
                    ? ", in lower case: '\(meant)' already exists here: merge this file into it, then delete this one"
                    : renames.claim(meant) ? ", in lower case: rename it to '\(meant)'"
                    : ", in lower case: '\(meant)' is suggested for another file here: merge this one into that file, then delete this one"
            }
            diagnostics.append(Diagnostic(.warning, path, .start, message))
            return nil
        }
        let stem = String(name.dropLast(3))
        // Split as bytes: split by Character, this was most of reading a file name.
        let parts = stem.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        // `<id>.<lang>.md`: a translation; whether the site has the language and the file
        // it translates is checked when linking.
        if parts.count == 2, parts[1].count == 2, parts[1].allSatisfy({ (0x61...0x7A).contains($0) }),
           Identifier.isValid(String(Substring(parts[0]))) {
            return DocumentInfo(kind: kind, id: String(Substring(parts[0])), path: path, language: String(Substring(parts[1])))
        }
        // `<id>.RU.md`, `<id>.rus.md`, `<id>.ru-KZ.md`: a translation misnamed, not a new file.
        if parts.count == 2, Identifier.isValid(String(Substring(parts[0]))), let code = misnamedLanguage(String(Substring(parts[1]))) {
            let id = String(Substring(parts[0])), written = String(Substring(parts[1]))
            // Never a name that is there (`x.RU.md` beside `x.ru.md`), nor one told to another file.
            let wanted = "\(id).\(code).md"
            let advice = renames.claim(wanted) ? "rename it to \(wanted)"
                : renames.exists(wanted) ? "\(wanted) already exists: merge this file into it, then delete this one"
                : "\(wanted) is suggested for another file here: merge this one into that file, then delete this one"
            diagnostics.append(Diagnostic(.error, path, .start,
                "'\(written)' is not how a translation names its language: a translation is <id>.<language>.md, the language's two-letter code in lower case: \(advice)"))
            misnamed[path] = TranslationName.Misnamed(written: written, code: code, id: id, originalExists: renames.exists("\(id).md"))
            return nil
        }
        guard Identifier.isValid(stem) else {
            if let problems = TranslationName.problems(stem, renames: &renames) {
                diagnostics += problems.map { Diagnostic(.error, path, .start, $0) }
                return nil
            }
            diagnostics += Identifier.fileNameProblems(stem, renames: &renames).map { Diagnostic(.error, path, .start, $0) }
            return nil
        }
        if kind == .pages, isReservedPageID(stem) {
            diagnostics.append(Diagnostic(.error, path, .start,
                "'\(stem)' is a name the build uses for its own pages (or a language code); choose another page id"))
            return nil
        }
        if PortableNames.isDevice(stem) {
            let free = renames.freeName(for: stem)  // the file itself is there: con-2, con-3 …
            _ = renames.claim(free + ".md")
            diagnostics.append(Diagnostic(.warning, path, .start, PortableNames.deviceID(stem, free: free)))
        }
        return DocumentInfo(kind: kind, id: stem, path: path)
    }
}
