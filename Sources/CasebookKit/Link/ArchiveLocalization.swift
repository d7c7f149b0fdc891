/// The linked archive as the pages of one of the site's other languages show it: every
/// text its translation gives, the default language's text elsewhere, marked (`Untranslated`)
/// so that pages can say so and give that text its own `lang`. Facts are the same values.
extension Archive {
    func localized(to code: String) -> Archive {
        let defaultCode = site.defaultLanguage
        guard code != defaultCode else { return self }
        var copy = self
        copy.site = site.localized(to: code)
        // Each language is a site of its own under `/<code>/`: its absolute addresses too.
        copy.site.baseURL = site.baseURL.map { $0 + code + "/" }
        let own = translations.byLanguage[code] ?? [:]
        let localizer = Localizer(fallback: defaultCode, language: code)
        copy.cases = cases.map { localizer.localize($0, own[.cases]?[$0.record.id]) }
        copy.people = people.map { localizer.localize($0, own[.people]?[$0.record.id]) }.sortedByName(in: code)
        copy.organizations = organizations.map { localizer.localize($0, own[.organizations]?[$0.record.id]) }.sortedByName(in: code)
        copy.pages = pages.map { localizer.localize($0, own[.pages]?[$0.record.id]) }
        copy.custody = custody.localized(from: copy.cases, index: caseIndex)
        copy.personIndex = Dictionary(uniqueKeysWithValues: copy.people.enumerated().map { ($1.record.id, $0) })
        copy.organizationIndex = Dictionary(uniqueKeysWithValues: copy.organizations.enumerated().map { ($1.record.id, $0) })
        // Members are listed as the people are: in this language's order of their names here.
        let personOrder = copy.personIndex
        for index in copy.organizations.indices where copy.organizations[index].memberIDs.count + copy.organizations[index].allegedIDs.count > 1 {
            copy.organizations[index].memberIDs.sort { personOrder[$0, default: 0] < personOrder[$1, default: 0] }
            copy.organizations[index].allegedIDs.sort { personOrder[$0, default: 0] < personOrder[$1, default: 0] }
        }
        copy.timeline = timeline.map { entry in
            var entry = entry
            if let event = copy.event(entry) { entry.event = event }
            return entry
        }
        copy.facets = facets.map { facet in
            var facet = facet
            facet.values = facet.values.map { value in
                var value = value
                switch facet.name {
                case "statuses":
                    value.label = copy.site.statuses.label(value.key)
                    // A label site.yml gives no text in this language is the default's.
                    value.lang = site.statuses.translated[code]?[value.key] == nil ? defaultCode : nil
                case "regions":
                    value.lang = copy.site.placeLang(value.label)
                    value.label = copy.site.place(value.label)
                case "tags":
                    value.lang = copy.site.tagLang(value.label)
                    value.label = copy.site.tag(value.label)
                case "countries": value.label = Country.name(value.key.uppercased(), in: code)
                case "charges":
                    let charge = copy.site.charge(value.key)
                    value.label = charge?.label ?? value.label
                    value.detail = charge?.law
                    value.lang = charge?.labelLang
                    value.detailLang = charge?.lawLang
                default: break
                }
                return value
            }
            // Regions, tags and countries are listed alphabetically: in this language's alphabet.
            if ["regions", "tags", "countries"].contains(facet.name) { facet.values = FacetBuilder.alphabetical(facet.values, in: code) }
            return facet
        }
        return copy
    }

    /// The event of a timeline entry as its owner's localized copy has it.
    private func event(_ entry: TimelineEntry) -> Event? {
        let events: [Event]
        switch entry.owner {
        case .caseRecord(let id): events = caseRecord(id)?.record.events ?? []
        case .person(let id): events = person(id)?.record.events ?? []
        case .organization(let id): events = organization(id)?.record.events ?? []
        }
        return events.first { $0.date == entry.event.date && $0.position == entry.event.position }
    }
}
