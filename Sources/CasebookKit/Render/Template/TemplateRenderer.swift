/// Renders compiled templates into one byte buffer, with swift-mustache's semantics: the
/// context stack, sections over lists and booleans, inverted sections, partials with their
/// indentation and block overrides, content types. `Tests/…/TemplateRendererTests` renders
/// the same templates and values with both and compares the bytes.
struct TemplateRenderer {
    let templates: [String: CompiledTemplate]
    private(set) var out: [UInt8] = []
    /// The context stack, innermost last (pushed by sections and read by `lookup`, in TemplateRenderer+Context.swift).
    var stack: [TemplateValue] = []
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

    /// A page past its budget: a list repeated inside itself (`{{#nav}}{{#nav}}…`, where the
    /// inner name finds the outer list on the stack) grows the page exponentially, and a
    /// build would never end. 64 MB is over ten times the largest page of a 10,000-case
    /// archive and is reached in well under a second; the count of templates and sections
    /// entered (4 million: a timeline of 50,000 events enters about 500,000) bounds the same
    /// loop when it prints nothing. Checked once per entry: a counter.
    struct TooLarge: Error {}
    static let maxOutput = 64 << 20
    static let maxEntries = 4 << 20
    private var entries = 0
    /// The groups and lists printed whole on this page (`WholeValue`), each once.
    private(set) var printedWhole: [WholeValue] = []

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

    /// Renders `name` with `context` as the bottom of the stack; `printedWhole` is told of each
    /// group or list a tag printed whole (printed as nothing), once the page is made.
    static func render(_ name: String, context: any TemplateFields, templates: [String: CompiledTemplate],
                       printedWhole: ((WholeValue) -> Void)? = nil) throws -> [UInt8] {
        guard let template = templates[name] else { return [] }
        var renderer = TemplateRenderer(templates: templates)
        renderer.stack.append(.fields(context))
        try renderer.render(template, Scope())
        if let printedWhole { renderer.printedWhole.forEach(printedWhole) }
        return renderer.out
    }

    mutating func render(_ template: CompiledTemplate, _ scope: Scope) throws {
        guard depth < Self.maxDepth else { throw TooDeep() }
        entries += 1
        guard out.count <= Self.maxOutput, entries <= Self.maxEntries else { throw TooLarge() }
        depth += 1
        defer { depth -= 1 }
        let outerEscaping = escaping
        defer { escaping = outerEscaping }
        // The program's tables, read through pointers: copying a node or a text out of an
        // array retained it, on objects both rendering threads share (`TemplateProgram`).
        let tables = template.tables
        guard let indentation = scope.indentation, !indentation.isEmpty else {
            for op in tables.ops { try run(op, tables, template, scope) }
            return
        }
        // swift-mustache indents a token's output when it is not empty and what this same
        // template rendered so far ends a line.
        let start = out.count
        for op in tables.ops {
            let before = out.count
            try run(op, tables, template, scope)
            if out.count > before, endsLine(at: before, from: start) {
                out.insert(contentsOf: indentation, at: before)
            }
        }
    }

    mutating func run(_ op: TemplateProgram.Op, _ tables: TemplateTables, _ template: CompiledTemplate, _ scope: Scope) throws {
        switch op.kind {
        case .text:
            out.append(contentsOf: UnsafeBufferPointer(rebasing: tables.bytes[Int(op.a)..<Int(op.a + op.b)]))
        case .value:
            guard let value = lookup(tables.lookups[Int(op.a)], tables, scope) else { return }
            // A text, the common case, is appended where it is, without taking it out first.
            if case .string(let text) = value {
                append(text, op.flag ? escaping : .none)
                return
            }
            if case .fields = value { return noteWhole(tables.lookups[Int(op.a)], tables, value) }
            if case .list = value { return noteWhole(tables.lookups[Int(op.a)], tables, value) }
            let text = try value.text
            if op.flag { append(text, escaping) } else { append(text, .none) }
        case .section:
            let value = lookup(tables.lookups[Int(op.a)], tables, scope)
            try tables.templates[Int(op.b)]._withUnsafeGuaranteedRef { body in
                if op.flag { try renderInverted(value, body, scope) } else { try renderSection(value, body, scope) }
            }
        case .block:
            var inner = scope
            inner.position = nil
            inner.indentation = Self.indent(scope.indentation, Self.bytes(op.c, op.d, tables))
            if let given = scope.overrides?[template.program.strings[Int(op.a)]] {
                try render(given, inner)
            } else {
                try tables.templates[Int(op.b)]._withUnsafeGuaranteedRef { try render($0, inner) }
            }
        case .partial:
            guard let partial = templates[template.program.strings[Int(op.a)]] else { return }
            var inner = Scope(indentation: Self.indent(scope.indentation, Self.bytes(op.c, op.d, tables)))
            if op.b >= 0 {
                let overrides = template.program.overrides[Int(op.b)]
                // Overrides given further out win over the ones given here.
                inner.overrides = scope.overrides.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
            } else {
                inner.overrides = scope.overrides
            }
            let callerEscaping = escaping
            escaping = .html
            defer { escaping = callerEscaping }
            try render(partial, inner)
        case .escaping:
            escaping = TemplateProgram.escapings[Int(op.a)]
        case .constant:
            let mode = op.flag ? escaping : .none
            if mode == .html {
                append(template.program.strings[Int(op.a)], .html)
            } else {
                append(UnsafeBufferPointer(rebasing: tables.bytes[Int(op.c)..<Int(op.c + op.d)]), mode)
            }
        }
    }

    /// A group or list printed whole has no text: nothing is printed, and the caller is told.
    mutating func noteWhole(_ lookup: TemplateProgram.Lookup, _ tables: TemplateTables, _ value: TemplateValue) {
        let names = UnsafeBufferPointer(rebasing: tables.names[Int(lookup.start)..<Int(lookup.start + lookup.count)])
        let whole = WholeValue(name: WholeValue.name(names, dotted: lookup.path == .fromCurrent), value: value)
        if !printedWhole.contains(whole) { printedWhole.append(whole) }
    }

    /// An indentation's bytes, or nil for none (`c` < 0).
    static func bytes(_ c: Int32, _ d: Int32, _ tables: TemplateTables) -> [UInt8]? {
        c < 0 ? nil : Array(tables.bytes[Int(c)..<Int(c + d)])
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

    mutating func append(_ text: String, _ escaping: Escaping) {
        switch escaping {
        case .none: out.append(contentsOf: text.utf8)
        case .fastHTML: HTMLEscaping.append(text, to: &out)
        case .html: out.append(contentsOf: HTMLEscaping.escapeByCharacters(text).utf8)
        }
    }

    /// A constant's bytes, escaped byte by byte or not at all (`.html` takes its text).
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ escaping: Escaping) {
        if escaping == .fastHTML { HTMLEscaping.append(bytes, to: &out) } else { out.append(contentsOf: bytes) }
    }
}
