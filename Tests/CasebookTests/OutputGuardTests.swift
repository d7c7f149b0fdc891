import Foundation
import Testing
@testable import CasebookKit
#if canImport(Glibc)
import Glibc
#endif

/// A build replaces its whole output, so it refuses every output where that could delete an
/// editor's work, with exit status 2, and changes no byte anywhere when it does.
@Suite struct OutputGuardTests {
    /// Builds into `output` and expects exactly `message`, status 2, and every file under the
    /// fixture's root (archive, theme, the refused folder) unchanged.
    static func expectRefused(_ site: SiteFixture, _ output: String, _ message: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let before = SiteFixture.snapshot(site.root)
        let result = site.build(output: output)
        #expect(result.diagnostics.map(\.description) == [message], sourceLocation: sourceLocation)
        #expect(result.exitStatus == 2, sourceLocation: sourceLocation)
        #expect(SiteFixture.snapshot(site.root) == before, "files changed under a refused output", sourceLocation: sourceLocation)
        let left = (try? FileManager.default.contentsOfDirectory(atPath: site.root.path)) ?? []
        #expect(!left.contains { $0.hasPrefix(".casebook-") }, sourceLocation: sourceLocation)
    }

    static let refusals: [(output: String, message: String)] = [
        ("content", "content:1:1: error: casebook will not build into content/: it is the content folder (content/); building there would delete everything in it"),
        ("content/", "content:1:1: error: casebook will not build into content/: it is the content folder (content/); building there would delete everything in it"),
        ("./content/../content", "./content/../content:1:1: error: casebook will not build into ./content/../content/: it is the content folder (content/); building there would delete everything in it"),
        ("templates", "templates:1:1: error: casebook will not build into templates/: it is the templates folder (templates/); building there would delete everything in it"),
        ("content/cases", "content/cases:1:1: error: casebook will not build into content/cases/: it lies inside the content folder (content/), which a build must never change"),
        ("content/new-folder", "content/new-folder:1:1: error: casebook will not build into content/new-folder/: it lies inside the content folder (content/), which a build must never change"),
        ("templates/assets", "templates/assets:1:1: error: casebook will not build into templates/assets/: it lies inside the templates folder (templates/), which a build must never change"),
        (".", ".:1:1: error: casebook will not build into ./: it is the current folder; building there would delete everything in it"),
        ("", ".:1:1: error: casebook will not build into ./: it is the current folder; building there would delete everything in it"),
        ("..", "..:1:1: error: casebook will not build into ../: it contains the content folder (content/); building there would delete it"),
        ("/", "/:1:1: error: casebook will not build into /: it is the root folder /"),
        (".git/site", ".git/site:1:1: error: casebook will not build into .git/site/: it lies inside a .git folder, which holds a repository's history"),
    ]

