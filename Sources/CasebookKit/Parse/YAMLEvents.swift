// libyaml, the C parser Yams composes its nodes from (Yams' own CYaml module).
import CYaml

/// The positioned tree built straight from libyaml's events, for front matter that Yams
/// would compose without a problem. Composing Yams' node tree costs three times the
/// parse itself (a class per event and per tag, Foundation strings, a hashed dictionary
/// per mapping for the duplicate check), and its tree is then converted and dropped.
///
/// Anything Yams treats specially is answered `needsYams`, and the caller parses the text
/// with Yams, which gives the message: a syntax error, an anchor or alias, an explicit
/// tag, a key that is not a scalar, a key given twice, a scalar that starts with a byte
/// order mark (Foundation drops it) or holds a control character (an escape such as
/// `"\e"`, reported where it is written), more than one document, a value past the depth or
/// size limits or met twice at one position. What is built otherwise is exactly what
/// `YAMLTree.convert` makes of Yams' tree.
enum YAMLEvents {
    enum Outcome {
        /// The root; nil for a document with no content.
        case tree(YAMLNode?)
        case needsYams
    }

    static func parse(_ text: String, lineOffset: Int) -> Outcome {
        // libyaml's lines end at line separators too: such a text's positions are mapped (Yams' path).
        if YAMLLineMap.mayHold(text) { return .needsYams }
        let outcome = text.utf8.withContiguousStorageIfAvailable { bytes -> Outcome in
            guard let base = bytes.baseAddress else { return .needsYams }
            var reader = Reader(lineOffset: lineOffset)
            guard yaml_parser_initialize(&reader.parser) == 1 else { return .needsYams }
            defer {
                yaml_event_delete(&reader.event)
                yaml_parser_delete(&reader.parser)
            }
            yaml_parser_set_encoding(&reader.parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&reader.parser, base, bytes.count)
            return reader.document()
        }
        return outcome ?? .needsYams
    }

    /// One parse: libyaml's state, the current event, and the checks of `YAMLTree.Walk`.
    struct Reader {
        var parser = yaml_parser_t()
        var event = yaml_event_t()
        let lineOffset: Int
        var seen = PositionSet()
        var nodes = 0

        init(lineOffset: Int) {
            self.lineOffset = lineOffset
        }

        /// Moves to the next event; false on a syntax error.
        mutating func next() -> Bool {
            yaml_event_delete(&event)
            return yaml_parser_parse(&parser, &event) == 1
        }

        /// The stream as Yams' `singleRoot` reads it.
        mutating func document() -> Outcome {
            guard next(), event.type == YAML_STREAM_START_EVENT, next() else { return .needsYams }
            if event.type == YAML_STREAM_END_EVENT { return .tree(nil) }
            guard event.type == YAML_DOCUMENT_START_EVENT, next(), let root = node(depth: 0) else { return .needsYams }
            guard next(), event.type == YAML_DOCUMENT_END_EVENT, next(), event.type == YAML_STREAM_END_EVENT else {
                return .needsYams
            }
            return .tree(root)
        }

        /// The node that starts at the current event; nil when Yams must decide.
        mutating func node(depth: Int) -> YAMLNode? {
            let at = position()
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.anchor == nil, scalar.tag == nil, admit(at, .scalar, depth: depth),
                      let string = Self.string(scalar.value, scalar.length), !ControlCharacters.contains(string) else { return nil }
                let isNull = scalar.style == YAML_PLAIN_SCALAR_STYLE && YAMLTree.isNullWord(string)
                return YAMLNode(value: .scalar(string, isNull: isNull), position: at)
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                guard start.anchor == nil, start.tag == nil, admit(at, .sequence, depth: depth) else { return nil }
                var items: [YAMLNode] = []
                while true {
                    guard next() else { return nil }
                    if event.type == YAML_SEQUENCE_END_EVENT { break }
                    guard let item = node(depth: depth + 1) else { return nil }
                    items.append(item)
                }
                return YAMLNode(value: .sequence(items), position: at)
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                guard start.anchor == nil, start.tag == nil, admit(at, .mapping, depth: depth) else { return nil }
                var entries: [YAMLEntry] = []
                while true {
                    guard next() else { return nil }
                    if event.type == YAML_MAPPING_END_EVENT { break }
                    let key = event.data.scalar
                    guard event.type == YAML_SCALAR_EVENT, key.anchor == nil, key.tag == nil,
                          let name = Self.string(key.value, key.length), !ControlCharacters.contains(name),
                          !entries.contains(where: { $0.key == name }) else { return nil }
                    let keyAt = position()
                    guard next(), let value = node(depth: depth + 1) else { return nil }
                    entries.append(YAMLEntry(key: name, keyPosition: keyAt, value: value))
                }
                return YAMLNode(value: .mapping(entries), position: at)
            default:
                return nil  // an alias
            }
        }

        /// The walk's checks: counted, not met before at this position, not too deep.
        mutating func admit(_ at: SourcePosition, _ kind: PositionSet.Kind, depth: Int) -> Bool {
            nodes += 1
            return seen.insert(at, kind) && nodes <= YAMLTree.maximumNodes && depth <= YAMLTree.maximumDepth
        }

        /// Where the current event starts, in the whole file (libyaml counts from 0).
        func position() -> SourcePosition {
            SourcePosition(line: Int(event.start_mark.line) + 1 + lineOffset, column: Int(event.start_mark.column) + 1)
        }

        /// A scalar's text; nil when it starts with a byte order mark, which Yams'
        /// Foundation decoding drops.
        static func string(_ value: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String? {
            guard let value else { return length == 0 ? "" : nil }
            let bytes = UnsafeBufferPointer(start: value, count: length)
            if length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return nil }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
