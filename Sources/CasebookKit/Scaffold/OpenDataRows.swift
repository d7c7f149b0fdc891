/// The rows of `organizations.csv`, `people.csv` and `custody.csv` read into the import
/// (`OpenDataImport`); `cases.csv` is read by `OpenDataImport+Cases`.
extension OpenDataImport {
    mutating func addOrganization(_ row: ImportRow) {
        guard let fileID = id(row, "id", kind: .organizations), let name = required(row, "name") else { return }
        let id = fileID
        var o = Organization(id: id, name: name, row: row)
        o.shortName = row.cell("short_name")
        let kind = row.cell("kind")
        if !kind.isEmpty { o.kind = vocabulary(row, "kind", kind, site.organizationKinds, "organization kinds") ?? "" }
        o.banned = date(row, "banned")
        o.leaders = row.cells("leaders")
        o.memberCount = Int(row.cell("member_count"))
        if row.columns["ban_dates"] != nil {
            let dates = row.cells("ban_dates", keepingEmpty: true), courts = row.cells("ban_courts", keepingEmpty: true)
            for (index, date) in dates.enumerated() where PartialDate.parse(date).isFailure {
                diagnostics.append(row.error("ban_dates", "'\(date)' (ban \(index + 1)) is not a date; write YYYY-MM-DD, YYYY-MM or YYYY"))
            }
            if courts.count > dates.count { diagnostics.append(row.error("ban_courts", "\(courts.count) courts for \(dates.count) bans: give one per ban, in the same order")) }
            o.bans = dates.enumerated().map { ($1, $0 < courts.count ? courts[$0] : "") }
        }
        let names = row.cells("former_names"), until = row.cells("former_names_until", keepingEmpty: true)
        if until.count > names.count { diagnostics.append(row.error("former_names_until", "\(until.count) dates for \(names.count) former names: give one per name, in the same order")) }
        o.formerNames = names.enumerated().map { ($1, $0 < until.count ? until[$0] : "") }
        o.successorOf = row.cell("successor_of")
        o.formerIDs = row.cells("former_ids")
        o.texts = texts(row, ["name", "short_name"])
        guard organizationIndex[id] == nil else {
            diagnostics.append(row.error("id", "'\(id)' is on row \(organizations[organizationIndex[id]!].row.number) already: each organization has one row"))
            return
        }
        organizationIndex[id] = organizations.count
        organizations.append(o)
    }

    mutating func addPerson(_ row: ImportRow) {
        guard let fileID = id(row, "id", kind: .people), let name = required(row, "name") else { return }
        let id = fileID
        var p = Person(id: id, name: name, row: row)
        p.aliases = row.cells("aliases")
        p.born = row.cell("born")
        if !p.born.isEmpty, PartialDate.parse(p.born).isFailure {
            diagnostics.append(row.error("born", "'\(p.born)' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, or an EDTF form like 1980~"))
        }
        p.region = row.cell("region")
        let ids = row.cells("organizations"), links = row.cells("organization_links", keepingEmpty: true)
        if row.columns["organization_links"] != nil, links.count != ids.count {
            diagnostics.append(row.error("organization_links", "\(links.count) links for \(ids.count) organizations: give one per organization, in the same order"))
        }
        for (index, link) in links.enumerated() where link != "leader" && !site.affiliations.contains(link) {
            diagnostics.append(row.error("organization_links", "'\(link)' (link \(index + 1)) is not one of the site's affiliations\(Suggestion.phrase(for: link, in: site.affiliations.keys)) (allowed: \((["leader"] + site.affiliations.keys).uniqued().joined(separator: ", ")))"))
        }
        p.organizations = ids.enumerated().map { ($1, $0 < links.count ? links[$0] : nil) }
        p.formerIDs = row.cells("former_ids")
        p.gender = row.cell("gender")
        if !p.gender.isEmpty, Gender(rawValue: p.gender) == nil {
            diagnostics.append(row.error("gender", "'\(p.gender)' is not a gender; write female, male or nothing"))
        }
        p.died = date(row, "died")
        let inCustody = row.cell("died_in_custody")
        if !["", "true", "false"].contains(inCustody) {
            diagnostics.append(row.error("died_in_custody", "'\(inCustody)' is not true or false"))
        } else if inCustody == "true", row.cell("died").isEmpty {
            diagnostics.append(row.error("died_in_custody", "'true', but the row gives no died date: give the date, or leave died_in_custody empty"))
        }
        p.diedInCustody = inCustody == "true"
        p.texts = texts(row, ["name", "aliases"])
        guard personIndex[id] == nil else {
            diagnostics.append(row.error("id", "'\(id)' is on row \(people[personIndex[id]!].row.number) already: each person has one row"))
            return
        }
        personIndex[id] = people.count
        people.append(p)
    }

