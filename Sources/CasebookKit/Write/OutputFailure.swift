import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file operation that failed on the output: one line, the path and the system's reason.
public struct OutputFailure: Error, CustomStringConvertible {
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

    public var description: String { "\(path): \(reason)" }

    /// Any error as one line: a Foundation file error gives its path and POSIX reason
    /// instead of its dumped user info.
    static func line(_ error: any Error) -> String {
        if let error = error as? OutputFailure { return error.description }
        if let error = error as? FileWriting.Failure { return error.description }
        // A Swift error says itself; Foundation's errors only through their user info.
        if !(error is CocoaError), !(type(of: error as Any) is NSError.Type) {
            return String(describing: error).replacingOccurrences(of: "\n", with: " ")
        }
        let ns: NSError = (error as? CocoaError).map { $0 as NSError } ?? error as NSError
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        var reason = ns.localizedDescription.replacingOccurrences(of: "The operation could not be completed. ", with: "")
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            reason = String(cString: strerror(CInt(underlying.code)))
        } else if ns.domain == NSPOSIXErrorDomain {
            reason = String(cString: strerror(CInt(ns.code)))
        }
        let line = path.map { "\($0): \(reason)" } ?? reason
        return line.replacingOccurrences(of: "\n", with: " ")
    }

    /// `text` with control characters written as escapes (`\n`), so that a path holding a
    /// line break still makes one line.
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A failed copy as the file being written and the reason, when writing failed (a full
    /// disk, no permission): Foundation names the file read, which is not the one at fault.
    static func copying(_ error: any Error, to destination: String) -> any Error {
        let ns: NSError = (error as? CocoaError).map { $0 as NSError } ?? error as NSError
        guard ns.domain == NSCocoaErrorDomain, (512..<1024).contains(ns.code) else { return error }
        let known: [Int: CInt] = [CocoaError.fileWriteOutOfSpace.rawValue: ENOSPC, CocoaError.fileWriteNoPermission.rawValue: EACCES,
                                  CocoaError.fileWriteVolumeReadOnly.rawValue: EROFS, CocoaError.fileWriteFileExists.rawValue: EEXIST]
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return OutputFailure(destination, CInt(underlying.code))
        }
        if let code = known[ns.code] { return OutputFailure(destination, code) }
        let reason = line(error)
        return OutputFailure(destination, reason: String(reason[(reason.range(of: ": ")?.upperBound ?? reason.startIndex)...]))
    }
}
