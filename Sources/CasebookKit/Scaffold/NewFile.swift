import Foundation

/// What `casebook new` is asked to create.
public struct NewFileRequest: Sendable {
    public var kind: ContentKind
    /// The title of a case or page, the name of a person or organization.
    public var name: String
    /// The id to use instead of the name's slug.
    public var id: String?
    /// A case's people: ids, or names whose slug is the id.
    public var people: [String]
    /// The date written where the file needs one (a case's `updated`); passed in so tests are deterministic.
    public var today: PartialDate

    public init(kind: ContentKind, name: String, id: String? = nil, people: [String] = [], today: PartialDate) {
        self.kind = kind
        self.name = name
        self.id = id
        self.people = people
        self.today = today
    }
}

/// Why nothing was written, in words for the user, with the exit status it calls for.
public struct NewFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// A name, id or option that cannot be used: exit status 2.
        case usage
        /// The folder or file could not be read or written: exit status 2.
        case io
        /// The archive already has the file, or lacks a person the case names: exit status 1.
        case archive
    }

    public let reason: Reason
    public let message: String

    public var exitStatus: Int32 { reason == .archive ? 1 : 2 }
    public var description: String { message }
}

/// `casebook new`: one new content file with every field of its kind, commented.
public enum NewFile {
    /// Derived ids are cut at a hyphen below this length; a case title makes a long one.
    static let maxDerivedIDLength = 60

