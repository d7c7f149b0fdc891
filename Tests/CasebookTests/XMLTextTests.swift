import Testing
@testable import CasebookKit

/// The feed's and the sitemap's text: markup escaped, characters XML 1.0 forbids dropped,
/// everything else (the shortcut for texts with nothing to change) as it was.
@Suite struct XMLTextTests {
    @Test(arguments: [
        ("https://example.org/ru/cases/a-2021/", "https://example.org/ru/cases/a-2021/"),
        ("Tom & \"Jerry\" <b>", "Tom &amp; &quot;Jerry&quot; &lt;b&gt;"),
        ("tab\there\nline\r", "tab\there\nline\r"),
        ("bell\u{07}gone\u{0B}", "bellgone"),
        ("Қамбарова ！ \u{FFFD}", "Қамбарова ！ \u{FFFD}"),
        ("no\u{FFFE}t\u{FFFF}his", "nothis"),
        ("", ""),
    ])
    func escapes(_ text: String, _ expected: String) {
        #expect(XMLText.escape(text) == expected)
    }
}
