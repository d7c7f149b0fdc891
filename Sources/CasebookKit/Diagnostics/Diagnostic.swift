/// A position in a content file, counted in the whole file (1-based).
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = SourcePosition(line: 1, column: 1)

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// One problem found in the content or the theme, with everything a contributor needs to fix it.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// Path relative to the folder the build was started from, e.g. `content/cases/x.md`.
    public var file: String
    public var position: SourcePosition
    public var message: String
    /// A problem with the machine rather than the content (a missing folder, a failed
    /// write): `casebook check` and `build` exit with status 2 for these.
    public var isIO: Bool

    public init(_ severity: Severity, _ file: String, _ position: SourcePosition, _ message: String, isIO: Bool = false) {
        self.severity = severity
        self.file = file
        self.position = position
        self.message = message
        self.isIO = isIO
    }

    /// One line, whatever the file name or message holds: control characters and line
    /// separators are shown as escapes (`VisibleText`), so a value cannot forge a line.
    public var description: String {
        "\(VisibleText.escape(file)):\(position.line):\(position.column): \(severity.rawValue): \(VisibleText.escape(message))"
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.position != b.position { return a.position < b.position }
        return a.message < b.message
    }
}

/// Collects the problems of one file (or one stage); merged and sorted at the end of a run.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []
    public let file: String

    public init(file: String) {
        self.file = file
    }

    public mutating func error(_ position: SourcePosition?, _ message: String) {
        items.append(Diagnostic(.error, file, position ?? .start, message))
    }

    public mutating func warning(_ position: SourcePosition?, _ message: String) {
        items.append(Diagnostic(.warning, file, position ?? .start, message))
    }

    public mutating func append(contentsOf other: Diagnostics) {
        items.append(contentsOf: other.items)
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
}
