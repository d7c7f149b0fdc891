import Foundation

/// A content file found on disk, not yet read.
public struct ContentFile: Sendable {
    public let info: DocumentInfo
    /// The file's path on disk. The loader joins it from its folder's path: making a URL
    /// per file costs more than reading a small file.
    let diskPath: String
    public var url: URL { URL(fileURLWithPath: diskPath, isDirectory: false) }

    public init(info: DocumentInfo, url: URL) {
        self.init(info: info, diskPath: url.path)
    }

    init(info: DocumentInfo, diskPath: String) {
        self.info = info
        self.diskPath = diskPath
    }
}

/// What the load stage found in the content folder.
public struct LoadedContent: Sendable {
    public var siteFile: URL?
    public var files: [ContentFile] = []
    /// Paths relative to the content folder (`media/x.jpg`), sorted.
    public var media: [String] = []
    /// The same files with the real file each one is, for the copy.
    public var mediaFiles: [StaticFile] = []
    /// Last commit date per path relative to the content folder, when it is a git checkout.
    public var gitDates: [String: PartialDate] = [:]
    public var diagnostics: [Diagnostic] = []
}
