import Foundation

/// The former ids the files of one kind's folder list (`former_ids:`), found by reading each
/// file's front matter as lines: `new` must not make a file at an old address that already
/// redirects to another file, which the next build would refuse.
enum FormerIDsInFolder {
    /// Former id -> the file that lists it (`content/cases/x.md`).
    static func read(folder: URL, shown: String) -> [String: String] {
        var found: [String: String] = [:]
        for entry in FolderListing.entries(atPath: folder.path).sorted(by: { $0.name < $1.name })
        where entry.name.hasSuffix(".md") && entry.name.split(separator: ".").count == 2 {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(entry.name).path),
                  let text = String(data: data, encoding: .utf8), text.contains("former_ids") else { continue }
            for id in ids(in: text) where found[id] == nil { found[id] = "\(shown)/\(entry.name)" }
        }
        return found
    }

    /// The ids under `former_ids` in a front matter: `[a, b]` on its line, or `- a` lines below.
    static func ids(in text: String) -> [String] {
        var ids: [String] = [], inList = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            if line.hasPrefix("---") { break }
            if line.hasPrefix("former_ids:") {
                ids += words(line.dropFirst("former_ids:".count))
                inList = true
            } else if inList, line.first == " " || line.first == "-" {
                ids += words(line)
            } else {
                inList = false
            }
        }
        return ids
    }

    static func words(_ text: Substring) -> [String] {
        text.split { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")) || $0.isUppercase }
            .map(String.init).filter { Identifier.isValid($0) }
    }
}
