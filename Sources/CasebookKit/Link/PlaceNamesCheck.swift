/// A place of site.yml `places` that no case or person writes as its region or city would
/// never be used: a misspelling, most likely, which would leave the place in the default
/// language on every other language's pages. A warning with the nearest place the files use.
enum PlaceNamesCheck {
    static func unused(_ content: ParsedContent, siteFile: String) -> [Diagnostic] {
        let places = content.site.places
        guard !places.spellings.isEmpty else { return [] }
        // A case or person file that could not be read is left out, and its region or city
        // may be the place: nothing is said of places until it reads, so one mistake (a YAML
        // slip, a file over max_file_kb) is not told again as a misspelt place.
        let unread = (content.fileIDs[.cases] ?? []).subtracting(content.cases.map(\.id))
            .union((content.fileIDs[.people] ?? []).subtracting(content.people.map(\.id)))
        guard unread.isEmpty else { return [] }
        var used: Set<String> = []
        for record in content.cases {
            if let region = record.region { used.insert(region) }
            if let city = record.city { used.insert(city) }
        }
        for person in content.people { if let region = person.region { used.insert(region) } }
        return places.spellings.keys.filter { !used.contains($0) }.sorted().map { place in
            let near = Suggestion.nearest(to: place, in: used.sorted()).map { "; did you mean '\($0)'?" }
                ?? "; the spelling must be the region or city exactly as the files write it"
            return Diagnostic(.warning, siteFile, places.positions[place] ?? .start,
                              "no case or person has the region or city '\(place)'\(near)")
        }
    }
}
