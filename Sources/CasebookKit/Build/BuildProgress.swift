import Foundation

/// What a build is doing, for a progress display: the stage, and how far it is while
/// parsing (files) and rendering (pages).
public struct BuildProgress: Sendable, Equatable {
    /// The stages in pipeline order; the raw values are the names in `BuildResult.stageSeconds`.
    public enum Stage: String, Sendable, CaseIterable {
        case load, parse, link, plan, render, write
    }

    public var stage: Stage
    /// Items done so far and the stage's total; both 0 for stages that do not count.
    public var done: Int
    public var total: Int

    public init(_ stage: Stage, done: Int = 0, total: Int = 0) {
        self.stage = stage
        self.done = done
        self.total = total
    }
}

/// Counts the items of one stage from any thread and passes the count on at most every
/// `interval` seconds, and once at the end, so a display costs next to nothing per item.
final class ProgressCounter: @unchecked Sendable {
    private let report: (@Sendable (BuildProgress) -> Void)?
    private let stage: BuildProgress.Stage
    private let total: Int
    private let interval: Duration
    private let lock = NSLock()
    private var done = 0
    private var lastReport = ContinuousClock.now

    /// Reports the stage's start (0 of `total`) at once.
    init(_ stage: BuildProgress.Stage, total: Int, interval: Duration = .milliseconds(100),
         report: (@Sendable (BuildProgress) -> Void)?) {
        self.report = report
        self.stage = stage
        self.total = total
        self.interval = interval
        report?(BuildProgress(stage, done: 0, total: total))
    }

    func add() {
        guard let report else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let now = ContinuousClock.now
        // Reported under the lock, so counts never arrive out of order.
        if done == total || now - lastReport >= interval {
            lastReport = now
            report(BuildProgress(stage, done: done, total: total))
        }
    }
}
