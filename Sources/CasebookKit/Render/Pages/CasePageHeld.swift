/// The "Held now" block of a case page (`held`): who of the case's people is held now, as of
/// the build's day. Present only when someone is, so a case page of an archive without
/// custody is as it was.
struct CaseHeld: TemplateFields {
    let asOf: DateValue
    /// "As of 1 January 2024." (`case.held_as_of`).
    let asOfText: String
    /// Each as on `/held/`; `case` only for someone held under another case.
    let people: [HeldPerson]

    static let fieldNames = ["as_of", "as_of_text", "people"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "as_of": .fields(asOf)
        case "as_of_text": .string(asOfText)
        case "people": .list(people)
        default: nil
        }
    }
}

extension CasePageContext {
    /// Only cases with someone held now pay for the block's words.
    func held(_ record: CaseRecord) -> CaseHeld? {
        guard archive.custody.recordsCustody, record.people.contains(where: { archive.custody.isHeldNow($0.person.id) }) else { return nil }
        return HeldPeople(archive: archive, items: items).caseHeld(record)
    }
}
