import Foundation

/// When the build's large values are freed. Freeing an archive walks millions of small
/// objects on one core: a one-shot build (`BuildOptions.freesMemory` false) leaves what it
/// needs to the end for the process exit to reclaim at once, and hands what it no longer
/// needs to a thread of its own.
enum Lifetimes {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var values: [any Sendable] = []

    /// Keeps `kept` until the process exits.
    static func keepUntilExit(_ kept: [any Sendable]) {
        lock.lock()
        values.append(contentsOf: kept)
        lock.unlock()
    }

    /// Frees `value` on a thread of its own, provided the caller gives up its last reference
    /// (`consume`); memory is returned as it would be, only not on the caller's time.
    static func releaseInBackground<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        let thread = Thread { box.value = nil }
        thread.start()
    }

    private final class Box<Value: Sendable>: @unchecked Sendable {
        var value: Value?
        init(_ value: consuming Value) { self.value = value }
    }
}
