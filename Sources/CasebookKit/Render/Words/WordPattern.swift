/// A catalogue text with its placeholders found once: "{count} years" is the text " years"
/// after the value `count`. `{month:genitive}` names the value `month` in the form
/// `genitive`. Filling asks a closure for each value, so wording a date or a sentence
/// builds no dictionary.
struct WordPattern: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        case text(String)
        case value(name: String, form: String?)
    }

    let parts: [Part]
    let source: String

    /// nil when a brace is not closed, or a placeholder is empty or not a plain name.
    init?(_ text: String) {
        var parts: [Part] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else { return nil }
            let inside = rest[rest.index(after: open)..<close].split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard inside.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }) else { return nil }
            parts.append(.value(name: String(inside[0]), form: inside.count == 2 ? String(inside[1]) : nil))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
        self.source = text
    }

    /// The placeholders' names, a form included ("month:genitive").
    var placeholders: Set<String> {
        Set(parts.compactMap { part in
            guard case .value(let name, let form) = part else { return nil }
            return form.map { "\(name):\($0)" } ?? name
        })
    }

    /// The names alone, without forms.
    var names: Set<String> {
        Set(parts.compactMap { if case .value(let name, _) = $0 { name } else { nil } })
    }

    func fill(_ value: (_ name: String, _ form: String?) -> String) -> String {
        if parts.count == 1, case .text(let text) = parts[0] { return text }
        var out = ""
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .value(let name, let form): out += value(name, form)
            }
        }
        return out
    }

    /// Filled from a few named values; a name not given stays as written.
    func fill(_ values: KeyValuePairs<String, String>) -> String {
        fill { name, _ in values.first { $0.key == name }?.value ?? "{\(name)}" }
    }
}
