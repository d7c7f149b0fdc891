import Foundation
import Testing
@testable import CasebookKit

@Suite struct ByteSearchTests {
    @Test func replacesEveryOccurrenceOrSaysThereIsNone() {
        #expect(ByteSearch.replacing("=\"../media/", with: "=\"../../media/", in: "<img src=\"../media/a.jpg\"><img src=\"../media/b.jpg\">")
            == "<img src=\"../../media/a.jpg\"><img src=\"../../media/b.jpg\">")
        #expect(ByteSearch.replacing("media/", with: "x", in: "no pictures here") == nil)
        #expect(ByteSearch.replacing("", with: "x", in: "text") == nil)
        #expect(ByteSearch.replacing("ab", with: "c", in: "ab") == "c")
        #expect(ByteSearch.replacing("aa", with: "b", in: "aaa") == "ba")
        #expect(ByteSearch.replacing("суд", with: "court", in: "Районный суд, суд") == "Районный court, court")
        #expect(ByteSearch.replacing("abc", with: "x", in: "ab") == nil)
    }

    /// The same result as Foundation's `replacingOccurrences` (which it replaces on a hot
    /// path) for many texts made of a few letters, so that matches overlap and touch the ends.
    @Test func agreesWithFoundation() {
        var generator = SystemRandomNumberGenerator()
        let letters: [Character] = ["a", "b", "ә", "=", "\""]
        func text(_ length: Int) -> String { String((0..<length).map { _ in letters.randomElement(using: &generator)! }) }
        for _ in 0..<2_000 {
            let haystack = text(Int.random(in: 0...30, using: &generator))
            let needle = text(Int.random(in: 1...3, using: &generator))
            let replacement = text(Int.random(in: 0...3, using: &generator))
            let expected = haystack.contains(needle) ? haystack.replacingOccurrences(of: needle, with: replacement) : nil
            #expect(ByteSearch.replacing(needle, with: replacement, in: haystack) == expected, "\(haystack) / \(needle)")
        }
    }
}
