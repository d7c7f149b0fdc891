import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The swap for an output that is a mount point (a Docker volume, a tmpfs): the folder itself
/// cannot be renamed, so the site is staged inside it and its entries trade places instead.
/// In order: the previous site's entries move into `.casebook-old-<pid>`, a file `.moved`
/// there says that step is complete, the new entries move up from `.casebook-staging-<pid>`,
/// and the old folder becomes `.casebook-trash-<pid>` to be deleted. A build killed at any
/// step leaves what `recover` needs to put the previous site back.
enum OutputInPlace {
    static let movedMark = ".moved"
    /// What a file system keeps at its root for itself (ext4's fsck puts found files there):
    /// neither a reason to refuse the mount nor part of the site.
    static let keptAtMountRoot: Set<String> = ["lost+found"]

    /// Whether `folder` is a mount point: another device than its parent's, or listed as a
    /// mount point by the kernel (a bind mount of a folder on the same device).
    static func isMountPoint(_ folder: URL) -> Bool {
        var own = stat(), parent = stat()
        guard stat(folder.path, &own) == 0, own.st_mode & S_IFMT == S_IFDIR else { return false }
        if stat(folder.deletingLastPathComponent().path, &parent) == 0, parent.st_dev != own.st_dev { return true }
        return mountPoints().contains(folder.path)
    }

    /// Every mount point the system lists for this process (`Platform.mountPoints`).
    static func mountPoints() -> [String] {
        Platform.mountPoints()
    }

    /// Replaces the entries of `target` by those of `staging`, a folder inside it. Returns
    /// the folder that holds the previous site, to be deleted. When a step fails, the previous
    /// site is put back before the error is thrown, so a failed build leaves it as it was.
    static func replace(_ target: URL, with staging: URL) throws -> URL {
        do {
            return try exchangeEntries(target, with: staging)
        } catch {
            recover(target)
            throw error
        }
    }

    static func exchangeEntries(_ target: URL, with staging: URL) throws -> URL {
        let old = target.appendingPathComponent(OutputSwap.name(.old, nil, number: OutputSwap.number(of: staging)))
        try FileWriting.makeDirectories(old.path)
        for entry in siteEntries(target) {
            try OutputSwap.move(target.appendingPathComponent(entry).path, to: old.appendingPathComponent(entry).path)
        }
        try FileWriting.write(UnsafeRawBufferPointer(start: nil, count: 0), to: old.appendingPathComponent(movedMark).path)
        for entry in try FileManager.default.contentsOfDirectory(atPath: staging.path) {
            try OutputSwap.move(staging.appendingPathComponent(entry).path, to: target.appendingPathComponent(entry).path)
        }
        _ = rmdir(staging.path)
        let trash = target.appendingPathComponent(OutputSwap.name(.trash, nil, number: OutputSwap.number(of: staging)))
        return (try? OutputSwap.move(old.path, to: trash.path)) != nil ? trash : old
    }

    /// Puts back the previous site after a swap that was killed, then deletes the leftovers.
    @discardableResult
    static func recover(_ target: URL) -> String? {
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []).sorted()
        var restored: String?
        for old in entries where OutputSwap.part(of: old, nil) == .old {
            let folder = target.appendingPathComponent(old)
            let saved = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != movedMark }
            // All of the old site was set aside: what is at the top now is the new one, in part.
            var changed = OutputSwap.exists(folder.appendingPathComponent(movedMark).path)
            if changed { discardNewEntries(target, old: folder) }
            for entry in saved where !OutputSwap.exists(target.appendingPathComponent(entry).path) {
                try? OutputSwap.move(folder.appendingPathComponent(entry).path, to: target.appendingPathComponent(entry).path)
                changed = true
            }
            // Said only when the site at the top was changed back.
            if changed { restored = old }
        }
        for entry in entries where OutputSwap.part(of: entry, nil) != nil {
            try? FileManager.default.removeItem(at: target.appendingPathComponent(entry))
        }
        return restored
    }

    /// Deletes the new site's entries at the top, then the mark that says they are there: a
    /// recovery killed while it puts the old entries back must not take those for new ones.
    static func discardNewEntries(_ target: URL, old folder: URL) {
        for entry in siteEntries(target) { try? FileManager.default.removeItem(at: target.appendingPathComponent(entry)) }
        if siteEntries(target).isEmpty { unlink(folder.appendingPathComponent(movedMark).path) }
    }

    /// The entries of the site at the top of `target`, without casebook's own working folders.
    static func siteEntries(_ target: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? [])
            .filter { OutputSwap.part(of: $0, nil) == nil && !keptAtMountRoot.contains($0) }.sorted()
    }
}
