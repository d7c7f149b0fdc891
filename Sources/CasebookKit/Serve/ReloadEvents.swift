import Foundation

/// The live-reload broadcaster behind `/__casebook/events` (server-sent events).
///
/// Each connection first gets the current generation, then one event per `reload`. The
/// event's data is "<run>-<generation>", where `run` is new for every server process, so
/// a page served by a previous run of the server reloads when it reconnects to this one.
public final class ReloadEvents: @unchecked Sendable {
    /// Random letters and digits that tell this server run from the previous ones.
    public let run: String
    private let lock = NSLock()
    private var generation = 0
    private var nextID = 0
    private var subscribers: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var heartbeat: Task<Void, Never>?

    /// `heartbeat`: how often a comment is sent to every connection, so proxies and
    /// browsers keep it open and a client that went away is noticed (the write fails).
    public init(heartbeat: Duration = .seconds(15)) {
        run = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        self.heartbeat = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: heartbeat)
                guard let self else { return }
                self.broadcast(Array(": heartbeat\n\n".utf8))
            }
        }
    }

    deinit { heartbeat?.cancel() }

    /// Announces a finished rebuild: every open page whose generation differs reloads.
    /// Call it after every rebuild, failed ones too, so the problems overlay comes and goes.
    public func reload(generation: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.generation = generation
        let event = Self.event(current)
        for continuation in subscribers.values { continuation.yield(event) }
    }

    /// The data of the current event, "<run>-<generation>"; pages are served with it.
    public var currentGeneration: String {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// How many event connections are open (tests check that closed ones are dropped).
    public var connectionCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return subscribers.count
    }

    /// The stream of one connection's event bytes, starting with the current generation,
    /// and its number for `end`.
    func subscribe() -> (id: Int, stream: AsyncStream<[UInt8]>) {
        let (stream, continuation) = AsyncStream.makeStream(
            of: [UInt8].self, bufferingPolicy: .bufferingNewest(32))
        lock.lock()
        defer { lock.unlock() }
        let id = nextID
        nextID += 1
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        subscribers[id] = continuation
        // "retry" makes the browser reconnect within a second after a server restart.
        continuation.yield(Array("retry: 1000\n".utf8) + Self.event(current))
        return (id, stream)
    }

    /// Ends one connection's stream (its client has gone).
    func end(_ id: Int) {
        let ending = lock.withLock { subscribers.removeValue(forKey: id) }
        ending?.finish()
    }

    /// Ends every connection (the server is stopping).
    func finish() {
        lock.lock()
        let ending = Array(subscribers.values)
        subscribers = [:]
        heartbeat?.cancel()
        lock.unlock()
        // Outside the lock: finishing calls onTermination, which takes it.
        for continuation in ending { continuation.finish() }
    }

    private var current: String { "\(run)-\(generation)" }

    private func broadcast(_ bytes: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        for continuation in subscribers.values { continuation.yield(bytes) }
    }

    private func remove(_ id: Int) {
        lock.lock()
        defer { lock.unlock() }
        subscribers[id] = nil
    }

    private static func event(_ data: String) -> [UInt8] {
        Array("data: \(data)\n\n".utf8)
    }
}
