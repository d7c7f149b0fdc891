/// A compiled template's nodes laid out for rendering: one array of plain operations that
/// hold only numbers, indexing tables of texts, names and templates. Walking the nodes
/// themselves copied each one out of its array, retaining and releasing what it held, on
/// objects both rendering threads share; an operation is copied without touching memory
/// anything else writes to. `TemplateRenderer` walks this; the nodes stay the template's
/// meaning, which folding and the checks read.
struct TemplateProgram: Sendable {
    enum Kind: UInt8, Sendable {
        /// `bytes[a..<a+b]`
        case text
        /// `lookups[a]`; `flag`: escaped
        case value
        /// `lookups[a]`, body `templates[b]`; `flag`: inverted
        case section
        /// name `strings[a]`, default `templates[b]`, indentation `bytes[c..<c+d]` (c < 0: none)
        case block
        /// name `strings[a]`, indentation as for a block, overrides `overrides[b]` (b < 0: none)
        case partial
        /// `Escaping` by its index in `escapings`, `a`
        case escaping
        /// the text `strings[a]`, as bytes `bytes[c..<c+d]`; `flag`: escaped
        case constant
    }

    struct Op: Sendable {
        var kind: Kind
        var flag = false
        var a: Int32 = 0
        var b: Int32 = 0
        var c: Int32 = -1
        var d: Int32 = 0
    }

    /// Where a tag's name is looked up: the path's kind, its names `names[start..<start+count]`
    /// and its transforms `transforms[transformStart..<transformStart+transformCount]`.
    struct Lookup: Sendable {
        enum Path: UInt8, Sendable { case current, sequence, fromCurrent, stack }
        var path: Path
        var start: Int32, count: Int32
        var transformStart: Int32, transformCount: Int32
    }

    static let escapings: [Escaping] = [.fastHTML, .html, .none]

    private(set) var ops: [Op] = []
    private(set) var bytes: [UInt8] = []
    private(set) var names: [String] = []
    private(set) var transforms: [ValueTransform] = []
    private(set) var lookups: [Lookup] = []
    private(set) var strings: [String] = []
    private(set) var templates: [CompiledTemplate] = []
    private(set) var overrides: [[String: CompiledTemplate]] = []

    init(_ nodes: [TemplateNode]) {
        for node in nodes { add(node) }
    }

    private mutating func add(_ node: TemplateNode) {
        switch node {
        case .text(let text):
            let (start, count) = addBytes(text)
            ops.append(Op(kind: .text, a: start, b: count))
        case .value(let path, let transforms, let escaped):
            ops.append(Op(kind: .value, flag: escaped, a: addLookup(path, transforms)))
        case .section(let path, let transforms, let template, let inverted):
            ops.append(Op(kind: .section, flag: inverted, a: addLookup(path, transforms), b: addTemplate(template)))
        case .block(let name, let template, let indentation):
            let (c, d) = addIndentation(indentation)
            ops.append(Op(kind: .block, a: addString(name), b: addTemplate(template), c: c, d: d))
        case .partial(let name, let indentation, let given):
            let (c, d) = addIndentation(indentation)
            var b: Int32 = -1
            if let given {
                b = Int32(overrides.count)
                overrides.append(given)
            }
            ops.append(Op(kind: .partial, a: addString(name), b: b, c: c, d: d))
        case .escaping(let escaping):
            ops.append(Op(kind: .escaping, a: Int32(Self.escapings.firstIndex(of: escaping)!)))
        case .constant(let text, let escaped):
            let (c, d) = addBytes(Array(text.utf8))
            ops.append(Op(kind: .constant, flag: escaped, a: addString(text), c: c, d: d))
        }
    }

    private mutating func addBytes(_ added: [UInt8]) -> (Int32, Int32) {
        defer { bytes += added }
        return (Int32(bytes.count), Int32(added.count))
    }

    private mutating func addIndentation(_ indentation: [UInt8]?) -> (Int32, Int32) {
        guard let indentation else { return (-1, 0) }
        return addBytes(indentation)
    }

    private mutating func addString(_ string: String) -> Int32 {
        strings.append(string)
        return Int32(strings.count - 1)
    }

    private mutating func addTemplate(_ template: CompiledTemplate) -> Int32 {
        templates.append(template)
        return Int32(templates.count - 1)
    }

    private mutating func addLookup(_ path: ValuePath, _ added: [ValueTransform]) -> Int32 {
        let kind: Lookup.Path, pathNames: [String]
        switch path {
        case .current: (kind, pathNames) = (.current, [])
        case .sequence: (kind, pathNames) = (.sequence, [])
        case .fromCurrent(let given): (kind, pathNames) = (.fromCurrent, given)
        case .stack(let given): (kind, pathNames) = (.stack, given)
        }
        lookups.append(Lookup(path: kind, start: Int32(names.count), count: Int32(pathNames.count),
                              transformStart: Int32(transforms.count), transformCount: Int32(added.count)))
        names += pathNames
        transforms += added
        return Int32(lookups.count - 1)
    }
}

/// A program's tables in memory of their own, which the renderer reads through plain
/// pointers: no read retains anything. Made and freed by the `CompiledTemplate` that owns
/// the program, whose `program.templates` keeps the templates named here alive.
struct TemplateTables: @unchecked Sendable {
    let ops: UnsafeMutableBufferPointer<TemplateProgram.Op>
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let names: UnsafeMutableBufferPointer<String>
    let transforms: UnsafeMutableBufferPointer<ValueTransform>
    let lookups: UnsafeMutableBufferPointer<TemplateProgram.Lookup>
    let templates: UnsafeMutableBufferPointer<Unmanaged<CompiledTemplate>>

    init(_ program: TemplateProgram) {
        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: array.count)
            _ = buffer.initialize(from: array)
            return buffer
        }
        ops = copy(program.ops)
        bytes = copy(program.bytes)
        names = copy(program.names)
        transforms = copy(program.transforms)
        lookups = copy(program.lookups)
        templates = copy(program.templates.map { Unmanaged.passUnretained($0) })
    }

    func free() {
        names.deinitialize()
        for buffer in [UnsafeMutableRawBufferPointer(ops), UnsafeMutableRawBufferPointer(bytes), UnsafeMutableRawBufferPointer(names),
                       UnsafeMutableRawBufferPointer(transforms), UnsafeMutableRawBufferPointer(lookups),
                       UnsafeMutableRawBufferPointer(templates)] {
            buffer.deallocate()
        }
    }
}
