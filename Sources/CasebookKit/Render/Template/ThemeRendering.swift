import Mustache

/// What a page is rendered with: the words of its language, and the compiled templates,
/// or swift-mustache where they cannot render it (recorded in `fallbacks`).
extension Theme {
    /// The words of a site in `language` (site.yml): the theme's catalogue of that tag, or
    /// of its language alone (`ru` for `ru-KZ`), else casebook's own catalogue of the
    /// language, else the theme's English one, else the built-in English.
    func words(for language: String) -> Catalogue {
        let primary = LanguageCode.primary(language)
        return catalogues[language] ?? catalogues[primary] ?? Catalogue.builtIn[primary] ?? catalogues["en"] ?? .english
    }

    /// `path` names what is rendered in the fallback record (a page path, or a fragment).
    func render(_ value: any TemplateFields, template: String, path: String) -> String {
        String(decoding: renderBytes(value, template: template, path: path), as: UTF8.self)
    }

    /// The page as UTF-8, by the compiled templates when the theme and the values allow it;
    /// otherwise by swift-mustache, recorded in `fallbacks` with the reason. `templates`:
    /// the compiled templates as a language's renderer specialized them (`WordsFolding`).
    func renderBytes(_ value: any TemplateFields, template: String, path: String,
                     templates: [String: CompiledTemplate]? = nil) -> [UInt8] {
        do {
            guard let compiled = templates ?? compiled else {
                fallbacks.record(template: template, path: path, reason: RenderFallbacks.uncompiledTheme)
                if let budgetTemplates { _ = try TemplateRenderer.render(template, context: value, templates: budgetTemplates) }
                return Array((library.render(value, withTemplate: template) ?? "").utf8)
            }
            return try TemplateRenderer.render(template, context: value, templates: compiled) { whole in
                fallbacks.printedWhole(whole, template: template, path: path)
            }
        } catch is TemplateRenderer.TooLarge {
            // Never handed to swift-mustache, which would grow it without end; the build fails.
            fallbacks.fail(template: template, path: path)
            return Array("<p>casebook: \(RenderFallbacks.tooLargeMessage(template))</p>\n".utf8)
        } catch is TemplateRenderer.TooDeep {
            // `Theme.load` refuses any theme that could get here; swift-mustache, which
            // has no such limit, must not be asked to try.
            return Array("<p>casebook: the templates nest too deeply to render this page.</p>\n".utf8)
        } catch {
            let reason = (error as? TemplateValue.Unsupported)?.reason ?? "\(error)"
            fallbacks.record(template: template, path: path, reason: reason)
            return Array((library.render(value, withTemplate: template) ?? "").utf8)
        }
    }
}
