import Foundation

/// `casebook check --against FILE`: every id that a published site's open data lists must
/// still lead somewhere: to a published file of that id, or through a published file that
/// lists it in `former_ids`, or to nothing on purpose: site.yml `withdrawn` lists it. FILE is the site's `data/cases.json` (each case and its former
/// ids, the people, organizations and court each case names, and the free pages once one was
/// renamed); beside it, when saved there, the same site's `people.csv` and
/// `organizations.csv` add every person and organization with their former ids
/// (`companions`). Each id that would lead nowhere is an error at its line of the file that
/// lists it.
public enum AddressCheck {
    /// What the archive publishes now, by kind: drafts never count, as the site readers
    /// reach is built without `--drafts`; a file that could not be parsed counts (its own
    /// errors are reported).
    struct Current {
        var live: [ContentKind: Set<String>] = [:]
        var former: [ContentKind: Set<String>] = [:]
        /// Cases and pages that are drafts, by kind.
        var drafts: [ContentKind: Set<String>] = [:]
        /// The former ids only drafts list, with the draft's path, by kind.
        var draftFormer: [ContentKind: [String: String]] = [:]
        /// The archive's protected names: a published id that holds one may not be kept.
        var protected: ProtectedWords?
        /// site.yml `withdrawn`: ids let go on purpose, by kind.
        var withdrawn: [ContentKind: Set<String>] = [:]
        /// The status, charge, region and tag addresses that lead somewhere now, by facet:
        /// a page of the published cases' values, or site.yml `former_keys` leading to one.
        var facetKeys: [String: Set<String>] = [:]
        /// The published cases now, whose sources' numbers `SourceNumberCheck` compares.
        var cases: [LinkedCase] = []
        /// site.yml now, whose title and `feed_name` `FeedNameCheck` compares.
        var site = SiteConfig()

        init(content: ParsedContent, archive: Archive, protected: ProtectedWords? = nil) {
            self.protected = protected
            cases = archive.cases
            site = archive.site
            withdrawn = content.site.withdrawn.mapValues { Set($0.map(\.id)) }
            for facet in archive.facets { facetKeys[facet.name, default: []].formUnion(facet.values.map(\.key)) }
            for former in FormerKeyCheck.kept(archive) { facetKeys[former.facet, default: []].insert(former.old.id) }
            let parsed: [ContentKind: [String]] = [.cases: content.cases.map(\.id), .people: content.people.map(\.id),
                                                   .organizations: content.organizations.map(\.id), .pages: content.pages.map(\.id)]
            for (kind, ids) in parsed { live[kind] = (content.fileIDs[kind] ?? []).subtracting(ids) }
            func publish(_ kind: ContentKind, _ id: String, _ formerIDs: [Ref]) {
                live[kind, default: []].insert(id)
                former[kind, default: []].formUnion(formerIDs.map(\.id))
            }
            for linked in archive.cases where !linked.record.draft { publish(.cases, linked.record.id, linked.record.formerIDs) }
            for linked in archive.people { publish(.people, linked.record.id, linked.record.formerIDs) }
            for linked in archive.organizations { publish(.organizations, linked.record.id, linked.record.formerIDs) }
            for linked in archive.pages where !linked.record.draft { publish(.pages, linked.record.id, linked.record.formerIDs) }
            let draftFiles = content.cases.filter(\.draft).map { ($0.info, $0.formerIDs) }
                + content.pages.filter(\.draft).map { ($0.info, $0.formerIDs) }
            for (info, formerIDs) in draftFiles {
                drafts[info.kind, default: []].insert(info.id)
                for ref in formerIDs { draftFormer[info.kind, default: [:]][ref.id] = info.path }
            }
        }

