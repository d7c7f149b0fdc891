#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A merge or rebase that git could not finish leaves both versions of the lines it could
/// not join in the file, between the marker lines `<<<<<<< HEAD`, `=======` and
/// `>>>>>>> branch`. Published as they are, the markers and both versions would reach the
/// page (the `=======` line even makes a heading), and in front matter libyaml names only
/// the first colon it trips on; so an unresolved conflict is one error, at its first marker.
enum ConflictMarkers {
    /// The first conflict of a file: where its opening marker is (a byte offset and the
    /// line), the line of its closing marker, and how many conflicts the file holds in all.
    struct Found: Equatable {
        let offset: Int
        let line: Int
        let endLine: Int
        let count: Int
    }

    static let opening = UInt8(ascii: "<"), middle = UInt8(ascii: "="), closing = UInt8(ascii: ">")

    /// Nil for nearly every file after one `memchr` pass for a `<` starting a line. A
    /// conflict counts only whole: an opening marker, then a `=======` line, then a
    /// closing marker, each exactly seven characters and then a space or the line's end,
    /// as git writes them (a Markdown text never holds that by chance).
    static func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Found? {
        var first: (offset: Int, end: Int)?
        var count = 0
        var from = 0
        while let start = markerLine(opening, in: bytes, from: from),
              let divider = markerLine(middle, in: bytes, from: start + 7, alone: true),
              let end = markerLine(closing, in: bytes, from: divider + 7) {
            if first == nil { first = (start, end) }
            count += 1
            from = end + 7
        }
        guard let first else { return nil }
        return Found(offset: first.offset, line: lineNumber(of: first.offset, in: bytes),
                     endLine: lineNumber(of: first.end, in: bytes), count: count)
    }

    /// The offset of the first line at or after `from` that is a marker of `mark`: seven of
    /// it, then a space (the label git adds) or the line's end; with `alone`, the line's end
    /// only. `memchr` finds each `mark` (a `<` is rare in Markdown, and the other two are
    /// looked for only after an opening marker).
    static func markerLine(_ mark: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, alone: Bool = false) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var cursor = from
        while cursor < bytes.count, let hit = memchr(base + cursor, Int32(mark), bytes.count - cursor) {
            let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if offset == 0 || bytes[offset - 1] == 0x0A, isMarker(mark, in: bytes, at: offset, alone: alone) { return offset }
            // Past this run of the mark: a line of hundreds of `=` is passed in one step.
            cursor = offset + 1
            while cursor < bytes.count, bytes[cursor] == mark { cursor += 1 }
        }
        return nil
    }

    static func isMarker(_ mark: UInt8, in bytes: UnsafeBufferPointer<UInt8>, at start: Int, alone: Bool) -> Bool {
        guard start + 7 <= bytes.count, (start..<start + 7).allSatisfy({ bytes[$0] == mark }) else { return false }
        guard start + 7 < bytes.count else { return true }
        let next = bytes[start + 7]
        // A theme's file is read as saved: its lines may end in CR LF.
        let lineEnd = next == 0x0A || (next == 0x0D && (start + 8 == bytes.count || bytes[start + 8] == 0x0A))
        return lineEnd || (!alone && next == UInt8(ascii: " "))
    }

    static func lineNumber(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        for index in 0..<offset where bytes[index] == 0x0A { line += 1 }
        return line
    }

    /// "an unresolved git merge conflict: lines 2-6 hold two versions …".
    static func message(_ found: Found) -> String {
        let more = found.count > 1 ? " (\(found.count - 1) more after it in this file)" : ""
        return "an unresolved git merge conflict: lines \(found.line)-\(found.endLine) hold two versions of the text, between the lines '<<<<<<<', '=======' and '>>>>>>>' that git wrote\(more); keep the text you mean, delete the marker lines, and commit the result"
    }
}
