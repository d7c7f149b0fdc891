/// Whether a row's case is one the archive has (its rows kept out), and the sources a case's rows add up to.
extension ImportPlan {
    /// The archive's case a row's title names: by title (its translations' too), or by the id
    /// the title makes (its title edited since). Its rows are left out and its file kept as
    /// it is (`keep`): a sheet imported before that grew brings in its new rows only.
    func archiveCase(_ title: String) -> String? {
        if let id = casesByTitle[Self.titleKey(title)] { return id }
        let id = NewFile.shortened(Identifier.slug(ImportNames.visible(title)))
        // Renamed since (its old id in `former_ids`): made again, it was refused at the file.
        return archiveCases.contains(id) ? id : formerCases[id]
    }

    /// A case of another title citing an address an archive's case cites: the case retitled
    /// since, or another case the source also reports. Which, the editor says.
    func sourceCase(_ row: ImportRow, sources: [String]) -> Diagnostic? {
        for url in sources {
            guard let id = casesBySource[Self.addressKey(url)] else { continue }
            return row.error("source_urls", "the archive has this case already: \(content)/cases/\(id).md cites '\(url)' too; remove the row, "
                + "or, if it is another case this source also reports, leave the address out here and add the source to the case file after importing")
        }
        return nil
    }

    /// A row of the archive's case `id`, left out: the case is listed as kept, and what the
    /// row says that the file does not (a person it does not name, another status, a date
    /// with no event, a sentence, a charge, a source) is a warning, since an import never changes a file it did not make.
    mutating func keep(_ row: ImportRow, title: String, in id: String) {
        let key = Self.titleKey(title)
        if keptIndex[key] == nil { keptIndex[key] = kept.firstIndex { $0.id == id } ?? kept.count }
        if keptIndex[key] == kept.count { kept.append((id, [])) }
        kept[keptIndex[key]!].rows.append((row.file, row.number))
        guard let facts = archiveFacts[id] else { return }
        let file = "\(content)/cases/\(id).md"
        let advice = "the archive has this case already, and an import never changes its file: change it by hand (or give the row another case_title if it is another case)"
        func warn(_ column: String, _ message: String) {
            diagnostics.append(row.warning(column, message))
        }
        if let status = Self.key(row["status"], in: Self.entries(site.statuses, column: "status")), status != facts.status {
            warn("status", "the row's status is '\(status)', \(file)'s '\(facts.status)'; \(advice)")
        }
        let name = row["person_name"], given = row["person_id"]
        if !name.isEmpty || !given.isEmpty {
            let ids: [String]
            switch given.isEmpty ? people.match(name) : .one(given) {
            case .none: ids = []
            case .one(let id): ids = [id]
            case .several(let found), .loose(let found): ids = found
            }
            if !ids.contains(where: facts.people.contains) {
                warn(given.isEmpty ? "person_name" : "person_id", "'\(given.isEmpty ? shown(name, near: ids) : given)' is not among the people of \(file); \(advice)")
            } else if !row["sentence_type"].isEmpty || !row["sentence"].isEmpty, !ids.contains(where: facts.sentenced.contains) {
                warn(row["sentence_type"].isEmpty ? "sentence" : "sentence_type", "\(file) gives this person no sentence; \(advice)")
            }
        }
        let charges = row.list("charges").flatMap { Self.key($0, in: Self.chargeEntries(site)).map { [$0] } ?? citedCharges($0) }.filter { !facts.charges.contains($0) }
        if !charges.isEmpty {
            warn("charges", "\(file) does not charge \(charges.map { "'\($0)'" }.joined(separator: ", ")); \(advice)")
        }
        // A source reported since: the sheet's new address on an old case's row.
        let uncited = row.list("source_urls").filter { $0.lowercased().hasPrefix("http") && !facts.sources.contains(Self.addressKey($0)) }
        if !uncited.isEmpty {
            warn("source_urls", "\(file) does not cite \(uncited.map { "'\($0)'" }.joined(separator: ", ")); \(advice)")
        }
        for (column, type) in [("detention_date", "detention"), ("verdict_date", "verdict")] {
            guard let date = SpreadsheetDate.read(row[column]), !facts.events.contains("\(type) \(date)") else { continue }
            warn(column, "\(file) has no \(type) event on \(date); \(advice)")
        }
    }

    /// The row's sources added to its case's, one per address. A title given on one row and
    /// another on a later row is a conflict to settle, not a title to drop.
    func addSources(_ sources: [(url: String, title: String?)], to record: inout Case, _ row: ImportRow) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for source in sources {
            guard let index = record.sources.firstIndex(where: { Self.addressKey($0.url) == Self.addressKey(source.url) }) else {
                record.sources.append((source.url, source.title ?? source.url, source.title == nil ? nil : row.number))
                continue
            }
            guard let title = source.title, title != record.sources[index].title else { continue }
            if let earlier = record.sources[index].titledOn {
                problems.append(row.error("source_titles", "the source '\(source.url)' is titled '\(record.sources[index].title)' on row \(earlier) "
                    + "and '\(title)' here; write the same title, or leave it empty"))
            } else {
                record.sources[index].title = title
                record.sources[index].titledOn = row.number
            }
        }
        return problems
    }
}
