/// site.yml `former_keys` against the published archive: an old address key may not still
/// be a live key of its facet (its address has a page of its own: a key of `statuses` or
/// `charges`, or a region's or tag's address a published case makes), and the key it leads
/// to must have a page, else the old address would lead nowhere (a warning: the page is not
/// written). Claimed twice is the parse stage's (`SiteParser.formerKeys`).
enum FormerKeyCheck {
    static func problems(_ archive: Archive, displayName: String) -> [Diagnostic] {
        let site = archive.site
        guard !site.formerKeys.isEmpty else { return [] }
        let file = displayName + "/site.yml"
        var problems: [Diagnostic] = []
        for former in site.formerKeys {
            let values = archive.facets.first { $0.name == former.facet }?.values ?? []
            let vocabulary = Self.vocabulary(former.facet, site: site)
            let (old, new) = (former.old.id, former.new.id)
            let singular = Self.singular(former.facet)
            if let vocabulary, vocabulary.contains(old) {
                problems.append(Diagnostic(.error, file, former.old.position,
                    "'\(old)' is still a key of '\(former.facet)', so \(former.facet)/\(old)/ is its page's address: remove it from 'former_keys', or from '\(former.facet)' if it was renamed"))
            } else if let value = values.first(where: { $0.key == old }) {
                problems.append(Diagnostic(.error, file, former.old.position,
                    "'\(old)' is still the address of a \(singular) of the published cases ('\(value.label)', in \(displayName)/cases/\(value.caseIDs[0]).md), so \(former.facet)/\(old)/ has a page of its own: remove it from 'former_keys', or write the \(singular) as renamed in those cases"))
            } else if let vocabulary, !vocabulary.contains(new) {
                problems.append(Diagnostic(.error, file, former.new.position,
                    "'\(new)' is not one of the site's \(former.facet), which 'former_keys' leads an old key to\(Suggestion.phrase(for: new, in: vocabulary))"))
            } else if !values.contains(where: { $0.key == new }) {
                let near = Suggestion.phrase(for: new, in: values.map(\.key))
                problems.append(Diagnostic(.warning, file, former.new.position,
                    "no published case has the \(singular) '\(new)', so \(former.facet)/\(new)/ has no page and the old address \(former.facet)/\(old)/ is not kept\(near): write the address key of the \(singular) it became, as its page has it"))
            }
        }
        return problems
    }

    /// The keys site.yml gives a facet, for statuses and charges; nil for regions and tags,
    /// which the case files write.
    static func vocabulary(_ facet: String, site: SiteConfig) -> Set<String>? {
        switch facet {
        case "statuses": Set(site.statuses.keys)
        case "charges": Set(site.charges.map(\.key))
        default: nil
        }
    }

    static func singular(_ facet: String) -> String {
        switch facet {
        case "statuses": "status"
        case "charges": "charge"
        case "regions": "region"
        default: "tag"
        }
    }

    /// The pages `Redirect.all` writes: each old key whose new key has a page and which no
    /// value of its facet has now.
    static func kept(_ archive: Archive) -> [SiteConfig.FormerKey] {
        archive.site.formerKeys.filter { former in
            guard let values = archive.facets.first(where: { $0.name == former.facet })?.values else { return false }
            if let vocabulary = vocabulary(former.facet, site: archive.site), vocabulary.contains(former.old.id) { return false }
            return values.contains { $0.key == former.new.id } && !values.contains { $0.key == former.old.id }
        }
    }
}
