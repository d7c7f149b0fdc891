import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a finished staging folder in the output's place so that a build killed at any
/// moment leaves a state the next build repairs, and puts the previous site back when a
/// build was killed in the middle of the swap. Every call runs under the `OutputLock`.
///
/// Names beside the output `public` (the digits are the build's process id, then six random
/// digits: two builds with one process id, each the first process of its container or both
/// in one test process, must never share a name, or one's deletion of its previous site
/// would reach into the other's staging folder):
/// `.casebook-staging-public-41` the new site being written (or, after an exchange, the old
/// one), `.casebook-old-public-41` the previous site moved aside, `.casebook-trash-public-41`
/// the previous site being deleted. Inside an output that is a mount point, where nothing can
/// be renamed over it, the same three names without `public-` hold the same things.
enum OutputSwap {
    enum Part: String, CaseIterable { case staging, old, trash }

    static func name(_ part: Part, _ output: String?, number: String) -> String {
        ".casebook-\(part.rawValue)-" + (output.map { "\(shown($0))-" } ?? "") + number
    }

    /// The output's name as it stands in the working names: whole, or, when they would pass
    /// the 255 bytes a file name may have (an output named with 240 bytes is legal), its
    /// first letters and a hash of the whole name, the same every build.
    static func shown(_ output: String) -> String {
        guard output.utf8.count > 200 else { return output }
        var kept = String.UnicodeScalarView(), bytes = 0
        for scalar in output.unicodeScalars {
            bytes += String(scalar).utf8.count
            guard bytes <= 190 else { break }
            kept.append(scalar)
        }
        var hash: UInt32 = 2_166_136_261  // FNV-1a
        for byte in output.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return String(kept) + "~" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// A new build's number for its working names.
    static func newNumber() -> String {
        "\(ProcessInfo.processInfo.processIdentifier)\(Int.random(in: 100_000...999_999))"
    }

    /// The number in a staging folder's name, for the other names of the same build.
    static func number(of staging: URL) -> String {
        String(staging.lastPathComponent.split(separator: "-").last ?? "0")
    }

    /// Which part `entry` is, for the output `output` (nil inside a mount point).
    static func part(of entry: String, _ output: String?) -> Part? {
        for part in Part.allCases {
            let prefix = ".casebook-\(part.rawValue)-" + (output.map { "\(shown($0))-" } ?? "")
            if entry.hasPrefix(prefix), let digits = Optional(entry.dropFirst(prefix.count)),
               !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) { return part }
        }
        return nil
    }

    /// Replaces `target` by `staging` (both in one folder). Returns the folder that now holds
    /// the previous site, to be deleted, or nil when there was none. `exchanging` false takes
    /// the two-rename path of file systems that cannot exchange (for its test).
    static func replace(_ target: URL, with staging: URL, exchanging: Bool = true) throws -> URL? {
        guard exists(target.path) else {
            try move(staging.path, to: target.path)
            return nil
        }
        // One atomic step where the file system can: the two folders trade places.
        if exchanging, exchange(staging.path, target.path) { return staging }
        let old = target.deletingLastPathComponent().appendingPathComponent(name(.old, target.lastPathComponent, number: number(of: staging)))
        try move(target.path, to: old.path)
        do {
            try move(staging.path, to: target.path)
        } catch {
            try? move(old.path, to: target.path)
            throw error
        }
        let trash = target.deletingLastPathComponent().appendingPathComponent(name(.trash, target.lastPathComponent, number: number(of: staging)))
        return (try? move(old.path, to: trash.path)) != nil ? trash : old
    }

    /// Before a build: an interrupted swap left the output missing and the previous site set
    /// aside; it is put back. Then every other leftover beside the output is deleted. Returns
    /// what was put back, for the build to say.
    @discardableResult
    static func recover(_ target: URL) -> String? {
        var undeletable: [String] = []
        return recover(target, undeletable: &undeletable)
    }

    /// `recover`, telling in `undeletable` the leftovers it could not delete (a folder whose
    /// files this user may not delete), for a warning.
    static func recover(_ target: URL, undeletable: inout [String]) -> String? {
        let parent = target.deletingLastPathComponent()
        let output = target.lastPathComponent
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        var restored: String?
        if !exists(target.path), let old = entries.last(where: { part(of: $0, output) == .old }) {
            if (try? move(parent.appendingPathComponent(old).path, to: target.path)) != nil { restored = old }
        }
        for entry in entries where part(of: entry, output) != nil && entry != restored {
            do {
                try FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
            } catch {
                // Only a refusal is told: a deletion still running from the build before
                // (`OutputWriter.removeInBackground`) makes this one fail on files it took first.
                let code = (error as? CocoaError)?.underlying.map { CInt(($0 as NSError).code) } ?? 0
                if [EACCES, EPERM, EROFS].contains(code) { undeletable.append(entry) }
            }
        }
        return restored
    }

    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    static func move(_ source: String, to destination: String) throws {
        guard rename(source, destination) == 0 else { throw OutputFailure(destination, errno) }
    }

    /// The two folders trade places in one atomic step; false where that cannot be done
    /// (`Platform.exchange`).
    static func exchange(_ a: String, _ b: String) -> Bool {
        Platform.exchange(a, b)
    }
}
