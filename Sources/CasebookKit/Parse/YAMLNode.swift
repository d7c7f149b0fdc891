import Yams

/// A YAML node with its position in the whole content file. Built from Yams' node tree so
/// that every later message can point at the offending value, and so the tree is Sendable.
public struct YAMLNode: Sendable {
    /// Not `indirect`: the arrays already give the recursion a fixed size, and a box per
    /// node would be one more allocation for every value of every file.
    public enum Value: Sendable {
        /// Scalars stay text (partial dates like `2021-03` must not become numbers or dates).
        case scalar(String, isNull: Bool)
        case mapping([YAMLEntry])
        case sequence([YAMLNode])
    }

    public let value: Value
    public let position: SourcePosition

    /// What a contributor would call this node in a message: "text", "a list", "a mapping".
    public var kindName: String {
        switch value {
        case .scalar(_, let isNull): isNull ? "nothing" : "text"
        case .mapping: "a mapping (key: value)"
        case .sequence: "a list"
        }
    }

    public var isNull: Bool {
        if case .scalar(_, true) = value { return true }
        return false
    }
}

public struct YAMLEntry: Sendable {
    public let key: String
    public let keyPosition: SourcePosition
    public let value: YAMLNode
}

/// Parses YAML text into a positioned tree, turning Yams errors into positioned diagnostics.
enum YAMLTree {
    /// - Parameter firstLine: the file line on which the YAML text starts.
    static func parse(_ text: String, firstLine: Int, diagnostics: inout Diagnostics) -> YAMLNode? {
        if let (position, message) = NestingGuard.check(text, firstLine: firstLine) {
            diagnostics.error(position, message)
            return nil
        }
        // Most front matter is built straight from libyaml's events; Yams decides the rest.
        if case .tree(let root) = YAMLEvents.parse(text, lineOffset: firstLine - 1) { return root }
        return composeWithYams(text, firstLine: firstLine, diagnostics: &diagnostics)
    }

    /// Yams' node tree, converted; every YAML message comes from here.
    static func composeWithYams(_ text: String, firstLine: Int, diagnostics: inout Diagnostics) -> YAMLNode? {
        do {
            // The basic resolver leaves every scalar untyped: values are read as text anyway, and
            // the default one runs several regular expressions on every scalar. Each parse gets
            // its own resolver and constructor (nothing is constructed from them): every node
            // retains both, and a shared instance's reference count would bounce between cores.
            // The encoding is named: Yams' default reads the process environment on every call.
            let parser = try Parser(yaml: text, resolver: Resolver.basic.removing(.str),
                                    constructor: Constructor([:], [:], [:]), encoding: .utf8)
            guard let root = try parser.singleRoot() else { return nil }
            var walk = Walk(lineOffset: firstLine - 1, text: text)
            walk.map = YAMLLineMap(text)
            let tree = convert(root, depth: 0, walk: &walk, diagnostics: &diagnostics)
            // A tag, or an anchor no alias names, dropped a word of a text: no tree, as for a syntax error.
            let properties = YAMLProperties.problems(text, lineOffset: firstLine - 1, map: walk.map)
            for (position, message) in properties { diagnostics.error(position, message) }
            return walk.refused || !properties.isEmpty ? nil : tree
        } catch let error as YamlError {
            let (position, message) = describe(error, text: text, lineOffset: firstLine - 1)
            diagnostics.error(position, message)
        } catch {
            diagnostics.error(SourcePosition(line: firstLine, column: 1), "YAML could not be read: \(error)")
        }
        return nil
    }

    /// - Parameter map: for a text with line separators, which libyaml counts as line ends.
    static func position(_ mark: Mark?, lineOffset: Int, map: YAMLLineMap? = nil) -> SourcePosition {
        guard let mark else { return SourcePosition(line: lineOffset + 1, column: 1) }
        guard let map else { return SourcePosition(line: mark.line + lineOffset, column: mark.column) }
        let mapped = map.map(line: mark.line - 1, column: mark.column - 1)
        return SourcePosition(line: mapped.line + 1 + lineOffset, column: mapped.column + 1)
    }

    /// Deeper nesting than any content file needs is refused rather than walked.
    static let maximumDepth = 24
    /// More values than any content file holds; reached only through aliases or abuse.
    static let maximumNodes = 100_000

    /// State of one tree walk. Yams resolves an alias to the very node its anchor names, so
    /// a list or mapping met twice at the same position is an alias: a few nested aliases
    /// can stand for billions of values ("billion laughs"), so they are refused, not expanded.
    struct Walk {
        let lineOffset: Int
        /// The YAML text, to find escapes in (`YAMLEscapes`).
        let text: String
        /// Set for a text with line separators (`YAMLLineMap`).
        var map: YAMLLineMap? = nil
        var seen = PositionSet()
        var nodes = 0
        var refused = false
    }

