import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file operation that failed on the output: one line, the path and the system's reason.
struct OutputFailure: Error, CustomStringConvertible {
    let path: String
    let reason: String

    init(_ path: String, _ code: CInt) {
        self.path = path
        self.reason = String(cString: strerror(code))
    }

    init(_ path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    var description: String { "\(path): \(reason)" }

    /// Any error as one line: a Foundation file error gives its path and POSIX reason
    /// instead of its dumped user info.
    static func line(_ error: any Error) -> String {
        let (path, reason) = parts(error)
        return (path.map { "\($0): \(reason)" } ?? reason).replacingOccurrences(of: "\n", with: " ")
    }

    /// The reason alone, for a message already placed at the file.
    static func reason(_ error: any Error) -> String {
        parts(error).reason.replacingOccurrences(of: "\n", with: " ")
    }

    static func parts(_ error: any Error) -> (path: String?, reason: String) {
        if let error = error as? OutputFailure { return (error.path, error.reason) }
        if let error = error as? FileWriting.Failure { return (error.path, String(cString: strerror(error.code))) }
        // A Swift error says itself; Foundation's errors only through their user info.
        if !(error is CocoaError), !(type(of: error as Any) is NSError.Type) {
            return (nil, String(describing: error))
        }
        let ns: NSError = (error as? CocoaError).map { $0 as NSError } ?? error as NSError
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        var reason = ns.localizedDescription.replacingOccurrences(of: "The operation could not be completed. ", with: "")
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            reason = String(cString: strerror(CInt(underlying.code)))
        } else if ns.domain == NSPOSIXErrorDomain {
            reason = String(cString: strerror(CInt(ns.code)))
        } else if ns.domain == NSCocoaErrorDomain, let code = posixCode[ns.code] {
            // Foundation words these in its own way ("You don’t have permission."); the
            // system's words are the ones the rest of casebook's messages use.
            reason = String(cString: strerror(code))
        }
        return (path, reason)
    }

    /// Foundation's file error codes and the POSIX errors they stand for.
    static let posixCode: [Int: CInt] = [
        CocoaError.fileReadNoPermission.rawValue: EACCES, CocoaError.fileWriteNoPermission.rawValue: EACCES,
        CocoaError.fileReadNoSuchFile.rawValue: ENOENT, CocoaError.fileNoSuchFile.rawValue: ENOENT,
        CocoaError.fileWriteFileExists.rawValue: EEXIST, CocoaError.fileWriteOutOfSpace.rawValue: ENOSPC,
        CocoaError.fileWriteVolumeReadOnly.rawValue: EROFS,
    ]
}
