import ArgumentParser
import CasebookKit
import Foundation

/// `casebook theme export DIR`: the library does the work (`ThemeExport`).
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the theme built into casebook.",
        subcommands: [Export.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in theme's files (templates, partials, assets, catalogues) into a folder, to start a custom theme.",
            discussion: """
                The folder is made when missing. Nothing is overwritten: when any of the files is there \
                already, nothing is written. A build reads templates/ over the built-in theme, file by file, \
                so keep only the files you change. \
                Exit status: 0 written, 1 a file is already there, 2 a usage or file problem.
                """)

        @Argument(help: "The folder to write into, for example templates.") var folder: String

        func validate() throws {
            if folder.isEmpty { throw ValidationError("the folder must not be empty, for example: casebook theme export templates") }
        }

        func run() throws {
            let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            do {
                let written = try ThemeExport.export(to: url.standardizedFileURL, shown: folder)
                print("wrote \(written.count) files into \(folder)")
            } catch {
                FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
                throw ExitCode(error.exitStatus)
            }
        }
    }
}
