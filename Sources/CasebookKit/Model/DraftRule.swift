/// A case or free page, which may be a draft. The one place the draft rule is written:
/// drafts are read, checked and rendered in every run, and shown only in a preview built
/// with `--drafts` (people and organizations have no draft flag).
protocol Draftable {
    var draft: Bool { get }
}

extension Draftable {
    /// Whether a build with these options shows this record: a published one always, a draft
    /// only with `--drafts`.
    func isPublished(includeDrafts: Bool) -> Bool { includeDrafts || !draft }
}

extension CaseRecord: Draftable {}
extension Page: Draftable {}
