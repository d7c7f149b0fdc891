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
    case list([Any])

    /// A value of a type casebook's contexts do not use: the page is rendered by swift-mustache.
    struct Unsupported: Error {}

    init(_ value: Any) throws {
        // Exact type checks first: an `as?` to a protocol or across collection types costs a
        // conformance search, which is what made rendering slow.
        let type = ObjectIdentifier(Swift.type(of: value))
        switch type {
        case Self.stringType: self = .string(value as! String)
        case Self.objectType: self = .object(value as! [String: any Sendable])
        case Self.objectListType: self = .list(value as! [[String: any Sendable]])
        case Self.intType: self = .int(value as! Int)
        case Self.boolType: self = .bool(value as! Bool)
        case Self.anyObjectType: self = .anyObject(value as! [String: Any])
        case Self.stringListType: self = .list(value as! [String])
        case Self.sendableListType: self = .list(value as! [any Sendable])
        case Self.anyListType: self = .list(value as! [Any])
        case Self.anyObjectListType: self = .list(value as! [[String: Any]])
        case Self.intListType: self = .list(value as! [Int])
        case Self.doubleType: self = .double(value as! Double)
        case Self.stringObjectType: self = .stringObject(value as! [String: String])
        case Self.stringObjectListType: self = .list(value as! [[String: String]])
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
        case (.list(let l), .first): try l.first.map(TemplateValue.init)
        case (.list(let l), .last): try l.last.map(TemplateValue.init)
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
