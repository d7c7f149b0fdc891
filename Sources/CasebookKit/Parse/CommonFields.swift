import Foundation

/// Fields shared by several kinds of file: events, sources, corrections, URLs.
extension FieldReader {
    static let eventKeys = ["date", "type", "summary", "people", "sources", "certainty", "note"]
    static let sourceKeys = ["id", "title", "publisher", "url", "date", "language", "archive_url"]
    static let correctionKeys = ["date", "note"]

    /// `ofCase`: a case's events, whose dates before 1900 are warned of (`warnIfEarly`).
    mutating func events(_ fields: Fields, site: SiteConfig, ofCase: Bool = false) -> [Event] {
        list(fields, "events").compactMap { node -> Event? in
            guard let item = self.fields(node, known: Self.eventKeys, what: "an event") else { return nil }
            let date = date(item, "date", required: true)
            if ofCase { warnIfEarly(date, in: item, "date", rests: "the case's year in the statistics counts from it") }
            let type = vocabulary(item, "type", in: site.eventTypes, required: true)
            let summary = text(item, "summary", required: true)
            let people = refs(item, "people")
            let sources = refs(item, "sources")
            let certainty = certainty(item)
            let note = text(item, "note")
            guard let date, let type, let summary else { return nil }
            return Event(date: date, type: type.id, summary: summary, people: people, sources: sources,
                         position: node.position, certainty: certainty, note: note)
        }
    }

    mutating func sources(_ fields: Fields) -> [Source] {
        var seenIDs: Set<String> = []
        return list(fields, "sources").compactMap { node -> Source? in
            guard let item = self.fields(node, known: Self.sourceKeys, what: "a source") else { return nil }
            let id = name(item, "id")
            if let id, let idNode = item["id"], !seenIDs.insert(id).inserted {
                diagnostics.error(idNode.position, "duplicate source id '\(id)': each source id may appear once in a file")
            }
            let title = text(item, "title", required: true)
            let link = url(item, "url")
            let archiveURL = url(item, "archive_url")
            let source = Source(id: id, title: title ?? "", publisher: text(item, "publisher"), url: link,
                                date: date(item, "date", single: "a source's date"), language: text(item, "language"),
                                archiveURL: archiveURL, position: node.position)
            return source  // kept without a title, so events citing it do not report it missing too
        }
    }

    mutating func corrections(_ fields: Fields) -> [Correction] {
        list(fields, "corrections").compactMap { node -> Correction? in
            guard let item = self.fields(node, known: Self.correctionKeys, what: "a correction") else { return nil }
            let date = date(item, "date", required: true, single: "a correction's date")
            let note = text(item, "note", required: true)
            guard let date, let note else { return nil }
            return Correction(date: date, note: note)
        }
    }

    /// An http, https or mailto URL; anything else (javascript:, data:, a bare word) is an error.
    mutating func url(_ fields: Fields, _ key: String) -> String? {
        guard let node = fields[key], !node.isNull, let raw = text(node, key) else { return nil }
        let value = TextShortcuts.trimmingWhitespace(raw)
        guard TextShortcuts.isAllowedExternal(value) else {
            diagnostics.error(node.position,
                "'\(key)' must be an http, https or mailto URL, found '\(URLPolicy.shortened(value))'\(URLPolicy.meantPhrase(value))")
            return nil
        }
        if let problem = AddressSpaces.problem(value) {
            diagnostics.error(node.position, AddressSpaces.message(problem, key: key, found: value, several: "give each a source of its own"))
            return nil
        }
        return value
    }
}
