/// Diagnostics as text for a terminal: one `file:line:column: severity: message` line each,
/// sorted by file and position, and a one-line summary.
public struct DiagnosticReport: Sendable {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    public var text: String {
        diagnostics.map { $0.description + "\n" }.joined()
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.count - errorCount }

    /// "3 errors, 1 warning in 2 files".
    public var summary: String {
        let files = Set(diagnostics.map(\.file)).count
        return "\(plural(errorCount, "error")), \(plural(warningCount, "warning")) in \(plural(files, "file"))"
    }

    /// " (2 warnings)" after a successful build's summary line, or nothing.
    public var warningSuffix: String {
        warningCount == 0 ? "" : " (\(plural(warningCount, "warning")))"
    }

    func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}
