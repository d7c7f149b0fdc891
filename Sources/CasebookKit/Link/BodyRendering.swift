/// Renders the Markdown bodies of many documents in parallel, collecting link problems.
struct BodyRendering {
    let resolver: BodyLinkResolver
    let unsafeHTML: Bool
    var diagnostics: [Diagnostic] = []

    init(resolver: BodyLinkResolver, unsafeHTML: Bool) {
        self.resolver = resolver
        self.unsafeHTML = unsafeHTML
    }

    mutating func render(_ documents: [(DocumentInfo, MarkdownBody)]) -> [String] {
        let base = resolver
        let unsafeHTML = unsafeHTML
        let outputs = parallelMap(documents) { info, body -> (String, [Diagnostic]) in
            let resolver = BodyLinkResolver(ids: base.ids, draftIDs: base.draftIDs, media: base.media, from: info.kind,
                                        pageDepth: SitePaths.depth(of: SitePaths.page(info.kind, info.id)))
            let output = MarkdownRenderer.render(body, unsafeHTML: unsafeHTML, resolve: resolver.resolve)
            return (output.html, output.problems.map { Diagnostic(.error, info.path, $0.0, $0.1) })
        }
        for (_, problems) in outputs { diagnostics += problems }
        return outputs.map(\.0)
    }
}
