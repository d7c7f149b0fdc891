/// The columns `data/cases.csv` gains on a site where some case lists decisions, after
/// `sentence_types` (which then give the sentence in force).
extension CaseTable {
    static func decisionColumns(site: SiteConfig, words: Catalogue) -> [CSVColumn<Row>] {
        let outcomes = site.decisionOutcomes
        return [
            CSVColumn("first_instance_sentence", "on a site with decisions: the first-instance sentence in words") {
                SentenceWording.describe($0.participant.firstInstanceSentence, site: site, words: words) },
            CSVColumn("first_instance_sentence_types", "on a site with decisions: the kinds of penalty of the first-instance sentence, as keys") {
                CSVTable.list($0.participant.firstInstanceSentence.map(\.type)) },
            CSVColumn("in_absentia", "on a site with decisions: true when the sentence in force was passed in the person's absence") {
                $0.participant.sentencedInAbsentia(outcomes) ? "true" : "false" },
        ]
    }
}

/// The sentences as `SentenceTerms` notation, after every other column (former ids
/// included) and before the other languages' columns: added later than the rest, so the
/// columns before them keep their places.
extension CaseTable {
    static func termColumns(site: SiteConfig, decisions: Bool) -> [CSVColumn<Row>] {
        let outcomes = site.decisionOutcomes
        return [
            CSVColumn("sentence_terms", "the sentence of the sentence column, machine-readable: its terms separated by '; ', each a type followed by name=value fields (imprisonment years=7 months=6; fine amount=530250 currency=KZT)") {
                SentenceTerms.text($0.participant.currentSentence(outcomes)) },
        ] + (decisions ? [
            CSVColumn("first_instance_sentence_terms", "on a site with decisions: the first-instance sentence, machine-readable as in sentence_terms") {
                SentenceTerms.text($0.participant.firstInstanceSentence) },
            // The statistics count a prosecution under these too (a charge reclassified in court).
            CSVColumn("decision_charges", "on a site with decisions, defendants only: the charges their decisions ruled on or their sentence parts name that are not among person_charges, as keys") {
                row in
                let own = row.participant.chargeKeys(in: row.linked.record)
                return row.participant.isDefendant ? CSVTable.list(row.participant.decisionChargeKeys.uniqued().filter { !own.contains($0) }) : "" },
        ] : [])
    }
}
