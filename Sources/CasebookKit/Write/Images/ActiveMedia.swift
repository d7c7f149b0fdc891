#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Media files a browser runs rather than shows. A web page (`.html`, `.xhtml`, an XML file,
/// which a browser renders with its scripts) opened from `media/` runs its scripts, and loads
/// what it names from other hosts, under the site's own address; so does an SVG image opened
/// on its own. The pages' rule (only safe Markdown, nothing from another host, docs/safety.md)
/// would stop at the media folder. So a web page in `media/` is an error unless site.yml
/// trusts the editors with HTML (`unsafe_html: true`); an SVG image is published when it holds
/// no script, no event attribute, no embedded HTML and no reference to another host, which a
/// chart or a logo does not need.
enum ActiveMedia {
    /// Names a browser opens as a page (nginx's and Apache's types): compared in lower case.
    static let pageExtensions: Set<String> = ["html", "htm", "xhtml", "xht", "shtml", "xml", "xsl", "xslt", "svgz"]

    /// The errors for the media files, each at its file; SVG images are read, nothing else is.
    static func problems(_ files: [StaticFile], unsafeHTML: Bool, displayName: String) -> [Diagnostic] {
        guard !unsafeHTML else { return [] }
        return files.compactMap { file -> Diagnostic? in
            let message: String?
            switch kind(of: file.path) {
            case nil: return nil
            case .page?: message = pageMessage
            case .svg?:
                switch FileBytes.contents(of: file.source, limit: MediaImages.readLimit) {
                case .bytes(let bytes): message = svgProblem(bytes).map(svgMessage)
                case .tooLarge(let size): message = svgTooLarge(size)
                case .unreadable: return nil  // told by the image rule, with its reason
                }
            }
            return message.map { Diagnostic(.error, displayName + "/" + file.path, .start, $0) }
        }
    }

    /// Whether the dev server leaves a media file out, as the build refuses it.
    static func refuses(_ path: String, bytes: [UInt8], unsafeHTML: Bool) -> Bool {
        guard !unsafeHTML, let kind = kind(of: path) else { return false }
        return kind == .page || svgProblem(bytes) != nil
    }

    enum Kind { case page, svg }

