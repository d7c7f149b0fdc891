import Foundation

/// Writes the site into a temporary folder beside the target and swaps it into place only
/// when everything succeeded, so a failed build leaves the previous output untouched.
public struct OutputWriter: Sendable {
    public let target: URL
    public let staging: URL
    /// Spreads the folders over the disk (ext4), so the build stays fast right after a deletion.
    let placement: FolderPlacement

    /// Prefix of staging folders, so leftovers of an interrupted build can be cleared.
    static let stagingPrefix = ".casebook-staging-"

    public init(target: URL) throws {
        self.target = target.standardizedFileURL
        let parent = self.target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        Self.removeLeftovers(in: parent, for: self.target.lastPathComponent)
        self.staging = parent.appendingPathComponent(
            "\(Self.stagingPrefix)\(self.target.lastPathComponent)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        self.placement = FolderPlacement(root: staging.path)
    }

    /// Copies a file or folder into the staging folder. Folders are made through the
    /// placement (see `FolderPlacement`), a copied folder's entries one by one.
    public func copy(_ source: URL, to path: String) throws {
        let url = staging.appendingPathComponent(path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder), isFolder.boolValue {
            try FileWriting.makeDirectories(url.path, placement: placement)
            for entry in try FileManager.default.contentsOfDirectory(atPath: source.path).sorted() {
                try FileManager.default.copyItem(at: source.appendingPathComponent(entry), to: url.appendingPathComponent(entry))
            }
            return
        }
        try FileWriting.makeDirectories(url.deletingLastPathComponent().path, placement: placement)
        try FileManager.default.copyItem(at: source, to: url)
    }

    /// Replaces the target with the staging folder. The old output is moved aside first and
    /// removed only after the new one is in place.
    public func commit() throws {
        let fm = FileManager.default
        let old = target.deletingLastPathComponent()
            .appendingPathComponent("\(Self.stagingPrefix)old-\(target.lastPathComponent)-\(ProcessInfo.processInfo.processIdentifier)")
        if fm.fileExists(atPath: target.path) {
            try fm.moveItem(at: target, to: old)
        }
        do {
            try fm.moveItem(at: staging, to: target)
        } catch {
            if fm.fileExists(atPath: old.path) { try? fm.moveItem(at: old, to: target) }
            throw error
        }
        Self.removeInBackground(old)
    }

    /// Deleting a large previous site takes seconds on some file systems, and the new site is
    /// already in place: a detached `rm -rf` does it without holding up the build. Should it
    /// be interrupted, the next build removes what is left (`removeLeftovers`).
    static func removeInBackground(_ folder: URL) {
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/rm")
        process.arguments = ["-rf", "--", folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        if (try? process.run()) == nil { try? FileManager.default.removeItem(at: folder) }
    }

    /// Drops the staging folder after a failed build.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    static func removeLeftovers(in parent: URL, for name: String) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        let own = ["\(stagingPrefix)\(name)-", "\(stagingPrefix)old-\(name)-"]
        for entry in entries where own.contains(where: { entry.hasPrefix($0) }) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }
}
