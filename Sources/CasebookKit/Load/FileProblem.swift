#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file or folder the build needs cannot be used, in the words of a message. Every
/// reader of the archive and the theme words these problems the same way, so an editor
/// meets one sentence per cause whichever file it concerns.
struct FileProblem: Error, Sendable, Hashable, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// After `open`, `opendir`, `stat` or `realpath` failed on `path` with `code`.
    init(errno code: Int32, path: String) {
        switch code {
        case ENOENT:
            // Only a path that is there can fail with ENOENT and be meant: a link whose target is gone.
            if let target = Self.linkTarget(path) {
                self.init("a symbolic link that points nowhere ('\(target)' does not exist); fix or remove the link")
            } else if Self.nameIsNotUTF8(path) {
                self.init("cannot be read: its name is not UTF-8 text (\u{FFFD} marks the bytes that are not), so it cannot be opened by that name; rename it, typing the name again")
            } else {
                self.init("cannot be read: \(Self.words(code))")
            }
        case ELOOP:
            self.init("a symbolic-link loop (links that lead to each other); fix or remove the links")
        case EACCES, EPERM:
            self.init("cannot be read: \(Self.words(code)); check its permissions")
        default:
            self.init("cannot be read: \(Self.words(code))")
        }
    }

    /// A file was expected and something else is there.
    static func notRegular(_ mode: mode_t) -> FileProblem {
        FileProblem("not a regular file (\(typeName(mode))); replace it with a file or remove it")
    }

    /// A file that grew while it was read or copied: another program is still writing it (a
    /// log, a recording in progress). Read no further than its size when opened, and not used.
    static func grew(_ size: Int) -> FileProblem {
        FileProblem("changed while casebook read it: it was \(ProgressPrinter.grouped(size)) bytes when opened and grew while it was read, "
            + "so a program is still writing it (a log, a recording in progress); wait until it has finished, "
            + "or move it out of the archive, and run casebook again")
    }

    /// A folder was expected and something else is there.
    static func notFolder(_ mode: mode_t) -> FileProblem {
        FileProblem("not a folder (\(typeName(mode))); replace it with a folder or remove it")
    }

    /// A folder link that leads back to a folder holding it: followed, it would repeat forever.
    static let folderLoop = FileProblem(
        "a symbolic-link loop (a link to a folder that holds it); remove the link")

    /// A link leading out of the folder whose files the build may publish or read.
    static func outside(_ folder: String, isFolder: Bool, copyInto place: String) -> FileProblem {
        let what = isFolder ? "folder" : "file"
        return FileProblem("a link to a \(what) outside the \(folder) folder; copy the \(what) into \(place) instead")
    }

    static func typeName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: "a file"
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFLNK: "a symbolic link"
        default: "an unknown kind of file"
        }
    }

    /// The system's own words for an error ("Permission denied").
    static func words(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// True when the last name of `path` is a name on disk that is not UTF-8 text: a listing
    /// reads each such byte as U+FFFD, so opening the name as read fails as if nothing were
    /// there ("No such file or directory" about a file the editor can see). Looked up only
    /// after that failure, in the folder's raw names.
    static func nameIsNotUTF8(_ path: String) -> Bool {
        guard let slash = path.lastIndex(of: "/") else { return nameIsNotUTF8(in: ".", path) }
        let name = String(path[path.index(after: slash)...])
        guard name.contains("\u{FFFD}") else { return false }
        return nameIsNotUTF8(in: slash == path.startIndex ? "/" : String(path[..<slash]), name)
    }

    private static func nameIsNotUTF8(in folder: String, _ name: String) -> Bool {
        guard name.contains("\u{FFFD}"), let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let found = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(validatingCString: $0) == nil && String(cString: $0) == name
                }
            }
            if found { return true }
        }
        return false
    }

    /// What a symbolic link at `path` says, or nil when `path` is not a link.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
