#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which listening and Host addresses stay on this computer: "localhost", 127.0.0.0/8
/// and ::1 (also written [::1], or as the IPv4-mapped ::ffff:127.x.y.z).
public enum LoopbackAddress {
    /// Whether `host` reaches this computer only. `casebook serve` warns for any other
    /// address: 0.0.0.0 and :: listen on every interface, the rest on a network one.
    public static func contains(_ host: String) -> Bool {
        let name = unbracketed(host).lowercased()
        if name == "localhost" { return true }
        if let bytes = ipv4(name) { return bytes[0] == 127 }
        if let bytes = ipv6(name) {
            if bytes == [UInt8](repeating: 0, count: 15) + [1] { return true }
            let mapped = [UInt8](repeating: 0, count: 10) + [0xff, 0xff]
            return Array(bytes[0..<12]) == mapped && bytes[12] == 127
        }
        return false
    }

    /// Whether `host` is an IPv4 or IPv6 address written out, not a name.
    static func isIPAddress(_ host: String) -> Bool {
        let name = unbracketed(host)
        return ipv4(name) != nil || ipv6(name) != nil
    }

    /// Whether `host` is 0.0.0.0 or ::, which listen on every address of the computer.
    static func isWildcard(_ host: String) -> Bool {
        let name = unbracketed(host)
        return ipv4(name) == [0, 0, 0, 0] || ipv6(name) == [UInt8](repeating: 0, count: 16)
    }

    static func unbracketed(_ host: String) -> String {
        host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }

    private static func ipv4(_ text: String) -> [UInt8]? {
        var address = in_addr()
        guard inet_pton(AF_INET, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: &address) { Array($0) }
    }

    private static func ipv6(_ text: String) -> [UInt8]? {
        var address = in6_addr()
        guard inet_pton(AF_INET6, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: &address) { Array($0) }
    }
}
