import Foundation
import Testing
@testable import CasebookKit

/// The normaliser's shortcuts (`QuickFolding`, `ASCIIFolding`) against the steps as written:
/// the same words for every text, so the index and search.js keep meeting.
@Suite struct SearchNormalizerTests {
    /// Characters the shortcuts handle and some they must hand on: combining marks (alone and
    /// after a letter they compose with), singletons, other scripts, apostrophes, spaces.
    static let alphabet: [Unicode.Scalar] = Array("aAbeEhIiKkqQsScChzZyYxXwWtT019 -'’`´.,«»—–№\u{00A0}ÉéÅåßẞİıŞşÇçÑñÆæØøĲ"
        .unicodeScalars) + Array("АаБбЁёЙйЖжЩщЪъЬьЫыЭэЮюЯяӘәҒғҚқҢңӨөҰұҮүҺһІіЄєЇїЂђЉљ".unicodeScalars)
        + Array("ΣσςΑαΆάΐƏəҖҗҠҡҘҙҪҫ".unicodeScalars)
        + ["\u{0301}", "\u{0306}", "\u{0308}", "\u{0340}", "\u{0374}", "\u{037E}", "\u{0387}", "\u{0483}",
           "\u{2000}", "\u{2019}", "\u{2026}", "\u{212B}", "\u{2126}", "\u{1E9E}", "\u{0531}", "\u{05D0}",
           "\u{4E2D}", "\u{1F600}", "\u{FB01}", "\u{AC00}", "\u{1100}", "\u{1161}",
           "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{2018}", "\u{02BB}", "\u{02BC}", "\u{202E}"]

    static func randomText(_ generator: inout some RandomNumberGenerator) -> String {
        var view = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...14, using: &generator) { view.append(alphabet.randomElement(using: &generator)!) }
        return String(view)
    }

    @Test func quickWordsAreTheFullSteps() {
        var generator = FuzzTests.Random(state: 15)
        var quick = 0
        for _ in 0..<20_000 {
            let text = Self.randomText(&generator)
            let full = SearchNormalizer.fullWords(text)
            if let words = QuickFolding.shared.words(text) {
                quick += 1
                #expect(words == full, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            #expect(SearchNormalizer.words(text) == full)
        }
        #expect(quick > 1_000)
    }

    @Test func everyTableEntryIsTheFullStepsAlone() {
        for value in Array(0..<QuickFolding.lowRange) + Array(QuickFolding.punctuation) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "b"
            if let words = QuickFolding.shared.words(text) {
                #expect(words == SearchNormalizer.fullWords(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func textsThatNeedTheFullStepsGoThere() {
        #expect(QuickFolding.shared.words("Ле\u{0301}сова") == nil)
        #expect(QuickFolding.shared.words("中文") == nil)
        #expect(QuickFolding.shared.words("Қамбарова — «Көше»") == ["kambarova", "koshe"])
    }

    /// search.js carries the letters added after the index's layout itself: its list must be
    /// the build's, or the query and the index would be spelled apart.
    @Test func searchJSCarriesTheAddedLetters() throws {
        let url = SiteFixture.repository.appendingPathComponent("templates/assets/search.js")
        let script = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(script.range(of: "var ADDED_LETTERS = {"))
        let end = try #require(script.range(of: "};", range: start.upperBound..<script.endIndex))
        let body = String(script[start.upperBound..<end.lowerBound])
        let entry = try Regex(#"'\\u([0-9a-f]{4})': '([a-z]*)'"#)
        var javaScript: [String: String] = [:]
        for match in body.matches(of: entry) {
            let code = try #require(UInt32(String(match.output[1].substring!), radix: 16).flatMap(Unicode.Scalar.init))
            javaScript[String(code)] = String(match.output[2].substring!)
        }
        let swift = Dictionary(uniqueKeysWithValues: SearchNormalizer.addedLetters.map { (String($0.0), $0.1) })
        #expect(javaScript == swift)
        // Added, not changed: the index's table stays as it was.
        let carried = Set(SearchNormalizer.letters.map(\.0))
        #expect(SearchNormalizer.addedLetters.allSatisfy { !carried.contains($0.0) })
    }

    @Test func asciiFoldingIsTheScalarFold() {
        var generator = FuzzTests.Random(state: 14)
        let letters = Array("abcdeghijknoqstuwxyz0".unicodeScalars)
        for _ in 0..<20_000 {
            let word = (0..<Int.random(in: 1...9, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            #expect(ASCIIFolding.fold(word.map { UInt8($0.value) }) == SearchNormalizer.scalarFold(word), "\(String(String.UnicodeScalarView(word)))")
        }
    }
}

