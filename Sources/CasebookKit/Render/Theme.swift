import Foundation
import Mustache

/// The templates of a theme, loaded and checked before anything is rendered.
public struct Theme: Sendable {
    public let library: MustacheLibrary
    public let assetsDirectory: URL?

    /// Templates every build needs; a theme missing one fails with a message, not a blank page.
    public static let requiredTemplates = [
        "home", "cases", "case", "people", "person", "organizations", "organization", "timeline",
        "timeline-year", "facets", "facet", "page", "404",
    ]

    public static func load(from directory: URL, displayName: String) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var names: Set<String> = []
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        // FileManager's enumerator does not fail for a missing folder: ask first.
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue,
              let enumerator = fm.enumerator(atPath: directory.path) else {
            return (nil, [Diagnostic(.error, displayName, .start,
                "templates folder not found; run casebook in the archive's folder or pass --templates DIR", isIO: true)])
        }
        let paths = (enumerator.allObjects as? [String] ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        for path in paths {
            let file = "\(displayName)/\(path)"
            guard let text = try? String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8) else {
                diagnostics.append(Diagnostic(.error, file, .start, "the template could not be read as UTF-8 text"))
                continue
            }
            do {
                let name = String(path.dropLast(".mustache".count))
                library.register(try MustacheTemplate(string: text), named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(.error, file,
                    SourcePosition(line: error.context.lineNumber, column: error.context.columnNumber),
                    "the template does not parse: \(error.error)"))
            } catch {
                diagnostics.append(Diagnostic(.error, file, .start, "the template does not parse: \(error)"))
            }
        }
        for name in requiredTemplates where !names.contains(name) {
            diagnostics.append(Diagnostic(.error, "\(displayName)/\(name).mustache", .start,
                "the theme has no '\(name)' template, which the build needs"))
        }
        let assets = directory.appendingPathComponent("assets")
        let theme = Theme(library: library, assetsDirectory: fm.fileExists(atPath: assets.path) ? assets : nil)
        return (diagnostics.isEmpty ? theme : nil, diagnostics)
    }

    public func render(_ context: [String: Any], template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
