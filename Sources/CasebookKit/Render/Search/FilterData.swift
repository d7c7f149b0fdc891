/// `cases/filter-data.js`: what `assets/filters.js` needs to filter every case in the
/// browser, as a script that sets one global, `casebookFilterData`. A script rather than
/// a JSON file because browsers refuse `fetch` on pages opened from disk, while a script
/// element loads there too. It holds no markup and no root marker: it is written as it is.
///
/// The data is kept small: each value is written once in `labels`, and cases refer to it
/// by position. A case is `[id, title, status, region, [charges], [organizations], year,
/// [sentence types]]`, where status, region and the lists are positions in the matching
/// label table (region -1 when not recorded) and year is the year of the case's earliest
/// event, 0 when it has none. Its page is `cases/<id>/index.html`. A case whose status has
/// a certainty (`status_certainty`) adds the status worded with it ("Sentenced (disputed)"),
/// which the results show instead of the label, as every list of cases does: a disputed
/// status never reads as a fact. Without one, the row is as it always was. On a page of
/// another language a label shown untranslated (a status, charge or sentence type site.yml
/// gives no text in it, a region `places` does not spell in it, an organization's name) adds its language to its pair, `[key, label, lang]`, and
/// a case whose title is untranslated adds it after the status (null when it has none):
/// the script gives their elements that `lang`.
struct FilterData {
    let archive: Archive
    /// The catalogue of the archive's language: the label of "Sentenced in absentia".
    var words: Catalogue = .english

    /// A label table: keys (as they appear in the address bar) and their labels, in order.
    struct Table {
        var keys: [String] = []
        var labels: [String] = []
        var langs: [String?] = []
        var positions: [String: Int] = [:]

        init(_ pairs: [(String, String)]) {
            self.init(pairs.map { ($0, $1, nil) })
        }

        init(_ triples: [(String, String, String?)]) {
            for (key, label, lang) in triples where positions[key] == nil {
                positions[key] = keys.count
                keys.append(key)
                labels.append(label)
                langs.append(lang)
            }
        }

        var json: String {
            "[" + keys.indices.map { index in
                "[\(FilterData.quoted(keys[index])),\(FilterData.quoted(labels[index]))"
                    + (langs[index].map { ",\(FilterData.quoted($0))" } ?? "") + "]"
            }.joined(separator: ",") + "]"
        }
    }

    func text() -> String {
        let site = archive.site
        // Only values some case uses, in the order the site lists them elsewhere.
        let used = archive.cases.reduce(into: (statuses: Set<String>(), organizations: Set<String>(), sentences: Set<String>())) { sets, linked in
            sets.statuses.insert(linked.record.status.id)
            sets.organizations.formUnion(linked.record.organizations.map(\.id))
            sets.sentences.formUnion(Self.sentenceTypes(linked.record, site: site))
        }
        let facet = { (name: String) in archive.facets.first { $0.name == name }?.values ?? [] }
        let statusLangs = Dictionary(facet("statuses").map { ($0.key, $0.lang) }, uniquingKeysWith: { first, _ in first })
        let statuses = Table(site.statuses.keys.filter(used.statuses.contains).map { ($0, site.statuses.label($0), statusLangs[$0] ?? nil) })
        let regions = Table(facet("regions").map { ($0.key, $0.label, $0.lang) })
        let charges = Table(facet("charges").map { ($0.key, $0.label, $0.lang) })
        let organizations = Table(archive.organizations.filter { used.organizations.contains($0.record.id) }.map { linked in
            let organization = linked.record
            return (organization.id, organization.shortName.map { "\(organization.name) (\($0))" } ?? organization.name,
                    linked.untranslated?.titleLang)
        })
        // A type's label site.yml gives no text in the page's language carries its language, as a status's.
        let sentences = Table(site.sentenceTypes.keys.filter(used.sentences.contains).map {
            ($0, Statistics.capitalized(site.sentenceTypes.label($0)), site.sentenceTypes.shownIn[$0])
        } + (used.sentences.contains(Self.inAbsentia) ? [(Self.inAbsentia, words.text("decisions.statistics_in_absentia"), nil)] : []))

        var out = "window.casebookFilterData = {\"version\":1,\"page_size\":\(site.pageSize),\"labels\":{"
        out += "\"status\":\(statuses.json),\"region\":\(regions.json),\"charge\":\(charges.json),"
        out += "\"organization\":\(organizations.json),\"sentence\":\(sentences.json)},\"cases\":[\n"
        var regionSlugs: [String: String] = [:]  // a few hundred spellings; a slug costs a Unicode decomposition
        out += archive.cases.map { linked -> String in
            let record = linked.record
            let region = record.region?.trimmingSpaces.nonEmpty.map { text in
                if let slug = regionSlugs[text] { return slug }
                let slug = FacetBuilder.slug(text)
                regionSlugs[text] = slug
                return slug
            }.flatMap { regions.positions[$0] } ?? -1
            let year = linked.prosecutionStart?.year ?? 0
            return "[\(Self.quoted(record.id)),\(Self.quoted(record.title)),\(statuses.positions[record.status.id] ?? -1),\(region),"
                + Self.list(linked.allCharges, charges) + "," + Self.list(record.organizations.map(\.id), organizations)
                + ",\(year)," + Self.list(Self.sentenceTypes(record, site: site), sentences)
                + Self.tail(status: record.statusCertainty?.certainty.map { CertaintyValue.statusLabel(record.status.id, $0, site: site, words: words) },
                            titleLang: linked.untranslated?.titleLang) + "]"
        }.joined(separator: ",\n")
        return out + "\n]};\n"
    }

    func bytes() -> [UInt8] { Array(text().utf8) }

    /// A case row's optional end: the status worded with its certainty, then the title's
    /// language where it is untranslated (the status null when only the language is given).
    static func tail(status: String?, titleLang: String?) -> String {
        guard let titleLang else { return status.map { ",\(quoted($0))" } ?? "" }
        return "," + (status.map(quoted) ?? "null") + ",\(quoted(titleLang))"
    }

    /// The kinds of penalty any defendant of the case serves, in the order first met, as the
    /// statistics count them: a sentence passed in absentia is a kind of its own (it counted
    /// under its penalties here and not on the statistics page).
    static func sentenceTypes(_ record: CaseRecord, site: SiteConfig) -> [String] {
        record.people.filter(\.isDefendant).flatMap { participant in
            Statistics.sentenceKeys(participant, site: site).map { $0 == Statistics.inAbsentia ? inAbsentia : $0 }
        }.uniqued()
    }

    /// The filter's key of sentences passed in absentia, as the address bar shows it.
    static let inAbsentia = "in-absentia"

    static func list(_ keys: [String], _ table: Table) -> String {
        "[" + keys.uniqued().compactMap { table.positions[$0].map(String.init) }.joined(separator: ",") + "]"
    }

    /// A JSON string, also valid JavaScript (U+2028 and U+2029 escaped): the open data's writer.
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        JSON.quote(text, into: &out, scriptSafe: false)
        return String(decoding: out, as: UTF8.self)
    }
}
