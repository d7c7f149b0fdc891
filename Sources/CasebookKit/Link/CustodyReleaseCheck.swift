/// A custody period still open on the build's day although a decision made after it began,
/// on or before that day, freed the person: an outcome that frees (`released` on parole, an
/// amnesty or a pardon; `acquitted`; `dismissed`), or a sentence that deprives of no liberty
/// (a suspended sentence, a fine, freedom limitation…). Like a status that says the person is
/// free (`CustodyCheck.ended`), an error at the period: the site would list a free person as
/// held now, so it is not built until the period gets its end. With no decision setting a
/// sentence, a shorthand `sentence` of that kind is a warning: its date is not known, so it
/// may have been passed before the period began, and the person is counted as the files say.
enum CustodyReleaseCheck {
    /// Outcomes that free the person; checked only when site.yml keeps them.
    static let freeingOutcomes = ["released", "acquitted", "dismissed"]
    /// Built-in sentence types that deprive of no liberty. A sentence of these alone frees the
    /// person; one with any other part (imprisonment, a type of the site's own) does not.
    static let nonCustodialTypes: Set<String> = ["suspended", "fine", "freedom-limitation", "community-work", "activity-ban"]

    /// What freed the person: a decision, or the shorthand `sentence`, whose date is not known.
    enum Release {
        case decision(Decision, freesBy: Reason)
        case shorthand
        enum Reason { case outcome, sentence }
    }

    static func problems(_ participant: CaseRecord.Participant, in record: CaseRecord, site: SiteConfig, day: Int) -> [Diagnostic] {
        participant.custody.compactMap { period -> Diagnostic? in
            guard site.custodyKinds.isHeld(period.kind), period.from.firstDayNumber <= day,
                  period.endDayNumber.map({ $0 > day }) ?? true,
                  let release = release(participant, after: period.from.firstDayNumber, by: day, site: site) else { return nil }
            let severity: Diagnostic.Severity = if case .shorthand = release { .warning } else { .error }
            return Diagnostic(severity, record.info.path, period.position, message(release, participant))
        }
    }

    /// The latest decision from the period's first day to the build's day that settles
    /// whether the person is held: one that frees them, or one that keeps them (a custodial
    /// sentence, a verdict overturned or sent back, after which custody may go on).
    static func release(_ participant: CaseRecord.Participant, after from: Int, by day: Int, site: SiteConfig) -> Release? {
        for decision in participant.decisions.reversed() where decision.date.lastDayNumber <= day {
            guard decision.date.firstDayNumber >= from else { return nil }
            if let outcome = decision.outcome, freeingOutcomes.contains(outcome), site.decisionOutcomes.vocabulary.contains(outcome) {
                return .decision(decision, freesBy: .outcome)
            }
            if !decision.sentence.isEmpty {
                return isNonCustodial(decision.effectiveSentence) ? .decision(decision, freesBy: .sentence) : nil
            }
            if let outcome = decision.outcome, site.decisionOutcomes.clearsSentence(outcome) { return nil }
        }
        // No decision since the period began settles it: the shorthand is the sentence in force.
        return !participant.sentence.isEmpty && isNonCustodial(participant.sentence) ? .shorthand : nil
    }

    static func isNonCustodial(_ sentence: [SentenceComponent]) -> Bool {
        !sentence.isEmpty && sentence.allSatisfy { nonCustodialTypes.contains($0.type) }
    }

    static func message(_ release: Release, _ participant: CaseRecord.Participant) -> String {
        let start = "this custody period makes the person held now, but "
        switch release {
        case .decision(let decision, let reason):
            let named = ([decision.date.description, decision.kind] + (decision.outcome.map { [$0] } ?? [])).joined(separator: ", ")
            let why = reason == .outcome
                ? "a later decision freed them (\(named); line \(decision.position.line))"
                : "a later decision set a sentence that deprives of no liberty (\(named): \(types(decision.effectiveSentence)); line \(decision.position.line))"
            return start + why + ": give the period the day it ended ('to: \(decision.date.start)'), or correct the decision"
        case .shorthand:
            return start + "the sentence in force, under 'sentence', deprives of no liberty (\(types(participant.sentence))), "
                + "and its date is not known: if it was passed after this period began, give the period the day it ended "
                + "('to: YYYY-MM-DD', the day of the verdict); if the person is held under a later decision, record it in 'decisions'"
        }
    }

    static func types(_ sentence: [SentenceComponent]) -> String {
        sentence.map(\.type).uniqued().joined(separator: ", ")
    }
}
