import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Copies media files and theme assets into the staging folder as regular files with the
/// bytes of the file each one is (`StaticFile.source`, links resolved by the load stage).
/// A link is never copied as a link, so the site cannot hold a way out of itself; a source
/// that has become a link, a FIFO or anything but a regular file since it was found is refused.
enum StaticCopy {
    /// Copies every file, making the folders it needs; returns the count.
    static func copy(_ files: [StaticFile], into writer: OutputWriter) throws -> Int {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var lastFolder = ""
        for file in files {
            let target = writer.staging.path + "/" + file.path
            let folder = (target as NSString).deletingLastPathComponent
            if folder != lastFolder {
                try FileWriting.makeDirectories(folder)
                lastFolder = folder
            }
            try copy(from: file.source, to: target, buffer: &buffer)
        }
        return files.count
    }

    /// One file, opened without following a link and without waiting (a FIFO put there since
    /// the load would otherwise block the build).
    static func copy(from source: String, to target: String, buffer: inout [UInt8]) throws {
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard input >= 0 else { throw FileWriting.Failure(path: source, code: errno) }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0 else { throw FileWriting.Failure(path: source, code: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw CopyFailure(path: source, problem: .notRegular(info.st_mode))
        }
        let output = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard output >= 0 else { throw FileWriting.Failure(path: target, code: errno) }
        defer { close(output) }
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileWriting.Failure(path: source, code: errno)
            }
            if count == 0 { return }
            try buffer.withUnsafeBytes { try write(all: UnsafeRawBufferPointer(rebasing: $0[..<count]), to: output, path: target) }
        }
    }

    /// Writes every byte to an open file, through short writes and interruptions.
    private static func write(all bytes: UnsafeRawBufferPointer, to fd: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Platform.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw FileWriting.Failure(path: path, code: errno)
            }
            offset += written
        }
    }

    struct CopyFailure: Error, CustomStringConvertible {
        let path: String
        let problem: FileProblem
        var description: String { "\(path): \(problem)" }
    }
}
