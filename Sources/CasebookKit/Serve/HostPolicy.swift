import Foundation

/// Which `Host` headers the dev server answers, so that a web page cannot read the
/// preview through DNS rebinding (its own name pointed at 127.0.0.1; the browser then
/// sends that name as the Host). Such a page always names a host; addresses written out
/// can only come from someone who typed them.
///
/// Answered: "localhost" and its subdomains, loopback addresses, the address given with
/// `--host`, and any address written out when that was 0.0.0.0 or :: (every address of
/// this computer). A port after the name does not matter.
struct HostPolicy: Sendable {
    /// The `--host` value, lowercased and without brackets.
    let listening: String

    init(listeningOn host: String) {
        listening = LoopbackAddress.unbracketed(host).lowercased()
    }

    /// Whether a request with this `Host` header (nil when it had none) is answered.
    func allows(_ header: String?) -> Bool {
        guard let header, let name = Self.hostName(header) else { return false }
        if name == "localhost" || name.hasSuffix(".localhost") { return true }
        if LoopbackAddress.contains(name) || name == listening { return true }
        return LoopbackAddress.isWildcard(listening) && LoopbackAddress.isIPAddress(name)
    }

    /// The name part of a Host header ("[::1]:4000" gives "::1", "Example.COM.:80" gives
    /// "example.com"), or nil when it is malformed.
    static func hostName(_ header: String) -> String? {
        var text = header.trimmingCharacters(in: .whitespaces).lowercased()
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            let rest = text[text.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isNumber)) else { return nil }
            return String(text[text.index(after: text.startIndex)..<close])
        }
        if let colon = text.lastIndex(of: ":") {
            guard text[text.index(after: colon)...].allSatisfy(\.isNumber) else { return nil }
            text = String(text[..<colon])
        }
        if text.hasSuffix(".") { text.removeLast() }
        guard !text.isEmpty, !text.contains(":") else { return nil }
        return text
    }
}
