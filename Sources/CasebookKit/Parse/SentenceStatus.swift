/// A defendant's sentence in force against their status (their own, else the case's): the
/// pages show the sentence in force, and the statistics and the open data count it.
///
/// - `acquitted` with a sentence in force is an error, as a `sentence` on an acquittal
///   decision is: the page read "Status: Acquitted … Sentence: 5 years of imprisonment".
///   A conviction later quashed is written as decisions, the acquittal last.
/// - A status before any verdict (`investigation`, `detained`, `trial`) with a sentence in
///   force is a warning: either the status is out of date, or the sentence is not one (what
///   the prosecutor asked for is not a sentence), and only the editor can tell which.
/// - `acquitted` beside a conviction with no sentence recorded, and `sentenced` or `serving`
///   beside an outcome that ends the sentence (an acquittal, a dismissal, a verdict
///   overturned or sent back) no later decision undoes, are warnings: the page read
///   "Acquitted … Current sentence: not known", or "Serving sentence … none in force".
///
/// Checked only for the keys site.yml keeps, as the custody checks do.
extension FieldReader {
    static let acquittedStatus = "acquitted"
    static let statusesBeforeVerdict: Set<String> = ["investigation", "detained", "trial"]
    static let sentencedStatus = "sentenced"
    /// Statuses that say a sentence is in force: beside a verdict quashed, an acquittal or a
    /// dismissal that no later decision undoes, a warning.
    static let sentenceStatuses: Set<String> = ["sentenced", "serving"]

    mutating func checkSentenceAgainstStatus(_ participant: CaseRecord.Participant, caseStatus: String?,
                                             sentenceNode: YAMLNode?, statusPosition: SourcePosition?, site: SiteConfig) {
        guard participant.isDefendant, let status = participant.status ?? caseStatus, site.statuses.contains(status) else { return }
        let acquitted = status == Self.acquittedStatus
        checkVerdictAgainstStatus(participant, status: status, statusPosition: statusPosition, site: site)
        guard acquitted || Self.statusesBeforeVerdict.contains(status),
              !participant.currentSentence(site.decisionOutcomes).isEmpty else { return }
        let whose = participant.status == nil ? "the case's status" : "this person's status"
        let byDecision = participant.currentDecision(site.decisionOutcomes)
        guard let position = byDecision?.position ?? sentenceNode?.position else { return }
        let what = byDecision == nil ? "'sentence' gives a sentence" : "this decision sets a sentence that no later decision ends"
        if acquitted {
            let fix = byDecision == nil
                ? "if a court convicted them before they were acquitted, write both as 'decisions' (the conviction with this sentence, "
                    + "then the acquittal, like {date: …, kind: appeal, outcome: acquitted}); if they were never sentenced, remove 'sentence'"
                : "add the decision that acquitted them, like {date: …, kind: appeal, outcome: acquitted}, or correct the status"
            let own = participant.status == nil ? "; or give this person a 'status' of their own" : ""
            diagnostics.error(position, "\(whose) is 'acquitted', but \(what), which the pages would show as in force beside the acquittal "
                              + "(and the statistics and the open data would count): \(fix)\(own)")
        } else {
            diagnostics.warning(position, "\(whose) is '\(status)', before any verdict, but \(what), which the pages show and the statistics count "
                                + "as passed: a sentence the prosecutor asked for is not a sentence (say so in an event or the text, and remove it); "
                                + "if a court has passed it, update the status")
        }
    }

    /// The verdict the decisions leave against a status that says the opposite: no sentence
    /// is in force, so the error above does not see them.
    private mutating func checkVerdictAgainstStatus(_ participant: CaseRecord.Participant, status: String,
                                                    statusPosition: SourcePosition?, site: SiteConfig) {
        let outcomes = site.decisionOutcomes
        let whose = participant.status == nil ? "the case's status" : "this person's status"
        let id = participant.person.id
        if status == Self.acquittedStatus, participant.sentenceUnknown(outcomes),
           let conviction = participant.decisions.last(where: { $0.outcome == SiteConfig.Defaults.convicted }) {
            diagnostics.warning(conviction.position,
                "\(whose) is 'acquitted', but this decision convicted '\(id)' and no later decision acquits them, so the page shows "
                + "'Acquitted' beside a sentence 'not known': add the decision that acquitted them, like {date: …, kind: appeal, outcome: acquitted}, "
                + "or correct the status")
        }
        guard Self.sentenceStatuses.contains(status), let statusPosition, participant.currentSentence(outcomes).isEmpty,
              let last = participant.currentDecision(outcomes), let outcome = last.outcome, outcomes.clearsSentence(outcome),
              !participant.sentenceUnknown(outcomes) else { return }
        let suggested = switch outcome { case "acquitted": "acquitted"; case "dismissed": "closed"; default: "trial" }
        let like = site.statuses.contains(suggested) ? ", like '\(suggested)'" : ""
        let retried = suggested == "trial" && site.statuses.contains(suggested) ? " while the case is tried again" : ""
        let fix = "update the status\(like)\(retried)" + (participant.status == nil ? ", or give this person a 'status' of their own" : "")
        diagnostics.warning(statusPosition,
            "\(whose) is '\(status)', but the decision of \(last.date) (\(last.kind), \(outcome); line \(last.position.line)) left "
            + "'\(id)' no sentence, and no later decision convicts them, so the page shows '\(site.statuses.label(status))' beside 'none in force': "
            + "\(fix); if a court has convicted them since, record that decision")
    }
}
