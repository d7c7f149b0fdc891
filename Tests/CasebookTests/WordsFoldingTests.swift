import Foundation
import Mustache
import Testing
@testable import CasebookKit

/// A language's templates with `{{words.…}}` in place render exactly what the theme's own
/// templates render (`WordsFolding`).
@Suite struct WordsFoldingTests {
    static func compile(_ templates: [String: String]) throws -> [String: CompiledTemplate] {
        var library = MustacheLibrary()
        for (name, text) in templates { library.register(try MustacheTemplate(string: text), named: name) }
        return try #require(TemplateCompiler.compile(library, names: Array(templates.keys)))
    }

    static func render(_ templates: [String: CompiledTemplate], _ context: any TemplateFields) throws -> String {
        String(decoding: try TemplateRenderer.render("main", context: context, templates: templates), as: UTF8.self)
    }

    static let words = WordsValue(sections: ["case": WordSection(texts: ["facts": "Facts & <figures>", "as_of": "as of"])])

    /// Escaped and unescaped tags, inside sections, blocks and partials; a missing key and a
    /// section left as it is.
    @Test func foldedTextsRenderAsLookedUp() throws {
        let templates = try Self.compile([
            "main": "{{words.case.facts}}|{{{words.case.facts}}}|{{words.case.missing}}|{{#items}}[{{words.case.as_of}} {{.}}]{{/items}}"
                + "{{#words.case}}({{as_of}}){{/words.case}}{{>part}}{{<frame}}{{$slot}}<{{words.case.as_of}}>{{/slot}}{{/frame}}",
            "part": "{{words.case.as_of}}",
            "frame": "{{$slot}}default{{/slot}}",
        ])
        let context = TestFields(["words": Self.words, "items": ["a", "b"]])
        let folded = try #require(WordsFolding.fold(templates, words: Self.words))
        #expect(try Self.render(folded, context) == Self.render(templates, context))
        #expect(try Self.render(folded, context)
            == "Facts &amp; &lt;figures&gt;|Facts & <figures>||[as of a][as of b](as of)as of<as of>")
        #expect(folded["main"]!.nodes.contains { if case .constant = $0 { true } else { false } })
    }

    /// A catalogue with a section or a text named `words` could answer the name itself
    /// inside one of its own sections: it is not folded.
    @Test func aCatalogueThatNamesWordsIsNotFolded() throws {
        let templates = try Self.compile(["main": "{{#words.case}}{{words.case.facts}}{{/words.case}}"])
        let textNamedWords = WordsValue(sections: ["case": WordSection(texts: ["facts": "F", "words": "W"])])
        let sectionNamedWords = WordsValue(sections: ["words": WordSection(texts: ["case": "W"]), "case": WordSection(texts: ["facts": "F"])])
        #expect(WordsFolding.fold(templates, words: textNamedWords) == nil)
        #expect(WordsFolding.fold(templates, words: sectionNamedWords) == nil)
        #expect(WordsFolding.fold(templates, words: Self.words) != nil)
    }

    /// Every page of the sample, in each of its three languages, through the folded templates
    /// and through the theme's own.
    @Test func everySamplePageInEveryLanguageRendersAlike() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let (content, _) = Builder.parse(ContentLoader.load(contentDirectory: site.content, displayName: "content"), displayName: "content")
        let (archive, _) = Linker.link(content, includeDrafts: true)
        let (loaded, problems) = Theme.load(from: site.root.appendingPathComponent("templates"), displayName: "templates")
        let theme = try #require(loaded, "\(problems)")
        let compiled = try #require(theme.compiled)
        let rendering = SiteRendering(archive: archive, theme: theme, includeDrafts: true)
        #expect(rendering.renderers.count == 3)
        var pages = 0
        for (path, job, language) in rendering.plan.pages {
            let renderer = rendering.renderers[language]
            let folded = try #require(renderer.pageTemplates)
            let page = renderer.page(job, at: rendering.plan.localPath(path, language: language))
            let fast = try TemplateRenderer.render(page.template, context: page, templates: folded)
            let plain = try TemplateRenderer.render(page.template, context: page, templates: compiled)
            #expect(fast == plain, "\(path)")
            pages += 1
        }
        #expect(pages == rendering.plan.pages.count && pages > 100)
    }
}
