import Testing
@testable import CasebookKit

/// Alphabetical order by the alphabet of the page's language (`NameOrder`): it was by code
/// point, which put Kazakh Ә, Қ, Ө, Ұ, Ү, І and Russian Ё after Я.
@Suite struct NameOrderTests {
    static func sorted(_ names: [String], _ language: String) -> [String] {
        let keys = names.map { (NameOrder.key($0, language: language), $0) }
        return names.indices.sorted { keys[$0] < keys[$1] }.map { names[$0] }
    }

    @Test func kazakhNamesFollowTheKazakhAlphabet() {
        let names = ["Яна Яковлева", "Ілияс Ісаев", "Қайрат Қасымов", "Үміт Үсенова", "Ұлан Ұмаров", "Әлия Әбенова",
                     "Өмір Өтегенов", "Арман Абаев", "Бауыржан Бекұлы", "Ерлан Ёлкин", "Кирилл Ким", "Олег Орлов", "Ыдырыс Ықсанов"]
        #expect(Self.sorted(names, "kk") == ["Арман Абаев", "Әлия Әбенова", "Бауыржан Бекұлы", "Ерлан Ёлкин", "Кирилл Ким",
                                             "Қайрат Қасымов", "Олег Орлов", "Өмір Өтегенов", "Ұлан Ұмаров", "Үміт Үсенова",
                                             "Ыдырыс Ықсанов", "Ілияс Ісаев", "Яна Яковлева"])
    }

    @Test func russianPutsYoAfterYeAndOtherLettersAfterTheirBase() {
        #expect(Self.sorted(["Яков", "Ёлкин", "Жуков", "Егоров"], "ru") == ["Егоров", "Ёлкин", "Жуков", "Яков"])
        #expect(Self.sorted(["Йорданов", "Иванов", "Кузнецов"], "ru-KZ") == ["Иванов", "Йорданов", "Кузнецов"])
        // A Kazakh name on a Russian page: Қ after К, Ә after А, І after И (before Й).
        #expect(Self.sorted(["Лаврова", "Қасымов", "Кузнецов", "Әбенова", "Бекова", "Ісаев", "Йорданов"], "ru")
                == ["Әбенова", "Бекова", "Ісаев", "Йорданов", "Кузнецов", "Қасымов", "Лаврова"])
        // Decomposed letters sort as composed ones.
        #expect(Self.sorted(["Я", "Е\u{308}лкин", "Ж"], "ru") == ["Е\u{308}лкин", "Ж", "Я"])
    }

    @Test func latinDiacriticsSortWithTheirBaseLetter() {
        #expect(Self.sorted(["Zhanna", "Émile", "Eva", "Ábel", "Bolat", "Ødegaard", "Oliver", "Peter"], "en")
                == ["Ábel", "Bolat", "Émile", "Eva", "Ødegaard", "Oliver", "Peter", "Zhanna"])
        // Equal but for the diacritic: the plain letter first.
        #expect(Self.sorted(["Müller", "Muller"], "en") == ["Muller", "Müller"])
        #expect(Self.sorted(["Straße", "Strasse", "Strasbourg"], "de") == ["Strasbourg", "Strasse", "Straße"])
        #expect(Self.sorted(["O’Neil", "Obama", "O'Brien"], "en") == ["O'Brien", "O’Neil", "Obama"])
    }

    @Test func eachScriptFirstOnPagesOfItsLanguages() {
        let names = ["Иван", "Ivan", "Алма", "Alma"]
        #expect(Self.sorted(names, "en") == ["Alma", "Ivan", "Алма", "Иван"])
        #expect(Self.sorted(names, "ru") == ["Алма", "Иван", "Alma", "Ivan"])
        #expect(Self.sorted(names, "kk") == ["Алма", "Иван", "Alma", "Ivan"])
    }

    /// English (ASCII) names keep the order they had: their lowercased characters.
    @Test func asciiNamesKeepTheirOrder() {
        let names = ["anna", "Anna", "Ann-Marie", "Ann Lee", "ann.b", "Bob", "bob", "Zed", "zed 2", "Zed1", "A_b", "Ab"]
        #expect(Self.sorted(names, "en") == names.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) })
    }
}
