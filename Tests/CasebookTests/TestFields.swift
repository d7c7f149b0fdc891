@testable import CasebookKit

/// A typed value made from a dictionary literal, for tests that feed the renderers values
/// of every shape: texts, numbers, flags, nested values and lists of them. Both renderers
/// get this same value (swift-mustache through `MustacheParent`).
struct TestFields: TemplateFields {
    let values: [String: any TemplateElement]

    static let fieldNames: [String] = []
    func field(_ name: String) -> TemplateValue? { values[name]?.templateValue }

    init(_ dictionary: [String: Any]) {
        values = dictionary.mapValues(Self.element)
    }

    static func element(_ value: Any) -> any TemplateElement {
        switch value {
        case let flag as Bool: flag
        case let number as Int: number
        case let text as String: text
        case let fields as TestFields: fields
        case let object as [String: Any]: TestFields(object)
        case let texts as [String]: texts
        case let numbers as [Int]: numbers
        case let objects as [[String: Any]]: objects.map(TestFields.init)
        case let list as [TestFields]: list
        case let element as any TemplateElement: element
        default: preconditionFailure("no template value for \(type(of: value))")
        }
    }
}
