/// A recognition on a person page: `{by, date, sources}`, the organization as a link, the
/// date worded, and the person's sources it cites by their numbers on the page.
struct RecognitionValue: TemplateFields {
    let by: OrganizationLink
    let date: DateValue?
    let sources: [SourceRef]

    static let fieldNames = ["by", "date", "sources"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "by": .fields(by)
        case "date": date.templateValue
        case "sources": .list(sources)
        default: nil
        }
    }

    /// The person's recognitions whose organization is published, in the order written.
    static func list(_ person: Person, items: Items) -> [RecognitionValue] {
        var numbers: [String: Int] = [:]
        for (index, source) in person.sources.enumerated() { if let id = source.id { numbers[id] = index + 1 } }
        return person.recognitions.compactMap { recognition in
            items.organizationLinks[recognition.by.id].map { link in
                RecognitionValue(by: link, date: recognition.date.map(items.words.templateDate),
                                 sources: recognition.sources.compactMap { numbers[$0.id].map(SourceRef.init) })
            }
        }
    }
}
