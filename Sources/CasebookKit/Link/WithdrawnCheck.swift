/// site.yml `withdrawn` against the archive: a withdrawn id names an address that was let go
/// on purpose, so it may not still be the id of a file of its kind (drafts too: publishing
/// one would bring the address back), nor a former id some file keeps (its old address
/// leads there). One that names a protected person is `SiteLeakCheck`'s, as any text of site.yml.
enum WithdrawnCheck {
    static func problems(_ content: ParsedContent) -> [Diagnostic] {
        let withdrawn = content.site.withdrawn
        guard !withdrawn.isEmpty else { return [] }
        let site = content.displayName + "/site.yml"
        var former: [ContentKind: [String: String]] = [:]
        for (kind, files) in FormerIDCheck.claims(content) where withdrawn[kind] != nil {
            for (info, refs) in files { for ref in refs where former[kind]?[ref.id] == nil { former[kind, default: [:]][ref.id] = info.path } }
        }
        var problems: [Diagnostic] = []
        for kind in SiteParser.withdrawnKinds {
            for ref in withdrawn[kind] ?? [] {
                let file = "\(content.displayName)/\(kind.rawValue)/\(ref.id).md"
                if content.fileIDs[kind]?.contains(ref.id) == true {
                    problems.append(Diagnostic(.error, site, ref.position,
                        "'\(ref.id)' is listed under 'withdrawn' but is still the id of \(file), so its address has a page of its own: remove it from 'withdrawn', or take \(file) out of the archive if the \(kind.singular) is withdrawn"))
                } else if let path = former[kind]?[ref.id] {
                    problems.append(Diagnostic(.error, site, ref.position,
                        "'\(ref.id)' is listed under 'withdrawn' but is a former id of \(path), so its old address leads to that \(kind.singular): remove it from 'withdrawn', or from that file's 'former_ids' if the old address is to be let go"))
                }
            }
        }
        return problems
    }
}