    static func kind(of path: String) -> Kind? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        if ext == "svg" { return .svg }
        return pageExtensions.contains(ext) ? .page : nil
    }

    static let pageMessage =
        "a web page in media/ runs its scripts, and loads what it names from other hosts, under the site's own address when a "
            + "reader opens it, so casebook does not publish it: save it as PDF (a browser's Print, Save as PDF) and link the PDF, "
            + "or set unsafe_html: true in site.yml if every editor of the archive is trusted with HTML"

    /// An SVG over `MediaImages.readLimit` is not read, so not published.
    static func svgTooLarge(_ size: Int) -> String {
        "this SVG image is \(MediaImages.megabytes(size)), and casebook reads an SVG whole to make sure it holds no script, "
            + "so it reads none over \(MediaImages.megabytes(MediaImages.readLimit)) and does not publish it: convert the image to PNG, "
            + "or set unsafe_html: true in site.yml if every editor of the archive is trusted with HTML"
    }

    static func svgMessage(_ found: String) -> String {
        "this SVG image holds \(found): opened on its own, it would run a script or load a file from another host under the "
            + "site's address, so casebook does not publish it: remove it from the file (an image editor's 'plain SVG' or 'optimised SVG' export leaves it out), "
            + "convert the image to PNG, or set unsafe_html: true in site.yml if every editor of the archive is trusted with HTML"
    }

    /// What makes an SVG image active, in words ("a script", "an event attribute 'onload'"), or
    /// nil for a picture. Read on ASCII bytes in lower case (the markup's names are ASCII), with
    /// numeric character references decoded, as an XML reader decodes them in attributes.
    static func svgProblem(_ bytes: [UInt8]) -> String? {
        let text = decoded(bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        if let found = activeParts(text) { return found }
        // A style's `u\72l(…)` is `url(…)` to the browser: read once more with CSS escapes undone.
        return text.contains(UInt8(ascii: "\\")) ? activeParts(cssUnescaped(text)) : nil
    }

    static func activeParts(_ text: [UInt8]) -> String? {
        // A browser drops tabs and line breaks inside an address: `java&#9;script:` runs.
        let unbroken = text.filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        if element(text, "script") { return "a script" }
        if element(text, "foreignobject") { return "embedded HTML (a foreignObject element)" }
        if contains(text, "<!entity") { return "an entity declaration (<!ENTITY)" }
        if contains(unbroken, "javascript:") { return "a javascript: address" }
        if contains(text, "@import") { return "a style sheet import (@import)" }
        if let name = eventAttribute(text) ?? animatedEvent(text) { return "an event attribute ('\(name)')" }
        if let address = outsideReference(text) ?? imageSetReference(text) { return "a reference to another host ('\(address)')" }
        return nil
    }

    /// An attribute `on…=` after a space inside a tag: `onload`, `onclick`, `onbegin`.
    static func eventAttribute(_ text: [UInt8]) -> String? {
        var inTag = false
        for index in text.indices {
            let byte = text[index]
            if byte == UInt8(ascii: "<") { inTag = true } else if byte == UInt8(ascii: ">") { inTag = false }
            guard inTag, isSpace(byte) || byte == UInt8(ascii: "/"), index + 3 < text.count,
                  text[index + 1] == UInt8(ascii: "o"), text[index + 2] == UInt8(ascii: "n") else { continue }
            var end = index + 3
            while end < text.count, isLetter(text[end]) { end += 1 }
            var after = end
            while after < text.count, isSpace(text[after]) { after += 1 }
            if end > index + 3, after < text.count, text[after] == UInt8(ascii: "=") {
                return String(decoding: text[(index + 1)..<end], as: UTF8.self)
            }
        }
        return nil
    }

    /// A quoted address on another host in a style's `image-set("…" 1x, …)`, which a browser
    /// loads as it loads a `url(…)`.
    static func imageSetReference(_ text: [UInt8]) -> String? {
        for start in positions(text, "image-set(") {
            var index = start + 10
            while index < text.count, text[index] != UInt8(ascii: ")") {
                let quote = text[index]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { index += 1; continue }
                var stop = index + 1
                while stop < text.count, text[stop] != quote { stop += 1 }
                let address = String(decoding: text[(index + 1)..<stop], as: UTF8.self).trimmingSpaces
                if leadsOutside(address) { return address.count > 60 ? String(address.prefix(60)) + "…" : address }
                index = stop + 1
            }
        }
        return nil
    }

    /// An animation that sets an event attribute: `<set attributeName="onclick" to="…">`.
    static func animatedEvent(_ text: [UInt8]) -> String? {
        for start in positions(text, "attributename") {
            var value = start + 13
            while value < text.count, isSpace(text[value]) || "=\"'".utf8.contains(text[value]) { value += 1 }
            var end = value
            while end < text.count, isLetter(text[end]) || text[end] == UInt8(ascii: ":") { end += 1 }
            let name = String(decoding: text[value..<end], as: UTF8.self)
            if name.count > 2, name.hasPrefix("on") { return name }
        }
        return nil
    }

    /// The first `href`, `src` or `url(…)` value that leads to another host: a scheme (but
    /// `data:` pictures) or `//`. Namespaces (`xmlns="http://www.w3.org/2000/svg"`) are names, not loads.
    static func outsideReference(_ text: [UInt8]) -> String? {
        for name in ["href", "src", "url("] {
            for start in positions(text, name) {
                var value = start + name.utf8.count
                if name != "url(" {
                    // An attribute: after a space or a prefix (`xlink:href`), then `=`.
                    guard start > 0, isSpace(text[start - 1]) || text[start - 1] == UInt8(ascii: ":") else { continue }
                    while value < text.count, isSpace(text[value]) { value += 1 }
                    guard value < text.count, text[value] == UInt8(ascii: "=") else { continue }
                    value += 1
                }
                while value < text.count, isSpace(text[value]) { value += 1 }
                // A quoted value runs to its quote, spaces and line breaks inside it too.
                let quote = value < text.count && (text[value] == UInt8(ascii: "\"") || text[value] == UInt8(ascii: "'")) ? text[value] : nil
                if quote != nil { value += 1 }
                var end = value
                while end < text.count, quote.map({ text[end] != $0 }) ?? (!isSpace(text[end]) && !")>".utf8.contains(text[end])) { end += 1 }
                let address = String(decoding: text[value..<end], as: UTF8.self).trimmingSpaces
                if leadsOutside(address) { return address.count > 60 ? String(address.prefix(60)) + "…" : address }
            }
        }
        return nil
    }

    static func leadsOutside(_ written: String) -> Bool {
        // A browser drops tabs and line breaks anywhere in an address, and spaces and control
        // characters around it: `ht&#9;tps://…` and ` //host` lead out as well.
        // Most addresses have neither: read as written, not copied (every link of every body).
        let address: String
        if written.utf8.first.map({ $0 <= 0x20 }) == true || written.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 }) {
            var scalars = written.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }[...]
            while let first = scalars.first, first.value <= 0x20 { scalars = scalars.dropFirst() }
            address = String(String.UnicodeScalarView(scalars))
        } else {
            address = written
        }
        if address.hasPrefix("//") || address.hasPrefix("\\\\") || address.hasPrefix("/\\") || address.hasPrefix("\\/") { return true }
        // By bytes: a Character search walked every link's graphemes.
        guard let colon = address.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = address[..<colon]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return false }
        return !address.hasPrefix("data:image/")
    }
}
