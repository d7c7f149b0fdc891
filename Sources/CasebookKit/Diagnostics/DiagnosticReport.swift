import Foundation

/// Diagnostics for people and machines: compiler-style text lines, GitHub Actions
/// annotations, or JSON; always sorted by file and position.
public struct DiagnosticReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, github, json
    }

    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.count - errorCount }

    /// "3 errors, 1 warning in 2 files".
    public var summary: String {
        let files = Set(diagnostics.map(\.file)).count
        return "\(Self.count(errorCount, "error")), \(Self.count(warningCount, "warning")) in \(Self.count(files, "file"))"
    }

    /// " (2 warnings)" after a successful build's summary line, or nothing.
    public var warningSuffix: String {
        warningCount == 0 ? "" : " (\(Self.count(warningCount, "warning")))"
    }

    /// One `path:line:column: severity: message` line each; editors and terminals link them.
    public var text: String {
        diagnostics.map { $0.description + "\n" }.joined()
    }

    /// `::error file=…,line=…,col=…::message`, which GitHub shows on the line in a pull request.
    /// Control characters are made visible first (as in `text`), then GitHub's escaping applies.
    public var github: String {
        diagnostics.map { d in
            let file = Self.escapeProperty(VisibleText.escape(d.file)), message = Self.escapeData(VisibleText.escape(d.message))
            return "::\(d.severity.rawValue) file=\(file),line=\(d.position.line),col=\(d.position.column)::\(message)\n"
        }.joined()
    }

    /// File names and messages exactly as they are: the encoder writes every control
    /// character as a `\u00XX` escape, so each value stays inside its string.
    public var json: String { json(missing: nil) }

    /// The document, with `check --missing`'s to-do list as `missing` when one is given.
    public func json(missing: [String]?) -> String {
        struct Entry: Encodable {
            let severity: String, file: String, line: Int, column: Int, message: String
        }
        struct Document: Encodable {
            let diagnostics: [Entry], errors: Int, warnings: Int, missing: [String]?
        }
        let document = Document(
            diagnostics: diagnostics.map { Entry(severity: $0.severity.rawValue, file: $0.file, line: $0.position.line,
                                                 column: $0.position.column, message: $0.message) },
            errors: errorCount, warnings: warningCount, missing: missing)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public func rendered(_ format: Format) -> String {
        switch format {
        case .text: text
        case .github: github
        case .json: json
        }
    }

    // GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// "1 error", "3 files": editor-facing messages stay English in code (readers' words
    /// are the catalogue's).
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
