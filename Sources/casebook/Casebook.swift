import ArgumentParser
import CasebookKit
import Foundation

@main
struct Casebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A static site generator for archives of politically motivated prosecutions.",
        subcommands: [Build.self],
        defaultSubcommand: nil
    )
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from content/ and templates/ into public/.")

    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The theme's templates folder.") var templates = "templates"
    @Option(help: "The output folder; replaced only when the build succeeds.") var output = "public"
    @Flag(help: "Include drafts, marked as drafts.") var drafts = false

    func run() throws {
        let options = BuildOptions(content: content, templates: templates, output: output, includeDrafts: drafts)
        let result = Builder.build(options)
        let report = DiagnosticReport(result.diagnostics)
        if !report.text.isEmpty { FileHandle.standardError.write(Data(report.text.utf8)) }
        guard result.succeeded else {
            FileHandle.standardError.write(Data("build failed: \(report.summary); \(output)/ was not changed\n".utf8))
            throw ExitCode(1)
        }
        let time = String(format: "%.2f", result.seconds)
        if ProcessInfo.processInfo.environment["CASEBOOK_TIMINGS"] != nil {
            let stages = result.stageSeconds.map { "\($0.stage) \(String(format: "%.3f", $0.seconds))s" }
            FileHandle.standardError.write(Data((stages.joined(separator: ", ") + "\n").utf8))
        }
        print("Built \(result.pagesWritten) pages into \(output)/ in \(time) s\(report.warningSuffix)")
    }
}
