import Foundation

/// Everything the parse stage produced, ready to be linked.
public struct ParsedContent: Sendable {
    public var site: SiteConfig
    public var cases: [CaseRecord] = []
    public var people: [Person] = []
    public var organizations: [Organization] = []
    public var pages: [Page] = []
    /// Translations (`x.ru.md`) in the order found; checked against their files when linked.
    var translations: [ParsedTranslation] = []
    public var media: [String] = []
    /// What git says about the content: each file's commits and the commit built from.
    public var history = ArchiveHistory()
    /// Ids of every content file found, parsed or not: a reference to a file that has its
    /// own errors still resolves, so one mistake is reported once.
    public var fileIDs: [ContentKind: Set<String>] = [:]
    /// Files whose own parse found an error: their lists may hold fewer entries than the
    /// file writes (an event of an unknown type is left out), so a translation's lists are
    /// not counted against them.
    var filesWithErrors: Set<String> = []
    /// The files found, for the leak check to read a file again for its positions.
    var loadedFiles: [ContentFile] = []
    /// How messages name the content folder (`content`), and site.yml on disk: the leak check
    /// reads site.yml's texts again for their places.
    var displayName = "content"
    var siteFile: URL?
    /// Each media file's path (`media/x.jpg`) and the real file it is, links resolved.
    var mediaSources: [String: String] = [:]

    init(site: SiteConfig) {
        self.site = site
    }

    /// An archive to fill: the media, dates and ids of every file the load stage found.
    /// The same content with git's history of it, read while it was parsed.
    consuming func with(history: ArchiveHistory) -> ParsedContent {
        self.history = history
        return self
    }

    init(site: SiteConfig, loaded: LoadedContent) {
        self.site = site
        media = loaded.media
        history = loaded.history
        loadedFiles = loaded.files
        siteFile = loaded.siteFile
        mediaSources = Dictionary(loaded.mediaFiles.map { ($0.path, $0.source) }, uniquingKeysWith: { a, _ in a })
        // A translation's id is its file's: it makes no id exist.
        for file in loaded.files where file.info.language == nil { fileIDs[file.info.kind, default: []].insert(file.info.id) }
    }

    /// Room for the documents of `files`, made once (a file that fails to parse leaves its room unused).
    mutating func reserve(for files: [ContentFile]) {
        var counts: [ContentKind: Int] = [:], translated = 0
        for file in files {
            if file.info.language != nil { translated += 1 } else { counts[file.info.kind, default: 0] += 1 }
        }
        cases.reserveCapacity(cases.count + counts[.cases, default: 0])
        people.reserveCapacity(people.count + counts[.people, default: 0])
        organizations.reserveCapacity(organizations.count + counts[.organizations, default: 0])
        pages.reserveCapacity(pages.count + counts[.pages, default: 0])
        translations.reserveCapacity(translations.count + translated)
    }

    /// Adds one parsed file where its kind belongs, and notes whether its parse found an error.
    mutating func add(_ document: consuming ParsedDocument?, problems: [Diagnostic]) {
        if let failed = problems.first(where: { $0.severity == .error }) { filesWithErrors.insert(failed.file) }
        switch consume document {
        case .caseRecord(let record)?: cases.append(record)
        case .person(let person)?: people.append(person)
        case .organization(let organization)?: organizations.append(organization)
        case .page(let page)?: pages.append(page)
        case .translation(let translation)?: translations.append(translation)
        case nil: break
        }
    }
}

extension ParsedContent {
    /// One file's parse problems as reported. A translation of a file that does not exist is
    /// one error (`TranslationLinker`, which says where the facts go): the facts it gives are
    /// not also told as coming from that file, which would send the editor to a file that is
    /// not there.
    func reported(_ problems: [Diagnostic], of document: ParsedDocument?) -> [Diagnostic] {
        guard case .translation(let parsed)? = document, !problems.isEmpty else { return problems }
        let info = parsed.translation.info
        guard fileIDs[info.kind]?.contains(info.id) != true else { return problems }
        let named = "comes from \(TranslationParser.defaultPath(of: info))"
        // In the wrong folder (a person's translation in cases/), its keys are another kind's.
        let misplaced = otherKind(holding: info) != nil
        return problems.filter { !$0.message.contains(named) && !(misplaced && $0.message.hasPrefix("unknown key")) }
    }

    /// The other kind whose folder has a file with this translation's id, when its own has
    /// none: `cases/zhanbolat-mamay.kk.md` beside `people/zhanbolat-mamay.md` was put in
    /// the wrong folder.
    func otherKind(holding info: DocumentInfo) -> ContentKind? {
        guard fileIDs[info.kind]?.contains(info.id) != true else { return nil }
        return ContentKind.allCases.first { $0 != info.kind && fileIDs[$0]?.contains(info.id) == true }
    }
}

/// One parsed file.
enum ParsedDocument: Sendable {
    case caseRecord(CaseRecord)
    case person(Person)
    case organization(Organization)
    case page(Page)
    case translation(ParsedTranslation)
}

/// A translation as parsed, with where its lists are written, so that a list longer or
/// shorter than the default file's is reported there.
struct ParsedTranslation: Sendable {
    let translation: Translation
    /// The key positions of `events`, `sources` and `corrections`, when written.
    let lists: [String: SourcePosition]
}
