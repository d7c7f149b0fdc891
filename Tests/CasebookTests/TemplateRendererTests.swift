import Foundation
import Mustache
import Testing
@testable import CasebookKit

/// The compiled renderer must print exactly what swift-mustache prints: each test renders
/// the same templates and values with both and compares the bytes.
@Suite struct TemplateRendererTests {
    /// Both renderings of `name` from templates given as text.
    static func both(_ templates: [String: String], _ name: String = "main", _ context: [String: Any]) throws -> (mustache: String, compiled: String) {
        try both(templates, name, TestFields(context))
    }

    static func both(_ templates: [String: String], _ name: String = "main", _ value: any TemplateFields) throws -> (mustache: String, compiled: String) {
        var library = MustacheLibrary()
        for (templateName, text) in templates { library.register(try MustacheTemplate(string: text), named: templateName) }
        let compiled = try #require(TemplateCompiler.compile(library, names: Array(templates.keys)))
        var whole = false
        let bytes = try TemplateRenderer.render(name, context: value, templates: compiled, printedWhole: { _ in whole = true })
        // A value printed whole fails the build (`WholeValue`): there is nothing to compare.
        if whole { throw PrintedWhole() }
        return (library.render(value, withTemplate: name) ?? "", String(decoding: bytes, as: UTF8.self))
    }

    struct PrintedWhole: Error {}

    static func expectSame(_ template: String, _ context: [String: Any], partials: [String: String] = [:],
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (mustache, compiled) = try both(partials.merging(["main": template]) { a, _ in a }, "main", context)
        #expect(compiled == mustache, "template: \(template)", sourceLocation: sourceLocation)
    }

    static let person: [String: any Sendable] = ["name": "Жазира & <Qambarova>", "href": "people/q/", "age": 41]

    @Test func variablesPrintAndEscapeAsSwiftMustacheDoes() throws {
        let context: [String: Any] = ["person": Self.person, "flag": true, "off": false, "quote": "\"'", "n": 0]
        try Self.expectSame("{{person.name}}|{{{person.name}}}|{{&person.name}}|{{person.age}}", context)
        try Self.expectSame("{{flag}} {{off}} {{quote}} {{missing}} {{person.missing}} {{n}}", context)
        try Self.expectSame("{{% CONTENT_TYPE: TEXT}}{{person.name}} {{quote}}", context)
        try Self.expectSame("{{% CONTENT_TYPE: HTML}}<{{person.name}}>\u{0338}", context)
    }

    @Test func sectionsFollowTheStack() throws {
        let context: [String: Any] = [
            "title": "outer", "people": [Self.person, ["name": "B", "title": "inner"] as [String: any Sendable]],
            "empty": [[String: any Sendable]](), "text": "", "tags": ["a", "b", "c"], "count": 3, "flag": true,
            "nested": ["deeper": ["title": "deep"] as [String: any Sendable]] as [String: any Sendable],
            "labels": ["x": "y"] as [String: Any],
        ]
        try Self.expectSame("{{#people}}[{{name}} {{title}} {{.title}}]{{/people}}", context)
        try Self.expectSame("{{#people}}{{#first()}}F{{/first()}}{{index()}}{{^last()}}, {{/last()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{/people}}", context)
        try Self.expectSame("{{#tags}}{{.}}{{^last()}};{{/last()}}{{/tags}}{{#flag}}{{index()}}{{/flag}}", context)
        try Self.expectSame("{{^empty}}none{{/empty}}{{#empty}}some{{/empty}}{{^text}}no text{{/text}}{{#text}}[{{.}}]{{/text}}", context)
        try Self.expectSame("{{^missing}}absent{{/missing}}{{#missing}}present{{/missing}}{{^flag}}f{{/flag}}{{#count}}{{.}}{{/count}}", context)
        try Self.expectSame("{{#nested.deeper}}{{title}}{{/nested.deeper}}{{nested.deeper.title}}{{#nested}}{{deeper.title}}{{.missing}}{{title}}{{/nested}}", context)
        try Self.expectSame("{{#labels}}{{x}}{{/labels}}{{labels.x}}{{#people}}{{#flag}}{{name}}{{/flag}}{{/people}}", context)
        try Self.expectSame("{{#people}}{{#tags}}{{.}}{{index()}}{{/tags}}{{/people}}", context)
    }

