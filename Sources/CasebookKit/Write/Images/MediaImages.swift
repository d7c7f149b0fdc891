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
        case other
    }

    /// The whole of an open regular file when it starts like a JPEG, PNG, WebP or GIF; for any
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
        guard ImageMetadata.format(of: head) != nil else {
            if KeptFormats.needsMore(head) {
                switch readHead(input, KeptFormats.headLength) {
                case .success(let bytes): head = bytes
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(KeptFormats.format(of: head).map { .kept($0) } ?? .other)
        }
        switch FileBytes.readAll(input, expected: Int(info.st_size), regular: true) {
        case .bytes(let bytes): return .success(.image(bytes))
        case .unreadable(let problem): return .failure(problem)
        case .tooLarge: return .success(.other)
        }
    }

    /// Up to `length` bytes from the start of an open file (fewer when it is shorter).
    static func readHead(_ input: Int32, _ length: Int) -> Result<[UInt8], FileProblem> {
        var head = [UInt8](repeating: 0, count: length)
        var count = 0
        while count < head.count {
            let n = head.withUnsafeMutableBytes { pread(input, $0.baseAddress! + count, $0.count - count, off_t(count)) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { return .failure(FileProblem(errno: errno, path: "")) }
            if n == 0 { break }
            count += n
        }
        return .success(Array(head[..<count]))
    }
}
