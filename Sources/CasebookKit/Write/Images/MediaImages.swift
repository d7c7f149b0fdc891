#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The image rule (`ImageMetadata`) as the build, `casebook check` and the dev server apply
/// it to the files of `media/`: the bytes published for a file, and what is said about it
/// (an error for a damaged image, or for an image the rule cannot clean, `KeptFormats`; a
/// warning for a GPS position). Files that are not JPEG, PNG, WebP or GIF are told apart by
/// their first bytes and never read further here.
struct MediaImages: Sendable {
    /// The largest image (and SVG, `ActiveMedia`) read whole: 256 MB. A larger one is not read,
    /// so a 2 GB file costs neither the memory nor the minutes; it is not published unless the
    /// site keeps metadata, and then copied as it is, in pieces.
    static let readLimit = 256 << 20

    /// site.yml `keep_image_metadata`: publish images as they are (still warned about).
    let keepMetadata: Bool
    /// The content folder as messages name it (`content`).
    let displayName: String

    /// What to publish for an image's bytes (nil: nothing, it is damaged) and the problems.
    func publish(_ bytes: [UInt8], path: String) -> (bytes: [UInt8]?, problems: [Diagnostic]) {
        let file = displayName + "/" + path
        switch ImageMetadata.clean(bytes) {
        case .other:
            // The dev server hands every media file here: a HEIC is no more served than published.
            guard let format = KeptFormats.format(of: bytes.prefix(KeptFormats.headLength)) else { return (bytes, []) }
            let problems = keptProblem(format, path: path)
            return (problems.isEmpty ? bytes : nil, problems)
        case .image(let cleaned):
            return (keepMetadata ? bytes : cleaned.bytes(from: bytes), cleaned.gps ? [gpsWarning(file)] : [])
        case .damaged(let damage):
            let warnings = damage.gps ? [gpsWarning(file)] : []
            // Published as it is only when the site asked for images as they are.
            if keepMetadata { return (bytes, warnings) }
            return (nil, warnings + [Diagnostic(.error, file, .start, "this \(damage.format.rawValue) image is damaged (\(damage.problem)): "
                + "casebook cannot tell its metadata from its picture, so it does not publish it; "
                + "save it again from an image editor, or copy it again from the original")])
        }
    }

    /// An image whose format the rule cannot clean: an error, since its metadata (a phone's
    /// HEIC nearly always holds where it was taken) would be published; published as it is
    /// only when the site keeps metadata anyway.
    func keptProblem(_ format: KeptFormats.Format, path: String) -> [Diagnostic] {
        let convert = format.unknownBrand == nil ? "convert it to JPEG, PNG or WebP" : "convert an image to JPEG, PNG or WebP and a video to MP4"
        return keepMetadata ? [] : [Diagnostic(.error, displayName + "/" + path, .start,
            "casebook cannot remove the metadata of \(format.phrase), so it does not publish it: \(convert), "
                + "or set keep_image_metadata: true in site.yml to publish images as they are")]
    }

    /// An image over `readLimit`: not read, so its metadata cannot be left out; an error unless
    /// the site publishes images as they are.
    func tooLargeProblem(_ format: ImageMetadata.Format, size: Int, path: String) -> [Diagnostic] {
        keepMetadata ? [] : [Diagnostic(.error, displayName + "/" + path, .start,
            "this \(format.rawValue) image is \(Self.megabytes(size)), and casebook reads an image whole to leave its metadata out "
                + "(where it was taken, the camera), so it reads none over \(Self.megabytes(Self.readLimit)) and does not publish it: "
                + "save it smaller from an image editor (a page shows an image a few thousand pixels wide at most), "
                + "or set keep_image_metadata: true in site.yml to publish images as they are")]
    }

    /// A size as messages say it: "300 MB", "2,048 MB" (whole megabytes, rounded up).
    static func megabytes(_ size: Int) -> String {
        ProgressPrinter.grouped((size + (1 << 20) - 1) >> 20) + " MB"
    }

