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
        // The address as the server reads it: numeric, IPv4 or IPv6; getaddrinfo fills in
        // the socket address of either family.
        var hints = addrinfo()
        hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(address, String(port), &hints, &list) == 0, let info = list?.pointee else { return nil }
        defer { freeaddrinfo(list) }
        let fd = socket(info.ai_family, info.ai_socktype, info.ai_protocol)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var on: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        let result = bind(fd, info.ai_addr, info.ai_addrlen)
        guard result != 0 else { return nil }
        switch errno {
        case EADDRINUSE: return DevServerError(host: host, port: port, reason: .portInUse)
        case EACCES: return DevServerError(host: host, port: port, reason: .permissionDenied)
        case EADDRNOTAVAIL: return DevServerError(host: host, port: port, reason: .addressNotAvailable)
        default: return nil
        }
    }
}
