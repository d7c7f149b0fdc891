/// What the dev server serves. The lead's `DevSite` renders pages on demand from the
/// linked archive; `FolderSite` serves a built folder from disk. A method that throws
/// (a page that cannot be made) answers that one request with 500 and the error's text.
///
/// Paths are normalised site paths ("index.html", "cases/x/index.html",
/// "assets/style.css"): `RequestPath` never passes "..", ".", empty segments, a leading
/// "/", a backslash or a control character.
public protocol ServedSite: Sendable {
    /// The bytes of the file at `path`, or nil when there is none.
    func file(at path: String) async throws -> [UInt8]?

    /// Whether `path` names a folder of the site, so "/cases" redirects to "/cases/" and
    /// "/cases/" serves "cases/index.html".
    func isFolder(_ path: String) async throws -> Bool

    /// The positioned problems of the latest rebuild as `casebook check` prints them
    /// (plain text), or nil when the content is clean. Shown over every served page.
    func problems() async throws -> String?

    /// A file to stream from disk rather than hold whole (`LargeFile`), or nil: `file(at:)` answers.
    func largeFile(at path: String) async throws -> LargeFile?

    /// What the page shows besides its bytes (`PageResources`: the theme's assets, the media
    /// it names), in a form that changes when they do: its reload tag covers it.
    func resources(of page: [UInt8]) async throws -> String

    /// The site's "not found" page as served at `path`, or nil when the site has none.
    /// Its links climb from the depth of `path`, so they work wherever it is shown.
    func notFoundPage(for path: String) async throws -> [UInt8]?
}

extension ServedSite {
    public func largeFile(at path: String) async throws -> LargeFile? { nil }

    public func resources(of page: [UInt8]) async throws -> String { "" }

    public func notFoundPage(for path: String) async throws -> [UInt8]? {
        try await file(at: "404.html")
    }
}
