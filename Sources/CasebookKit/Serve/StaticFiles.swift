import Foundation

/// The files the dev server takes as they are: the theme's assets (`assets/...`) and the
/// archive's media (`media/...`), read from where they are, never copied. A path is served
/// only if its real path, links resolved, stays inside its folder.
struct StaticFiles: Sendable {
    let assets: URL
    let media: URL

    func file(at path: String) -> [UInt8]? {
        guard let url = url(path) else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return [UInt8](data)
    }

    func isFolder(_ path: String) -> Bool {
        guard let url = url(path) else { return false }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The file behind an asset or media path, or nil when the path is neither or leaves its folder.
    private func url(_ path: String) -> URL? {
        let root: URL, rest: String
        if path == "assets" || path.hasPrefix("assets/") {
            (root, rest) = (assets, String(path.dropFirst("assets".count)))
        } else if path == "media" || path.hasPrefix("media/") {
            (root, rest) = (media, String(path.dropFirst("media".count)))
        } else {
            return nil
        }
        let base = root.resolvingSymlinksInPath().path
        let url = URL(fileURLWithPath: base + rest).resolvingSymlinksInPath()
        guard url.path == base || url.path.hasPrefix(base + "/") else { return nil }
        return url
    }
}
