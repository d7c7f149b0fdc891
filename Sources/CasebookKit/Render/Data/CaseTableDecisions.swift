/// The columns `data/cases.csv` gains on a site where some case lists decisions, after
/// `sentence_types` (which then give the sentence in force).
extension CaseTable {
    static func decisionColumns(site: SiteConfig) -> [CSVColumn<Row>] {
        let outcomes = site.decisionOutcomes
        return [
            CSVColumn("first_instance_sentence", "on a site with decisions: the first-instance sentence in words") {
                SentenceWording.describe($0.participant.firstInstanceSentence, site: site) },
            CSVColumn("first_instance_sentence_types", "on a site with decisions: the kinds of penalty of the first-instance sentence, as keys") {
                CSVTable.list($0.participant.firstInstanceSentence.map(\.type)) },
            CSVColumn("in_absentia", "on a site with decisions: true when the sentence in force was passed in the person's absence") {
                $0.participant.sentencedInAbsentia(outcomes) ? "true" : "false" },
        ]
    }
}
