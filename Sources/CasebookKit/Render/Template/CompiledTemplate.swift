import Mustache

/// A template as swift-mustache parsed it, turned into nodes that render without dynamic
/// casts: names split once, text as bytes, transforms as cases. swift-mustache stays the
/// parser (its positions, its whitespace rules); only the rendering is done here.
final class CompiledTemplate: Sendable {
    let nodes: [TemplateNode]
    /// The nodes as the renderer walks them (`TemplateProgram`), and its tables.
    let program: TemplateProgram
    let tables: TemplateTables

    init(_ nodes: [TemplateNode]) {
        self.nodes = nodes
        program = TemplateProgram(nodes)
        tables = TemplateTables(program)
    }

    deinit { tables.free() }
}

indirect enum TemplateNode: Sendable {
    case text([UInt8])
    case value(ValuePath, [ValueTransform], escaped: Bool)
    case section(ValuePath, [ValueTransform], CompiledTemplate, inverted: Bool)
    /// `{{$name}}default{{/name}}`: the override a partial call gave, or the default.
    case block(String, CompiledTemplate, indentation: [UInt8]?)
    /// `{{>name}}` and `{{<name}}…{{/name}}` (with block overrides).
    case partial(String, indentation: [UInt8]?, overrides: [String: CompiledTemplate]?)
    /// `{{% CONTENT_TYPE: … }}`: how the following values are escaped.
    case escaping(Escaping)
    /// A `{{words.…}}` tag whose text is known for the language being rendered
    /// (`WordsFolding`), escaped as a value would be.
    case constant(String, escaped: Bool)
}

/// Where a name is looked up, decided when the template is compiled.
enum ValuePath: Sendable {
    /// `{{.}}`
    case current
    /// `{{last()}}`: a transform of the position in the list being rendered.
    case sequence
    /// `{{.a.b}}`: from the current value only.
    case fromCurrent([String])
    /// `{{a.b}}`: `a` from the innermost value that has it, then `b` inside it.
    case stack([String])
}

enum ValueTransform: String, Sendable, CaseIterable {
    case empty, count, first, last, index, even, odd, plusone, minusone, equalzero
    case lowercased, uppercased, capitalized, reversed
}

enum Escaping: Sendable {
    /// casebook's byte-wise HTML escaping (`FastHTMLContentType`).
    case fastHTML
    /// swift-mustache's own HTML escaping, by characters.
    case html
    case none
}
