import Foundation

/// A content file found on disk, not yet read.
public struct ContentFile: Sendable {
    public let info: DocumentInfo
    /// The file's path on disk. The loader joins it from its folder's path: making a URL
    /// per file costs more than reading a small file.
    let diskPath: String
    public var url: URL { URL(fileURLWithPath: diskPath, isDirectory: false) }
    /// Why the file cannot be read, when the load stage already knows (a FIFO, a folder, a
    /// dangling link): the parse stage reports it and never opens the file. The file still
    /// counts as found, so references to it are not reported too.
    var problem: FileProblem?

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
    /// Paths relative to the content folder (`media/x.jpg`), sorted; refused media files too,
    /// so a reference to one is not reported besides the file itself.
    public var media: [String] = []
    /// The media files to publish, with the real file each one is, for the copy.
    public var mediaFiles: [StaticFile] = []
    /// What git says about the content (`GitHistory`); the build reads it beside the load
    /// and the parse, so it is set by the caller, not by `ContentLoader.load`.
    public var history = ArchiveHistory()
    public var diagnostics: [Diagnostic] = []
    /// The translations whose language is misspelled (`x.RU.md`), by path: told again once
    /// site.yml says which language is the default (`TranslationName.defaultLanguage`).
    var misnamedLanguages: [String: TranslationName.Misnamed] = [:]
    /// A kind folder could not be listed, so the files were not checked
    /// (`ContentLoader.checkOnlyReadability`): nor is what they leave unused.
    public var filesUnchecked = false
}
