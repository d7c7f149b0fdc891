import CCmark
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What to do with a link or image destination found in a Markdown body.
public enum LinkDecision: Sendable, Equatable {
    case keep
    case rewrite(String)
    case reject(String)
}

/// Markdown to HTML through libcmark. Every link and image destination goes through
/// `resolve`, which rewrites links between content files to page URLs and rejects what may
/// not be published. Body headings are moved to sit under the page's own headings.
public enum MarkdownRenderer {
    public struct Output: Sendable {
        public var html: String
        public var problems: [(SourcePosition, String)]
    }

    /// All cmark pointers live and die inside this function.
    public static func render(_ body: MarkdownBody, unsafeHTML: Bool,
                              headingBase: Int32 = 2,
                              resolve: (_ destination: String, _ isImage: Bool) -> LinkDecision) -> Output {
        var problems: [(SourcePosition, String)] = []
        let options = unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let utf8 = body.text.utf8
        guard let document = body.text.withCString({ cmark_parse_document($0, utf8.count, options) }) else {
            return Output(html: "", problems: [(SourcePosition(line: body.firstLine, column: 1), "Markdown could not be parsed")])
        }
        defer { cmark_node_free(document) }
        var sourceLines: [Substring]?
        let shift = headingShift(document, base: headingBase)
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        var blockLine: Int32 = 1
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if cmark_node_get_start_line(node) > 0 { blockLine = cmark_node_get_start_line(node) }
            if type == CMARK_NODE_HEADING {
                cmark_node_set_heading_level(node, max(1, min(6, cmark_node_get_heading_level(node) + shift)))
            }
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let raw = cmark_node_get_url(node) else { continue }
            let destination = String(cString: raw)
            switch resolve(destination, type == CMARK_NODE_IMAGE) {
            case .keep:
                break
            case .rewrite(let url):
                cmark_node_set_url(node, url)
            case .reject(let message):
                if sourceLines == nil { sourceLines = body.text.split(separator: "\n", omittingEmptySubsequences: false) }
                let position = locate(destination, from: Int(blockLine), in: sourceLines!, firstLine: body.firstLine)
                problems.append((position, message))
                cmark_node_set_url(node, "")
            }
        }
        guard let html = cmark_render_html(document, options) else { return Output(html: "", problems: problems) }
        defer { free(html) }
        return Output(html: String(cString: html), problems: problems)
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

    /// The file position of a link destination: searched from the line its block starts on.
    static func locate(_ destination: String, from line: Int, in lines: [Substring], firstLine: Int) -> SourcePosition {
        var index = max(0, line - 1)
        while index < lines.count {
            // Prefer the destination after "](" or "<", not the same words in the link text.
            let marked = lines[index].range(of: "](" + destination).map { lines[index].index($0.lowerBound, offsetBy: 2) }
                ?? lines[index].range(of: "<" + destination).map { lines[index].index(after: $0.lowerBound) }
            if let start = marked ?? lines[index].range(of: destination)?.lowerBound {
                let range = start..<start
                let column = lines[index].unicodeScalars.distance(
                    from: lines[index].startIndex, to: range.lowerBound) + 1
                return SourcePosition(line: firstLine + index, column: column)
            }
            index += 1
        }
        return SourcePosition(line: firstLine + max(0, line - 1), column: 1)
    }
}
