import Testing
@testable import CasebookKit

/// `EventOrder`: strictly earlier dates first, overlapping dates in file order.
@Suite("Event order")
struct EventOrderTests {
    private func ordered(_ texts: [String]) throws -> [String] {
        let dates = try texts.map { try PartialDate.parse($0).get() }
        return EventOrder.ordered(Array(zip(texts, dates)), by: \.1).map(\.0)
    }

    @Test("a month written after a day inside it stays after it")
    func monthAfterDay() throws {
        #expect(try ordered(["2018-03-09", "2018-03"]) == ["2018-03-09", "2018-03"])
        #expect(try ordered(["2018-03", "2018-03-09"]) == ["2018-03", "2018-03-09"])
    }

    @Test("overlap is not transitive: 20 March, March, 9 March in that file order")
    func notTransitive() throws {
        // 9 March ends before 20 March begins, so it must come first; March overlaps both and,
        // written before 9 March, comes first of all.
        #expect(try ordered(["2018-03-20", "2018-03", "2018-03-09"]) == ["2018-03", "2018-03-09", "2018-03-20"])
        #expect(try ordered(["2018-03-20", "2018-03-09", "2018-03"]) == ["2018-03-09", "2018-03-20", "2018-03"])
    }

    @Test("dates that never overlap sort by date, equal dates in file order")
    func plainSort() throws {
        let texts = ["2020-05-01", "2019", "2021-01-02", "2020-05-01", "2020-04", "2021-01-01"]
        let dates = try texts.map { try PartialDate.parse($0).get() }
        let expected = texts.indices.sorted { (dates[$0], $0) < (dates[$1], $1) }.map { texts[$0] }
        #expect(try ordered(texts) == expected)
        #expect(try ordered(texts) == ["2019", "2020-04", "2020-05-01", "2020-05-01", "2021-01-01", "2021-01-02"])
    }

    @Test("intervals and qualified dates overlap by their days")
    func intervals() throws {
        #expect(try ordered(["2018-04-02", "2018-03/2018-05", "2017"]) == ["2017", "2018-04-02", "2018-03/2018-05"])
        #expect(try ordered(["2019", "2018~", "2018-06"]) == ["2018~", "2018-06", "2019"])
    }

    @Test("the order is a valid one for any file order: nothing placed after a date that ends before it begins")
    func alwaysConsistent() throws {
        let pool = ["2018", "2018-03", "2018-03-09", "2018-03-20", "2018-02/2018-04", "2018-04", "2017/2018", "2019-01-01", "2018-03~"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let texts = (0..<7).map { _ in pool.randomElement(using: &generator)! }
            let result = try ordered(texts).map { try PartialDate.parse($0).get() }
            for (i, earlier) in result.enumerated() {
                for later in result[(i + 1)...] {
                    #expect(!(later.lastDayNumber < earlier.firstDayNumber), "\(texts)")
                }
            }
        }
    }
}
