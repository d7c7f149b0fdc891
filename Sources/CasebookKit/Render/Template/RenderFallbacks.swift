import Foundation

/// The pages the compiled renderer left to swift-mustache, and why: the fallback renders the
/// same bytes, only slower, so it is kept, but never silently. `--verbose` prints one line
/// per reason with the number of pages, the templates and the first page.
final class RenderFallbacks: @unchecked Sendable {
    struct Reason: Sendable {
        var pages = 0
        var templates: [String] = []
        var firstPath = ""
    }

    /// The reason when the theme as a whole cannot be compiled (`TemplateCompiler.compile` is nil).
    static let uncompiledTheme = "the theme uses a feature the compiled renderer leaves to swift-mustache"

    private let lock = NSLock()
    private var reasons: [String: Reason] = [:]
    private var order: [String] = []
    /// Pages that went past the renderer's budget (`TemplateRenderer.TooLarge`), which fail the build.
    private var tooLarge: [(template: String, path: String)] = []

    /// Groups and lists printed whole (`WholeValue`), the first page of each, by template and name.
    private var whole: [String: (template: String, path: String, value: WholeValue)] = [:]

    func printedWhole(_ value: WholeValue, template: String, path: String) {
        lock.lock()
        defer { lock.unlock() }
        let key = template + "\u{0}" + value.name
        // The first page by path, but one that shows the fields (a list that is empty there does not).
        if let known = whole[key] {
            let knownShows = !known.value.fields.isEmpty, shows = !value.fields.isEmpty
            if knownShows != shows ? knownShows : known.path <= path { return }
        }
        whole[key] = (template, path, value)
    }

    var wholeValues: [(template: String, path: String, value: WholeValue)] {
        lock.lock()
        defer { lock.unlock() }
        return whole.keys.sorted().map { whole[$0]! }
    }

    /// How many problems rendering has recorded (values printed whole, pages past the
    /// budget): the dev server, which renders pages as they are asked for, tells a new one.
    var problemCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return whole.count + tooLarge.count
    }

    func fail(template: String, path: String) {
        lock.lock()
        defer { lock.unlock() }
        tooLarge.append((template, path))
    }

    /// The pages past the budget, the first of each template, in template order.
    var failures: [(template: String, path: String)] {
        lock.lock()
        defer { lock.unlock() }
        var seen: Set<String> = []
        return tooLarge.sorted { ($0.template, $0.path) < ($1.template, $1.path) }.filter { seen.insert($0.template).inserted }
    }

    static func tooLargeMessage(_ template: String) -> String {
        "a page made from the template '\(template)' grew past \(TemplateRenderer.maxOutput >> 20) MB (or \(TemplateRenderer.maxEntries >> 20) million "
            + "sections) and was stopped: a list is probably repeated inside itself ({{#nav}}…{{#nav}}, where the inner name "
            + "finds the outer list again); write {{.name}} inside a section to look only in the current item"
    }

    func record(template: String, path: String, reason: String) {
        lock.lock()
        defer { lock.unlock() }
        var entry = reasons[reason] ?? { order.append(reason); return Reason(firstPath: path) }()
        entry.pages += 1
        if !entry.templates.contains(template) { entry.templates.append(template) }
        reasons[reason] = entry
    }

    /// What was recorded, by reason, in the order the reasons first came up.
    var recorded: [(reason: String, entry: Reason)] {
        lock.lock()
        defer { lock.unlock() }
        return order.map { ($0, reasons[$0]!) }
    }

    /// One line per reason: "rendered by swift-mustache: 3 pages (templates 'case', 'person';
    /// first cases/a/index.html): a value printed whole".
    var lines: [String] {
        recorded.map { reason, entry in
            let templates = entry.templates.map { "'\($0)'" }.joined(separator: ", ")
            let noun = entry.pages == 1 ? "page" : "pages"
            let label = entry.templates.count == 1 ? "template" : "templates"
            return "rendered by swift-mustache: \(entry.pages) \(noun) (\(label) \(templates); first \(entry.firstPath)): \(reason)"
        }
    }
}
