#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Media files are published byte for byte, so what a reader can read in one is published
/// text too: an SVG's title and metadata, a text file, a PDF's properties (its author, title
/// and keywords, which a word processor fills in from the document and the computer),
/// comments and pages (`PDFLeakCheck`), and, with `keep_image_metadata: true`, an image's EXIF and XMP. None may name a
/// protected person (`MediaTexts` says what is read). Runs only when someone is protected;
/// the files are read in parallel, and a text file naming someone is read again by line for
/// the place.
enum MediaLeakCheck {
    /// `windows`: the size over which a file is read in windows, the window and the overlap
    /// (smaller in tests).
    static func problems(_ content: ParsedContent, words: ProtectedWords,
                         windows: Windows = Windows(over: MediaImages.readLimit, size: 64 << 20, overlap: 1 << 20)) -> [Diagnostic] {
        let keep = content.site.keepImageMetadata
        // A protected person's photo is never published, so never read.
        let files = content.mediaSources.sorted { $0.key < $1.key }.compactMap { path, source -> (String, String, MediaTexts.Kind)? in
            guard !words.photos.contains(path), let kind = MediaTexts.kind(of: path, keepImageMetadata: keep) else { return nil }
            return (path, source, kind)
        }
        guard !files.isEmpty else { return [] }
        let display = content.displayName
        return parallelMap(files, chunk: 1) { path, source, kind -> [Diagnostic] in
            let file = "\(display)/\(path)"
            var scanner = LeakScanner(words: words)
            let bytes: [UInt8]
            switch FileBytes.contents(of: source, limit: windows.over) {
            case .bytes(let read): bytes = read
            case .tooLarge where kind == .pdf: return PDFLeakCheck.windowProblems(file, source, windows, words: words, scanner: &scanner)
            case .tooLarge: return windowProblems(file, source, kind, windows, words: words, scanner: &scanner)
            case .unreadable: return []  // told by the copy, with its reason
            }
            if kind == .text { return textProblems(file, String(decoding: bytes, as: UTF8.self), words: words, scanner: &scanner) }
            if kind == .pdf { return PDFLeakCheck.problems(file, PDFText.read(bytes), words: words, scanner: &scanner) }
            guard let text = MediaTexts.runs(bytes[...]).first(where: { scanner.names($0) }) else { return [] }
            let finding = words.findings(in: LeakReading(lines: text.split(separator: "\n", omittingEmptySubsequences: false), addresses: false)).first
            return [Diagnostic(.error, file, .start, binaryMessage(kind, finding, words: words, file: file))]
        }.flatMap { $0 }
    }

    /// A file over `over` bytes is read `size` bytes at a time, each window overlapping the last by `overlap`.
    struct Windows: Sendable {
        let over: Int, size: Int, overlap: Int
    }

    /// A file over `MediaImages.readLimit` (a 2 GB scan) read in windows of 64 MB, each read as
    /// a file of its own (a PDF's into one `PDFText`: `PDFLeakCheck.windowProblems`), so the check holds a window in memory, never the file. They overlap
    /// by 1 MB: a name, a PDF's string or its XMP packet cut by one window's end is whole in
    /// the next (what a cut leaves, a string or stream not closed, is read as plain text, so
    /// more is read, never less). A text file's finding is at its line in the whole file.
    static func windowProblems(_ file: String, _ source: String, _ kind: MediaTexts.Kind, _ windows: Windows,
                               words: ProtectedWords, scanner: inout LeakScanner) -> [Diagnostic] {
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard input >= 0 else { return [] }  // told by the copy, with its reason
        defer { close(input) }
        // No further than its size when opened: a file still being written is read to there
        // (the copy refuses it, `FileProblem.grew`), never for as long as it grows.
        var info = stat()
        guard fstat(input, &info) == 0 else { return [] }
        let size = Int(info.st_size)
        var offset = 0, linesBefore = 0
        while offset < size {
            guard case .success(let bytes) = MediaImages.readHead(input, min(windows.size, size - offset), at: offset), !bytes.isEmpty else { return [] }
            if kind == .text {
                let found = textProblems(file, String(decoding: bytes, as: UTF8.self), words: words, scanner: &scanner)
                if !found.isEmpty {
                    return found.map { var moved = $0; moved.position.line += linesBefore; return moved }
                }
            } else {
                if let text = MediaTexts.runs(bytes[...]).first(where: { scanner.names($0) }) {
                    let finding = words.findings(in: LeakReading(lines: text.split(separator: "\n", omittingEmptySubsequences: false), addresses: false)).first
                    return [Diagnostic(.error, file, .start, binaryMessage(kind, finding, words: words, file: file))]
                }
            }
            guard bytes.count == windows.size else { return [] }
            let step = windows.size - windows.overlap
            linesBefore += bytes[..<step].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            offset += step
        }
        return []
    }

    /// A text file's leaks, each at its line and column (escapes and tags decoded, as a browser shows an SVG's or a page's text).
    static func textProblems(_ file: String, _ text: String, words: ProtectedWords, scanner: inout LeakScanner) -> [Diagnostic] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let decoded = LeakEscapes.style(of: file).map { style in lines.map { LeakEscapes.decoded($0, style) } }
        guard scanner.names(text)
            || decoded.map({ zip(lines, $0).map { $1?.text ?? String($0) }.joined(separator: "\n") }).map({ scanner.names($0) }) == true
        else { return [] }
        var found = Diagnostics(file: file)
        func report(_ finding: LeakReading.Finding, line: Int, column: Int) {
            found.error(SourcePosition(line: line, column: column), textMessage(finding, words: words))
        }
        for found in LeakEscapes.findings(lines, decoded: decoded, words: words) {
            report(found.finding, line: found.line, column: found.column)
        }
        if found.items.isEmpty {  // a name over two lines: the file as a whole
            found.error(.start, textMessage(nil, words: words))
        }
        return found.items
    }

    static func whom(_ finding: LeakReading.Finding?, words: ProtectedWords) -> String {
        guard let finding else { return "a protected person" }
        return "a protected person by \(LeakCheck.phrase(finding.kind)) (protected in \(words.people[finding.person].info.path))"
    }

    static func textMessage(_ finding: LeakReading.Finding?, words: ProtectedWords) -> String {
        "this media file names \(whom(finding, words: words)), and a media file is published as it is, its text (an SVG's title, text and metadata too) for anyone to read: "
            + "leave the name out of the file, or remove the file"
    }

    static func binaryMessage(_ kind: MediaTexts.Kind, _ finding: LeakReading.Finding?, words: ProtectedWords, file: String) -> String {
        if kind == .pdf {
            return "this PDF's properties, bookmarks or comments name \(whom(finding, words: words)), and a PDF is published as it is, with them: "
                + "remove the name (File, Properties: author, title, subject, keywords) and save the document as a new PDF (Print, Save as PDF), "
                + "as a PDF edited in place may keep its old properties; or remove the file"
        }
        return "this image's metadata (EXIF, XMP or a comment) names \(whom(finding, words: words)), and keep_image_metadata: true in site.yml publishes it as it is: "
            + "remove it from the file, for example with 'exiftool -all= \(file)', or leave keep_image_metadata out"
    }
}
