/// Renders compiled templates into one byte buffer, with swift-mustache's semantics: the
/// context stack, sections over lists and booleans, inverted sections, partials with their
/// indentation and block overrides, content types. `Tests/…/TemplateRendererTests` renders
/// the same templates and values with both and compares the bytes.
struct TemplateRenderer {
    let templates: [String: CompiledTemplate]
    private(set) var out: [UInt8] = []
    private var stack: [TemplateValue] = []
    /// Templates, sections and blocks being rendered, one inside the other.
    private var depth = 0
    /// How values are escaped from here on (`{{% CONTENT_TYPE }}`): it holds to the end of
    /// the template that set it, in its sections and blocks too, and a partial starts at
    /// `.html`. Kept here rather than in `Scope`, so a scope is never copied to change it.
    private var escaping: Escaping = .html

    /// Nesting past any a checked theme reaches (`TemplateGraph`): a second line of defence
    /// against a stack overflow, should the check ever miss a way to recurse.
    struct TooDeep: Error {}
    static let maxDepth = 2 * TemplateOutline.maxDepth

    /// What swift-mustache keeps in its context besides the stack and the escaping.
    struct Scope {
        var position: SequencePosition?
        var indentation: [UInt8]?
        var overrides: [String: CompiledTemplate]?
    }

    init(templates: [String: CompiledTemplate], capacity: Int = 16 * 1024) {
        self.templates = templates
        out.reserveCapacity(capacity)
    }

    /// Renders `name` with `context` as the bottom of the stack; throws `Unsupported` for a
    /// value printed whole, which swift-mustache prints in a way not reproduced here.
    static func render(_ name: String, context: any TemplateFields, templates: [String: CompiledTemplate]) throws -> [UInt8] {
        guard let template = templates[name] else { return [] }
        var renderer = TemplateRenderer(templates: templates)
        renderer.stack.append(.fields(context))
        try renderer.render(template, Scope())
        return renderer.out
    }

    mutating func render(_ template: CompiledTemplate, _ scope: Scope) throws {
        guard depth < Self.maxDepth else { throw TooDeep() }
        depth += 1
        defer { depth -= 1 }
        let outerEscaping = escaping
        defer { escaping = outerEscaping }
        // Through the buffer: a for-in loop, or even indexing the array, copied each node,
        // retaining what it holds, and the nodes are shared by the rendering threads.
        try template.nodes.withUnsafeBufferPointer { nodes in
            guard let indentation = scope.indentation, !indentation.isEmpty else {
                for index in nodes.indices { try render(nodes[index], scope) }
                return
            }
            // swift-mustache indents a token's output when it is not empty and what this same
            // template rendered so far ends a line.
            let start = out.count
            for index in nodes.indices {
                let before = out.count
                try render(nodes[index], scope)
                if out.count > before, endsLine(at: before, from: start) {
                    out.insert(contentsOf: indentation, at: before)
                }
            }
        }
    }

    mutating func render(_ node: TemplateNode, _ scope: Scope) throws {
        switch node {
        case .text(let bytes):
            out.append(contentsOf: bytes)
        case .value(let path, let transforms, let escaped):
            guard let value = lookup(path, transforms, scope) else { return }
            // A text, the common case, is appended where it is, without taking it out first.
            if case .string(let text) = value {
                append(text, escaped ? escaping : .none)
                return
            }
            let text = try value.text
            if escaped { append(text, escaping) } else { append(text, .none) }
        case .section(let path, let transforms, let template, let inverted):
            let value = lookup(path, transforms, scope)
            if inverted { try renderInverted(value, template, scope) } else { try renderSection(value, template, scope) }
        case .block(let name, let template, let indentation):
            var inner = scope
            inner.position = nil
            inner.indentation = Self.indent(scope.indentation, indentation)
            try render(scope.overrides?[name] ?? template, inner)
        case .partial(let name, let indentation, let overrides):
            guard let template = templates[name] else { return }
            var inner = Scope(indentation: Self.indent(scope.indentation, indentation))
            if let overrides {
                // Overrides given further out win over the ones given here.
                inner.overrides = scope.overrides.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
            } else {
                inner.overrides = scope.overrides
            }
            let callerEscaping = escaping
            escaping = .html
            defer { escaping = callerEscaping }
            try render(template, inner)
        case .escaping(let escaping):
            self.escaping = escaping
        case .constant(let text, let escaped):
            append(text, escaped ? escaping : .none)
        }
    }

