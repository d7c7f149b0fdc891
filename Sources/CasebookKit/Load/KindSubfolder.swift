#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder inside `cases/`, `people/`, `organizations/` or `pages/`, which the build does
/// not read. Someone sorting cases by year (`cases/2021/`) made them vanish from the site
/// with a warning that said only "content files end in .md". The message says that
/// sub-folders are not read and names what is there; when it holds files with front
/// matter, content that is not on the site, it is an error.
struct KindSubfolder {
    /// What the folder holds, paths relative to it.
    var contentFiles: [String] = []
    var otherFiles: [String] = []
    /// More entries than `limit` were there; the counts are of the first ones.
    var cutShort = false

    /// How deep and how much of a folder is looked through: enough for a year and a month,
    /// never a whole disk someone linked or copied in.
    static let depthLimit = 8
    static let limit = 10_000

    /// The message for `path` (as shown), a folder found at `diskPath` in `kindFolder`
    /// (as shown, `content/cases`); `isLink` when the folder is reached through a link,
    /// which is not looked into (its files may be another folder's).
    static func diagnostic(path: String, diskPath: String, kindFolder: String, isLink: Bool) -> Diagnostic {
        let rule = "casebook reads only the files directly in \(kindFolder)/ (no sub-folder of cases/, people/, organizations/ or pages/)"
        if isLink {
            return Diagnostic(.warning, path, .start, "ignored: a link to a folder; \(rule)")
        }
        var found = KindSubfolder()
        found.walk(diskPath, relative: "", depth: 0)
        let more = found.cutShort ? " or more" : ""
        if !found.contentFiles.isEmpty {
            let count = found.contentFiles.count, one = count == 1 && !found.cutShort
            return Diagnostic(.error, path, .start,
                "not read: \(rule), so the \(count)\(more) content \(one ? "file" : "files") in this folder "
                + "\(one ? "is" : "are") not on the site: \(Self.shown(found.contentFiles)); move \(one ? "it" : "them") up into \(kindFolder)/")
        }
        let files = found.otherFiles
        let what = files.isEmpty ? "it is empty" : "\(files.count)\(more) \(files.count == 1 ? "file" : "files"): \(Self.shown(files))"
        return Diagnostic(.warning, path, .start, "ignored: \(rule); nothing in this folder is on the site (\(what))")
    }

    /// The first few names, and how many more.
    static func shown(_ names: [String]) -> String {
        names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " and \(names.count - 3) more" : "")
    }

    /// Sorts what `diskPath` holds, sub-folders too; names starting with a dot are passed by,
    /// as in the kind folders, and links are not followed.
    mutating func walk(_ diskPath: String, relative: String, depth: Int) {
        for entry in FolderListing.entries(atPath: diskPath) where !entry.name.hasPrefix(".") {
            guard contentFiles.count + otherFiles.count < Self.limit else { cutShort = true; return }
            let name = relative + entry.name, path = diskPath + "/" + entry.name
            if entry.type == S_IFDIR {
                if depth < Self.depthLimit { walk(path, relative: name + "/", depth: depth + 1) } else { cutShort = true }
            } else if entry.type == S_IFREG, entry.name.hasSuffix(".md"), Self.hasFrontMatter(path) {
                contentFiles.append(name)
            } else {
                otherFiles.append(name)
            }
        }
    }

    /// Whether the file opens with a `---` line (after a byte order mark), as a content
    /// file does; notes and read-me files without one are not taken for content.
    static func hasFrontMatter(_ path: String) -> Bool {
        guard var bytes = FileBytes.prefix(of: path, count: 64) else { return false }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.starts(with: Array("---".utf8)) else { return false }
        let rest = bytes.dropFirst(3).prefix { $0 != 0x0A }
        return bytes.count > 3 + rest.count && rest.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
