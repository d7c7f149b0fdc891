/// Media names that FAT and exFAT USB sticks and Windows refuse: a copy of the site to such
/// a disk fails there or leaves the file out, and a reader holding the stick gets broken
/// links. Warnings, not errors: a site served from Linux or a CDN is whole, and an archive
/// that built before keeps building.
enum PortableNames {
    /// Characters those file systems refuse in any name.
    static let refused: Set<Character> = [":", "*", "?", "\"", "<", ">", "|", "\\"]
    /// Device names Windows reserves, with any extension, in any letter case.
    static let devices = Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// Whether a name is one of those device names, with or without an extension (`con`, `Aux.md`).
    static func isDevice(_ name: String) -> Bool {
        devices.contains(name.split(separator: ".", maxSplits: 1).first.map { $0.lowercased() } ?? "")
    }

    /// The warning for a content file whose id is a device name (`cases/con.md`): git cannot
    /// check the file out on Windows, and the page's folder (`cases/con/`) cannot be copied
    /// to a USB stick. `free` is an id to rename it to that no file has.
    static func deviceID(_ id: String, free: String) -> String {
        "'\(id)' is a device name Windows reserves, with any extension: git cannot check this file out on Windows, "
            + "and a copy of the site to a FAT or exFAT USB stick or to Windows fails at its page's folder; "
            + "rename it to '\(free).md' (its translations too), and change the references to it"
    }

    /// The warning for a media path (`media/docs/a:b.pdf`), or nil when every part of it
    /// can be copied anywhere.
    static func problem(_ path: String) -> String? {
        for part in path.split(separator: "/").map(String.init) {
            let why: String
            if let character = part.first(where: refused.contains) {
                why = "holds '\(character)', which"
            } else if part.hasSuffix(".") || part.hasSuffix(" ") {
                why = "ends in \(part.hasSuffix(".") ? "a dot" : "a space"), which Windows drops and"
            } else if isDevice(part) {
                why = "is a device name Windows reserves ('\(part.split(separator: ".").first ?? "")'), which"
            } else {
                continue
            }
            let shown = LookAlike.shown(part)
            return "'\(shown)' \(why) FAT and exFAT USB sticks and Windows refuse in a name: a copy of the site to such a disk fails "
                + "or leaves '\(LookAlike.shown(path))' out; rename it (and the links to it) with letters, digits, '-', '_' and '.'"
        }
        return nil
    }
}
