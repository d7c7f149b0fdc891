/// Every word a reader sees, in one language: texts by key ("case.charged_under"), plural
/// texts chosen by the language's plural rule, month names in their forms, and the number
/// format. Swift code computes (which count, which date, which penalty) and asks the
/// catalogue for the words. Made from `templates/i18n/<language>.yml` over the built-in
/// English (`BuiltInCatalogue`), so a theme gives only the entries it changes.
struct Catalogue: Sendable {
    var texts: [String: WordPattern] = [:]
    /// Key ("units.year") -> category ("one") -> text.
    var plurals: [String: [String: WordPattern]] = [:]
    /// Form ("genitive") -> the twelve month names, January first.
    var months: [String: [String]] = [:]
    var rule: PluralRule
    var number = NumberWording(group: ",", decimal: ".", groupSize: 3)

    /// The built-in English, read once.
    static let english: Catalogue = {
        let (catalogue, problems) = CatalogueReader.read(BuiltInCatalogue.text, file: "i18n/en.yml", over: nil)
        precondition(problems.isEmpty, "the built-in catalogue does not read: \(problems)")
        return catalogue
    }()

    /// The built-in catalogues of the other languages casebook ships (`BuiltInCatalogue`),
    /// each over the built-in English, read once.
    static let builtIn: [String: Catalogue] = ["ru": BuiltInCatalogue.russian, "kk": BuiltInCatalogue.kazakh].mapValues { text in
        let (catalogue, problems) = CatalogueReader.read(text, file: "i18n.yml", over: .english)
        precondition(problems.isEmpty, "a built-in catalogue does not read: \(problems)")
        return catalogue
    }

    /// What a theme's catalogue of `language` is read over: the built-in catalogue of the
    /// language (of its primary subtag: `ru` for `ru-KZ`) when casebook ships one, else English.
    static func base(for language: String) -> Catalogue {
        builtIn[LanguageCode.primary(language)] ?? .english
    }

    /// A text with no placeholder, or with the values given.
    func text(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
        guard let pattern = texts[key] else { return key }
        return values.isEmpty ? pattern.source : pattern.fill(values)
    }

    /// The plural text of `key` for a whole count: "1 case", "3 cases", "1,440 people"
    /// (grouped as the language groups a number: "1 440 человек").
    func count(_ key: String, _ n: Int, _ values: KeyValuePairs<String, String> = [:]) -> String {
        plural(key, digits: String(n), shown: number.whole(n), values)
    }

    /// The plural text of `key` for a number in decimal digits, chosen on `digits`, with
    /// `shown` as its `{count}`.
    func plural(_ key: String, digits: String, shown: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
        guard let forms = plurals[key], let pattern = forms[rule.category(digits)] ?? forms["other"] else { return key }
        return pattern.fill { name, _ in name == "count" ? shown : values.first { $0.key == name }?.value ?? "{\(name)}" }
    }

    /// Month `month` (1-12) in `form`, or the first form given when there is no such form.
    func month(_ month: Int, form: String?) -> String {
        let names = form.flatMap { months[$0] } ?? months["nominative"] ?? months.values.first ?? []
        return names.indices.contains(month - 1) ? names[month - 1] : String(month)
    }

    /// "a, b and c".
    func list(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.joined() }
        return parts.dropLast().joined(separator: text("list.separator")) + text("list.last") + parts.last!
    }

    /// How dates are worded; set when the catalogue is read (`CatalogueReader`).
    var dates: DateWording?

    /// A date at its own precision: "2021", "March 2021", "4 March 2021".
    func date(_ date: PartialDate) -> String {
        (dates ?? DateWording(self)).words(date)
    }

    /// A date for templates: the words and the ISO form for `<time datetime>`.
    func templateDate(_ date: PartialDate) -> DateValue {
        DateValue(text: self.date(date), iso: date.start.description)
    }
}
