import CCmark

/// The texts of a Markdown body that become attributes: an image's description (its `alt`)
/// and a link's or image's title (its `title`, shown as a tooltip). Markup cannot isolate
/// an attribute, so one holding a direction control is wrapped in U+2068 … U+2069, as
/// `BidiText` does for the page title.
enum MarkdownIsolation {
    /// Called on libcmark's EXIT event of `node`, when it may be changed.
    static func isolate(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return }
        if let raw = cmark_node_get_title(node) {
            let title = String(cString: raw)
            if BidiText.hasDirectionControl(title) { cmark_node_set_title(node, BidiText.isolated(title)) }
        }
        // The description is written from the literal text of every node inside the image.
        guard type == CMARK_NODE_IMAGE, hasDirectionControl(inside: node) else { return }
        for (mark, add) in [("\u{2068}", cmark_node_prepend_child), ("\u{2069}", cmark_node_append_child)] {
            guard let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
            cmark_node_set_literal(text, mark)
            _ = add(node, text)
        }
    }

    static func hasDirectionControl(inside node: OpaquePointer) -> Bool {
        var child = cmark_node_first_child(node)
        while let current = child {
            if let literal = cmark_node_get_literal(current), BidiText.hasDirectionControl(String(cString: literal)) {
                return true
            }
            if hasDirectionControl(inside: current) { return true }
            child = cmark_node_next(current)
        }
        return false
    }
}