    static func convert(_ node: Node, depth: Int, walk: inout Walk, diagnostics: inout Diagnostics) -> YAMLNode? {
        guard !walk.refused else { return nil }
        // One switch reads everything a node gives: Yams' own accessors copy the whole
        // payload (strings, tag, weak anchor) on every call.
        switch node {
        case .scalar(let scalar):
            let at = position(scalar.mark, lineOffset: walk.lineOffset, map: walk.map)
            let repeated = scalar.mark != nil && !walk.seen.insert(at, .scalar)
            guard admit(at, repeated: repeated, depth: depth, walk: &walk, diagnostics: &diagnostics) else { return nil }
            let string = scalar.string
            if ControlCharacters.contains(string) { reportControl(in: string, at: scalar.mark, walk: walk, diagnostics: &diagnostics) }
            return YAMLNode(value: .scalar(string, isNull: scalar.style == .plain && isNullWord(string)), position: at)
        case .sequence(let sequence):
            let at = position(sequence.mark, lineOffset: walk.lineOffset, map: walk.map)
            let repeated = !walk.seen.insert(at, .sequence)
            guard admit(at, repeated: repeated, depth: depth, walk: &walk, diagnostics: &diagnostics) else { return nil }
            var items: [YAMLNode] = []
            items.reserveCapacity(sequence.count)
            var index = sequence.startIndex
            while index < sequence.endIndex {
                if let converted = convert(sequence[index], depth: depth + 1, walk: &walk, diagnostics: &diagnostics) {
                    items.append(converted)
                }
                index += 1
            }
            return YAMLNode(value: .sequence(items), position: at)
        case .mapping(let mapping):
            let at = position(mapping.mark, lineOffset: walk.lineOffset, map: walk.map)
            let repeated = !walk.seen.insert(at, .mapping)
            guard admit(at, repeated: repeated, depth: depth, walk: &walk, diagnostics: &diagnostics) else { return nil }
            var entries: [YAMLEntry] = []
            entries.reserveCapacity(mapping.count)
            // By index: the mapping's own iterator copies every pair into a new array first.
            var index = mapping.startIndex
            while index < mapping.endIndex {
                let (key, value) = mapping[index]
                index += 1
                guard case .scalar(let keyScalar) = key else {
                    diagnostics.error(position(key.mark, lineOffset: walk.lineOffset, map: walk.map), "expected a plain key (a word followed by ':'), found a complex key")
                    continue
                }
                let keyAt = position(keyScalar.mark, lineOffset: walk.lineOffset, map: walk.map)
                if ControlCharacters.contains(keyScalar.string) {
                    reportControl(in: keyScalar.string, at: keyScalar.mark, walk: walk, diagnostics: &diagnostics)
                }
                guard let converted = convert(value, depth: depth + 1, walk: &walk, diagnostics: &diagnostics) else { continue }
                entries.append(YAMLEntry(key: keyScalar.string, keyPosition: keyAt, value: converted))
            }
            return YAMLNode(value: .mapping(entries), position: at)
        case .alias(let alias):
            let at = position(alias.mark, lineOffset: walk.lineOffset, map: walk.map)
            guard admit(at, repeated: false, depth: depth, walk: &walk, diagnostics: &diagnostics) else { return nil }
            diagnostics.error(at, "YAML aliases (*name) are not supported in content files; write the value out")
            return nil
        }
    }

    /// Counts the node and refuses it when it repeats an earlier one, when there are too
    /// many, or when it lies too deep.
    static func admit(_ at: SourcePosition, repeated: Bool, depth: Int, walk: inout Walk, diagnostics: inout Diagnostics) -> Bool {
        walk.nodes += 1
        if repeated || walk.nodes > maximumNodes {
            diagnostics.error(at, "this value is repeated with a YAML alias (*name); aliases and anchors (&name) are not supported in content files, write the value out")
            walk.refused = true
            return false
        }
        if depth > maximumDepth {
            diagnostics.error(at, "the YAML is nested more than \(maximumDepth) levels deep; content files need far fewer")
            walk.refused = true
            return false
        }
        return true
    }

    /// A control character in a value is an error at each escape that wrote it, or at the
    /// value when none is found (a raw one is reported before YAML is read).
    static func reportControl(in string: String, at mark: Mark?, walk: Walk, diagnostics: inout Diagnostics) {
        let escapes = mark.map { YAMLEscapes.forbidden(in: walk.text, line: $0.line, column: $0.column) } ?? []
        for escape in escapes {
            diagnostics.error(SourcePosition(line: escape.line + walk.lineOffset, column: escape.column),
                              ControlCharacters.message(escape.value, writtenAs: escape.written))
        }
        if escapes.isEmpty, let value = string.unicodeScalars.first(where: { ControlCharacters.isForbidden($0.value) })?.value {
            diagnostics.error(position(mark, lineOffset: walk.lineOffset, map: walk.map), ControlCharacters.message(value))
        }
    }

    /// The plain scalars YAML reads as null.
    static func isNullWord(_ string: String) -> Bool {
        guard string.utf8.count <= 4 else { return false }
        switch string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}
