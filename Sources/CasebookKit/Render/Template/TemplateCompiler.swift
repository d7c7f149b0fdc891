import Mustache

/// Reads the tokens of templates swift-mustache has parsed and compiles them. The tokens
/// are internal to swift-mustache, so they are read with `Mirror` (once per template, at
/// theme load). A token this renderer does not know, or a shape that changed in another
/// version of swift-mustache, makes the whole theme render through swift-mustache instead:
/// slower, never different.
enum TemplateCompiler {
    struct Unsupported: Error {}

    /// `budget`: a transform the renderer lacks (`sorted()`) is taken as `reversed()`, which
    /// keeps a list's length: not the theme's output, but as long, so a theme left to
    /// swift-mustache can be rendered first within the renderer's budget (`Theme.renderBytes`).
    static func compile(_ library: MustacheLibrary, names: [String], budget: Bool = false) -> [String: CompiledTemplate]? {
        var compiled: [String: CompiledTemplate] = [:]
        for name in names {
            guard let template = library.getTemplate(named: name),
                  let made = try? compile(template, budget: budget) else { return nil }
            compiled[name] = made
        }
        return compiled
    }

    static func compile(_ template: MustacheTemplate, budget: Bool = false) throws -> CompiledTemplate {
        guard let tokens = Mirror(reflecting: template).descendant("tokens") as? [Any] else { throw Unsupported() }
        return CompiledTemplate(try tokens.map { try node($0, budget: budget) })
    }

    static func node(_ token: Any, budget: Bool = false) throws -> TemplateNode {
        guard let child = Mirror(reflecting: token).children.first, let kind = child.label else { throw Unsupported() }
        let parts = kind == "text" || kind == "contentType" ? [child.value] : Mirror(reflecting: child.value).children.map(\.value)
        switch (kind, parts.count) {
        case ("text", 1):
            return .text(Array(try string(parts[0]).utf8))
        case ("variable", 2), ("unescapedVariable", 2):
            let name = try string(parts[0]), transforms = try transformList(parts[1], budget: budget)
            return .value(path(name, transforms: transforms), transforms, escaped: kind == "variable")
        case ("section", 3), ("invertedSection", 3):
            let name = try string(parts[0]), transforms = try transformList(parts[1], budget: budget)
            return .section(path(name, transforms: transforms), transforms, try template(parts[2], budget: budget),
                            inverted: kind == "invertedSection")
        case ("blockExpansion", 3):
            return .block(try string(parts[0]), try template(parts[1], budget: budget), indentation: try optionalBytes(parts[2]))
        case ("partial", 3):
            var overrides: [String: CompiledTemplate]?
            if let inherits = parts[2] as? [String: MustacheTemplate] {
                overrides = try inherits.mapValues { try compile($0, budget: budget) }
            } else if !isNone(parts[2]) {
                throw Unsupported()
            }
            return .partial(try string(parts[0]), indentation: try optionalBytes(parts[1]), overrides: overrides)
        case ("contentType", 1):
            switch String(describing: type(of: parts[0])) {
            case String(describing: FastHTMLContentType.self): return .escaping(.fastHTML)
            case "HTMLContentType": return .escaping(.html)
            case "TextContentType": return .escaping(.none)
            default: throw Unsupported()
            }
        default:
            // Dynamic partials, block definitions outside a partial call: rare enough to
            // leave to swift-mustache.
            throw Unsupported()
        }
    }

    static func path(_ name: String, transforms: [ValueTransform]) -> ValuePath {
        if name == "." { return .current }
        if name.isEmpty && !transforms.isEmpty { return .sequence }
        let components = name.split(separator: ".").map(String.init)
        return name.first == "." ? .fromCurrent(components) : .stack(components)
    }

    static func transformList(_ value: Any, budget: Bool = false) throws -> [ValueTransform] {
        guard let names = value as? [String] else { throw Unsupported() }
        // swift-mustache applies them innermost first: `empty(.charges)` is ["empty"].
        return try names.reversed().map { name in
            guard let transform = ValueTransform(rawValue: name) ?? (budget ? .reversed : nil) else { throw Unsupported() }
            return transform
        }
    }

    static func template(_ value: Any, budget: Bool = false) throws -> CompiledTemplate {
        guard let template = value as? MustacheTemplate else { throw Unsupported() }
        return try compile(template, budget: budget)
    }

    static func string(_ value: Any) throws -> String {
        guard let string = value as? String else { throw Unsupported() }
        return string
    }

    static func optionalBytes(_ value: Any) throws -> [UInt8]? {
        if let string = value as? String { return Array(string.utf8) }
        if isNone(value) { return nil }
        throw Unsupported()
    }

    /// An `Optional.none` seen through `Any`.
    static func isNone(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        return mirror.displayStyle == .optional && mirror.children.isEmpty
    }
}
