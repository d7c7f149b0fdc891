#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system calls whose name or form differs between Linux and macOS, so that the rest
/// of the code calls these and never names Glibc or Darwin. Calls that POSIX gives both the
/// same (`open`, `read`, `stat`, `readdir`, `flock`, `poll`, `mkdir`, `rename`) are made
/// directly. Linux is what runs and is tested here; the Darwin branches are kept to one
/// call each so that they can be checked by reading. The fallbacks a Darwin build takes
/// (the two-rename swap, the polling watcher) are run by the tests on Linux too.
public enum Platform {
    /// `write(2)`: the module has to be named, since `FileHandle` and others have a `write` too.
    static func write(_ descriptor: CInt, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }

    /// Trades the places of two entries of one file system in one atomic step:
    /// `renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)` on macOS. False where
    /// the kernel or the file system cannot; the caller then renames twice.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if canImport(Glibc)
        // Looked up at run time: Swift's Glibc module does not declare it.
        typealias Rename2 = @convention(c) (CInt, UnsafePointer<CChar>, CInt, UnsafePointer<CChar>, CUnsignedInt) -> CInt
        guard let symbol = renameat2 else { return false }
        let call = unsafeBitCast(symbol, to: Rename2.self)
        return call(AT_FDCWD, a, AT_FDCWD, b, 2 /* RENAME_EXCHANGE */) == 0
        #elseif canImport(Darwin)
        return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
        #else
        return false
        #endif
    }

    #if canImport(Glibc)
    nonisolated(unsafe) private static let renameat2: UnsafeMutableRawPointer? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2")
    #endif

    /// The modification time in a `stat` result (`st_mtim` on Linux, `st_mtimespec` on macOS).
    static func modified(_ info: stat) -> (seconds: Int, nanoseconds: Int) {
        #if canImport(Darwin)
        (info.st_mtimespec.tv_sec, info.st_mtimespec.tv_nsec)
        #else
        (info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
        #endif
    }

    /// The status-change time in a `stat` result (`st_ctim` on Linux, `st_ctimespec` on
    /// macOS): what `chmod` and `chown` change, which the modification time does not.
    static func statusChanged(_ info: stat) -> (seconds: Int, nanoseconds: Int) {
        #if canImport(Darwin)
        (info.st_ctimespec.tv_sec, info.st_ctimespec.tv_nsec)
        #else
        (info.st_ctim.tv_sec, info.st_ctim.tv_nsec)
        #endif
    }

    /// Every mount point of this process: the kernel's `/proc/self/mountinfo` on Linux,
    /// `getmntinfo` on macOS; empty where neither answers.
    static func mountPoints() -> [String] {
        #if canImport(Darwin)
        var table: UnsafeMutablePointer<statfs>?
        let count = getmntinfo(&table, MNT_NOWAIT)
        guard count > 0, let table else { return [] }
        return (0..<Int(count)).map { index in
            withUnsafeBytes(of: table[index].f_mntonname) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        #else
        MountTable.mountPoints(readingFile: "/proc/self/mountinfo")
        #endif
    }

    /// Asks glibc's allocator to keep freed memory for the next allocation rather than hand
    /// it back to the kernel at once. A build frees and allocates again page after page:
    /// by default every thread's heap shrank and grew again 21,000 times in a 10,000-case
    /// build (`mprotect`, then page faults on the same memory), 3% of its time
    /// (docs/benchmark.md). Peak memory grows about 5%. Nothing to do on macOS.
    public static func keepFreedMemory() {
        #if canImport(Glibc)
        // Looked up at run time, as `renameat2`: Swift's Glibc module does not declare it.
        typealias Mallopt = @convention(c) (CInt, CInt) -> CInt
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        _ = mallopt(-2 /* M_TOP_PAD */, 256 << 20)
        _ = mallopt(-1 /* M_TRIM_THRESHOLD */, 1 << 30)
        #endif
    }

    /// How `casebook serve` watches files: inotify on Linux, else by comparing file stamps.
    static var watchesWithInotify: Bool {
        #if canImport(Glibc)
        true
        #else
        false
        #endif
    }
}
