/// A custody period still open on the build's day although a decision made after it began,
/// on or before that day, freed the person: an outcome that frees (`released` on parole, an
/// amnesty or a pardon; `acquitted`; `dismissed`), an exchange (which frees by what it is), or
/// a sentence that deprives of no liberty (a suspended sentence, a fine, freedom limitation…).
/// Like a status that says the person is free (`CustodyCheck.ended`), an error at the period:
/// the site would list a free person as held now, so it is not built until the period gets
/// its end. A decision dated roughly (`2022-02`, `2022~`) counts when its last possible day is
/// on or after the period's first. With no decision setting a sentence, a shorthand `sentence`
/// of that kind is a warning: its date is not known, so it may have been passed before the
/// period began, and the person is counted as the files say. A parole, an amnesty or a pardon
/// without `outcome` frees no one, so the person stays held: a warning at the decision.
enum CustodyReleaseCheck {
    /// Outcomes that free the person; checked only when site.yml keeps them.
    static let freeingOutcomes = ["released", "acquitted", "dismissed"]
    /// A prisoner exchange frees the person whatever its `outcome` says or leaves out.
    static let exchange = "exchange"
    /// Kinds that usually free the person, but may not (a request refused): without an outcome
    /// they are not taken to have freed anyone, which the editor is told.
    static let usuallyFreeing: Set<String> = ["parole", "amnesty", "pardon"]
    /// Built-in sentence types that deprive of no liberty. A sentence of these alone frees the
    /// person; one with any other part (imprisonment, a type of the site's own) does not.
    static let nonCustodialTypes: Set<String> = ["suspended", "fine", "freedom-limitation", "community-work", "activity-ban"]

    /// What freed the person: a decision, or the shorthand `sentence`, whose date is not known.
    enum Release {
        case decision(Decision, freesBy: Reason)
        case shorthand
        enum Reason { case outcome, sentence }
    }

    static func problems(_ participant: CaseRecord.Participant, in record: CaseRecord, site: SiteConfig,
                         ledger: CustodyLedger, day: Int) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var silent: [SourcePosition: (Decision, CustodyPeriod)] = [:]
        for period in participant.custody {
            guard site.custodyKinds.isHeld(period.kind), period.from.firstDayNumber <= day,
                  period.endDayNumber.map({ $0 > day }) ?? true else { continue }
            var unsaid: [Decision] = []
            if let release = release(participant, after: period.from.firstDayNumber, by: day, site: site, unsaid: &unsaid) {
                let severity: Diagnostic.Severity = if case .shorthand = release { .warning } else { .error }
                problems.append(Diagnostic(severity, record.info.path, period.position, message(release, participant, period: period)))
            } else if let served = SentenceServedCheck.problem(participant, period: period, in: record, site: site, ledger: ledger, day: day) {
                problems.append(served)
            }
            for decision in unsaid where silent[decision.position] == nil { silent[decision.position] = (decision, period) }
        }
        for (decision, period) in silent.values.sorted(by: { $0.0.position < $1.0.position }) {
            problems.append(Diagnostic(.warning, record.info.path, decision.position, unsaidMessage(decision, period: period)))
        }
        return problems
    }

    /// The latest decision from the period's first day to the build's day that settles
    /// whether the person is held: one that frees them, or one that keeps them (a custodial
    /// sentence, a verdict overturned or sent back, after which custody may go on). A parole,
    /// an amnesty or a pardon without an outcome settles nothing; it is added to `unsaid`.
    static func release(_ participant: CaseRecord.Participant, after from: Int, by day: Int, site: SiteConfig,
                        unsaid: inout [Decision]) -> Release? {
        for decision in participant.decisions.reversed() where decision.date.lastDayNumber <= day {
            // A rough date may be any of its days: it counts when it may fall in the period.
            guard decision.date.lastDayNumber >= from else { return nil }
            if let outcome = decision.outcome, freeingOutcomes.contains(outcome), site.decisionOutcomes.vocabulary.contains(outcome) {
                return .decision(decision, freesBy: .outcome)
            }
            if decision.outcome == nil, decision.kind == exchange, site.decisionKinds.contains(exchange) {
                return .decision(decision, freesBy: .outcome)
            }
            if decision.outcome == nil, decision.sentence.isEmpty, usuallyFreeing.contains(decision.kind) { unsaid.append(decision) }
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

    static func message(_ release: Release, _ participant: CaseRecord.Participant, period: CustodyPeriod) -> String {
        let start = "this custody period makes the person held now, but "
        switch release {
        case .decision(let decision, let reason):
            let named = ([decision.date.description, decision.kind] + (decision.outcome.map { [$0] } ?? [])).joined(separator: ", ")
            let why = reason == .outcome
                ? "a later decision freed them (\(named); line \(decision.position.line))"
                : "a later decision set a sentence that deprives of no liberty (\(named): \(types(decision.effectiveSentence)); line \(decision.position.line))"
            // A custody date is one plain date: a rough one is offered as its last month or year.
            let end = (decision.date.end ?? decision.date).start
            let rough = decision.date.firstDayNumber < period.from.firstDayNumber
                ? "; if the decision came before this period began (its date, \(decision.date), may fall before \(period.from)), write its exact date"
                : ""
            return start + why + ": give the period the day it ended ('to: \(end)'), or correct the decision" + rough
        case .shorthand:
            return start + "the sentence in force, under 'sentence', deprives of no liberty (\(types(participant.sentence))), "
                + "and its date is not known: if it was passed after this period began, give the period the day it ended "
                + "('to: YYYY-MM-DD', the day of the verdict); if the person is held under a later decision, record it in 'decisions'"
        }
    }

    /// A parole, an amnesty or a pardon that gives no outcome, after the period began: the
    /// person stays held on the site, which may be wrong.
    static func unsaidMessage(_ decision: Decision, period: CustodyPeriod) -> String {
        "this \(decision.kind) decision gives no 'outcome', so the site does not take it to have freed the person and lists them "
            + "as held now (the custody period from \(period.from), line \(period.position.line), has no end): if it freed them, "
            + "write 'outcome: released' and give the period the day it ended; if it did not (the request was refused), write the outcome it had, like 'upheld'"
    }

    static func types(_ sentence: [SentenceComponent]) -> String {
        sentence.map(\.type).uniqued().joined(separator: ", ")
    }
}
