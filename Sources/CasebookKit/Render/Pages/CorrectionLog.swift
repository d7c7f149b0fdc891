/// The corrections of a case, person or organization as readers see them: oldest first
/// (one date's in the order written), each with the anchor its page gives it, which
/// `/corrections/` and the feed link to.
///
/// The anchor is made from the date, `correction-2021-03-05` (`-2`, `-3` … for a second and
/// third of the same date, in the order the file writes them), not from the position: a
/// correction added later never moves the address of one published before, as long as it
/// is added below those of its day (docs/content.md "Corrections" asks editors to).
enum CorrectionLog {
    struct Entry: Sendable {
        let correction: Correction
        /// The position in the file's list, as written.
        let index: Int
        let anchor: String
    }

    static func entries(_ corrections: [Correction]) -> [Entry] {
        guard !corrections.isEmpty else { return [] }
        let order = corrections.indices.sorted { a, b in
            let (x, y) = (corrections[a].date, corrections[b].date)
            return x < y || (!(y < x) && a < b)
        }
        var seen: [String: Int] = [:]
        return order.map { index in
            let base = "correction-" + dateKey(corrections[index].date)
            let count = seen[base, default: 0] + 1
            seen[base] = count
            return Entry(correction: corrections[index], index: index, anchor: count == 1 ? base : "\(base)-\(count)")
        }
    }

    /// `2021-03-05`, `2021-03` or `2021`: the date's own digits, without a qualifier or an
    /// interval's end, so the anchor is a plain name.
    static func dateKey(_ date: PartialDate) -> String {
        var key = String(date.year).leftPadded(to: 4)
        if let month = date.month { key += "-" + String(month).leftPadded(to: 2) }
        if let day = date.day { key += "-" + String(day).leftPadded(to: 2) }
        return key
    }

    /// The values a page shows, oldest first.
    static func values(_ corrections: [Correction], words: Catalogue) -> [CorrectionValue] {
        entries(corrections).map {
            CorrectionValue(date: words.templateDate($0.correction.date), note: $0.correction.note,
                            lang: $0.correction.shownIn, anchor: $0.anchor)
        }
    }

    /// One correction of the archive, with the page it corrects.
    struct Published: Sendable {
        let entry: Entry
        let kind: ContentKind
        let id: String
        /// The page's title or name as this language shows it, and its language when untranslated.
        let title: String
        let titleLang: String?
        /// The first of the page's `former_ids`, else its id: what its feed entry's id is made
        /// from, so a rename never shows the correction again as new (`AtomFeed.permanentID`).
        var firstID: String
        /// The page, from its language's root.
        var path: String { SitePaths.page(kind, id) }
    }

    /// Whether any published case, person or organization has a correction.
    static func any(_ archive: Archive) -> Bool {
        archive.cases.contains { !$0.record.corrections.isEmpty }
            || archive.people.contains { !$0.record.corrections.isEmpty }
            || archive.organizations.contains { !$0.record.corrections.isEmpty }
    }

    /// Every correction of the archive, newest first; one date's by kind (cases, people,
    /// organizations), then id, then the later written first. Made once per page or feed.
    static func all(_ archive: Archive) -> [Published] {
        var found: [Published] = []
        for linked in archive.cases where !linked.record.corrections.isEmpty {
            found += entries(linked.record.corrections).map {
                Published(entry: $0, kind: .cases, id: linked.record.id, title: linked.record.title,
                          titleLang: linked.untranslated?.titleLang, firstID: AtomFeed.permanentID(linked.record.id, linked.record.formerIDs))
            }
        }
        for linked in archive.people where !linked.record.corrections.isEmpty {
            found += entries(linked.record.corrections).map {
                Published(entry: $0, kind: .people, id: linked.record.id, title: linked.record.name,
                          titleLang: linked.untranslated?.titleLang, firstID: AtomFeed.permanentID(linked.record.id, linked.record.formerIDs))
            }
        }
        for linked in archive.organizations where !linked.record.corrections.isEmpty {
            found += entries(linked.record.corrections).map {
                Published(entry: $0, kind: .organizations, id: linked.record.id, title: linked.record.name,
                          titleLang: linked.untranslated?.titleLang, firstID: AtomFeed.permanentID(linked.record.id, linked.record.formerIDs))
            }
        }
        let kinds: [ContentKind] = [.cases, .people, .organizations]
        return found.sorted { a, b in
            let (x, y) = (a.entry.correction.date, b.entry.correction.date)
            if x < y || y < x { return y < x }
            if a.kind != b.kind { return kinds.firstIndex(of: a.kind)! < kinds.firstIndex(of: b.kind)! }
            if a.id != b.id { return a.id < b.id }
            return a.entry.index > b.entry.index
        }
    }
}
