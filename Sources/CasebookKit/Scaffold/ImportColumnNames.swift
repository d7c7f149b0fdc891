/// The columns' names in Russian and Kazakh, as monitoring groups head their sheets ("ФИО",
/// "Статья", "Дата приговора"): each is read as the column it names (docs/import.md). Only
/// names that mean one column are listed. "Приговор" is read as the sentence in words; a date
/// in it is an error saying to head a date's column "Дата приговора".
extension ImportColumns {
    static let otherNames: [String: [String]] = [
        "case_title": ["дело", "название дела", "іс", "іс атауы", "істің атауы"],
        "status": ["статус", "статус дела", "мәртебе", "мәртебесі", "істің мәртебесі"],
        "court": ["суд", "сот"],
        "region": ["регион", "область", "өңір", "облыс", "аймақ"],
        "city": ["город", "населенный пункт", "қала", "елді мекен"],
        "charges": ["статья", "статьи", "статья ук", "статьи ук", "обвинение", "обвинения", "бап", "баптар", "қк бабы", "айып", "айыптау"],
        "detention_date": ["дата задержания", "ұсталған күні", "ұстау күні"],
        "verdict_date": ["дата приговора", "үкім күні", "үкім шыққан күн"],
        "person_name": ["фио", "ф и о", "фамилия имя отчество", "имя", "таә", "т а ә", "аты-жөні", "аты жөні"],
        "other_spellings": ["другие написания", "другие написания имени", "басқа жазылуы", "басқаша жазылуы"],
        "role": ["роль", "рөлі", "рөл"],
        "sentence_type": ["наказание", "вид наказания", "мера наказания", "жаза", "жаза түрі"],
        "sentence_years": ["срок (лет)", "лет", "жыл", "мерзімі (жыл)"],
        "sentence_months": ["срок (месяцев)", "месяцев", "ай", "мерзімі (ай)"],
        "sentence": ["приговор", "үкім"],
        "source_urls": ["ссылка", "ссылки", "источник", "источники", "сілтеме", "сілтемелер", "дереккөз", "дереккөздер"],
        "source_titles": ["название источника", "названия источников", "дереккөз атауы", "дереккөздер атаулары"],
    ]

    private static let byOtherName: [String: String] = {
        var names: [String: String] = [:]
        for (column, others) in otherNames { for other in others { names[other] = column } }
        return names
    }()

    /// The column a header cell names: its own name (`case_title`, or `Case Title` with a
    /// space or a hyphen for the underscore), or the column whose Russian or Kazakh name it
    /// is, case, `ё`, dots and runs of spaces aside (`Ф.И.О.` is `person_name`); else the
    /// cell as it is, lower case.
    static func canonical(_ cell: String) -> String {
        let name = cell.trimmingCharacters(in: .whitespaces).lowercased()
        guard name.contains(where: { !$0.isASCII }) else {
            let joined = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: "_")
            return joined != name && names.contains(joined) ? joined : name
        }
        let key = name.replacingOccurrences(of: "ё", with: "е").replacingOccurrences(of: ".", with: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return byOtherName[key] ?? byOtherName[key.replacingOccurrences(of: " ", with: "")] ?? name
    }
}
