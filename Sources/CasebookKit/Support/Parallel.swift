import Dispatch
import Foundation  // Thread

/// Runs `transform` over every element on all cores and returns the results in input order,
/// so the output never depends on scheduling.
/// `chunk` items go to a thread at a time: by default a 64th of them, which keeps the
/// scheduling cost low for many small items; 1 balances items of very different sizes.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], chunk: Int? = nil, _ transform: @Sendable (T) -> R) -> [R] {
    let results = ResultSlots<R>(count: items.count)
    items.withUnsafeBufferPointer { buffer in
        nonisolated(unsafe) let input = buffer
        let chunk = max(1, chunk ?? items.count / 64)
        let chunks = (items.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let end = min(items.count, (c + 1) * chunk)
            for i in (c * chunk)..<end {
                results.set(i, transform(input[i]))
            }
        }
    }
    return results.values()
}

/// Write-once slots, each written by exactly one iteration, read after all have finished.
/// The memory is allocated once: threads write through a pointer, never through the array
/// API, whose mutating calls may move the buffer while another thread writes to it.
private final class ResultSlots<R>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<R?>.allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: R) {
        slots[index] = value
    }

    /// Called once: the values are moved out, not copied (each copy retained what it held),
    /// and the slots left empty for `deinit`.
    func values() -> [R] {
        let values = (0..<count).map { (slots + $0).move()! }
        slots.initialize(repeating: nil, count: count)
        return values
    }
}

/// A value computed on a thread of its own while the caller goes on; `value` waits for it.
/// For serial work that can overlap a `parallelMap` (which must not be nested in another).
final class BackgroundValue<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.start()
    }

    var value: T {
        done.wait()
        defer { done.signal() }  // for later reads
        return result!
    }
}
