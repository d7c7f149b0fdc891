import Foundation

/// The ids a published `data/cases.json` lists (`CasesJSON`): each case's id and former ids,
/// the ids of its people, its organizations and its court, each once, with the line and
/// column where it is first written. casebook writes each case on one line, so that is the
/// line of the first case naming it; in a file laid out otherwise, the file's start.
struct PublishedIDs {
    struct Entry {
        let kind: ContentKind
        let id: String
        let position: SourcePosition
    }

    let entries: [Entry]

    /// Nil when the bytes are not a cases.json: a JSON object with a `cases` list whose
    /// entries are objects with a text `id`.
    init?(_ bytes: [UInt8]) {
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let cases = root["cases"] as? [Any] else { return nil }
        let lines = Self.caseLines(bytes)
        var seen: Set<String> = []
        var entries: [Entry] = []
        for item in cases {
            guard let object = item as? [String: Any], let caseID = object["id"] as? String else { return nil }
            let line = lines[caseID]
            func add(_ kind: ContentKind, _ id: Any?) {
                guard let id = id as? String, seen.insert("\(kind.rawValue)/\(id)").inserted else { return }
                let position = line.map { SourcePosition(line: $0.number, column: Self.column(of: id, in: $0.text)) } ?? .start
                entries.append(Entry(kind: kind, id: id, position: position))
            }
            add(.cases, caseID)
            for former in object["former_ids"] as? [Any] ?? [] { add(.cases, former) }
            for person in object["people"] as? [Any] ?? [] { add(.people, (person as? [String: Any])?["id"]) }
            for organization in object["organizations"] as? [Any] ?? [] { add(.organizations, (organization as? [String: Any])?["id"]) }
            add(.organizations, (object["court"] as? [String: Any])?["id"])
        }
        self.entries = entries
    }

    /// The line of each case, by id: the lines that start a case object (`    {"id":"x"`).
    static func caseLines(_ bytes: [UInt8]) -> [String: (number: Int, text: Substring)] {
        let prefix = "    {\"id\":\""
        var lines: [String: (number: Int, text: Substring)] = [:]
        let text = String(decoding: bytes, as: UTF8.self)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix(prefix) {
            let rest = line.dropFirst(prefix.count)
            guard let end = rest.firstIndex(of: "\"") else { continue }
            let id = String(rest[..<end])
            if lines[id] == nil { lines[id] = (index + 1, line) }
        }
        return lines
    }

    /// The column (in characters, from 1) of the first `"id"` in the line, at the id itself.
    static func column(of id: String, in line: Substring) -> Int {
        guard let range = line.range(of: "\"\(id)\"") else { return 1 }
        return line.distance(from: line.startIndex, to: range.lowerBound) + 2
    }
}
