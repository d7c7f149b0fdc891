import ArgumentParser
import CasebookKit
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from content/ and templates/ (or the built-in theme) into public/.")

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "The output folder; replaced only when the build succeeds.") var output = "public"
    @Flag(help: "Include drafts, marked as drafts.") var drafts = false
    @OptionGroup var level: OutputLevel

    /// The output folder as the user named it, for messages: "public/", never "public//".
    var outputName: String { VisibleText.escape(output.hasSuffix("/") ? output : output + "/") }

    func validate() throws {
        // An empty value would mean the current folder, the one place a build must never replace.
        if output.isEmpty { throw ValidationError("--output needs a folder, for example --output public") }
        try archive.validate()
    }

    func run() throws {
        var options = archive.buildOptions(output: output, includeDrafts: drafts)
        options.asOf = archive.asOfChoice
        options.freesMemory = false  // the process ends with the build
        options.onWait = { FileHandle.standardError.write(Data("\($0)\n".utf8)) }
        let result = level.run(options, Builder.build)
        let report = Reporter(format: archive.format, result: result)
        report.printDiagnostics()
        guard result.succeeded else {
            // Said only when true: an output that is not there was not "left unchanged".
            let kept = result.restoredOutput ? "is the previous site, put back after an interrupted build"
                : FileManager.default.fileExists(atPath: options.outputDirectory.path) ? "was not changed" : "was not written"
            report.printFailure("build failed: \(report.report.summary); \(outputName) \(kept)")
            if level.verbose { OutputLevel.timings(result, pages: false).forEach(report.printFailure) }
            throw ExitCode(result.exitStatus)
        }
        let time = String(format: "%.2f", result.seconds)
        if !level.quiet {
            result.notes.forEach(report.printNote)
            report.printSummary("Built \(result.pagesWritten) pages into \(outputName) in \(time) s\(report.report.warningSuffix)")
        }
        if level.verbose {
            OutputLevel.timings(result, pages: true).forEach(report.printSummary)
            result.renderFallbacks.forEach(report.printSummary)
        }
    }
}
