import Foundation

/// Shows a build's progress on one line of a terminal, rewritten in place ("render
/// 12,345/23,359 pages"), once the build has run for `delay` seconds: quick builds print
/// nothing extra. Not on a terminal it prints nothing at all, so logs hold no `\r` lines.
public final class ProgressPrinter: @unchecked Sendable {
    public let isTerminal: Bool
    private let delay: Double
    private let now: @Sendable () -> Double
    private let write: @Sendable (String) -> Void
    private let start: Double
    private let lock = NSLock()
    private var latest: BuildProgress?
    private var shown: String?  // the text on the line now; nil when the line is clear
    private var finished = false

    /// `now` gives seconds on any steady clock; `write` receives the bytes for the terminal.
    public init(isTerminal: Bool, delay: Double = 1, now: @escaping @Sendable () -> Double,
                write: @escaping @Sendable (String) -> Void) {
        self.isTerminal = isTerminal
        self.delay = delay
        self.now = now
        self.write = write
        start = now()
    }

    /// A printer on standard error, active when it is a terminal that understands the
    /// clear-line sequence. A timer draws the line at `delay` even if no report comes then
    /// (a long load or link stage reports nothing in between).
    public static func standardError(delay: Double = 1) -> ProgressPrinter {
        let terminal = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        let origin = ContinuousClock.now
        let printer = ProgressPrinter(isTerminal: terminal, delay: delay,
                                      now: { origin.duration(to: .now).seconds },
                                      write: { FileHandle.standardError.write(Data($0.utf8)) })
        if terminal {
            DispatchQueue.global().asyncAfter(deadline: .now() + delay) { printer.refresh() }
        }
        return printer
    }

    /// For `BuildOptions.progress`; safe from any thread.
    public func report(_ progress: BuildProgress) {
        lock.lock()
        defer { lock.unlock() }
        latest = progress
        draw()
    }

    /// Draws the latest report, if the delay has passed.
    public func refresh() {
        lock.lock()
        defer { lock.unlock() }
        draw()
    }

    /// Clears the line, so the summary and the problems start on a clean one; later reports are ignored.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        if shown != nil { write("\r\u{1B}[K") }
        shown = nil
    }

    private func draw() {
        guard isTerminal, !finished, let latest, now() - start >= delay else { return }
        let text = Self.line(latest)
        guard text != shown else { return }
        // Text first, then clear what is left of a longer previous line: no flicker.
        write("\r" + text + "\u{1B}[K")
        shown = text
    }

    static func line(_ progress: BuildProgress) -> String {
        let name = progress.stage.rawValue
        switch progress.stage {
        case .parse: return "\(name) \(grouped(progress.done))/\(grouped(progress.total)) files"
        case .render: return "\(name) \(grouped(progress.done))/\(grouped(progress.total)) pages"
        default: return name + "..."
        }
    }

    /// 23359 -> "23,359", whatever the locale, like the rest of the output.
    static func grouped(_ number: Int) -> String {
        var digits = String(number.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return (number < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}