    @Test func transformsAsSwiftMustacheHasThem() throws {
        let context: [String: Any] = ["tags": ["b", "a"], "none": [String](), "name": "ada lovelace", "n": 4, "zero": 0,
                                      "object": ["k": "v"] as [String: any Sendable]]
        try Self.expectSame("{{count(tags)}} {{empty(tags)}} {{empty(none)}} {{first(tags)}} {{last(tags)}} {{first(none)}}", context)
        try Self.expectSame("{{#reversed(tags)}}{{.}}{{/reversed(tags)}} {{uppercased(name)}} {{capitalized(name)}} {{lowercased(name)}} {{reversed(name)}}", context)
        try Self.expectSame("{{plusone(n)}} {{minusone(n)}} {{even(n)}} {{odd(n)}} {{equalzero(zero)}} {{plusone(plusone(n))}} {{empty(name)}}", context)
        try Self.expectSame("{{count(object)}} {{empty(object)}} {{^empty(tags)}}has{{/empty(tags)}} {{count(name)}} {{empty(n)}}", context)
        try Self.expectSame("{{#tags}}{{plusone(index())}}{{/tags}}", context)
    }

    @Test func partialsIndentAndBlocksOverride() throws {
        let partials = ["item": "<li>{{name}}</li>\n<li>again</li>\n", "layout": "<main>\n{{$content}}default{{/content}}\n  {{$aside}}\nside\n{{/aside}}\n</main>\n",
                        "crlf": "a\r\nb\r\n"]
        let context: [String: Any] = ["name": "N", "people": [Self.person]]
        try Self.expectSame("<ul>\n  {{>item}}\n</ul>\n", context, partials: partials)
        try Self.expectSame("{{#people}}\n    {{>item}}\n{{/people}}\n", context, partials: partials)
        try Self.expectSame("{{<layout}}{{$content}}mine {{name}}{{/content}}{{/layout}}", context, partials: partials)
        try Self.expectSame("{{<layout}}\n{{$aside}}\n  aside {{name}}\n{{/aside}}\n{{/layout}}\n", context, partials: partials)
        try Self.expectSame("x\n  {{>crlf}}\n  {{>crlf}}", context, partials: partials)
        try Self.expectSame("{{! a comment }}\n  {{#people}}\n  {{name}}\n  {{/people}}\n{{=<% %>=}}<% name %>", context, partials: partials)
    }

    /// Templates built at random from every kind of tag, rendered with random values.
    @Test func randomTemplatesRenderAlike() throws {
        var random = FuzzTests.Random(state: 7)
        let names = ["a", "b", "list", "flag", "text", ".", "a.b", ".a", "list.a"]
        let pieces = ["x", " ", "\n", "  ", "\r\n", "<&>", "{{! c }}", "{{>p}}", "  {{>p}}\n", "{{index()}}", "{{^last()}},{{/last()}}"]
        var compared = 0
        for round in 0..<400 {
            var template = ""
            var open: [String] = []
            for _ in 0..<random.below(14) {
                switch random.below(6) {
                case 0: template += pieces[random.below(pieces.count)]
                case 1: template += "{{\(names[random.below(names.count)])}}"
                case 2: template += "{{{\(names[random.below(names.count)])}}}"
                case 3:
                    let name = names[random.below(names.count - 1)]
                    template += (random.below(2) == 0 ? "{{#" : "{{^") + name + "}}" + (random.below(2) == 0 ? "\n" : "")
                    open.append(name)
                case 4: if let name = open.popLast() { template += "{{/\(name)}}" + (random.below(2) == 0 ? "\n" : "") }
                default: template += "\n"
                }
            }
            while let name = open.popLast() { template += "{{/\(name)}}" }
            let inner: [String: any Sendable] = ["a": random.below(2) == 0 ? "in" : ["b": "ab"] as [String: any Sendable], "text": "t"]
            let context: [String: Any] = [
                "a": ["b": "deep<", "a": 1] as [String: any Sendable],
                "b": random.below(3) == 0 ? "" : "bee",
                "list": Array(repeating: inner, count: random.below(4)),
                "flag": random.below(2) == 0, "text": "T&",
            ]
            // A value or list printed whole is an error of the build (`PrintedWhole`).
            guard let (mustache, compiled) = try? Self.both(["main": template, "p": "p{{a.b}}\n{{text}}\n"], "main", context) else { continue }
            #expect(compiled == mustache, "round \(round): \(template.debugDescription)")
            compared += 1
        }
        #expect(compared > 200)
    }

