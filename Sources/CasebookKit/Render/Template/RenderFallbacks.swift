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
