/// Checks that every block a template fills in its layout (`{{<layout}}{{$content}}…`) has a
/// place there: swift-mustache drops a filling the layout does not ask for, so a layout that
/// lost its `{{$content}}{{/content}}` (a bad merge, an emptied file) built every page without
/// its content and said nothing.
enum TemplateBlocks {
    private struct Filling {
        var layout: String
        var block: String
        var owner: String
        var position: SourcePosition
    }

    static func problems(_ templates: [String: TemplateGraph.Template]) -> [Diagnostic] {
        var fillings: [Filling] = []
        for name in templates.keys.sorted() {
            walk(templates[name]!.outline.nodes) { node in
                guard case .parent(let layout, _, let blocks) = node, templates[layout] != nil else { return }  // a missing one is reported
                fillings += blocks.map { Filling(layout: layout, block: $0.name, owner: name, position: $0.position) }
            }
        }
        var placedBy: [String: Set<String>] = [:]
        var diagnostics: [Diagnostic] = []
        let unplaced = fillings.filter { filling in
            if placedBy[filling.layout] == nil { placedBy[filling.layout] = placed(in: filling.layout, templates) }
            return !placedBy[filling.layout]!.contains(filling.block)
        }
        let groups = Dictionary(grouping: unplaced) { "\($0.layout)\u{0}\($0.block)" }
        for key in groups.keys.sorted() {
            let group = groups[key]!, layout = group[0].layout, block = group[0].block
            let file = templates[layout]!.file, places = placedBy[layout]!
            // The layout is at fault when it is the theme's own and places nothing, or many
            // templates fill what it lacks; otherwise the filling is (a misspelt name).
            if !file.hasPrefix(BuiltInTheme.displayName + "/"), places.isEmpty || group.count > 1 {
                let owners = group.map(\.owner).sorted()
                let named = owners.prefix(4).map { "'\($0)'" }.joined(separator: ", ") + (owners.count > 4 ? " and \(owners.count - 4) more" : "")
                let fillers = owners.count == 1 ? "the template \(named) fills" : "\(owners.count) templates fill (\(named))"
                diagnostics.append(Diagnostic(.error, file, .start,
                    "the layout '\(layout)' has no {{$\(block)}} block, which \(fillers): their pages would be built without that content; "
                    + "put {{$\(block)}}{{/\(block)}} where it goes (the built-in layout has it inside <main>)"))
            } else {
                for filling in group {
                    let others = places.sorted().map { "{{$\($0)}}" }.joined(separator: ", ")
                    diagnostics.append(Diagnostic(.error, templates[filling.owner]!.file, filling.position,
                        "the layout '\(layout)' has no {{$\(block)}} block, so this filling would show nothing; "
                        + (places.isEmpty ? "add {{$\(block)}}{{/\(block)}} to the layout where it goes"
                                          : "its blocks are \(others)\(Suggestion.nearest(to: block, in: places).map { "; did you mean {{$\($0)}}?" } ?? "")")))
                }
            }
        }
        return diagnostics
    }

    /// Every block `name` places when it renders: its own, and those of the partials and
    /// layouts it reaches (a layout may extend another, or keep its `<main>` in a partial).
    private static func placed(in name: String, _ templates: [String: TemplateGraph.Template]) -> Set<String> {
        var names: Set<String> = [], seen: Set<String> = [], queue = [name]
        while let next = queue.popLast() {
            guard seen.insert(next).inserted, let template = templates[next] else { continue }
            walk(template.outline.nodes) { node in
                switch node {
                case .block(let block, _, _): names.insert(block)
                case .partial(let other, _), .parent(let other, _, _): queue.append(other)
                case .section: break
                }
            }
        }
        return names
    }

    /// Calls `visit` on every node, inside sections, blocks and fillings too.
    private static func walk(_ nodes: [TemplateOutline.Node], _ visit: (TemplateOutline.Node) -> Void) {
        for node in nodes {
            visit(node)
            switch node {
            case .section(_, let inner), .block(_, _, let inner): walk(inner, visit)
            case .parent(_, _, let blocks): for block in blocks { walk(block.nodes, visit) }
            case .partial: break
            }
        }
    }
}
