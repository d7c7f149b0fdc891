import Foundation

/// What Finder and Windows Explorer leave in a folder someone opened (`.DS_Store`,
/// `Thumbs.db`, `desktop.ini`): no reason to refuse an output folder. The allowance covers
/// only the small files those programs write. A folder, a link, or a file of someone's own
/// under one of those names is work a build would delete with the old site, so it counts
/// like any other entry.
enum SystemLitter {
    static let names: Set<String> = [".DS_Store", "Thumbs.db", "desktop.ini"]

    /// How each file begins when Finder or Explorer wrote it.
    static let dsStoreStart: [UInt8] = [0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]  // "\0\0\0\u{1}Bud1"
    static let compoundFileStart: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]  // OLE, Thumbs.db

    /// Explorer's desktop.ini is a few lines; anything larger is not its.
    static let iniLimit = 64 * 1024

    /// Whether `name` in `folder` is a file Finder or Explorer left there.
    static func isLitter(_ name: String, in folder: URL) -> Bool {
        guard names.contains(name) else { return false }
        let path = folder.appendingPathComponent(name).path
        switch name {
        case ".DS_Store": return FileBytes.prefix(of: path, count: 8) == dsStoreStart
        case "Thumbs.db": return FileBytes.prefix(of: path, count: 8) == compoundFileStart
        default: return FileBytes.prefix(of: path, count: iniLimit + 1).map(isDesktopINI) ?? false
        }
    }

    /// desktop.ini as Explorer writes it: INI text (UTF-16 with its byte order mark, or
    /// 8-bit), opening with a `[section]`, then only sections, `key=value` lines, comments
    /// and blank lines.
    static func isDesktopINI(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty, bytes.count <= iniLimit else { return false }
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
            text = String(decoding: units, as: UTF16.self)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            text = String(decoding: body, as: UTF8.self)
        }
        // Binary bytes (or UTF-16 without its mark) are no INI text.
        guard !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\r" && $0 != "\n" }) else { return false }
        var sawSection = false
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                sawSection = true
            } else if !sawSection || !line.contains("=") {
                return false
            }
        }
        return sawSection
    }
}
