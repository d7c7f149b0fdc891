/// Makes a record page's `history` and `cite` (`PageHistory`, `CiteValue`) and the footer's
/// `build` from the archive's git history, in the page's language.
struct PermanenceContext {
    let archive: Archive
    let words: Catalogue
    let urls: SiteURLs

    /// A case, person or organization page: what its history and citation are made from.
    struct Record {
        let kind: ContentKind
        let id: String
        /// Front matter `updated` (cases), which wins over git's last change.
        var updated: PartialDate? = nil
        /// The page's corrections: the latest one's date wins over both when it is later.
        var corrections: [Correction] = []
        /// The day the page shows as its last update without git (a case's latest date, its
        /// corrections counted; a person's or organization's latest correction).
        var shown: PartialDate? = nil
        /// The id the page was first published under (the first of its `former_ids`), which
        /// its BibTeX key keeps through renames as the feed's ids do (`AtomFeed.permanentID`).
        var firstID: String? = nil
    }

    init(archive: Archive, words: Catalogue) {
        self.archive = archive
        self.words = words
        self.urls = SiteURLs(base: archive.site.baseURL)
    }

    /// The footer's stamp, or nil without one.
    func stamp() -> BuildStampValue? {
        archive.history.stamp.map { stamp in
            let date = words.templateDate(stamp.date)
            return BuildStampValue(commit: stamp.commit, shortCommit: stamp.shortCommit, date: date,
                                   text: words.text("permanence.built_from", ["commit": stamp.shortCommit, "date": date.text]))
        }
    }

    /// Sets a record page's `history` and `cite`.
    func add(_ record: Record, to page: inout PageValue, title: String, path: String) {
        let history = history(record.kind, record.id, updated: record.updated, corrections: record.corrections)
        page.history = history
        page.cite = cite(record.kind, record.firstID ?? record.id, title: title, path: path,
                         updated: history?.lastChangedDate ?? record.shown ?? Correction.lastChange(nil, record.corrections))
    }

    /// The commits of a file and of its translation into the page's language, newest first.
    func commits(_ kind: ContentKind, _ id: String) -> [ArchiveHistory.Commit] {
        let own = archive.history.files["\(kind.rawValue)/\(id).md"] ?? []
        let language = archive.site.language
        let translated = language == archive.site.defaultLanguage ? [] : archive.history.files["\(kind.rawValue)/\(id).\(language).md"] ?? []
        // Both lists are newest first, as indexes into one list that is newest first.
        let indexes = translated.isEmpty ? own : Array(Set(own + translated)).sorted()
        return indexes.map { archive.history.commits[Int($0)] }
    }

    /// - Parameters:
    ///   - updated: the front matter's `updated`, which wins over git's last change.
    ///   - corrections: the page's corrections, the latest of which wins over both when later.
    func history(_ kind: ContentKind, _ id: String, updated: PartialDate?, corrections: [Correction] = []) -> PageHistory? {
        let commits = commits(kind, id)
        guard !commits.isEmpty else { return nil }
        let changes = archive.site.showsHistory ? commits.map { commit in
            HistoryChange(date: words.templateDate(commit.date), message: commit.subject.isEmpty ? nil : commit.subject)
        } : []
        let last = Correction.lastChange(updated ?? commits.first?.date, corrections)
        // An archive moved into git after its records were last updated would show a page
        // "first published" after its "last update": that first commit is no publication
        // date a reader can use, so it is left out.
        let first = commits.last.map(\.date).flatMap { date in
            last.map { date.firstDayNumber > $0.lastDayNumber } == true ? nil : date
        }
        return PageHistory(firstPublished: first.map(words.templateDate),
                           lastChanged: last.map(words.templateDate),
                           changes: changes, count: words.count("permanence.changes", changes.count), lastChangedDate: last)
    }

    /// How to cite the page at `path` (from its language's root); `id` makes the BibTeX key:
    /// the page's first id, so a reader's bibliography keeps one key through a rename (a
    /// key that changed would make the entry copied again a second one).
    func cite(_ kind: ContentKind, _ id: String, title: String, path: String, updated: PartialDate?) -> CiteValue {
        let citation = Citation(title: title, archive: archive.site.title, url: urls.absolute(path),
                                updated: updated, commit: archive.history.stamp?.shortCommit,
                                key: "\(kind.rawValue)-\(id)", language: archive.site.language)
        return CiteValue(text: citation.text(words), bibtex: citation.bibtex(words), url: citation.url)
    }
}
