import Foundation  // `capitalized`, as swift-mustache uses it
import Mustache

/// What a template meets when it looks a name up: a closed set of kinds, so looking up,
/// testing and printing need no dynamic cast. The behaviour is swift-mustache's: strings
/// and numbers print; a `TemplateFields` value is looked into; a list is repeated; `false`
/// hides a section; anything else present shows it.
enum TemplateValue {
    case string(String)
    case int(Int)
    case bool(Bool)
    case fields(any TemplateFields)
    case list(any TemplateItems)

    /// Something the compiled renderer leaves to swift-mustache, with the reason in words
    /// (`Theme` records it and `--verbose` prints it).
    struct Unsupported: Error {
        let reason: String
        static let printedWhole = Unsupported(reason: "a value printed whole")
    }

    /// The value of `name` inside this one; only `TemplateFields` values have named values.
    func child(_ name: String) -> TemplateValue? {
        if case .fields(let fields) = self { fields.field(name) } else { nil }
    }

    /// swift-mustache's transforms of strings, lists and integers; nil where the value has
    /// no such transform (the tag then renders as absent), as for swift-mustache's structs.
    func transformed(_ transform: ValueTransform) -> TemplateValue? {
        switch (self, transform) {
        case (.string(let s), .empty): .bool(s.isEmpty)
        case (.string(let s), .lowercased): .string(s.lowercased())
        case (.string(let s), .uppercased): .string(s.uppercased())
        case (.string(let s), .capitalized): .string(s.capitalized)
        case (.string(let s), .reversed): .string(String(s.reversed()))
        case (.list(let l), .empty): .bool(l.count == 0)
        case (.list(let l), .count): .int(l.count)
        case (.list(let l), .first): l.count == 0 ? nil : l.item(0)
        case (.list(let l), .last): l.count == 0 ? nil : l.item(l.count - 1)
        case (.list(let l), .reversed): .list(l.reversedItems())
        case (.int(let i), .equalzero): .bool(i == 0)
        case (.int(let i), .plusone): .int(i + 1)
        case (.int(let i), .minusone): .int(i - 1)
        case (.int(let i), .even): .bool(i & 1 == 0)
        case (.int(let i), .odd): .bool(i & 1 == 1)
        default: nil
        }
    }

    /// The text a `{{tag}}` prints before escaping.
    var text: String {
        get throws {
            switch self {
            case .string(let s): return s
            case .int(let i): return String(i)
            case .bool(let b): return b ? "true" : "false"
            // A struct or list printed whole has no stable form; leave it to swift-mustache.
            case .fields, .list: throw Unsupported.printedWhole
            }
        }
    }

    /// The same value as swift-mustache takes it: String, Int, Bool, an array, a `MustacheParent`.
    var mustacheValue: Any {
        switch self {
        case .string(let s): s
        case .int(let i): i
        case .bool(let b): b
        case .fields(let fields): fields
        case .list(let items): items.mustacheValue
        }
    }
}

/// A value that can stand in a template's list or field: texts, numbers, flags, typed values, lists of them.
protocol TemplateElement: Sendable {
    var templateValue: TemplateValue { get }
}

/// A value a template can look into by name. Each page's struct and each shared part
/// conforms; swift-mustache reads the same fields through `MustacheParent`.
protocol TemplateFields: TemplateElement, MustacheParent {
    /// The value named `name`; nil for a name it does not have or an optional field that is
    /// absent, so the lookup goes on down the context stack as for a missing dictionary key.
    func field(_ name: String) -> TemplateValue?
    /// Every name `field` can answer (docs/theme.md lists them; `ThemeDocTests` holds both).
    static var fieldNames: [String] { get }
}

extension TemplateFields {
    var templateValue: TemplateValue { .fields(self) }
    func child(named name: String) -> Any? { field(name)?.mustacheValue }
}

/// A list a section repeats, kept in its own element type: no element is boxed again
/// until the section reaches it.
protocol TemplateItems: Sendable {
    var count: Int { get }
    func item(_ index: Int) -> TemplateValue
    func reversedItems() -> any TemplateItems
    /// The list as swift-mustache takes it (an array of its plain values).
    var mustacheValue: Any { get }
}

extension Array: TemplateItems where Element: TemplateElement {
    func item(_ index: Int) -> TemplateValue { self[index].templateValue }
    func reversedItems() -> any TemplateItems { Array(reversed()) }
    var mustacheValue: Any { self }
}

extension Array: TemplateElement where Element: TemplateElement {
    var templateValue: TemplateValue { .list(self) }
}

extension String: TemplateElement {
    var templateValue: TemplateValue { .string(self) }
}

extension Int: TemplateElement {
    var templateValue: TemplateValue { .int(self) }
}

extension Bool: TemplateElement {
    var templateValue: TemplateValue { .bool(self) }
}

extension Optional where Wrapped: TemplateElement {
    /// An optional field: nil stays nil, so the lookup goes on down the stack.
    var templateValue: TemplateValue? { self?.templateValue }
}

/// Where a section's items stand in their list: `first()`, `last()`, `index()`, `even()`, `odd()`.
struct SequencePosition {
    var first: Bool
    var last: Bool
    var index: Int

    func transformed(_ transform: ValueTransform) -> TemplateValue? {
        switch transform {
        case .first: .bool(first)
        case .last: .bool(last)
        case .index: .int(index)
        case .even: .bool(index & 1 == 0)
        case .odd: .bool(index & 1 == 1)
        default: nil
        }
    }
}
