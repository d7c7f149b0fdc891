import Foundation

/// Where a build reads and writes, and what it includes.
public struct BuildOptions: Sendable {
    public var contentDirectory: URL
    public var templatesDirectory: URL
    public var outputDirectory: URL
    public var includeDrafts: Bool
    /// The folder relative paths were taken from: an output that is it, or holds it, is refused.
    public var workingDirectory: URL
    /// How paths appear in messages: as the user wrote them (`content`), not absolute.
    public var contentDisplayName: String
    public var templatesDisplayName: String
    /// The templates folder was named (`--templates`): a missing one is an error. Otherwise a
    /// missing folder means the built-in theme (`BuiltInTheme`).
    public var templatesRequired = false
    public var outputDisplayName: String
    /// Told, once, when the build waits for another build writing beside the same output.
    public var onWait: (@Sendable (String) -> Void)?
    /// Told when each stage starts and, while parsing and rendering, how far it is
    /// (at most about ten times a second); called on any thread, so it must be quick.
    public var progress: (@Sendable (BuildProgress) -> Void)?
    /// False for a process that exits after this one build: the archive's millions of small
    /// objects are then left for the exit to reclaim, rather than freed one by one on the
    /// build's last, single-threaded stretch (about 0.2 s for 10,000 cases).
    public var freesMemory = true
    /// `--as-of`: the day figures are counted at; nil for site.yml's `as_of`, else the default.
    public var asOf: AsOfChoice?
    /// `check --against FILE`: a published site's `data/cases.json` (its people.csv and
    /// organizations.csv read beside it), whose ids must all still lead somewhere
    /// (`AddressCheck`); as written, relative to `workingDirectory`.
    public var against: String?

    /// `asOf` as a day, `today` read off the clock (UTC) once, here.
    public var resolvedAsOf: AsOf? {
        switch asOf {
        case nil: nil
        case .date(let date): AsOf(date: date, source: .option)
        case .today: AsOf(date: PartialDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))), source: .today)
        }
    }

    public init(content: String = "content", templates: String = "templates", output: String = "public",
                includeDrafts: Bool = false, relativeTo base: URL? = nil) {
        let base = base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func resolve(_ path: String) -> URL {
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
        }
        workingDirectory = base.standardizedFileURL
        contentDirectory = resolve(content).standardizedFileURL
        templatesDirectory = resolve(templates).standardizedFileURL
        outputDirectory = resolve(output).standardizedFileURL
        self.includeDrafts = includeDrafts
        contentDisplayName = content.hasSuffix("/") ? String(content.dropLast()) : content
        templatesDisplayName = templates.hasSuffix("/") ? String(templates.dropLast()) : templates
        outputDisplayName = output.isEmpty ? "." : output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
    }
}

/// What a build did: pages written, or the problems that stopped it.
public struct BuildResult: Sendable {
    public var pagesWritten: Int = 0
    public var filesCopied: Int = 0
    public var diagnostics: [Diagnostic] = []
    public var seconds: Double = 0
    /// Seconds per stage, in pipeline order: load, parse, link, render, write
    /// (`BuildProgress.Stage` names them).
    public var stageSeconds: [(stage: String, seconds: Double)] = []
    /// True when the output was missing after an interrupted build and its previous site was
    /// put back (`OutputSwap.recover`): a failed build must not say the output "was not changed".
    public var restoredOutput = false
    /// What swift-mustache rendered in the compiled renderer's place, one line per reason
    /// with the number of pages (`RenderFallbacks`); `--verbose` prints them.
    public var renderFallbacks: [String] = []
    /// What the build did instead of something it could not do, said once (no git history).
    public var notes: [String] = []
    /// What is left to translate (`casebook check` only; nil when site.yml could not be read).
    public var translationStatus: TranslationStatus?

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var succeeded: Bool { errors.isEmpty }
    /// True when a folder could not be read or the output could not be written.
    public var hasIOErrors: Bool { diagnostics.contains { $0.isIO } }
    /// The documented exit status: 0 without errors (warnings allowed), 1 for errors in the
    /// content or theme, 2 for file problems (a folder that cannot be read, an output refused
    /// or that cannot be written).
    public var exitStatus: Int32 { succeeded ? 0 : hasIOErrors ? 2 : 1 }
}
