/// `{{words.case.facts}}` is the same text on every page of a language, yet each page looked
/// it up through the whole context stack and two dictionaries. A language's renderer
/// gets its templates with those texts in place, once; the escaping is still applied where
/// the tag stands, as for any value.
///
/// Exact only when nothing on the stack can answer `words` but the catalogue itself, the
/// page frame's (`SharedFrame`, at the bottom of every page): a catalogue with a section
/// or a text named `words` could, inside `{{#words}}` or `{{#words.case}}`, so such a
/// catalogue is not folded at all.
enum WordsFolding {
    /// The templates with each `{{words.a.b}}` that names a text replaced by it; nil when the
    /// catalogue could shadow its own name.
    static func fold(_ templates: [String: CompiledTemplate], words: WordsValue) -> [String: CompiledTemplate]? {
        guard words.field("words") == nil, !words.sections.values.contains(where: { $0.texts["words"] != nil }) else { return nil }
        var folding = Folding(words: words)
        return templates.mapValues { folding.fold($0) }
    }

    private struct Folding {
        let words: WordsValue
        /// Templates are shared (a partial's overrides, a section's body): each folded once.
        var done: [ObjectIdentifier: CompiledTemplate] = [:]

        mutating func fold(_ template: CompiledTemplate) -> CompiledTemplate {
            if let folded = done[ObjectIdentifier(template)] { return folded }
            let folded = CompiledTemplate(template.nodes.map { fold($0) })
            done[ObjectIdentifier(template)] = folded
            return folded
        }

        mutating func fold(_ node: TemplateNode) -> TemplateNode {
            switch node {
            case .value(.stack(let names), let transforms, let escaped) where names.count > 1 && names[0] == "words" && transforms.isEmpty:
                guard case .string(let text)? = TemplateRenderer.descend(names.dropFirst(), from: .fields(words)) else { return node }
                return .constant(text, escaped: escaped)
            case .section(let path, let transforms, let template, let inverted):
                return .section(path, transforms, fold(template), inverted: inverted)
            case .block(let name, let template, let indentation):
                return .block(name, fold(template), indentation: indentation)
            case .partial(let name, let indentation, let overrides):
                return .partial(name, indentation: indentation, overrides: overrides?.mapValues { fold($0) })
            case .text, .value, .escaping, .constant:
                return node
            }
        }
    }
}
