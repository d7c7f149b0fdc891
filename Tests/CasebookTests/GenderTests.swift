import Foundation
import Testing
@testable import CasebookKit

/// A person's `gender`: the Russian labels of a woman's status and role agree with her
/// ("Обвиняемая · Осуждена"), other languages and people without it keep the labels as
/// written, and a protected person's gender is never used.
@Suite struct GenderTests {
    @Test func aWomansRussianLabelsAreFeminine() {
        let female = Gender.female
        #expect(female.label("Осуждён", language: "ru") == "Осуждена")
        #expect(female.label("Освобожден", language: "ru") == "Освобождена")
        #expect(female.label("Умер под стражей", language: "ru") == "Умерла под стражей")
        #expect(female.label("обвиняемый", language: "ru-KZ") == "обвиняемая")
        #expect(female.label("Обвиняемый", language: "ru") == "Обвиняемая")
        // A profession's noun, a phrase and another language stay as written.
        #expect(female.label("Адвокат", language: "ru") == "Адвокат")
        #expect(female.label("Под стражей до суда", language: "ru") == "Под стражей до суда")
        #expect(female.label("Отбывает наказание", language: "ru") == "Отбывает наказание")
        #expect(female.label("Sentenced", language: "en") == "Sentenced")
        #expect(female.label("Сотталды", language: "kk") == "Сотталды")
        #expect(Gender.male.label("Осуждён", language: "ru") == "Осуждён")
    }

    @Test func theSampleWordsItsWomenInRussian() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let page = try site.read("public/ru/cases/lesova-lepesova-2021/index.html")
        #expect(page.contains("Обвиняемая") && page.contains("Осуждена"))
        #expect(!page.contains("Обвиняемый"))
        #expect(try site.read("public/ru/people/nazira-lesova/index.html").contains("Обвиняемая · Осуждена"))
        // A man's, and the English and Kazakh pages, as written.
        #expect(try site.read("public/ru/people/max-bokayev/index.html").contains("Обвиняемый · Освобождён"))
        #expect(try site.read("public/people/nazira-lesova/index.html").contains("Defendant · Sentenced"))
        #expect(try site.read("public/kk/people/nazira-lesova/index.html").contains("Айыпталушы · Сотталды"))
    }

    /// A protected woman's words would tell one more thing about who she is.
    @Test func aProtectedPersonsGenderIsNotUsed() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.write("content/people/person-p.md", "---\nname: Aigerim Testova\nprotect: initials\ngender: female\n---\n")
        try site.write("content/cases/test-2022.md", """
            ---
            title: A case of 2022
            status: sentenced
            people:
              - person: person-p
                role: defendant
            sources:
              - id: s
                title: A report
                url: https://example.org/report
            ---
            The case.

            """)
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let page = try site.read("public/ru/cases/test-2022/index.html")
        #expect(page.contains("Обвиняемый") && !page.contains("Обвиняемая") && !page.contains("Осуждена"))
        #expect(try site.read("public/ru/people/nazira-lepesova/index.html").contains("Обвиняемая · Осуждена"))
    }

    @Test func aGenderOtherThanFemaleOrMaleIsAnError() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "gender: female\n", with: "gender: woman\n")
        let result = site.build()
        #expect(result.exitStatus == 1)
        #expect(result.diagnostics.map(\.description).contains(
            "content/people/nazira-lesova.md:28:9: error: 'woman' is not a gender casebook words labels for: write female or male "
            + "(it sets the grammar of the words that describe the person, like Russian 'Осуждена'), or leave it out"))
    }

    /// A Russian sheet words a woman's status and role for her: read as the label's key.
    @Test func anImportReadsTheFeminineOfARussianLabel() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("ru.csv", "Дело,Статус,ФИО,Роль,Ссылка\nДело Ивановой,Осуждена,Анна Иванова,Обвиняемая,https://example.org/x\n")
        let outcome = SpreadsheetImport.run(["ru.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let file = try #require(outcome.files.first { $0.path.hasSuffix("/delo-ivanovoy.md") })
        #expect(file.text.contains("status: sentenced\n") && file.text.contains("    role: defendant\n"))
    }

    /// The feminine of a label is read only when it means one key: not when it is another
    /// key's label ("Осуждена" given for a status of its own), nor two keys' feminine.
    @Test func anImportReadsTheFeminineOnlyWhenItIsUnambiguous() {
        let own = Vocabulary(name: "statuses", entries: [("sentenced", "Осуждён"), ("sentenced-woman", "Осуждена"), ("released", "Освобождён")])
        let entries = ImportPlan.entries(own, column: "role")
        #expect(ImportPlan.key("Осуждена", in: entries) == "sentenced-woman")
        #expect(ImportPlan.key("Освобождена", in: entries) == "released")
        let twice = Vocabulary(name: "statuses", entries: [("a", "Осуждён"), ("b", "Осуждён условно"), ("c", "Осуждён")])
        #expect(ImportPlan.key("осуждена", in: ImportPlan.entries(twice, column: "role")) == nil, "the feminine of two keys' labels")
    }
}
