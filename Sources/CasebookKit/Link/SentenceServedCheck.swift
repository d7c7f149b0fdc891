/// A person held now in a case for longer than the prison term in force there: the term
/// ended, and nothing in the files says why they are still held (a later or longer sentence,
/// an end of the period left out). A warning at the open period, since the files may only be
/// behind (an archive that built before keeps building), run by `CustodyReleaseCheck` when no
/// decision freed them. Only a term the files fix is judged: imprisonment with a duration,
/// besides penalties that deprive of no liberty; never a life sentence, a psychiatric
/// measure or a type of the site's own, whose length is not known.
enum SentenceServedCheck {
    static let imprisonment = "imprisonment"

    static func problem(_ participant: CaseRecord.Participant, period: CustodyPeriod, in record: CaseRecord,
                        site: SiteConfig, ledger: CustodyLedger, day: Int) -> Diagnostic? {
        let outcomes = site.decisionOutcomes
        let sentence = participant.currentSentence(outcomes)
        guard !participant.sentencedInAbsentia(outcomes), let term = longestTerm(sentence) else { return nil }
        // Every day held in this case counts toward the term (time on remand is credited), as
        // the person page counts them.
        let held = ledger.daysHeld(of: participant.person.id, inCase: record.id).days
        guard held > term else { return nil }
        let setBy = participant.currentDecision(outcomes).map { "set by the decision of \($0.date), line \($0.position.line)" } ?? "under 'sentence'"
        let worded = SentenceWording.describe(sentence, site: site, words: .english)
        return Diagnostic(.warning, record.info.path, period.position,
            "this custody period makes the person held now, but they have been held \(held) days in this case as of "
            + "\(PartialDate(dayNumber: day)), longer than the sentence in force (\(worded); \(setBy)): if they were freed when "
            + "the term ended, give the period the day it ended ('to: YYYY-MM-DD'); if they are held under a longer or later "
            + "sentence, record the decision that set it")
    }

    /// The most days the sentence's prison terms can last (a year as 366 days, a month as 31,
    /// the parts per article added up), so a term is never judged served too early; nil when
    /// the sentence fixes no such term, or has a part whose length in custody is not known.
    static func longestTerm(_ sentence: [SentenceComponent]) -> Int? {
        var days = 0.0
        for part in sentence {
            if part.type == imprisonment {
                let term = [(part.years, 366.0), (part.months, 31.0), (part.days, 1.0)]
                    .reduce(0.0) { $0 + ($1.0.flatMap { Double($0.digits) } ?? 0) * $1.1 }
                guard term > 0 else { return nil }
                days += term
            } else if !CustodyReleaseCheck.nonCustodialTypes.contains(part.type) {
                return nil
            }
        }
        // A term past Int's range (years: 99999999999999999999, exact as written) is never
        // served; converting it trapped and crashed the build.
        guard days > 0 else { return nil }
        return days < Double(Int.max) ? Int(days.rounded(.up)) : Int.max
    }
}
