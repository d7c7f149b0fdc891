/// Renders the Markdown bodies of many documents in parallel, collecting link problems.
struct BodyRendering {
    let resolver: BodyLinkResolver
    let unsafeHTML: Bool
    var diagnostics: [Diagnostic] = []

    init(resolver: BodyLinkResolver, unsafeHTML: Bool) {
        self.resolver = resolver
        self.unsafeHTML = unsafeHTML
    }

    /// Drafts are rendered too, so their links are checked before they are published; a
    /// draft may link to other drafts, a published page may not.
    /// `sourceCounts`, by position, how many sources each document's page lists (`#source-N`
    /// links are checked against it); empty to leave them unchecked.
    mutating func render(_ documents: [(info: DocumentInfo, body: MarkdownBody, draft: Bool)], sourceCounts: [Int?] = []) -> [String] {
        let base = resolver
        let unsafeHTML = unsafeHTML
        let numbered = documents.indices.map { (documents[$0], $0 < sourceCounts.count ? sourceCounts[$0] : nil) }
        let outputs = parallelMap(numbered) { document, sources -> (String, [Diagnostic]) in
            let (info, body, draft) = document
            // A flag, not the draft ids merged into a copy of every id: a copy per draft made
            // linking quadratic in large archives (2,048 drafts of 100,000 cases: 20 s).
            var resolver = BodyLinkResolver(ids: base.ids, draftIDs: base.draftIDs, media: base.media, from: info.kind,
                                            pageDepth: SitePaths.depth(of: SitePaths.page(info.kind, info.id)))
            resolver.allowsDrafts = draft
            resolver.renamed = base.renamed
            resolver.withdrawn = base.withdrawn
            resolver.withheld = base.withheld
            resolver.sourceCount = sources
            resolver.languageDepth = info.language == nil ? 0 : 1  // a translation's page is under /<lang>/
            // Free pages put the body straight under their h1; other pages under an h2 section.
            // Raw HTML reaches the page only with unsafe_html: then it may not show a protected photo either.
            let checksHTML = unsafeHTML && !base.withheld.isEmpty
            let rawHTML: ((String) -> String?)? = checksHTML ? { literal in base.withheldPhoto(inHTML: literal) } : nil
            let output = MarkdownRenderer.render(body, unsafeHTML: unsafeHTML, headingBase: info.kind == .pages ? 2 : 3,
                                                 rawHTML: rawHTML, resolve: resolver.resolve)
            return (output.html, output.problems.map { Diagnostic(.error, info.path, $0.0, $0.1) }
                + output.warnings.map { Diagnostic(.warning, info.path, $0.0, $0.1) })
        }
        for (_, problems) in outputs { diagnostics += problems }
        return outputs.map(\.0)
    }
}
