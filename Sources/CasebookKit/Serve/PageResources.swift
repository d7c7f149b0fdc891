/// What a served page shows besides its own bytes: the theme's assets (its style sheet,
/// scripts and images, the same on every page) and the files of `media/` it links. The
/// page's reload tag (`PageInjection.pageTag`) covers them, so a style sheet or a photo
/// saved reloads the pages that show it, although their HTML is unchanged.
enum PageResources {
    /// The media paths a page names (`media/photos/a.jpg`), percent-escapes decoded: every
    /// `media/` in it, up to the end of the address. A word "media/" in the text names no
    /// file and is not found among the stamps.
    static func mediaPaths(in page: [UInt8]) -> Set<String> {
        let needle = Array("media/".utf8)
        var paths: Set<String> = []
        var index = 0
        while index + needle.count <= page.count {
            guard page[index] == needle[0], page[index..<(index + needle.count)].elementsEqual(needle),
                  index == 0 || !isNameByte(page[index - 1]) else { index += 1; continue }
            var end = index + needle.count
            while end < page.count, !ends(page[end]) { end += 1 }
            let raw = Array(page[index..<end])
            paths.insert(String(decoding: RequestPath.percentDecoded(raw, lenient: true) ?? raw, as: UTF8.self))
            index = end
        }
        return paths
    }

    /// The tag of what the page shows besides itself: the theme's (`Theme.assetsTag`) and the
    /// stamp of each media file it names that exists.
    static func tag(of page: [UInt8], assets: String, media stamps: [String: FileStamp]) -> String {
        guard !stamps.isEmpty else { return assets }
        var text = assets
        for path in mediaPaths(in: page).sorted() {
            guard let stamp = stamps[path] else { continue }
            text += "\n\(path) \(stamp.size) \(stamp.seconds).\(stamp.nanoseconds) \(stamp.inode)"
        }
        return text
    }

    /// A byte that ends an address in HTML or CSS: a quote, a space, `)`, `<`, `#`, `?`, `&`.
    private static func ends(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "#"), UInt8(ascii: "?"), UInt8(ascii: "&"), UInt8(ascii: " "), 0x09, 0x0A, 0x0D: true
        default: false
        }
    }

    /// A letter, digit, `-` or `_` before `media/` makes it part of another name (`social-media/`).
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte >= 0x80
    }
}
