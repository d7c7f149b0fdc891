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
}
