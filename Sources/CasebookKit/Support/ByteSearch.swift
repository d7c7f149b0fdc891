/// Finding and replacing text by its UTF-8 bytes. On Linux, Foundation's `contains(_:)` and
/// `replacingOccurrences(of:with:)` go through NSString and UTF-16: looking for media links
/// in every untranslated body that way was 2.5 % of a build in three languages.
enum ByteSearch {
    /// `text` with every occurrence of `needle` replaced by `replacement`, searched left to
    /// right without overlaps (as `replacingOccurrences` does); nil when `needle` is not in it.
    static func replacing(_ needle: String, with replacement: String, in text: String) -> String? {
        var text = text
        text.makeContiguousUTF8()
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var out: [UInt8] = []
            var copied = 0
            var index = 0
            var found = false
            while index + pattern.count <= bytes.count {
                if bytes[index] == first, pattern.indices.allSatisfy({ bytes[index + $0] == pattern[$0] }) {
                    if !found { out.reserveCapacity(bytes.count + 64) }
                    found = true
                    out.append(contentsOf: bytes[copied..<index])
                    out.append(contentsOf: replacement.utf8)
                    index += pattern.count
                    copied = index
                } else {
                    index += 1
                }
            }
            guard found else { return nil }
            out.append(contentsOf: bytes[copied...])
            return String(decoding: out, as: UTF8.self)
        } ?? nil
    }
}