        func leads(_ kind: ContentKind, _ id: String) -> Bool {
            live[kind]?.contains(id) == true || former[kind]?.contains(id) == true || withdrawn[kind]?.contains(id) == true
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

    /// The published `people.csv` and `organizations.csv` read beside FILE: named with the
    /// part of FILE's name before `cases.json` (`published-cases.json`: `published-people.csv`).
    static func companions(of path: String) -> [(kind: ContentKind, path: String)] {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        let prefix = name.hasSuffix("cases.json") ? String(name.dropLast("cases.json".count)) : ""
        let folder = url.deletingLastPathComponent()
        return [(.people, folder.appendingPathComponent(prefix + "people.csv").path),
                (.organizations, folder.appendingPathComponent(prefix + "organizations.csv").path)]
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
        var files = [(file, listed)]
        var missing: [(kind: ContentKind, shown: String)] = []
        // A companion's name as messages give it: beside FILE as FILE is named.
        let shownFolder = file.contains("/") ? String(file[...file.lastIndex(of: "/")!]) : ""
        for (kind, companion) in companions(of: path) {
            let shown = shownFolder + URL(fileURLWithPath: companion).lastPathComponent
            // lstat: nothing there at all is a file not saved; anything else is read, or said.
            guard StaticTree.ownType(companion) != nil else {
                missing.append((kind, shown))
                continue
            }
            switch FileBytes.contents(of: companion, limit: Int(Int32.max)) {
            case .unreadable(let problem): problems.append(Diagnostic(.error, shown, .start, "--against: \(problem.description)", isIO: true))
            case .tooLarge(let size):
                problems.append(Diagnostic(.error, shown, .start, "the file is \(size / 1_048_576) MB, too large for a \(kind.rawValue).csv of a published site", isIO: true))
            case .bytes(let read):
                guard let entries = PublishedIDs(csv: read, kind: kind) else {
                    problems.append(Diagnostic(.error, shown, .start,
                        "--against reads \(shown) beside \(file) as the data/\(kind.rawValue).csv of the same site (a CSV file whose header starts \(PublishedIDs.csvHeaders[kind]!.joined(separator: ","))); this file is not one: save the site's data/\(kind.rawValue).csv there, or remove it", isIO: true))
                    continue
                }
                files.append((shown, entries))
            }
        }
        if !missing.isEmpty {
            let kinds = missing.map(\.kind.rawValue).joined(separator: " and ")
            let saved = missing.map { "data/\($0.kind.rawValue).csv as \($0.shown)" }.joined(separator: " and ")
            problems.append(Diagnostic(.warning, file, .start,
                "no \(missing.map(\.shown).joined(separator: " or ")) beside \(file): the \(kinds) no case names, and their former ids, are not checked; save the published site's \(saved)"))
        }
        var seen: Set<String> = []
        for (shown, listed) in files {
            for entry in listed.entries where seen.insert("\(entry.kind.rawValue)/\(entry.id)").inserted && !current.leads(entry.kind, entry.id) {
                // Its name may not be published again, not even as an old address: it goes, said without the id.
                if current.namesProtected(entry.kind, entry.id) {
                    problems.append(Diagnostic(.warning, shown, entry.position,
                        "a \(entry.kind.singular) of the published data has an id that holds a part of a protected person's name, so its address is not kept and leads nowhere now (no 'former_ids' may list it): ask search engines and web archives to remove the old page (docs/safety.md)"))
                    continue
                }
                problems.append(Diagnostic(.error, shown, entry.position, message(entry, current: current, contentName: contentName)))
            }
        }
        // A status, charge, region or tag page no published case makes now: a warning, as
        // the last case of a tag may lose it on purpose; a rename keeps it with former_keys.
        for entry in listed.facets where current.facetKeys[entry.facet]?.contains(entry.key) != true {
            let singular = FormerKeyCheck.singular(entry.facet)
            problems.append(Diagnostic(.warning, file, entry.position,
                "the \(singular) '\(entry.written)' of the published case '\(entry.caseID)' has the address \(entry.facet)/\(entry.key)/, but no published case has that \(singular) now, so the address would lead nowhere: if it was renamed, list it in site.yml under 'former_keys: {\(entry.facet): {\(entry.key): <its key now>}}'"))
        }
        problems += SourceNumberCheck.problems(listed, cases: current.cases)
        problems += FeedNameCheck.problems(listed, site: current.site, file: file)
        return problems
    }

    /// Why an id would lead nowhere, and what to do.
    static func message(_ entry: PublishedIDs.Entry, current: Current, contentName: String) -> String {
        let (kind, id) = (entry.kind, entry.id)
        let address = SiteURLs.address(SitePaths.page(kind, id))
        let what = "the \(kind.singular) '\(id)' is in the published data, but"
        if current.drafts[kind]?.contains(id) == true {
            return "\(what) \(contentName)/\(kind.rawValue)/\(id).md is a draft now, so its published address \(address) would lead nowhere: publish it again, or list '\(id)' under 'former_ids' in the \(kind.singular) that replaces it"
        }
        if let draft = current.draftFormer[kind]?[id] {
            return "\(what) it is listed under 'former_ids' by \(draft), which is a draft: the address \(address) breaks until it is published; publish it, or keep the \(kind.singular) '\(id)' published until then"
        }
        return "\(what) the archive has no \(kind.singular) of that id now and no file lists it under 'former_ids', so its published address \(address) would lead nowhere: add 'former_ids: [\(id)]' to the file that replaced it, or restore \(contentName)/\(kind.rawValue)/\(id).md; if it was removed on purpose, list it in site.yml under 'withdrawn: {\(kind.rawValue): [\(id)]}'"
    }
}
