import Foundation
import Testing
@testable import CasebookKit

/// The default theme the binary carries (`BuiltInTheme`): equal to the repository's
/// templates/, used when an archive has none, and overridden by an archive's file by file.
@Suite struct BuiltInThemeTests {
    /// Every file of templates/ (hidden ones aside), relative paths to bytes.
    static func repositoryTheme() -> [String: Data] {
        SiteFixture.snapshot(SiteFixture.repository.appendingPathComponent("templates"))
            .filter { !$0.key.split(separator: "/").contains { $0.hasPrefix(".") } }
    }

    @Test func theBuiltInThemeIsTheRepositorysTemplatesFolder() {
        let builtIn = Dictionary(uniqueKeysWithValues: BuiltInTheme.files.map { ($0.path, Data($0.text.utf8)) })
        let folder = Self.repositoryTheme()
        #expect(folder.count > 40)
        #expect(Set(builtIn.keys) == Set(folder.keys), "run python3 scripts/builtin-theme.py")
        for (path, data) in folder {
            #expect(builtIn[path] == data, "\(path) differs from the built-in theme: run python3 scripts/builtin-theme.py")
        }
    }

    @Test func anArchiveWithoutTemplatesBuildsTheSameSite() throws {
        let full = try SiteFixture(.sample)
        defer { full.remove() }
        #expect(full.build().exitStatus == 0)
        let bare = try SiteFixture(.sample)
        defer { bare.remove() }
        try FileManager.default.removeItem(at: bare.root.appendingPathComponent("templates"))
        let result = bare.build()
        #expect(result.exitStatus == 0 && result.diagnostics.isEmpty, "\(result.diagnostics)")
        let (expected, built) = (SiteFixture.snapshot(full.output), SiteFixture.snapshot(bare.output))
        #expect(expected.count > 100)
        #expect(Set(expected.keys) == Set(built.keys))
        #expect(expected.filter { built[$0.key] != $0.value }.keys.sorted() == [])
    }

    /// The paths whose bytes differ between two built sites.
    static func differences(_ a: SiteFixture, _ b: SiteFixture) -> [String] {
        let (one, two) = (SiteFixture.snapshot(a.output), SiteFixture.snapshot(b.output))
        return Set(one.keys).union(two.keys).filter { one[$0] != two[$0] }.sorted()
    }

    @Test func aTemplatesFolderWithOnlyTheCaseTemplateChangesOnlyCasePages() throws {
        let full = try SiteFixture()
        defer { full.remove() }
        #expect(full.build().exitStatus == 0)
        let site = try SiteFixture()
        defer { site.remove() }
        let templates = site.root.appendingPathComponent("templates")
        let caseTemplate = try String(contentsOf: templates.appendingPathComponent("case.mustache"), encoding: .utf8)
        try FileManager.default.removeItem(at: templates)
        try site.write("templates/case.mustache", caseTemplate.replacingOccurrences(of: "{{/content}}", with: "<p class=\"own\">ours</p>{{/content}}"))
        let result = site.build()
        #expect(result.exitStatus == 0 && result.diagnostics.isEmpty, "\(result.diagnostics)")
        let changed = Self.differences(full, site)
        #expect(!changed.isEmpty)
        #expect(changed.allSatisfy { $0.hasPrefix("cases/") && $0.hasSuffix("/index.html") && $0 != "cases/index.html" }, "\(changed)")
        #expect(try site.read("public/\(changed[0])").contains("<p class=\"own\">ours</p>"))
    }

    @Test func anOverriddenAssetReplacesOnlyThatAsset() throws {
        let full = try SiteFixture()
        defer { full.remove() }
        #expect(full.build().exitStatus == 0)
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates"))
        try site.write("templates/assets/style.css", "body { color: teal; }\n")
        #expect(site.build().exitStatus == 0)
        #expect(Self.differences(full, site) == ["assets/style.css"])
        #expect(try site.read("public/assets/style.css") == "body { color: teal; }\n")
    }

