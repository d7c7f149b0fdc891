/// What the dev server adds to every HTML page it serves (never to the files on disk):
/// the live-reload script and, while the content has errors, the problems overlay.
enum PageInjection {
    /// The page with the additions placed before its last `</body>` (at the end when it
    /// has none). `generation` is the reload generation the page is served at: the script
    /// reloads as soon as the server announces another one, which also covers a rebuild
    /// that happened while the page was loading and a restart of the server.
    static func inject(into page: [UInt8], generation: String, problems: String?) -> [UInt8] {
        var addition = ""
        if let problems { addition += overlay(problems) }
        addition += script(generation: generation)
        let at = lastBodyClose(in: page) ?? page.endIndex
        var out = page
        out.insert(contentsOf: Array(addition.utf8), at: at)
        return out
    }

    static func script(generation: String) -> String {
        // The generation is made by ReloadEvents from letters, digits and "-" only, so it
        // needs no escaping inside the JavaScript string.
        """
        <script>/* casebook serve: live reload */(function(){var seen="\(generation)";\
        var s=new EventSource("/__casebook/events");s.onmessage=function(e){\
        if(e.data!==seen){s.close();location.reload();}};})();</script>\n
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
