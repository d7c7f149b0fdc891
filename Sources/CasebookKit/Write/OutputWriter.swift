import Foundation

/// Writes the site into a staging folder and swaps it into place only when everything
/// succeeded, so a failed build leaves the previous output untouched.
///
/// Made before the build reads anything: it takes the output lock (a second build waits),
/// puts back a site that an interrupted swap had set aside, and refuses an output that holds
/// anything but a site casebook wrote (`OutputGuard`). The lock is held until `commit` or
/// `discard`.
public final class OutputWriter: @unchecked Sendable {
    /// The output folder, symbolic links resolved: a link named `public` stays a link.
    public let target: URL
    public let staging: URL
    /// True when the output is a mount point, updated in place (`OutputInPlace`).
    public let inPlace: Bool
    /// The interrupted build's leftover that was put back as the output, if any.
    public let restored: String?
    /// Previous sites beside the output that could not be deleted (names), for a warning:
    /// each build added one, unseen, as big as the site.
    public let leftovers: [String]
    private let lock: OutputLock
    /// The folders above the output that did not exist, innermost first (`--output a/b/site`).
    private let madeFolders: [URL]

    /// Throws `OutputRefusal` when the output may not be replaced, `OutputFailure` when the
    /// file system says no.
    public init(target given: URL, options: BuildOptions? = nil) throws {
        if let options, let why = OutputGuard.refusal(for: given, options: options) { throw OutputRefusal(reason: why) }
        target = URL(fileURLWithPath: OutputGuard.realPath(given))
        let parent = target.deletingLastPathComponent()
        var missing: [URL] = []
        var folder = parent
        while !OutputSwap.exists(folder.path), folder.path.count > 1 {
            missing.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        madeFolders = missing
        try FileWriting.makeDirectories(parent.path)
        lock = try OutputLock(folder: parent, onWait: options?.onWait)
        do {
            var undeletable: [String] = []
            let beside = OutputSwap.recover(target, undeletable: &undeletable)
            leftovers = undeletable
            inPlace = OutputInPlace.isMountPoint(target)
            restored = inPlace ? OutputInPlace.recover(target) ?? beside : beside
            let kept = inPlace ? OutputInPlace.keptAtMountRoot : []
            let number = OutputSwap.newNumber()
            if let why = OutputGuard.refusal(existing: target, ignoring: kept) { throw OutputRefusal(reason: why) }
            staging = inPlace
                ? target.appendingPathComponent(OutputSwap.name(.staging, nil, number: number))
                : parent.appendingPathComponent(OutputSwap.name(.staging, target.lastPathComponent, number: number))
            do {
                try FileWriting.makeDirectories(staging.path)
            } catch let failure as FileWriting.Failure where failure.code == EACCES && !inPlace {
                // The output itself may be writable: say which folder needs to be.
                throw OutputFailure(failure.path, reason: "Permission denied; the new site is written beside the output and then swapped in, so this user must be able to write in \(parent.path)/")
            }
        } catch {
            lock.release()
            Self.remove(missing)
            throw error
        }
    }

    /// Puts the staging folder in the output's place and releases the lock. The previous site
    /// is deleted after the new one is in place.
    public func commit() throws {
        defer { lock.release() }
        try OutputMarker.write(into: staging)
        let previous = inPlace ? try OutputInPlace.replace(target, with: staging) : try OutputSwap.replace(target, with: staging)
        if let previous { Self.removeInBackground(previous) }
    }

    /// Deleting a large previous site takes seconds on some file systems, and the new site is
    /// already in place: a detached `rm -rf` does it without holding up the build. Should it
    /// be interrupted, the next build removes what is left (`OutputSwap.recover`).
    static func removeInBackground(_ folder: URL) {
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/rm")
        process.arguments = ["-rf", "--", folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        if (try? process.run()) == nil { try? FileManager.default.removeItem(at: folder) }
    }

    /// Drops the staging folder after a failed build and releases the lock, and removes the
    /// folders made for the output: a failed build changes nothing.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
        lock.release()
        removeMadeFolders()
    }

    /// The output's parent folders this build made, innermost first; `rmdir` leaves one that
    /// holds anything (another build's staging folder, say).
    private func removeMadeFolders() { Self.remove(madeFolders) }

    private static func remove(_ folders: [URL]) {
        for folder in folders { rmdir(folder.path) }
    }
}

/// The output may not be replaced, and why ("it is the content folder (content/); ...").
public struct OutputRefusal: Error, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}
