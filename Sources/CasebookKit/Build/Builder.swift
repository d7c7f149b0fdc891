import Foundation

/// The whole build in one function: load -> parse -> link -> render -> write.
/// Any error stops the build before the output is touched; the previous site stays as it was.
public enum Builder {
    public static func build(_ options: BuildOptions) -> BuildResult {
        timed { run(options, write: true) }
    }

    /// Everything the build does but writing: every check, nothing written. Pages are rendered
    /// only for a theme with templates of its own (`ThemeRenderCheck`).
    public static func check(_ options: BuildOptions) -> BuildResult {
        timed { run(options, write: false) }
    }

    static func timed(_ body: () -> BuildResult) -> BuildResult {
        let clock = ContinuousClock.now
        var result = body()
        result.seconds = clock.duration(to: .now).seconds
        return result
    }

    static func run(_ options: BuildOptions, write: Bool) -> BuildResult {
        var result = BuildResult()
        let progress = options.progress
        var stageStart = ContinuousClock.now
        func endStage(_ stage: BuildProgress.Stage) {
            let now = ContinuousClock.now
            result.stageSeconds.append((stage.rawValue, stageStart.duration(to: now).seconds))
            stageStart = now
        }

        // The output first: it is refused before anything is read when a build there could
        // delete anything but a site casebook wrote, and its lock is held from here on.
        var writer: OutputWriter?
        if write {
            do {
                writer = try OutputWriter(target: options.outputDirectory, options: options)
                result.restoredOutput = writer?.restored != nil
                let beside = options.outputDirectory.deletingLastPathComponent()
                for name in writer?.leftovers ?? [] {
                    result.diagnostics.append(Diagnostic(.warning, options.outputDisplayName, .start,
                        "a previous site beside it, \(VisibleText.escape(beside.appendingPathComponent(name).path)), could not be deleted: this user may not delete what it holds; delete it by hand (as the user who built it, or with the permissions fixed)", isIO: true))
                }
            } catch {
                result.diagnostics.append(outputProblem(error, options))
            }
        }

        // Load: find the files; nothing is parsed yet. The theme is read and compiled on a
        // thread of its own meanwhile, and while the content is parsed (a tenth of a second
        // on one core, which otherwise came before everything else).
        progress?(BuildProgress(.load))
        let themeLoading = BackgroundValue {
            Theme.load(from: options.templatesDirectory, displayName: options.templatesDisplayName,
                       required: options.templatesRequired)
        }
        // Git's answers take a few processes; they run while the files are found and parsed.
        let historyReading = BackgroundValue {
            GitHistory.read(content: options.contentDirectory, templates: options.templatesDirectory,
                            contentName: options.contentDisplayName, templatesName: options.templatesDisplayName, writesCache: write)
        }
        let loaded = ContentLoader.load(contentDirectory: options.contentDirectory, displayName: options.contentDisplayName)
        result.diagnostics += loaded.diagnostics
        endStage(.load)

        // Parse: site.yml first (its vocabularies check every other file), then all files in parallel.
        let (parsed, parseProblems) = parse(loaded, displayName: options.contentDisplayName, progress: progress)
        // A misspelled language that is the default one: told once the default is known.
        if !loaded.misnamedLanguages.isEmpty, !parseProblems.contains(siteUnusable(options.contentDisplayName)) {
            result.diagnostics = TranslationName.defaultLanguage(result.diagnostics, misnamed: loaded.misnamedLanguages, site: parsed.site)
        }
        let content = (consume parsed).with(history: historyReading.value)
        result.notes += content.history.fallback.map { [$0] } ?? []
        let (theme, themeProblems) = themeLoading.value
        result.diagnostics += themeProblems
        result.diagnostics += parseProblems
        if let theme { result.diagnostics += theme.languageProblems(content.site, displayName: options.templatesDisplayName) }
        // Places no file uses: unknown when the files were not all read.
        if !loaded.filesUnchecked {
            result.diagnostics += PlaceNamesCheck.unused(content, siteFile: "\(options.contentDisplayName)/site.yml")
        }
        if !write, !parseProblems.contains(siteUnusable(options.contentDisplayName)) {
            result.translationStatus = TranslationStatus(content, loaded: loaded, siteFile: "\(options.contentDisplayName)/site.yml",
                                                         includeDrafts: options.includeDrafts)
        }
        endStage(.parse)

        let output = result.succeeded && theme != nil ? writer : nil
        let media = MediaImages(keepMetadata: content.site.keepImageMetadata, displayName: options.contentDisplayName)
        // The theme's own images (a banner photo in templates/assets/) are published by the same rule.
        let assetImages = MediaImages(keepMetadata: content.site.keepImageMetadata, displayName: options.templatesDisplayName)
        // A web page or a scripted SVG in media/ would run under the site's address (ActiveMedia).
        result.diagnostics += ActiveMedia.problems(loaded.mediaFiles, unsafeHTML: content.site.unsafeHTML, displayName: options.contentDisplayName)

        // Link: resolve references, render bodies, build back-links, timeline and facets.
        progress?(BuildProgress(.link))
        let protectedWords = ProtectedWords(people: content.people, translations: content.translations)
        let (linked, linkProblems) = Linker.link(content, includeDrafts: options.includeDrafts, asOf: options.resolvedAsOf, protectedWords: protectedWords)
        if let theme { result.diagnostics += ThemeLeakCheck.problems(theme, words: protectedWords, templatesName: options.templatesDisplayName) }
        if let against = options.against {
            result.diagnostics += AddressCheck.problems(against, in: options.workingDirectory,
                                                        current: AddressCheck.Current(content: content, archive: linked, protected: protectedWords),
                                                        contentName: options.contentDisplayName)
        }
        var archive = linked
        archive.documentSizes = DocumentSizes.measure(archive.cases, files: loaded.mediaFiles)
        // The parsed files are not needed any more; freeing them is a second of work on one
        // core at 100,000 cases, done beside the render stage instead.
        Lifetimes.releaseInBackground(consume content)
        result.diagnostics += linkProblems
        // The build judges the images as it copies them; a check, or a build that stops
        // here, reads them now, so that every problem is told in one run.
        if !(write && result.succeeded && theme != nil && output != nil) {
            result.diagnostics += media.check(loaded.mediaFiles)
            if let theme { result.diagnostics += assetImages.check(theme.assetFiles.filter { $0.contents == nil }) }
        } else if !archive.withheldMedia.isEmpty {
            // A protected person's photo is not copied, so not judged on the way: its GPS
            // position, kept in the repository, is told now.
            result.diagnostics += media.check(loaded.mediaFiles.filter { archive.withheldMedia.contains($0.path) })
        }
        // A check renders the pages of a theme's own templates, as a build would (ThemeRenderCheck).
        if !write, result.succeeded, let theme, ThemeRenderCheck.needed(theme) {
            result.diagnostics += ThemeRenderCheck.problems(archive, theme: theme, includeDrafts: options.includeDrafts)
        }
        // No message quotes a protected name (LeakMask).
        result.diagnostics = LeakMask.masked(result.diagnostics, words: protectedWords).sorted()
        endStage(.link)
        guard write, result.succeeded, let theme, let writer = output else {
            writer?.discard()
            return result
        }

        // Plan: every file of the site, once. A thread of its own starts making the pages'
        // folders now, ahead of the threads that render into them (SiteWriter).
        progress?(BuildProgress(.plan))
        let archives = SiteRendering.languages(of: archive)
        // A protected person's photo is never copied.
        let published = archive.withheldMedia.isEmpty ? loaded.mediaFiles : loaded.mediaFiles.filter { !archive.withheldMedia.contains($0.path) }
        let plan = SitePlan(archives: archives, copies: published + theme.assetFiles, theme: theme)
        let files = SiteWriter(writer)
        files.plan(plan.pageFolders)
        endStage(.plan)

        // Render and write into the staging folder, then swap it into place.
        do {
            do {
                let rendering = SiteRendering(archives: archives, plan: plan, theme: theme, includeDrafts: options.includeDrafts)
                if !options.freesMemory { Lifetimes.keepUntilExit([archive, rendering]) }
                let counter = ProgressCounter(.render, total: plan.pages.count, report: progress)
                // Pages, open data, feed, sitemap, search index: one parallel pass; each file
                // is written by the thread that made it, into folders made ahead of it.
                result.pagesWritten = try rendering.renderAll { path, bytes in
                    try files.write(path, bytes)
                    if path.hasSuffix(".html") { counter.add() }
                }
                try files.finish()
                result.renderFallbacks = theme.fallbacks.lines
                // A page stopped past the renderer's budget, or a value printed whole: the
                // site is not what the theme meant, so it is not swapped in.
                let renderProblems = theme.renderProblems()
                guard renderProblems.isEmpty else {
                    writer.discard()
                    result.diagnostics = (result.diagnostics + renderProblems).sorted()
                    return result
                }
                endStage(.render)
                progress?(BuildProgress(.write))
                let copied = try StaticCopy.copy(plan.copies, into: writer, media: media, assets: assetImages)
                result.filesCopied = copied.count
                result.diagnostics = (result.diagnostics + LeakMask.masked(copied.problems, words: protectedWords)).sorted()
                // A damaged image was not written: the site is not whole, so it is not swapped in.
                guard result.succeeded else {
                    writer.discard()
                    return result
                }
                try writer.commit()
                endStage(.write)
            } catch {
                files.cancel()
                writer.discard()
                throw error
            }
        } catch {
            result.diagnostics.append(outputProblem(error, options))
        }
        return result
    }

