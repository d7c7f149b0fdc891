/// The lists of people held now: everyone (`/held/`), those of them recognised as political
/// prisoners by any organization (`/held/recognised/`), and by each organization
/// (`/held/recognised/<id>/`). Each list is split into pages like the other long lists.
/// An archive that records no custody has none; the recognition lists exist only while
/// someone held now is recognised.
enum HeldFilter: Sendable, Hashable {
    case all
    case recognised
    /// Recognised by one organization: an index into the archive's organizations.
    case recognisedBy(Int)

    /// The first page of the list, from the root of the page's language.
    func path(in archive: Archive) -> String {
        switch self {
        case .all: "held/index.html"
        case .recognised: "held/recognised/index.html"
        case .recognisedBy(let index): "held/recognised/\(archive.organizations[index].record.id)/index.html"
        }
    }

    /// Who the list holds, in the ledger's order (longest held first).
    func people(in archive: Archive) -> [String] {
        switch self {
        case .all:
            return archive.custody.heldNow
        case .recognised:
            return archive.custody.heldNow.filter { !Self.recognitions(of: $0, in: archive).isEmpty }
        case .recognisedBy(let index):
            let organization = archive.organizations[index].record.id
            return archive.custody.heldNow.filter { id in
                Self.recognitions(of: id, in: archive).contains { $0.by.id == organization }
            }
        }
    }

    /// A person's recognitions made by the as-of day, as the statistics count them: one
    /// dated later is not yet on these lists.
    static func recognitions(of id: String, in archive: Archive) -> [Recognition] {
        guard let person = archive.person(id)?.record else { return [] }
        return person.recognitions(at: archive.custody.asOf?.dayNumber ?? Int.max)
    }

    /// The archive's lists, each with its people: none without custody; the organizations'
    /// by id, so every language plans them in the same order.
    static func lists(_ archive: Archive) -> [(filter: HeldFilter, people: [String])] {
        guard archive.custody.recordsCustody else { return [] }
        var organizations: Set<String> = []
        for id in archive.custody.heldNow {
            for recognition in recognitions(of: id, in: archive) { organizations.insert(recognition.by.id) }
        }
        let filters: [HeldFilter] = organizations.isEmpty ? [.all]
            : [.all, .recognised] + organizations.sorted().compactMap { archive.organizationIndex[$0] }.map(HeldFilter.recognisedBy)
        return filters.map { ($0, $0.people(in: archive)) }
    }
}