    func gpsWarning(_ file: String) -> Diagnostic {
        let fix = "for example with 'exiftool -gps:all= -xmp:geotag= \(file)'"
        let message = keepMetadata
            ? "this image carries a GPS position (where it was taken), and the site publishes it, because site.yml sets "
                + "keep_image_metadata: true; remove the position from the file, \(fix)"
            : "this image carries a GPS position (where it was taken); the build leaves it out of the site, but the "
                + "file keeps it in the archive and its repository: remove it from the file, \(fix)"
        return Diagnostic(.warning, file, .start, message)
    }

    /// `casebook check`: every media file judged as the build would, in parallel, nothing written.
    func check(_ files: [StaticFile]) -> [Diagnostic] {
        parallelMap(files, chunk: 1) { file -> [Diagnostic] in
            let input = open(file.source, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
            guard input >= 0 else {
                return [Diagnostic(.error, displayName + "/" + file.path, .start, FileProblem(errno: errno, path: file.source).description, isIO: true)]
            }
            defer { close(input) }
            switch Self.image(input) {
            case .success(.image(let bytes)): return publish(bytes, path: file.path).problems
            case .success(.kept(let format)): return keptProblem(format, path: file.path)
            case .success(.tooLarge(let format, let size)): return tooLargeProblem(format, size: size, path: file.path)
            case .success(.other): return []
            case .failure(let problem):
                return [Diagnostic(.error, displayName + "/" + file.path, .start, problem.description, isIO: true)]
            }
        }.flatMap { $0 }
    }

    /// What an open file is, by its first bytes.
    enum Sniffed: Equatable {
        /// A JPEG, PNG, WebP or GIF, read whole.
        case image([UInt8])
        /// An image format that carries EXIF but that the rule does not clean (`KeptFormats`: HEIC, TIFF…).
        case kept(KeptFormats.Format)
        /// A JPEG, PNG, WebP or GIF over `readLimit`, not read (its format and size).
        case tooLarge(ImageMetadata.Format, Int)
        case other
    }

    /// The whole of an open regular file when it starts like a JPEG, PNG, WebP or GIF (not read
    /// past its first bytes when it is over `readLimit`); for any
    /// other file, what its first bytes alone say (the brands of an ISO media file's `ftyp`
    /// box among them). The file's offset is left at its start.
    static func image(_ input: Int32) -> Result<Sniffed, FileProblem> {
        var info = stat()
        guard fstat(input, &info) == 0 else { return .failure(FileProblem(errno: errno, path: "")) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular(info.st_mode)) }
        var head: [UInt8]
        switch readHead(input, ImageMetadata.signatureLength) {
        case .success(let bytes): head = bytes
        case .failure(let problem): return .failure(problem)
        }
        guard let format = ImageMetadata.format(of: head) else {
            if KeptFormats.needsMore(head) {
                switch readHead(input, KeptFormats.headLength) {
                case .success(let bytes): head = bytes
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(KeptFormats.format(of: head).map { .kept($0) } ?? .other)
        }
        guard Int(info.st_size) <= readLimit else { return .success(.tooLarge(format, Int(info.st_size))) }
        switch FileBytes.readAll(input, expected: Int(info.st_size), regular: true) {
        case .bytes(let bytes) where bytes.count > readLimit: return .success(.tooLarge(format, bytes.count))  // grew meanwhile
        case .bytes(let bytes): return .success(.image(bytes))
        case .unreadable(let problem): return .failure(problem)
        case .tooLarge(let size): return .success(.tooLarge(format, size))
        }
    }

    /// Up to `length` bytes of an open file from `offset`, its start unless told (fewer at its end).
    static func readHead(_ input: Int32, _ length: Int, at offset: Int = 0) -> Result<[UInt8], FileProblem> {
        var head = [UInt8](repeating: 0, count: length)
        var count = 0
        while count < head.count {
            let n = head.withUnsafeMutableBytes { pread(input, $0.baseAddress! + count, $0.count - count, off_t(offset + count)) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { return .failure(FileProblem(errno: errno, path: "")) }
            if n == 0 { break }
            count += n
        }
        return .success(Array(head[..<count]))
    }
}