    /// `serve` without a templates folder answers as the build writes, the assets included.
    @Test func theDevServerServesTheBuiltInTheme() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates"))
        try site.write("templates/assets/search.js", "// ours\n")
        let dev = DevSite(options: DevSiteTests.options(site))
        #expect(dev.problemsText == nil)
        #expect(dev.file(at: "assets/style.css") == Array(BuiltInTheme.files.first { $0.path == "assets/style.css" }!.text.utf8))
        #expect(dev.file(at: "assets/search.js") == Array("// ours\n".utf8))
        #expect(dev.file(at: "assets/nothing.css") == nil)
        try DevSiteTests.expectSameAsBuild(dev, site)
    }

    @Test func anOverriddenCatalogueChangesItsWords() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates"))
        try site.write("templates/i18n/en.yml", "nav:\n  cases: Prosecutions\n")
        #expect(site.build().exitStatus == 0)
        #expect(try site.read("public/index.html").contains(">Prosecutions<"))
    }

    @Test func aNamedTemplatesFolderThatIsMissingIsAnError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var options = BuildOptions(content: "content", templates: "templtes", includeDrafts: false, relativeTo: site.root)
        options.templatesRequired = true
        let result = Builder.check(options)
        #expect(result.exitStatus == 2)
        #expect(result.diagnostics.map(\.description) == [
            "templtes:1:1: error: templates folder not found; check the --templates path, or leave the option out for templates/ if there is one, else the built-in theme",
        ])
    }

    @Test func exportWritesTheThemeAndNeverOverwrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try ThemeExport.export(to: folder.appendingPathComponent("mine"), shown: "mine")
        #expect(written.count == Self.repositoryTheme().count)
        #expect(written.contains("mine/partials/header.mustache"))
        #expect(SiteFixture.snapshot(folder.appendingPathComponent("mine")) == Self.repositoryTheme())
        // One edited file makes the whole export refuse, and the file stays as the editor left it.
        let own = folder.appendingPathComponent("again/case.mustache")
        try FileManager.default.createDirectory(at: own.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: own)
        #expect(throws: NewFileError(reason: .archive, message: "again/case.mustache already exists; nothing was written. Export into a new folder, or move the files away first")) {
            try ThemeExport.export(to: folder.appendingPathComponent("again"), shown: "again")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("again").path) == ["case.mustache"])
        #expect(try String(contentsOf: own, encoding: .utf8) == "mine\n")
    }

    /// `theme export content` wrote 42 theme files among the archive's, each then a warning of
    /// `check`; into a site casebook built, files the next build refused or deleted.
    @Test func exportRefusesAContentFolderAndABuiltSite() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = SiteFixture.snapshot(site.root)
        for (name, why) in [("content", "is an archive's content folder"),
                            ("public", "is a site casebook built, which the next build replaces"),
                            ("public/theme", "lies inside \(OutputGuard.realPath(site.root.appendingPathComponent("public"))), a site casebook built, which the next build replaces")] {
            #expect(throws: NewFileError(reason: .io, message: "\(name) \(why); nothing was written. Export into the archive's own templates/ folder, beside content/")) {
                try ThemeExport.export(to: site.root.appendingPathComponent(name), shown: name)
            }
        }
        #expect(SiteFixture.snapshot(site.root) == before)
    }

    /// Before the first build, `theme export public` wrote 42 files where no build reads a
    /// theme, and the first build then refused public/ as holding an editor's files;
    /// `theme export content/pages` wrote them among the archive's pages, each a warning.
    @Test func exportRefusesTheOutputFolderBeforeTheFirstBuildAndAFolderInsideContent() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let before = SiteFixture.snapshot(site.root)
        let real = { (path: String) in OutputGuard.realPath(site.root.appendingPathComponent(path)) }
        for (name, why) in [("public", "is the folder casebook build writes the site into, which a build replaces whole"),
                            ("public/theme", "lies inside \(real("public")), the folder casebook build writes the site into, which a build replaces whole"),
                            ("content/pages", "lies inside \(real("content")), an archive's content folder"),
                            ("content/cases/theme", "lies inside \(real("content")), an archive's content folder")] {
            #expect(throws: NewFileError(reason: .io, message: "\(name) \(why); nothing was written. Export into the archive's own templates/ folder, beside content/")) {
                try ThemeExport.export(to: site.root.appendingPathComponent(name), shown: name)
            }
        }
        #expect(SiteFixture.snapshot(site.root) == before)
        #expect(site.build().succeeded)
        // A folder of that name elsewhere is anyone's to use.
        let elsewhere = site.root.appendingPathComponent("themes/public")
        #expect(try ThemeExport.export(to: elsewhere, shown: "themes/public").count == BuiltInTheme.files.count)
    }

    /// Exporting into a file was told in Foundation's words ("A file with the same name already exists").
    @Test func exportIntoAFileIsRefusedInWords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("notes\n".utf8).write(to: folder.appendingPathComponent("afile"))
        #expect(throws: NewFileError(reason: .io, message: "afile is a file, not a folder; nothing was written. Name a new folder")) {
            try ThemeExport.export(to: folder.appendingPathComponent("afile"), shown: "afile")
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("afile"), encoding: .utf8) == "notes\n")
    }

    @Test func checkNamesAnOverridesUnknownValueAtItsLine() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates"))
        try site.write("templates/case.mustache", """
            {{<layout}}{{$content}}
            <h1>{{titel}}</h1>
            {{#facts}}{{words.nav.casez}}{{/facts}}{{{ body_html }}}{{^empty(.charges)}}{{.}}{{/empty(.charges)}}
            {{=<% %>=}}<%frobnicate%><%={{ }}=%>
            {{/content}}{{/layout}}

            """)
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        // `{{.}}` prints the whole page: check renders the pages of a changed template, and
        // finds that as build would.
        #expect(result.exitStatus == 1)
        #expect(result.diagnostics.map(\.description) == [
            "templates/case.mustache:2:5: warning: the template uses 'titel', which no page provides, so it shows nothing; did you mean 'title'?",
            "templates/case.mustache:3:11: warning: the template uses 'words.nav.casez', which no word catalogue has, so it shows nothing; did you mean 'words.nav.cases'?",
            "templates/case.mustache:3:77: error: '.' is a group of fields (root, site_root, site, footer_pages, nav, words …), which has no text of its own: print one of its fields, {{root}} (first on cases/ablyazov-2018/index.html)",
            "templates/case.mustache:4:12: warning: the template uses 'frobnicate', which no page provides, so it shows nothing; docs/theme.md lists every value",
        ])
    }

    /// The built-in theme names nothing the pages lack: every warning above is the override's.
    @Test func theBuiltInThemeUsesOnlyValuesThePagesProvide() {
        for file in BuiltInTheme.files where file.path.hasSuffix(".mustache") {
            #expect(TemplateNames.problems(in: file.text, file: file.path).map(\.description) == [])
        }
    }

    /// `TemplateFieldTypes` lists every struct the sources declare as template values.
    @Test func theFieldTypesListHasEveryTypedValue() throws {
        let declared = try ThemeDocTests.declaredTemplateValues()
        #expect(declared.count > 40)
        #expect(declared == Set(TemplateFieldTypes.all.map { String(describing: $0) }))
    }
}
