import Foundation
import Testing
@testable import CasebookKit

/// Numbers in content are plain decimal digits, kept exactly as written; every other form
/// YAML allows is an error that says how to write it.
@Suite struct NumberTests {
    private func read(_ raw: String) -> String {
        switch NumberText.read(raw, key: "amount") {
        case .number(let number): number.digits
        case .problem(let message): message
        }
    }

    @Test(arguments: [
        ("150000", "150000"), ("1500.50", "1500.5"), ("0", "0"), ("0.25", "0.25"), ("2.0", "2"),
        ("100000000000000000000", "100000000000000000000"), ("500_000", "500000"), ("1_500_000.50", "1500000.5"), ("12345678901234567890.123456789", "12345678901234567890.123456789"),
    ])
    func plainDigitsAreKeptExactly(_ raw: String, _ digits: String) {
        #expect(read(raw) == digits)
    }

    @Test(arguments: [
        ("1e20", "'1e20' for 'amount' has an exponent; write it in digits: 100000000000000000000"),
        ("1.5E3", "'1.5E3' for 'amount' has an exponent; write it in digits: 1500"),
        ("25e-3", "'25e-3' for 'amount' has an exponent; write it in digits: 0.025"),
        ("1e400", "'1e400' for 'amount' has an exponent; write it in digits, like 150000 or 1500.50"),
        ("0x1F", "'0x1F' for 'amount' is hexadecimal; write it in digits: 31"),
        ("0o17", "'0o17' for 'amount' is octal; write it in digits: 15"),
        ("0b101", "'0b101' for 'amount' is binary; write it in digits: 5"),
        ("0150", "'0150' for 'amount' starts with 0, which some YAML readers take for an octal number; write it in digits: 150"),
        (".inf", "'.inf' for 'amount' is not a number (YAML reads it as infinity or 'not a number'); write it in digits, like 150000 or 1500.50"),
        (".NaN", "'.NaN' for 'amount' is not a number (YAML reads it as infinity or 'not a number'); write it in digits, like 150000 or 1500.50"),
        ("500__000", "'500__000' for 'amount' groups digits with '_'; write it in digits: 500000"),
        ("_500", "'_500' for 'amount' groups digits with '_'; write it in digits: 500"),
        ("500,000", "'500,000' for 'amount' groups digits with separators; write it in digits: 500000"),
        ("1 500 000.50", "'1 500 000.50' for 'amount' groups digits with separators; write it in digits: 1500000.5"),
        ("1.500.000", "'1.500.000' for 'amount' groups digits with separators; write it in digits: 1500000"),
        ("+5", "'+5' for 'amount' has a sign; write it in digits: 5"),
        ("-5", "expected a number of 0 or more for 'amount', found '-5'"),
        ("-.inf", "expected a number of 0 or more for 'amount', found '-.inf'"),
        (".5", "'.5' for 'amount' has no digit before the point; write it in digits: 0.5"),
        ("5.", "'5.' for 'amount' ends with a point; write it in digits: 5"),
        ("1,5", "expected a number in digits for 'amount', like 150000 or 1500.50, found '1,5'"),
        ("five", "expected a number in digits for 'amount', like 150000 or 1500.50, found 'five'"),
        ("٣", "expected a number in digits for 'amount', like 150000 or 1500.50, found '٣'"),
    ])
    func otherFormsSayHowToWriteThem(_ raw: String, _ message: String) {
        #expect(read(raw) == message)
    }

    @Test func wordsGroupTheWholePartOnly() {
        #expect(DecimalNumber("100000000000000000000").map(Catalogue.english.number.grouped) == "100,000,000,000,000,000,000")
        #expect(DecimalNumber("1500.50").map(Catalogue.english.number.grouped) == "1,500.5")
        #expect(DecimalNumber("999").map(Catalogue.english.number.grouped) == "999")
        #expect(DecimalNumber(floatLiteral: 1e-5).digits == "0.00001")
    }

    @Test func sentenceNumbersFollowTheRuleWithTheirPosition() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "{type: freedom-limitation, years: 2}",
                         with: "{type: freedom-limitation, years: 2e1, months: 0x3}")
        let messages = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
            .diagnostics.map(\.description)
        #expect(messages == [
            "content/cases/qambarova-2021.md:10:43: error: '2e1' for 'years' has an exponent; write it in digits: 20",
            "content/cases/qambarova-2021.md:10:56: error: '0x3' for 'months' is hexadecimal; write it in digits: 3",
        ])
    }

    /// A fine of 10^20 written in digits comes out exactly on the page, in cases.json and in cases.csv.
    @Test func aHugeFineIsExactEverywhere() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "{type: freedom-limitation, years: 2}",
                         with: "{type: fine, amount: 100000000000000000000.50, currency: KZT}")
        let result = site.build()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let words = "fine of 100,000,000,000,000,000,000.5 tenge"
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains(words))
        #expect(try site.read("public/data/cases.csv").contains(words))
        let json = try site.read("public/data/cases.json")
        #expect(json.contains(#""amount":100000000000000000000.5,"#))
        // The fine comes first in her sentence, before her two bans on activity.
        #expect(json.contains(#""sentence_text":"\#(words); 5-year ban"#))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        #expect(object is [String: Any])
    }
}
