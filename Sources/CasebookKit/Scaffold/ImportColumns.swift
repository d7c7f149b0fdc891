/// The columns of the spreadsheet `casebook import` reads: one row per person in a case,
/// the case's own columns repeated or left empty on its other rows. `casebook import
/// --template` writes the header and one example row (docs/import.md).
public enum ImportColumns {
    /// Each column, and what it holds (the template's documentation).
    public static let all: [(name: String, meaning: String)] = [
        ("case_title", "the case's title; rows with the same title are one case (required)"),
        ("status", "the case's status: a key or label of site.yml statuses (required)"),
        ("court", "the court: an organization's id, name or alias; a new court file is made for a name the archive lacks"),
        ("region", "the region, as the archive writes it"),
        ("city", "the city"),
        ("charges", "the charges, separated by semicolons: keys or labels of site.yml charges"),
        ("detention_date", "the day the person was detained (YYYY-MM-DD, YYYY-MM or YYYY)"),
        ("verdict_date", "the day of the verdict"),
        ("person_name", "the person's name (required); matched to a person file by name or alias"),
        ("person_id", "the id of the person's file, when the name matches several people or should not be matched"),
        ("other_spellings", "the person's other spellings, separated by semicolons"),
        ("role", "the person's role: a key or label of site.yml roles (defendant when empty)"),
        ("sentence_type", "the sentence: a key or label of site.yml sentence_types"),
        ("sentence_years", "its length in years (a whole number)"),
        ("sentence_months", "and months"),
        ("source_urls", "the sources' addresses (http or https), separated by semicolons (at least one per case)"),
        ("source_titles", "their titles, in the same order"),
        // Last: a sheet made from the template before it keeps its columns' places.
        ("sentence", "the sentence in words, like '3 years imprisonment' or '3 года лишения свободы', instead of sentence_type, sentence_years and sentence_months"),
    ]

    public static var names: [String] { all.map(\.name) }

    /// The header and one example row that imports into the archive `casebook init` writes.
    /// As the open data's CSV files are written: a byte order mark, so Excel reads Cyrillic.
    public static var template: [UInt8] {
        let example = ["Example blogger detained over a post", "detained", "Example District Court", "Example Region", "Example City",
                       "example-article", "2024-03-05", "", "Aigerim Example", "", "Айгерим Пример", "defendant", "", "", "",
                       "https://example.org/blogger-report", "Example report", ""]
        let columns = names.indices.map { index in CSVColumn<[String]>(names[index], "") { $0[index] } }
        return CSVTable.bytes(columns, [example])
    }
}