    /// Whether the bytes from `start` to `end` end with a line feed that is a character of
    /// its own: swift-mustache compares characters, and "\r\n" is one character.
    func endsLine(at end: Int, from start: Int) -> Bool {
        guard end > start, out[end - 1] == UInt8(ascii: "\n") else { return false }
        return end - 1 == start || out[end - 2] != UInt8(ascii: "\r")
    }

    static func indent(_ outer: [UInt8]?, _ added: [UInt8]?) -> [UInt8]? {
        guard let added else { return outer }
        return (outer ?? []) + added
    }

    mutating func renderSection(_ value: TemplateValue?, _ template: CompiledTemplate, _ scope: Scope) throws {
        switch value {
        case .list(let items)?:
            let count = items.count
            guard count > 0 else { return }
            var inner = scope
            for index in 0..<count {
                inner.position = SequencePosition(first: index == 0, last: index == count - 1, index: index)
                stack.append(items.item(index))
                defer { stack.removeLast() }
                try render(template, inner)
            }
        case .bool(let shown)?:
            if shown { try render(template, scope) }
        case let value?:
            var inner = scope
            inner.position = nil
            stack.append(value)
            defer { stack.removeLast() }
            try render(template, inner)
        case nil:
            return
        }
    }

    mutating func renderInverted(_ value: TemplateValue?, _ template: CompiledTemplate, _ scope: Scope) throws {
        switch value {
        case .list(let items)?:
            guard items.count == 0 else { return }
            var inner = scope
            inner.position = nil
            stack.append(.list(items))
            defer { stack.removeLast() }
            try render(template, inner)
        case .bool(let shown)?:
            if !shown { try render(template, scope) }
        case .some:
            return
        case nil:
            try render(template, scope)
        }
    }

    func lookup(_ path: ValuePath, _ transforms: [ValueTransform], _ scope: Scope) -> TemplateValue? {
        var value: TemplateValue?
        switch path {
        case .current:
            value = stack.last
        case .sequence:
            guard let position = scope.position, let first = transforms.first else { return nil }
            value = position.transformed(first)
            return Self.apply(transforms.dropFirst(), to: value)
        case .fromCurrent(let names):
            value = Self.descend(names[...], from: stack.last)
        case .stack(let names):
            guard let name = names.first else { value = stack.last; break }
            // By index: iterating `stack.reversed()` copied every value on the way.
            var level = stack.count - 1
            while level >= 0 {
                if let found = stack[level].child(name) {
                    value = names.count == 1 ? found : Self.descend(names.dropFirst(), from: found)
                    break
                }
                level -= 1
            }
        }
        // Most tags have no transform: the value is returned as found, not copied on the way.
        return transforms.isEmpty ? value : Self.apply(transforms[...], to: value)
    }

    static func descend(_ names: ArraySlice<String>, from value: consuming TemplateValue?) -> TemplateValue? {
        for name in names {
            guard case .fields(let fields)? = value else { return nil }
            value = fields.field(name)
        }
        return value
    }

    static func apply(_ transforms: ArraySlice<ValueTransform>, to value: TemplateValue?) -> TemplateValue? {
        var value = value
        for transform in transforms {
            guard let current = value else { return nil }
            value = current.transformed(transform)
        }
        return value
    }

    mutating func append(_ text: String, _ escaping: Escaping) {
        switch escaping {
        case .none: out.append(contentsOf: text.utf8)
        case .fastHTML: HTMLEscaping.append(text, to: &out)
        case .html: out.append(contentsOf: HTMLEscaping.escapeByCharacters(text).utf8)
        }
    }
}
