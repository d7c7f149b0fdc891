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
        + Array("ΣσςΑαΆάΐ".unicodeScalars)
        + ["\u{0301}", "\u{0306}", "\u{0308}", "\u{0340}", "\u{0374}", "\u{037E}", "\u{0387}", "\u{0483}",
           "\u{2000}", "\u{2019}", "\u{2026}", "\u{212B}", "\u{2126}", "\u{1E9E}", "\u{0531}", "\u{05D0}",
           "\u{4E2D}", "\u{1F600}", "\u{FB01}", "\u{AC00}", "\u{1100}", "\u{1161}"]

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

    @Test func asciiFoldingIsTheScalarFold() {
        var generator = FuzzTests.Random(state: 14)
        let letters = Array("abcdeghijknoqstuwxyz0".unicodeScalars)
        for _ in 0..<20_000 {
            let word = (0..<Int.random(in: 1...9, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            #expect(ASCIIFolding.fold(word.map { UInt8($0.value) }) == SearchNormalizer.scalarFold(word), "\(String(String.UnicodeScalarView(word)))")
        }
    }
}

