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
            let full = bytes.count == windows.size
            if full, let cut = text.cut, cut < step, case .success(let stream) = MediaImages.readHead(input, windows.size, at: offset + cut) {
                text.read(stream)
            }
            guard full else { break }
            offset += step
        }
        return problems(file, text, words: words, scanner: &scanner)
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
