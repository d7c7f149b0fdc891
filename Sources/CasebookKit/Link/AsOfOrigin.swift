/// Where the build's day comes from when neither `--as-of` nor site.yml `as_of` gives it:
/// the latest last update of any case. One mistyped date (`updated: 2042-04-01`) then moves
/// the day of the whole site, and every held person looks stale, so the messages name the
/// file and line that set it, and a date far after every other case's is a warning there.
enum AsOfOrigin {
    /// More days than this between the latest update and the next makes the latest an outlier.
    static let outlierDays = 366

    /// The case that set the day, where, and in words: "'updated: 2042-04-01'" at its line,
    /// its latest event's date at the event, or its last commit's date at the file.
    struct Origin {
        let path: String
        let position: SourcePosition
        let what: String

        /// "content/cases/x.md:38", for a message about another file.
        var place: String { "\(path):\(position.line)" }
    }

    static func origin(_ archive: Archive) -> Origin? {
        guard let asOf = archive.custody.asOf, asOf.source == .latestUpdate, let id = archive.custody.dayFrom,
              let linked = archive.caseRecord(id), let updated = linked.updated else { return nil }
        let record = linked.record, path = record.info.path
        if let written = record.updated, let position = record.updatedPosition {
            return Origin(path: path, position: position, what: "'updated: \(written)'")
        }
        if updated == linked.latestDate, let event = record.events.last(where: { $0.date == updated }) {
            return Origin(path: path, position: event.position, what: "the date of its latest event, \(updated),")
        }
        return Origin(path: path, position: record.position, what: "its last change, \(updated),")
    }

    /// " (the last update of content/cases/x.md:38, …)", said after the day in a message
    /// about something the day decides (a held person gone stale); empty for a day given.
    static func said(_ archive: Archive) -> String {
        origin(archive).map { " (the last update of \($0.place), the latest of any case, as site.yml gives no 'as_of')" } ?? ""
    }

    /// The case that set the day, when its last update is more than a year after every other
    /// case's: a warning there, since it moves what every page counts at.
    static func outlier(_ archive: Archive) -> [Diagnostic] {
        guard let origin = origin(archive), let id = archive.custody.dayFrom, let day = archive.custody.asOf?.dayNumber else { return [] }
        let others = archive.cases.filter { $0.record.id != id }.compactMap { linked in linked.updated.map { (linked, $0) } }
        guard let next = others.max(by: { $0.1 < $1.1 }), day - next.1.lastDayNumber > outlierDays else { return [] }
        return [Diagnostic(.warning, origin.path, origin.position,
            "\(origin.what) is more than a year after every other case's last update (the next is \(next.1), \(next.0.record.info.path)), "
            + "and, as site.yml gives no 'as_of', it sets the day the whole site is counted at (who is held now, days in custody, what is stale): "
            + "check the date, or set 'as_of: YYYY-MM-DD' in site.yml")]
    }
}
