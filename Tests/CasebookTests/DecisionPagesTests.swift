import Foundation
import Testing
@testable import CasebookKit

/// What the case and person pages say of decisions (`DecisionsFixture`): the sentence in
/// force first, then each decision; earlier roles; charges ruled on; in absentia.
@Suite struct DecisionPagesTests {
    static func built(_ languages: SiteFixture.Languages = .english) throws -> SiteFixture {
        let site = try DecisionsFixture.make(languages)
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error }.map(\.description))")
        return site
    }

    /// The text of the `<li>` of one participant on a case page.
    static func entry(_ html: String, _ person: String) throws -> String {
        let start = try #require(html.range(of: "href=\"../../people/\(person)/index.html\""))
        let rest = html[start.lowerBound...]
        let end = try #require(rest.range(of: "\n</li>\n<li class=\"participant\">") ?? rest.range(of: "</ul>\n</section>"))
        return String(rest[..<end.lowerBound])
    }

    @Test func currentSentenceThroughSeveralDecisions() throws {
        let site = try Self.built()
        defer { site.remove() }
        let html = try site.read("public/cases/qambarova-2021/index.html")
        let entry = try Self.entry(html, "zhazira-qambarova")
        // Current first: the appeal's 4 years, which parole left in force.
        let current = try #require(entry.range(of: "<div class=\"current-sentence\"><dt>Current sentence</dt><dd>4 years of imprisonment</dd></div>"))
        let list = try #require(entry.range(of: "<dt>Decisions</dt>"))
        #expect(current.lowerBound < list.lowerBound)
        #expect(!entry.contains("<dt>Sentence</dt>"), "the shorthand line is not shown beside decisions")
        // One row per decision, in order, with kind, court link and outcome.
        let first = try #require(entry.range(of: "<time datetime=\"2021-03-02\">2 March 2021</time> · <bdi>first instance</bdi> · <a href=\"../../organizations/taraz-court-2/index.html\""))
        let appeal = try #require(entry.range(of: "<time datetime=\"2021-05-20\">20 May 2021</time> · <bdi>appeal</bdi>"))
        let parole = try #require(entry.range(of: "<time datetime=\"2022-01-10\">10 January 2022</time> · <bdi>parole</bdi>"))
        #expect(first.lowerBound < appeal.lowerBound && appeal.lowerBound < parole.lowerBound)
        #expect(entry.contains("<strong class=\"decision-outcome decision-changed\"><bdi>changed</bdi></strong>"))
        #expect(entry.contains("<strong class=\"decision-outcome decision-released\"><bdi>released</bdi></strong>"))
        // Per-article terms and the combined term.
        #expect(entry.contains("<p class=\"decision-total\">Combined term: 6 years of imprisonment</p>"))
        // The terms per article (worded by SentenceWording, with their charges).
        #expect(entry.contains("<p class=\"decision-sentence\">Sentence: ") && entry.contains("5 years of imprisonment")
                && entry.contains("3 years of imprisonment"))
        // The appeal's certainty and note, and each decision's sources by their numbers.
        #expect(entry.contains("<span class=\"certainty\">(reported, not confirmed)</span>"))
        #expect(entry.contains("<p class=\"decision-note\"><bdi>The appeal court dropped the second charge.</bdi></p>"))
        #expect(entry.contains("<p class=\"decision-sources\">Sources: <a href=\"#source-2\">[2]</a></p>"))
        #expect(entry.contains("<a href=\"#source-4\">[4]</a>"))
    }

    @Test func chargesRuledOnBesideChargesBrought() throws {
        let site = try Self.built()
        defer { site.remove() }
        let entry = try Self.entry(try site.read("public/cases/qambarova-2021/index.html"), "zhazira-qambarova")
        #expect(entry.contains("<div><dt>Charges brought</dt><dd><a href=\"../../charges/kz-cc-405/index.html\""))
        // First instance ruled on both, the appeal on one: each differs from the one brought... or not.
        #expect(entry.contains("<p class=\"decision-charges\">Ruled on: <a href=\"../../charges/kz-cc-405/index.html\" dir=\"auto\">"
                               + "Organizing or participating in the activities of a banned extremist organization</a> (<bdi>Criminal Code of Kazakhstan, Article 405</bdi>); "
                               + "<a href=\"../../charges/kz-cc-174/index.html\""))
        // A charge named only in a decision puts the case on that charge's page.
        let charge = try site.read("public/charges/kz-cc-174/index.html")
        #expect(charge.contains("cases/qambarova-2021/index.html"))
        #expect(!charge.contains("cases/lesova-lepesova-2021/index.html"))
    }

    @Test func acquittedOnAppealHasNoSentence() throws {
        let site = try Self.built()
        defer { site.remove() }
        let entry = try Self.entry(try site.read("public/cases/lesova-lepesova-2021/index.html"), "nazira-lesova")
        #expect(entry.contains("<dt>Current sentence</dt><dd class=\"no-sentence\">none in force</dd>"))
        #expect(entry.contains("<strong class=\"decision-outcome decision-acquitted\"><bdi>acquitted</bdi></strong>"))
        let person = try site.read("public/people/nazira-lesova/index.html")
        #expect(person.contains("<p class=\"case-role\">Defendant · Sentenced</p>"), "no sentence after the status")
    }

    @Test func earlierRolesAreWorded() throws {
        let site = try Self.built()
        defer { site.remove() }
        let entry = try Self.entry(try site.read("public/cases/lesova-lepesova-2021/index.html"), "nazira-lesova")
        #expect(entry.contains("<div class=\"earlier-roles\"><dt>Role</dt><dd><bdi>Witness until 1 March 2021, then defendant</bdi> <a href=\"#source-1\">[1]</a></dd></div>"))
        // On the person page the number links to the case page's source.
        let person = try site.read("public/people/nazira-lesova/index.html")
        #expect(person.contains("<bdi>Witness until 1 March 2021, then defendant</bdi> <a href=\"../../cases/lesova-lepesova-2021/index.html#source-1\">[1]</a>"))
    }

    @Test func inAbsentiaIsSaid() throws {
        let site = try Self.built()
        defer { site.remove() }
        let entry = try Self.entry(try site.read("public/cases/lesova-lepesova-2021/index.html"), "nazira-lepesova")
        // A comma parts the sentence from it, as in the person's case line: run on, the last
        // penalty read as sentenced in absentia ("…3-year ban sentenced in absentia").
        #expect(entry.contains("<dd>7 years of imprisonment, <strong class=\"in-absentia\">sentenced in absentia</strong></dd>"))
        #expect(entry.contains("<strong class=\"in-absentia\">in absentia</strong>"))
        let person = try site.read("public/people/nazira-lepesova/index.html")
        #expect(person.contains("<p class=\"case-role\">Defendant · Sentenced: 7 years of imprisonment, sentenced in absentia</p>"))
    }

    @Test func personPageShowsTheCurrentSentenceAndHistory() throws {
        let site = try Self.built()
        defer { site.remove() }
        let person = try site.read("public/people/zhazira-qambarova/index.html")
        #expect(person.contains("<p class=\"case-role\">Defendant · Sentenced: 4 years of imprisonment</p>"))
        #expect(person.contains("<div class=\"current-sentence\"><dt>Current sentence</dt><dd>4 years of imprisonment</dd></div>"))
        #expect(person.contains("<a href=\"../../cases/qambarova-2021/index.html#source-3\">[3]</a>") == false, "only the sources decisions cite")
        #expect(person.contains("<p class=\"decision-sources\">Sources: <a href=\"../../cases/qambarova-2021/index.html#source-2\">[2]</a></p>"))
        // The person page shows the charges brought, since the decisions ruled on others.
        #expect(person.contains("<div><dt>Charges brought</dt><dd><a href=\"../../charges/kz-cc-405/index.html\""))
    }

    @Test func pagesInRussianAndKazakh() throws {
        let site = try Self.built(.sample)
        defer { site.remove() }
        let ru = try Self.entry(try site.read("public/ru/cases/qambarova-2021/index.html"), "zhazira-qambarova")
        #expect(ru.contains("<dt>Действующий приговор</dt><dd>лишение свободы сроком на 4 года</dd>"), "ru")
        #expect(ru.contains("<bdi>апелляция</bdi>") && ru.contains("<bdi>изменено</bdi>") && ru.contains("По совокупности:"))
        #expect(ru.contains("(по сообщениям, не подтверждено)"))
        let ruLesova = try Self.entry(try site.read("public/ru/cases/lesova-lepesova-2021/index.html"), "nazira-lesova")
        #expect(ruLesova.contains("<bdi>Свидетель по 1 марта 2021, затем обвиняемый</bdi>"), "ru")
        #expect(ruLesova.contains("наказания нет"))
        let ruLepesova = try Self.entry(try site.read("public/ru/cases/lesova-lepesova-2021/index.html"), "nazira-lepesova")
        #expect(ruLepesova.contains("лишение свободы сроком на 7 лет, <strong class=\"in-absentia\">приговор вынесен заочно</strong>"))
        let kk = try Self.entry(try site.read("public/kk/cases/qambarova-2021/index.html"), "zhazira-qambarova")
        #expect(kk.contains("<dt>Күшіндегі жаза</dt>") && kk.contains("<bdi>апелляция</bdi>") && kk.contains("Жиынтығы бойынша:"), "kk")
        let kkLesova = try Self.entry(try site.read("public/kk/cases/lesova-lepesova-2021/index.html"), "nazira-lesova")
        #expect(kkLesova.contains("<bdi>Куә (соңғы күні — 2021 жылғы 1 наурыз), кейін айыпталушы</bdi>"), "kk")
        // The decision note is the default language's: marked as English on the other pages.
        #expect(ru.contains("<p class=\"decision-note\"><bdi lang=\"en\">The appeal court dropped the second charge.</bdi></p>"))
    }
}
