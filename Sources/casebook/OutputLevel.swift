import ArgumentParser
import CasebookKit
import Foundation

/// `--quiet` and `--verbose`, for `build` and `check`. Quiet is for CI logs: no progress and
/// no closing line when all is well, but every problem and the failure line are still
/// printed. Verbose adds the seconds per stage after the closing line.
struct OutputLevel: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print problems only: no progress line, no closing line on success.")
    var quiet = false
    @Flag(name: .shortAndLong, help: "After the closing line, print the seconds spent in each stage.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    /// Runs a build or check with a progress line on standard error when it is a terminal
    /// (not with --quiet); the line is cleared before this returns.
    func run(_ options: BuildOptions, _ body: (BuildOptions) -> BuildResult) -> BuildResult {
        guard !quiet else { return body(options) }
        let printer = ProgressPrinter.standardError()
        guard printer.isTerminal else { return body(options) }
        var options = options
        options.progress = { printer.report($0) }
        let result = body(options)
        printer.finish()
        return result
    }

    /// The lines --verbose prints: "load 0.268s, parse 1.594s, …" and, for a build, the rate.
    static func timings(_ result: BuildResult, pages: Bool) -> [String] {
        var lines = [result.stageSeconds.map { "\($0.stage) \(String(format: "%.3f", $0.seconds))s" }
            .joined(separator: ", ")]
        if pages, result.seconds > 0 {
            lines.append("\(Int((Double(result.pagesWritten) / result.seconds).rounded())) pages per second")
        }
        return lines
    }
}
