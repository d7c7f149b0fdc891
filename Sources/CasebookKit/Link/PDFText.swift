/// What a reader can read in a PDF, for the leak check (`MediaLeakCheck`): the strings of its
/// dictionaries (properties, bookmarks, comments, form fields: outside its streams and in its
/// compressed object streams), its XMP metadata and attached files, and the text on its
/// pages (`PDFContent`), each string shown decoded by its font's /ToUnicode map (`PDFCMap`),
/// by every map of the file and as the string itself (Latin-1 as PDFDocEncoding mostly is,
/// UTF-16 by its byte order mark, UTF-8). A font is found by its resource name (`/F1 5 0 R`
/// anywhere in the file, whatever page names it). A file read in windows is read into one
/// `PDFText`, so a map in one window decodes a page in another. An encrypted PDF (`/Encrypt`)
/// is not decrypted: its pages are not read (`encrypted`).
struct PDFText {
    private(set) var properties: [String] = []
    private var contents: [[PDFContent.Piece]] = []
    private var maps: [(object: Int?, map: PDFCMap)] = []
    private var fonts: [String: Set<Int>] = [:]  // a font's resource name: the objects it names
    private var toUnicode: [Int: Int] = [:]  // a font object: its map's object
    private var streamObjects: [Int?] = []  // the object each stream read so far is, in order
    private var streamKinds: [(content: Int?, map: Int?)] = []
    private(set) var encrypted = false
    var budget = PDFStreams.Budget.file
    /// Where in the bytes last read a stream starts (its object's dictionary) that the bytes cut before its end.
    private(set) var cut: Int?

    static let marker = Array(" __stream__ ".utf8)

    static func read(_ bytes: [UInt8]) -> PDFText {
        var text = PDFText()
        text.read(bytes)
        return text
    }

