/// A PDF font's /ToUnicode CMap: which Unicode text each code of a string shown in that font
/// stands for (a PDF made by a browser or a word processor shows glyph numbers, not
/// letters). Read: the code widths of its `codespacerange`, its `bfchar` codes and its
/// `bfrange` ranges (to a first value counted on, or to an array), for `PDFText`.
struct PDFCMap: Sendable {
    /// The code widths in bytes, by first byte (ranges of first bytes), from `codespacerange`.
    var spaces: [(low: [UInt8], high: [UInt8])] = []
    var chars: [UInt64: [UInt16]] = [:]
    var ranges: [(low: UInt64, high: UInt64, width: Int, first: [UInt16]?, each: [[UInt16]])] = []

    /// Ranges of up to this many codes are spelt out into `chars`, so that a lookup is one step.
    static let spelled = 4096

    init?(_ bytes: [UInt8]) {
        let head = bytes.prefix(4096)  // a map says so at its start; a page's content is not searched through
        guard MediaTexts.contains(head, "begincmap") || MediaTexts.contains(head, "beginbfchar") || MediaTexts.contains(head, "beginbfrange") else { return nil }
        var operands: [PDFContent.Token] = []
        PDFContent.tokens(bytes) { token in
            guard case .operator(let word) = token else {
                operands.append(token)
                return
            }
            switch word {
            case "begincodespacerange", "beginbfchar", "beginbfrange": operands = []
            case "endcodespacerange":
                for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                    if case .string(let low) = operands[pair], case .string(let high) = operands[pair + 1], low.count == high.count, !low.isEmpty {
                        spaces.append((low, high))
                    }
                }
            case "endbfchar":
                for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                    if case .string(let code) = operands[pair], case .string(let text) = operands[pair + 1], (1...4).contains(code.count) {
                        chars[Self.key(code)] = Self.units(text)
                    }
                }
            case "endbfrange":
                for triple in stride(from: 0, to: operands.count - 2, by: 3) {
                    guard case .string(let lowBytes) = operands[triple], case .string(let highBytes) = operands[triple + 1],
                          (1...4).contains(lowBytes.count), lowBytes.count == highBytes.count else { continue }
                    let low = Self.key(lowBytes), high = Self.key(highBytes)
                    guard low <= high else { continue }
                    switch operands[triple + 2] {
                    case .string(let first) where high - low < Self.spelled:
                        let start = Self.units(first)
                        for offset in 0...(high - low) { chars[low + offset] = Self.counted(start, by: offset) }
                    case .string(let first):
                        ranges.append((low, high, lowBytes.count, Self.units(first), []))
                    case .array(let items):
                        let each = items.compactMap { item -> [UInt16]? in if case .string(let text) = item { Self.units(text) } else { nil } }
                        for (offset, text) in each.enumerated() where UInt64(offset) <= high - low { chars[low + UInt64(offset)] = text }
                    default: continue
                    }
                }
            default: break
            }
            if word.hasPrefix("end") { operands = [] }
        }
        guard !chars.isEmpty || !ranges.isEmpty else { return nil }
    }

    /// A code's bytes as one number, tagged by its width so that <01> and <0001> differ.
    static func key(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) } | UInt64(bytes.count) << 32
    }

    static func units(_ bytes: [UInt8]) -> [UInt16] {
        stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    }

    /// The text of a range's first code with its last unit counted on by `offset`.
    static func counted(_ first: [UInt16], by offset: UInt64) -> [UInt16] {
        guard let last = first.last else { return first }
        return first.dropLast() + [UInt16(truncatingIfNeeded: UInt64(last) + offset)]
    }

    /// How many bytes the code starting at `index` takes: the codespace range its bytes fall in, else the narrowest.
    func width(_ bytes: [UInt8], at index: Int) -> Int {
        var narrowest = 4
        for space in spaces {
            narrowest = min(narrowest, space.low.count)
            guard index + space.low.count <= bytes.count else { continue }
            if (0..<space.low.count).allSatisfy({ space.low[$0] <= bytes[index + $0] && bytes[index + $0] <= space.high[$0] }) {
                return space.low.count
            }
        }
        return spaces.isEmpty ? (ranges.first?.width ?? chars.keys.first.map { Int($0 >> 32) } ?? 1) : narrowest
    }

    /// A shown string as text; a code the map lacks is left out.
    func decoded(_ bytes: [UInt8]) -> String {
        var units: [UInt16] = []
        var index = 0
        while index < bytes.count {
            let width = max(1, width(bytes, at: index))
            let code = Self.key(Array(bytes[index..<min(bytes.count, index + width)]))
            if let text = chars[code] {
                units += text
            } else if let range = ranges.first(where: { $0.low <= code && code <= $0.high }), let first = range.first {
                units += Self.counted(first, by: code - range.low)
            }
            index += width
        }
        return String(decoding: units, as: UTF16.self)
    }
}
