import Foundation

extension String {
    /// A file path made safe to use in an href (spaces and non-ASCII letters encoded).
    var percentEncodedPath: String {
        addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? self
    }

    var removingPercentEncodingSafely: String {
        removingPercentEncoding ?? self
    }
}
