/// A row's person and court: matched to a file by id, name or alias, or made anew. Names
/// match by `ImportNames.key`; a name that only search would take for a file's is an error,
/// never a guess, since a wrong match publishes a case under someone else's name.
extension ImportPlan {
    /// The row's person: by person_id, else by name or alias, else a new file.
    mutating func person(_ row: ImportRow) -> String? {
        let name = row["person_name"]
        guard !name.isEmpty else { diagnostics.append(missing(row, "person_name")); return nil }
        let spellings = row.list("other_spellings")
        let given = row["person_id"]
        if !given.isEmpty {
            guard Identifier.isValid(given) else {
                let slug = Identifier.slug(given)
                let like = Identifier.isValid(slug) ? ", like '\(slug)'" : ""
                diagnostics.append(row.error("person_id", "'\(given)' is not a valid id: lower-case ASCII letters, digits and single hyphens\(like)"))
                return nil
            }
            if people.names[given] != nil {
                // The id says who; the name must still be theirs, or one of the cells is wrong.
                guard people.names(given, include: name) else {
                    let advice = newPeopleIndex[given] == nil ? ", or add '\(shown(name, near: [given]))' to the file's aliases" : ""
                    diagnostics.append(row.error("person_name", "'\(shown(name, near: [given]))' is not the name or an alias of \(described(given)): correct person_name or person_id\(advice)"))
                    return nil
                }
                spell(given, name, spellings, row)
                return given
            }
            // An id the file had before it was renamed: made again, it was refused at the file.
            if let now = formerPeople[given] {
                diagnostics.append(row.error("person_id", "'\(given)' is a former id of \(described(now)), which lists it under former_ids: write '\(now)'"))
                return nil
            }
            if takenIDs[.people]?.contains(given) == true { return given }
            if namesProtected(row, "person_name", [name]) || namesProtected(row, "other_spellings", spellings) { return nil }
            takenIDs[.people, default: []].insert(given)
            shared(spellings, by: given, row)
            return made(Person(id: given, name: name, aliases: spellings, row: row.number))
        }
        switch people.match(name) {
        case .several(let ids):
            diagnostics.append(row.error("person_name", "'\(shown(name, near: ids))' is the name or alias of \(ids.map { "people/\($0).md" }.joined(separator: " and ")): write the id in person_id"))
            return nil
        case .loose(let ids):
            // An id made of a protected person's name is no id to offer (content.md: ids hold no part of it).
            var suggestion = ids.contains(where: protectedPeople.contains) ? "" : NewFile.shortened(Identifier.slug(ImportNames.visible(name)))
            // A new id is one no file has: `Ozbekov` makes the id of the `Oʻzbekov` it is not.
            let base = suggestion
            var n = 2
            while takenIDs[.people]?.contains(suggestion) == true { suggestion = "\(base)-\(n)"; n += 1 }
            let how = ids.allSatisfy { people.reordered(name, of: $0) } ? "only its words in another order" : "only spelled like it"
            diagnostics.append(row.error("person_name", "'\(shown(name, near: ids))' is not the name of \(ids.map(described).joined(separator: " or ")), \(how): "
                + "if it is the same person, write \(ids.map { "'\($0)'" }.joined(separator: " or ")) in person_id; if another, write a new id in person_id"
                + (suggestion.isEmpty ? "" : " (like '\(suggestion)')") + ", or change the name"))
            return nil
        case .one(let id):
            spell(id, name, spellings, row)
            return id
        case .none:
            if let (id, how) = renamed(name, kind: .people) {
                let suggestion = protectedPeople.contains(id) ? "" : " (like '\(nextID(Identifier.slug(ImportNames.visible(name)), kind: .people))')"
                diagnostics.append(row.error("person_name", "'\(shown(name, near: [id]))' is not the name of \(described(id)), \(how): "
                    + "if it is the same person, write '\(id)' in person_id; if another, write a new id in person_id\(suggestion)"))
                return nil
            }
            if namesProtected(row, "person_name", [name]) || namesProtected(row, "other_spellings", spellings) { return nil }
            guard let id = newID(name, kind: .people) else {
                diagnostics.append(row.error("person_name", "no id can be made from '\(name)': give one in person_id"))
                return nil
            }
            shared(spellings, by: id, row)
            return made(Person(id: id, name: name, aliases: spellings, row: row.number))
        }
    }