    /// A typed value's absent optional field is looked up further down the stack, as a
    /// missing dictionary key was; a list that is always present (an event's `people`) stops
    /// the lookup even when empty.
    @Test func absentFieldsClimbAndPresentListsDoNot() throws {
        let item = CaseItem(title: "Inner", href: "cases/i/index.html", status: "Open", statusKey: "open", people: [],
                            summary: nil, date: nil, place: nil, draft: false)
        let event = EventValue(date: DateValue(text: "2021", iso: "2021"), type: "Arrest", typeKey: "arrest", summary: "s")
        let page = TestFields(["summary": "outer", "related": CaseList(cases: [item]), "events": [event] as [EventValue],
                               "people": [PersonLink(name: "Outer", href: nil)] as [PersonLink]])
        let templates = ["main": "{{#related}}{{#cases}}[{{title}}: {{summary}}|{{.summary}}]{{/cases}}{{/related}}"
                         + "{{#events}}({{#people}}{{name}}{{/people}}{{^people}}none{{/people}}){{/events}}{{count(people)}}"]
        let (mustache, compiled) = try Self.both(templates, "main", page)
        #expect(compiled == mustache)
        #expect(compiled == "[Inner: outer|](none)1")
    }

    /// Every page of the sample site (a page of each kind), and every case list entry,
    /// through both renderers with the same typed values.
    @Test func everySamplePageRendersAlike() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let (content, _) = Builder.parse(ContentLoader.load(contentDirectory: site.content, displayName: "content"), displayName: "content")
        let (archive, _) = Linker.link(content, includeDrafts: true)
        let (loaded, problems) = Theme.load(from: site.root.appendingPathComponent("templates"), displayName: "templates")
        let theme = try #require(loaded, "\(problems)")
        let compiled = try #require(theme.compiled, "the default theme compiles whole")
        let renderer = SiteRenderer(archive: archive, theme: theme, includeDrafts: true)
        var templates: Set<String> = []
        for (path, job, _) in renderer.plan.pages {
            let page = renderer.page(job, at: path)
            let fast = try TemplateRenderer.render(page.template, context: page, templates: compiled)
            let reference = theme.library.render(page, withTemplate: page.template) ?? ""
            #expect(String(decoding: fast, as: UTF8.self) == reference, "\(page.path)")
            templates.insert(page.template)
        }
        // The sample records custody, so its site has the held-now and letters lists too, and
        // a correction, so /corrections/.
        #expect(templates == Set(Theme.requiredTemplates.filter { !$0.hasPrefix("partials/") }).union(["held", "letters", "corrections"]))
        for id in archive.cases.map(\.record.id) {
            let item = CaseItemFragment(item: try #require(renderer.items.caseEntry(id)), words: renderer.items.words.templateWords)
            let fast = try TemplateRenderer.render("partials/case-item", context: item, templates: compiled)
            #expect(String(decoding: fast, as: UTF8.self) == theme.library.render(item, withTemplate: "partials/case-item"))
        }
        #expect(theme.fallbacks.recorded.isEmpty, "\(theme.fallbacks.lines)")
    }

    /// What the compiled renderer does not cover goes to swift-mustache, with the same output,
    /// and is recorded with its reason.
    @Test func anythingElseIsLeftToSwiftMustache() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: "{{#sorted(tags)}}{{.}}{{/sorted(tags)}}"), named: "sorted")
        library.register(try MustacheTemplate(string: "{{record}}"), named: "whole")
        #expect(TemplateCompiler.compile(library, names: ["sorted"]) == nil)
        let compiled = try #require(TemplateCompiler.compile(library, names: ["whole"]))
        var whole: [WholeValue] = []
        let printed = try TemplateRenderer.render("whole", context: TestFields(["record": ["name": "r"]]), templates: compiled,
                                                  printedWhole: { whole.append($0) })
        #expect(printed.isEmpty)
        #expect(whole.map(\.name) == ["record"])

        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("templates/partials/footer.mustache", "<footer>{{#sorted(footer_pages)}}{{/sorted(footer_pages)}}</footer>")
        let (theme, problems) = Theme.load(from: site.root.appendingPathComponent("templates"), displayName: "templates")
        #expect(problems.isEmpty)
        #expect(theme?.compiled == nil)
        #expect(site.build().errors.isEmpty)
        #expect(try site.read("public/index.html").contains("<footer></footer>"))
    }
}
