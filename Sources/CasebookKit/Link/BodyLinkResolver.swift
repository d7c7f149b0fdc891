/// Rewrites links in a body from content files (`../people/x.md`, as GitHub shows them)
/// to the relative URL of the page they become, and rejects links that cannot work.
struct BodyLinkResolver {
    /// Ids of published documents by kind.
    let ids: [ContentKind: Set<String>]
    /// Ids that exist but are drafts left out of this build.
    let draftIDs: [ContentKind: Set<String>]
    let media: Set<String>
    /// The kind of the file whose body is resolved: its folder in content/.
    let from: ContentKind
    /// Depth of the page the body is rendered into.
    let pageDepth: Int
    /// A draft's body may link to other drafts; a published body may not.
    var allowsDrafts = false
    /// Folders the page sits below its language's root (1 under `/ru/`): media are shared
    /// at the site root, pages are linked within the language.
    var languageDepth = 0
    /// Former ids (`former_ids`) and the id that replaced each, by kind.
    var renamed: [ContentKind: [String: String]] = [:]
    /// Ids site.yml lists under `withdrawn`, by kind: a link to one is told so.
    var withdrawn: [ContentKind: Set<String>] = [:]
    /// Protected people's photos (`media/…`), never published, with the file that protects each.
    var withheld: [String: String] = [:]
    /// How many sources the page of the body lists (a translation's: its file's), so a link
    /// to `#source-N` it does not have is told; nil leaves such links unchecked.
    var sourceCount: Int? = nil

    func resolve(_ destination: String, isImage: Bool) -> LinkDecision {
        let trimmed = destination.trimmingSpaces
        if trimmed.hasPrefix("#") { return sourceAnchorProblem(String(trimmed.dropFirst())).map(LinkDecision.warn) ?? .keep }
        if trimmed.isEmpty { return .keep }
        if URLPolicy.scheme(of: trimmed) != nil {
            guard URLPolicy.isAllowedExternal(trimmed) else {
                // `https:/host`: the scheme is right, the slashes are not.
                if let meant = URLPolicy.meant(trimmed) {
                    return .reject("link '\(URLPolicy.shortened(trimmed))' lacks the '//' before its host; write '\(URLPolicy.shortened(meant))'")
                }
                return .reject("link '\(URLPolicy.shortened(trimmed))' is not allowed: only http, https and mailto links may leave the site")
            }
            // Readers may be watched: a page must not make their browser fetch from another host.
            return isImage
                ? .reject("image '\(URLPolicy.shortened(trimmed))' is on another host; pages load nothing from other hosts, so put the file in content/media/ and link to it")
                : .keep
        }
        // `//host/x` (or with backslashes, which browsers read alike) names another host.
        if ActiveMedia.leadsOutside(trimmed), let host = URLPolicy.meant("https:" + trimmed) {
            return isImage
                ? .reject("image '\(URLPolicy.shortened(trimmed))' is on another host; pages load nothing from other hosts, so put the file in content/media/ and link to it")
                : .reject("link '\(URLPolicy.shortened(trimmed))' leads to another host without saying how; write '\(URLPolicy.shortened(host))'")
        }
        if trimmed.hasPrefix("/") || trimmed.hasPrefix("\\") {
            return .reject("link '\(trimmed)' is absolute; link to the file relatively, like \(relativeSuggestion(for: trimmed))")
        }
        let decision = resolveRelative(trimmed)
        // A path that does not resolve because of a look-alike character is that mistake, not a missing file.
        if case .reject = decision, let lookAlike = lookAlikeProblem(in: trimmed) { return .reject(lookAlike) }
        // `www.rferl.org/a/1.html`, copied without its scheme, is read as a file of the archive.
        if case .reject = decision, let meant = URLPolicy.withScheme(trimmed) {
            return .reject("link '\(URLPolicy.shortened(trimmed))' is read as a file of the archive, and there is none: an address that leads off the site begins with https:// (or http://); write '\(URLPolicy.shortened(meant))'")
        }
        return decision
    }

    /// "link '../people/nаzira-lesova.md' has U+0430 …": every look-alike character of the
    /// path (fragment and query left out), as written or, when that has none, percent-decoded.
    func lookAlikeProblem(in destination: String) -> String? {
        let path = String(destination.prefix { $0 != "#" && $0 != "?" })
        for written in [path, path.contains("%") ? path.removingPercentEncodingSafely : ""] {
            let findings = LookAlike.findings(in: written)
            if !findings.isEmpty { return "link " + LookAlike.message(for: findings, in: written) }
        }
        return nil
    }

    /// A link to `#source-N` that the page does not have: sources are numbered from 1 in the
    /// order the file lists them (a translation's are its file's), so a number past the last,
    /// 0 or one written with a leading zero leads nowhere. Nil for any other fragment, or when
    /// the count is not known.
    func sourceAnchorProblem(_ fragment: String) -> String? {
        guard let count = sourceCount, fragment.hasPrefix("source-") else { return nil }
        let digits = fragment.dropFirst("source-".count)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let number = Int(digits.prefix(9)) ?? 0
        if number >= 1, number <= count, String(number) != digits {
            return "link to '#\(fragment)': sources are numbered without leading zeros; write '#source-\(number)'"
        }
        guard number < 1 || number > count || digits.count > 9 else { return nil }
        let shown = number >= 1 && digits.count <= 9 ? "no source \(number)" : "no source '\(digits)'"
        if from == .pages {
            let link = number >= 1 && digits.count <= 9 ? "#source-\(number)" : "#source-N"
            return "link to '#\(fragment)': a free page lists no sources, so it has \(shown); link to the source on its case's page (../cases/id.md\(link)), or remove the link"
        }
        guard count > 0 else {
            return "link to '#\(fragment)': this \(from.singular) lists no sources, so its page has \(shown); add the source to 'sources', or remove the link"
        }
        let range = count == 1 ? "#source-1" : "one of #source-1 … #source-\(count)"
        return "link to '#\(fragment)': this \(from.singular) lists \(count) source\(count == 1 ? "" : "s"), so its page has \(shown); link to \(range) (sources are numbered in the order 'sources' lists them)"
    }

