import Foundation
import Testing
@testable import CasebookKit

/// Files and folders the build may not read: each an error with the path and "Permission
/// denied", exit status 2, the previous output left as it was. Root reads everything, so when
/// the tests run as root (CI) the built `casebook` runs as nobody (`setpriv`), on a copy of the
/// sample that nobody owns.
@Suite(.serialized, .hangGuard) struct PermissionTests {
    static let denied = "error: cannot be read: Permission denied; check its permissions"

    static var binary: URL? {
        FileManager.default.isExecutableFile(atPath: CommandRun.binary.path) ? CommandRun.binary : nil
    }

    /// Runs `casebook ARGUMENTS` in the fixture, as nobody when this process is root.
    static func run(_ arguments: [String], in site: SiteFixture) throws -> (status: Int32, stderr: [String]) {
        let run = try CommandRun.run(arguments, in: site.root, unprivileged: true)
        return (run.status, run.errors.split(separator: "\n").map(String.init))
    }

    /// A fixture nobody owns (so nobody can build it), built once by `casebook build`.
    static func builtSite() throws -> SiteFixture {
        let site = try SiteFixture()
        if geteuid() == 0 {
            let chown = try Process.run(URL(fileURLWithPath: "/bin/chown"), arguments: ["-R", "65534:65534", site.root.path])
            chown.waitUntilExit()
        }
        let first = try run(["build"], in: site)
        #expect(first.status == 0, "\(first.stderr)")
        return site
    }

    static func deny(_ path: String, in site: SiteFixture) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: site.root.appendingPathComponent(path).path)
    }

    /// `build` after `spoil` prints exactly `expected` and exits with 2, the output unchanged.
    static func expectDenied(_ expected: [String], spoil: (SiteFixture) throws -> Void,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard binary != nil else {
            Issue.record("the casebook executable was not found beside the tests", sourceLocation: sourceLocation)
            return
        }
        let site = try builtSite()
        defer { site.remove() }
        let before = SiteFixture.snapshot(site.output)
        #expect(!before.isEmpty, sourceLocation: sourceLocation)
        try spoil(site)
        let result = try run(["build"], in: site)
        #expect(result.stderr == expected, sourceLocation: sourceLocation)
        #expect(result.status == 2, sourceLocation: sourceLocation)
        #expect(SiteFixture.snapshot(site.output) == before, sourceLocation: sourceLocation)
    }

    @Test func everyUnreadableFileAndFolderIsReportedInOneRun() throws {
        try Self.expectDenied([
            "content/cases/qambarova-2021.md:1:1: \(Self.denied)",
            "content/media/docs:1:1: \(Self.denied)",
            "content/media/photo.jpg:1:1: \(Self.denied)",
            "templates/assets/style.css:1:1: \(Self.denied)",
            "templates/partials/footer.mustache:1:1: \(Self.denied)",
            "build failed: 5 errors, 0 warnings in 5 files; public/ was not changed",
        ]) { site in
            try site.write("content/media/photo.jpg", "jpeg")
            try site.write("content/media/docs/verdict.pdf", "pdf")
            for path in ["content/cases/qambarova-2021.md", "content/media/photo.jpg", "content/media/docs",
                         "templates/assets/style.css", "templates/partials/footer.mustache"] {
                try Self.deny(path, in: site)
            }
        }
    }

    @Test func anUnreadableKindFolderStopsTheChecksButNotTheReport() throws {
        try Self.expectDenied([
            "content/cases/qambarova-2021.md:1:1: \(Self.denied)",
            "content/people:1:1: \(Self.denied)",
            "content/people:1:1: warning: the content files were not checked, because the ids in this folder are unknown; fix it first",
            "build failed: 2 errors, 1 warning in 2 files; public/ was not changed",
        ]) { site in
            try Self.deny("content/people", in: site)
            try Self.deny("content/cases/qambarova-2021.md", in: site)
        }
    }

    @Test func anUnreadableTemplateFolderIsOneMessage() throws {
        try Self.expectDenied([
            "templates/partials:1:1: \(Self.denied)",
            "build failed: 1 error, 0 warnings in 1 file; public/ was not changed",
        ]) { site in
            try Self.deny("templates/partials", in: site)
        }
    }

    @Test func unreadableSiteYmlContentAndTemplatesFolders() throws {
        try Self.expectDenied([
            "content/site.yml:1:1: \(Self.denied)",
            "content/site.yml:1:1: warning: the other files were not checked, because their vocabularies come from this file; fix it first",
            "build failed: 1 error, 1 warning in 1 file; public/ was not changed",
        ]) { site in
            try Self.deny("content/site.yml", in: site)
        }
        try Self.expectDenied([
            "content:1:1: \(Self.denied)",
            "templates:1:1: \(Self.denied)",
            "build failed: 2 errors, 0 warnings in 2 files; public/ was not changed",
        ]) { site in
            try Self.deny("content", in: site)
            try Self.deny("templates", in: site)
        }
    }

    /// A previous site whose files this user may not delete was left beside the output by
    /// every build, each as big as the site, with no word: the next build now warns.
    @Test func aPreviousSiteThatCannotBeDeletedIsAWarning() throws {
        guard Self.binary != nil, geteuid() == 0 else { return }
        let site = try Self.builtSite()
        defer {
            _ = try? Process.run(URL(fileURLWithPath: "/bin/chmod"), arguments: ["-R", "u+w", site.root.path]).waitUntilExit()
            site.remove()
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: site.output.appendingPathComponent("cases").path)
        let second = try Self.run(["build", "--quiet"], in: site)
        #expect(second.status == 0, "\(second.stderr)")
        // The deletion of the previous site runs on after the build; let it stop where it is refused.
        Thread.sleep(forTimeInterval: 1)
        let third = try Self.run(["build", "--quiet"], in: site)
        #expect(third.status == 0)
        let warning = try #require(third.stderr.first)
        #expect(warning.hasPrefix("public:1:1: warning: a previous site beside it, \(site.root.path)/.casebook-"), "\(third.stderr)")
        #expect(warning.hasSuffix(", could not be deleted: this user may not delete what it holds; delete it by hand (as the user who built it, or with the permissions fixed)"))
    }
}
