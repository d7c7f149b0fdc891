/// `former_ids` across the archive (cases, people, organizations and free pages): each old
/// address gets a page that sends the reader on,
/// so a former id may not be the id of a file of the same kind (its page is there) nor be
/// claimed by two files of one kind (one address cannot lead to two pages). A case and a
/// person may share an id, as files may: their addresses differ (`cases/x/`, `people/x/`).
/// Drafts are checked too; their former ids are published only with them.
enum FormerIDCheck {
    struct Claim {
        let ref: Ref
        let path: String
    }

    /// Every file of the archive with its former ids, by kind (drafts too): cases, people,
    /// organizations and free pages.
    static func claims(_ content: ParsedContent) -> [(ContentKind, [(DocumentInfo, [Ref])])] {
        [
            (.cases, content.cases.map { ($0.info, $0.formerIDs) }),
            (.people, content.people.map { ($0.info, $0.formerIDs) }),
            (.organizations, content.organizations.map { ($0.info, $0.formerIDs) }),
            (.pages, content.pages.map { ($0.info, $0.formerIDs) }),
        ]
    }

    static func problems(_ content: ParsedContent) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (kind, files) in claims(content) {
            let live = content.fileIDs[kind] ?? []
            var byID: [String: [Claim]] = [:]
            for (info, refs) in files {
                for ref in refs {
                    if live.contains(ref.id) {
                        problems.append(Diagnostic(.error, info.path, ref.position,
                            "'\(ref.id)' is still the id of \(ProtectedIDs.folder(info.path))\(ref.id).md, so its address has a page of its own: remove it from 'former_ids', or rename that file"))
                    } else {
                        byID[ref.id, default: []].append(Claim(ref: ref, path: info.path))
                    }
                }
            }
            for (id, claims) in byID where claims.count > 1 {
                let sorted = claims.sorted { ($0.path, $0.ref.position.line) < ($1.path, $1.ref.position.line) }
                for claim in sorted {
                    let others = sorted.filter { $0.path != claim.path }.map { "\($0.path) (line \($0.ref.position.line))" }
                    problems.append(Diagnostic(.error, claim.path, claim.ref.position,
                        "'\(id)' is also a former id of \(others.joined(separator: " and ")); an old address can lead to one \(kind.singular) only: keep it in the file that replaced it"))
                }
            }
        }
        return problems
    }

    /// Each kind's former ids with the id that replaced them, for the message of a body link
    /// to an old name (`BodyLinkResolver.renamed`); a former id claimed twice is left out.
    static func renamed(_ content: ParsedContent) -> [ContentKind: [String: String]] {
        var renamed: [ContentKind: [String: String]] = [:]
        for (kind, files) in claims(content) {
            for (info, former) in files {
                for ref in former { renamed[kind, default: [:]][ref.id] = renamed[kind]?[ref.id] == nil ? info.id : "" }
            }
        }
        return renamed.mapValues { $0.filter { !$0.value.isEmpty } }
    }
}
