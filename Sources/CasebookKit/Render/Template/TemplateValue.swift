import Foundation  // `capitalized`, as swift-mustache uses it

/// A context value sorted once into the kinds templates can meet, so looking up, testing
/// and printing it needs no dynamic cast. The kinds and their behaviour are swift-mustache's:
/// strings and numbers print as `String(describing:)`; a dictionary is looked into; a list is
/// repeated; `false` hides a section; anything else present shows it.
enum TemplateValue {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case object([String: any Sendable])
    case anyObject([String: Any])
    case stringObject([String: String])
    case list(TemplateList)

    /// A value of a type casebook's contexts do not use: the page is rendered by swift-mustache.
    struct Unsupported: Error {}

    init(_ value: Any) throws {
        // Exact type checks first: an `as?` to a protocol or across collection types costs a
        // conformance search, which is what made rendering slow.
        let type = ObjectIdentifier(Swift.type(of: value))
        switch type {
        case Self.stringType: self = .string(value as! String)
        case Self.objectType: self = .object(value as! [String: any Sendable])
        case Self.objectListType: self = .list(.objects(value as! [[String: any Sendable]]))
        case Self.intType: self = .int(value as! Int)
        case Self.boolType: self = .bool(value as! Bool)
        case Self.anyObjectType: self = .anyObject(value as! [String: Any])
        case Self.stringListType: self = .list(.strings(value as! [String]))
        case Self.sendableListType: self = .list(.sendables(value as! [any Sendable]))
        case Self.anyListType: self = .list(.anys(value as! [Any]))
        case Self.anyObjectListType: self = .list(.anyObjects(value as! [[String: Any]]))
        case Self.intListType: self = .list(.ints(value as! [Int]))
        case Self.doubleType: self = .double(value as! Double)
        case Self.stringObjectType: self = .stringObject(value as! [String: String])
        case Self.stringObjectListType: self = .list(.stringObjects(value as! [[String: String]]))
        default: throw Unsupported()
        }
    }

    private static let stringType = ObjectIdentifier(String.self)
    private static let intType = ObjectIdentifier(Int.self)
    private static let doubleType = ObjectIdentifier(Double.self)
    private static let boolType = ObjectIdentifier(Bool.self)
    private static let objectType = ObjectIdentifier([String: any Sendable].self)
    private static let anyObjectType = ObjectIdentifier([String: Any].self)
    private static let stringObjectType = ObjectIdentifier([String: String].self)
    private static let stringObjectListType = ObjectIdentifier([[String: String]].self)
    private static let objectListType = ObjectIdentifier([[String: any Sendable]].self)
    private static let anyObjectListType = ObjectIdentifier([[String: Any]].self)
    private static let stringListType = ObjectIdentifier([String].self)
    private static let intListType = ObjectIdentifier([Int].self)
    private static let sendableListType = ObjectIdentifier([any Sendable].self)
    private static let anyListType = ObjectIdentifier([Any].self)

    /// The value of `name` inside this one; only dictionaries have named values.
    func child(_ name: String) throws -> TemplateValue? {
        switch self {
        case .object(let object): try object[name].map(TemplateValue.init)
        case .anyObject(let object): try object[name].map(TemplateValue.init)
        case .stringObject(let object): object[name].map(TemplateValue.string)
        default: nil
        }
    }

    /// swift-mustache's transforms of strings, lists, dictionaries and integers; nil where
    /// the value has no such transform (the tag then renders as absent).
    func transformed(_ transform: ValueTransform) throws -> TemplateValue? {
        switch (self, transform) {
        case (.string(let s), .empty): .bool(s.isEmpty)
        case (.string(let s), .lowercased): .string(s.lowercased())
        case (.string(let s), .uppercased): .string(s.uppercased())
        case (.string(let s), .capitalized): .string(s.capitalized)
        case (.string(let s), .reversed): .string(String(s.reversed()))
        case (.list(let l), .empty): .bool(l.isEmpty)
        case (.list(let l), .count): .int(l.count)
        case (.list(let l), .first): l.isEmpty ? nil : try l.item(0)
        case (.list(let l), .last): l.isEmpty ? nil : try l.item(l.count - 1)
        case (.list(let l), .reversed): .list(l.reversed())
        case (.object(let o), .empty): .bool(o.isEmpty)
        case (.object(let o), .count): .int(o.count)
        case (.anyObject(let o), .empty): .bool(o.isEmpty)
        case (.anyObject(let o), .count): .int(o.count)
        case (.stringObject(let o), .empty): .bool(o.isEmpty)
        case (.stringObject(let o), .count): .int(o.count)
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
            case .double(let d): return String(describing: d)
            case .bool(let b): return b ? "true" : "false"
            // A dictionary or list printed whole has no stable form; leave it to swift-mustache.
            case .object, .anyObject, .stringObject, .list: throw Unsupported()
            }
        }
    }
}

/// A list from a context, kept in its own element type: converting it to `[Any]` boxed
/// every element again for each section that repeats it.
enum TemplateList {
    case objects([[String: any Sendable]])
    case anyObjects([[String: Any]])
    case stringObjects([[String: String]])
    case strings([String])
    case ints([Int])
    case sendables([any Sendable])
    case anys([Any])

    var count: Int {
        switch self {
        case .objects(let l): l.count
        case .anyObjects(let l): l.count
        case .stringObjects(let l): l.count
        case .strings(let l): l.count
        case .ints(let l): l.count
        case .sendables(let l): l.count
        case .anys(let l): l.count
        }
    }

    var isEmpty: Bool { count == 0 }

    /// The item at `index`, sorted as any context value is.
    func item(_ index: Int) throws -> TemplateValue {
        switch self {
        case .objects(let l): .object(l[index])
        case .anyObjects(let l): .anyObject(l[index])
        case .stringObjects(let l): .stringObject(l[index])
        case .strings(let l): .string(l[index])
        case .ints(let l): .int(l[index])
        case .sendables(let l): try TemplateValue(l[index])
        case .anys(let l): try TemplateValue(l[index])
        }
    }

    func reversed() -> TemplateList {
        switch self {
        case .objects(let l): .objects(l.reversed())
        case .anyObjects(let l): .anyObjects(l.reversed())
        case .stringObjects(let l): .stringObjects(l.reversed())
        case .strings(let l): .strings(l.reversed())
        case .ints(let l): .ints(l.reversed())
        case .sendables(let l): .sendables(l.reversed())
        case .anys(let l): .anys(l.reversed())
        }
    }
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
