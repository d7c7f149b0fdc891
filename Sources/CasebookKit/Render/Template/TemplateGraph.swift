/// Checks that rendering any template ends: no template may reach itself through partials,
/// layouts (`{{<layout}}`) or the blocks a template fills in its layout, and nothing may
/// nest deeper than `TemplateOutline.maxDepth` levels. Rendering is followed as it happens,
/// without values: a state is a piece of template text (a template, or a block's filling)
/// with the block fillings in force, so a block filled with a partial that expands the same
/// block again is found too. Sections are assumed shown, so the check never misses a loop.
struct TemplateGraph {
    struct Template {
        var file: String
        var outline: TemplateOutline
    }

    /// One tag that leads from one piece of template text into another.
    struct Step {
        enum Kind { case partial, parent, block(String) }
        var kind: Kind
        var file: String
        var owner: String
        var position: SourcePosition
        var target: String
    }

    private struct State: Hashable {
        var fragment: Int
        var fillings: [String: Int]
    }

    private let templates: [String: Template]
    private var fragments: [(owner: String, nodes: [TemplateOutline.Node])] = []
    private var fragmentIDs: [String: Int] = [:]
    /// How deep below itself a state already explored without a problem goes.
    private var depthBelow: [State: Int] = [:]
    private var onPath: Set<State> = []
    /// Pieces of text already followed from some start: each problem is reported from one.
    private var reached: Set<Int> = []
    private var trail: [Step] = []
    private var statesOnTrail: [State] = []
    private var reportedCycles: Set<[String]> = []
    private var reportedDepth: Set<String> = []
    private var budget = 1_000_000
    private(set) var diagnostics: [Diagnostic] = []

    static func check(_ templates: [String: Template]) -> [Diagnostic] {
        var graph = TemplateGraph(templates: templates)
        let names = templates.keys.sorted()
        let references = templates.mapValues { Set($0.outline.references.map(\.name)) }
        let included = Set(references.values.flatMap { $0 })
        let pages = names.filter { !included.contains($0) }
        // Pages first, so a long chain is reported once, from its top; then the templates no
        // page leads to (a loop nothing else includes).
        var leadTo = Set(pages), queue = pages
        while let name = queue.popLast() {
            for next in references[name] ?? [] where leadTo.insert(next).inserted { queue.append(next) }
        }
        for name in pages { graph.start(name) }
        for name in names where !leadTo.contains(name) { graph.start(name) }
        return graph.diagnostics.sorted()
    }

    private init(templates: [String: Template]) { self.templates = templates }

    private mutating func start(_ name: String) {
        guard let template = templates[name] else { return }
        let id = fragment("template " + name, owner: name, nodes: template.outline.nodes)
        guard !reached.contains(id) else { return }
        _ = visit(State(fragment: id, fillings: [:]), depth: 0)
    }

    private mutating func fragment(_ key: String, owner: String, nodes: [TemplateOutline.Node]) -> Int {
        if let id = fragmentIDs[key] { return id }
        fragments.append((owner, nodes))
        fragmentIDs[key] = fragments.count - 1
        return fragments.count - 1
    }

    /// The deepest level reached below `state`, entered at `depth`; nil when a problem was found.
    private mutating func visit(_ state: State, depth: Int) -> Int? {
        if let below = depthBelow[state], depth + below <= TemplateOutline.maxDepth { return below }
        guard budget > 0 else { return nil }
        budget -= 1
        reached.insert(state.fragment)
        onPath.insert(state)
        statesOnTrail.append(state)
        defer { onPath.remove(state); statesOnTrail.removeLast() }
        let owner = fragments[state.fragment].owner
        guard let below = walk(fragments[state.fragment].nodes, owner: owner, state: state, depth: depth) else { return nil }
        depthBelow[state] = below
        return below
    }

