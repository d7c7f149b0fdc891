/// A place of site.yml `places` that no case or person writes as its region or city, or a
/// tag of site.yml `tags` that no case has, would never be used: a misspelling, most likely,
/// which would leave it in the default language on every other language's pages. A warning
/// with the nearest one the files use.
enum PlaceNamesCheck {
    static func unused(_ content: ParsedContent, siteFile: String) -> [Diagnostic] {
        let places = content.site.places
        let tags = content.site.tagNames
        guard !places.spellings.isEmpty || !tags.spellings.isEmpty else { return [] }
        // A case or person file that could not be read is left out, and its region or city
        // may be the place: nothing is said of places until it reads, so one mistake (a YAML
        // slip, a file over max_file_kb) is not told again as a misspelt place.
        let unread = (content.fileIDs[.cases] ?? []).subtracting(content.cases.map(\.id))
            .union((content.fileIDs[.people] ?? []).subtracting(content.people.map(\.id)))
        guard unread.isEmpty else { return [] }
        var used: Set<String> = []
        var usedTags: Set<String> = []
        for record in content.cases {
            if let region = record.region { used.insert(region) }
            if let city = record.city { used.insert(city) }
            usedTags.formUnion(record.tags)
        }
        for person in content.people { if let region = person.region { used.insert(region) } }
        return unused(places, used: used, siteFile: siteFile, what: "no case or person has the region or city",
                      hint: "the spelling must be the region or city exactly as the files write it")
            + unused(tags, used: usedTags, siteFile: siteFile, what: "no case has the tag",
                     hint: "the spelling must be the tag exactly as the files write it")
    }

    private static func unused(_ names: PlaceNames, used: Set<String>, siteFile: String, what: String, hint: String) -> [Diagnostic] {
        names.spellings.keys.filter { !used.contains($0) }.sorted().map { name in
            let near = Suggestion.nearest(to: name, in: used.sorted()).map { "; did you mean '\($0)'?" } ?? "; \(hint)"
            return Diagnostic(.warning, siteFile, names.positions[name] ?? .start, "\(what) '\(name)'\(near)")
        }
    }
}
