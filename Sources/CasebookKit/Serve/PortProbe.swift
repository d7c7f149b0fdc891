#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether `casebook serve` could listen on an address and port, tried before the site is
/// built: at 10,000 cases the build takes seconds, and a port in use (a second `serve`
/// left running) was told only after them. A socket is bound as the server binds it
/// (`SO_REUSEADDR`, so a port whose last connections are closing is not refused) and
/// closed at once; the server's own bind still reports a port taken in between.
enum PortProbe {
    /// Nil when the port can be bound (or when the probe itself cannot tell); else why not.
    static func problem(address: String, host: String, port: UInt16) -> DevServerError? {
        guard port != 0 else { return nil }
        var v4 = in_addr()
        var v6 = in6_addr()
        let family: Int32
        if inet_pton(AF_INET, address, &v4) == 1 { family = AF_INET } else if inet_pton(AF_INET6, address, &v6) == 1 { family = AF_INET6 } else { return nil }
        #if canImport(Glibc)
        let fd = socket(family, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(family, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var on: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        let result: Int32
        if family == AF_INET {
            var socketAddress = sockaddr_in()
            socketAddress.sin_family = sa_family_t(AF_INET)
            socketAddress.sin_port = port.bigEndian
            socketAddress.sin_addr = v4
            result = withUnsafePointer(to: &socketAddress) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        } else {
            var socketAddress = sockaddr_in6()
            socketAddress.sin6_family = sa_family_t(AF_INET6)
            socketAddress.sin6_port = port.bigEndian
            socketAddress.sin6_addr = v6
            result = withUnsafePointer(to: &socketAddress) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        }
        guard result != 0 else { return nil }
        switch errno {
        case EADDRINUSE: return DevServerError(host: host, port: port, reason: .portInUse)
        case EACCES: return DevServerError(host: host, port: port, reason: .permissionDenied)
        case EADDRNOTAVAIL: return DevServerError(host: host, port: port, reason: .addressNotAvailable)
        default: return nil
        }
    }
}
