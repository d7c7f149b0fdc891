import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Copies media files and theme assets into the staging folder as regular files with the
/// bytes of the file each one is (`StaticFile.source`, links resolved by the load stage), or
/// the bytes the binary carries (`StaticFile.contents`, the built-in theme's assets).
/// A link is never copied as a link, so the site cannot hold a way out of itself; a source
/// that has become a link, a FIFO or anything but a regular file since it was found is refused.
/// A JPEG, PNG, WebP or GIF of the media or of the theme's own assets is written by the image
/// rule (`MediaImages`): without its metadata, or not at all when it is damaged; every other
/// file is copied as it is.
enum StaticCopy {
    /// Copies every file, making the folders it needs; returns the count and what the image
    /// rule said (a file with an error is not written, and the build fails).
    static func copy(_ files: [StaticFile], into writer: OutputWriter, media: MediaImages, assets: MediaImages? = nil) throws -> (count: Int, problems: [Diagnostic]) {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var lastFolder = ""
        var problems: [Diagnostic] = []
        for file in files {
            let target = writer.staging.path + "/" + file.path
            let folder = (target as NSString).deletingLastPathComponent
            if folder != lastFolder {
                try FileWriting.makeDirectories(folder)
                lastFolder = folder
            }
            if let contents = file.contents {
                try write(contents, to: target)
                continue
            }
            let rule = file.path.hasPrefix("media/") ? media : file.path.hasPrefix("assets/") ? assets : nil
            problems += try copy(from: file.source, to: target, buffer: &buffer, images: rule.map { ($0, file.path) })
        }
        return (files.count, problems)
    }

    /// One file, opened without following a link and without waiting (a FIFO put there since
    /// the load would otherwise block the build). With `images`, a JPEG, PNG, WebP or GIF is read
    /// whole and written by the image rule; any other file is copied through the buffer.
    static func copy(from source: String, to target: String, buffer: inout [UInt8],
                     images: (rule: MediaImages, path: String)? = nil) throws -> [Diagnostic] {
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard input >= 0 else { throw FileWriting.Failure(path: source, code: errno) }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0 else { throw FileWriting.Failure(path: source, code: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw CopyFailure(path: source, problem: .notRegular(info.st_mode))
        }
        var published: (bytes: [UInt8]?, problems: [Diagnostic])?
        // A file still being written is not published, half of it: an error at the file.
        func grew() throws -> [Diagnostic] {
            guard let images else { throw CopyFailure(path: source, problem: .grew(Int(info.st_size))) }
            return [Diagnostic(.error, images.rule.displayName + "/" + images.path, .start, FileProblem.grew(Int(info.st_size)).description, isIO: true)]
        }
        if let images {
            switch MediaImages.image(input) {
            case .failure(let problem) where problem == .grew(Int(info.st_size)): return try grew()
            case .failure(let problem): throw CopyFailure(path: source, problem: problem)
            case .success(.image(let bytes)): published = images.rule.publish(bytes, path: images.path)
            case .success(.kept(let format)):
                let problems = images.rule.keptProblem(format, path: images.path)
                if !problems.isEmpty { return problems }  // not published
            case .success(.tooLarge(let format, let size)):
                // Not read whole: copied as it is, in pieces, only when the site keeps metadata.
                let problems = images.rule.tooLargeProblem(format, size: size, path: images.path)
                if !problems.isEmpty { return problems }
            case .success(.other): break
            }
        }
        if let published, published.bytes == nil { return published.problems }
        let output = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard output >= 0 else { throw FileWriting.Failure(path: target, code: errno) }
        defer { close(output) }
        if let published, let bytes = published.bytes {
            try bytes.withUnsafeBytes { try write(all: $0, to: output, path: target) }
            return published.problems
        }
        // No further than its size when opened: a file another program keeps writing (a log, a
        // recording in progress) was copied for as long as it grew, gigabytes into the site.
        var left = Int(info.st_size)
        while left > 0 {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress!, min($0.count, left)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileWriting.Failure(path: source, code: errno)
            }
            if count == 0 { return [] }
            try buffer.withUnsafeBytes { try write(all: UnsafeRawBufferPointer(rebasing: $0[..<count]), to: output, path: target) }
            left -= count
        }
        var more: UInt8 = 0
        while true {
            let count = read(input, &more, 1)
            if count < 0, errno == EINTR { continue }
            return count > 0 ? try grew() : []
        }
    }

    /// A file the binary carries (an asset of the built-in theme), written as a regular file.
    static func write(_ bytes: [UInt8], to target: String) throws {
        let output = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard output >= 0 else { throw FileWriting.Failure(path: target, code: errno) }
        defer { close(output) }
        try bytes.withUnsafeBytes { try write(all: $0, to: output, path: target) }
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
