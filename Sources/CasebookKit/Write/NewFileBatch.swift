import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files a command makes in an editor's folders (`init`, `new`, `theme export`), all of
/// them or none: each made new and whole (`FileWriting.create`), with the folders it needed.
/// When one fails (a full disk, a folder that cannot be made), `takeBack` removes what this
/// batch made, and only that, so the next run does not meet a half-made archive or theme
/// that it would refuse as "already there".
struct NewFileBatch {
    private(set) var written: [URL] = []
    /// Folders made on the way, outermost first.
    private var madeFolders: [URL] = []

    mutating func create(_ text: String, at url: URL) throws {
        var missing: [URL] = []
        var parent = url.deletingLastPathComponent()
        while StaticTree.ownType(parent.path) == nil, parent.path.count > 1 {
            missing.append(parent)
            parent = parent.deletingLastPathComponent()
        }
        // Recorded before they are made: a failure half-way leaves some of them.
        madeFolders += missing.reversed()
        // With plain calls, whose failure names the system's reason ("Not a directory");
        // Foundation's said "NSCocoaErrorDomain error 512".
        try FileWriting.makeDirectories(url.deletingLastPathComponent().path)
        try FileWriting.create(text, at: url.path)
        written.append(url)
    }

    /// Removes the files this batch wrote, then its folders, innermost first; `rmdir`
    /// leaves a folder that holds anything else.
    func takeBack() {
        for url in written { unlink(url.path) }
        for folder in madeFolders.reversed() { rmdir(folder.path) }
    }
}
