import Foundation
import Testing
@testable import CasebookKit

/// The progress line: hidden for the first second, one line rewritten in place, cleared at
/// the end, never on a pipe; and the builder's reports behind it.
@Suite struct ProgressTests {
    /// A clock the test sets by hand and a sink that keeps what was written.
    final class Terminal: @unchecked Sendable {
        private let lock = NSLock()
        private var time = 0.0
        private var written: [String] = []

        var seconds: Double {
            get { lock.withLock { time } }
            set { lock.withLock { time = newValue } }
        }
        var output: [String] { lock.withLock { written } }
        func write(_ text: String) { lock.withLock { written.append(text) } }

        func printer(isTerminal: Bool = true) -> ProgressPrinter {
            ProgressPrinter(isTerminal: isTerminal, now: { self.seconds }, write: { self.write($0) })
        }
    }

    @Test func showsNothingBeforeOneSecond() {
        let terminal = Terminal()
        let printer = terminal.printer()
        printer.report(BuildProgress(.load))
        terminal.seconds = 0.99
        printer.report(BuildProgress(.parse, done: 10, total: 20))
        printer.refresh()
        printer.finish()
        #expect(terminal.output.isEmpty)
    }

    @Test func showsTheStageAndCountAfterOneSecondOnOneLine() {
        let terminal = Terminal()
        let printer = terminal.printer()
        printer.report(BuildProgress(.parse, done: 0, total: 10_000))
        terminal.seconds = 1.2
        printer.report(BuildProgress(.render, done: 12_345, total: 23_359))
        printer.report(BuildProgress(.render, done: 12_345, total: 23_359))  // same text: not redrawn
        printer.report(BuildProgress(.write))
        #expect(terminal.output == ["\rrender 12,345/23,359 pages\u{1B}[K", "\rwrite...\u{1B}[K"])
    }

    @Test func theTimerShowsALongStageThatReportsNothingMore() {
        let terminal = Terminal()
        let printer = terminal.printer()
        printer.report(BuildProgress(.link))
        terminal.seconds = 1
        printer.refresh()
        #expect(terminal.output == ["\rlink...\u{1B}[K"])
    }

    @Test func finishClearsTheLineAndIgnoresLateReports() {
        let terminal = Terminal()
        let printer = terminal.printer()
        terminal.seconds = 2
        printer.report(BuildProgress(.parse, done: 1_000, total: 1_000))
        printer.finish()
        printer.report(BuildProgress(.render, done: 1, total: 2))
        printer.refresh()
        #expect(terminal.output == ["\rparse 1,000/1,000 files\u{1B}[K", "\r\u{1B}[K"])
    }

    @Test func printsNothingWhenNotATerminal() {
        let terminal = Terminal()
        let printer = terminal.printer(isTerminal: false)
        terminal.seconds = 5
        printer.report(BuildProgress(.render, done: 5, total: 10))
        printer.refresh()
        printer.finish()
        #expect(terminal.output.isEmpty)
    }

    @Test func groupsThousands() {
        #expect(ProgressPrinter.grouped(0) == "0")
        #expect(ProgressPrinter.grouped(999) == "999")
        #expect(ProgressPrinter.grouped(1_000) == "1,000")
        #expect(ProgressPrinter.grouped(1_234_567) == "1,234,567")
    }

    /// Every report of a build, in the order received.
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [BuildProgress] = []
        var reports: [BuildProgress] { lock.withLock { items } }
        func add(_ progress: BuildProgress) { lock.withLock { items.append(progress) } }

        /// The stages, each once, in the order they started.
        var stages: [BuildProgress.Stage] {
            reports.map(\.stage).reduce(into: []) { if $0.last != $1 { $0.append($1) } }
        }
        func counts(_ stage: BuildProgress.Stage) -> [BuildProgress] { reports.filter { $0.stage == stage } }
    }

    @Test func builderReportsEveryStageInOrderWithCountsReachingTheTotal() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let recorder = Recorder()
        var options = BuildOptions(content: "content", templates: "templates", relativeTo: site.root)
        options.progress = { recorder.add($0) }
        let result = Builder.build(options)
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(recorder.stages == BuildProgress.Stage.allCases)
        #expect(result.stageSeconds.map(\.stage) == BuildProgress.Stage.allCases.map(\.rawValue))

        let parse = recorder.counts(.parse)
        #expect(parse.first == BuildProgress(.parse, done: 0, total: parse.first?.total ?? -1))
        #expect((parse.first?.total ?? 0) > 10)
        #expect(parse.last.map { $0.done == $0.total } == true)
        let render = recorder.counts(.render)
        #expect(render.first == BuildProgress(.render, done: 0, total: result.pagesWritten))
        #expect(render.last == BuildProgress(.render, done: result.pagesWritten, total: result.pagesWritten))
        #expect(zip(render, render.dropFirst()).allSatisfy { $0.done < $1.done })
    }

    @Test func checkReportsLoadParseAndLinkOnly() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let recorder = Recorder()
        var options = BuildOptions(content: "content", templates: "templates", relativeTo: site.root)
        options.progress = { recorder.add($0) }
        let result = Builder.check(options)
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(recorder.stages == [.load, .parse, .link])
        #expect(recorder.counts(.parse).last.map { $0.done == $0.total && $0.total > 10 } == true)
    }

    @Test func aCounterReportsAtMostEveryIntervalAndAlwaysTheLastItem() {
        let recorder = Recorder()
        let counter = ProgressCounter(.render, total: 1_000, interval: .seconds(3600)) { recorder.add($0) }
        DispatchQueue.concurrentPerform(iterations: 1_000) { _ in counter.add() }
        #expect(recorder.reports == [BuildProgress(.render, done: 0, total: 1_000),
                                     BuildProgress(.render, done: 1_000, total: 1_000)])
    }
}
