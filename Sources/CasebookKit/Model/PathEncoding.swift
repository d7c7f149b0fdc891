import Foundation

extension String {
    /// A file path made safe to use in an href (spaces and non-ASCII letters encoded).
    var percentEncodedPath: String {
        addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? self
    }

    /// Most body links have no `%` at all; Foundation's decoding costs as much as rendering
    /// the Markdown around them, so it is asked only when there is something to decode.
    var removingPercentEncodingSafely: String {
        guard utf8.contains(UInt8(ascii: "%")) else { return self }
        return removingPercentEncoding ?? self
    }
}
