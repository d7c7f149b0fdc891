import ArgumentParser
import CasebookKit
import Foundation

/// `casebook import FILE.csv…`: spreadsheet rows into case, person and court files.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring cases in from a spreadsheet saved as CSV, one row per person in a case.",
        discussion: """
            `casebook import --template` writes the spreadsheet's header and an example row to standard output. \
            People and courts are matched to the archive's files by name or alias; the ones it lacks are made. \
            The open data's own cases.csv, people.csv, organizations.csv and custody.csv (told by their header) import too, ids kept, \
            so that an archive's CSV files imported into an empty archive with its site.yml build again to the same files. \
            Any problem, reported at its row and column, means nothing is written; no file is ever replaced. \
            Exit status: 0 imported, 1 problems in the rows, 2 a file that cannot be read or written.
            """)

    @Argument(help: "The spreadsheets, saved as CSV (UTF-8, UTF-16 or Windows-1251; comma-, semicolon- or tab-separated), or the open data's CSV files.") var files: [String] = []
    @Flag(help: "Write the spreadsheet template (the header and one example row) to standard output.") var template = false
    @Flag(help: "Check the rows and print the files that would be made, writing nothing.") var dryRun = false
    @Option(help: "The content folder.") var content = "content"
    @Option(help: "How problems are printed: text, github or json.") var format: DiagnosticReport.Format = .text

    func validate() throws {
        if !template, files.isEmpty { throw ValidationError("import needs a CSV file, or --template for an empty spreadsheet") }
        // --template writes to standard output: a file named beside it was neither read nor written.
        if template, let file = files.first {
            throw ValidationError("--template writes the template to standard output and reads no file: to save it, casebook import --template > \(ShellWord.quoted(file)); to import '\(VisibleText.escape(file))', leave --template out")
        }
        // An empty name is the current folder to the file system: "is a folder … /*.csv" said nothing true.
        if files.contains(where: \.isEmpty) { throw ValidationError("a CSV file's name must not be empty, for example: casebook import cases.csv") }
        if template, dryRun { throw ValidationError("--template and --dry-run cannot be used together: --template reads nothing") }
        try ArchiveOptions.refuseEmpty(content: content)
    }

    func run() throws {
        if template {
            FileHandle.standardOutput.write(Data(ImportColumns.template))
            return
        }
        let outcome = SpreadsheetImport.run(files, content: content, dryRun: dryRun)
        let report = Reporter(format: format, diagnostics: outcome.diagnostics)
        report.printDiagnostics()
        guard outcome.succeeded else {
            report.printFailure("import failed: \(report.report.summary); nothing was written")
            throw ExitCode(outcome.exitStatus)
        }
        // Beside the summary: on standard error with --format json, whose output is the JSON alone.
        for kept in outcome.kept { report.printSummary(VisibleText.escape(outcome.keptLine(kept, dryRun: dryRun))) }
        for file in outcome.files { report.printSummary((dryRun ? "would make " : "made ") + VisibleText.escape(file.path)) }
        report.printSummary(outcome.summary(dryRun: dryRun))
    }
}
