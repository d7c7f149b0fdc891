/// A DEFLATE decoder (RFC 1951: stored, fixed and dynamic Huffman blocks), with or without
/// its zlib wrapper (RFC 1950), for the leak check's reading of a PDF's compressed streams
/// (`PDFStreams`): no system library. It never traps on damaged data: a truncated stream, a
/// bad code or a distance too far back ends the decoding with what was decoded so far
/// (`complete` false). It stops at `limit` bytes of output (`capped` true), so a small
/// stream that would inflate to gigabytes (a decompression bomb) costs neither memory nor
/// time. The adler-32 checksum is not checked: a damaged stream is read as far as it goes.
struct Inflate {
    struct Result { var bytes: [UInt8]; var complete: Bool; var capped: Bool }

    private let input: ArraySlice<UInt8>
    private var position: Int
    private var bitBuffer = 0, bitCount = 0
    private var out: [UInt8] = []
    private let limit: Int

    static func decode(_ input: ArraySlice<UInt8>, limit: Int) -> Result {
        var start = input.startIndex
        // A zlib header: CM 8, a window of at most 32 KB, the check bits, no preset dictionary.
        if input.count >= 2, input[start] & 0x0F == 8, input[start] >> 4 <= 7,
           (Int(input[start]) << 8 | Int(input[start + 1])) % 31 == 0, input[start + 1] & 0x20 == 0 {
            start += 2
        }
        var decoder = Inflate(input: input, position: start, limit: limit)
        let complete = decoder.run()
        return Result(bytes: decoder.out, complete: complete, capped: decoder.out.count >= limit && !complete)
    }

    private init(input: ArraySlice<UInt8>, position: Int, limit: Int) {
        self.input = input
        self.position = position
        self.limit = max(0, limit)
    }

    /// Decodes blocks until the last one; false when the data ends early, is damaged, or the output reaches the limit.
    private mutating func run() -> Bool {
        while true {
            guard let final = bits(1), let type = bits(2) else { return false }
            let done: Bool
            switch type {
            case 0: done = stored()
            case 1: done = huffman(Self.fixed.literals, Self.fixed.distances)
            case 2:
                guard let tables = dynamicTables() else { return false }
                done = huffman(tables.literals, tables.distances)
            default: return false
            }
            guard done else { return false }
            if final == 1 { return true }
        }
    }

    private mutating func bits(_ count: Int) -> Int? {
        while bitCount < count {
            guard position < input.endIndex else { return nil }
            bitBuffer |= Int(input[position]) << bitCount
            position += 1
            bitCount += 8
        }
        let value = bitBuffer & ((1 << count) - 1)
        bitBuffer >>= count
        bitCount -= count
        return value
    }

    private mutating func stored() -> Bool {
        bitBuffer = 0
        bitCount = 0  // to the byte boundary
        guard position + 4 <= input.endIndex else { return false }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let check = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == ~check & 0xFFFF else { return false }
        position += 4
        let available = min(length, input.endIndex - position, limit - out.count)
        out.append(contentsOf: input[position..<position + available])
        position += available
        return available == length
    }

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    struct Code { var counts: [Int]; var symbols: [Int] }

    static func code(_ lengths: [Int]) -> Code? {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[length] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {  // an over-subscribed code is damaged
            left = left * 2 - counts[length]
            if left < 0 { return nil }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        var symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
        return Code(counts: counts, symbols: symbols)
    }

    private mutating func symbol(_ code: Code) -> Int? {
        var value = 0, first = 0, index = 0
        for length in 1...15 {
            guard let bit = bits(1) else { return nil }
            value |= bit
            let count = code.counts[length]
            if value - count < first { return index + (value - first) < code.symbols.count ? code.symbols[index + (value - first)] : nil }
            index += count
            first = (first + count) << 1
            value <<= 1
        }
        return nil
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                               4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    static let fixed: (literals: Code, distances: Code) = (
        code((0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 })!,
        code([Int](repeating: 5, count: 30))!
    )

    private mutating func huffman(_ literals: Code, _ distances: Code) -> Bool {
        while true {
            guard let symbol = symbol(literals) else { return false }
            if symbol < 256 {
                guard out.count < limit else { return false }
                out.append(UInt8(symbol))
            } else if symbol == 256 {
                return true
            } else {
                let index = symbol - 257
                guard index < 29, let extra = bits(Self.lengthExtra[index]), let code = self.symbol(distances), code < 30,
                      let far = bits(Self.distanceExtra[code]) else { return false }
                let length = Self.lengthBase[index] + extra, distance = Self.distanceBase[code] + far
                guard distance <= out.count else { return false }
                let copy = min(length, limit - out.count)
                let from = out.count - distance
                for offset in 0..<copy { out.append(out[from + offset]) }
                guard copy == length else { return false }
            }
        }
    }

    static let lengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private mutating func dynamicTables() -> (literals: Code, distances: Code)? {
        guard let hlit = bits(5), let hdist = bits(5), let hclen = bits(4) else { return nil }
        let literalCount = hlit + 257, distanceCount = hdist + 1
        guard literalCount <= 286, distanceCount <= 30 else { return nil }
        var codeLengths = [Int](repeating: 0, count: 19)
        for index in 0..<(hclen + 4) {
            guard let length = bits(3) else { return nil }
            codeLengths[Self.lengthOrder[index]] = length
        }
        guard let lengthCode = Self.code(codeLengths) else { return nil }
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            guard let symbol = symbol(lengthCode) else { return nil }
            if symbol < 16 {
                lengths.append(symbol)
                continue
            }
            var value = 0, repeats = 0
            switch symbol {
            case 16:
                guard let last = lengths.last, let extra = bits(2) else { return nil }
                value = last; repeats = 3 + extra
            case 17:
                guard let extra = bits(3) else { return nil }
                repeats = 3 + extra
            default:
                guard let extra = bits(7) else { return nil }
                repeats = 11 + extra
            }
            guard lengths.count + repeats <= literalCount + distanceCount else { return nil }
            lengths += [Int](repeating: value, count: repeats)
        }
        guard lengths[256] != 0, let literals = Self.code(Array(lengths[..<literalCount])),
              let distances = Self.code(Array(lengths[literalCount...])) else { return nil }
        return (literals, distances)
    }
}
