#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file published as it is (a media file or a theme asset): its path in the site and the
/// real path of the file it is, symbolic links resolved when the tree was read.
public struct StaticFile: Sendable, Hashable {
    /// The path in the site, `media/docs/verdict.pdf`: the path of the entry, a link's own name.
    public let path: String
    /// The file on disk, links resolved: what is copied, never a link; for a file of the
    /// built-in theme, how messages name it (`built-in theme/assets/style.css`).
    public let source: String
    /// The bytes to publish when the file is not on disk (the built-in theme's assets).
    public let contents: [UInt8]?

    public init(path: String, source: String) {
        self.path = path
        self.source = source
        contents = nil
    }

    init(path: String, contents: [UInt8], shownAs name: String) {
        self.path = path
        source = name
        self.contents = contents
    }
}

/// The one rule for the folders whose files the build takes as they are (`media/` in
/// content/, `assets/` in the theme, and the theme's templates): what each entry is, a file
/// to take, a folder to go into, skipped, or refused and why. `casebook build` walks a tree
/// with it and `casebook serve` answers each request with it, one path component at a time,
/// so the two take exactly the same files.
///
/// A symbolic link is taken as what it points to when that lies inside `allowed` (content/
/// for media, the templates folder for the theme), and refused otherwise; a link to a folder
/// that holds it is a loop. Names starting with a dot are skipped.
struct StaticTree: Sendable {
    /// The folder links may lead into, as given.
    let allowed: String
    /// The tree's folder inside `allowed` and its path in the site ("media", "assets"), or ""
    /// for `allowed` itself.
    let root: String
    /// How `allowed` appears in messages (`content`).
    let displayName: String
    /// The folder named in messages about links that leave it, and where to copy instead.
    let allowedName: String
    let copyInto: String
    /// The names that are the tree's files; nil when every file is. Other files are skipped
    /// without a look, and an entry with such a name must be a file.
    var fileNames: (@Sendable (String) -> Bool)?
    /// Folders directly inside the tree that are left out (the theme's assets, for the templates).
    var skippedAtTop: Set<String> = []

    /// A folder reached: its real path, the real paths from `allowed` down to it, its site path.
    struct Folder {
        let real: String
        let chain: [String]
        let path: String
    }

    enum Decision {
        case file(String)
        case folder(Folder)
        case skip
        case refuse(FileProblem, isIO: Bool)
    }

    static func media(content: String, displayName: String) -> StaticTree {
        StaticTree(allowed: content, root: "media", displayName: displayName, allowedName: "content", copyInto: "media/")
    }

    static func assets(templates: String, displayName: String) -> StaticTree {
        StaticTree(allowed: templates, root: "assets", displayName: displayName, allowedName: "templates", copyInto: "assets/")
    }

    /// How a site path appears in messages.
    func display(_ path: String) -> String { path.isEmpty ? displayName : displayName + "/" + path }

    /// `allowed` itself, resolved; the reason when it is not a folder that can be read.
    func top() throws(FileProblem) -> Folder {
        let real = try Self.realPath(allowed).get()
        var info = stat()
        guard stat(real, &info) == 0 else { throw FileProblem(errno: errno, path: real) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .notFolder(info.st_mode) }
        guard access(real, R_OK | X_OK) == 0 else { throw FileProblem(errno: errno, path: real) }
        return Folder(real: real, chain: [real], path: "")
    }

    /// What the entry `name` of `folder` is; `type` is its own file type, links not followed.
    func decide(_ name: String, in folder: Folder, type: mode_t) -> Decision {
        if name.hasPrefix(".") || (folder.path == root && skippedAtTop.contains(name)) { return .skip }
        let path = folder.real + "/" + name
        let sitePath = folder.path.isEmpty ? name : folder.path + "/" + name
        let named = fileNames?(name) ?? true
        switch type {
        case S_IFREG:
            return named ? readable(path, as: .file(path)) : .skip
        case S_IFDIR:
            if fileNames != nil && named { return .refuse(.notRegular(type), isIO: true) }
            return readable(path, as: .folder(Folder(real: path, chain: folder.chain + [path], path: sitePath)))
        case S_IFLNK:
            return decideLink(path, sitePath: sitePath, in: folder, named: named)
        case 0:  // gone since the folder was read
            return .skip
        default:
            return named ? .refuse(.notRegular(type), isIO: true) : .skip
        }
    }

    /// A link is what it points to, when that is inside `allowed` and is no loop.
    private func decideLink(_ path: String, sitePath: String, in folder: Folder, named: Bool) -> Decision {
        let real: String
        switch Self.realPath(path) {
        case .failure(let problem): return named ? .refuse(problem, isIO: true) : .skip
        case .success(let resolved): real = resolved
        }
        var info = stat()
        guard stat(real, &info) == 0 else { return named ? .refuse(FileProblem(errno: errno, path: real), isIO: true) : .skip }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG || type == S_IFDIR else { return named ? .refuse(.notRegular(type), isIO: true) : .skip }
        let top = folder.chain[0]
        guard real == top || real.hasPrefix(top + "/") else {
            if type == S_IFREG && !named { return .skip }
            return .refuse(.outside(allowedName, isFolder: type == S_IFDIR, copyInto: copyInto), isIO: false)
        }
        if type == S_IFREG { return named ? readable(real, as: .file(real)) : .skip }
        if fileNames != nil && named { return .refuse(.notRegular(type), isIO: true) }
        // A folder that holds (or is) one on the way here would be walked forever.
        if folder.chain.contains(where: { $0 == real || $0.hasPrefix(real + "/") }) {
            return .refuse(.folderLoop, isIO: true)
        }
        return readable(real, as: .folder(Folder(real: real, chain: folder.chain + [real], path: sitePath)))
    }

    /// `decision`, when the process may read the file (or list and enter the folder).
    private func readable(_ real: String, as decision: Decision) -> Decision {
        let mode = if case .folder = decision { R_OK | X_OK } else { R_OK }
        guard faccessat(AT_FDCWD, real, mode, AT_EACCESS) == 0 else {
            return .refuse(FileProblem(errno: errno, path: real), isIO: true)
        }
        return decision
    }

    static func realPath(_ path: String) -> Result<String, FileProblem> {
        guard let pointer = realpath(path, nil) else { return .failure(FileProblem(errno: errno, path: path)) }
        defer { free(pointer) }
        return .success(String(cString: pointer))
    }
}
