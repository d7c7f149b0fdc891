/// A request target ("/cases/x/?q=1#top") turned into a site path, or refused.
///
/// The raw target is decoded here once, rather than trusting a server library's decoded
/// path, which may resolve a raw ".." (hiding it) or decode "%2e%2e" after resolving (so
/// it would come through as ".."). Decoding exactly once
/// leaves a double-encoded "%252e%252e" as the harmless name "%2e%2e".
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

    /// Each "%XX" decoded to its byte; nil for a "%" without two hex digits.
    static func percentDecoded(_ bytes: [UInt8]) -> [UInt8]? {
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
            else { return nil }
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
