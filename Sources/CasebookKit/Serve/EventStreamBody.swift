import FlyingFox
import FlyingSocks

/// One connection's server-sent events as the buffered byte sequence FlyingFox streams
/// with chunked encoding: each event is handed over as soon as it is yielded, so it
/// reaches the browser at once instead of waiting for a buffer to fill.
struct EventStreamBody: AsyncBufferedSequence {
    typealias Element = UInt8
    let events: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        /// The rest of the current event, up to `count` bytes; nil once the stream ends
        /// (the server stops, or the task is cancelled).
        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            while pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = event[...]
            }
            let part = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(part.count)
            return part
        }
    }
}
