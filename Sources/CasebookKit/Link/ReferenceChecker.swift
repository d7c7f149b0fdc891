/// Checks that every id written in front matter resolves, with "did you mean" for near misses.
struct ReferenceChecker {
    let site: SiteConfig
    let caseIDs: Set<String>
    let personIDs: Set<String>
    let organizationIDs: Set<String>
    let organizations: [String: Organization]
    let media: Set<String>
    /// Each kind's former ids with the id that replaced them (`FormerIDCheck.renamed`): a
    /// reference to an old name says which file has it now.
    var renamed: [ContentKind: [String: String]] = [:]

    func check(_ record: CaseRecord, into d: inout Diagnostics) {
        var seenPeople: Set<String> = []
        for participant in record.people {
            checkPerson(participant.person, into: &d)
            if !seenPeople.insert(participant.person.id).inserted {
                d.error(participant.person.position, "'\(participant.person.id)' is listed twice under 'people'")
            }
            participant.charges?.forEach { checkCharge($0, into: &d) }
            checkCustody(participant.custody, sources: record.sources, into: &d)
            checkDecisions(participant, sources: record.sources, into: &d)
        }
        record.organizations.forEach { checkOrganization($0, into: &d) }
        record.charges.forEach { checkCharge($0, into: &d) }
        if let court = record.court {
            checkOrganization(court, into: &d)
            if let organization = organizations[court.id], !organization.isCourt,
               organization.kind.map(site.organizationKinds.contains) ?? true {
                d.error(court.position, "'\(court.id)' is not a court: give its file 'kind: \(OrganizationKind.court)', or name the court that heard the case")
            }
        }
        for related in record.relatedCases {
            if related.id == record.id {
                d.error(related.position, "a case cannot be related to itself")
            } else if renamed[.cases]?[related.id] == record.id {
                // Its own old id, as when two cases were merged into this file.
                d.error(related.position, "'\(related.id)' is a former id of this case, and a case cannot be related to itself: remove it")
            } else if !caseIDs.contains(related.id), !reportRenamed(.cases, related, into: &d) {
                d.error(related.position, "unknown case '\(related.id)'\(Suggestion.phrase(for: related.id, in: caseIDs))")
            }
        }
        // With a participant's id misspelled, the event lines are right and the people list is
        // wrong: that mistake is reported once, above.
        let allResolved = record.people.allSatisfy { personIDs.contains($0.person.id) }
        checkEvents(record.events, sources: record.sources, people: allResolved ? seenPeople : nil, into: &d)
        checkDocuments(record.documents, sources: record.sources, into: &d)
        let sourceIDs = Set(record.sources.compactMap(\.id))
        for statusCertainty in [record.statusCertainty] + record.people.map(\.statusCertainty) {
            checkCited(statusCertainty?.sources ?? [], in: sourceIDs, by: "statuses cite", into: &d)
        }
        if !record.draft && record.sources.isEmpty {
            d.error(record.position, "a published case needs at least one source under 'sources' (or 'draft: true' until it has one)")
        }
    }

    func check(_ person: Person, into d: inout Diagnostics) {
        person.organizations.forEach { checkOrganization($0.organization, into: &d) }
        checkPhoto(person, into: &d)
        checkRecognitions(person, into: &d)
        checkDeath(person, into: &d)
        checkEvents(person.events, sources: person.sources, people: nil, into: &d)
    }

    func check(_ organization: Organization, into d: inout Diagnostics) {
        organization.leaders.forEach { checkPerson($0, into: &d) }
        checkEvents(organization.events, sources: organization.sources, people: nil, into: &d)
        checkHistory(organization, into: &d)
    }

    /// Who recognised the person must be an organization of the archive; what it cites, the
    /// person's own sources, as events do.
    func checkRecognitions(_ person: Person, into d: inout Diagnostics) {
        let sourceIDs = Set(person.sources.compactMap(\.id))
        for recognition in person.recognitions {
            checkOrganization(recognition.by, into: &d)
            checkCited(recognition.sources, in: sourceIDs, by: "a recognition cites", into: &d)
            if recognition.sources.isEmpty {
                d.warning(recognition.position, "this recognition cites no source; add 'sources: [id]' naming a source of this file that reports it")
            }
        }
    }

    func checkPhoto(_ person: Person, into d: inout Diagnostics) {
        guard let photo = person.photo, !media.contains(photo.id) else { return }
        d.error(photo.position, "photo '\(photo.id)' \(missingMedia(photo.id))")
    }

    /// Why a media path names no file, and what it may have meant: the file its
    /// percent-escapes spell (a link copied from a browser), a file in the folder it names,
    /// else the nearest name.
    func missingMedia(_ path: String) -> String {
        let decoded = path.removingPercentEncodingSafely
        if decoded != path, media.contains(decoded) {
            return "does not exist in content/; it is written with percent-escapes: write '\(decoded)'"
        }
        if let inside = media.filter({ $0.hasPrefix(path + "/") }).min() {
            return "is a folder in content/, not a file: name a file in it, like '\(inside)'"
        }
        return "does not exist in content/" + Suggestion.phrase(for: path, in: media)
    }

