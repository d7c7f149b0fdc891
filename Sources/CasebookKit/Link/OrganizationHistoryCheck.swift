/// An organization's history in the link stage: the organization it succeeds exists and is
/// another one; each ban is by a court of the archive and cites the file's own sources.
extension ReferenceChecker {
    func checkHistory(_ organization: Organization, into d: inout Diagnostics) {
        if let successor = organization.successorOf {
            if successor.id == organization.id {
                d.error(successor.position, "an organization cannot succeed itself; 'successor_of' names the organization this one continues")
            } else {
                checkOrganization(successor, into: &d)
                // A chain that comes back: each would be the other's successor and predecessor.
                var seen: Set<String> = [organization.id], next = organizations[successor.id]?.successorOf?.id
                while let id = next, seen.insert(id).inserted { next = organizations[id]?.successorOf?.id }
                if let id = next, id == organization.id {
                    d.error(successor.position, "'successor_of' goes round in a circle back to this organization (through '\(successor.id)'): "
                            + "an organization succeeds one that came before it; remove 'successor_of' from the one that came first")
                }
            }
        }
        let sourceIDs = Set(organization.sources.compactMap(\.id))
        for ban in organization.bans where !ban.isShorthand {
            if let court = ban.by {
                checkOrganization(court, into: &d)
                // An invalid kind was reported in the court's own file.
                if let other = organizations[court.id], !other.isCourt, other.kind.map(site.organizationKinds.contains) ?? true {
                    d.error(court.position, "'\(court.id)' is not a court: a ban is 'by' the court that ordered it; give its file 'kind: \(OrganizationKind.court)', or name the court")
                }
            }
            checkCited(ban.sources, in: sourceIDs, by: "bans cite", into: &d)
            if ban.sources.isEmpty {
                d.warning(ban.position, "this ban cites no source; add 'sources: [id]' naming a source of this file that reports it")
            }
        }
    }
}
