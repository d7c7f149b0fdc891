import Testing
@testable import CasebookKit

/// EDTF dates in words, in each shipped language (`date_forms` of the catalogues).
@Suite("EDTF wording")
struct EDTFWordingTests {
    private func words(_ catalogue: Catalogue, _ text: String) throws -> String {
        catalogue.date(try PartialDate.parse(text).get())
    }

    @Test func english() throws {
        let en = Catalogue.english
        #expect(try words(en, "2018-11~") == "about November 2018")
        #expect(try words(en, "2018~") == "about 2018")
        #expect(try words(en, "2018-11-04~") == "about 4 November 2018")
        #expect(try words(en, "2018?") == "possibly 2018")
        #expect(try words(en, "2018%") == "possibly about 2018")
        #expect(try words(en, "2006/2008") == "2006–2008")
        #expect(try words(en, "2018-03/2018-05") == "March–May 2018")
        #expect(try words(en, "2018-03-01/2018-03-09") == "1–9 March 2018")
        #expect(try words(en, "2018-11/2019-03") == "November 2018 – March 2019")
        #expect(try words(en, "2018-03-30/2018-04-02") == "30 March 2018 – 2 April 2018")
        #expect(try words(en, "2018/2019-03") == "2018 – March 2019")
        #expect(try words(en, "2006~/2008") == "about 2006 – 2008")
        #expect(try words(en, "2006/2008?") == "2006 – possibly 2008")
    }

    @Test func russian() throws {
        let ru = try ShippedCatalogue.read("ru")
        #expect(try words(ru, "2018-11~") == "около ноября 2018")
        #expect(try words(ru, "2018~") == "около 2018")
        #expect(try words(ru, "2018-03-05~") == "около 5 марта 2018")
        #expect(try words(ru, "2018?") == "возможно, 2018")
        #expect(try words(ru, "2018-11%") == "возможно, около ноября 2018")
        #expect(try words(ru, "2006/2008") == "2006–2008")
        #expect(try words(ru, "2018-03/2018-05") == "март–май 2018")
        #expect(try words(ru, "2018-03-01/2018-03-09") == "1–9 марта 2018")
        #expect(try words(ru, "2018-11/2019-03") == "ноябрь 2018 – март 2019")
    }

    @Test func kazakh() throws {
        let kk = try ShippedCatalogue.read("kk")
        #expect(try words(kk, "2018-11~") == "шамамен 2018 жылғы қараша")
        #expect(try words(kk, "2018~") == "шамамен 2018")
        #expect(try words(kk, "2018?") == "2018 (анық емес)")
        #expect(try words(kk, "2018%") == "шамамен 2018 (анық емес)")
        #expect(try words(kk, "2006/2008") == "2006–2008")
        #expect(try words(kk, "2018-03/2018-05") == "2018 жылғы наурыз–мамыр")
        #expect(try words(kk, "2018-03-01/2018-03-09") == "2018 жылғы 1–9 наурыз")
    }

    @Test("a template's <time datetime> gets the plain start, a valid HTML date")
    func datetimeIsTheStart() throws {
        let value = Catalogue.english.templateDate(try PartialDate.parse("2018-03~/2018-05").get())
        #expect(value.iso == "2018-03")
        #expect(value.text == "about March 2018 – May 2018")
    }

    @Test("plain dates are worded as before")
    func plainUnchanged() {
        #expect(Catalogue.english.date(PartialDate(year: 2021, month: 3, day: 4)!) == "4 March 2021")
        #expect(Catalogue.english.date(PartialDate(year: 2021, month: 3)!) == "March 2021")
        #expect(Catalogue.english.date(PartialDate(year: 2021)!) == "2021")
    }
}
