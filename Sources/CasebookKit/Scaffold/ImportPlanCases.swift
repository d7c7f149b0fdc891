/// Whether a row's case is one the archive has, and the sources a case's rows add up to.
extension ImportPlan {
    /// The archive's case this row's case is, refused like an imported row: by title (its
    /// translations' too), by the id the title makes, or by an address it cites. An editor
    /// who retitled an imported case would otherwise get it twice on importing the sheet again.
    func existingCase(_ row: ImportRow, _ title: String, sources: [String]) -> Diagnostic? {
        let advice = "remove the row, or change its title if it is another case"
        if let id = casesByTitle[Self.titleKey(title)] {
            return row.error("case_title", "the archive has this case already: \(content)/cases/\(id).md; \(advice)")
        }
        let id = NewFile.shortened(Identifier.slug(ImportNames.visible(title)))
        if archiveCases.contains(id) {
            return row.error("case_title", "the archive has this case already: \(content)/cases/\(id).md, whose id this title makes (its title may have been edited since); \(advice)")
        }
        for url in sources {
            guard let id = casesBySource[Self.addressKey(url)] else { continue }
            return row.error("source_urls", "the archive has this case already: \(content)/cases/\(id).md cites '\(url)' too; remove the row, "
                + "or, if it is another case this source also reports, leave the address out here and add the source to the case file after importing")
        }
        return nil
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
