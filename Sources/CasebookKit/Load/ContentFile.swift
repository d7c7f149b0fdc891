import Foundation

/// A content file found on disk, not yet read.
public struct ContentFile: Sendable {
    public let info: DocumentInfo
    public let url: URL
}

/// What the load stage found in the content folder.
public struct LoadedContent: Sendable {
    public var siteFile: URL?
    public var files: [ContentFile] = []
    /// Paths relative to the content folder (`media/x.jpg`), sorted.
    public var media: [String] = []
    /// Last commit date per path relative to the content folder, when it is a git checkout.
    public var gitDates: [String: PartialDate] = [:]
    public var diagnostics: [Diagnostic] = []
}
