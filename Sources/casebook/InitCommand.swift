import ArgumentParser
import CasebookKit
import Foundation

/// `casebook init DIR`: a new archive that builds at once; the library does the work.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new archive in a folder: settings, an example of each file, the editors' guide, CI workflows.",
        discussion: """
            Writes content/ (site.yml with every setting explained, an example case, person and court, \
            an about page), CONTRIBUTING.md, .gitignore, GitHub workflows and .gitlab-ci.yml. \
            The archive builds at once with the theme casebook carries. --language ru (or kk) writes \
            the texts, labels and examples in Russian (Kazakh); several languages, the default first \
            (--language ru,kk,en), give a site in each with the examples translated. Refuses a folder that is not \
            empty unless --force, and never replaces a file; a refusal writes nothing. \
            Exit status: 0 written, 1 refused (not empty, or a file exists), 2 a usage or file problem.
            """)

    @Argument(help: "The folder of the new archive (made if missing).") var folder: String
    @Option(help: ArgumentHelp("The archive's languages, the default first: en, ru, kk (repeat it or separate with commas).", valueName: "code"))
    var language: [String] = []
    @Flag(help: "Add the archive's files to a folder that is not empty (still never replacing a file).") var force = false

    func validate() throws {
        if folder.isEmpty { throw ValidationError("init needs a folder, for example: casebook init archive") }
    }

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        do {
            let codes = language.isEmpty ? ["en"] : language.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            let written = try ArchiveInit.create(at: url, force: force, languages: codes, displayName: folder)
            let shown = VisibleText.escape(folder.hasSuffix("/") ? folder : folder + "/")
            print("Started an archive in \(shown): \(written.count) files. Next: \(ArchiveInit.nextCommand(folder))")
        } catch {
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            throw ExitCode(error.exitStatus)
        }
    }
}
