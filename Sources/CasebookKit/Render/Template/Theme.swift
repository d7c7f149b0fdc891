import Foundation
import Mustache

/// The templates of a theme, loaded and checked before anything is rendered.
public struct Theme: Sendable {
    public let library: MustacheLibrary
    public let assetsDirectory: URL?
    /// The assets to publish, as the load stage found them (`ThemeFiles`).
    var assetFiles: [StaticFile] = []
    /// The own assets' bytes as read with the theme (`ThemeFiles.assetBytes`; the dev server
    /// only): checked, and served while this theme's pages are, however the files change since.
    var assetBytes: [String: [UInt8]] = [:]
    /// A tag of those bytes (the dev server's): a page's reload tag covers it (`PageResources`).
    var assetsTag = ""
    /// The templates compiled for fast rendering; nil when the theme uses a Mustache feature
    /// the compiled renderer leaves to swift-mustache (see `TemplateCompiler`).
    let compiled: [String: CompiledTemplate]?
    /// For a theme left to swift-mustache, which has no limit: the templates compiled as long
    /// as they render (`TemplateCompiler`'s `budget`), rendered first within the budget.
    let budgetTemplates: [String: CompiledTemplate]?
    /// The pages left to swift-mustache so far, and why (printed under `--verbose`).
    let fallbacks = RenderFallbacks()
    /// The theme's word catalogues (`i18n/<language>.yml`), each over the built-in English.
    var catalogues: [String: Catalogue] = [:]
    /// The entries each catalogue file gives itself, for `languageProblems`.
    var catalogueKeys: [String: CatalogueKeys] = [:]
    /// Where templates reach a file every language shares through `{{root}}` (see `languageProblems`).
    var sharedFilesFromRoot: [(file: String, position: SourcePosition)] = []
    /// The theme folder's own templates and catalogues as written, for `ThemeLeakCheck`.
    var ownTexts: [(file: String, text: String)] = []
    /// The templates the theme folder gives that differ from the built-in ones (`case.mustache`):
    /// only such a template can fail as it renders, which `check` then renders for (`ThemeRenderCheck`).
    var changedTemplates: Set<String> = []
    /// Each template's file as messages name it, for a page that fails as it renders.
    var templateFiles: [String: String] = [:]
    /// Each template's text, to find the tag of a value printed whole (`renderProblems`).
    var templateTexts: [String: String] = [:]

    init(library: MustacheLibrary, assetsDirectory: URL?, names: [String]) {
        self.library = library
        self.assetsDirectory = assetsDirectory
        self.compiled = TemplateCompiler.compile(library, names: names)
        budgetTemplates = compiled == nil ? TemplateCompiler.compile(library, names: names, budget: true) : nil
    }

    /// Templates every build needs; a theme missing one fails with a message, not a blank page.
    public static let requiredTemplates = [
        "home", "cases", "case", "people", "person", "organizations", "organization", "timeline",
        "timeline-year", "facets", "facet", "page", "404", "statistics", "data", "search", "partials/header", "partials/footer", "partials/case-item",
    ]

    /// Put before every template so its values are escaped by `FastHTMLContentType`; the
    /// content type is registered the first time this is used.
    static let contentTypePragma: String = {
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        return "{{% CONTENT_TYPE: \(FastHTMLContentType.name)}}"
    }()

