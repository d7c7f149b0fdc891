import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One build at a time writes beside an output: the lock is `flock` on the folder that holds
/// the output (where the staging folder and the swap happen), so it leaves no file behind and
/// the kernel releases it when a build is killed. A second build waits for the first, and
/// neither ever deletes the other's staging folder.
final class OutputLock: @unchecked Sendable {
    private var descriptor: CInt

    /// Waits for the lock on `folder`; `onWait` is told once if another build holds it.
    init(folder: URL, onWait: ((String) -> Void)? = nil) throws {
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputFailure(folder.path, errno) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else { return }  // a file system without locks: build unlocked
        onWait?("waiting for another casebook build writing in \(folder.path) to finish")
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let code = errno
                close(descriptor)
                throw OutputFailure(folder.path, code)
            }
        }
    }

    /// Releases the lock; later calls do nothing.
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
