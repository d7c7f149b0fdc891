import Foundation

/// The first of several values offered from any thread (a callback, a signal handler, a
/// timer), awaited without blocking one: how the dev server waits to be listening or to fail,
/// and `serve` for Ctrl-C, and for the server to stop or its deadline. Later offers are
/// ignored. One awaiter.
public final class FirstResult<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: T?
    private var waiter: CheckedContinuation<T, Never>?

    public init() {}

    public func offer(_ value: T) {
        lock.lock()
        guard result == nil else { return lock.unlock() }
        result = value
        let waiter = self.waiter
        self.waiter = nil
        lock.unlock()
        waiter?.resume(returning: value)
    }

    public var value: T {
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
