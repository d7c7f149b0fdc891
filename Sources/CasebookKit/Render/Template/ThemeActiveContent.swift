/// What in a theme's templates and text assets would run a script from the markup or load a
/// file from another host (docs/safety.md: nothing on the site loads from another host; a
/// third-party request tells someone who reads what). Read on ASCII bytes in lower case, as
/// `ActiveMedia` reads an SVG image, but each finding at its own offset. A link a reader
/// follows (`<a href="https://…">`) loads nothing and is fine.
struct ThemeActiveContent {
    enum Language { case html, css, script }

    struct Finding {
        let offset: Int
        let message: String
    }

    /// The language a theme file is read in, by its name; nil for files not read (images, fonts).
    static func language(of path: String) -> Language? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "html", "htm", "xhtml", "svg", "mustache": return .html
        case "css": return .css
        case "js", "mjs": return .script
        default: return nil
        }
    }

    /// `rel` words of a `<link>` that name another page rather than fetch a file.
    static let linkOnlyRels: Set<String> = ["canonical", "alternate", "author", "license", "help", "next", "prev",
                                            "search", "me", "bookmark", "external", "nofollow", "noopener", "noreferrer"]

    private let text: [UInt8]
    /// The bytes as written, for the addresses messages quote (`written`).
    private let original: [UInt8]
    private(set) var found: [Finding] = []

    /// `template`: Mustache tags are read as plain letters, so `src="{{root}}assets/…"` is a
    /// path of this site and `{{> partial}}` no markup.
    init(_ bytes: [UInt8], template: Bool) {
        var text = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if template { Self.maskTags(&text) }
        self.text = text
        original = bytes
    }

    static func findings(_ bytes: [UInt8], _ language: Language, template: Bool = false) -> [Finding] {
        var scan = ThemeActiveContent(bytes, template: template)
        switch language {
        case .html: scan.html()
        case .css: scan.css(0, scan.text.count)
        case .script: scan.script()
        }
        return scan.found.sorted { $0.offset < $1.offset }
    }

    static func maskTags(_ text: inout [UInt8]) {
        var index = 0
        while index + 1 < text.count {
            guard text[index] == UInt8(ascii: "{"), text[index + 1] == UInt8(ascii: "{") else { index += 1; continue }
            var end = index + 2
            while end + 1 < text.count, !(text[end] == UInt8(ascii: "}") && text[end + 1] == UInt8(ascii: "}")) { end += 1 }
            end = min(text.count, end + 2)
            if end < text.count, text[end] == UInt8(ascii: "}") { end += 1 }
            for k in index..<end where text[k] != 0x0A { text[k] = UInt8(ascii: "x") }
            index = end
        }
    }

    private mutating func html() {
        var index = 0
        while index < text.count {
            guard text[index] == UInt8(ascii: "<") else { index += 1; continue }
            if starts("<!--", at: index) {
                index = (find("-->", from: index + 4) ?? text.count) + 3
                continue
            }
            guard let tag = HTMLTag(text, at: index) else { index += 1; continue }
            judge(tag)
            index = tag.end
            // A script's or style's content is not markup.
            if tag.name == "script" || tag.name == "style" {
                let close = find("</" + tag.name, from: index) ?? text.count
                if tag.name == "style" { css(index, close) }
                index = close
            }
        }
    }

    private mutating func judge(_ tag: HTMLTag) {
        if tag.name == "script", tag.value("src") == nil, tag.value("type")?.value != "application/ld+json" {
            found.append(Finding(offset: tag.start, message: "an inline <script> (one without src) would run on every page made from it; "
                + "put the script into the theme's assets/ and load it with <script src=\"{{root}}assets/NAME.js\" defer></script>"))
        }
        if tag.name == "meta", tag.value("http-equiv")?.value == "refresh", let content = tag.value("content"),
           case let words = content.value.filter({ $0 != " " }), let url = words.firstRange(of: "url=") {
            // `0; url=https://…`: the browser goes there by itself, as it fetches an image.
            let target = String(words[url.upperBound...].drop { "'\"".contains($0) }.prefix { !"'\"".contains($0) })
            if ActiveMedia.leadsOutside(target) {
                let shown = target.count > 60 ? String(target.prefix(60)) + "…" : target
                found.append(Finding(offset: content.offset, message: "a refresh to '\(shown)' sends every reader's browser to another host "
                    + "by itself, telling that host who reads what; link the page instead (<a href=\"…\">), which loads nothing until a reader follows it"))
            }
        }
        let rels = Set((tag.value("rel")?.value ?? "").split(separator: " ").map(String.init))
        let linksOnly = tag.name == "a" || tag.name == "area" || (tag.name == "link" && !rels.isEmpty && rels.isSubset(of: Self.linkOnlyRels))
        for attribute in tag.attributes {
            let name = attribute.name.split(separator: ":").last.map(String.init) ?? attribute.name
            if name.count > 2, name.hasPrefix("on") {
                found.append(Finding(offset: attribute.offset, message: "an event attribute '\(attribute.name)' runs a script from the markup; "
                    + "attach the handler in a script under the theme's assets/ instead"))
                continue
            }
            guard let value = attribute.value else { continue }
            if name == "style" { css(value.offset, value.offset + value.length); continue }
            // Read as the browser reads it: `&#106;` is a `j`, and a tab or line break inside is dropped.
            let address = String(decoding: ActiveMedia.decoded(Array(text[value.offset..<(value.offset + value.length)]))
                .filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
            let trimmed = address.trimmingSpaces
            if ["href", "src", "action", "formaction", "data", "poster"].contains(name), trimmed.hasPrefix("javascript:") {
                found.append(Finding(offset: value.offset, message: "a javascript: address runs a script from the markup; "
                    + "link a page, and put scripts into the theme's assets/"))
                continue
            }
            let loads = ["src", "poster", "background", "data"].contains(name) || (name == "href" && !linksOnly)
            if loads, ActiveMedia.leadsOutside(trimmed) {
                outside(trimmed, at: value.offset)
            } else if name == "action" || name == "formaction", ActiveMedia.leadsOutside(trimmed) {
                // Not a load, but worse: what a reader types (a name searched for) goes there.
                let address = written(trimmed, from: value.offset)
                let shown = address.count > 60 ? String(address.prefix(60)) + "…" : address
                found.append(Finding(offset: value.offset, message: "this form sends what a reader types to '\(shown)', another host, "
                    + "which would learn who looks for whom; send it to a page of the site ({{root}}search/index.html), or leave the form out"))
            } else if name == "ping" {
                // Addresses a click reports to, in the background: a beacon, not a link.
                for url in address.split(separator: " ") where ActiveMedia.leadsOutside(String(url)) {
                    outside(String(url), at: value.offset)
                    break
                }
            } else if name == "srcset" {
                for candidate in address.split(separator: ",") {
                    let url = String(candidate).trimmingSpaces.prefix { $0 != " " }
                    if ActiveMedia.leadsOutside(String(url)) { outside(String(url), at: value.offset); break }
                }
            }
        }
    }

    private mutating func outside(_ address: String, at offset: Int) {
        let address = written(address, from: offset)
        let shown = address.count > 60 ? String(address.prefix(60)) + "…" : address
        found.append(Finding(offset: offset, message: "this loads '\(shown)' from another host, which every reader's browser would ask "
            + "for, telling that host who reads what; put the file into the theme's assets/ and link it from there "
            + "({{root}}assets/… in a template, a relative url(…) in a style sheet)"))
    }

    /// An address found in the lower-cased text as the file writes it (`?family=Roboto`, not
    /// `?family=roboto`): the same bytes of the original, at its first place from `offset`
    /// (the value's start), looked for within a few kilobytes; as found when not there.
    private func written(_ address: String, from offset: Int) -> String {
        let bytes = Array(address.utf8)
        guard let first = bytes.first, offset >= 0 else { return address }
        var index = offset
        while index + bytes.count <= min(text.count, offset + bytes.count + 4096) {
            if text[index] == first, text[index..<(index + bytes.count)].elementsEqual(bytes) {
                return String(decoding: original[index..<(index + bytes.count)], as: UTF8.self)
            }
            index += 1
        }
        return address
    }

    /// `url(…)`, `@import "…"` and the quoted addresses of `image-set(…)` between two offsets.
    mutating func css(_ start: Int, _ end: Int) {
        var index = start
        while index < end {
            if starts("image-set(", at: index) {
                imageSet(from: index + 10, to: end)
                index += 10
            } else if starts("url(", at: index) || starts("@import", at: index) {
                var value = index + (text[index] == UInt8(ascii: "u") ? 4 : 7)
                while value < end, ActiveMedia.isSpace(text[value]) || text[value] == UInt8(ascii: "\"") || text[value] == UInt8(ascii: "'") { value += 1 }
                // `@import url(…)`: the `url(` is read next.
                if starts("url(", at: value), text[index] == UInt8(ascii: "@") { index = value; continue }
                var stop = value
                while stop < end, !ActiveMedia.isSpace(text[stop]), !"\"')>;".utf8.contains(text[stop]) { stop += 1 }
                let address = String(decoding: text[value..<stop], as: UTF8.self)
                if ActiveMedia.leadsOutside(address) { outside(address, at: value) }
                index = max(stop, index + 1)
            } else {
                index += 1
            }
        }
    }

    /// `image-set("https://…" 1x, …)`: a browser loads a quoted address there as it loads a `url(…)`.
    private mutating func imageSet(from start: Int, to end: Int) {
        var index = start
        while index < end, text[index] != UInt8(ascii: ")") {
            let quote = text[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { index += 1; continue }
            var stop = index + 1
            while stop < end, text[stop] != quote { stop += 1 }
            let address = String(decoding: text[(index + 1)..<stop], as: UTF8.self)
            if ActiveMedia.leadsOutside(address) { outside(address, at: index + 1) }
            index = stop + 1
        }
    }

    /// A quoted address on another host (`fetch("https://…")`, `import '//cdn…'`).
    private mutating func script() {
        for index in text.indices where "\"'`".utf8.contains(text[index]) {
            for prefix in ["http://", "https://", "//"] where starts(prefix, at: index + 1) {
                let after = index + 1 + prefix.utf8.count
                guard after < text.count, ActiveMedia.isLetter(text[after]) else { continue }
                var stop = index + 1
                while stop < text.count, text[stop] != text[index], !ActiveMedia.isSpace(text[stop]) { stop += 1 }
                outside(String(decoding: text[(index + 1)..<stop], as: UTF8.self), at: index + 1)
                break
            }
        }
    }

    private func starts(_ word: String, at index: Int) -> Bool {
        let needle = Array(word.utf8)
        return index + needle.count <= text.count && text[index..<(index + needle.count)].elementsEqual(needle)
    }

    private func find(_ word: String, from start: Int) -> Int? {
        var index = start
        while index < text.count {
            if starts(word, at: index) { return index }
            index += 1
        }
        return nil
    }
}
