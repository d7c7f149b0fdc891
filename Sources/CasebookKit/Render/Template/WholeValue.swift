/// A group of fields or a list printed by a `{{tag}}` (`{{facts.region}}`, `{{words.case}}`):
/// it has no text of its own (swift-mustache printed Swift's debug text, or a dictionary in an
/// order that changed from build to build), so the compiled renderer prints nothing for it
/// and the build fails with an error at the tag naming what to print instead.
struct WholeValue: Hashable, Sendable {
    /// The name as the tag writes it (`facts.region`, `.charges`, `.`).
    let name: String
    let isList: Bool
    /// The fields of the group, or of the list's items (none for a list of texts).
    let fields: [String]

    init(name: String, value: TemplateValue) {
        self.name = name
        switch value {
        case .fields(let group):
            isList = false
            // A catalogue's section has the entries of its file, not fixed names.
            fields = (group as? WordSection).map { $0.texts.keys.sorted() } ?? type(of: group).fieldNames
        case .list(let items):
            isList = true
            if items.count > 0, case .fields(let first) = items.item(0) { fields = type(of: first).fieldNames } else { fields = [] }
        default:
            isList = false
            fields = []
        }
    }

    /// The tag's name as a lookup writes it: `a.b`, `.a` for a dotted one, `.` for the item.
    static func name(_ names: some Collection<String>, dotted: Bool) -> String {
        names.isEmpty ? "." : (dotted ? "." : "") + names.joined(separator: ".")
    }

    var message: String {
        let listed = fields.prefix(6).joined(separator: ", ") + (fields.count > 6 ? " …" : "")
        let sample = fields.first { ["label", "name", "title", "text"].contains($0) } ?? fields.first
        if isList {
            let inside = sample.map { "{{.\($0)}}" } ?? "{{.}}"
            return "'\(name)' is a list\(fields.isEmpty ? "" : " of groups of fields (\(listed))"), which has no text of its own: "
                + "show its items with {{#\(name)}}\(inside){{/\(name)}}"
        }
        let field = sample.map { ", {{\(name == "." ? "" : name + ".")\($0)}}" } ?? ""
        return "'\(name)' is a group of fields\(fields.isEmpty ? "" : " (\(listed))"), which has no text of its own: print one of its fields\(field)"
    }
}
