import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A built site served from a folder on disk (tests, and a fallback for the dev server).
///
/// Every path is resolved with `realpath` and refused unless it stays inside the folder,
/// so a symbolic link in the folder that leads outside it is never followed out.
struct FolderSite: ServedSite {
    /// The folder, with its own symbolic links resolved.
    let root: String

    /// Fails when `folder` does not exist or is not a folder.
    init(folder: String) throws {
        guard let root = Self.realPath(folder), Self.kind(of: root) == S_IFDIR else {
            throw FolderSiteError(folder: folder)
        }
        self.root = root
    }

    func file(at path: String) async -> [UInt8]? {
        // FileBytes opens without waiting and reads only a regular file: a FIFO put in the
        // folder is "not found", never a request that hangs.
        guard let resolved = resolve(path), Self.kind(of: resolved) == S_IFREG,
              case .bytes(let bytes) = FileBytes.contents(of: resolved, limit: Int.max)
        else { return nil }
        return bytes
    }

    func isFolder(_ path: String) async -> Bool {
        guard let resolved = resolve(path) else { return false }
        return Self.kind(of: resolved) == S_IFDIR
    }

    func problems() async -> String? { nil }

    /// The real path of `path` inside the folder, or nil when it is missing or leads out.
    func resolve(_ path: String) -> String? {
        guard let resolved = Self.realPath(root + "/" + path) else { return nil }
        let inside = root == "/" ? "/" : root + "/"
        return resolved == root || resolved.hasPrefix(inside) ? resolved : nil
    }

    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The file type bits of `path` (S_IFREG, S_IFDIR, …), or 0 when it cannot be read.
    static func kind(of path: String) -> mode_t {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return info.st_mode & S_IFMT
    }
}

struct FolderSiteError: Error, CustomStringConvertible {
    let folder: String
    var description: String { "\(folder): no such folder to serve" }
}
