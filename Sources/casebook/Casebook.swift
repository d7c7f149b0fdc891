import ArgumentParser
import CasebookKit
import Foundation

@main
struct Casebook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A static site generator for archives of politically motivated prosecutions.",
        subcommands: [Build.self, Check.self, Serve.self, New.self, Init.self, Import.self, ThemeCommand.self]
    )

    /// Exit codes: 0 clean (warnings allowed), 1 content errors, 2 usage or I/O errors.
    /// `serve` runs async; the other commands' work is synchronous (their parallel stages
    /// use `parallelMap`), so they stay plain commands and run here as they are.
    static func main() async {
        Platform.keepFreedMemory()
        // Before the parser, which reads "-Khalid" as -K -h ... and prints the help.
        if let problem = DashArgument.problem(in: Array(CommandLine.arguments.dropFirst())) {
            FileHandle.standardError.write(Data(("Error: " + problem + "\n").utf8))
            Foundation.exit(2)
        }
        do {
            var command = try await asyncParseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Options shared by every command that reads an archive.
struct ArchiveOptions: ParsableArguments {
    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The theme's templates folder; by default templates/ over the built-in theme, or the built-in theme alone.")
    var templates: String?
    @Option(help: "How to print problems: text, github (Actions annotations) or json.")
    var format: DiagnosticReport.Format = .text
    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The day figures such as \"held now\" are counted at: YYYY-MM-DD, or 'today' (the one option that makes output depend on the clock). Default: site.yml 'as_of', else the latest 'updated' of any case.",
        valueName: "DATE"))
    var asOf: String?

    /// The options for these folders: a named templates folder must exist, the default one
    /// may be missing (the built-in theme).
    func buildOptions(output: String = "public", includeDrafts: Bool) -> BuildOptions {
        var options = BuildOptions(content: content, templates: templates ?? "templates", output: output, includeDrafts: includeDrafts)
        options.templatesRequired = templates != nil
        return options
    }

    /// `--as-of`, checked in `validate()`.
    var asOfChoice: AsOfChoice? { asOf.flatMap(AsOfChoice.parse) }

    func validate() throws {
        if let asOf, AsOfChoice.parse(asOf) == nil {
            throw ValidationError("--as-of needs a date like 2024-01-01 (YYYY, YYYY-MM or YYYY-MM-DD) or 'today', found '\(VisibleText.escape(asOf))'")
        }
        try Self.refuseEmpty(content: content, templates: templates)
    }

    /// An empty folder name means the current folder, which is never the content or the theme
    /// folder: `serve --content ""` served the current folder, `import --content ""` made
    /// `/people/x.md` of it. Every command that takes these options refuses it alike.
    static func refuseEmpty(content: String, templates: String? = nil) throws {
        if content.isEmpty { throw ValidationError("--content needs a folder, for example --content content") }
        if templates?.isEmpty == true { throw ValidationError("--templates needs a folder, for example --templates templates") }
    }
}

extension DiagnosticReport.Format: ExpressibleByArgument {}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the archive and report every problem at once; writes nothing.")

    @OptionGroup var archive: ArchiveOptions
    @Flag(help: "Check as for a build with --drafts (links to drafts allowed).") var drafts = false
    @Option(name: .customLong("missing"), help: ArgumentHelp(
        "List the files without a translation into LANG and the translations older than their file.", valueName: "LANG"))
    var missingLanguage: String?
    @Option(help: ArgumentHelp(
        "A published site's data/cases.json, saved as a file (with its people.csv and organizations.csv beside it, named alike): report every case, person, organization or page id they list that would no longer lead anywhere.",
        valueName: "FILE"))
    var against: String?
    @OptionGroup var level: OutputLevel

    func validate() throws {
        if missingLanguage?.isEmpty == true { throw ValidationError("--missing needs a language, for example --missing ru") }
        if against?.isEmpty == true { throw ValidationError("--against needs a file, for example --against published-cases.json") }
        try archive.validate()
    }

    func run() throws {
        var options = archive.buildOptions(includeDrafts: drafts)
        options.asOf = archive.asOfChoice
        options.against = against
        let result = level.run(options, Builder.check)
        let report = Reporter(format: archive.format, result: result)
        if let code = missingLanguage { return try listMissing(code, result: result, report: report) }
        report.printDiagnostics()
        if !level.quiet, let status = result.translationStatus { status.summaries.forEach(report.printWarning) }
        if !level.quiet {
            report.printSummary(result.diagnostics.isEmpty ? "No problems found." : report.report.summary)
        }
        if level.verbose {
            result.notes.forEach(report.printNote)
            OutputLevel.timings(result, pages: false).forEach(report.printSummary)
        }
        if !result.succeeded { throw ExitCode(result.exitStatus) }
    }
}

extension Check {
    /// `--missing LANG`: the translators' to-do list on standard output, after the archive's
    /// problems (in JSON, as the document's `missing` list); an unknown language is a usage
    /// error, and the archive's errors give the exit status `check` gives.
    func listMissing(_ code: String, result: BuildResult, report: Reporter) throws {
        guard let status = result.translationStatus else {
            report.printDiagnostics()
            throw ExitCode(result.exitStatus == 0 ? 2 : result.exitStatus)
        }
        if let problem = status.problem(with: code) {
            report.printDiagnostics()
            report.printFailure("casebook check: --missing: \(problem)")
            throw ExitCode(2)
        }
        if report.format == .json {
            print(report.report.json(missing: status.todo(code)), terminator: "")
        } else {
            report.printDiagnostics()
            for line in status.todo(code) { print(VisibleText.escape(line)) }
        }
        if !result.succeeded { throw ExitCode(result.exitStatus) }
    }
}

/// Prints a result in the chosen format: diagnostics, then one closing line.
struct Reporter {
    let format: DiagnosticReport.Format
    let report: DiagnosticReport

    init(format: DiagnosticReport.Format, result: BuildResult) {
        self.init(format: format, diagnostics: result.diagnostics)
    }

    init(format: DiagnosticReport.Format, diagnostics: [Diagnostic]) {
        self.format = format
        self.report = DiagnosticReport(diagnostics)
    }

    func printDiagnostics() {
        let text = report.rendered(format)
        guard !text.isEmpty else { return }
        // JSON and GitHub annotations are the command's output (the Actions runner reads
        // annotations from standard output); text messages go to standard error.
        if format == .text { FileHandle.standardError.write(Data(text.utf8)) } else { print(text, terminator: "") }
    }

    func printSummary(_ line: String) {
        if format == .json { FileHandle.standardError.write(Data((line + "\n").utf8)) } else { print(line) }
    }

    /// A warning that belongs to no line of a file: on standard error in text and JSON,
    /// as an annotation without a file for GitHub.
    func printWarning(_ line: String) {
        if format == .github {
            print("::warning::" + line.replacingOccurrences(of: "%", with: "%25"))
        } else {
            FileHandle.standardError.write(Data("warning: \(line)\n".utf8))
        }
    }

    /// What the build did instead of something it could not do (no git history): once,
    /// on standard error, as a notice for GitHub.
    func printNote(_ line: String) {
        if format == .github {
            print("::notice::" + line.replacingOccurrences(of: "%", with: "%25"))
        } else {
            FileHandle.standardError.write(Data("note: \(line)\n".utf8))
        }
    }

    func printFailure(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