    mutating func addCustody(_ row: ImportRow) {
        let personID = row.cell("person"), caseID = row.cell("case")
        guard let c = caseIndex[caseID] else {
            diagnostics.append(row.error("case", "'\(caseID)' is not a case of the cases.csv given with this file; custody is imported with its case"))
            return
        }
        guard let p = cases[c].people.firstIndex(where: { $0.person == personID }) else {
            diagnostics.append(row.error("person", "the case '\(caseID)' has no person '\(personID)' in cases.csv"))
            return
        }
        let kind = vocabulary(row, "kind", row.cell("kind"), site.custodyKinds.vocabulary, "custody kinds")
        let from = date(row, "from"), to = date(row, "to")
        guard let kind, !from.isEmpty else {
            if row.cell("from").isEmpty { diagnostics.append(row.error("from", "the row has no from date")) }
            return
        }
        cases[c].people[p].custody.append((from, to, kind, row.cell("place"), texts(row, ["place"]).mapValues { $0["place"]! }))
    }

    // MARK: - Cells

    /// A valid id, or nil with a message.
    mutating func id(_ row: ImportRow, _ column: String, kind: ContentKind) -> String? {
        let value = row.cell(column)
        guard !value.isEmpty else { diagnostics.append(row.error(column, "the row has no \(column)")); return nil }
        guard Identifier.isValid(value) else {
            diagnostics.append(row.error(column, "'\(value)' is not a valid id: lower-case ASCII letters, digits and single hyphens"))
            return nil
        }
        return value
    }

    mutating func required(_ row: ImportRow, _ column: String) -> String? {
        let value = row.cell(column)
        if value.isEmpty { diagnostics.append(row.error(column, "the row has no \(column)")); return nil }
        return value
    }

    /// A date as written, checked; empty when the cell is (or is wrong, with a message).
    mutating func date(_ row: ImportRow, _ column: String) -> String {
        let value = row.cell(column)
        guard !value.isEmpty, PartialDate.parse(value).isFailure else { return value }
        let like = DateSuggestion.suggestion(for: value).map { ", like '\($0)'" } ?? ""
        diagnostics.append(row.error(column, "'\(value)' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY\(like)"))
        return ""
    }

    /// A key of the vocabulary: the open data write keys, so only keys are taken.
    mutating func vocabulary(_ row: ImportRow, _ column: String, _ value: String, _ vocabulary: Vocabulary, _ what: String) -> String? {
        if vocabulary.contains(value) { return value }
        let near = Suggestion.phrase(for: value, in: vocabulary.keys)
        diagnostics.append(row.error(column, "'\(value)' is not one of the site's \(what)\(near) (allowed: \(vocabulary.keys.joined(separator: ", ")))"))
        return nil
    }

    /// The row's texts in each other language: `[language: [text: value]]`, non-empty only.
    func texts(_ row: ImportRow, _ names: [String]) -> [String: [String: String]] {
        var texts: [String: [String: String]] = [:]
        for language in site.languages.dropFirst() {
            for name in names {
                let value = row.cell("\(name)_\(language)")
                if !value.isEmpty { texts[language, default: [:]][name] = value }
            }
        }
        return texts
    }
}

extension ImportRow {
    /// A cell as the open data wrote it: the apostrophe the CSV writer puts before a
    /// formula-like value (`'=x`, and `''=x` for `'=x`) taken off again.
    func cell(_ name: String) -> String {
        let value = self[name]
        if value.hasPrefix("'"), CSVTable.needsGuard(value.utf8.dropFirst()) { return String(value.dropFirst()) }
        return value
    }

    /// A list cell (`a; b`); with `keepingEmpty`, an empty item keeps its place (`2019-03; `).
    func cells(_ name: String, keepingEmpty: Bool = false) -> [String] {
        let value = cell(name)
        guard !value.isEmpty else { return [] }
        let items = value.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        return keepingEmpty ? items : items.filter { !$0.isEmpty }
    }
}

extension Result {
    var isFailure: Bool { if case .failure = self { true } else { false } }
}
