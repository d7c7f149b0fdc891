import Foundation
import Testing
@testable import CasebookKit

/// A person page's custody table and a case page's "Held now": days per period, per case and
/// in all, partial dates "about", open periods, measures not counted, the build's day before
/// a period starts; the same in Russian and Kazakh; a protected person by their published
/// name only; the letters link.
@Suite struct CustodyTableTests {
    @Test func aPersonPageHasATablePerCaseWithTheDaysAsOfTheDate() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        #expect(HeldFixture.build(site).exitStatus == 0)
        let qambarova = try HeldFixture.main(site, "people/zhazira-qambarova/index.html")
        #expect(qambarova.contains(#"<h2 id="custody-heading">Custody</h2>"#))
        #expect(qambarova.contains(##"<caption><a href="../../cases/qambarova-2021/index.html" dir="auto">Taraz court sentences Zhazira Qambarova</a></caption>"##))
        #expect(qambarova.contains(##"<tr><th scope="row" dir="auto">pre-trial detention</th><td data-label="From"><time datetime="2020-09-10">10 September 2020</time></td><td data-label="To"><time datetime="2020-11-01">1 November 2020</time></td><td data-label="Place" dir="auto">Pre-trial detention centre No. 1, Taraz</td><td data-label="Days">53 days</td><td data-label="Case sources"><a href="../../cases/qambarova-2021/index.html#source-1">[1]</a></td></tr>"##))
        #expect(qambarova.contains(##"<tr><th scope="row" dir="auto">house arrest</th><td data-label="From"><time datetime="2020-11-02">2 November 2020</time></td><td data-label="To">still held</td><td data-label="Place" dir="auto">Taraz</td><td data-label="Days">1,156 days</td><td data-label="Case sources"></td></tr>"##))
        #expect(qambarova.contains("<p>In custody in this case: 1,209 days as of 1 January 2024.</p>"))
        // One case: no total of all cases, no note.
        #expect(!qambarova.contains("all cases") && !qambarova.contains("figure-note"))

        // Two cases, one of them from a partial date: each case's days, the total of both, "about".
        let lesova = try HeldFixture.main(site, "people/nazira-lesova/index.html")
        #expect(lesova.contains(##"<tr><th scope="row" dir="auto">prison</th><td data-label="From"><time datetime="2021-03">March 2021</time></td><td data-label="To">still held</td><td data-label="Place" dir="auto"></td><td data-label="Days">about 1,037 days</td><td data-label="Case sources"><a href="../../cases/lesova-lepesova-2021/index.html#source-2">[2]</a></td></tr>"##))
        #expect(lesova.contains(#"<td data-label="Days">10 days</td>"#))
        #expect(lesova.contains("<p>In custody in this case: about 1,037 days as of 1 January 2024.</p>"))
        #expect(lesova.contains("<p>In custody in this case: 10 days as of 1 January 2024.</p>"))
        #expect(lesova.contains("<p><strong>In custody in all cases: about 1,047 days as of 1 January 2024.</strong></p>"))
        #expect(lesova.contains("<p class=\"figure-note\">“About”: a date known only to the month or the year is counted from its first day.</p>"))