    /// Whether a cell that a new file would be made from names a protected person, as the
    /// leak check reads text (`Секретовой` too, which `ImportNames` does not match): the
    /// file (its id, its name or title) would hold the name, in the archive and its history,
    /// and print it as made. An error at the cell, the name masked.
    mutating func namesProtected(_ row: ImportRow, _ column: String, _ values: [String]) -> Bool {
        guard let words = protectedWords else { return false }
        for value in values {
            guard let finding = words.findings(in: LeakReading(lines: [value[...]], addresses: false)).first else { continue }
            let advice = column == "case_title"
                ? "write the title with the name the person is published under"
                : "if the row is that person, write '\(words.people[finding.person].id)' in person_id and the name as that file writes it; if another, write a name that is not theirs"
            diagnostics.append(row.error(column, "'\(LeakMask.masked(value, words: words))' names a protected person by \(LeakCheck.phrase(finding.kind)) "
                + "(\(ProtectedIDs.publishedAs(finding.person, words))), and a file made from it would hold the name: \(advice); nothing was written"))
            return true
        }
        return false
    }

    /// Other spellings of a new person that are another person's name or alias: made so, a
    /// later import could not tell the two apart, and search would show both for it.
    mutating func shared(_ spellings: [String], by id: String, _ row: ImportRow) {
        for spelling in spellings {
            let others: [String]
            switch people.match(spelling) {
            case .one(let other): others = [other]
            case .several(let found): others = found
            case .none, .loose: others = []
            }
            guard let other = others.first(where: { $0 != id }) else { continue }
            diagnostics.append(row.warning("other_spellings",
                "'\(shown(spelling, near: [other]))' is the name or an alias of \(described(other)) too: if this row's person is them, write '\(other)' in "
                + "person_id; if not, the spelling will name two people (an import will ask which), so leave it out unless both are known by it"))
        }
    }

    /// The archive's file whose id the name makes in full (not shortened), though the name is
    /// not its file's: the file renamed since an import made it (a second file of the same
    /// person or court, `-2`, on importing the grown sheet), or another of the same id.
    /// Its former id too (`former_ids`), made again it was refused at the file to be made.
    func renamed(_ name: String, kind: ContentKind) -> (id: String, how: String)? {
        let slug = Identifier.slug(ImportNames.visible(name))
        guard !slug.isEmpty, NewFile.shortened(slug) == slug else { return nil }
        if archiveIDs[kind]?.contains(slug) == true { return (slug, "whose id it makes (the file may have been renamed since it was made)") }
        let now = kind == .people ? formerPeople[slug] : formerOrganizations[slug]
        return now.map { ($0, "whose former id '\(slug)' it makes (the file was renamed since; former_ids)") }
    }

    /// The id `base` or `base-2`, `base-3` … that no file has, for a message (not taken).
    func nextID(_ base: String, kind: ContentKind) -> String {
        var id = base, n = 2
        while takenIDs[kind]?.contains(id) == true { id = "\(base)-\(n)"; n += 1 }
        return id
    }

    /// "people/anna.md ('Anna')", or for a person this import makes, where it was first named;
    /// a protected person's name shown as `LeakMask` shows it ('Ж…р С…а').
    func described(_ id: String) -> String {
        let name = people.names[id]?.first.map { " ('\(shown($0, near: [id]))')" } ?? ""
        if let index = newPeopleIndex[id] { return "people/\(id).md\(name), made from row \(newPeople[index].row)" }
        return "people/\(id).md\(name)"
    }

    /// A cell's name that matches a protected person's, each word by its first and last letters:
    /// a message must not print it (content.md), even misspelt or its words reordered, which
    /// the leak check's spellings may not catch.
    func shown(_ name: String, near ids: [String]) -> String {
        guard ids.contains(where: protectedPeople.contains) else { return name }
        return name.split(separator: " ").map { LeakMask.shown($0) }.joined(separator: " ")
    }