    /// A link that is neither external nor absolute: a content file, a media file or an index.
    func resolveRelative(_ trimmed: String) -> LinkDecision {
        var path = Substring(trimmed)
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[hash...])
            path = path[..<hash]
        }
        if let query = path.firstIndex(of: "?") { path = path[..<query] }
        guard let target = normalize(path) else {
            return .reject("link '\(trimmed)' leads outside the content folder")
        }
        let root = SitePaths.root(depth: pageDepth)
        if target.first == "media" {
            let mediaPath = target.joined(separator: "/")
            guard media.contains(mediaPath) else { return .reject("link to '\(trimmed)': there is no file \(mediaPath) in content/") }
            // Judged as resolved: `./`, `%31` or a detour through a folder name the same file.
            if let owner = withheld[mediaPath] { return .reject(Self.showsProtectedPhoto(owner)) }
            return .rewrite(SitePaths.root(depth: pageDepth + languageDepth) + mediaPath.percentEncodedPath + fragment)
        }
        guard let kind = ContentKind(rawValue: target.first ?? "") else {
            return .reject("link '\(trimmed)' does not lead to a content file; link to ../cases/, ../people/, ../organizations/ or ../pages/ files")
        }
        if target.count == 1 || (target.count == 2 && target[1].isEmpty) {
            guard kind != .pages else { return .reject("link '\(trimmed)': there is no index of free pages") }
            return .rewrite(root + SitePaths.index(kind) + fragment)
        }
        guard target.count == 2, target[1].hasSuffix(".md") else {
            return .reject("link '\(trimmed)' does not name a content file; expected a path like ../\(kind.rawValue)/id.md")
        }
        let id = String(target[1].dropLast(3))
        if ids[kind]?.contains(id) == true || (allowsDrafts && draftIDs[kind]?.contains(id) == true) {
            return .rewrite(root + SitePaths.page(kind, id) + fragment)
        }
        if draftIDs[kind]?.contains(id) == true {
            return .reject("link to \(kind.singular) '\(id)', which is a draft and not published")
        }
        if let current = renamed[kind]?[id] {
            return .reject("link to \(kind.rawValue)/\(id).md, a former id of \(kind.rawValue)/\(current).md: link to ../\(kind.rawValue)/\(current).md")
        }
        if withdrawn[kind]?.contains(id) == true {
            return .reject("link to \(kind.rawValue)/\(id).md, a \(kind.singular) withdrawn from the archive (site.yml 'withdrawn'): remove the link, keeping its text if it still reads well")
        }
        // `anna.ru.md`: a translation is not a page of its own; its file's page is.
        let parts = id.split(separator: ".")
        if parts.count == 2, parts[1].count == 2, ids[kind]?.contains(String(parts[0])) == true {
            return .reject("link to a translation: \(kind.rawValue)/\(id).md is the \(parts[1]) text of \(kind.rawValue)/\(parts[0]).md, "
                           + "whose page each language has; link to ../\(kind.rawValue)/\(parts[0]).md")
        }
        let near = Suggestion.phrase(for: id, in: ids[kind] ?? [])
        return .reject("link to a missing file: there is no \(kind.rawValue)/\(id).md\(near)")
    }

    static func showsProtectedPhoto(_ owner: String) -> String {
        "this shows the photo of a protected person (protected in \(owner)), which is never published: remove it"
    }

    /// Raw HTML kept in a body (`unsafe_html: true`) that names a protected person's photo,
    /// its path read as a browser would (percent-decoded, `./` and doubled slashes dropped).
    func withheldPhoto(inHTML literal: String) -> String? {
        guard !withheld.isEmpty else { return nil }
        var text = literal.contains("%") ? literal.removingPercentEncodingSafely : literal
        while text.contains("/./") { text = text.replacingOccurrences(of: "/./", with: "/") }
        while text.contains("//") { text = text.replacingOccurrences(of: "//", with: "/") }
        guard let (_, owner) = withheld.sorted(by: { $0.key < $1.key }).first(where: { text.contains($0.key) }) else { return nil }
        return Self.showsProtectedPhoto(owner)
    }

    /// "/people/x/" written by someone who knows the site's addresses -> "../people/x.md".
    func relativeSuggestion(for absolute: String) -> String {
        let parts = absolute.split(separator: "/").map(String.init).filter { $0 != "index.html" }
        guard let first = parts.first, let kind = ContentKind(rawValue: first), parts.count == 2 else {
            if parts.count == 1, ids[.pages]?.contains(parts[0]) == true { return "../pages/\(parts[0]).md" }
            return "../people/name.md"
        }
        let id = parts[1].hasSuffix(".md") ? String(parts[1].dropLast(3)) : parts[1]
        return kind == from ? "\(id).md" : "../\(kind.rawValue)/\(id).md"
    }

    /// Resolves `..` and `.` against the file's folder; nil if the path climbs out of content/.
    func normalize(_ path: Substring) -> [String]? {
        var parts = [from.rawValue]
        // Decoded first, so "%2e%2e" is treated as the ".." it means.
        // Split as bytes: "/" is ASCII, and splitting by Character was most of a link's cost.
        let pieces = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .map { String(Substring($0)).removingPercentEncodingSafely }
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            case "" where index < pieces.count - 1: continue
            default: parts.append(piece)
            }
        }
        return parts.isEmpty ? nil : parts
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