        // Freedom limitation is listed, continues, and is not counted.
        let lepesova = try HeldFixture.main(site, "people/nazira-lepesova/index.html")
        #expect(lepesova.contains(##"<tr><th scope="row" dir="auto">freedom limitation</th><td data-label="From"><time datetime="2021-03-04">4 March 2021</time></td><td data-label="To">continues</td><td data-label="Place" dir="auto"></td><td data-label="Days">not counted</td><td data-label="Case sources"></td></tr>"##))
        #expect(lepesova.contains("<p>In custody in this case: 3 days as of 1 January 2024.</p>"))
        #expect(lepesova.contains("Measures that do not deprive of liberty (such as freedom limitation or a travel ban) are listed but not counted in the days in custody."))
        // A person with no period has no table.
        #expect(!(try HeldFixture.main(site, "people/mukhtar-ablyazov/index.html")).contains("custody-heading"))
    }

    @Test func aPeriodThatBeginsAfterTheDayIsListedButNotCounted() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        #expect(HeldFixture.build(site, asOf: PartialDate(year: 2020, month: 10, day: 1)!).exitStatus == 0)
        let lesova = try HeldFixture.main(site, "people/nazira-lesova/index.html")
        #expect(lesova.contains(#"<td data-label="Days">not begun</td>"#))
        #expect(lesova.contains("<p>In custody in this case: 10 days as of 1 October 2020.</p>") && !lesova.contains("all cases"))
        let qambarova = try HeldFixture.main(site, "people/zhazira-qambarova/index.html")
        // The pre-trial detention lasts on the day: "still held" is said only without a `to`.
        #expect(qambarova.contains(#"<td data-label="To"><time datetime="2020-11-01">1 November 2020</time></td><td data-label="Place" dir="auto">Pre-trial detention centre No. 1, Taraz</td><td data-label="Days">22 days</td>"#))
        #expect(qambarova.contains(#"<td data-label="Days">not begun</td>"#))
        // Lesova's case has no one held on that day.
        #expect(!(try HeldFixture.main(site, "cases/lesova-lepesova-2021/index.html")).contains("held-heading"))
    }

    @Test func aCasePageSaysWhoOfItsPeopleIsHeldNow() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        #expect(HeldFixture.build(site).exitStatus == 0)
        let qambarova = try HeldFixture.main(site, "cases/qambarova-2021/index.html")
        #expect(qambarova.contains("""
            <section aria-labelledby="held-heading">
            <h2 id="held-heading">Held now</h2>
            <p class="as-of">As of 1 January 2024.</p>
            <ul class="plain">
            <li><a href="../../people/zhazira-qambarova/index.html" dir="auto">Zhazira Qambarova</a>: <bdi>house arrest</bdi> since 2 November 2020, <bdi>Taraz</bdi> · 1,209 days</li>
            <li><a href="../../people/nazira-lesova/index.html" dir="auto">Nazira Lesova</a>: <bdi>prison</bdi> since March 2021 · about 1,047 days · under the case <a href="../../cases/lesova-lepesova-2021/index.html" dir="auto">Taraz court sentences Nazira Lesova and Nazira Lepesova</a></li>
            </ul>
            </section>
            """))
        let lesova = try HeldFixture.main(site, "cases/lesova-lepesova-2021/index.html")
        #expect(lesova.contains("Nazira Lesova</a>: <bdi>prison</bdi> since March 2021 · about 1,047 days</li>"))
        #expect(!lesova.contains("nazira-lepesova/index.html\" dir=\"auto\">Nazira Lepesova</a>: "))
    }

    @Test func russianAndKazakhSayItInTheirWords() throws {
        let site = try HeldFixture.make(.sample)
        defer { site.remove() }
        let result = HeldFixture.build(site)
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error }.map(\.description))")
        let russian = try HeldFixture.main(site, "ru/held/index.html")
        #expect(russian.contains("<h1>Под стражей на 1 января 2024: 2 человека</h1>"))
        #expect(russian.contains("<dd>1\u{00A0}209 дней</dd>") && russian.contains("<dd>около 1\u{00A0}047 дней</dd>"))
        #expect(russian.contains(#"<dd dir="auto">домашний арест</dd>"#) && russian.contains(#"<dd dir="auto">Тараз</dd>"#))
        #expect(russian.contains("<h2><a href=\"../people/zhazira-qambarova/index.html\" dir=\"auto\">Жазира Камбарова</a></h2>"))
        #expect(try HeldFixture.main(site, "ru/held/recognised/dvk/index.html")
            .contains("<h1>Под стражей на 1 января 2024: 1 человек, признанный политзаключённым (признание: Демократический выбор Казахстана)</h1>"))
        #expect(try site.read("public/ru/index.html").contains(#"<a href="held/index.html">человека под стражей</a> <span class="as-of">на 1 января 2024</span></dt><dd>2</dd>"#))
        let table = try HeldFixture.main(site, "ru/people/nazira-lepesova/index.html")
        #expect(table.contains(#"<td data-label="Дней">3 дня</td>"#) && table.contains(#"<td data-label="Дней">не учитывается</td>"#)
                && table.contains(#"<td data-label="Окончание">продолжается</td>"#))
        #expect(table.contains("<p>Под стражей по этому делу на 1 января 2024: 3 дня.</p>"))
        // A place the translation gives; one site.yml `places` spells; one left in English, marked.
        let russianTable = try HeldFixture.main(site, "ru/people/zhazira-qambarova/index.html")
        #expect(russianTable.contains(#"<td data-label="Место" dir="auto">СИЗО № 1 города Тараза</td>"#)
                && russianTable.contains(#"<td data-label="Место" dir="auto">Тараз</td>"#))
        #expect(try HeldFixture.main(site, "kk/people/zhazira-qambarova/index.html").contains(#"<td data-label="Орны" dir="auto" lang="en">Pre-trial detention centre No. 1, Taraz</td>"#))

        let kazakh = try HeldFixture.main(site, "kk/held/index.html")
        #expect(kazakh.contains("<h1>2024 жылғы 1 қаңтар бойынша қамауда: 2 адам</h1>"))
        #expect(kazakh.contains("<dd>1\u{00A0}209 күн</dd>") && kazakh.contains("<dd>шамамен 1\u{00A0}047 күн</dd>"))
        #expect(kazakh.contains(#"<dd dir="auto">үй қамағы</dd>"#))
        #expect(try site.read("public/kk/index.html").contains(#"<a href="held/index.html">адам қамауда</a> <span class="as-of">2024 жылғы 1 қаңтар бойынша</span></dt><dd>2</dd>"#))
        #expect(try site.read("public/kk/held/index.html").contains(#"<li><a href="../held/index.html" aria-current="page">Қамаудағылар</a></li>"#))
        #expect(try HeldFixture.main(site, "kk/people/zhazira-qambarova/index.html").contains(#"<td data-label="Аяқталуы">әлі қамауда</td>"#))
    }

    /// Russian counts agree with the number: 1, 21 человек; 2, 22 человека; 5, 11, 12 человек;
    /// "около" takes the genitive: около 1 дня, около 2 дней. Kazakh nouns do not change.
    @Test func theCountsTakeTheirPluralForms() throws {
        let russian = try #require(Catalogue.builtIn["ru"])
        let heading = { (n: Int) in russian.count("held.heading", n, ["date": "1 января 2024"]) }
        #expect(heading(1) == "Под стражей на 1 января 2024: 1 человек" && heading(21) == "Под стражей на 1 января 2024: 21 человек")
        #expect(heading(2) == "Под стражей на 1 января 2024: 2 человека" && heading(22) == "Под стражей на 1 января 2024: 22 человека")
        #expect(heading(5) == "Под стражей на 1 января 2024: 5 человек" && heading(11) == "Под стражей на 1 января 2024: 11 человек")
        #expect(heading(12) == "Под стражей на 1 января 2024: 12 человек")
        #expect(russian.count("held.heading_recognised", 2, ["date": "1 января 2024"]) == "Под стражей на 1 января 2024: 2 человека, признанных политзаключёнными")
        #expect(russian.count("held.days_about", 1) == "около 1 дня" && russian.count("held.days_about", 2) == "около 2 дней")
        #expect(russian.count("held.days_about", 5) == "около 5 дней" && russian.count("held.days_about", 21) == "около 21 дня")
        #expect(russian.count("held.days_count", 1) == "1 день" && russian.count("held.days_count", 3) == "3 дня" && russian.count("held.days_count", 11) == "11 дней")
        #expect(russian.count("home.held_word", 1) == "человек под стражей" && russian.count("home.held_word", 3) == "человека под стражей")
        let kazakh = try #require(Catalogue.builtIn["kk"])
        #expect(kazakh.count("held.heading", 1, ["date": "2024 жылғы 1 қаңтар"]) == "2024 жылғы 1 қаңтар бойынша қамауда: 1 адам")
        #expect(kazakh.count("held.heading", 7, ["date": "2024 жылғы 1 қаңтар"]) == "2024 жылғы 1 қаңтар бойынша қамауда: 7 адам")
        #expect(kazakh.count("held.days_about", 30) == "шамамен 30 күн")
        #expect(Catalogue.english.count("held.heading", 1, ["date": "1 January 2024"]) == "Held now: 1 person as of 1 January 2024")
    }

    /// A protected person held now is listed under their published name; no output byte
    /// holds their name, and no letters link leads to their address.
    @Test func aProtectedPersonIsListedOnlyByTheirPublishedName() throws {
        let site = try HeldFixture.make(.sample)
        defer { site.remove() }
        try site.replace("content/people/zhazira-qambarova.md", "name: Zhazira Qambarova\n", with: "name: Zhazira Qambarova\nprotect: initials\n")
        try ProtectedOutputTests.neutralize(site, person: "zhazira-qambarova", as: "defendant-a", cases: ["qambarova-2021": "freedom-limitation-2021"],
                                            names: #"(Zhazira|Жазир[а-яәіңғүұқөһ]*)\s+(?=[QKҚК])"#, surnames: #"(Qambarov|Kambarov|Қамбаров|Камбаров)[A-Za-zа-яәіңғүұқөһ']*"#)
        let result = HeldFixture.build(site)
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error }.map(\.description))")
        #expect(ProtectedOutputTests.occurrences(of: ProtectedOutputTests.spellings, in: site.output).isEmpty)
        #expect(try HeldFixture.main(site, "held/index.html").contains(##"<h2><a href="../people/defendant-a/index.html" dir="auto">Z. Q.</a></h2>"##))
        #expect(try HeldFixture.main(site, "ru/held/index.html").contains(">Ж. К.</a></h2>"))
        #expect(try HeldFixture.main(site, "cases/freedom-limitation-2021/index.html").contains(">Z. Q.</a>: <bdi>house arrest</bdi>"))
    }

    /// A custody period's place is published: naming a protected person there is an error at the place.
    @Test func aPlaceThatNamesAProtectedPersonIsALeak() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        try site.replace("content/people/nazira-lepesova.md", "name: Nazira Lepesova\n", with: "name: Nazira Lepesova\nprotect: initials\n")
        try site.replace("content/cases/qambarova-2021.md", "kind: house-arrest, place: Taraz}", with: "kind: house-arrest, place: \"Lepesova's flat, Taraz\"}")
        let messages = HeldFixture.build(site).diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("content/cases/qambarova-2021.md:11:") && $0.contains("names a protected person by their surname") }, "\(messages)")
    }

    /// The letters link goes to `/letters/` for a person with an address who is not protected;
    /// else a support page is linked when the person has one.
    @Test func theLettersLinkIsNeverAProtectedPersons() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        var archive = HeldFixture.archive(site)
        let lesova = try #require(archive.personIndex["nazira-lesova"])
        let qambarova = try #require(archive.personIndex["zhazira-qambarova"])
        archive.people[lesova].record.letters = Letters(address: "Colony No. 2", asOf: nil, note: nil, position: .start)
        archive.people[qambarova].record.letters = Letters(address: "Taraz", asOf: nil, note: nil, position: .start)
        archive.people[qambarova].record.supportURL = "https://example.org/support"
        archive.people[qambarova].record.protection.level = .initials
        let people = HeldPeople(archive: archive, items: Items(archive: archive))
        #expect(people.person("nazira-lesova")?.letters == "letters/index.html#nazira-lesova")
        #expect(people.person("zhazira-qambarova")?.letters == nil)
        #expect(people.person("zhazira-qambarova")?.support == "https://example.org/support")
        #expect(people.person("nazira-lepesova") == nil)
    }

    @Test func theUnbrokenCustodyStartsWhereEarlierPeriodsLeadIn() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        // A day's gap breaks it: 2 November became 3 November.
        try site.replace("content/cases/qambarova-2021.md", "{from: 2020-11-02, kind: house-arrest", with: "{from: 2020-11-03, kind: house-arrest")
        let ledger = HeldFixture.archive(site).custody
        #expect(ledger.continuousStart(of: "zhazira-qambarova") == PartialDate(year: 2020, month: 11, day: 3))
        #expect(ledger.continuousStart(of: "nazira-lesova") == PartialDate(year: 2021, month: 3))
        #expect(ledger.continuousStart(of: "nazira-lepesova") == nil)
        #expect(ledger.daysHeld(of: "nazira-lesova", inCase: "qambarova-2021") == (10, false))
        #expect(ledger.daysHeld(of: "nazira-lesova", inCase: "lesova-lepesova-2021") == (1037, true))
        #expect(ledger.daysHeld(of: "nazira-lepesova", inCase: "lesova-lepesova-2021") == (3, false))
        // Ending on the day the next starts joins them too.
        try site.replace("content/cases/qambarova-2021.md", "{from: 2020-11-03, kind: house-arrest", with: "{from: 2020-11-01, kind: house-arrest")
        #expect(HeldFixture.archive(site).custody.continuousStart(of: "zhazira-qambarova") == PartialDate(year: 2020, month: 9, day: 10))
    }
}
