import CCmark
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What to do with a link or image destination found in a Markdown body.
enum LinkDecision: Sendable, Equatable {
    case keep
    case rewrite(String)
    case reject(String)
    /// Kept as written, with a warning at the link (a `#source-N` its page does not have).
    case warn(String)
}

/// Markdown to HTML through libcmark. Every link and image destination goes through
/// `resolve`, which rewrites links between content files to page URLs and rejects what may
/// not be published; with `rawHTML`, every piece of raw HTML goes through it too, and a
/// message it returns is a problem at the piece. Body headings are moved to sit under the
/// page's own headings.
enum MarkdownRenderer {
    struct Output: Sendable {
        var html: String
        var problems: [(SourcePosition, String)]
        /// HTML blocks left out of the page (`DroppedHTML`).
        var warnings: [(SourcePosition, String)] = []
    }

    /// All cmark pointers live and die inside this function.
    static func render(_ body: MarkdownBody, unsafeHTML: Bool,
                              headingBase: Int32 = 2,
                              rawHTML: ((String) -> String?)? = nil,
                              resolve: (_ destination: String, _ isImage: Bool) -> LinkDecision) -> Output {
        var problems: [(SourcePosition, String)] = []
        var warnings: [(SourcePosition, String)] = []
        let options = unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let utf8 = body.text.utf8
        guard let document = body.text.withCString({ cmark_parse_document($0, utf8.count, options) }) else {
            return Output(html: "", problems: [(SourcePosition(line: body.firstLine, column: 1), "Markdown could not be parsed")])
        }
        defer { cmark_node_free(document) }
        var positions: LinkPosition?
        var reported: Set<SourcePosition> = []
        let shift = headingShift(document, base: headingBase)
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_EXIT, let node = cmark_iter_get_node(iterator) { MarkdownIsolation.isolate(node) }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                cmark_node_set_heading_level(node, max(1, min(6, cmark_node_get_heading_level(node) + shift)))
            }
            if let rawHTML, type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE,
               let literal = cmark_node_get_literal(node), let message = rawHTML(String(cString: literal)) {
                if positions == nil { positions = LinkPosition(body) }
                let position = positions!.locate(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
                if reported.insert(position).inserted { problems.append((position, message)) }
                continue
            }
            if !unsafeHTML, type == CMARK_NODE_HTML_BLOCK, let literal = cmark_node_get_literal(node),
               let message = DroppedHTML.warning(String(cString: literal)) {
                if positions == nil { positions = LinkPosition(body) }
                warnings.append((positions!.locate(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node))), message))
                continue
            }
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let raw = cmark_node_get_url(node) else { continue }
            let destination = String(cString: raw)
            switch resolve(destination, type == CMARK_NODE_IMAGE) {
            case .keep:
                break
            case .rewrite(let url):
                cmark_node_set_url(node, url)
            case .warn(let message):
                if positions == nil { positions = LinkPosition(body) }
                let position = positions!.locate(line: Int(cmark_node_get_start_line(node)),
                                                 byteColumn: Int(cmark_node_get_start_column(node)),
                                                 isImage: type == CMARK_NODE_IMAGE)
                if reported.insert(position).inserted { warnings.append((position, message)) }
            case .reject(let message):
                if positions == nil { positions = LinkPosition(body) }
                let position = positions!.locate(line: Int(cmark_node_get_start_line(node)),
                                                 byteColumn: Int(cmark_node_get_start_column(node)),
                                                 isImage: type == CMARK_NODE_IMAGE)
                // A reference definition used by several links is one mistake: one message.
                if reported.insert(position).inserted { problems.append((position, message)) }
                cmark_node_set_url(node, "")
            }
        }
        guard let html = cmark_render_html(document, options) else { return Output(html: "", problems: problems, warnings: warnings) }
        defer { free(html) }
        return Output(html: String(cString: html), problems: problems, warnings: warnings)
    }

    /// How far to move headings so the body's largest one sits at `base`, under the page's
    /// own headings, whether the contributor started with `#` or `##`.
    static func headingShift(_ document: OpaquePointer, base: Int32) -> Int32 {
        var smallest: Int32 = 7
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_HEADING {
                smallest = min(smallest, cmark_node_get_heading_level(node))
            }
        }
        return smallest == 7 ? 0 : base - smallest
    }
}
