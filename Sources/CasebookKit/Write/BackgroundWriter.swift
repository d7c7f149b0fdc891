import Foundation

/// Writes files on a thread of its own, so the threads that render pages never wait for the
/// file system. Creating 19,000 page folders is kernel work under the lock of their parent
/// folder: done from the rendering threads, one of them slept on that lock while the other
/// made a folder, and a two-core build ran on little more than one. A bounded queue keeps
/// memory flat when rendering outpaces writing.
final class BackgroundWriter: @unchecked Sendable {
    private let writer: OutputWriter
    private let condition = NSCondition()
    private var queue: [(path: String, bytes: [UInt8])] = []
    private var head = 0
    private var closed = false
    private var failure: Error?
    private var finished = false
    private let limit: Int

    init(_ writer: OutputWriter, limit: Int = 512) {
        self.writer = writer
        self.limit = limit
        let thread = Thread { [self] in run() }
        thread.name = "casebook-writer"
        thread.start()
    }

    /// Queues one file; waits while the queue is full. After a failure, files are dropped
    /// (the build fails and its staging folder is discarded anyway).
    func write(_ path: String, _ bytes: [UInt8]) {
        condition.lock()
        while queue.count - head >= limit && failure == nil { condition.wait() }
        if failure == nil { queue.append((path, bytes)) }
        condition.signal()
        condition.unlock()
    }

    /// Waits until every queued file is written; throws the first error.
    func finish() throws {
        condition.lock()
        closed = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
        if let failure { throw failure }
    }

    private func run() {
        while true {
            condition.lock()
            while head == queue.count && !closed { condition.wait() }
            if head == queue.count && closed {
                finished = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let file = queue[head]
            queue[head] = ("", [])
            head += 1
            if head > 4096 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            condition.broadcast()
            condition.unlock()
            do {
                try writer.write(file.path, file.bytes)
            } catch {
                condition.lock()
                if failure == nil { failure = error }
                condition.broadcast()
                condition.unlock()
            }
        }
    }
}
