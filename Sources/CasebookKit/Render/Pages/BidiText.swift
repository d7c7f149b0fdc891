/// Isolation for content put into text that cannot hold markup: the page `<title>`, a
/// place written "city, region", a list of aliases. A value holding a direction control
/// (an embedding, override or isolate, U+202A–U+202E, U+2066–U+2069) is wrapped in FIRST
/// STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so an unpaired override ends with the value
/// instead of turning the rest of the text around. In markup the templates use `<bdi>` and
/// `dir="auto"` instead ([theme.md](../../../docs/theme.md)).
enum BidiText {
    /// The text as it is when it has no direction control (nearly always: the output stays
    /// the same), else isolated.
    static func isolated(_ text: String) -> String {
        hasDirectionControl(text) ? "\u{2068}\(text)\u{2069}" : text
    }

    static func hasDirectionControl(_ text: String) -> Bool {
        // Every control is encoded E2 80 AA–AE or E2 81 A6–A9: ASCII text is answered at once.
        guard text.utf8.contains(0xE2) else { return false }
        return text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
    }
}
