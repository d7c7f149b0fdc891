import Foundation

/// What a new file's comments draw on: the archive's vocabularies, and the ids and
/// spellings other files already use, so the author picks from them.
struct ArchiveHints: Sendable {
    var site = SiteConfig()
    /// Ids of the files found in each folder, parsed or not.
    var ids: [ContentKind: Set<String>] = [:]
    /// Organizations with `kind: court`, by id.
    var courts: [String] = []
    /// Regions of cases and people, the most used first.
    var regions: [String] = []

    /// Reads site.yml and lists the files; parses cases, people and organizations only
    /// when `kind` needs their courts and regions. Problems are left to `casebook check`.
    static func read(content: URL, displayName: String, for kind: ContentKind) -> ArchiveHints {
        var hints = ArchiveHints()
        let loaded = ContentLoader.load(contentDirectory: content, displayName: displayName)
        let (site, _, usable) = Builder.readSite(loaded.siteFile, path: "\(displayName)/site.yml")
        hints.site = site
        for file in loaded.files { hints.ids[file.info.kind, default: []].insert(file.info.id) }
        guard usable, kind == .cases || kind == .people else { return hints }
        let needed = loaded.files.filter { $0.info.kind != .pages }
        var regionCounts: [String: Int] = [:]
        for (document, _) in parallelMap(needed, { [site] file in ContentParser.parse(file, site: site) }) {
            switch document {
            case .caseRecord(let record)?: count(record.region, in: &regionCounts)
            case .person(let person)?: count(person.region, in: &regionCounts)
            case .organization(let organization)? where organization.isCourt: hints.courts.append(organization.id)
            default: break
            }
        }
        hints.courts.sort()
        hints.regions = regionCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        return hints
    }

    static func count(_ region: String?, in counts: inout [String: Int]) {
        guard let region = region?.trimmingCharacters(in: .whitespaces), !region.isEmpty else { return }
        counts[region, default: 0] += 1
    }

    /// "a, b, c" for a comment, cut short after `limit` items: "a, b and 7 more". An item
    /// is never wrapped across lines, so a region can be copied from the comment as it is.
    static func list(_ items: [String], limit: Int = 8) -> String {
        let shown = items.prefix(limit).map(ScaffoldText.together).joined(separator: ", ")
        return items.count > limit ? shown + " and \(items.count - limit) more" : shown
    }
}
