/// The text of a spreadsheet's bytes, in the encodings spreadsheets save CSV in: UTF-8 (with
/// or without a byte order mark), UTF-16 (Excel's "Unicode Text", with a byte order mark or
/// told by its header's zero bytes), and
/// Windows-1251 (Excel's plain "CSV" with Russian or Kazakh settings) when every byte beyond
/// ASCII reads as Russian text reads. A file in Latin-1 or KOI8-R would read as Cyrillic
/// letters that look right and are not: those are refused, not guessed. A workbook saved
/// as it is (.xlsx, .ods, .xls) is told apart from text by its first bytes.
enum CSVText {
    enum Encoding: Equatable { case utf8, utf16, windows1251 }

    /// A workbook, not text: what it is, for the message (nil: not one).
    static func workbook(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a workbook (.xlsx or .ods), not CSV text" }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return "an Excel 97-2003 workbook (.xls), not CSV text" }
        return nil
    }

    /// UTF-16 text after its byte order mark, or without one when the header shows it: its
    /// ASCII column names are a zero byte every other byte (nil: not UTF-16; .some(nil): UTF-16
    /// that then has bytes that are not).
    static func utf16(_ bytes: [UInt8]) -> String?? {
        let little: Bool, mark: Int
        if bytes.starts(with: [0xFF, 0xFE]) { (little, mark) = (true, 2) } else if bytes.starts(with: [0xFE, 0xFF]) { (little, mark) = (false, 2) }
        else if let order = unmarked(bytes) { (little, mark) = (order, 0) } else { return nil }
        let body = bytes.dropFirst(mark)
        guard body.count % 2 == 0 else { return .some(nil) }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let (a, b) = (UInt16(body[index]), UInt16(body[index + 1]))
            units.append(little ? a | b << 8 : a << 8 | b)
            index += 2
        }
        return .some(String(validating: units, as: UTF16.self))
    }

    /// Whether the first 32 bytes (16 ASCII characters) are UTF-16 little-endian (true) or
    /// big-endian (false): ASCII bytes with a zero beside each.
    static func unmarked(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 32 else { return nil }
        let head = bytes.prefix(32)
        let even = stride(from: 0, to: 32, by: 2).map { head[$0] }, odd = stride(from: 1, to: 32, by: 2).map { head[$0] }
        func ascii(_ units: [UInt8]) -> Bool { units.allSatisfy { $0 != 0 && $0 < 0x80 } }
        if odd.allSatisfy({ $0 == 0 }), ascii(even) { return true }
        if even.allSatisfy({ $0 == 0 }), ascii(odd) { return false }
        return nil
    }

    /// The bytes read as Windows-1251, when that is certain enough: every byte beyond ASCII is
    /// a Cyrillic letter or a mark Russian text uses (quotes, dashes, №, a no-break space), no
    /// word mixes Latin and Cyrillic letters (`Renйe` is Latin-1's `Renée`), some word has
    /// three Cyrillic letters, small letters outnumber capitals and few words have a capital
    /// after a small letter (KOI8-R's `Иван петров` reads `йЧБО ПЕФТПЧ`; a name like
    /// `ТехноСтрой` may). Anything else: nil, and the file is refused as not UTF-8.
    static func windows1251(_ bytes: ArraySlice<UInt8>) -> String? {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80 { scalars.append(Unicode.Scalar(byte)); continue }
            guard let value = byte >= 0xC0 ? 0x0410 + UInt32(byte - 0xC0) : marks[byte], let scalar = Unicode.Scalar(value) else { return nil }
            scalars.append(scalar)
        }
        let text = String(scalars)
        var longWord = false
        var (words, humped, small, capital) = (0, 0, 0, 0)
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            let cyrillic = word.filter { !$0.isASCII }.count
            guard cyrillic > 0 else { continue }
            if cyrillic < word.count { return nil }
            words += 1
            if zip(word, word.dropFirst()).contains(where: { $0.isLowercase && $1.isUppercase }) { humped += 1 }
            for letter in word { if letter.isLowercase { small += 1 } else { capital += 1 } }
            if cyrillic >= 3 { longWord = true }
        }
        return longWord && small > capital && humped * 10 <= words ? text : nil
    }

    /// The bytes from 0x80 to 0xBF that Russian and Kazakh text saved in Windows-1251 holds.
    static let marks: [UInt8: UInt32] = [
        0xA8: 0x0401, 0xB8: 0x0451, 0xB2: 0x0406, 0xB3: 0x0456,  // Ё ё І і
        0xB9: 0x2116, 0xAB: 0x00AB, 0xBB: 0x00BB, 0x84: 0x201E, 0x93: 0x201C, 0x94: 0x201D,  // № « » „ “ ”
        0x91: 0x2018, 0x92: 0x2019, 0x96: 0x2013, 0x97: 0x2014, 0x85: 0x2026, 0xA0: 0x00A0,  // ‘ ’ – — … no-break space
        0xA7: 0x00A7, 0xB0: 0x00B0, 0xA9: 0x00A9, 0xAE: 0x00AE, 0x99: 0x2122, 0x95: 0x2022, 0xB1: 0x00B1,  // § ° © ® ™ • ±
    ]
}
