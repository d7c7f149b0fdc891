/// Which URLs may appear in the output: only http, https and mailto lead off the site.
enum URLPolicy {
    static let allowedSchemes = ["http", "https", "mailto"]

    /// The scheme of an absolute URL, lower-cased, ignoring control characters and spaces
    /// that browsers ignore too ("java\tscript:" is still javascript:).
    static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            if scalar.value <= 0x20 { continue }
            // ASCII letters, digits and + - . (compared as values: this runs on every link).
            let value = scalar.value
            let isSchemeCharacter = (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
                || value == 0x2B || value == 0x2D || value == 0x2E
            if !isSchemeCharacter { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// True for http(s) URLs with a host and for mailto: addresses.
    static func isAllowedExternal(_ url: String) -> Bool {
        guard let scheme = scheme(of: url), allowedSchemes.contains(scheme) else { return false }
        if scheme == "mailto" { return url.count > "mailto:".count }
        // A host must follow "//": "https://" alone is not a link.
        let lower = url.lowercased()
        for prefix in ["http://", "https://"] where lower.hasPrefix(prefix) {
            return lower.dropFirst(prefix.count).first.map { $0 != "/" && !$0.isWhitespace } ?? false
        }
        return false
    }

    /// The address meant by an http or https one written without `//` before its host
    /// (`https:/example.org`, `http:\\example.org`, `https:example.org`), for a message that
    /// says what to write; nil for anything else.
    static func meant(_ url: String) -> String? {
        guard let scheme = scheme(of: url), scheme == "http" || scheme == "https", let colon = url.firstIndex(of: ":") else { return nil }
        let rest = url[url.index(after: colon)...].drop { $0 == "/" || $0 == "\\" }
        guard let first = rest.first, !first.isWhitespace else { return nil }
        return "\(scheme)://\(rest)"
    }

    /// "…; write 'https://example.org'" for an http or https address without `//`, or for
    /// a web address written without its scheme, else "".
    static func meantPhrase(_ url: String) -> String {
        if let meant = meant(url) { return ": an http or https address has '//' before its host; write '\(shortened(meant))'" }
        if let meant = withScheme(url) { return ": an address that leads off the site begins with https:// (or http://); write '\(shortened(meant))'" }
        return ""
    }

    /// The https address meant by a web address copied without its scheme
    /// (`azattyq.org/a/123`, `www.rferl.org`, `//kaztag.kz/x`), for a message; nil for
    /// anything else. Only a host with a dot followed by a path, or one that begins with
    /// `www.`, counts: `report.pdf` alone is a file's name, not an address.
    static func withScheme(_ url: String) -> String? {
        let rest = url.hasPrefix("//") ? url.dropFirst(2) : url[...]
        guard !rest.isEmpty, !rest.contains(where: { $0.isWhitespace }) else { return nil }
        let host = rest.prefix { $0 != "/" }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
              let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { return nil }
        guard url.hasPrefix("//") || host.count < rest.count || host.lowercased().hasPrefix("www.") else { return nil }
        return "https://" + rest
    }

    /// For messages: long URLs cut to a readable length.
    static func shortened(_ url: String) -> String {
        url.count > 60 ? String(url.prefix(57)) + "..." : url
    }
}

/// site.yml `base_url`: the address the site is published at, from which the feed, the
/// sitemap, canonical links and the open data give absolute addresses. An absolute http or
/// https address with a host, an optional port from 1 to 65535 and an optional path;
/// no user name or password, no query, no fragment, no spaces.
extension URLPolicy {
    static let baseURLExample = "'https://cases.example.org/'"

    /// Why `url` cannot be the base address (a whole message), or nil when it can.
    static func baseURLProblem(_ url: String) -> String? {
        let found = "found '\(shortened(url))'"
        let lower = url.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else {
            return "'base_url' must be the http or https address the site is published at, like \(baseURLExample), \(found)"
        }
        if url.contains(where: \.isWhitespace) {
            return "'base_url' must not contain spaces, \(found); write a space in a path as %20"
        }
        let rest = url.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let tail = rest.dropFirst(authority.count)
        if let at = authority.lastIndex(of: "@") {
            return "'base_url' must not hold a user name or password, \(found); write '\(url.prefix(scheme.count))\(authority[authority.index(after: at)...])\(tail)'"
        }
        let (host, port) = hostAndPort(authority)
        if host.isEmpty {
            return "'base_url' must name a host after '//', like \(baseURLExample), \(found)"
        }
        if !isHostName(host) {
            return "the host of 'base_url' must be a name like cases.example.org (letters, digits, hyphens and dots) or an IP address, \(found)"
        }
        if let port, !(port.count <= 5 && port.allSatisfy(\.isASCIIDigit) && (1...65535).contains(Int(port) ?? 0)) {
            return "the port of 'base_url' must be a number from 1 to 65535, like 'https://cases.example.org:8443/', \(found)"
        }
        let path = tail.prefix { $0 != "?" && $0 != "#" }
        if let mark = tail.dropFirst(path.count).first {
            let part = mark == "?" ? "a query ('?…')" : "a fragment ('#…')"
            return "'base_url' must not have \(part), \(found); write '\(url.prefix(scheme.count))\(authority)\(path)'"
        }
        // The 404 page links to its assets from the root: `//archive/assets/x.css` (or `/\\x/…`,
        // which browsers read alike) would load them from the host `archive`.
        if path.contains("//") || path.contains("\\") {
            var single = path.replacingOccurrences(of: "\\", with: "/")
            while single.contains("//") { single = single.replacingOccurrences(of: "//", with: "/") }
            return "the path of 'base_url' must not hold an empty folder ('//') or a backslash, \(found); write '\(url.prefix(scheme.count))\(authority)\(single)'"
        }
        // `…/archive/index.html`: every address would be made under it (`…/index.html/cases/x/`).
        if let last = path.split(separator: "/").last, let dot = last.lastIndex(of: "."),
           fileExtensions.contains(last[last.index(after: dot)...].lowercased()) {
            let folder = path[..<(path.range(of: "/" + last, options: .backwards)?.lowerBound ?? path.startIndex)] + "/"
            return "the last part of 'base_url' is a file's name ('\(last)'), but 'base_url' is the folder the site is published at, and every address is made under it (\(url.hasSuffix("/") ? url : url + "/")cases/…), \(found); write the folder: '\(url.prefix(scheme.count))\(authority)\(folder)'"
        }
        return nil
    }

    /// The endings of a web page's file name, which the last part of `base_url` (a folder) cannot have.
    static let fileExtensions: Set<String> = ["html", "htm", "xhtml", "shtml", "php", "php3", "php4", "php5", "phtml", "asp", "aspx",
                                              "jsp", "jspx", "cgi", "pl", "cfm", "do", "action", "xml", "json", "txt", "md"]

    /// `base_url` as every address the build writes starts: its path percent-encoded (a
    /// folder in other letters, `/архив/`, as `/%D0%B0%D1%80…/`), as a sitemap must give it
    /// and canonical links, the feed and the open data give it alike; `%` sequences already
    /// written are kept. The host stays as written.
    static func encodedBaseURL(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return url }
        return String(url[..<slash]) + (String(rest[slash...]).addingPercentEncoding(withAllowedCharacters: SiteURLs.pathAllowed) ?? String(rest[slash...]))
    }

    /// `host:port`, `[v6]:port`, or a host alone.
    static func hostAndPort(_ authority: Substring) -> (Substring, Substring?) {
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            let after = authority[authority.index(after: close)...]
            return (authority[...close], after.isEmpty ? nil : after.hasPrefix(":") ? after.dropFirst() : after)
        }
        guard let colon = authority.lastIndex(of: ":") else { return (authority, nil) }
        return (authority[..<colon], authority[authority.index(after: colon)...])
    }

    /// Dot-separated labels of letters (any script, for international names), digits and
    /// hyphens, none empty or starting or ending with a hyphen; or `[…]` holding an IPv6 address.
    static func isHostName(_ host: Substring) -> Bool {
        if host.hasPrefix("[") {
            return host.hasSuffix("]") && host.count > 2 && host.dropFirst().dropLast().allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        return host.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0 == "-" || $0.isASCIIDigit || $0.isLetter || (!$0.isASCII && $0.isNumber) }
        }
    }
}
