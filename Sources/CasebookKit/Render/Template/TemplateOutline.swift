/// What a template includes, and how deep its tags nest, read from its text with the tag
/// positions the author sees, before swift-mustache parses it: its parser recurses once per
/// nested section, so 10,000 nested sections would overflow the stack instead of failing
/// with a message. Follows swift-mustache's grammar: set-delimiter tags (which last until
/// the end of the section they are in), `{{$name}}` as a block definition directly inside
/// `{{<parent}}` and as a block elsewhere. Anything malformed is left to swift-mustache.
struct TemplateOutline {
    indirect enum Node {
        case section(SourcePosition, [Node])
        /// `{{$name}}default{{/name}}`
        case block(String, SourcePosition, [Node])
        /// `{{>name}}`
        case partial(String, SourcePosition)
        /// `{{<name}}{{$block}}…{{/block}}{{/name}}`, with the blocks it fills.
        case parent(String, SourcePosition, [(name: String, position: SourcePosition, nodes: [Node])])
    }

    struct Problem: Error, Equatable {
        var position: SourcePosition
        var message: String
    }

    /// Deeper nesting than this, counting sections, blocks, partials and layouts, is refused:
    /// the default theme nests about 10 levels.
    static let maxDepth = 100

    let nodes: [Node]

    /// Every partial and parent named, in the order written.
    var references: [(name: String, position: SourcePosition)] {
        var found: [(String, SourcePosition)] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .section(_, let inner): walk(inner)
                case .block(_, _, let inner): walk(inner)
                case .partial(let name, let position): found.append((name, position))
                case .parent(let name, let position, let blocks):
                    found.append((name, position))
                    for block in blocks { walk(block.nodes) }
                }
            }
        }
        walk(nodes)
        return found
    }

    private struct Frame {
        enum Kind { case root, section, block, parent, blockDefinition }
        var kind: Kind
        var name = ""
        var position = SourcePosition.start
        var nodes: [Node] = []
        var blocks: [(name: String, position: SourcePosition, nodes: [Node])] = []
        var open: [Unicode.Scalar]
        var close: [Unicode.Scalar]
    }

    static func read(_ text: String) throws(Problem) -> TemplateOutline {
        var scanner = TemplateTagScanner(text)
        var frames = [Frame(kind: .root, open: ["{", "{"], close: ["}", "}"])]
        while let (content, position) = scanner.next(open: frames[frames.count - 1].open, close: frames[frames.count - 1].close) {
            let frame = frames[frames.count - 1]
            guard let sigil = content.unicodeScalars.first else { continue }
            let name = String(content.dropFirst()).trimmingSpaces
            func push(_ kind: Frame.Kind) throws(Problem) {
                guard frames.count <= maxDepth else {
                    throw Problem(position: position, message:
                        "sections, blocks and layouts are nested more than \(maxDepth) levels deep here; a template needs far fewer: close the sections you opened")
                }
                frames.append(Frame(kind: kind, name: name, position: position, open: frame.open, close: frame.close))
            }
            switch sigil {
            case "#", "^": try push(.section)
            case "$": try push(frame.kind == .parent ? .blockDefinition : .block)
            case "<":
                try refuseDynamic(name, position)
                try push(.parent)
            case ">":
                try refuseDynamic(name, position)
                frames[frames.count - 1].nodes.append(.partial(name, position))
            case "/":
                guard frames.count > 1 else { continue }
                let closed = frames.removeLast()
                switch closed.kind {
                case .root: break
                case .section: frames[frames.count - 1].nodes.append(.section(closed.position, closed.nodes))
                case .block: frames[frames.count - 1].nodes.append(.block(closed.name, closed.position, closed.nodes))
                case .parent: frames[frames.count - 1].nodes.append(.parent(closed.name, closed.position, closed.blocks))
                case .blockDefinition: frames[frames.count - 1].blocks.append((closed.name, closed.position, closed.nodes))
                }
            case "=":
                // `{{=<% %>=}}`: new delimiters until the end of this section.
                guard let (open, close) = TemplateTagScanner.delimiters(content) else { continue }
                frames[frames.count - 1].open = open
                frames[frames.count - 1].close = close
            default:
                // swift-mustache reads `a(b(c))` by recursing once per bracket.
                if content.unicodeScalars.count(where: { $0 == "(" }) > maxDepth {
                    throw Problem(position: position, message:
                        "the tag applies more than \(maxDepth) transforms in a row; a template needs one or two")
                }
            }
        }
        // Sections left open are swift-mustache's error to report; what was read still counts.
        while frames.count > 1 {
            let closed = frames.removeLast()
            frames[frames.count - 1].nodes.append(.section(closed.position, closed.nodes + closed.blocks.flatMap(\.nodes)))
        }
        return TemplateOutline(nodes: frames[0].nodes)
    }

    /// `{{>*name}}` takes the partial's name from a value, which comes from the content: a
    /// contributor could make a page include itself without end.
    static func refuseDynamic(_ name: String, _ position: SourcePosition) throws(Problem) {
        guard name.hasPrefix("*") else { return }
        throw Problem(position: position, message:
            "a partial named by a value ('\(name)') is not supported: a value could name a template that includes itself; name the partial, like {{>partials/events}}")
    }
}
