/// `check --against`: a case's sources are numbered in the order its file lists them, and
/// the number is the source's address (`cases/x/#source-3`) and what a report cites
/// ("source [3]"). A source inserted above others, one removed, or the list reordered,
/// gives a published source another number, so every link and citation made to its old one
/// leads to another source. The build cannot keep the old numbers (it knows the file as it
/// is now); the published `cases.json` lists each case's sources in their published order,
/// so this tells the editor before the site changes: a warning at the first source that
/// moved, as removing or reordering one may be meant.
enum SourceNumberCheck {
    /// A source as the published `cases.json` lists it.
    struct Published {
        let id: String?
        let title: String?
        let url: String?

        /// The same source: the same address, else the same id, else (neither given) the same title.
        func matches(_ source: Source) -> Bool {
            if let url { return url == source.url }
            if let id { return id == source.id }
            return title != nil && title == source.title
        }
    }

    /// One warning per published case whose sources have other numbers now, at the current
    /// file's first moved source.
    static func problems(_ published: PublishedIDs, cases: [LinkedCase]) -> [Diagnostic] {
        var byID: [String: CaseRecord] = [:]
        for linked in cases where !linked.record.draft {
            byID[linked.record.id] = linked.record
            for former in linked.record.formerIDs where byID[former.id] == nil { byID[former.id] = linked.record }
        }
        var problems: [Diagnostic] = []
        var seen: Set<String> = []
        for (caseID, sources) in published.sources {
            guard !sources.isEmpty, let record = byID[caseID], seen.insert(record.id).inserted else { continue }
            let moves = moves(sources, record.sources)
            guard let first = moves.first else { continue }
            let address = SiteURLs.address(SitePaths.page(.cases, caseID))
            let others = moves.dropFirst().prefix(3).map { "\($0.old) is \($0.new)" }
            let more = moves.count > 4 ? ", …" : ""
            let also = others.isEmpty ? "" : ", as \(moves.count - 1) other published source\(moves.count == 2 ? "" : "s") moved too (\(others.joined(separator: ", "))\(more))"
            // What the old number leads to now, by its line: a title could hold a name since protected.
            let now = first.old <= record.sources.count
                ? "#source-\(first.old) now leads to the source at line \(record.sources[first.old - 1].position.line)"
                : "#source-\(first.old) now leads to no source"
            problems.append(Diagnostic(.warning, record.info.path, record.sources[first.new - 1].position,
                "this source was number \(first.old) on the published page (\(address)#source-\(first.old)) and is number \(first.new) now\(also): a link or citation made to a published source's number would lead to another source (\(now)); add new sources at the end of 'sources', where they take new numbers (a source removed or the list reordered on purpose changes the numbers once)"))
        }
        return problems
    }

    /// The published sources found at another place now, as (old, new) numbers, in the
    /// published order; each current source is taken once.
    static func moves(_ published: [Published], _ current: [Source]) -> [(old: Int, new: Int)] {
        var taken = [Bool](repeating: false, count: current.count)
        var moves: [(old: Int, new: Int)] = []
        for (index, source) in published.enumerated() {
            guard let found = current.indices.first(where: { !taken[$0] && source.matches(current[$0]) }) else { continue }
            taken[found] = true
            if found != index { moves.append((index + 1, found + 1)) }
        }
        return moves
    }
}
