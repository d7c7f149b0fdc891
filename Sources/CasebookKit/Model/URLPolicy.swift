/// Which URLs may appear in the output: only http, https and mailto lead off the site.
public enum URLPolicy {
    public static let allowedSchemes = ["http", "https", "mailto"]

    /// The scheme of an absolute URL, lower-cased, ignoring control characters and spaces
    /// that browsers ignore too ("java\tscript:" is still javascript:).
    public static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            if scalar.value <= 0x20 { continue }
            let isSchemeCharacter = scalar.properties.isASCIIHexDigit || (scalar.value < 0x80 &&
                (Character(scalar).isLetter || Character(scalar).isNumber || "+-.".unicodeScalars.contains(scalar)))
            if !isSchemeCharacter { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// True for http(s) URLs with a host and for mailto: addresses.
    public static func isAllowedExternal(_ url: String) -> Bool {
        guard let scheme = scheme(of: url), allowedSchemes.contains(scheme) else { return false }
        if scheme == "mailto" { return url.count > "mailto:".count }
        // A host must follow "//": "https://" alone is not a link.
        let lower = url.lowercased()
        for prefix in ["http://", "https://"] where lower.hasPrefix(prefix) {
            return lower.dropFirst(prefix.count).first.map { $0 != "/" && !$0.isWhitespace } ?? false
        }
        return false
    }

    /// For messages: long URLs cut to a readable length.
    static func shortened(_ url: String) -> String {
        url.count > 60 ? String(url.prefix(57)) + "..." : url
    }
}
