import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files the dev server takes as they are: the theme's assets (`assets/...`) and the
/// archive's media (`media/...`), read from where they are, never copied. Each path is
/// answered by `StaticTree`, the rule the build copies by, so the server serves exactly
/// the files a build publishes (a link's target inside the allowed folder) and answers
/// "not found" for every entry the build refuses (a link out, a loop, a FIFO, a hidden name).
/// An asset the theme's folder lacks is the built-in theme's, as in a build.
struct StaticFiles: Sendable {
    let assets: StaticTree
    let media: StaticTree

    /// `assets` and `media` are the folders themselves (`templates/assets`, `content/media`).
    init(assets: URL, media: URL) {
        self.assets = .assets(templates: assets.deletingLastPathComponent().path, displayName: "templates")
        self.media = .media(content: media.deletingLastPathComponent().path, displayName: "content")
    }

    /// The bytes the build would write at `path`: a media image or an image among the theme's
    /// assets by the image rule (`MediaImages`), so without its metadata unless the site keeps it; nothing for a
    /// damaged one, which the build does not publish either, nor for a protected person's
    /// photo (`withheld`, media paths), under its own name or another that leads to it.
    /// A web page or a scripted SVG image the build refuses (`ActiveMedia`) is not served either.
    func file(at path: String, keepImageMetadata: Bool = false, unsafeHTML: Bool = false, withheld: Set<String> = []) -> [UInt8]? {
        guard let tree = tree(for: path) else { return nil }
        let found = tree.resolve(path)
        // An asset the theme's folder does not have is the built-in theme's (`ThemeFiles`).
        if found == nil, tree.root == assets.root { return BuiltInTheme.asset(at: path) }
        guard case .file(let source)? = found else { return nil }
        if tree.root == media.root, !withheld.isEmpty, withheld.contains(path) || withheld.contains(where: { photo in
            if case .file(let hidden)? = media.resolve(photo) { hidden == source } else { false }
        }) { return nil }
        // Over the image rule's limit, a file this path answers (an image, an SVG) is not
        // published; one published as it is was answered by `largeFile`, in pieces.
        guard case .bytes(let bytes) = FileBytes.contents(of: source, limit: MediaImages.readLimit) else { return nil }
        // The theme's own images lose their metadata as the build's copies do.
        guard tree.root == media.root else { return MediaImages(keepMetadata: keepImageMetadata, displayName: "templates").publish(bytes, path: path).bytes }
        if ActiveMedia.refuses(path, bytes: bytes, unsafeHTML: unsafeHTML) { return nil }
        return MediaImages(keepMetadata: keepImageMetadata, displayName: "content").publish(bytes, path: path).bytes
    }

    /// A media file or theme asset at least `LargeFile.threshold` long that is served as it is
    /// on disk (no image to clean, nothing the build refuses by its name or bytes): streamed
    /// from disk rather than read whole for each request (a video of a trial, a gigabyte). Nil
    /// for any other file, which `file(at:)` answers; an image or a media SVG, whose bytes are
    /// judged, among them (an image is published as it is, so sent in pieces too, when the site
    /// keeps metadata). The theme keeps no such asset's bytes (`ThemeFiles.keptWhole`).
    func largeFile(at path: String, keepImageMetadata: Bool = false, unsafeHTML: Bool = false, withheld: Set<String> = []) -> LargeFile? {
        let isMedia = path.hasPrefix("media/")
        guard isMedia || path.hasPrefix("assets/"), !isMedia || ActiveMedia.kind(of: path) == nil || unsafeHTML,
              case .file(let source)? = (isMedia ? media : assets).resolve(path) else { return nil }
        if isMedia, !withheld.isEmpty, withheld.contains(path) || withheld.contains(where: { photo in
            if case .file(let hidden)? = media.resolve(photo) { hidden == source } else { false }
        }) { return nil }
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard input >= 0 else { return nil }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) >= LargeFile.threshold,
              case .success(let head) = MediaImages.readHead(input, KeptFormats.headLength),
              keepImageMetadata || (ImageMetadata.format(of: head) == nil && KeptFormats.format(of: head) == nil),
              let stamp = FileStamp(path: source) else { return nil }
        return LargeFile(source: source, size: Int(info.st_size),
                         tag: ETag.of(Array("\(source) \(stamp.size) \(stamp.seconds).\(stamp.nanoseconds) \(stamp.inode)".utf8)))
    }

    func isFolder(_ path: String) -> Bool {
        guard case .folder? = tree(for: path)?.resolve(path) else { return false }
        return true
    }

    private func tree(for path: String) -> StaticTree? {
        if path == "assets" || path.hasPrefix("assets/") { return assets }
        if path == "media" || path.hasPrefix("media/") { return media }
        return nil
    }
}