    /// A document's file must exist under content/media/, like a photo; its sources must be
    /// ids of this file's sources, like an event's.
    func checkDocuments(_ documents: [Document], sources: [Source], into d: inout Diagnostics) {
        let sourceIDs = Set(sources.compactMap(\.id))
        for document in documents {
            if let file = document.file, !media.contains(file.id) {
                d.error(file.position, "document file '\(file.id)' \(missingMedia(file.id))")
            }
            checkCited(document.sources, in: sourceIDs, by: "documents cite", into: &d)
        }
    }

    /// A custody period cites sources of the case, like an event; one citing none is a warning.
    func checkCustody(_ periods: [CustodyPeriod], sources: [Source], into d: inout Diagnostics) {
        guard !periods.isEmpty else { return }
        let sourceIDs = Set(sources.compactMap(\.id))
        for period in periods {
            checkCited(period.sources, in: sourceIDs, by: "custody periods cite", into: &d)
            if period.sources.isEmpty {
                d.warning(period.position, "this custody period cites no source; add 'sources: [id]' naming a source of this file that reports it")
            }
        }
    }

    /// Event people must be people of the case; event sources must be ids of this file's sources.
    func checkEvents(_ events: [Event], sources: [Source], people: Set<String>?, into d: inout Diagnostics) {
        let sourceIDs = Set(sources.compactMap(\.id))
        for event in events {
            for ref in event.people {
                if let people {
                    if !people.contains(ref.id) {
                        // A person renamed: the new id, not the nearest other person of the case.
                        if let current = renamed[.people]?[ref.id], people.contains(current) {
                            d.error(ref.position, "'\(ref.id)' is a former id of people/\(current).md: write '\(current)'")
                            continue
                        }
                        d.error(ref.position, "'\(ref.id)' is not one of the people of this case\(Suggestion.phrase(for: ref.id, in: people))")
                    }
                } else {
                    checkPerson(ref, into: &d)
                }
            }
            checkCited(event.sources, in: sourceIDs, by: "events cite", into: &d)
            if event.sources.isEmpty {
                d.warning(event.position, "this event cites no source; add 'sources: [id]' naming a source of this file")
            }
        }
    }

    /// A reference to a former id: "'x' is a former id of people/y.md: write 'y'"; false when
    /// the id is no file's former id.
    func reportRenamed(_ kind: ContentKind, _ ref: Ref, into d: inout Diagnostics) -> Bool {
        if site.withdrawn[kind]?.contains(where: { $0.id == ref.id }) == true {
            d.error(ref.position, "the \(kind.singular) '\(ref.id)' was withdrawn from the archive (site.yml 'withdrawn'), so there is nothing to refer to: remove it from here")
            return true
        }
        guard let current = renamed[kind]?[ref.id] else { return false }
        d.error(ref.position, "'\(ref.id)' is a former id of \(kind.rawValue)/\(current).md: write '\(current)'")
        return true
    }

    func checkPerson(_ ref: Ref, into d: inout Diagnostics) {
        guard !personIDs.contains(ref.id), !reportRenamed(.people, ref, into: &d) else { return }
        d.error(ref.position, "unknown person '\(ref.id)' (there is no people/\(ref.id).md)\(Suggestion.phrase(for: ref.id, in: personIDs))")
    }

    func checkOrganization(_ ref: Ref, into d: inout Diagnostics) {
        guard !organizationIDs.contains(ref.id), !reportRenamed(.organizations, ref, into: &d) else { return }
        d.error(ref.position, "unknown organization '\(ref.id)' (there is no organizations/\(ref.id).md)\(Suggestion.phrase(for: ref.id, in: organizationIDs))")
    }

    func checkCharge(_ ref: Ref, into d: inout Diagnostics) {
        guard site.charge(ref.id) == nil else { return }
        // Renamed in site.yml, its old address kept: say which key to write now.
        if let renamed = site.formerKeys.first(where: { $0.facet == "charges" && $0.old.id == ref.id }), site.charge(renamed.new.id) != nil {
            d.error(ref.position, "the charge '\(ref.id)' was renamed '\(renamed.new.id)' (site.yml 'former_keys'): write '\(renamed.new.id)'")
            return
        }
        let keys = site.charges.map(\.key)
        let allowed = keys.isEmpty ? "site.yml defines no charges yet" : "allowed: \(keys.joined(separator: ", "))"
        d.error(ref.position, "'\(ref.id)' is not one of the site's charges\(Suggestion.phrase(for: ref.id, in: keys)) (\(allowed))")
    }

    /// Each cited id must be one of the file's sources: "unknown source id 'x': <who> cite
    /// sources of the same file", with the nearest id.
    func checkCited(_ refs: [Ref], in sourceIDs: Set<String>, by who: String, into d: inout Diagnostics) {
        for ref in refs where !sourceIDs.contains(ref.id) {
            let hint = sourceIDs.isEmpty ? "; give a source in 'sources' an 'id' to cite it" : Suggestion.phrase(for: ref.id, in: sourceIDs)
            d.error(ref.position, "unknown source id '\(ref.id)': \(who) sources of the same file\(hint)")
        }
    }
}
