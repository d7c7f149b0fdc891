#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A PDF in `media/` read for protected names (`MediaLeakCheck` calls it when someone is
/// protected): its properties, bookmarks and comments, and the text on its pages
/// (`PDFText`), each an error at the file with what to do. An encrypted PDF cannot be read
/// (a warning), nor all of one whose compressed parts inflate past the budget
/// (`PDFStreams.Budget`: a warning that says how much was read).
enum PDFLeakCheck {
    static func problems(_ file: String, _ text: PDFText, words: ProtectedWords, scanner: inout LeakScanner) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func finding(_ text: String) -> LeakReading.Finding? {
            words.findings(in: LeakReading(lines: text.split(separator: "\n", omittingEmptySubsequences: false), addresses: false)).first
        }
        if let named = text.properties.first(where: { scanner.names($0) }) {
            found.append(Diagnostic(.error, file, .start, MediaLeakCheck.binaryMessage(.pdf, finding(named), words: words, file: file)))
        }
        if let named = text.pages().lazy.flatMap({ chunks($0) }).first(where: { scanner.names(String($0)) }) {
            found.append(Diagnostic(.error, file, .start, pagesMessage(finding(String(named)), words: words)))
        }
        if text.encrypted {
            found.append(Diagnostic(.warning, file, .start, encryptedMessage))
        } else if text.budget.exceeded {
            found.append(Diagnostic(.warning, file, .start, budgetMessage(text.budget)))
        }
        return found
    }

    /// A page's text in pieces of `size` characters, each overlapping the last by `overlap`
    /// (a name cut by one piece's end is whole in the next), so that a content stream of
    /// megabytes is not scanned and located as one line.
    static func chunks(_ text: String, size: Int = 1 << 18, overlap: Int = 1024) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        while true {
            let end = text.index(start, offsetBy: size, limitedBy: text.endIndex) ?? text.endIndex
            pieces.append(text[start..<end])
            guard end < text.endIndex else { return pieces }
            start = text.index(end, offsetBy: -overlap)
        }
    }

    /// A PDF over `windows.over` bytes, read a window at a time into one `PDFText`; a stream
    /// the window cuts and the next would too (longer than the overlap) is read again whole
    /// from its start, up to a window's size.
    static func windowProblems(_ file: String, _ source: String, _ windows: MediaLeakCheck.Windows,
                               words: ProtectedWords, scanner: inout LeakScanner) -> [Diagnostic] {
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard input >= 0 else { return [] }  // told by the copy, with its reason
        defer { close(input) }
        var text = PDFText()
        var offset = 0
        let step = windows.size - windows.overlap
        while case .success(let bytes) = MediaImages.readHead(input, windows.size, at: offset), !bytes.isEmpty {
            text.read(bytes)
            guard bytes.count == windows.size else { break }
            var next = offset + step
            if let cut = text.cut, cut < step {
                if case .success(let stream) = MediaImages.readHead(input, windows.size, at: offset + cut) { text.read(stream) }
                // The next window starts past the stream's end: its data (an image of hundreds of
                // megabytes) is never read as the file's own text. One longer than a window that
                // could hold text was read only that far, and the warning says so.
                let end = streamEnd(input, from: offset + cut)
                if end - (offset + cut) > windows.size, !PDFStreams.names(Self.head(bytes[cut...])).names.contains(where: PDFStreams.skipped.contains) {
                    text.budget.exceeded = true
                }
                next = max(next, end)
            }
            offset = next
        }
        return problems(file, text, words: words, scanner: &scanner)
    }

    /// A stream's dictionary, from the bytes that begin with it: up to its `stream` keyword.
    static func head(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let limit = min(bytes.endIndex, bytes.startIndex + 16_384)
        let keyword = Array("stream".utf8)
        var index = bytes.startIndex
        while index + keyword.count <= limit, !bytes[index..<(index + keyword.count)].elementsEqual(keyword) { index += 1 }
        return bytes[bytes.startIndex..<index]
    }

    /// The offset after the `endstream` that ends the stream whose dictionary is at `start`,
    /// found by reading on in pieces of 8 MB (nothing else is looked at); the file's size
    /// when none does.
    static func streamEnd(_ input: Int32, from start: Int) -> Int {
        let keyword = Array("endstream".utf8)
        var offset = start
        while case .success(let piece) = MediaImages.readHead(input, 8 << 20, at: offset), !piece.isEmpty {
            var from = 0
            while let at = piece[from...].firstIndex(of: keyword[0]) {
                if MediaTexts.matches(piece, "endstream", at: at) { return offset + at + keyword.count }
                from = at + 1
            }
            guard piece.count == 8 << 20 else { return offset + piece.count }
            offset += piece.count - keyword.count
        }
        return offset
    }

    static func pagesMessage(_ finding: LeakReading.Finding?, words: ProtectedWords) -> String {
        "this PDF's pages name \(MediaLeakCheck.whom(finding, words: words)), and a PDF is published as it is, its text for anyone to read, search and copy: "
            + "remove the name in the document and export it again as a new PDF (a black box drawn over the name is not enough: the text stays under it); or remove the file"
    }

    static let encryptedMessage = "this PDF is encrypted (a password, or restrictions on copying or printing), so its pages and properties cannot be read for "
        + "protected names, and a reader's viewer may still show them: open it, save it again without a password or restrictions "
        + "(Print, Save as PDF) and check it yourself"

    static func budgetMessage(_ budget: PDFStreams.Budget) -> String {
        "this PDF's compressed parts inflate to more than \(PDFStreams.Budget.file.left >> 20) MB (\(budget.stream >> 20) MB for one), a damaged file or one made to exhaust memory, "
            + "so only that much was read for protected names: save the document again as a new PDF (Print, Save as PDF), or check it yourself"
    }
}
