import ArgumentParser
import CasebookKit
import Dispatch
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site in memory, serve it on this computer, and rebuild and reload the browser as files change.",
        discussion: "Nothing is written: public/ is left as it is. Pages are rendered as the browser asks for them.")

    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The theme's templates folder; by default templates/ over the built-in theme, or the built-in theme alone.")
    var templates: String?
    @Option(help: "The address to listen on; the default answers this computer only.") var host = "127.0.0.1"
    @Option(help: "The port to listen on (0: any free port).") var port: UInt16 = 8000
    @Flag(help: "Include drafts, marked as drafts.") var drafts = false
    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The day figures such as \"held now\" are counted at: YYYY-MM-DD or 'today'. Default: site.yml 'as_of', else the latest 'updated' of any case.",
        valueName: "DATE"))
    var asOf: String?

    func validate() throws {
        if let asOf, AsOfChoice.parse(asOf) == nil {
            throw ValidationError("--as-of needs a date like 2024-01-01 (YYYY, YYYY-MM or YYYY-MM-DD) or 'today', found '\(VisibleText.escape(asOf))'")
        }
        try ArchiveOptions.refuseEmpty(content: content, templates: templates)
    }

    func run() async throws {
        var options = BuildOptions(content: content, templates: templates ?? "templates", includeDrafts: drafts)
        options.templatesRequired = templates != nil
        options.asOf = asOf.flatMap(AsOfChoice.parse)
        let problems = ServePreflight.problems(options, host: host, port: port)
        guard problems.isEmpty else {
            FileHandle.standardError.write(Data(problems.map { $0 + "\n" }.joined().utf8))
            throw ExitCode(2)
        }
        let clock = ContinuousClock.now
        let site = DevSite(options: options)
        let terminal = Terminal()
        let elapsed = clock.duration(to: .now).components
        terminal.report(site.summary, seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18, initial: true)

        let server: DevServer
        do {
            server = try await DevServer.start(site: site, host: host, port: port)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        server.events.reload(generation: site.generation)
        site.onRebuild { rebuild in
            terminal.report(rebuild, seconds: rebuild.seconds, initial: false)
            server.events.reload(generation: rebuild.generation)
        }
        let watcher: Watcher
        do {
            watcher = try Watcher(folders: site.watchedFolders) { site.changed($0) }
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        if !LoopbackAddress.contains(host) {
            FileHandle.standardError.write(Data("note: listening on \(host): other computers can read this preview, drafts included\n".utf8))
        }
        Terminal.say("Serving \(content)/ at \(server.url) (Ctrl-C to stop)")

        // Ctrl-C: stop watching, close every connection, and leave nothing behind.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let stop = FirstResult<Void>()
        let sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.offer(()) }
            source.resume()
            return source
        }
        await stop.value
        watcher.stop()
        // The server closes every connection at once; should that ever take long, the
        // process leaves anyway: Ctrl-C must stop it within a second. The deadline is a
        // Dispatch timer, so a busy task pool cannot delay it.
        let stopped = FirstResult<Bool>()
        Task {
            await server.stop()
            stopped.offer(true)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.7) { stopped.offer(false) }
        let clean = await stopped.value
        sources.forEach { $0.cancel() }
        Terminal.say(clean ? "\nStopped." : "\nStopped (some connections were cut).")
    }
}

/// Lines the dev server prints as it rebuilds. Problems are printed when they change, not
/// again for the full link that follows a quick one.
final class Terminal: @unchecked Sendable {
    private let lock = NSLock()
    private var shownProblems: String?

    /// A line on standard output, written at once: a script or a log reading the pipe sees it now.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    func report(_ rebuild: DevSite.Rebuild, seconds: Double, initial: Bool) {
        lock.lock()
        defer { lock.unlock() }
        let time = seconds >= 1 ? String(format: "%.2f s", seconds) : String(format: "%.0f ms", seconds * 1000)
        let warnings = rebuild.warningCount == 0 ? "" : " (\(rebuild.warningCount) warning\(rebuild.warningCount == 1 ? "" : "s"); `casebook check` lists them)"
        if let problems = rebuild.problems {
            guard problems != shownProblems else { return }
            shownProblems = problems
            FileHandle.standardError.write(Data(problems.utf8))
            let shown = initial ? "nothing to show until they are fixed" : "the browser shows them over the last good build"
            FileHandle.standardError.write(Data("\(rebuild.errorCount) error\(rebuild.errorCount == 1 ? "" : "s") (\(time)); \(shown)\n".utf8))
            return
        }
        shownProblems = nil
        if initial {
            Self.say("Built in memory in \(time)\(warnings)")
        } else if rebuild.quick {
            Self.say("Rebuilt the case in \(time); the rest of the site follows")
        } else {
            Self.say("Rebuilt in \(time)\(warnings)")
        }
    }
}
