/// A case's `country` and the countries of its charges (site.yml `charges: {key: {…, country: KZ}}`)
/// agree: a case tried in Kazakhstan is not charged under Russia's criminal code.
enum CountryCheck {
    static func problems(_ content: ParsedContent) -> [Diagnostic] {
        let site = content.site
        guard site.charges.contains(where: { $0.country != nil }) else { return [] }
        var problems: [Diagnostic] = []
        for record in content.cases {
            guard let country = record.country else { continue }
            let refs = record.charges + record.people.filter(\.isDefendant).flatMap { $0.charges ?? [] }
            for ref in refs {
                guard let other = site.charge(ref.id)?.country, other != country.id else { continue }
                problems.append(Diagnostic(.error, record.info.path, ref.position,
                    "charge '\(ref.id)' is a charge of \(other) (site.yml), but this case's country is \(country.id): use a charge of \(country.id), or correct the case's 'country'"))
            }
        }
        return problems
    }
}
