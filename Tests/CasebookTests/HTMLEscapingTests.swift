import Mustache
import Testing
@testable import CasebookKit

/// The byte-level escaping every template uses must escape what swift-mustache's own HTML
/// escaping does, so switching to it changed no page.
@Suite struct HTMLEscapingTests {
    static let samples = ["plain", "Назира Лесова", "a & b", "<script>alert('x')</script>", "\"quoted\"",
                          "Қамбарова's <b>", "emoji 🇰🇿 & more", "", "&amp; already"]

    @Test(arguments: samples)
    func escapesLikeTheLibrary(_ text: String) throws {
        let library = try MustacheTemplate(string: "{{x}}").render(["x": text])
        let ours = try MustacheTemplate(string: Theme.contentTypePragma + "{{x}}").render(["x": text])
        #expect(ours == library)
        #expect(HTMLEscaping.escape(text) == library)
    }

    @Test func textWithNothingToEscapeIsReturnedAsItIs() {
        #expect(HTMLEscaping.escape("Zhambyl Region") == "Zhambyl Region")
        #expect(HTMLEscaping.escape("1 < 2 > 0") == "1 &lt; 2 &gt; 0")
    }

    /// The bit test picks exactly the five bytes, of all 256, and the appending escape
    /// matches the whole-string one on every byte alone and around text.
    @Test func exactlyTheFiveBytesAreEscaped() {
        let five: Set<UInt8> = Set("&<>\"'".utf8)
        for value in 0...255 {
            let byte = UInt8(value)
            #expect(HTMLEscaping.needsEscape(byte) == five.contains(byte), "byte \(value)")
        }
        for text in Self.samples + ["&", "'", "x>y", "<<>>", "Ж\"Ж"] {
            var out: [UInt8] = []
            HTMLEscaping.append(text, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == HTMLEscaping.escape(text))
        }
    }
}