    /// Reads `bytes`, a whole file or a window of one.
    mutating func read(_ bytes: [UInt8], depth: Int = 0) {
        var outside: [UInt8] = []
        var index = 0
        let count = bytes.count
        if depth == 0 { cut = nil }
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "(") {
                if let (string, end) = MediaTexts.literalString(bytes, from: index) {
                    properties.append(MediaTexts.decodedString(string))
                    outside.append(0x20)
                    index = end
                } else {  // binary bytes, no string: their printable runs are read as the rest outside streams are
                    let end = MediaTexts.literalSkip(bytes, from: index)
                    outside += bytes[index..<end]
                    index = end
                }
            } else if byte == UInt8(ascii: "<"), index + 1 < count, bytes[index + 1] != UInt8(ascii: "<"),
                      let (string, end) = MediaTexts.hexString(bytes, from: index) {
                properties.append(MediaTexts.decodedString(string))
                outside.append(0x20)
                index = end
            } else if byte == UInt8(ascii: "s"), depth == 0, let (data, end) = MediaTexts.stream(bytes, at: index) {
                let dictionary = Self.dictionary(bytes, before: index)
                if end == count, !MediaTexts.contains(bytes[max(data.lowerBound, count - 9)...], "endstream") { cut = dictionary.startIndex }
                stream(dictionary: dictionary, data: bytes[data])
                outside += Self.marker
                index = end
            } else {
                outside.append(byte)
                index += 1
            }
        }
        properties += MediaTexts.runs(outside[...])
        references(outside, depth: depth)
    }

    /// A stream's dictionary: from its object's `obj` keyword (at most 16 KB back) to `stream`.
    static func dictionary(_ bytes: [UInt8], before index: Int) -> ArraySlice<UInt8> {
        var start = index - 3
        while start >= max(0, index - 16_384) {
            if MediaTexts.matches(bytes, "obj", at: start) { return bytes[(start + 3)..<index] }
            start -= 1
        }
        return bytes[max(0, index - 1024)..<index]
    }

    private mutating func stream(dictionary: ArraySlice<UInt8>, data: ArraySlice<UInt8>) {
        var kind: (content: Int?, map: Int?) = (nil, nil)
        defer { streamKinds.append(kind) }
        guard let (type, bytes) = PDFStreams.decoded(dictionary: dictionary, data: data, budget: &budget) else { return }
        switch type {
        case .metadata: properties.append(String(decoding: bytes, as: UTF8.self))
        case .attachment: properties += MediaTexts.runs(bytes[...])
        case .objects(let first): read(Self.objects(bytes, first: first), depth: 1)
        case .content:
            if let map = PDFCMap(bytes) {
                kind.map = maps.count
                maps.append((nil, map))
            } else {
                let pieces = PDFContent.pieces(bytes)
                if !pieces.isEmpty { kind.content = contents.count; contents.append(pieces) }
            }
        }
    }

    /// A compressed object stream's objects written out as `N 0 obj … endobj`, to be read as the file's own.
    static func objects(_ bytes: [UInt8], first: Int) -> [UInt8] {
        var header: [Int] = []
        for word in bytes.prefix(min(first, bytes.count)).split(whereSeparator: PDFContent.isSpace) {
            guard let value = Int(String(decoding: word, as: UTF8.self)) else { return bytes }
            header.append(value)
        }
        var out: [UInt8] = []
        for pair in stride(from: 0, to: header.count - 1, by: 2) {
            let start = first + header[pair + 1]
            let end = pair + 3 < header.count ? first + header[pair + 3] : bytes.count
            guard start >= first, start <= end, end <= bytes.count else { continue }
            out += Array("\n\(header[pair]) 0 obj ".utf8) + bytes[start..<end] + Array(" endobj\n".utf8)
        }
        return out
    }

    /// Reads the object numbers, the fonts' resource names and maps, and `/Encrypt`, from the bytes outside streams.
    private mutating func references(_ outside: [UInt8], depth: Int) {
        var last: [PDFContent.Token] = []
        var object: Int?
        PDFContent.tokens(outside) { token in
            if case .name("Encrypt") = token { encrypted = true }
            if case .operator(let word) = token {
                let tail = last.suffix(3)
                if word == "obj", tail.count >= 2, case .number(let number) = tail[tail.endIndex - 2] { object = Int(exactly: number) }
                if word == "__stream__" { streamObjects.append(object) }
                if word == "R", tail.count == 3, case .name(let name) = tail[tail.startIndex], case .number(let number) = tail[tail.startIndex + 1],
                   let target = Int(exactly: number) {
                    if name == "ToUnicode", let object { toUnicode[object] = target } else { fonts[name, default: []].insert(target) }
                }
                last.removeAll(keepingCapacity: true)
            } else {
                last.append(token)
                if last.count > 3 { last.removeFirst() }
            }
        }
        guard depth == 0 else { return }
        for (stream, kind) in streamKinds.enumerated() where kind.map != nil && stream < streamObjects.count {
            maps[kind.map!].object = streamObjects[stream]
        }
        streamKinds = []
        streamObjects = []
    }

    /// The text on the pages, each content stream's decoded with its fonts' maps, with every map of the file, and as it is.
    func pages() -> [String] {
        guard !encrypted else { return [] }
        var byObject: [Int: PDFCMap] = [:]
        for (object, map) in maps { if let object { byObject[object] = map } }
        let all = maps.prefix(64).map(\.map)
        var candidates: [String: [PDFCMap]] = [:]
        for (name, objects) in fonts {
            let found = objects.sorted().compactMap { toUnicode[$0].flatMap { byObject[$0] } }
            if !found.isEmpty { candidates[name] = found }
        }
        var texts: [String] = []
        for pieces in contents {
            // A move along a line is read both as a space (words placed one by one) and as nothing (a word kerned in steps).
            for move in pieces.contains(.move) ? [" ", ""] : [" "] {
                func joined(_ decode: (String, [UInt8]) -> String) -> String {
                    pieces.map { piece in
                        switch piece {
                        case .shown(let font, let bytes): decode(font, bytes)
                        case .space: " "
                        case .move: move
                        }
                    }.joined()
                }
                texts.append(joined { MediaTexts.decodedString($1) })
                let fonts = Set(pieces.compactMap { if case .shown(let font, _) = $0 { font } else { nil } })
                let variants = fonts.map { candidates[$0]?.count ?? 0 }.max() ?? 0
                for variant in 0..<variants {
                    texts.append(joined { font, bytes in
                        guard let found = candidates[font] else { return MediaTexts.decodedString(bytes) }
                        return found[variant % found.count].decoded(bytes)
                    })
                }
                if fonts.contains(where: { candidates[$0] == nil }) {
                    for map in all { texts.append(joined { map.decoded($1) }) }
                }
            }
        }
        return texts
    }
}
