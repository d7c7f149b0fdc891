import Foundation

/// `casebook check --against FILE`: every case, person and organization id that a published
/// `data/cases.json` lists (and every former id of its cases) must still lead somewhere: to
/// a published file of that id, or through a file that lists it in `former_ids`. Each that
/// would not is an error at its line of FILE, which casebook writes one case a line.
public enum AddressCheck {
    /// What the archive publishes now, by kind: drafts never count, as the site readers
    /// reach is built without `--drafts`; a file that could not be parsed counts (its own
    /// errors are reported).
    struct Current {
        var live: [ContentKind: Set<String>] = [:]
        var former: [ContentKind: Set<String>] = [:]
        var drafts: Set<String> = []
        /// The archive's protected names: a published id that holds one may not be kept.
        var protected: ProtectedWords?

        init(content: ParsedContent, archive: Archive, protected: ProtectedWords? = nil) {
            self.protected = protected
            drafts = Set(content.cases.filter(\.draft).map(\.id))
            let parsed: [ContentKind: [String]] = [.cases: content.cases.map(\.id), .people: content.people.map(\.id),
                                                   .organizations: content.organizations.map(\.id)]
            for (kind, ids) in parsed { live[kind] = (content.fileIDs[kind] ?? []).subtracting(ids) }
            for linked in archive.cases where !linked.record.draft {
                live[.cases, default: []].insert(linked.record.id)
                former[.cases, default: []].formUnion(linked.record.formerIDs.map(\.id))
            }
            for linked in archive.people {
                live[.people, default: []].insert(linked.record.id)
                former[.people, default: []].formUnion(linked.record.formerIDs.map(\.id))
            }
            for linked in archive.organizations {
                live[.organizations, default: []].insert(linked.record.id)
                former[.organizations, default: []].formUnion(linked.record.formerIDs.map(\.id))
            }
        }

        func leads(_ kind: ContentKind, _ id: String) -> Bool {
            live[kind]?.contains(id) == true || former[kind]?.contains(id) == true
        }

        /// Whether an id would be refused under `former_ids` (`ProtectedIDs.formerIDProblems`):
        /// it holds a protected name, or, a person's, a part of a protected person's name.
        func namesProtected(_ kind: ContentKind, _ id: String) -> Bool {
            guard let protected else { return false }
            let parts = LeakFold.words(id)
            if !ProtectedIDs.matches(in: parts, words: protected).isEmpty { return true }
            guard kind == .people else { return false }
            let named = protected.people.flatMap { ([$0.name] + $0.aliases).flatMap(LeakFold.wholeWords) }.filter { $0.count > 1 }
            return parts.contains { part in named.contains { ProtectedIDs.named(part, by: $0) } }
        }
    }

    static func problems(_ file: String, in folder: URL, current: Current, contentName: String) -> [Diagnostic] {
        let path = file.hasPrefix("/") ? file : folder.appendingPathComponent(file).path
        let bytes: [UInt8]
        switch FileBytes.contents(of: path, limit: Int(Int32.max)) {
        case .bytes(let read): bytes = read
        case .tooLarge(let size):
            return [Diagnostic(.error, file, .start, "the file is \(size / 1_048_576) MB, too large for a data/cases.json; --against needs the cases.json of a published site", isIO: true)]
        case .unreadable(let problem):
            return [Diagnostic(.error, file, .start, "--against: \(problem.description)", isIO: true)]
        }
        guard let listed = PublishedIDs(bytes) else {
            return [Diagnostic(.error, file, .start,
                "--against needs the data/cases.json of a site casebook built (a JSON object with a 'cases' list, each case with its 'id'); this file is not one", isIO: true)]
        }
        var problems: [Diagnostic] = []
        for entry in listed.entries where !current.leads(entry.kind, entry.id) {
            // Its name may not be published again, not even as an old address: it goes, said without the id.
            if current.namesProtected(entry.kind, entry.id) {
                problems.append(Diagnostic(.warning, file, entry.position,
                    "a \(entry.kind.singular) of the published data has an id that holds a part of a protected person's name, so its address is not kept and leads nowhere now (no 'former_ids' may list it): ask search engines and web archives to remove the old page (docs/safety.md)"))
                continue
            }
            let address = SiteURLs.address(SitePaths.page(entry.kind, entry.id))
            let what = "the \(entry.kind.singular) '\(entry.id)' is in the published data, but"
            let message: String
            if entry.kind == .cases, current.drafts.contains(entry.id) {
                message = "\(what) \(contentName)/cases/\(entry.id).md is a draft now, so its published address \(address) would lead nowhere: publish it again, or list '\(entry.id)' under 'former_ids' in the case that replaces it"
            } else {
                message = "\(what) the archive has no \(entry.kind.singular) of that id now and no file lists it under 'former_ids', so its published address \(address) would lead nowhere: add 'former_ids: [\(entry.id)]' to the file that replaced it, or restore \(contentName)/\(entry.kind.rawValue)/\(entry.id).md"
            }
            problems.append(Diagnostic(.error, file, entry.position, message))
        }
        return problems
    }
}
