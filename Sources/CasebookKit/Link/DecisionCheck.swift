/// Checks the ids a person's decisions, sentence parts and earlier roles name: courts that
/// are courts, charges of site.yml, sources of the same case.
extension ReferenceChecker {
    func checkDecisions(_ participant: CaseRecord.Participant, sources: [Source], into d: inout Diagnostics) {
        let sourceIDs = Set(sources.compactMap(\.id))
        checkParts(participant.sentence, sourceIDs: sourceIDs, into: &d)
        for decision in participant.decisions {
            if let court = decision.court {
                checkOrganization(court, into: &d)
                if let organization = organizations[court.id], !organization.isCourt,
                   organization.kind.map(site.organizationKinds.contains) ?? true {
                    d.error(court.position, "'\(court.id)' is not a court, so it cannot decide: give its file 'kind: \(OrganizationKind.court)', "
                            + "or name the court that made this decision (an amnesty or a pardon needs no 'court')")
                }
            }
            decision.charges?.forEach { checkCharge($0, into: &d) }
            checkParts(decision.sentence + decision.sentenceTotal, sourceIDs: sourceIDs, into: &d)
            checkCited(decision.sources, in: sourceIDs, by: "decisions cite", into: &d)
            if decision.sources.isEmpty {
                d.warning(decision.position, "this decision cites no source; add 'sources: [id]' naming a source of this file that reports it")
            }
        }
        for earlier in participant.earlierRoles {
            checkCited(earlier.sources, in: sourceIDs, by: "earlier roles cite", into: &d)
            if earlier.role == participant.role {
                d.error(earlier.position, "an earlier role is the role the person has now ('\(earlier.role)'); "
                        + "list only the roles they had before, like {role: witness, until: 2018-03-09}")
            }
        }
    }

    func checkParts(_ parts: [SentenceComponent], sourceIDs: Set<String>, into d: inout Diagnostics) {
        for part in parts {
            if let charge = part.charge { checkCharge(charge, into: &d) }
            checkCited(part.sources, in: sourceIDs, by: "sentence parts cite", into: &d)
        }
    }
}
