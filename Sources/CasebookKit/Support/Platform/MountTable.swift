import Foundation

/// Linux's table of mount points (`/proc/self/mountinfo`): the fifth field of each line is where something is mounted, with spaces, tabs, newlines and
/// backslashes written in octal.
enum MountTable {
    /// The mount points listed in `path`; empty when it cannot be read (no /proc).
    static func mountPoints(readingFile path: String) -> [String] {
        // Foundation reads to the end: /proc files say they are empty and come in pieces.
        guard let table = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return mountPoints(in: table)
    }

    static func mountPoints(in table: String) -> [String] {
        table.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            return fields.count > 4 ? unescape(fields[4]) : nil
        }
    }

    /// A mountinfo field with its octal escapes (`\040` a space) turned back into bytes.
    static func unescape(_ field: Substring) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(field.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "\\"), iterator.count >= 3,
               let value = UInt8(String(decoding: iterator.prefix(3), as: UTF8.self), radix: 8) {
                bytes.append(value)
                iterator = iterator.dropFirst(3)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
