#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two uses of `StaticTree.decide`: the build's walk of a whole tree and the dev
/// server's look-up of one path. Both go through the same decisions, so they cannot disagree.
extension StaticTree {
    /// Every file of the tree with its site path, sorted, and every entry refused; nothing
    /// when the tree's folder is not there.
    func walk() -> (files: [StaticFile], diagnostics: [Diagnostic]) {
        var files: [StaticFile] = []
        var diagnostics: [Diagnostic] = []
        func refuse(_ path: String, _ problem: FileProblem, isIO: Bool) {
            diagnostics.append(Diagnostic(.error, display(path), .start, problem.description, isIO: isIO))
        }
        func walk(_ folder: Folder) {
            let entries: [FolderListing.Entry]
            do {
                guard let found = try FolderListing.read(atPath: folder.real) else { return }
                entries = found
            } catch {
                return refuse(folder.path, error, isIO: true)
            }
            for entry in entries {
                let path = folder.path.isEmpty ? entry.name : folder.path + "/" + entry.name
                switch decide(entry.name, in: folder, type: entry.type) {
                case .file(let source): files.append(StaticFile(path: path, source: source))
                case .folder(let inner): walk(inner)
                case .skip: break
                case .refuse(let problem, let isIO): refuse(path, problem, isIO: isIO)
                }
            }
        }
        do {
            let top = try top()
            if root.isEmpty {
                walk(top)
            } else if let type = Self.ownType(top.real + "/" + root) {
                var info = stat()
                if stat(top.real + "/" + root, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
                    refuse(root, .notFolder(info.st_mode), isIO: true)
                    return ([], diagnostics)
                }
                switch decide(root, in: top, type: type) {
                case .folder(let folder): walk(folder)
                case .file: refuse(root, .notFolder(S_IFREG), isIO: true)
                case .skip: break
                case .refuse(let problem, let isIO): refuse(root, problem, isIO: isIO)
                }
            }
        } catch {
            refuse("", error, isIO: true)
        }
        return (files.sorted { $0.path < $1.path }, diagnostics)
    }

    /// What a site path (`media/docs/x.pdf`) is, by the same rule as `walk`, for the dev
    /// server; nil when it is not part of the tree.
    func resolve(_ sitePath: String) -> Decision? {
        let parts = sitePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !root.isEmpty, parts.first == root, var folder = try? top() else { return nil }
        for (index, part) in parts.enumerated() {
            guard !part.isEmpty, let type = Self.ownType(folder.real + "/" + part) else { return nil }
            let decision = decide(part, in: folder, type: type)
            if index == parts.count - 1 { return decision }
            guard case .folder(let inner) = decision else { return nil }
            folder = inner
        }
        return nil
    }

    /// The file type of `path` itself (a link is a link), or nil when nothing is there.
    static func ownType(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }
}
