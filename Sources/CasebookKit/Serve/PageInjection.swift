/// What the dev server adds to every HTML page it serves (never to the files on disk):
/// the live-reload script and, while the content has errors, the problems overlay.
enum PageInjection {
    /// The page with the additions placed before its last `</body>` (at the end when it
    /// has none). `generation` is the reload generation the page is served at, and `tag`
    /// names what the page shows (`pageTag`): when the server announces another generation
    /// (a rebuild, or a restart), the script asks for the page's tag again and reloads
    /// only if it changed, so a rebuild that leaves this page as it was does not disturb
    /// the reader.
    static func inject(into page: [UInt8], generation: String, tag: String, problems: String?) -> [UInt8] {
        var addition = ""
        if let problems { addition += overlay(problems) }
        addition += script(generation: generation, tag: tag)
        let at = lastBodyClose(in: page) ?? page.endIndex
        var out = page
        out.insert(contentsOf: Array(addition.utf8), at: at)
        return out
    }

    /// The header that carries a page's tag.
    static let tagHeader = "X-Casebook-Page"

    /// What a page shows: its bytes, the problems over it and what it loads (`resources`,
    /// `PageResources.tag`). Hex digits and quotes only.
    static func pageTag(_ page: [UInt8], problems: String?, resources: String = "") -> String {
        ETag.of(page + Array((problems ?? "").utf8) + [0] + Array(resources.utf8))
    }

    static func script(generation: String, tag: String) -> String {
        // The generation is made by ReloadEvents from letters, digits and "-" only, and the
        // tag from hex digits and quotes, so both go into JavaScript as they are.
        """
        <script>/* casebook serve: live reload */(function(){var seen="\(generation)",tag='\(tag)';\
        var s=new EventSource("/__casebook/events");s.onmessage=function(e){if(e.data===seen)return;seen=e.data;\
        fetch(location.href,{method:"HEAD",cache:"no-store"}).then(function(r){\
        if(r.headers.get("\(tagHeader)")!==tag){s.close();location.reload();}},function(){});};})();</script>\n
        """
    }

    static let heading = "casebook: the content has errors — showing the last good build"

    static func overlay(_ problems: String) -> String {
        """
        <div id="casebook-problems" role="alert" style="all:initial;position:fixed;\
        top:0;left:0;right:0;z-index:2147483647;display:block;box-sizing:border-box;\
        max-height:70vh;overflow:auto;padding:16px 20px;background:#161616;color:#fff;\
        border-bottom:4px solid #ff5a5f;box-shadow:0 6px 24px rgba(0,0,0,.6);\
        font:15px/1.5 system-ui,sans-serif">\
        <button type="button" onclick="this.parentNode.remove()" style="float:right;\
        margin-left:12px;padding:4px 10px;font:inherit;color:#161616;background:#fff;\
        border:0;border-radius:4px;cursor:pointer">Hide</button>\
        <h2 style="margin:0 0 8px;font:bold 17px/1.4 system-ui,sans-serif;color:#ffc2c2">\
        \(heading)</h2>\
        <pre style="margin:0;white-space:pre-wrap;overflow-wrap:anywhere;\
        font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#fff">\
        \(HTMLEscaping.escape(problems))</pre></div>\n
        """
    }

    /// The index of the last "</body" (any case), or nil.
    static func lastBodyClose(in page: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard page.count >= needle.count else { return nil }
        var index = page.count - needle.count
        while index >= 0 {
            if page[index] == needle[0], matchesIgnoringCase(page, at: index, needle) { return index }
            index -= 1
        }
        return nil
    }

    private static func matchesIgnoringCase(_ page: [UInt8], at index: Int, _ needle: [UInt8]) -> Bool {
        for offset in 0..<needle.count {
            let byte = page[index + offset]
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if lower != needle[offset] { return false }
        }
        return true
    }
}