    mutating func made(_ person: Person) -> String {
        // `other_spellings` repeating the name (or a spelling twice), as a sheet's copied cells do:
        // the page listed the name as its own other spelling.
        var person = person
        var seen: Set<String> = [person.name.lowercased()]
        person.aliases = person.aliases.filter { seen.insert($0.lowercased()).inserted }
        newPeopleIndex[person.id] = newPeople.count
        newPeople.append(person)
        publishedNames[person.id] = person.name
        for name in [person.name] + person.aliases { people.add(name, for: person.id) }
        return person.id
    }

    /// A later row's spelling of a person and its other spellings: aliases of a person this
    /// import makes; for a file of the archive, which an import never changes, a warning.
    mutating func spell(_ id: String, _ name: String, _ spellings: [String], _ row: ImportRow) {
        let known = people.names[id] ?? []
        let new = ([name] + spellings).filter { spelling in !known.contains { $0.lowercased() == spelling.lowercased() } }
        guard !new.isEmpty else { return }
        if let index = newPeopleIndex[id] {
            shared(new.filter { !newPeople[index].aliases.contains($0) }, by: id, row)
            for spelling in new where !newPeople[index].aliases.contains(spelling) {
                newPeople[index].aliases.append(spelling)
                people.add(spelling, for: id)
            }
        } else if !spellings.isEmpty, new.contains(where: spellings.contains) {
            let list = new.filter(spellings.contains).map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.append(row.warning("other_spellings",
                "\(list) not added: an import never changes people/\(id).md; add them to its aliases by hand"))
        }
    }

    /// The row's court: an organization of kind court by id, name or alias, else a new court file.
    /// The id is taken only as written: a name whose made id is a file's is not that file
    /// (`Novyy Sud` is not novyy-sud.md, named 'Almaty Regional Court'), as with people.
    mutating func court(_ row: ImportRow) -> String? {
        let name = row["court"]
        if let now = formerOrganizations[name] {
            diagnostics.append(row.error("court", "'\(name)' is a former id of organizations/\(now).md, which lists it under former_ids: write '\(now)'"))
            return nil
        }
        let match = takenIDs[.organizations]?.contains(name) == true ? .one(name) : organizations.match(name)
        switch match {
        case .several(let ids):
            diagnostics.append(row.error("court", "'\(name)' is the name of \(ids.map { "organizations/\($0).md" }.joined(separator: " and ")): write the court's id"))
            return nil
        case .loose(let ids):
            let files = ids.map { "organizations/\($0).md ('\(organizations.names[$0]?.first ?? $0)')" }.joined(separator: " or ")
            diagnostics.append(row.error("court", "'\(name)' is not the name of \(files), only spelled like it: if it is that court, write its id "
                + "\(ids.map { "'\($0)'" }.joined(separator: " or ")); if another, make it with `casebook new organization` and write its id"))
            return nil
        case .one(let id):
            // A party named as a court imported fine and failed `check` afterwards.
            if let kind = notCourts[id] {
                let what = kind.isEmpty ? "it has no kind" : "its kind is '\(kind)'"
                diagnostics.append(row.error("court", "'\(name)' is organizations/\(id).md, which is not a court (\(what)): "
                    + "write a court's id or name, or set kind: \(OrganizationKind.court) in that file if it is one"))
                return nil
            }
            return id
        case .none:
            if let (id, how) = renamed(name, kind: .organizations) {
                diagnostics.append(row.error("court", "'\(name)' is not the name of organizations/\(id).md ('\(organizations.names[id]?.first ?? id)'), \(how): "
                    + "if it is that court, write its id '\(id)'; if another, make it with `casebook new organization` and write its id"))
                return nil
            }
            guard let id = newID(name, kind: .organizations) else {
                diagnostics.append(row.error("court", "no id can be made from '\(name)'"))
                return nil
            }
            newCourts.append((id, name))
            organizations.add(name, for: id)
            return id
        }
    }
}
