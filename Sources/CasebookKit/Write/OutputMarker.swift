import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file every build writes at the top of its output, `.casebook-output`: it tells a later
/// build that the folder is casebook's, and lists what the build wrote at the top, so that a
/// file someone added there afterwards (a CNAME, notes) is a reason to refuse, not something
/// the next build deletes without a word.
enum OutputMarker {
    static let name = ".casebook-output"
    static let text = """
        This folder was written by `casebook build`, which replaces all of it on every build.
        Keep nothing of your own here: a build refuses to replace the folder while it holds
        anything the last build did not write. Edit the archive's content/ and templates/
        folders instead.

        """
    static let listHeading = "What the last build wrote at the top of this folder:"

    /// What a folder's marker says. `listed` holds the names of the last build's entries;
    /// `unlisted` is a marker from before builds listed them.
    enum Reading: Equatable {
        case missing
        case notAFile
        case unlisted
        case listed(Set<String>)
    }

    /// The marker's text for a site whose top-level entries are `entries`.
    static func text(listing entries: [String]) -> String {
        text + "\n" + listHeading + "\n" + entries.filter { $0 != name }.sorted().map { $0 + "\n" }.joined()
    }

    /// Reads the marker of `folder`. Only a regular file counts: a folder or a symbolic link
    /// of that name vouches for nothing.
    static func read(_ folder: URL) -> Reading {
        let path = folder.appendingPathComponent(name).path
        var status = stat()
        guard lstat(path, &status) == 0 else { return .missing }
        guard status.st_mode & S_IFMT == S_IFREG, status.st_size <= 1 << 20,
              let data = FileManager.default.contents(atPath: path) else { return .notAFile }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let heading = lines.firstIndex(where: { $0 == listHeading }) else { return .unlisted }
        return .listed(Set(lines[(heading + 1)...].filter { !$0.isEmpty }.map(String.init)))
    }

    /// Writes the marker into a finished staging folder, listing what is at its top.
    static func write(into staging: URL) throws {
        let entries = try FileManager.default.contentsOfDirectory(atPath: staging.path)
        try Data(text(listing: entries).utf8).withUnsafeBytes {
            try FileWriting.write($0, to: staging.appendingPathComponent(name).path)
        }
    }
}