    @Test(arguments: 0..<refusals.count)
    func anOutputThatHoldsOrIsTheArchiveIsRefused(_ index: Int) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write(".git/HEAD", "ref: refs/heads/main\n")
        Self.expectRefused(site, Self.refusals[index].output, Self.refusals[index].message)
    }

    @Test func aFolderOfOtherFilesIsRefused() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("notes/letter.txt", "years of work\n")
        Self.expectRefused(site, "notes", "notes:1:1: error: casebook will not build into notes/: it holds files that casebook did not write (a folder a build wrote has a .casebook-output file at its top), and a build replaces the whole folder; empty it, or choose another --output")
    }

    @Test func aFileIsRefused() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("site.html", "<p>mine</p>\n")
        Self.expectRefused(site, "site.html", "site.html:1:1: error: casebook will not build into site.html/: it is a file, not a folder; casebook writes only to a folder of its own, so it leaves the file as it is")
    }

    @Test func anotherGitWorkTreeIsRefused() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("other-repo/.git/HEAD", "ref: refs/heads/main\n")
        Self.expectRefused(site, "other-repo", "other-repo:1:1: error: casebook will not build into other-repo/: it is the root of a git work tree (it holds .git); building there would delete the repository")
        // Even one that looks like a site casebook wrote.
        try site.write("other-repo/.casebook-output", OutputGuard.markerText)
        Self.expectRefused(site, "other-repo", "other-repo:1:1: error: casebook will not build into other-repo/: it is the root of a git work tree (it holds .git); building there would delete the repository")
    }

    @Test func aLinkToTheContentFolderIsRefused() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("public").path, withDestinationPath: "content")
        Self.expectRefused(site, "public", "public:1:1: error: casebook will not build into public/: it is the content folder (content/); building there would delete everything in it")
    }

    /// A link whose folder is missing (or that loops) stays a link: replacing it by a folder
    /// would lose where it was meant to lead.
    @Test(arguments: [("/nonexistent/site", "/nonexistent/site"), ("public", "public")])
    func aLinkThatLeadsNowhereIsRefusedAndKept(_ destination: String, _ shown: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let link = site.root.appendingPathComponent("public").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: destination)
        Self.expectRefused(site, "public", "public:1:1: error: casebook will not build into public/: it is a symbolic link to \(shown), which leads to no folder; create that folder, or remove the link")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == destination)
    }

    /// A later build into `public` deletes or moves what carries its working names.
    @Test(arguments: [".casebook-old-public-3", ".casebook-staging-public-12/site", ".casebook-output"])
    func anOutputNamedLikeCasebooksWorkingFoldersIsRefused(_ output: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let name = output.split(separator: "/")[0]
        Self.expectRefused(site, output, "\(output):1:1: error: casebook will not build into \(output)/: its name, \(name), is one that casebook gives its own working folders, which later builds delete; choose another name")
    }

    /// `--output public/preview` would be deleted by the next build of `public`.
    @Test func anOutputInsideABuiltSiteIsRefused() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        Self.expectRefused(site, "public/preview", "public/preview:1:1: error: casebook will not build into public/preview/: it lies inside \(site.output.path), a site that casebook wrote, which the next build there replaces whole; choose a folder outside it")
    }

    /// The previous site is deleted whole, through any mount inside it (a Docker volume of
    /// media mounted into the site): such an output is refused and the mounted files kept.
    @Test(.enabled(if: getuid() == 0)) func anOutputHoldingAMountPointIsRefused() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        try site.write("store/photo.jpg", "a photograph")
        let mounted = site.output.appendingPathComponent("media-store")
        try FileManager.default.createDirectory(at: mounted, withIntermediateDirectories: true)
        #expect(OutputInPlaceTests.mount(["--bind", site.root.appendingPathComponent("store").path, mounted.path]))
        defer { _ = OutputInPlaceTests.mount([mounted.path], command: "/bin/umount") }
        Self.expectRefused(site, "public", "public:1:1: error: casebook will not build into public/: it holds a mount point, \(mounted.path), whose files a build would delete with the rest of the folder; unmount it, or choose another --output")
        #expect(try site.read("store/photo.jpg") == "a photograph")
    }

    /// Every output message is one line, even for a name with a line break in it.
    @Test func aNameWithALineBreakIsShownOnOneLine() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("bad\nname/letter.txt", "years of work\n")
        let run = try CommandRun.run(["build", "--output", "bad\nname"], in: site.root)
        #expect(run.status == 2)
        #expect(run.errors == #"""
            bad\nname:1:1: error: casebook will not build into bad\nname/: it holds files that casebook did not write (a folder a build wrote has a .casebook-output file at its top), and a build replaces the whole folder; empty it, or choose another --output
            build failed: 1 error, 0 warnings in 1 file; bad\nname/ was not changed

            """#)
    }

    @Test func aRefusedOutputStillReportsTheArchivesProblems() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: sentensed")
        let result = site.build(output: "content")
        #expect(result.errors.count == 2)
        #expect(result.errors.map(\.file).sorted() == ["content", "content/cases/qambarova-2021.md"])
        #expect(result.exitStatus == 2)
    }

    @Test func theHomeFolderAndWhatHoldsItAreRefused() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let home = site.root.appendingPathComponent("home/editor")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let before = SiteFixture.snapshot(site.root)
        let inHome = try CommandRun.run(["build", "--output", home.path], in: site.root, environment: ["HOME": home.path])
        #expect(inHome.status == 2)
        #expect(inHome.errors.hasPrefix("\(home.path):1:1: error: casebook will not build into \(home.path)/: it is your home folder; building there would delete everything in it\n"))
        let above = try CommandRun.run(["build", "--output", "home"], in: site.root, environment: ["HOME": home.path])
        #expect(above.status == 2)
        #expect(above.errors.hasPrefix("home:1:1: error: casebook will not build into home/: it contains your home folder; building there would delete it\n"))
        #expect(SiteFixture.snapshot(site.root) == before)
    }

    @Test func anEmptyOutputOptionIsAUsageError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let before = SiteFixture.snapshot(site.root)
        for option in ["--output", "--content", "--templates"] {
            let run = try CommandRun.run(["build", option, ""], in: site.root)
            #expect(run.status == 2)
            #expect(run.errors.hasPrefix("Error: \(option) needs a folder, for example \(option) "))
        }
        #expect(SiteFixture.snapshot(site.root) == before)
    }

    /// An empty folder is the current one: `serve --content ""` served the archive's root
    /// folder, `import --content ""` would have made `/people/x.md` of the current folder,
    /// `new --content ""` named no folder. Each is the usage error build and check give.
    @Test func anEmptyContentOrTemplatesFolderIsAUsageErrorOfEveryCommand() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Data(ImportColumns.template).write(to: site.root.appendingPathComponent("cases.csv"))
        let before = SiteFixture.snapshot(site.root)
        let runs: [([String], String)] = [
            (["serve", "--port", "0", "--content", ""], "--content"), (["serve", "--port", "0", "--templates", ""], "--templates"),
            (["import", "--content", "", "cases.csv"], "--content"), (["import", "--dry-run", "--content", "", "cases.csv"], "--content"),
            (["new", "person", "Aigul Utepova", "--content", ""], "--content"),
        ]
        for (arguments, option) in runs {
            let run = try CommandRun.run(arguments, in: site.root.appendingPathComponent("content"))
            #expect(run.status == 2, "\(arguments)")
            #expect(run.errors.hasPrefix("Error: \(option) needs a folder, for example \(option) "), "\(arguments): \(run.errors)")
            #expect(run.output.isEmpty, "\(arguments): \(run.output)")
        }
        #expect(SiteFixture.snapshot(site.root) == before)
    }

    /// An empty file name is the current folder too: `import ""` said ":1:1: error: is a
    /// folder … as in casebook import /*.csv", and `new translation ""` looked for a file
    /// named nothing (exit status 1, "did you mean …?"). Both are usage errors.
    @Test func anEmptyFileNameIsAUsageError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let before = SiteFixture.snapshot(site.root)
        let runs: [([String], String)] = [
            (["import", ""], "Error: a CSV file's name must not be empty, for example: casebook import cases.csv"),
            (["import", "--dry-run", "cases.csv", ""], "Error: a CSV file's name must not be empty, for example: casebook import cases.csv"),
            (["new", "translation", "", "--language", "ru"], "Error: a translation needs its original file, for example: casebook new translation cases/x --language ru"),
        ]
        for (arguments, message) in runs {
            let run = try CommandRun.run(arguments, in: site.root)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.errors.hasPrefix(message), "\(arguments): \(run.errors)")
            #expect(run.output.isEmpty, "\(arguments): \(run.output)")
        }
        #expect(SiteFixture.snapshot(site.root) == before)
    }
}
