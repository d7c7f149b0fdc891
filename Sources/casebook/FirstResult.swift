import Foundation

/// The first of several values offered from any thread, awaited without blocking one: how
/// `serve` waits for Ctrl-C, and for the server to stop or its deadline, whichever comes first.
/// Later offers are ignored. One awaiter.
final class FirstResult<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: T?
    private var waiter: CheckedContinuation<T, Never>?

    func offer(_ value: T) {
        lock.lock()
        guard result == nil else { return lock.unlock() }
        result = value
        let waiter = self.waiter
        self.waiter = nil
        lock.unlock()
        waiter?.resume(returning: value)
    }

    var value: T {
        get async {
            await withCheckedContinuation { continuation in
                lock.lock()
                if let result {
                    lock.unlock()
                    continuation.resume(returning: result)
                } else {
                    waiter = continuation
                    lock.unlock()
                }
            }
        }
    }
}
