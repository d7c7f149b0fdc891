/// What to write instead of a media path that is not one (`PersonParser.mediaPath`): the
/// same path from the archive's root, the content folder or the page (`./media/x.pdf`,
/// `/media/x.pdf`, `content/media/x.pdf`, `media/a/../x.pdf`, a folder's slash), or, for
/// an address, the key it belongs under. Only a path that leads into `media/` is offered.
enum MediaPathHint {
    /// "; write 'media/x.pdf'", or `address` for an http(s) address, or "".
    static func phrase(_ raw: String, address: String) -> String {
        let lower = raw.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//") { return "; " + address }
        guard let path = normalized(raw), path != raw else { return "" }
        return "; write '\(path)'"
    }

    /// The path with its detours taken: nil when it leaves `media/` or names nothing in it.
    static func normalized(_ raw: String) -> String? {
        var parts: [Substring] = []
        for part in raw.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if parts.popLast() == nil { return nil }
            default: parts.append(part)
            }
        }
        if parts.first == "content" { parts.removeFirst() }
        guard parts.first == "media", parts.count > 1 else { return nil }
        return parts.joined(separator: "/")
    }
}