    /// The theme in `directory` over the built-in one (`ThemeFiles`); `required`: the folder
    /// was named, so a missing one is an error rather than the built-in theme. `keepAssetBytes`:
    /// the assets are read once here, judged and kept as read (`assetBytes`).
    public static func load(from directory: URL, displayName: String, required: Bool = false,
                            keepAssetBytes: Bool = false) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        // Said with the theme, which still builds (`TemplateNames`).
        var warnings: [Diagnostic] = []
        var library = MustacheLibrary()
        var names: Set<String> = []
        var outlines: [String: TemplateGraph.Template] = [:]
        var sharedFilesFromRoot: [(file: String, position: SourcePosition)] = []
        var ownTexts: [(file: String, text: String)] = []
        var changedTemplates: Set<String> = []
        var texts: [String: String] = [:]
        let fm = FileManager.default
        // Every template read, or the reason it cannot be (ThemeFiles), and the assets listed.
        let files = ThemeFiles.read(directory, displayName: displayName, required: required, keepAssetBytes: keepAssetBytes)
        if let problem = files.folderProblem { return (nil, [problem]) }
        diagnostics += files.diagnostics
        warnings += files.warnings
        names.formUnion(files.unreadable)
        for (path, data) in files.templates {
            let file = ThemeFiles.file(path, displayName: displayName, builtIn: files.builtIn)
            let name = String(path.dropLast(".mustache".count))
            // Named even when unreadable, so it is not also reported missing.
            names.insert(name)
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(.error, file, TextDecoding.invalidPosition(data[data.startIndex...]),
                                              "the template is not valid UTF-8 here; save it as UTF-8"))
                continue
            }
            if !files.builtIn.contains(path) {
                ownTexts.append((file, text))
                if BuiltInTheme.generated.first(where: { $0.path == path })?.text != text { changedTemplates.insert(path) }
            }
            do {
                // Read first: swift-mustache's parser would overflow the stack on absurd nesting.
                let outline = try TemplateOutline.read(text)
                // Past the size limit, swift-mustache's parser would take minutes (`sizeProblem`).
                if let problem = TemplateChecks.sizeProblem(text, file: file) {
                    diagnostics.append(problem)
                    continue
                }
                _ = try MustacheTemplate(string: Self.contentTypePragma + text)  // errors at the author's positions
                library.register(try MustacheTemplate(string: Self.contentTypePragma + Self.placeRoot(in: text)), named: name)
                outlines[name] = TemplateGraph.Template(file: file, outline: outline)
                texts[name] = text
                sharedFilesFromRoot += Self.rootLinksToSharedFiles(in: text).map { (file, $0) }
                warnings += TemplateNames.problems(in: text, file: file)
                diagnostics += TemplateChecks.problems(name: name, text: text, file: file)
            } catch let problem as TemplateOutline.Problem {
                diagnostics.append(Diagnostic(.error, file, problem.position, problem.message))
            } catch let error as MustacheTemplate.ParserError {
                if let problem = TemplateSections.problem(in: text) {
                    diagnostics.append(Diagnostic(.error, file, problem.position, "the template does not parse: \(problem.message)"))
                    continue
                }
                // The pragma put before line 1 is not the author's: positions exclude it.
                let column = error.context.columnNumber - (error.context.lineNumber == 1 ? Self.contentTypePragma.count : 0)
                diagnostics.append(Diagnostic(.error, file,
                    SourcePosition(line: error.context.lineNumber, column: max(1, column)),
                    "the template does not parse: \(Self.explain(error.error)), in '\(error.context.line.trimmingSpaces)'"))
            } catch {
                let problem = TemplateSections.problem(in: text)
                diagnostics.append(Diagnostic(.error, file, problem?.position ?? .start, "the template does not parse: \(problem?.message ?? "\(error)")"))
            }
        }
        for template in outlines.values {
            for use in template.outline.references where !names.contains(use.name) {
                let near = Suggestion.phrase(for: use.name, in: names)
                diagnostics.append(Diagnostic(.error, template.file, use.position,
                    "the template names a partial '\(use.name)' that does not exist (no \(use.name).mustache)\(near)"))
            }
        }
        let own = Set(outlines.keys.filter { !files.builtIn.contains($0 + ".mustache") })
        // A template that did not parse reaches nothing yet: its partials would look unused.
        if diagnostics.isEmpty { warnings += TemplateUsage.unused(outlines, own: own) }
        // Loops and deep chains through the templates that parsed; one that did not parse is
        // left out until it does.
        let loops = TemplateGraph.check(outlines)
        diagnostics += loops
        // A layout caught in a loop places nothing worth counting: the loop is what to fix.
        if loops.isEmpty { diagnostics += TemplateBlocks.problems(outlines) }
        for name in requiredTemplates where !names.contains(name) {
            diagnostics.append(Diagnostic(.error, "\(displayName)/\(name).mustache", .start,
                "the theme has no '\(name)' template, which the build needs"))
        }
        var catalogues: [String: Catalogue] = [:]
        var catalogueKeys: [String: CatalogueKeys] = [:]
        for file in files.catalogues {
            // Read as content files are: a byte order mark and CRLF line ends are fine, bytes
            // that are not UTF-8 are an error at their place, never replaced silently.
            var decoding = Diagnostics(file: "\(displayName)/\(file.path)")
            guard let text = TextDecoding.decode(file.data, diagnostics: &decoding) else {
                diagnostics += decoding.items
                continue
            }
            let (catalogue, problems) = CatalogueReader.read(text, file: "\(displayName)/\(file.path)", over: Catalogue.base(for: file.language),
                                                           language: file.language)
            diagnostics += problems
            catalogues[file.language] = catalogue
            let own = CatalogueReader.read(text, file: "\(displayName)/\(file.path)", over: nil).0
            catalogueKeys[file.language] = CatalogueKeys(file: "\(displayName)/\(file.path)", keys: Self.keys(of: own), text: text)
            ownTexts.append(("\(displayName)/\(file.path)", text))
        }
        diagnostics += TemplateChecks.assetProblems(files.assets, read: files.assetBytes, displayName: displayName)
        let assets = directory.appendingPathComponent("assets")
        guard diagnostics.isEmpty else { return (nil, diagnostics + warnings) }
        var theme = Theme(library: library, assetsDirectory: fm.fileExists(atPath: assets.path) ? assets : nil,
                          names: names.sorted())
        theme.assetFiles = files.assets
        theme.assetBytes = files.assetBytes
        theme.catalogues = catalogues
        theme.catalogueKeys = catalogueKeys
        theme.sharedFilesFromRoot = sharedFilesFromRoot
        theme.ownTexts = ownTexts
        theme.changedTemplates = changedTemplates
        theme.templateFiles = outlines.mapValues(\.file)
        theme.templateTexts = texts
        return (theme, warnings)
    }

    /// Parsed once: a regex literal is parsed each time it is evaluated.
    nonisolated(unsafe) static let rootTag = #/\{\{\{\s*root\s*\}\}\}|\{\{&?\s*root\s*\}\}/#

    /// `{{root}}` is the same marker on every page (the writer turns it into the way up to
    /// the site root), so it is put into the template text once, here, instead of being
    /// looked up through the context stack at every link of every page.
    static func placeRoot(in text: String) -> String {
        guard text.contains("root") else { return text }
        return text.replacing(rootTag, with: SitePaths.rootMarker)
    }

    /// swift-mustache's parser errors in words.
    static func explain(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: "a section is closed with another name than the one it was opened with"
        // Every tag is closed (`TemplateSections` found none that is not): the name is what does not read.
        case .unfinishedName?: "a tag's name cannot be read: a name is letters, digits, '_', '-' and '.', with transforms as in "
            + "{{uppercased(title)}}; Mustache has no filters ({{title | upper}}) and no white-space control ({{- title -}})"
        case .transformAppliedToInheritanceSection?: "a layout or block tag ({{<name}}, {{$name}}) takes no transform"
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
            "inside {{<layout}} … {{/layout}} only blocks ({{$content}}…{{/content}}) may stand: put the rest inside a block"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
            "a pragma tag ({{%…}}) that is not a known setting; casebook sets the content type itself, so remove it"
        case .expectedSectionEnd?: "a section is opened but never closed"
        case .invalidSetDelimiter?: "the set-delimiter tag is invalid"
        default: "\(error)"
        }
    }
}
