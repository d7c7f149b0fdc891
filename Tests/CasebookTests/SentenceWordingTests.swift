import Testing
@testable import CasebookKit

@Suite("SentenceWording")
struct SentenceWordingTests {
    let site = SiteConfig()

    private func words(_ components: SentenceComponent...) -> String {
        SentenceWording.describe(components, site: site, words: .english)
    }

    @Test("the contract's example")
    func contractExample() {
        #expect(words(
            SentenceComponent(type: "freedom-limitation", years: 2),
            SentenceComponent(type: "community-work", hours: 100),
            SentenceComponent(type: "activity-ban", years: 5, note: "public and political activity")
        ) == "2 years of freedom limitation; 100 hours of community work; 5-year ban on public and political activity")
    }

    @Test("one year is singular")
    func singular() {
        #expect(words(SentenceComponent(type: "imprisonment", years: 1)) == "1 year of imprisonment")
        #expect(words(SentenceComponent(type: "community-work", hours: 1)) == "1 hour of community work")
    }

    @Test("years and months")
    func yearsAndMonths() {
        #expect(words(SentenceComponent(type: "imprisonment", years: 2, months: 6)) == "2 years and 6 months of imprisonment")
        #expect(words(SentenceComponent(type: "imprisonment", years: 1, months: 1, days: 10))
            == "1 year, 1 month and 10 days of imprisonment")
    }

    @Test("a fine prints its amount grouped")
    func fine() {
        #expect(words(SentenceComponent(type: "fine", amount: 500000)) == "fine of 500,000")
        #expect(words(SentenceComponent(type: "fine", amount: 1_234_567)) == "fine of 1,234,567")
        #expect(words(SentenceComponent(type: "fine", amount: 999)) == "fine of 999")
        #expect(words(SentenceComponent(type: "fine")) == "fine")
    }

    @Test("a suspended sentence reads as an adjective")
    func suspended() {
        #expect(words(SentenceComponent(type: "suspended", years: 3)) == "3-year suspended sentence")
    }

    @Test("an activity ban without a note uses the label")
    func activityBanWithoutNote() {
        #expect(words(SentenceComponent(type: "activity-ban", years: 5)) == "5-year ban on activity")
    }

    @Test("psychiatric treatment with no numbers is the label alone")
    func noNumbers() {
        #expect(words(SentenceComponent(type: "psychiatric")) == "forced psychiatric treatment")
    }

    @Test("fractions print without trailing zeros")
    func fractions() {
        #expect(words(SentenceComponent(type: "imprisonment", years: 1.5)) == "1.5 years of imprisonment")
    }

    @Test("a note on an ordinary penalty goes in brackets")
    func note() {
        #expect(words(SentenceComponent(type: "imprisonment", years: 7, note: "general regime"))
            == "7 years of imprisonment (general regime)")
    }

    @Test("an unknown type falls back to its key; a custom label is used")
    func labels() {
        #expect(words(SentenceComponent(type: "exile", years: 2)) == "2 years of exile")
        var custom = SiteConfig()
        custom.sentenceTypes = Vocabulary(name: "sentence_types", entries: [("imprisonment", "deprivation of liberty")])
        #expect(SentenceWording.describe([SentenceComponent(type: "imprisonment", years: 4)], site: custom, words: .english)
            == "4 years of deprivation of liberty")
    }

    @Test("no components, no words")
    func empty() {
        #expect(SentenceWording.describe([], site: site, words: .english) == "")
    }
}
