import Foundation
import NIOCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why `DevServer.start` could not listen, worded for the person who ran `casebook serve`.
struct DevServerError: Error, Equatable, CustomStringConvertible {
    enum Reason: Equatable, Sendable {
        case portInUse
        case permissionDenied
        case badHost
        case addressNotAvailable
        case other(String)
    }

    let host: String
    let port: UInt16
    let reason: Reason

    init(host: String, port: UInt16, reason: Reason) {
        self.host = host
        self.port = port
        self.reason = reason
    }

    init(host: String, port: UInt16, error: any Error) {
        let reason: Reason
        switch (error as? IOError)?.errnoCode {
        case EADDRINUSE?: reason = .portInUse
        case EACCES?: reason = .permissionDenied
        case EADDRNOTAVAIL?: reason = .addressNotAvailable
        default: reason = .other("\(error)")
        }
        self.init(host: host, port: port, reason: reason)
    }

    var description: String {
        let place = "\(host.contains(":") ? "[\(host)]" : host):\(port)"
        switch reason {
        case .portInUse:
            return "cannot serve on \(place): the port is already in use (another casebook serve?); "
                + "choose another with --port, or --port 0 for any free one"
        case .permissionDenied:
            return "cannot serve on \(place): permission denied (ports below 1024 need privileges); "
                + "choose a port above 1024 with --port"
        case .badHost:
            return "cannot serve on \(host): expected an IP address such as 127.0.0.1, 0.0.0.0 or ::1, "
                + "or localhost"
        case .addressNotAvailable:
            return "cannot serve on \(place): this machine has no such address; try 127.0.0.1"
        case .other(let message):
            return "cannot serve on \(place): \(message)"
        }
    }
}
