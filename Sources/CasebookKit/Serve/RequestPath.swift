/// A request target ("/cases/x/?q=1#top") turned into a site path, or refused.
///
/// The raw target is decoded here once, rather than trusting a server library's decoded
/// path, which may resolve a raw ".." (hiding it) or decode "%2e%2e" after resolving (so
/// it would come through as ".."). The path served is that once-decoded one, but a segment
/// that still holds escapes is decoded again, layer by layer, and refused when any layer
/// spells "..", ".", a slash, a backslash or a control character: a proxy or a second
/// decoder in front of the server would see "%252e%252e" as "..", and serving.md promises
/// 400 for ".." in any spelling.
public enum RequestPath: Equatable, Sendable {
    /// "/" or "/x/": the folder's index page ("" for the root).
    case folder(String)
    /// "/x": the file "x", or the folder "x" to redirect to "/x/".
    case plain(String)

    /// Why a target was refused; the server answers 400 with this text.
    public struct Refusal: Error, Equatable, Sendable {
        public let reason: String
    }

    /// The site path to serve.
    public var file: String {
        switch self {
        case .folder(""): return "index.html"
        case .folder(let folder): return folder + "/index.html"
        case .plain(let path): return path
        }
    }

    public static func parse(_ target: String) -> Result<RequestPath, Refusal> {
        let raw = Array(target.utf8.prefix { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") })
        guard raw.first == UInt8(ascii: "/") else {
            return .failure(Refusal(reason: "the path must start with /"))
        }
        guard let decoded = percentDecoded(raw) else {
            return .failure(Refusal(reason: "the path has a malformed percent-escape"))
        }
        let text = String(decoding: decoded, as: UTF8.self)
        guard text.utf8.elementsEqual(decoded) else {
            return .failure(Refusal(reason: "the path is not UTF-8"))
        }
        if let bad = decoded.first(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }) {
            return .failure(Refusal(reason: bad == UInt8(ascii: "\\")
                ? "the path has a backslash" : "the path has a control character"))
        }
        var segments = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let isFolder = segments.last == ""
        if isFolder { segments.removeLast() }
        for segment in segments {
            if segment.isEmpty { return .failure(Refusal(reason: "the path has an empty segment")) }
            if segment == "." || segment == ".." {
                return .failure(Refusal(reason: "the path has a \(segment) segment"))
            }
            if let reason = deeperLayerProblem(segment) { return .failure(Refusal(reason: reason)) }
        }
        let path = segments.joined(separator: "/")
        return .success(isFolder ? .folder(path) : .plain(path))
    }

    /// The location that adds the trailing slash to `target`, keeping its query: the raw
    /// path is reused as it came (it was checked by `parse`), so its escapes stay intact.
    public static func folderRedirect(for target: String) -> String {
        let cut = target.firstIndex { $0 == "?" || $0 == "#" } ?? target.endIndex
        let path = target[..<cut]
        let query = target[cut...].prefix { $0 != "#" }
        return path + "/" + query
    }

    /// How many layers of encoding below the first are looked through; a segment encoded
    /// more deeply than that is refused rather than guessed at.
    static let deeperLayers = 8

    /// Why a once-decoded segment is refused when decoded again (and again): it spells "..",
    /// ".", a slash, a backslash or a control character at some layer. A "%" without two hex
    /// digits is kept as written there (`100%.pdf`), as a lenient decoder would.
    static func deeperLayerProblem(_ segment: Substring) -> String? {
        var layer = Array(segment.utf8)
        for _ in 0..<deeperLayers {
            guard layer.contains(UInt8(ascii: "%")) else { return nil }
            let next = percentDecoded(layer, lenient: true) ?? layer
            if next == layer { return nil }
            layer = next
            if layer == [0x2E] || layer == [0x2E, 0x2E] {
                return "the path has a \(layer.count == 1 ? "." : "..") segment, percent-encoded more than once"
            }
            if layer.contains(UInt8(ascii: "/")) { return "the path has a slash percent-encoded more than once" }
            if layer.contains(UInt8(ascii: "\\")) { return "the path has a backslash percent-encoded more than once" }
            if layer.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
                return "the path has a control character percent-encoded more than once"
            }
        }
        return layer.contains(UInt8(ascii: "%")) && percentDecoded(layer, lenient: true) != layer
            ? "the path is percent-encoded more than \(deeperLayers + 1) times over" : nil
    }

    /// Each "%XX" decoded to its byte; nil for a "%" without two hex digits, or with
    /// `lenient`, that "%" kept as it is.
    static func percentDecoded(_ bytes: [UInt8], lenient: Bool = false) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte != UInt8(ascii: "%") {
                out.append(byte)
                index += 1
                continue
            }
            guard index + 2 < bytes.count,
                  let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            else {
                guard lenient else { return nil }
                out.append(byte)
                index += 1
                continue
            }
            out.append(high << 4 | low)
            index += 3
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
