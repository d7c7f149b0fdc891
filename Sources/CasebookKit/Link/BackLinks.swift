/// The reverse of every reference, built in one pass over the cases, people and organizations.
struct BackLinks {
    var personCases: [String: [(caseID: String, participant: Int)]] = [:]
    var personOrganizations: [String: [String]] = [:]
    var led: [String: [String]] = [:]
    /// People whose own link to the organization is a fact (any kind but `alleged`).
    var members: [String: [String]] = [:]
    /// People only the prosecution links to the organization.
    var alleged: [String: [String]] = [:]
    var organizationCases: [String: [String]] = [:]
    /// Court -> the cases it heard: as their `court`, or in a decision.
    var courtCases: [String: [String]] = [:]
    /// Court -> how many cases name it as their `court` (the open data's count).
    var namedCourtCounts: [String: Int] = [:]
    var related: [String: [String]] = [:]
    /// Organization -> the organizations that name it in `successor_of`.
    var successors: [String: [String]] = [:]

    init(cases: [CaseRecord], people: [Person], organizations: [Organization]) {
        let listed = Set(cases.map(\.id))
        for record in cases {
            for (index, participant) in record.people.enumerated() {
                personCases[participant.person.id, default: []].append((record.id, index))
            }
            for organization in record.organizations.map(\.id).uniqued() {
                organizationCases[organization, default: []].append(record.id)
            }
            // The cases a court heard: the case's own court and every court that decided in it.
            let courts = ([record.court] + record.people.flatMap { $0.decisions.map(\.court) }).compactMap { $0?.id }
            for court in courts.uniqued() { courtCases[court, default: []].append(record.id) }
            if let court = record.court { namedCourtCounts[court.id, default: 0] += 1 }
            for other in record.relatedCases where other.id != record.id && listed.contains(other.id) {
                related[record.id, default: []].append(other.id)
                related[other.id, default: []].append(record.id)
            }
        }
        for (id, list) in related { related[id] = list.uniqued().sorted() }
        for organization in organizations {
            for leader in organization.leaders.map(\.id).uniqued() {
                led[leader, default: []].append(organization.id)
            }
            if let predecessor = organization.successorOf?.id, predecessor != organization.id {
                successors[predecessor, default: []].append(organization.id)
            }
        }
        for person in people {
            let own = person.organizations.map(\.organization.id).uniqued()
            // The parser keeps one entry per organization.
            for affiliation in person.organizations {
                if affiliation.isAlleged {
                    alleged[affiliation.organization.id, default: []].append(person.id)
                } else {
                    members[affiliation.organization.id, default: []].append(person.id)
                }
            }
            personOrganizations[person.id] = (own + (led[person.id] ?? [])).uniqued()
        }
    }
}
