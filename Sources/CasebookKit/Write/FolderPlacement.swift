import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Creates the site's folders so that ext4 spreads them over the disk in small runs. It
/// changes where the inodes go, never what is written.
///
/// Why: ext4 puts a new folder (and the files in it) in the first block group after its
/// parent's last one that has room, so a site's 19,000 page folders fill a few dozen
/// neighbouring groups. When the previous site was just deleted (`rm -rf`, or casebook's
/// own swap) the new one lands in the groups it emptied, and on ext4 without a journal
/// every new inode then steps over each inode there freed in the last minute (up to six),
/// one buffer-cache lookup apiece: 10,000 cases took 8 to 19 seconds of kernel time instead
/// of 1.7. Marking a folder "top of a hierarchy" (`chattr +T`, `FS_TOPDIR_FL`) makes ext4
/// place each new subfolder in the emptiest group of the whole disk, so a deleted site
/// leaves only a few freed inodes per group; but that search reads every group's counts,
/// which on a file system without flex_bg (this machine's) costs 2 seconds for 19,000
/// folders. So only every `runLength`-th folder is placed that way, with the flag set on
/// its parent just for that `mkdir`; the folders after it follow it into its group. The
/// folders at the top of the site are always placed: otherwise they, and what is made in
/// them first, land in the staging folder's own group, next to the deleted output.
/// File systems without the flag refuse it, and are then left alone.
final class FolderPlacement: @unchecked Sendable {
    /// Folders per run: 4 and 16 cost more, clean or right after a deletion (measured).
    static let runLength = 8
    static let topDirectoryFlag: CInt = 0x0002_0000  // FS_TOPDIR_FL
    static let getFlags: UInt = 0x8008_6601           // FS_IOC_GETFLAGS (reads an int)
    static let setFlags: UInt = 0x4008_6602           // FS_IOC_SETFLAGS

    /// The folder whose subfolders are placed; folders outside it are never touched.
    let root: String
    private let lock = NSLock()
    private var created = 0
    private var unsupported = false
    /// How many folders were made with the flag on their parent (for tests).
    private(set) var placedWithFlag = 0

    init(root: String) {
        self.root = root
    }

    /// `mkdir(path, 0o755)`, returning what it returns, with errno as it left it.
    func makeFolder(_ path: String) -> CInt {
        let parentPath = (path as NSString).deletingLastPathComponent
        lock.lock()
        // Folders at the top of the site are always placed (they are few).
        let spread = !unsupported && (created % Self.runLength == 0 || parentPath == root)
        created += 1
        if !spread { lock.unlock(); return mkdir(path, 0o755) }
        defer { lock.unlock() }
        guard parentPath == root || parentPath.hasPrefix(root + "/") else { return mkdir(path, 0o755) }
        let parent = Self.openFolder(parentPath)
        defer { if parent >= 0 { close(parent) } }
        var flags: CInt = 0
        let set = parent >= 0 && ioctl(parent, Self.getFlags, &flags) == 0
            && flags & Self.topDirectoryFlag == 0 && Self.setFlags(parent, flags | Self.topDirectoryFlag)
        if parent >= 0 && !set && flags & Self.topDirectoryFlag == 0 { unsupported = true }
        let result = mkdir(path, 0o755)
        let error = errno
        if set {
            _ = Self.setFlags(parent, flags)
            placedWithFlag += 1
        }
        errno = error
        return result
    }

    /// Whether the folder at `path` has the flag (false where flags cannot be read).
    static func isTopDirectory(_ path: String) -> Bool {
        let fd = openFolder(path)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var flags: CInt = 0
        return ioctl(fd, getFlags, &flags) == 0 && flags & topDirectoryFlag != 0
    }

    private static func openFolder(_ path: String) -> CInt {
        open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    private static func setFlags(_ fd: CInt, _ flags: CInt) -> Bool {
        var flags = flags
        return ioctl(fd, setFlags, &flags) == 0
    }
}
