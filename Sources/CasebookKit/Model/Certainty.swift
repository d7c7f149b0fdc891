/// How sure the sources are of a fact (`certainty:` on an event, a decision, a sentence
/// part or a status): shown beside the fact, so a reader never takes a report for a finding.
public enum Certainty: String, Sendable, Hashable, CaseIterable {
    /// One or more sources report it; none confirms it independently.
    case reported
    /// Sources disagree; the `note` beside it says how.
    case disputed

    static let vocabulary = Vocabulary(name: "certainty values", entries: allCases.map { ($0.rawValue, $0.rawValue) })
}

/// What a case or a person in a case says of its `status`: `status_certainty`, `status_note`
/// and `status_sources` (ids of the case file's sources), shown beside the status.
public struct StatusCertainty: Sendable, Hashable {
    public let certainty: Certainty?
    public var note: String?
    public let sources: [Ref]
    /// Set on a page of another language when the note is the default language's.
    public var shownIn: String? = nil

    static let keys = ["status_certainty", "status_note", "status_sources"]
}

extension CaseRecord.Participant {
    /// The certainty of the status shown for this person: their own when they give a status or
    /// a certainty of their own, else the case's.
    func shownStatusCertainty(in record: CaseRecord) -> StatusCertainty? {
        status != nil || statusCertainty != nil ? statusCertainty : record.statusCertainty
    }
}

extension FieldReader {
    /// `certainty: reported | disputed` (or another key); anything else is an error with the allowed values.
    mutating func certainty(_ fields: Fields, _ key: String = "certainty") -> Certainty? {
        guard let node = fields[key], !node.isNull else { return nil }
        return vocabulary(node, key, in: Certainty.vocabulary).flatMap(Certainty.init(rawValue:))
    }

    /// The `status_*` keys of a case or a person in a case; nil when none is given.
    mutating func statusCertainty(_ fields: Fields) -> StatusCertainty? {
        guard StatusCertainty.keys.contains(where: { fields[$0] != nil }) else { return nil }
        return StatusCertainty(certainty: certainty(fields, "status_certainty"), note: text(fields, "status_note"),
                               sources: refs(fields, "status_sources"))
    }
}
