/// A status that says the person is held (`detained`: in pre-trial detention; `serving`: a
/// sentence) on a defendant the files show free on the build's day: the page would read "In
/// pre-trial detention" or "Serving sentence" after a pardon, an acquittal or a release. The
/// converse of `CustodyCheck.ended`; a warning, since the status may only be out of date and
/// an archive that built before keeps building. Free means held under no period in any case,
/// and, for `serving`, freed by a decision (a parole, an amnesty, a pardon, an exchange, an
/// acquittal, a dismissal: a person serving freedom limitation is serving a sentence); for
/// `detained`, also every held period of the case ended, or a sentence that deprives of no
/// liberty passed; for `serving`, also every held period of the case ended under a sentence
/// served only in custody (imprisonment or life, nothing beside it): released at the end of
/// the term, the page would still read "Serving sentence".
enum HeldStatusCheck {
    /// Statuses that say the person is held; checked only when site.yml keeps them.
    static let heldStatuses = ["detained", "serving"]

    static func problems(_ participant: CaseRecord.Participant, in record: CaseRecord, site: SiteConfig,
                         ledger: CustodyLedger, day: Int, died: Bool = false) -> [Diagnostic] {
        let status = participant.status ?? record.status.id
        guard participant.role == "defendant", heldStatuses.contains(status), site.statuses.contains(status),
              ledger.currentHeld[participant.person.id] == nil, let asOf = ledger.asOf else { return [] }
        // The status tells how things stood on its own date: counted at an earlier day, it may be true.
        if let said = record.statusAsOf, said.firstDayNumber > day { return [] }
        let whose = participant.status == nil ? "the case's status" : "this person's status"
        let position = participant.status == nil ? record.status.position : participant.person.position
        let own = participant.status == nil && record.people.count > 1
        func advice(_ suggested: String) -> String {
            let like = site.statuses.contains(suggested) ? ", like '\(suggested)'" : ""
            return own ? "give this person a 'status' of their own\(like)" : "update the status\(like)"
        }
        let start = "\(whose) is '\(status)', which says '\(participant.person.id)' is held, but "
        var unsaid: [Decision] = []
        if case .decision(let decision, let reason)? = CustodyReleaseCheck.release(participant, after: Int.min, by: day, site: site, unsaid: &unsaid),
           reason == .outcome || status == "detained" {
            let named = ([decision.date.description, decision.kind] + (decision.outcome.map { [$0] } ?? [])).joined(separator: ", ")
            return [Diagnostic(.warning, record.info.path, position, start
                + "a decision freed them (\(named); line \(decision.position.line)) and no custody period holds them on \(asOf.date): "
                + "\(advice(suggestion(decision))); if they are held again, give the custody period that holds them")]
        }
        let held = participant.custody.filter { site.custodyKinds.isHeld($0.kind) }
        if status == "detained", let last = held.max(by: { ($0.endDayNumber ?? Int.max) < ($1.endDayNumber ?? Int.max) }),
           let end = last.to, let endDay = last.endDayNumber, endDay <= day {
            return [Diagnostic(.warning, record.info.path, position, start
                + "no custody period holds them on \(asOf.date): the last in this case ended on \(end) (line \(last.position.line)): "
                + "\(own ? "give this person a 'status' of their own" : "update the status") that says where things stand (like 'released', or 'trial' while the case goes on), "
                + "or give the period that holds them now")]
        }
        if status == "serving", let last = held.max(by: { ($0.endDayNumber ?? Int.max) < ($1.endDayNumber ?? Int.max) }),
           let end = last.to, let endDay = last.endDayNumber, endDay <= day, !died, !participant.sentencedInAbsentia(site.decisionOutcomes) {
            // A death by the day is DeathCheck's to tell: 'released' would be the wrong word.
            let sentence = participant.currentSentence(site.decisionOutcomes)
            if !sentence.isEmpty, sentence.allSatisfy({ servedInCustody.contains($0.type) && !$0.fromRelease }) {
                let types = Array(Set(sentence.map(\.type))).sorted().joined(separator: ", ")
                return [Diagnostic(.warning, record.info.path, position, start
                    + "no custody period holds them on \(asOf.date): the last in this case ended on \(end) (line \(last.position.line)), "
                    + "and the sentence in force (\(types)) is served only in custody: \(advice("released")) if they were freed "
                    + "(on completing the term, or by a decision: record it), or give the period that holds them now")]
            }
        }
        return []
    }

    /// Sentences served only in custody: a person serving one is held. Beside a ban, a fine or
    /// a freedom limitation (served after release), `serving` may be true of a person free.
    static let servedInCustody: Set<String> = ["imprisonment", "life"]

    /// The status a freeing decision leaves: an acquittal acquits, a dismissal closes the case.
    static func suggestion(_ decision: Decision) -> String {
        switch decision.outcome {
        case "acquitted": "acquitted"
        case "dismissed": "closed"
        default: "released"
        }
    }
}
