/// The context stack: what sections push on it, and how a tag finds its value there, as
/// swift-mustache does (from the top down, through a dotted path, or in the section's
/// position), then transformed.
extension TemplateRenderer {
    /// A section: once per item of a list (with its position), once for true, once with
    /// any other value on the stack; nothing for an empty list, false or no value.
    mutating func renderSection(_ value: TemplateValue?, _ template: CompiledTemplate, _ scope: Scope) throws {
        switch value {
        case .list(let items)?:
            let count = items.count
            guard count > 0 else { return }
            var inner = scope
            for index in 0..<count {
                inner.position = SequencePosition(first: index == 0, last: index == count - 1, index: index)
                stack.append(items.item(index))
                defer { stack.removeLast() }
                try render(template, inner)
            }
        case .bool(let shown)?:
            if shown { try render(template, scope) }
        case let value?:
            var inner = scope
            inner.position = nil
            stack.append(value)
            defer { stack.removeLast() }
            try render(template, inner)
        case nil:
            return
        }
    }

    /// An inverted section: rendered for an empty list, false or no value.
    mutating func renderInverted(_ value: TemplateValue?, _ template: CompiledTemplate, _ scope: Scope) throws {
        switch value {
        case .list(let items)?:
            guard items.count == 0 else { return }
            var inner = scope
            inner.position = nil
            stack.append(.list(items))
            defer { stack.removeLast() }
            try render(template, inner)
        case .bool(let shown)?:
            if !shown { try render(template, scope) }
        case .some:
            return
        case nil:
            try render(template, scope)
        }
    }

    /// The value a tag names: the top of the stack (`.`), a name looked for from the top
    /// down, a dotted path from the current value, or a section's position (`first`,
    /// `index`…), with the tag's transforms applied in order.
    func lookup(_ lookup: TemplateProgram.Lookup, _ tables: TemplateTables, _ scope: Scope) -> TemplateValue? {
        let names = UnsafeBufferPointer(rebasing: tables.names[Int(lookup.start)..<Int(lookup.start + lookup.count)])
        let transforms = UnsafeBufferPointer(rebasing: tables.transforms[Int(lookup.transformStart)..<Int(lookup.transformStart + lookup.transformCount)])
        var value: TemplateValue?
        switch lookup.path {
        case .current:
            value = stack.last
        case .sequence:
            guard let position = scope.position, let first = transforms.first else { return nil }
            value = position.transformed(first)
            return Self.apply(transforms.dropFirst(), to: value)
        case .fromCurrent:
            value = Self.descend(names, from: stack.last)
        case .stack:
            guard let name = names.first else { value = stack.last; break }
            // By index: iterating `stack.reversed()` copied every value on the way.
            var level = stack.count - 1
            while level >= 0 {
                if let found = stack[level].child(name) {
                    value = names.count == 1 ? found : Self.descend(names.dropFirst(), from: found)
                    break
                }
                level -= 1
            }
        }
        // Most tags have no transform: the value is returned as found, not copied on the way.
        return transforms.isEmpty ? value : Self.apply(transforms, to: value)
    }

    static func descend(_ names: some Collection<String>, from value: consuming TemplateValue?) -> TemplateValue? {
        for name in names {
            guard case .fields(let fields)? = value else { return nil }
            value = fields.field(name)
        }
        return value
    }

    static func apply(_ transforms: some Collection<ValueTransform>, to value: TemplateValue?) -> TemplateValue? {
        var value = value
        for transform in transforms {
            guard let current = value else { return nil }
            value = current.transformed(transform)
        }
        return value
    }
}