    /// A control character in a name or title, at its place: a line break or tab too, which a
    /// name of one line cannot hold (`$'Ivan\nPetrov'` wrote a name of two lines into the file).
    static func controlProblem(_ name: String, field: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard let index = scalars.firstIndex(where: { ControlCharacters.isForbidden($0.value) || $0.value < 0x20 }) else { return nil }
        let value = scalars[index].value
        var shown = ""
        for scalar in scalars {
            if ControlCharacters.isForbidden(scalar.value) || scalar.value < 0x20 {
                shown += "<" + ControlCharacters.name(scalar.value).prefix { $0 != " " } + ">"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        let fix = ControlCharacters.isForbidden(value) ? "which content may not; delete it" : "and a \(field.split(separator: " ").last ?? "name") is one line: write a space there"
        return "\(field) '\(shown)' has \(ControlCharacters.name(value)) at character \(index + 1), \(fix)"
    }

    /// Writes the file and returns its path as the user named the content folder
    /// (`content/people/nazira-lesova.md`). Never overwrites a file.
    public static func create(_ request: NewFileRequest, content: String = "content",
                              relativeTo base: URL? = nil) throws(NewFileError) -> String {
        let options = BuildOptions(content: content, relativeTo: base)
        let folder = options.contentDirectory
        let shown = options.contentDisplayName
        let kind = request.kind
        let name = request.name.trimmingCharacters(in: .whitespacesAndNewlines)
        let field = kind == .cases || kind == .pages ? "title" : "name"
        guard !name.isEmpty else { throw usage("the \(kind.singular)'s \(field) must not be empty") }
        if let problem = controlProblem(name, field: "the \(kind.singular)'s \(field)") { throw usage(problem) }
        // Pasted from a chat or a PDF: a character drawn as nothing (a zero-width space) was
        // written into the file unseen, a name that no search typed as it looks finds, and a
        // second person beside the first; `import` refuses it at its cell.
        if let problem = ImportNames.invisibleProblem(name) { throw usage("the \(kind.singular)'s \(field) \(problem)") }
        let kindFolder = folder.appendingPathComponent(kind.rawValue)
        var renames = RenameSuggestions(folderPath: kindFolder.path, kind: kind)
        let id = try identifier(for: request, name: name, shown: "\(shown)/\(kind.rawValue)", renames: &renames)
        if kind != .cases, !request.people.isEmpty { throw usage("--person is for cases only") }
        if kind == .cases, request.people.isEmpty {
            throw usage("a case needs at least one person: add --person ID (repeat it for several), the id of a file in \(shown)/people/; create the person first with casebook new person \"Name\"")
        }

        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw NewFileError(reason: .io, message: "\(shown): \(ContentLoader.missingFolder)")
        }
        // A folder with none of an archive's files: a mistyped --content wrote there unseen.
        let marks = ["site.yml"] + ContentKind.allCases.map(\.rawValue)
        guard marks.contains(where: { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }) else {
            throw NewFileError(reason: .io, message: "\(shown) does not look like an archive's content folder (no site.yml, cases/, people/, organizations/ or pages/); nothing was written. Run casebook in the archive's folder, or pass --content with its content folder")
        }
        let path = "\(shown)/\(kind.rawValue)/\(id).md"
        let target = folder.appendingPathComponent(kind.rawValue).appendingPathComponent("\(id).md")
        // lstat: a dangling symbolic link is a file there too (`write` would refuse it in words of its own).
        if StaticTree.ownType(target.path) != nil {
            throw NewFileError(reason: .archive, message: "\(path) already exists; nothing was written. Edit it, or choose another id, like --id \(renames.freeName(for: id))")
        }
        // An old address that already leads to another file: the next build would refuse the new one.
        let former = FormerIDsInFolder.read(folder: kindFolder, shown: "\(shown)/\(kind.rawValue)")
        if let owner = former[id] {
            var number = 2, free = id
            repeat {
                free = "\(id)-\(number)"
                number += 1
            } while former[free] != nil || StaticTree.ownType(kindFolder.appendingPathComponent("\(free).md").path) != nil
            throw NewFileError(reason: .archive, message: "'\(id)' is a former id of \(owner), whose old address leads there; nothing was written. Choose another id, like --id \(free)")
        }

        let hints = ArchiveHints.read(content: folder, displayName: shown, for: kind)
        // An address let go on purpose (site.yml `withdrawn`): the next build would refuse the file.
        let withdrawn = Set((hints.site.withdrawn[kind] ?? []).map(\.id))
        if withdrawn.contains(id) {
            var number = 2, free = id
            repeat {
                free = "\(id)-\(number)"
                number += 1
            } while withdrawn.contains(free) || former[free] != nil || StaticTree.ownType(kindFolder.appendingPathComponent("\(free).md").path) != nil
            throw NewFileError(reason: .archive, message: "'\(id)' is listed under 'withdrawn' in \(shown)/site.yml, an address let go on purpose; nothing was written. Choose another id, like --id \(free), or, if the \(kind.singular) comes back, remove it from 'withdrawn' first")
        }
        let people = try personIDs(request.people, known: hints.ids[.people] ?? [], content: shown)
        let text = Template.document(kind, .init(id: id, name: name, people: people, today: request.today, hints: hints))
        var batch = NewFileBatch()
        do {
            // Refuses to replace a file that appeared since the check above.
            try batch.create(text, at: target)
        } catch {
            batch.takeBack()
            throw NewFileError(reason: .io, message: "\(path) could not be written: \(OutputFailure.line(error)); nothing was written")
        }
        return path
    }

    /// The id given with --id, or the slug of the name; refused with a suggestion when
    /// unusable, which never names a file of `shown` (the kind's folder) that exists.
    static func identifier(for request: NewFileRequest, name: String, shown: String,
                           renames: inout RenameSuggestions) throws(NewFileError) -> String {
        let kind = request.kind
        let id: String
        if let given = request.id {
            guard Identifier.isValid(given) else {
                let stem = LookAlike.repaired(given.hasSuffix(".md") ? String(given.dropLast(3)) : given)
                let slug = Identifier.isValid(stem) ? stem : Identifier.slug(stem)
                let free = slug.isEmpty ? slug : renames.freeName(for: slug)
                let use = free == slug ? "--id \(slug)"
                    : kind == .pages && ContentLoader.isReservedPageID(slug) ? "'\(slug)' is a name the build uses for its own pages: use --id \(free)"
                    : "\(shown)/\(slug).md already exists: edit it, or use --id \(free)"
                let lookAlikes = LookAlike.findings(in: given)
                if !lookAlikes.isEmpty {
                    let advice = LookAlike.advice(for: lookAlikes) + (slug.isEmpty ? "" : ": \(use)")
                    throw usage(LookAlike.message(for: lookAlikes, in: given, fix: advice))
                }
                let hint = slug.isEmpty ? "" : free == slug ? "; did you mean \(use)?" : "; \(use)"
                throw usage("'\(given)' is not a valid id: use lower-case ASCII letters, digits and single hyphens, without .md\(hint)")
            }
            id = given
        } else {
            id = shortened(Identifier.slug(name))
            guard !id.isEmpty else {
                throw usage("no id can be made from '\(name)': it has no Latin, Cyrillic or Kazakh letters or digits; give one with --id, like --id \(example(kind))")
            }
        }
        if kind == .pages, ContentLoader.isReservedPageID(id) {
            throw usage("'\(id)' is a name the build uses for its own pages (or a language code); choose another page id with --id")
        }
        // `casebook check` warns of such a file: it cannot be checked out on Windows.
        if PortableNames.isDevice(id) {
            var number = 2
            while renames.exists("\(id)-\(number).md") { number += 1 }
            throw usage("'\(id)' is a device name Windows reserves: git cannot check out a file of that name on Windows, and a copy of the site to a USB stick fails at its page; choose another id with --id, like --id \(id)-\(number)")
        }
        // The list of people held now, once any case records custody (`CustodyCheck.heldPage`):
        // a new file must pass the check it is written for.
        if kind == .pages, id == CustodyCheck.heldPageID {
            throw usage("'held' is the address of the list of people held now, once cases record custody; choose another page id with --id, like --id held-intro")
        }
        return id
    }

    /// A long slug cut after its last whole word within the limit.
    static func shortened(_ slug: String) -> String {
        guard slug.count > maxDerivedIDLength else { return slug }
        let head = slug.prefix(maxDerivedIDLength + 1)
        guard let cut = head.lastIndex(of: "-") else { return String(slug.prefix(maxDerivedIDLength)) }
        return String(head[..<cut])
    }

    /// Each --person as an id of an existing person file, in order, once.
    static func personIDs(_ values: [String], known: Set<String>, content: String) throws(NewFileError) -> [String] {
        var ids: [String] = []
        for value in values {
            let id = Identifier.isValid(value) ? value : Identifier.slug(value)
            guard known.contains(id) else {
                let file = id.isEmpty ? "no person file for --person '\(value)'" : "there is no \(content)/people/\(id).md for --person '\(value)'"
                let near = Suggestion.nearest(to: id, in: known).map { " (did you mean '\($0)'?)" } ?? ""
                // `--person "Иван Иванов"` is a name: the command that makes that person's file.
                let name = Identifier.isValid(value) ? "Name" : value.replacingOccurrences(of: "\"", with: "")
                throw NewFileError(reason: .archive, message: "\(file)\(near); create the person first with casebook new person \"\(name)\"")
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    static func example(_ kind: ContentKind) -> String {
        switch kind {
        case .cases: "lesova-2021"
        case .people: "nazira-lesova"
        case .organizations: "koshe-party"
        case .pages: "methodology"
        }
    }

    static func usage(_ message: String) -> NewFileError { NewFileError(reason: .usage, message: message) }
}