    private mutating func walk(_ nodes: [TemplateOutline.Node], owner: String, state: State, depth: Int) -> Int? {
        var deepest = 0
        for node in nodes {
            let below: Int?
            switch node {
            case .section(let position, let inner):
                below = enter(depth: depth, position: position, owner: owner) { $0.walk(inner, owner: owner, state: state, depth: depth + 1) }
            case .block(let name, let position, let inner):
                if let filling = state.fillings[name] {
                    let step = Step(kind: .block(name), file: file(owner), owner: owner, position: position,
                                    target: fragments[filling].owner)
                    below = follow(step, into: State(fragment: filling, fillings: state.fillings), depth: depth)
                } else {
                    below = enter(depth: depth, position: position, owner: owner) { $0.walk(inner, owner: owner, state: state, depth: depth + 1) }
                }
            case .partial(let name, let position):
                guard let template = templates[name] else { continue }  // reported as missing
                let target = fragment("template " + name, owner: name, nodes: template.outline.nodes)
                let step = Step(kind: .partial, file: file(owner), owner: owner, position: position, target: name)
                below = follow(step, into: State(fragment: target, fillings: state.fillings), depth: depth)
            case .parent(let name, let position, let blocks):
                guard let template = templates[name] else { continue }
                let target = fragment("template " + name, owner: name, nodes: template.outline.nodes)
                var fillings = state.fillings
                for block in blocks where fillings[block.name] == nil {  // fillings given further out win
                    fillings[block.name] = fragment("block \(owner) \(block.position.line):\(block.position.column) \(block.name)",
                                                    owner: owner, nodes: block.nodes)
                }
                let step = Step(kind: .parent, file: file(owner), owner: owner, position: position, target: name)
                below = follow(step, into: State(fragment: target, fillings: fillings), depth: depth)
            }
            guard let below else { return nil }
            deepest = max(deepest, below)
        }
        return deepest
    }

    private func file(_ template: String) -> String { templates[template]?.file ?? template }

    /// One level deeper, within the same piece of text.
    private mutating func enter(depth: Int, position: SourcePosition, owner: String, _ body: (inout TemplateGraph) -> Int?) -> Int? {
        guard depth < TemplateOutline.maxDepth else {
            reportDepth(at: Step(kind: .partial, file: file(owner), owner: owner, position: position, target: ""))
            return nil
        }
        return body(&self).map { $0 + 1 }
    }

    private mutating func follow(_ step: Step, into state: State, depth: Int) -> Int? {
        if onPath.contains(state) {
            let first = statesOnTrail.firstIndex(of: state)!
            reportCycle(Array(trail[first...]) + [step])
            return nil
        }
        guard depth < TemplateOutline.maxDepth else { reportDepth(at: step); return nil }
        trail.append(step)
        defer { trail.removeLast() }
        return visit(state, depth: depth + 1).map { $0 + 1 }
    }

    private mutating func reportCycle(_ steps: [Step]) {
        let key = steps.map { "\($0.file):\($0.position.line):\($0.position.column)" }.sorted()
        guard reportedCycles.insert(key).inserted else { return }
        // Told from the tag that comes first, so the same loop reads the same in every run.
        let firstIndex = steps.indices.min { (steps[$0].file, steps[$0].position) < (steps[$1].file, steps[$1].position) }!
        let ordered = Array(steps[firstIndex...] + steps[..<firstIndex])
        let first = ordered[0]
        let subject: String
        switch first.kind {
        case .partial: subject = "partial '\(first.owner)' includes itself"
        case .parent: subject = "template '\(first.owner)' extends itself"
        case .block: subject = "template '\(first.owner)' includes itself"
        }
        let through = ordered.count == 1 ? "" : " through " + ordered.map { step in
            switch step.kind {
            case .block(let name): "the block '\(name)' filled by '\(step.target)'"
            default: "'\(step.target)'"
            }
        }.joined(separator: " -> ")
        diagnostics.append(Diagnostic(.error, first.file, first.position,
            "\(subject)\(through); its pages would never end: a template may not include or extend itself, directly or through others"))
    }

    private mutating func reportDepth(at step: Step) {
        guard reportedDepth.insert("\(step.file):\(step.position.line):\(step.position.column)").inserted else { return }
        let chain = trail.map(\.target)
        let from = chain.isEmpty ? "" : " (through \(chain.prefix(3).map { "'\($0)'" }.joined(separator: " -> "))\(chain.count > 3 ? " -> …" : ""))"
        diagnostics.append(Diagnostic(.error, step.file, step.position,
            "templates nest more than \(TemplateOutline.maxDepth) levels deep here, counting sections, blocks and partials\(from); no page needs that many: include fewer levels of partials"))
    }
}