    /// A refused or failed output as one line: what was refused and why, or the path that
    /// could not be written and the system's reason.
    static func outputProblem(_ error: any Error, _ options: BuildOptions) -> Diagnostic {
        let shown = options.outputDisplayName.hasSuffix("/") ? options.outputDisplayName : options.outputDisplayName + "/"
        let message = (error as? OutputRefusal).map { "casebook will not build into \(shown): \($0.reason)" }
            ?? "the site could not be written: \(OutputFailure.line(error))"
        return Diagnostic(.error, options.outputDisplayName, .start, message, isIO: true)
    }

    static func parse(_ loaded: LoadedContent, displayName: String,
                      progress: (@Sendable (BuildProgress) -> Void)? = nil) -> (ParsedContent, [Diagnostic]) {
        let counter = ProgressCounter(.parse, total: loaded.files.count, report: progress)
        var (site, diagnostics, usable) = readSite(loaded.siteFile, path: "\(displayName)/site.yml")
        guard usable else {
            diagnostics.append(siteUnusable(displayName))
            return (ParsedContent(site: site), diagnostics)
        }
        var content = ParsedContent(site: site, loaded: loaded)
        content.displayName = displayName
        var parsed = parallelMap(loaded.files) { [site] file in
            defer { counter.add() }
            return ContentParser.parse(file, site: site)
        }
        // Moved out, not copied: copying each record retained everything it holds, and
        // dropping `parsed` released it all again, a serial half second at 30,000 files
        // while the other cores waited.
        content.reserve(for: loaded.files)
        parsed.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in buffer.indices {
                let (document, problems) = (base + index).move()
                (base + index).initialize(to: (nil, []))
                diagnostics += content.reported(problems, of: document)
                content.add(document, problems: problems)
            }
        }
        return (content, diagnostics)
    }

    /// Said when site.yml cannot be read: nothing else can be checked without its vocabularies.
    static func siteUnusable(_ displayName: String) -> Diagnostic {
        Diagnostic(.warning, "\(displayName)/site.yml", .start,
                   "the other files were not checked, because their vocabularies come from this file; fix it first")
    }

    /// site.yml, or the defaults when there is none; `usable` is false when the file could
    /// not be read as YAML at all, so its vocabularies are unknown.
    static func readSite(_ url: URL?, path: String) -> (SiteConfig, [Diagnostic], usable: Bool) {
        guard let url else { return (SiteConfig(), [], true) }
        let limit = SiteConfig().maxFileBytes
        let data: Data
        switch FileBytes.contents(of: url.path, limit: limit) {  // never waits on a FIFO
        case .tooLarge:
            return (SiteConfig(), [Diagnostic(.error, path, .start, "site.yml is over \(limit / 1024) KB; it holds settings and vocabularies only")], false)
        case .unreadable(let problem):
            return (SiteConfig(), [Diagnostic(.error, path, .start, problem.description, isIO: true)], false)
        case .bytes(let bytes):
            data = Data(bytes)
        }
        var decoding = Diagnostics(file: path)
        guard let text = TextDecoding.decode(data, diagnostics: &decoding) else { return (SiteConfig(), decoding.items, false) }
        let (site, problems, readable) = SiteParser.parse(text, path: path)
        return (site, problems.items, readable)
    }

}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
