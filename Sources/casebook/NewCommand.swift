import ArgumentParser
import CasebookKit
import Foundation

/// `casebook new case|person|organization|page "Title or Name"`, and `casebook new translation
/// ID --language ru`: the library does the work.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a content file with every field of its kind, explained in comments.",
        discussion: """
            The id is made from the name ("Назира Лесова" -> nazira-lesova) unless --id gives one. \
            Cases and pages start as drafts. `new translation cases/x --language ru` starts x.ru.md \
            beside the original, every text to translate in its place under the original's. \
            Prints the path of the new file; never overwrites one. \
            Exit status: 0 created, 1 the file exists or a --person has no file, 2 a usage or file problem.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case `case`, person, organization, page, translation

        var contentKind: ContentKind {
            switch self {
            case .case: .cases
            case .person: .people
            case .organization: .organizations
            case .page, .translation: .pages
            }
        }
    }

    @Argument(help: "What to create: case, person, organization, page, or translation (of a file).") var kind: Kind
    @Argument(help: "The title of the case or page, or the name of the person or organization; for a translation, the original file (cases/x, or its path).") var name: String
    @Option(help: "The file's id (its name without .md), instead of one made from the name.") var id: String?
    @Option(name: .customLong("person"),
            help: "For a case: a person of the case, by id or by name (repeat for several; at least one).")
    var people: [String] = []
    @Option(help: ArgumentHelp("For a translation: its language, one of site.yml's languages.", valueName: "code")) var language: String?
    @Option(help: "The content folder.") var content = "content"

    func validate() throws {
        try ArchiveOptions.refuseEmpty(content: content)
        if kind == .translation {
            if name.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("a translation needs its original file, for example: casebook new translation cases/x --language ru")
            }
            guard language != nil else { throw ValidationError("a translation needs its language: casebook new translation \(name) --language ru") }
            if id != nil || !people.isEmpty { throw ValidationError("--id and --person are not for a translation, which takes the original's id") }
        } else if language != nil {
            throw ValidationError("--language is for a translation: casebook new translation cases/x --language ru")
        }
    }

    func run() throws {
        if kind == .translation, let language {
            do {
                print(try NewTranslation.create(name, language: language, content: content))
            } catch {
                FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
                throw ExitCode(error.exitStatus)
            }
            return
        }
        let now = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = now.year, let today = PartialDate(year: year, month: now.month, day: now.day) else {
            throw ValidationError("the system date could not be read")
        }
        let request = NewFileRequest(kind: kind.contentKind, name: name, id: id, people: people, today: today)
        do {
            print(try NewFile.create(request, content: content))
        } catch {
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            throw ExitCode(error.exitStatus)
        }
    }
}
