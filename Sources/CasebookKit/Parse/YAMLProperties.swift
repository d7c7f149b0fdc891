// libyaml, as in YAMLEvents: Yams' nodes keep neither a tag as written nor which anchors an alias used.
import CYaml

/// YAML reads `title: !Free Nazira Lesova` as the tag `!Free` on "Nazira Lesova", and
/// `title: &AT Nazira Lesova` as the anchor `AT` on "Nazira Lesova": the first word is gone
/// without a sound. Casebook gives tags no meaning, so every tag is an error; an anchor on a
/// plain text that no alias names is one too. (An anchor an alias names is refused with the
/// alias, `YAMLTree.admit`; one on a list, a mapping or a quoted text loses nothing and is
/// left alone, as it always was.) Only a text the events path left to Yams is read again
/// here, and only when it holds a `!` or an `&`: ordinary front matter never comes here.
enum YAMLProperties {
    /// The problems of a text Yams composed without an error, in the order written.
    static func problems(_ text: String, lineOffset: Int, map: YAMLLineMap?) -> [(SourcePosition, String)] {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "&") }) else { return [] }
        var bytesOf = text
        return bytesOf.withUTF8 { bytes -> [(SourcePosition, String)] in
            var walk = Walk(text: text, lineOffset: lineOffset, map: map)
            guard let base = bytes.baseAddress, yaml_parser_initialize(&walk.parser) == 1 else { return [] }
            defer {
                yaml_event_delete(&walk.event)
                yaml_parser_delete(&walk.parser)
            }
            yaml_parser_set_encoding(&walk.parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&walk.parser, base, bytes.count)
            walk.run()
            return walk.problems.sorted { ($0.0.line, $0.0.column) < ($1.0.line, $1.0.column) }
        }
    }

    /// Where a node stands: a mapping's key, or a value (with its key when it has one).
    struct Frame {
        let isMapping: Bool
        var atKey = true
        var key: String?
    }

    /// A plain text with an anchor, kept until an alias names it or the text ends.
    struct Anchored {
        let position: SourcePosition
        let message: String
        var used = false
    }

    struct Walk {
        var parser = yaml_parser_t()
        var event = yaml_event_t()
        /// The text, whose lines are split only when a problem is found.
        let text: String
        var lines: [Substring]?
        let lineOffset: Int
        let map: YAMLLineMap?
        var frames: [Frame] = []
        var anchored: [Anchored] = []
        /// The latest anchor of each name (a name given again names the later value).
        var anchors: [String: Int] = [:]
        var problems: [(SourcePosition, String)] = []

        init(text: String, lineOffset: Int, map: YAMLLineMap?) {
            self.text = text
            self.lineOffset = lineOffset
            self.map = map
        }

        mutating func run() {
            while true {
                yaml_event_delete(&event)
                guard yaml_parser_parse(&parser, &event) == 1 else { return }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    problems += anchored.filter { !$0.used }.map { ($0.position, $0.message) }
                    return
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    let (isKey, key) = role()
                    let value = Self.string(scalar.value, scalar.length)
                    let anchor = Self.string(scalar.anchor), tag = Self.string(scalar.tag).map(Self.written)
                    let plainValue = !isKey && scalar.style == YAML_PLAIN_SCALAR_STYLE
                    if let anchor { anchors[anchor] = nil }  // an alias after it names this value
                    if let tag {
                        let at = position()
                        let written = properties(at) ?? [anchor.map { "&" + $0 }, tag].compactMap { $0 }.joined(separator: " ")
                        problems.append((at, plainValue ? YAMLQuoteHint.tagged(tag, written: written, value: value, key: key)
                                                        : YAMLQuoteHint.tagNotSupported(tag)))
                    } else if let anchor, plainValue {
                        let at = position()
                        anchors[anchor] = anchored.count
                        anchored.append(Anchored(position: at, message: YAMLQuoteHint.anchored(anchor, written: properties(at) ?? "&" + anchor,
                                                                                             value: value, key: key)))
                    }
                    advance(key: isKey ? value : nil)
                case YAML_ALIAS_EVENT:
                    if let name = Self.string(event.data.alias.anchor), let index = anchors[name] { anchored[index].used = true }
                    advance(key: nil)
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let isMapping = event.type == YAML_MAPPING_START_EVENT
                    let tag = Self.string(isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag)
                    if let anchor = Self.string(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor) {
                        anchors[anchor] = nil
                    }
                    if let tag { problems.append((position(), YAMLQuoteHint.tagNotSupported(Self.written(tag)))) }
                    frames.append(Frame(isMapping: isMapping))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    frames.removeLast()
                    advance(key: nil)
                default:
                    continue
                }
            }
        }

        /// Whether the current node is a key, and the key of the value it is.
        func role() -> (isKey: Bool, key: String?) {
            guard let frame = frames.last, frame.isMapping else { return (false, nil) }
            return (frame.atKey, frame.atKey ? nil : frame.key)
        }

        /// A node is done: a mapping moves between its keys and values.
        mutating func advance(key: String?) {
            guard let last = frames.indices.last, frames[last].isMapping else { return }
            frames[last].key = frames[last].atKey ? key : nil
            frames[last].atKey.toggle()
        }

        /// Where the current event starts, in the whole file.
        func position() -> SourcePosition {
            let line = Int(event.start_mark.line), column = Int(event.start_mark.column)
            let mapped = map?.map(line: line, column: column) ?? (line: line, column: column)
            return SourcePosition(line: mapped.line + 1 + lineOffset, column: mapped.column + 1)
        }

        /// The tag and anchor as written at `at` (`!Free`, `&a !t`), up to the text they are on.
        mutating func properties(_ at: SourcePosition) -> String? {
            if lines == nil { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }
            guard let row = lines?.element(at: at.line - 1 - lineOffset) else { return nil }
            var tokens: [String] = []
            var rest = Substring(String(String.UnicodeScalarView(row.unicodeScalars.dropFirst(at.column - 1))))
            while let first = rest.first, first == "!" || first == "&" {
                let token = rest.prefix { !" \t\r,[]{}".contains($0) }
                tokens.append(String(token))
                rest = rest.dropFirst(token.count).drop { $0 == " " || $0 == "\t" }
            }
            return tokens.isEmpty ? nil : tokens.joined(separator: " ")
        }

        static func string(_ value: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
            guard let value else { return "" }
            return String(decoding: UnsafeBufferPointer(start: value, count: length), as: UTF8.self)
        }

        static func string(_ value: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            value.map { String(cString: $0) }
        }

        /// A tag as it was written: libyaml expands `!!str` to `tag:yaml.org,2002:str` and
        /// keeps only the inside of `!<…>`.
        static func written(_ tag: String) -> String {
            if tag.hasPrefix("!") { return tag }
            if tag.hasPrefix("tag:yaml.org,2002:") { return "!!" + tag.dropFirst("tag:yaml.org,2002:".count) }
            return "!<\(tag)>"
        }
    }
}
