/// The dev server's quick path for the most common edit: one case file changed and kept its
/// id. Only that case is checked, its body rendered and its entry replaced; the back-links,
/// order, facets and timeline of the rest stay as they were until the full link that
/// follows a moment later replaces them.
enum QuickLink {
    struct Result: Sendable {
        let archive: Archive
        let linked: LinkedCase
        let diagnostics: [Diagnostic]
    }

    /// Nil when the quick path does not apply: the case is not in the archive (new, or a
    /// draft left out), it becomes a draft that the build leaves out, or its former ids changed.
    static func replacing(_ record: CaseRecord, in archive: Archive, checker: ReferenceChecker,
                          resolver: BodyLinkResolver, history: ArchiveHistory,
                          includeDrafts: Bool) -> Result? {
        guard let index = archive.caseIndex[record.id], record.isPublished(includeDrafts: includeDrafts) else { return nil }
        // New or removed former ids add or remove pages (and need the whole archive checked).
        guard record.formerIDs.map(\.id) == archive.cases[index].record.formerIDs.map(\.id) else { return nil }
        // With protected people, an edit may name one: the full link's leak check decides.
        guard !archive.people.contains(where: { $0.record.protection.hidesName }) else { return nil }
        var diagnostics = Linker.check(record.info.path) { checker.check(record, into: &$0) }
        var bodies = BodyRendering(resolver: resolver, unsafeHTML: archive.site.unsafeHTML)
        let html = bodies.render([(record.info, record.body, record.draft)], sourceCounts: [record.sources.count])[0]
        diagnostics += bodies.diagnostics
        // Related cases both ways, as BackLinks makes them: this case's own list, and every
        // listed case that names it.
        var related = record.relatedCases.map(\.id).filter { $0 != record.id && archive.caseIndex[$0] != nil }
        for other in archive.cases where other.record.id != record.id
            && other.record.relatedCases.contains(where: { $0.id == record.id }) {
            related.append(other.record.id)
        }
        let linked = Linker.linkedCase(record, bodyHTML: html, related: related.uniqued().sorted(), history: history)
        return Result(archive: archive.replacingCase(at: index, with: linked), linked: linked, diagnostics: diagnostics)
    }
}
